"""Partners' links never break: every recorded address is served, or redirected."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from e2c.urls import LIST, public_urls, resolve
from site_helpers import build, copy_project


def recorded() -> list[str]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def broken(site_dir: Path) -> list[str]:
    return [url for url in recorded() if resolve(site_dir, url) is None]


def test_every_recorded_address_is_served(site_dir):
    assert not broken(site_dir), "no longer served: declare a redirect in content/redirects.yml"


def test_every_page_served_is_recorded(site_dir):
    missing = sorted(set(public_urls(site_dir)) - set(recorded()))
    assert not missing, f"new addresses: run 'make urls' to record them: {missing}"


@pytest.fixture
def renamed(tmp_path):
    """A copy of the project where the contact page moved to /nous-joindre/."""
    project = copy_project(tmp_path / "project")
    docs = project / "docs"
    for suffix in (".md", ".en.md"):
        (docs / f"contact{suffix}").rename(docs / f"nous-joindre{suffix}")
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("contact.md", "nous-joindre.md"), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "Contact: contact.md", "Contact: nous-joindre.md"
        ),
        encoding="utf-8",
    )
    return project


def test_renaming_a_page_breaks_the_contract_until_a_redirect_is_declared(renamed, tmp_path):
    result = build(renamed, tmp_path / "without")
    assert result.returncode == 0, result.stderr
    assert broken(tmp_path / "without") == ["/contact/", "/en/contact/"]

    (renamed / "content" / "redirects.yml").write_text(
        "redirects:\n"
        "  - from: /contact/\n    to: /nous-joindre/\n"
        "  - from: /en/contact/\n    to: /en/nous-joindre/\n",
        encoding="utf-8",
    )
    result = build(renamed, tmp_path / "with")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "with"
    assert broken(site) == []
    assert resolve(site, "/en/contact/") == site / "en" / "nous-joindre" / "index.html"
    page = (site / "en" / "contact" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "url=../nous-joindre/" in page and "<script" not in page


def test_a_redirect_to_nowhere_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "content" / "redirects.yml").write_text(
        "redirects:\n  - from: /ancienne-page/\n    to: /page-inconnue/\n", encoding="utf-8"
    )
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    assert (
        "content/redirects.yml, ligne 3 : la page « /page-inconnue/ » n'existe pas" in result.stderr
    )


def test_links_given_to_partners_are_recorded_addresses(site_dir):
    html = (site_dir / "en" / "orienter-un-jeune" / "index.html").read_text(encoding="utf-8")
    shared = re.findall(
        r"https://www\.e2c-allier\.fr(/[^\s<]*)",
        " ".join(re.findall(r"<pre class=\"e2c-copy\".*?</pre>", html, flags=re.S)),
    )
    assert "/en/suis-je-eligible/" in shared and "/suis-je-eligible/" in shared
    assert set(shared) <= set(recorded())
