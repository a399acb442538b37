"""Lighthouse (npm, pinned in package-lock.json) on pages of a served site.

`run.mjs` starts Debian's Chromium once and audits every URL with it; this
module passes it the URLs and returns the scores and the failing audits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS, run_node

RUNNER = Path(__file__).with_name("run.mjs")


@dataclass(frozen=True)
class Audit:
    """One Lighthouse run on one page."""

    url: str
    run: int
    scores: dict[str, int | None]
    failing: list[dict]
    runtime_error: str | None

    def explain(self) -> str:
        """The failing audits, one per line, with what each points at."""
        lines = [f"{self.url}: {self.scores}"]
        if self.runtime_error:
            lines.append(f"  Lighthouse could not audit the page: {self.runtime_error}")
        for audit in self.failing:
            lines.append(f"  {audit['id']} ({audit['score']}): {audit['title']}")
            lines.extend(f"    {item}" for item in audit["items"])
        return "\n".join(lines)


def audit(
    urls: list[str],
    categories: list[str],
    runs: int = 1,
    form_factor: str = "mobile",
    timeout: float = 1800,
    throttling: dict[str, float] | None = None,
    quick: bool = False,
) -> list[Audit]:
    """Lighthouse on every URL, `runs` times, in the given categories; on a phone,
    over the network and CPU of `throttling` (Lighthouse's settings.throttling)
    instead of Lighthouse's mobile default. `quick`: no performance, so no
    full-page screenshot and a shorter wait after each load."""
    request = {
        "chromium": CHROMIUM,
        "flags": CHROMIUM_ARGS,
        "urls": urls,
        "categories": categories,
        "runs": runs,
        "formFactor": form_factor,
        "throttling": throttling,
        "quick": quick,
    }
    return [
        Audit(item["url"], item["run"], item["scores"], item["failing"], item["runtimeError"])
        for item in run_node(RUNNER, request, "Lighthouse", timeout)
    ]
