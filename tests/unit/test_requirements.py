"""The pins that keep a fresh machine building the same site."""

import re

from site_helpers import ROOT

PIN = re.compile(r"^[A-Za-z0-9._-]+==[A-Za-z0-9.+-]+$")


def pinned(name: str) -> dict[str, str]:
    pins = {}
    for line in (ROOT / name).read_text().splitlines():
        if not line or line.startswith(("#", "-r ")):
            continue
        assert PIN.match(line), f"{name}: '{line}' is not pinned to one exact version"
        package, version = line.split("==")
        pins[package.lower().replace("_", "-")] = version
    return pins


def test_every_requirement_is_pinned_exactly():
    site = pinned("requirements.txt")
    tests = pinned("requirements-test.txt")
    assert site["mkdocs"] == "1.6.1"
    assert site["mkdocs-material"].startswith("9.8.")
    assert site["mkdocs-static-i18n"].startswith("1.3.")
    assert {"pyyaml", "jinja2"} <= site.keys()
    assert {"pytest", "playwright", "ruff"} <= tests.keys()


def test_mkdocs_is_declared_below_2():
    declared = (ROOT / "requirements.in").read_text()
    assert re.search(r"^mkdocs>=1\.6\.1,<2$", declared, flags=re.M)
