"""Build time as the site grows: synthetic content 10 and 100 times the real one.

`grow(project, factor)` makes a copy of the project `factor` times bigger:
- pages: `factor - 1` more copies of every page (both languages) under
  docs/synthetic-N/, with the same text, links and markers, except the
  markers that list the data below (those stay on the real pages, so the
  output grows like the content, not like its square);
- data (partners, figures, the self-check's criteria) as it is: the leaflet
  lists all of it and must stay two pages (the build stops otherwise), which
  bounds the data of a real school as much as this one's.

Each size is built under cProfile too, and the time spent in each part of
the build (MkDocs, Material, the i18n plugin, Markdown, Jinja, our hooks…) is
divided by the number of pages: a part whose time per page grows with the
size is a step that is not linear.
"""

from __future__ import annotations

import pstats
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import common

# Markers that render a whole list of the data: kept on the real pages only.
DATA_MARKERS = (
    "figures",
    "partners",
    "eligibility-conditions",
    "eligibility-check",
    "leaflet",
    "charter",
)
# Where the time of a build goes, by the file the profiled function lives in.
PARTS = {
    "mkdocs-static-i18n": ("/mkdocs_static_i18n/",),
    "Material": ("/material/",),
    "MkDocs": ("/mkdocs/",),
    "Markdown": ("/markdown/", "/pymdownx/"),
    "Jinja": ("/jinja2/",),
    "YAML and pydantic": ("/yaml/", "/pydantic", "/pydantic_core/"),
}
HOOKS = "our hooks (with all they call)"


@dataclass
class SizeResult:
    factor: int
    pages: int
    seconds: float
    ms_per_page: float
    ms_per_page_by_part: dict[str, float] = field(default_factory=dict)


def _without_data_markers(text: str) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        if any(f"<!-- e2c:{marker}" in line for marker in DATA_MARKERS):
            continue
        if line.strip() == "self_check: true":
            continue
        lines.append(line)
    return "".join(lines)


def grow(project: Path, factor: int) -> None:
    """Make `project` (a copy) `factor` times the real site."""
    docs = project / "docs"
    pages = [
        path
        for path in docs.rglob("*.md")
        if not path.relative_to(docs).parts[0].startswith("synthetic")
    ]
    for copy in range(1, factor):
        for page in pages:
            target = docs / f"synthetic-{copy}" / page.relative_to(docs)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                _without_data_markers(page.read_text(encoding="utf-8")), encoding="utf-8"
            )
    if factor > 1:  # the copies stay out of the menu, as MkDocs allows
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        if "\nnot_in_nav: |\n" in text:  # joined to the site's own list
            text = text.replace("\nnot_in_nav: |\n", "\nnot_in_nav: |\n  synthetic-*/\n", 1)
        else:
            text += "\nnot_in_nav: |\n  synthetic-*/\n"
        config.write_text(text, encoding="utf-8")


def count_pages(site_dir: Path) -> int:
    return sum(1 for _ in site_dir.rglob("*.html"))


def profiled_build(project: Path, site_dir: Path) -> dict[str, float]:
    """Seconds of a build spent in each part: the own time of its functions,
    and for the hooks the whole time of their events."""
    profile = project / "build.prof"
    shutil.rmtree(site_dir, ignore_errors=True)
    result = common.build(project, site_dir, python_options=("-m", "cProfile", "-o", str(profile)))
    if result.returncode != 0:
        raise RuntimeError(f"profiled build failed:\n{result.stderr[-3000:]}")
    stats = pstats.Stats(str(profile)).stats  # type: ignore[attr-defined]
    parts = dict.fromkeys([HOOKS, *PARTS], 0.0)
    for (filename, _, function), (_, _, own, cumulative, _) in stats.items():
        if filename.endswith("hooks/e2c_hooks.py") and function.startswith("on_"):
            parts[HOOKS] += cumulative
        for part, markers in PARTS.items():
            if any(marker in filename for marker in markers):
                parts[part] += own
                break
    return parts


def measure(factors: tuple[int, ...] = (1, 10, 100), profile: bool = True) -> list[SizeResult]:
    results = []
    with tempfile.TemporaryDirectory(prefix="e2c-scale-") as temporary:
        for factor in factors:
            project = common.copy_project(Path(temporary) / f"x{factor}", with_cache=True)
            grow(project, factor)
            site_dir = Path(temporary) / f"site-x{factor}"
            common.timed_build(project, site_dir)  # makes the PDFs of this content: cached after
            seconds = common.timed_build(project, site_dir)
            pages = count_pages(site_dir)
            result = SizeResult(factor, pages, round(seconds, 2), round(1000 * seconds / pages, 2))
            if profile:
                by_part = profiled_build(project, site_dir)
                result.ms_per_page_by_part = {
                    part: round(1000 * own / pages, 3) for part, own in by_part.items()
                }
            results.append(result)
    return results


def as_json(results: list[SizeResult]) -> list[dict]:
    return [asdict(result) for result in results]


if __name__ == "__main__":
    for result in measure((1, 10)):
        print(result)
