"""The pins that keep a fresh machine building the same site: every Python package
at one exact version with its hashes (made by `make lock`, pip-compile), every npm
package at one exact version in package-lock.json, and installs that check both."""

import json
import re
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from site_helpers import ROOT

PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>[A-Za-z0-9.+!-]+)$")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")
EXACT_NPM = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")


def logical_lines(name: str) -> list[str]:
    """The file's requirement lines: continuations (`\\`) joined, comments dropped."""
    lines, current = [], ""
    for raw in (ROOT / name).read_text(encoding="utf-8").splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        current += line
        if current.strip():
            lines.append(current.strip())
        current = ""
    if current.strip():
        lines.append(current.strip())
    return lines


def pinned(name: str) -> dict[str, str]:
    """Each package of a requirements*.txt and its version; each must carry its hashes."""
    pins = {}
    for line in logical_lines(name):
        requirement, *options = line.split()
        assert not requirement.startswith("-"), (
            f"{name}: '{requirement}': a hashed install needs every package in the file itself"
        )
        match = PIN.match(requirement.split(";")[0])
        assert match, f"{name}: '{requirement}' is not pinned to one exact version"
        hashes = [option for option in options if HASH.fullmatch(option)]
        assert hashes, f"{name}: '{requirement}' has no --hash=sha256: (run make lock)"
        assert len(hashes) == len(options), f"{name}: '{line}' has an option other than --hash"
        pins[canonicalize_name(match["name"])] = match["version"]
    return pins


def declared(name: str) -> set[str]:
    """The packages a requirements*.in names, following its `-r` lines."""
    names = set()
    for line in logical_lines(name):
        if line.startswith("-r "):
            names |= declared(line.split()[1])
        elif not line.startswith("-"):
            names.add(canonicalize_name(Requirement(line).name))
    return names


def test_every_requirement_is_pinned_exactly_with_its_hashes():
    site = pinned("requirements.txt")
    tests = pinned("requirements-test.txt")
    assert site["mkdocs"] == "1.6.1"
    assert site["mkdocs-material"].startswith("9.8.")
    assert site["mkdocs-static-i18n"].startswith("1.3.")
    assert {"pyyaml", "jinja2"} <= site.keys()
    assert {"pytest", "playwright", "ruff"} <= tests.keys()


def test_the_test_pins_hold_the_site_pins_unchanged():
    """`pip install --require-hashes -r requirements-test.txt` installs the site too."""
    site = pinned("requirements.txt")
    tests = pinned("requirements-test.txt")
    assert {name: tests.get(name) for name in site} == site


@pytest.mark.parametrize("name", ["requirements.txt", "requirements-test.txt"])
def test_every_declared_package_and_its_dependencies_are_pinned(name):
    """Everything the install pulls in is in the file: pip refuses a package without hashes.
    The dependencies are read from the packages installed here (make test installs the pins)."""
    pins = pinned(name)
    missing = declared(name.replace(".txt", ".in")) - pins.keys()
    assert not missing, f"{name} lacks {sorted(missing)}: run make lock"
    for package in pins:
        try:
            requires = metadata.distribution(package).requires or []
        except metadata.PackageNotFoundError:
            continue  # not installed in this environment: nothing to read its needs from
        for text in requires:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            dependency = canonicalize_name(requirement.name)
            assert dependency in pins, f"{name}: {package} needs {dependency}, not pinned"
            assert pins[dependency] in requirement.specifier, (
                f"{name}: {package} needs {requirement}, pinned {pins[dependency]}"
            )


def test_every_install_checks_the_hashes():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    workflows = [p.read_text(encoding="utf-8") for p in (ROOT / ".github").rglob("*.yml")]
    ci = [p.read_text(encoding="utf-8") for p in (ROOT / ".ci").iterdir() if p.is_file()]
    installs = [
        line
        for text in [makefile, *workflows, *ci]
        for line in text.splitlines()
        if re.search(r"pip3? install .*-r\s*requirements", line)
    ]
    assert len(installs) >= 2
    for line in installs:
        assert "--require-hashes" in line, f"'{line.strip()}' does not check the hashes"
    assert "pip-compile" in makefile and "--generate-hashes" in makefile


def test_npm_packages_are_pinned_exactly_in_the_lockfile():
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    wanted = {**package.get("dependencies", {}), **package.get("devDependencies", {})}
    assert wanted
    for name, version in wanted.items():
        assert EXACT_NPM.match(version), f"package.json: {name} '{version}' is not one version"
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["lockfileVersion"] >= 2
    for name, version in wanted.items():
        entry = lock["packages"][f"node_modules/{name}"]
        assert entry["version"] == version, f"package-lock.json: {name} is not {version}"
        assert entry.get("integrity", "").startswith("sha512-"), f"{name} has no integrity"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "npm ci" in makefile and "npm install" not in makefile


def test_mkdocs_is_declared_below_2():
    ranges = (ROOT / "requirements.in").read_text(encoding="utf-8")
    assert re.search(r"^mkdocs>=1\.6\.1,<2$", ranges, flags=re.M)
