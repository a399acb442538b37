"""Lighthouse (npm, mobile profile: a mid-range phone on a slow 4G network,
simulated) on every page, served by nginx as the reference host serves it.

Each page is audited `runs` times; the table shows the median of each score.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from pathlib import Path

import common  # noqa: F401  (puts tests/ and hooks/ on the path)
import lighthouse
from nginx_server import serve

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BUDGET = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}


@dataclass(frozen=True)
class PageScores:
    path: str
    median: dict[str, float]
    runs: list[dict[str, int | None]]
    failing: list[str]  # the audits that cost points, in the last run

    @property
    def within_budget(self) -> bool:
        return all(self.median[category] >= BUDGET[category] for category in CATEGORIES)


def measure(site_dir: Path, paths: list[str], runs: int = 3) -> list[PageScores]:
    with serve(site_dir) as base_url:
        audits = lighthouse.audit([base_url + path for path in paths], CATEGORIES, runs=runs)
    results = []
    for path in paths:
        mine = [audit for audit in audits if audit.url == base_url + path]
        median = {
            category: statistics.median(audit.scores[category] or 0 for audit in mine)
            for category in CATEGORIES
        }
        failing = [f"{item['id']} ({item['score']})" for item in mine[-1].failing]
        results.append(PageScores(path, median, [audit.scores for audit in mine], failing))
    return results


def as_json(results: list[PageScores]) -> list[dict]:
    return [{**asdict(result), "within_budget": result.within_budget} for result in results]


if __name__ == "__main__":
    import sys

    for result in measure(Path(sys.argv[1]), sys.argv[2:] or ["/"], runs=1):
        print(result)
