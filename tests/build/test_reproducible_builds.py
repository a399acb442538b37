"""Two builds of one commit, in two fresh clones, days apart, are the same to
the byte: PDFs, sitemap.xml and its .gz and the preview image included. And
the dates a build shows are Git's: a page's "Mis à jour le" and its sitemap
<lastmod> are the day of the last commit to what it shows, the PDFs' that of
the last commit."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from e2c.content.formats import format_date
from e2c.content.loading import load_content
from e2c.publish import dates
from git_helpers import commit, git, head_time
from pypdf import PdfReader
from site_helpers import ROOT, build, built_pages, french_sources, slug

DAY = 86_400
# Files that must be among those compared: what a careless build makes anew.
MUST_COMPARE = (
    "sitemap.xml",
    "sitemap.xml.gz",
    "assets/images/og-image.png",
    "documents/depliant-e2c-allier.pdf",
    "en/documents/leaflet-e2c-allier.pdf",
)
UPDATED = re.compile(
    r'<p class="e2c-updated">(.*?)<time datetime="([0-9-]+)">(.*?)</time>(.*?)</p>'
)

pytestmark = pytest.mark.skipif(
    not (ROOT / ".git").exists(), reason="the project is not a Git clone: nothing to clone"
)


def clone(target: Path) -> Path:
    """A fresh clone of the project at HEAD: no cache, no file left from a build.
    (The project may belong to another user, as in CI's container: trusted here.)"""
    trusted = f"safe.directory={ROOT}"
    git(target.parent, "-c", trusted, "clone", "--quiet", "--no-hardlinks", str(ROOT), str(target))
    return target


def built(project: Path, site: Path, wrapper: tuple[str, ...] = (), seed: str = "0") -> Path:
    # Another hash seed per build: nothing may depend on the order of a set.
    result = build(project, site, extra_env={"PYTHONHASHSEED": seed}, wrapper=wrapper)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stdout}\n{result.stderr}"
    return site


def files(site: Path) -> dict[str, Path]:
    return {path.relative_to(site).as_posix(): path for path in site.rglob("*") if path.is_file()}


@pytest.fixture(scope="module", autouse=True)
def no_build_date_set() -> Iterator[None]:
    """The hooks set SOURCE_DATE_EPOCH from Git: not the person running the tests."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(dates.ENV, raising=False)
        yield


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    faketime = shutil.which("faketime")
    assert faketime, "faketime is missing: .ci/system-packages test installs it (Debian: faketime)"
    here = tmp_path_factory.mktemp("first")
    there = tmp_path_factory.mktemp("second-elsewhere")
    first = built(clone(here / "project"), here / "site", seed="1")
    # The second, in another folder, with the clock three days and five hours on.
    later = (faketime, "-f", "+77h")
    second = built(clone(there / "clone"), there / "built", wrapper=later, seed="2")
    return first, second


def test_two_builds_of_one_commit_days_apart_are_identical(two_builds):
    first, second = (files(site) for site in two_builds)
    assert set(MUST_COMPARE) <= set(first), "a file the comparison needs was not built"
    assert sorted(first) == sorted(second), "the two builds made different files"
    differ = [
        name for name in sorted(first) if first[name].read_bytes() != second[name].read_bytes()
    ]
    assert not differ, f"{len(differ)} of {len(first)} files differ: {', '.join(differ)}"


def test_the_clock_really_moved_for_the_second_build():
    faketime = shutil.which("faketime")
    assert faketime
    command = ["date", "+%s"]
    now = int(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    moved = subprocess.run([faketime, "-f", "+77h", *command], capture_output=True, text=True)
    assert int(moved.stdout) - now >= 3 * DAY


def test_the_compressed_sitemap_is_the_sitemap(two_builds):
    site = two_builds[0]
    assert (
        gzip.decompress((site / "sitemap.xml.gz").read_bytes())
        == (site / "sitemap.xml").read_bytes()
    )


# -- The dates are Git's ------------------------------------------------------------


def _markers_of(project: Path, source: str) -> str:
    twin = source.removesuffix(".md") + ".en.md"
    return "".join((project / "docs" / name).read_text(encoding="utf-8") for name in (source, twin))


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A clone given two commits after HEAD: ten days on, one page's French
    source; twenty days on, content/figures.yml. Then built."""
    folder = tmp_path_factory.mktemp("dated")
    project = clone(folder / "project")
    head = head_time(project)
    shows_figures = ("e2c:figures", "e2c:leaflet", "e2c:download")
    # A page that shows no figure, in neither language (directly or in the leaflet).
    page = next(
        source
        for source in french_sources(project)
        if not any(marker in _markers_of(project, source) for marker in shows_figures)
    )
    with (project / "docs" / page).open("a", encoding="utf-8") as text:
        text.write("\n")  # changes nothing a reader sees: still a change of the page
    commit(project, head + 10 * DAY, "a page")
    with (project / "content" / "figures.yml").open("a", encoding="utf-8") as data:
        data.write("\n# A comment.\n")
    commit(project, head + 20 * DAY, "the figures")
    site = built(project, folder / "site")
    return {"project": project, "site": site, "head": head, "page": page}


