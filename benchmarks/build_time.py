"""Build time of the real site, PDFs cached, against a plain Material build of
the same pages (the same configuration without our hooks), in one run.

Each build is a whole `mkdocs build` in a new process, as `make build` runs
it; the two kinds alternate so that a busy moment of the machine weighs on
both alike. Reported: the medians and their ratio.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import common

BUDGET_SECONDS = 3.0
BUDGET_RATIO = 1.20


@dataclass(frozen=True)
class BuildTimes:
    runs: int
    site_seconds: float  # median, the real site
    plain_seconds: float  # median, plain Material on the same pages
    ratio: float
    site_all: list[float]
    plain_all: list[float]


def plain_config(mkdocs_yml: str) -> str:
    """The site's configuration without its hooks: plain Material and the i18n plugin."""
    plain, count = re.subn(r"^hooks:\n(?:[ \t]+-.*\n)+", "", mkdocs_yml, flags=re.M)
    if count != 1:
        raise ValueError("mkdocs.yml: the 'hooks:' list was not found")
    return plain


def measure(runs: int = 5) -> BuildTimes:
    with tempfile.TemporaryDirectory(prefix="e2c-build-") as temporary:
        project = common.copy_project(Path(temporary) / "project", with_cache=True)
        (project / "mkdocs.plain.yml").write_text(
            plain_config((project / "mkdocs.yml").read_text(encoding="utf-8")), encoding="utf-8"
        )
        site_dir = Path(temporary) / "site"
        common.timed_build(project, site_dir)  # the PDFs and the preview image, cached after
        site, plain = [], []
        for _ in range(runs):
            site.append(common.timed_build(project, site_dir))
            # Without the hooks the markers stay as comments and the PDFs are
            # not made: links to them would fail a strict build.
            plain.append(common.timed_build(project, site_dir, "mkdocs.plain.yml", strict=False))
    site_median, plain_median = common.median(site), common.median(plain)
    return BuildTimes(
        runs,
        round(site_median, 2),
        round(plain_median, 2),
        round(site_median / plain_median, 3),
        [round(value, 2) for value in site],
        [round(value, 2) for value in plain],
    )


def as_json(result: BuildTimes) -> dict:
    return {**asdict(result), "budget_seconds": BUDGET_SECONDS, "budget_ratio": BUDGET_RATIO}


if __name__ == "__main__":
    print(measure(3))
