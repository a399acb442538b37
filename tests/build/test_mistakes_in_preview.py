"""A staff mistake stops `mkdocs build`, as before; under `mkdocs serve` it
replaces every page with the French message instead, until it is fixed.
(tests/browser/test_preview_mistakes.py watches an open page do so.)"""

from __future__ import annotations

import pytest
from preview_server import fetch, serve_preview, wait_for_text
from site_helpers import build, copy_project
from staff_mistakes import PROBLEM_TITLE, break_a_figure, break_a_marker


@pytest.mark.parametrize("make_mistake", [break_a_figure, break_a_marker])
def test_mkdocs_build_still_stops_on_the_mistake(tmp_path, make_mistake):
    project = copy_project(tmp_path / "project", with_cache=True)
    mistake = make_mistake(project)
    result = build(project, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0, "the build should have stopped"
    assert "Traceback" not in output
    assert "problème(s) à corriger" in output
    assert mistake.where in output
    assert PROBLEM_TITLE not in output
    assert not (tmp_path / "out" / "index.html").exists()


def test_under_serve_every_page_shows_the_mistake_until_it_is_fixed(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    # Broken before the server starts: its first build must not fail either.
    mistake = break_a_figure(project)
    with serve_preview(project) as url:
        wait_for_text(f"{url}/", PROBLEM_TITLE, timeout=120, interval=0.3)
        for path in ("/", "/ecole/", "/en/", "/en/documents/charte/"):
            page = fetch(url + path)
            assert PROBLEM_TITLE in page and mistake.where in page, path
            assert f'<html lang="{"en" if path.startswith("/en/") else "fr"}">' in page
        mistake.fix()
        wait_for_text(f"{url}/en/ecole/", 'class="md-content"', interval=0.3)
        assert PROBLEM_TITLE not in fetch(f"{url}/")

        # A page that cannot even be read (not UTF-8): no event may crash on it.
        contact = project / "docs" / "contact.md"
        original = contact.read_bytes()
        contact.write_bytes(original.replace("é".encode(), "é".encode("latin-1"), 1))
        wait_for_text(f"{url}/contact/", "docs/contact.md, ligne", interval=0.3)
        assert PROBLEM_TITLE in fetch(f"{url}/en/contact/")
        contact.write_bytes(original)
        wait_for_text(f"{url}/contact/", 'class="md-content"', interval=0.3)
