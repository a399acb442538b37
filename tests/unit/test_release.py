import re
from datetime import timedelta

from content_helpers import FIXTURE_CONTENT
from e2c.content.loading import load_content
from e2c.content.release import (
    easy_pages_not_reviewed,
    links_to_check_again,
    missing_before_release,
)


def test_empty_legal_and_contact_fields_are_listed_with_their_line():
    content = load_content(FIXTURE_CONTENT)
    problems = missing_before_release(content)
    fields = {problem.field for problem in problems}
    assert {"legal → publisher", "legal → director", "legal → host → name"} <= fields
    assert {"contact → email", "contact → phone"} <= fields
    lines = (FIXTURE_CONTENT / "site.yml").read_text(encoding="utf-8").splitlines()
    for problem in problems:
        assert problem.path == "content/site.yml"
        key = problem.field.split(" → ")[-1]
        assert lines[problem.line - 1].strip().startswith(f"{key}:")


def test_filled_fields_are_not_listed():
    content = load_content(FIXTURE_CONTENT)
    legal = content.site.legal.model_copy(update={"publisher": "Association E2C"})
    site = content.site.model_copy(update={"legal": legal})
    filled = content.__class__(**{**content.__dict__, "site": site})
    fields = {problem.field for problem in missing_before_release(filled)}
    assert "legal → publisher" not in fields


def test_links_checked_more_than_six_months_ago_are_listed_with_their_line():
    content = load_content(FIXTURE_CONTENT)
    newest = max(link.checked for link in content.links.links)
    assert links_to_check_again(content, newest) == []
    later = links_to_check_again(content, newest + timedelta(days=200))
    assert len(later) == len(content.links.links)
    lines = (FIXTURE_CONTENT / "links.yml").read_text(encoding="utf-8").splitlines()
    for problem in later:
        assert problem.path == "content/links.yml"
        assert lines[problem.line - 1].strip().startswith("checked:")
        assert "il y a plus de 6 mois" in problem.fr


def test_easy_pages_not_yet_reviewed_are_listed_in_french_with_their_line():
    content = load_content(FIXTURE_CONTENT)
    problems = easy_pages_not_reviewed(content)
    unreviewed = [easy.page for easy in content.reading.easy_pages if not easy.review.done]
    assert unreviewed and len(unreviewed) < len(content.reading.easy_pages)
    named = [re.search(r"docs/\S+", problem.fr).group(0) for problem in problems]
    assert named == [f"docs/{page}" for page in unreviewed]
    lines = (FIXTURE_CONTENT / "reading.yml").read_text(encoding="utf-8").splitlines()
    for problem in problems:
        assert problem.path == "content/reading.yml"
        assert lines[problem.line - 1].strip().startswith("review:")
        assert "n'a pas encore été relue" in problem.fr
