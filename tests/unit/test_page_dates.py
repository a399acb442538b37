"""Dates from Git (e2c.publish.dates) and the files a page shows
(e2c.render.page_sources, the markers' SHOWS): repositories made here, with
commits at set dates; never the project's own history or today's date."""

from __future__ import annotations

import os
from datetime import date

import pytest
from content_helpers import FIXTURE_CONTENT
from e2c.content.loading import SCHEMAS, Content, load_content
from e2c.content.models import Review
from e2c.content.reading import ReaderPage
from e2c.publish import dates
from e2c.render import page_body, page_sources
from e2c.render.markers import MARKERS, SHOWS, PageContext, replace_markers
from git_helpers import commit, git, head_time, init, write

DAY = 86_400
# Set dates, far from any real commit: 2001-09-09 01:46:40 UTC and after.
T0 = 1_000_000_000
CONTENT = load_content(FIXTURE_CONTENT)


@pytest.fixture(autouse=True)
def no_build_date(monkeypatch):
    """SOURCE_DATE_EPOCH as the person running the tests may have it: not set."""
    monkeypatch.delenv(dates.ENV, raising=False)
    dates._history_head.cache_clear()


@pytest.fixture
def repo(tmp_path):
    """A project with three commits, a day apart: the page, then a content
    file, then the page's English twin."""
    project = init(tmp_path / "project")
    write(project, "docs/page.md", "# Page\n")
    write(project, "content/figures.yml", "figures: []\n")
    commit(project, T0, "first")
    write(project, "content/figures.yml", "figures: [1]\n")
    commit(project, T0 + DAY, "figures")
    write(project, "docs/page.en.md", "# Page\n")
    commit(project, T0 + 2 * DAY, "english")
    return project


# -- Git's history ---------------------------------------------------------------


def test_each_file_has_the_time_of_the_last_commit_that_changed_it(repo):
    history = dates.read_history(repo)
    assert history.changed == {
        "docs/page.md": T0,
        "content/figures.yml": T0 + DAY,
        "docs/page.en.md": T0 + 2 * DAY,
    }
    assert history.head == T0 + 2 * DAY == head_time(repo)


def test_a_page_takes_the_newest_date_of_the_files_it_shows(repo):
    history = dates.read_history(repo)
    assert history.last_change(["docs/page.md"], fallback=0) == T0
    assert history.last_change(["docs/page.md", "content/figures.yml"], fallback=0) == T0 + DAY
    # A file Git does not know (not committed, or absent) does not count...
    assert history.last_change(["docs/page.md", "docs/new.md"], fallback=0) == T0
    # ...and a page made only of such files takes the fallback, the build's date.
    assert history.last_change(["docs/new.md"], fallback=42) == 42


