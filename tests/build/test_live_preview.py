"""Under `mkdocs serve`, an edit to content/ or hooks/ shows in the preview."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from urllib.error import URLError

import pytest
from content_helpers import replace_in
from nginx_server import free_port
from site_helpers import copy_project

TIMEOUT = 60


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(url: str, text: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if text in fetch(url):
            return
        time.sleep(0.3)
    raise AssertionError(f"{text!r} never showed at {url}")


@pytest.fixture
def preview(tmp_path):
    project = copy_project(tmp_path / "project")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield project, f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_editing_content_and_hooks_updates_the_preview(preview):
    project, url = preview
    wait_for(f"{url}/en/parcours/", "Learn the basics.")
    replace_in(project / "content" / "objectives.yml", "en: Learn the basics.", "en: Relearn.")
    wait_for(f"{url}/en/parcours/", "Relearn.")
    replace_in(project / "hooks" / "e2c" / "render.py", '"Website"', '"Web address"')
    wait_for(f"{url}/en/partenaires/", "Web address")