def _page_dates(site: Path) -> dict[str, str]:
    """Address path (`/en/contact/`) -> <lastmod>, from the sitemap."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    found = re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap)
    return {urlsplit(loc).path: lastmod for loc, lastmod in found}


def _address(language: str, source: str) -> str:
    return f"/{'en/' if language == 'en' else ''}{slug(source)}"


def _shown(site: Path, language: str, source: str) -> tuple[str, str]:
    """The page's "Mis à jour le" line: (its datetime, the whole line as text)."""
    html = (site / _address(language, source).lstrip("/") / "index.html").read_text("utf-8")
    [(before, when, text, after)] = UPDATED.findall(html)
    return when, f"{before}{text}{after}"


def test_every_page_says_when_it_changed_as_its_sitemap_entry_does(dated):
    site, project = dated["site"], dated["project"]
    lastmod = _page_dates(site)
    words = load_content(project / "content").interface
    pages = [page for page in built_pages(site) if page.name != "404.html"]
    assert len(lastmod) == len(pages), "a page without its <lastmod>, or one too many"
    for language in ("fr", "en"):
        for source in french_sources(project):
            when, line = _shown(site, language, source)
            assert lastmod[_address(language, source)] == when, f"{language} {source}"
            shown = format_date(date.fromisoformat(when), words[language])
            assert line == words[language].dates.updated.replace("{date}", shown)


def test_a_page_takes_the_date_of_its_last_commit_and_of_the_content_it_shows(dated):
    site, project, head = dated["site"], dated["project"], dated["head"]
    page_day = dates.day_of(head + 10 * DAY).isoformat()
    figures_day = dates.day_of(head + 20 * DAY).isoformat()
    # The page changed ten days on; its English twin did not.
    assert _shown(site, "fr", dated["page"])[0] == page_day
    assert _shown(site, "en", dated["page"])[0] <= dates.day_of(head).isoformat()
    # Every page that shows the figures, in both languages, changed twenty days on.
    showing = [s for s in french_sources(project) if "e2c:figures" in _markers_of(project, s)]
    assert showing, "no page shows the figures"
    for source in showing:
        for language in ("fr", "en"):
            assert _shown(site, language, source)[0] == figures_day, f"{language} {source}"
    # And no page is dated after the last commit.
    for language in ("fr", "en"):
        for source in french_sources(project):
            assert _shown(site, language, source)[0] <= figures_day


def test_the_pdfs_are_dated_by_the_last_commit(dated):
    last = dated["head"] + 20 * DAY
    for pdf in ("documents/depliant-e2c-allier.pdf", "en/documents/leaflet-e2c-allier.pdf"):
        metadata = PdfReader(dated["site"] / pdf).metadata
        assert metadata is not None, pdf
        for moment in (metadata.creation_date, metadata.modification_date):
            assert moment is not None and int(moment.timestamp()) == last, pdf