def test_a_merge_dates_what_it_brings_on_the_day_it_is_merged(repo):
    git(repo, "checkout", "--quiet", "-b", "side")
    write(repo, "docs/side.md", "# Side\n")
    commit(repo, T0 + 3 * DAY, "written on a branch")
    git(repo, "checkout", "--quiet", "main")
    write(repo, "docs/page.md", "# Page, changed\n")
    commit(repo, T0 + 4 * DAY, "on main meanwhile")
    stamp = f"@{T0 + 5 * DAY} +0000"
    merge_dates = {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    git(repo, "merge", "--quiet", "--no-ff", "-m", "merge", "side", env=merge_dates)
    history = dates.read_history(repo)
    assert history.changed["docs/side.md"] == T0 + 5 * DAY
    assert history.changed["docs/page.md"] == T0 + 4 * DAY
    assert history.head == T0 + 5 * DAY


def test_a_project_inside_a_larger_repository_has_paths_from_its_own_folder(tmp_path):
    outer = init(tmp_path / "outer")
    write(outer, "site/docs/page.md", "# Page\n")
    write(outer, "elsewhere.txt", "x\n")
    commit(outer, T0)
    write(outer, "elsewhere.txt", "y\n")
    commit(outer, T0 + DAY)
    history = dates.read_history(outer / "site")
    assert history.changed == {"docs/page.md": T0}


def test_names_with_accents_and_spaces_are_read_as_written(tmp_path):
    project = init(tmp_path / "project")
    write(project, "docs/écrit à part.md", "# Page\n")
    commit(project, T0)
    assert dates.read_history(project).changed == {"docs/écrit à part.md": T0}


def test_without_git_the_history_is_empty_and_nothing_fails(tmp_path, monkeypatch):
    assert dates.read_history(tmp_path) == dates.History()  # not a repository
    monkeypatch.setenv("PATH", str(tmp_path))  # no git program at all
    assert dates.read_history(tmp_path) == dates.History()


def test_the_log_is_parsed_whatever_comes_between_commits():
    output = "\x01300\0\nb.md\0a.md\0\x01200\0\x01100\0\na.md\0c.md\0"
    history = dates.parse_log(output)
    assert history == dates.History({"a.md": 300, "b.md": 300, "c.md": 100}, head=300)
    assert dates.parse_log("") == dates.History()


# -- The build's date (SOURCE_DATE_EPOCH) --------------------------------------------


def test_the_build_date_is_the_one_set_else_the_last_commit(repo, monkeypatch):
    assert dates.source_date_epoch(repo) == head_time(repo)
    monkeypatch.setenv(dates.ENV, str(T0 - DAY))
    assert dates.source_date_epoch(repo) == T0 - DAY


def test_a_build_date_that_is_not_a_number_is_a_message_in_french_first(repo, monkeypatch):
    monkeypatch.setenv(dates.ENV, "hier")
    with pytest.raises(dates.DateError) as raised:
        dates.source_date_epoch(repo)
    message = str(raised.value)
    assert message.startswith("SOURCE_DATE_EPOCH doit être un nombre entier")
    assert "« hier »" in message and "must be a whole number" in message


def test_without_git_the_build_date_is_the_newest_source_never_the_clock(tmp_path):
    project = tmp_path / "copy"
    for name, when in (("mkdocs.yml", T0), ("docs/page.md", T0 + DAY), ("content/a.yml", T0)):
        write(project, name, "x\n")
        os.utime(project / name, (when, when))
    # What the build itself writes does not count: Python's caches.
    write(project, "hooks/e2c/__pycache__/x.pyc", "x")
    assert dates.source_date_epoch(project) == T0 + DAY
    assert dates.source_date_epoch(project) == T0 + DAY  # the next build alike


def test_the_build_sets_the_build_date_only_where_nobody_has(repo, monkeypatch):
    history = dates.read_history(repo)
    assert dates.use_source_date_epoch(repo, history) == history.head
    assert os.environ[dates.ENV] == str(history.head)
    monkeypatch.setenv(dates.ENV, str(T0))
    assert dates.use_source_date_epoch(repo, history) == T0
    assert os.environ[dates.ENV] == str(T0)


def test_dates_are_utc_days_and_pdf_times():
    assert dates.day_of(T0) == date(2001, 9, 9)
    assert dates.day_of(T0 - 6_401) == date(2001, 9, 8)  # 23:59:59 UTC the day before
    assert dates.w3c_time(T0) == "2001-09-09T01:46:40Z"


# -- What a page shows -------------------------------------------------------------


def test_rule_values_and_links_show_their_files():
    assert page_sources.values_read("Vous avez {age} ans.") == {page_sources.RULES}
    assert page_sources.values_read("[Trouver](lien:trouver-un-conseiller)") == {page_sources.LINKS}
    assert page_sources.values_read("## Titre { #titre }\n\nRien.") == set()


def test_a_content_file_that_states_a_rule_value_brings_the_rules_along(tmp_path):
    write(tmp_path, "steps.yml", "text: Vous avez {age} ans.\n")
    write(tmp_path, "figures.yml", "figures: []\n")
    values = page_sources.content_values(tmp_path)
    assert values == {"content/steps.yml": {page_sources.RULES}, "content/figures.yml": set()}
    shown = page_sources.with_values(["docs/a.md", "content/steps.yml"], values)
    assert shown == ["content/eligibility.yml", "content/steps.yml", "docs/a.md"]


class Recorder:
    """Content that notes which of its files are read: what a marker really shows."""

    def __init__(self, content: Content) -> None:
        self._content = content
        self.read: set[str] = set()

    def __getattr__(self, name: str) -> object:
        if f"{name}.yml" in SCHEMAS and name != "interface":  # words are not counted
            self.read.add(f"content/{name}.yml")
        return getattr(self._content, name)


def _cases() -> list[tuple[str, str]]:
    cases = []
    for name, marker in MARKERS.items():
        arguments = marker.arguments(CONTENT)
        cases += [(name, argument) for argument in arguments]
        if not marker.required:
            cases.append((name, ""))
    return cases


def test_every_marker_says_what_it_shows():
    assert set(SHOWS) == set(MARKERS)


@pytest.mark.parametrize(("name", "argument"), _cases())
def test_a_marker_reads_no_content_file_it_does_not_declare(name, argument):
    recorder = Recorder(CONTENT)
    context = PageContext("page/", "", {"leaflet": 1000, "charter": 1000})
    marker = f"<!-- e2c:{name} {argument} -->"
    html, problems = replace_markers(marker, recorder, "fr", "docs/page.md", context=context)
    assert not problems and "e2c:" not in html
    # A download shows its PDF: the files the document shows, declared by SHOWS.
    assert recorder.read or name == "download", f"{name} {argument}: nothing read?"
    assert recorder.read <= context.shows, f"{name} {argument}: undeclared reads"


def test_a_page_shows_what_its_markers_and_values_read():
    context = PageContext("page/", "", {})
    markdown = "Dès {age} ans.\n\n<!-- e2c:figures national -->\n"
    replace_markers(markdown, CONTENT, "fr", "docs/page.md", context=context)
    assert context.shows == {"content/figures.yml", page_sources.RULES}


def test_explained_words_and_a_review_show_their_files():
    words = CONTENT.interface["fr"]
    term = CONTENT.glossary.terms[0].term["fr"]
    review = Review(by="Des lecteurs", on=date(2001, 9, 9))
    reader = ReaderPage("easy", "x/", listen=True, review=review)
    shows: set[str] = set()
    page_body.finished(f"<p>Un {term}.</p>", CONTENT.glossary, "fr", None, reader, words, shows)
    assert shows == {page_sources.GLOSSARY, page_sources.READING}
    plain = ReaderPage(None, "x/", listen=False)
    nothing: set[str] = set()
    page_body.finished("<p>Rien.</p>", CONTENT.glossary, "fr", None, plain, words, nothing)
    assert nothing == set()


def test_the_updated_line_is_in_the_words_of_each_language():
    day = date(2001, 9, 1)
    for language in ("fr", "en"):
        words = CONTENT.interface[language]
        note = page_body.updated_note(day, words)
        before, after = words.dates.updated.split("{date}")
        assert note["before"] + note["date"] + note["after"] == before + note["date"] + after
        assert note["datetime"] == "2001-09-01"
        assert "2001" in note["date"]
