"""Lighthouse (npm, mobile profile) on every page, served by nginx as the
reference host serves it, on two phones' connections, both simulated:

- "slow 4G", Lighthouse's mobile default: 150 ms round trips, 1.6 Mbit/s, a
  mid-range phone (CPU 4 times slower than this machine's);
- "slow 3G", the harsher profile issue 17 asks for (Chrome DevTools' preset):
  400 ms round trips, 400 kbit/s, the same CPU; performance only.

The table marks a page under either budget; benchmarks/README.md says
what the slow-3G score is made of, and what holds it down.

Each page is audited `runs` times per profile; the table shows the median of
each score.
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
# The harsher connection (Lighthouse's settings.throttling), and the
# performance it must keep; the other categories do not depend on it.
THREE_G = {
    "rttMs": 400,
    "throughputKbps": 400,
    "cpuSlowdownMultiplier": 4,
    # For a run throttled for real rather than simulated: DevTools' own figures.
    "requestLatencyMs": 400 * 5,
    "downloadThroughputKbps": 400,
    "uploadThroughputKbps": 400,
}
THREE_G_PERFORMANCE = 95


@dataclass(frozen=True)
class PageScores:
    path: str
    median: dict[str, float]
    runs: list[dict[str, int | None]]
    failing: list[str]  # the audits that cost points, in the last run
    three_g: dict[str, float]  # medians on the harsher profile (performance only)
    three_g_failing: list[str]

    @property
    def within_budget(self) -> bool:
        return (
            all(self.median[category] >= BUDGET[category] for category in CATEGORIES)
            and self.three_g["performance"] >= THREE_G_PERFORMANCE
        )


def _medians(audits: list[lighthouse.Audit], categories: list[str]) -> dict[str, float]:
    return {
        category: statistics.median(audit.scores[category] or 0 for audit in audits)
        for category in categories
    }


def _failing(audit: lighthouse.Audit) -> list[str]:
    return [f"{item['id']} ({item['score']})" for item in audit.failing]


def measure(site_dir: Path, paths: list[str], runs: int = 3) -> list[PageScores]:
    # A minute an audit at worst: this machine is shared, and may be busy.
    timeout = max(1800, 60 * len(paths) * runs)
    with serve(site_dir) as base_url:
        urls = [base_url + path for path in paths]
        audits = lighthouse.audit(urls, CATEGORIES, runs=runs, timeout=timeout)
        slow = lighthouse.audit(
            urls, ["performance"], runs=runs, throttling=THREE_G, timeout=timeout
        )
    results = []
    for path in paths:
        mine = [audit for audit in audits if audit.url == base_url + path]
        mine_slow = [audit for audit in slow if audit.url == base_url + path]
        results.append(
            PageScores(
                path,
                _medians(mine, CATEGORIES),
                [audit.scores for audit in mine],
                _failing(mine[-1]),
                _medians(mine_slow, ["performance"]),
                _failing(mine_slow[-1]),
            )
        )
    return results


def as_json(results: list[PageScores]) -> list[dict]:
    return [{**asdict(result), "within_budget": result.within_budget} for result in results]


if __name__ == "__main__":
    import sys

    for result in measure(Path(sys.argv[1]), sys.argv[2:] or ["/"], runs=1):
        print(result)
