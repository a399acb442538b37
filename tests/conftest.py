from __future__ import annotations

import os
from pathlib import Path

import pytest
from site_helpers import PROJECT, build


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test run into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    result = build(PROJECT, out)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stdout}\n{result.stderr}"
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert not warnings, "the build printed warnings:\n" + "\n".join(warnings)
    return out


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With E2C_CONTENT_TESTS_ONLY, keep the tests that check what content/ holds
    (those on the built site, and those marked `content`): the run that
    tests/build/test_staff_edits.py makes on an edited copy of the project."""
    if not os.environ.get("E2C_CONTENT_TESTS_ONLY"):
        return
    kept = [i for i in items if "site_dir" in i.fixturenames or i.get_closest_marker("content")]
    config.hook.pytest_deselected(items=[i for i in items if i not in kept])
    items[:] = kept
