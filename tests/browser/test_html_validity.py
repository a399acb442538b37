"""The Nu HTML Checker (vnu-jar, with the machine's Java) finds no error on any page."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from site_helpers import ROOT, built_pages

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_is_valid_html(site_dir):
    java = shutil.which("java")
    if not java or not VNU.exists():
        pytest.fail(
            "Java and node_modules/vnu-jar are needed: run 'make test', which installs them."
        )
    pages = [str(page) for page in built_pages(site_dir, redirects=True)]
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{m['url'].split(str(site_dir), 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert not errors, "\n".join(errors)
    assert result.returncode == 0, result.stderr
