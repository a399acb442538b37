"""Under `mkdocs serve`, an edit to content/ or hooks/ shows in the preview."""

from __future__ import annotations

import pytest
from content_helpers import set_scalar, value_at
from preview_server import serve_preview, wait_for_text
from site_helpers import copy_project
from staff_edits import pages_with_marker


@pytest.fixture
def preview(tmp_path):
    project = copy_project(tmp_path / "project")
    with serve_preview(project) as url:
        yield project, url


HOOK_EDIT = """

_partners_before_the_edit = partners


def partners(content, language):
    return _partners_before_the_edit(content, language) + "<p>Edited in the hooks</p>"
"""


def wait_for(url: str, text: str) -> None:
    wait_for_text(url, text, interval=0.3)


def test_editing_content_and_hooks_updates_the_preview(preview):
    project, url = preview
    file = project / "content" / "objectives.yml"
    page = pages_with_marker(project, "e2c:objectives")[0]
    wait_for(f"{url}/en/{page}", value_at(file, ("objectives", 0, "title", "en")))
    set_scalar(file, ("objectives", 0, "title", "en"), "Relearn.")
    wait_for(f"{url}/en/{page}", "Relearn.")
    # A module deep in the package, changed the way a developer would: the
    # preview imports the whole package afresh, with no list of modules to keep.
    blocks = project / "hooks" / "e2c" / "render" / "content_blocks.py"
    with blocks.open("a", encoding="utf-8") as module:
        module.write(HOOK_EDIT)
    partners = pages_with_marker(project, "e2c:partners")[0]
    wait_for(f"{url}/en/{partners}", "Edited in the hooks")
