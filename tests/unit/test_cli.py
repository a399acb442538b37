"""`make check` and `make release-check` as a staff member runs them."""

import os
import subprocess
import sys

from site_helpers import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    return subprocess.run(
        [sys.executable, "-m", "e2c.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_check_passes_on_the_real_content():
    result = run()
    assert result.returncode == 0, result.stderr
    assert "Tout est correct." in result.stdout


def test_release_check_lists_empty_fields_in_the_language_asked():
    result = run("--release", "--lang", "en")
    assert result.returncode == 1
    assert "content/site.yml, line" in result.stderr
    assert "field legal → publisher: this field is empty" in result.stderr
    assert "ligne" not in result.stderr and "Traceback" not in result.stderr
