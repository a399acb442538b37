"""Build time of the real site, PDFs cached, against plain Material builds
(the same configuration without our hooks), in one run.

Two plain builds are measured:
- of the pages as written: their markers stay comments, so the pages are
  shorter than the site's, and the ratio also counts what the content the
  markers bring costs Markdown, Jinja and the search index;
- of the same pages with their markers already replaced (the text the hooks
  give MkDocs): the same pages, so the ratio is what the hooks alone add.
  The budget is on this one.

Each build is a whole `mkdocs build` in a new process, as `make build` runs
it; the kinds alternate so that a busy moment of the machine weighs on all
alike. Reported: the medians and their ratios.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import common
import yaml

BUDGET_SECONDS = 3.0
BUDGET_RATIO = 1.20


@dataclass(frozen=True)
class BuildTimes:
    runs: int
    site_seconds: float  # median, the real site
    plain_seconds: float  # median, plain Material on the same pages, markers replaced
    ratio: float  # the budget's: what the hooks alone add
    written_seconds: float  # median, plain Material on the pages as written
    written_ratio: float
    site_all: list[float]
    plain_all: list[float]
    written_all: list[float]


def plain_config(mkdocs_yml: str) -> str:
    """The site's configuration without its hooks: plain Material and the i18n plugin."""
    plain, count = re.subn(r"^hooks:\n(?:[ \t]+-.*\n)+", "", mkdocs_yml, flags=re.M)
    if count != 1:
        raise ValueError("mkdocs.yml: the 'hooks:' list was not found")
    return plain


def with_template_values(config: str, values: dict[str, object]) -> str:
    """`config` with `values` under its `extra:`: what the hooks give the site's
    templates, which a build without the hooks must be given so they render."""
    if not re.search(r"^extra:\n", config, flags=re.M):
        raise ValueError("mkdocs.yml: no 'extra:' mapping to add the templates' values to")
    lines = yaml.safe_dump(values, allow_unicode=True, sort_keys=True, width=1000)
    indented = "".join(f"  {line}\n" for line in lines.splitlines())
    return re.sub(r"^extra:\n", lambda _: f"extra:\n{indented}", config, count=1, flags=re.M)


def template_values(project: Path) -> dict[str, object]:
    """The default language's words and the other values our templates read."""
    interface = yaml.safe_load((project / "content" / "interface.yml").read_text("utf-8"))
    return {
        "e2c_words": interface["fr"],
        "e2c_home": "",
        "e2c_locale": "fr_FR",
        "e2c_other_locales": ["en_GB"],
    }


def page_url(source: str) -> tuple[str, str]:
    """(URL, language) of a page of docs/: `documents/depliant.en.md` ->
    (`en/documents/depliant/`, `en`)."""
    from e2c.content.page_rules import address_of
    from e2c.content.pages import split_language

    return address_of(source).removeprefix("/"), split_language(source)[1]


def expand_markers(project: Path, site_dir: Path) -> Path:
    """A copy of docs/ whose markers are replaced as the hooks replace them."""
    from e2c.content.loading import load_content
    from e2c.content.pages import FOLDERS
    from e2c.render import markers, typography
    from e2c.render.documents import DOCUMENTS

    content = load_content(project / "content")
    docs, expanded = project / "docs", project / "docs-expanded"
    for page in docs.rglob("*.md"):
        source = page.relative_to(docs).as_posix()
        url, language = page_url(source)
        text = page.read_text(encoding="utf-8")
        head = markers.front_matter_lines(text)
        lines = text.splitlines(keepends=True)
        front, body = "".join(lines[:head]), "".join(lines[head:])
        folder = FOLDERS[language]
        sizes = {
            name: (site_dir / folder / "documents" / document.files[language]).stat().st_size
            for name, document in DOCUMENTS.items()
        }
        context = markers.PageContext(url, folder, sizes, "https://www.e2c-allier.fr/")
        body, problems = markers.replace_markers(body, content, language, source, head + 1, context)
        if problems:
            raise RuntimeError(f"{source}: {problems}")
        if language == "fr":
            body = typography.french_spacing(body)
        target = expanded / source
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(front + body, encoding="utf-8")
    return expanded


def measure(runs: int = 5) -> BuildTimes:
    with tempfile.TemporaryDirectory(prefix="e2c-build-") as temporary:
        project = common.copy_project(Path(temporary) / "project", with_cache=True)
        plain = plain_config((project / "mkdocs.yml").read_text(encoding="utf-8"))
        plain = with_template_values(plain, template_values(project))
        (project / "mkdocs.plain.yml").write_text(plain, encoding="utf-8")
        site_dir = Path(temporary) / "site"
        common.timed_build(project, site_dir)  # the PDFs and the preview image, cached after
        expand_markers(project, site_dir)
        (project / "mkdocs.expanded.yml").write_text(f"docs_dir: docs-expanded\n{plain}", "utf-8")
        times: dict[str, list[float]] = {"site": [], "plain": [], "written": []}
        for _ in range(runs):
            times["site"].append(common.timed_build(project, site_dir))
            # Without the hooks no PDF is published: links to them would fail
            # a strict build.
            times["plain"].append(
                common.timed_build(project, site_dir, "mkdocs.expanded.yml", strict=False)
            )
            times["written"].append(
                common.timed_build(project, site_dir, "mkdocs.plain.yml", strict=False)
            )
    site, plain, written = (common.median(times[kind]) for kind in ("site", "plain", "written"))
    return BuildTimes(
        runs,
        round(site, 2),
        round(plain, 2),
        round(site / plain, 3),
        round(written, 2),
        round(site / written, 3),
        *([round(value, 2) for value in times[kind]] for kind in ("site", "plain", "written")),
    )


def as_json(result: BuildTimes) -> dict:
    return {**asdict(result), "budget_seconds": BUDGET_SECONDS, "budget_ratio": BUDGET_RATIO}


if __name__ == "__main__":
    print(measure(3))
