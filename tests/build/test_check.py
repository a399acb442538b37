"""`make check` accepts whatever true content content/ holds now."""

import pytest
from site_helpers import PROJECT
from staff_edits import run_module

pytestmark = pytest.mark.content


def test_check_passes_on_the_content_as_it_is():
    result = run_module(PROJECT, "e2c.cli", "--root", str(PROJECT))
    assert result.returncode == 0, result.stderr
    assert "Tout est correct." in result.stdout
