""".ci/system-packages on a staff laptop and in CI, with stand-ins for dpkg-query,
apt-get, id and python3: nothing is ever installed, the real ones are never run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from site_helpers import ROOT

SCRIPT = ROOT / ".ci" / "system-packages"
PDF_PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0", "fonts-dejavu-core")
NOTICE_FR = "l'aperçu marche, mais sans les PDF"
NOTICE_EN = "the preview works, but without the PDFs"


class Machine:
    """A folder of stand-in programs, the only folder on PATH."""

    def __init__(self, tmp_path: Path) -> None:
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        self.apt_log = tmp_path / "apt-get.log"
        for tool in ("grep", "cat"):  # what the script runs besides the stand-ins
            real = shutil.which(tool)
            assert real, tool
            (self.bin / tool).symlink_to(real)

    def program(self, name: str, body: str) -> None:
        path = self.bin / name
        path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        path.chmod(0o755)

    def user(self, uid: int) -> None:
        self.program("id", f"echo {uid}")

    def debian(self, missing: tuple[str, ...] = ()) -> None:
        """dpkg-query knows every package but `missing`; apt-get only logs its call."""
        cases = "".join(f"  {package}) exit 1 ;;\n" for package in missing)
        self.program(
            "dpkg-query",
            'for package; do :; done\ncase "$package" in\n'
            f"{cases}  *) printf 'install ok installed' ;;\nesac",
        )
        self.program("apt-get", f'echo "$*" >> "{self.apt_log}"')

    def python_finds_libraries(self, found: bool) -> None:
        self.program("python3", f"exit {0 if found else 1}")

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(command),
            cwd=ROOT,
            env={"PATH": str(self.bin), "LC_ALL": "C.UTF-8", "HOME": str(self.bin.parent)},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )

    def script(self, scope: str) -> subprocess.CompletedProcess[str]:
        bash = shutil.which("bash")
        assert bash
        return self.run(bash, str(SCRIPT), scope)

    def apt_calls(self) -> list[str]:
        return self.apt_log.read_text("utf-8").splitlines() if self.apt_log.exists() else []


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    return Machine(tmp_path)


def assert_one_notice(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(NOTICE_FR) == 1, result.stderr
    assert result.stderr.index(NOTICE_FR) < result.stderr.index(NOTICE_EN)
    assert "brew install pango" in result.stderr
    assert "command not found" not in result.stderr


def test_site_without_root_names_the_missing_package_and_goes_on(machine):
    machine.user(1000)
    machine.debian(missing=("libpangoft2-1.0-0",))
    result = machine.script("site")
    assert_one_notice(result)
    assert "sudo apt-get install libpangoft2-1.0-0\n" in result.stderr
    assert machine.apt_calls() == []


def test_site_without_dpkg_does_not_call_it_and_goes_on(machine):
    """macOS: no dpkg-query, no apt-get; Python does not find Pango."""
    machine.user(501)
    machine.python_finds_libraries(False)
    result = machine.script("site")
    assert_one_notice(result)
    assert "dpkg" not in result.stderr
    assert f"sudo apt-get install {' '.join(PDF_PACKAGES)}" in result.stderr


def test_site_without_dpkg_and_with_pango_says_nothing(machine):
    """macOS after `brew install pango`."""
    machine.user(501)
    machine.python_finds_libraries(True)
    result = machine.script("site")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_site_with_every_package_says_nothing(machine):
    machine.user(1000)
    machine.debian()
    result = machine.script("site")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_test_scope_without_root_fails_and_names_the_package(machine):
    machine.user(1000)
    machine.debian(missing=("libpangoft2-1.0-0",))
    result = machine.script("test")
    assert result.returncode == 1
    assert "Ces paquets Debian sont nécessaires" in result.stderr
    assert "libpangoft2-1.0-0" in result.stderr
    assert NOTICE_FR not in result.stderr
    assert machine.apt_calls() == []


def test_test_scope_without_dpkg_fails(machine):
    machine.user(501)
    machine.python_finds_libraries(False)
    result = machine.script("test")
    assert result.returncode == 1
    assert "fonts-dejavu-core" in result.stderr


@pytest.mark.parametrize("scope", ["site", "test"])
def test_root_on_debian_installs_what_is_missing(machine, scope):
    machine.user(0)
    machine.debian(missing=("libpangoft2-1.0-0",))
    result = machine.script(scope)
    assert result.returncode == 0, result.stderr
    assert NOTICE_FR not in result.stderr
    calls = machine.apt_calls()
    assert calls[0] == "update -qq"
    assert calls[1].startswith("install -y -qq ")
    assert "libpangoft2-1.0-0" in calls[1].split()
    assert "libpango-1.0-0" not in calls[1].split()


def test_make_goes_on_for_the_site_and_stops_for_the_tests(machine):
    """`make serve` and `make build` depend on site-packages; `make test` on system-packages."""
    make, bash = shutil.which("make"), shutil.which("bash")
    if not make or not bash:
        pytest.skip("make is not installed")
    (machine.bin / "bash").symlink_to(bash)
    machine.user(1000)
    machine.debian(missing=("libpango-1.0-0",))
    site = machine.run(make, "--no-print-directory", "site-packages")
    assert_one_notice(site)
    tests = machine.run(make, "--no-print-directory", "system-packages")
    assert tests.returncode != 0
    assert "libpango-1.0-0" in tests.stderr


def test_the_script_needs_no_bash_4():
    """macOS runs bash 3.2: no associative arrays."""
    text = SCRIPT.read_text("utf-8")
    assert "declare -A" not in text and "mapfile" not in text
