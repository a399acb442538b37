"""Partners' links never break: every recorded address is served, or redirected."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from e2c.publish.addresses import public_urls, recorded_urls, resolve
from site_helpers import PROJECT, build, copy_project
from staff_edits import rename_a_page, run_module


def recorded() -> list[str]:
    return recorded_urls(PROJECT)


def broken(site_dir: Path) -> list[str]:
    return [url for url in recorded() if resolve(site_dir, url) is None]


def test_every_recorded_address_is_served(site_dir):
    lost = broken(site_dir)
    assert not lost, (
        f"Adresses qui ne sont plus servies : {lost}. Déclarez une redirection dans "
        "content/redirects.yml (« make check » donne les lignes)."
    )


def test_every_page_served_is_recorded(site_dir):
    missing = sorted(set(public_urls(site_dir)) - set(recorded()))
    assert not missing, (
        f"Nouvelles adresses à enregistrer : lancez « make urls ». {missing} "
        "(new addresses: run 'make urls' to record them)"
    )


@pytest.fixture
def renamed(tmp_path):
    """A copy of the project where a page moved to a new name, links and menu
    included, as the guide says."""
    project = copy_project(tmp_path / "project", with_cache=True)
    old, new = rename_a_page(project)
    return project, old, new


def check(project: Path) -> subprocess.CompletedProcess[str]:
    return run_module(project, "e2c.cli", "--lang", "fr", "--root", str(project))


def test_a_renamed_page_is_refused_until_its_old_address_is_redirected(renamed, tmp_path):
    project, old, new = renamed
    result = check(project)
    assert result.returncode == 1
    # make check gives the exact lines to add, with the new address guessed.
    assert f"l'adresse « {old} » n'est plus servie" in result.stderr
    assert f"- from: {old}\n          to: {new}" in result.stderr
    assert f"- from: /en{old}\n          to: /en{new}" in result.stderr
    assert "Traceback" not in result.stderr
    failed = build(project, tmp_path / "without")
    assert failed.returncode != 0 and f"l'adresse « {old} » n'est plus servie" in failed.stderr
    assert not (tmp_path / "without" / "index.html").exists()

    redirects = project / "content" / "redirects.yml"
    redirects.write_text(
        redirects.read_text(encoding="utf-8")
        + f"  - from: {old}\n    to: {new}\n  - from: /en{old}\n    to: /en{new}\n",
        encoding="utf-8",
    )
    assert check(project).returncode == 0
    result = build(project, tmp_path / "with")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "with"
    assert [url for url in recorded_urls(project) if resolve(site, url) is None] == []
    english = site / "en" / new.strip("/") / "index.html"
    assert resolve(site, f"/en{old}") == english
    page = (site / "en" / old.strip("/") / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and f"url=../{new.strip('/')}/" in page
    assert "<script" not in page


def run_urls(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_module(project, "e2c.publish.addresses", *args)


def test_make_urls_adds_new_addresses_and_never_drops_one(renamed, tmp_path):
    project, old, new = renamed
    redirects = project / "content" / "redirects.yml"
    redirects.write_text(
        redirects.read_text(encoding="utf-8")
        + f"  - from: {old}\n    to: {new}\n  - from: /en{old}\n    to: /en{new}\n",
        encoding="utf-8",
    )
    before = recorded_urls(project)
    assert build(project, tmp_path / "site").returncode == 0
    result = run_urls(project, "add", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    after = recorded_urls(project)
    assert set(before) <= set(after)  # the old addresses stay: they are redirected
    assert {new, f"/en{new}"} <= set(after)
    assert f"Adresse ajoutée (address added) : {new}" in result.stdout


def test_make_urls_refuses_a_site_that_lost_an_address(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    site = tmp_path / "site"
    assert build(project, site).returncode == 0
    lost = recorded_urls(project)[1]
    (site / lost.strip("/") / "index.html").unlink()
    before = (project / "content" / "public-urls.txt").read_text(encoding="utf-8")
    result = run_urls(project, "add", str(site))
    assert result.returncode == 1
    assert f"L'adresse « {lost} » n'est plus servie" in result.stderr
    assert (project / "content" / "public-urls.txt").read_text(encoding="utf-8") == before


def test_retiring_an_address_is_an_explicit_step(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    address = recorded_urls(project)[1]
    result = run_urls(project, "retire", address)
    assert result.returncode == 0 and f"Adresse retirée : {address}" in result.stdout
    assert address not in recorded_urls(project)
    assert run_urls(project, "retire", "/jamais-vue/").returncode == 1


def test_a_redirect_to_nowhere_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    file = project / "content" / "redirects.yml"
    text = file.read_text(encoding="utf-8").rstrip("\n") + "\n"
    file.write_text(text + "  - from: /ancienne-page/\n    to: /page-inconnue/\n", "utf-8")
    line = text.count("\n") + 2
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    assert (
        f"content/redirects.yml, ligne {line} : la page « /page-inconnue/ » n'existe pas"
        in result.stderr
    )


def test_links_given_to_partners_are_recorded_addresses(site_dir):
    html = (site_dir / "en" / "orienter-un-jeune" / "index.html").read_text(encoding="utf-8")
    shared = re.findall(
        r"https://www\.e2c-allier\.fr(/[^\s<]*)",
        " ".join(re.findall(r"<pre class=\"e2c-copy\".*?</pre>", html, flags=re.S)),
    )
    assert "/en/suis-je-eligible/" in shared and "/suis-je-eligible/" in shared
    assert set(shared) <= set(recorded())
