"""Under `mkdocs serve`, an edit to content/ or hooks/ shows in the preview."""

from __future__ import annotations

import pytest
from content_helpers import replace_in, set_scalar, value_at
from preview_server import serve_preview, wait_for_text
from site_helpers import copy_project
from staff_edits import pages_with_marker


@pytest.fixture
def preview(tmp_path):
    project = copy_project(tmp_path / "project")
    with serve_preview(project) as url:
        yield project, url


def wait_for(url: str, text: str) -> None:
    wait_for_text(url, text, interval=0.3)


def test_editing_content_and_hooks_updates_the_preview(preview):
    project, url = preview
    file = project / "content" / "objectives.yml"
    page = pages_with_marker(project, "e2c:objectives")[0]
    wait_for(f"{url}/en/{page}", value_at(file, ("objectives", 0, "title", "en")))
    set_scalar(file, ("objectives", 0, "title", "en"), "Relearn.")
    wait_for(f"{url}/en/{page}", "Relearn.")
    replace_in(project / "hooks" / "e2c" / "render.py", '"Website"', '"Web address"')
    partners = pages_with_marker(project, "e2c:partners")[0]
    wait_for(f"{url}/en/{partners}", "Web address")
