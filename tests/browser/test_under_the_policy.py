"""The site under the reference host's headers (deploy/nginx.conf): the policy
bites, and the features that need a script still work.

Every browser test fails on a Content-Security-Policy violation (conftest's
`no_csp_violation`); the tests here cover what the others do not.
"""

from __future__ import annotations

import pytest
from browsing import CSP_VIOLATIONS, DESKTOP, PHONE, site_with_injection
from e2c.publish.security_headers import (
    CACHED_FOR_GOOD,
    REVALIDATED,
    fingerprinted_files,
    headers_for,
    security_headers,
)
from nginx_server import serve

pytestmark = pytest.mark.browser

INJECTED = "<script>window.e2cInjected = true;</script>"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/pour-qui/",
        "/assets/images/logo.svg",
        "/documents/depliant-e2c-allier.pdf",
        "/en/gone/",
    ],
)
def test_every_response_carries_the_security_headers(base_url, new_context, path):
    response = new_context().request.get(base_url + path)
    assert response.status == (404 if path == "/en/gone/" else 200)
    assert_security_headers(response.headers, path)


def assert_security_headers(headers: dict[str, str], path: str) -> None:
    """Every security header on the file at `path`; a hashed script or
    stylesheet, only those it needs (e2c.publish.security_headers.STATIC_ASSETS)."""
    expected = headers_for(path)
    for name in security_headers():
        assert headers.get(name.lower()) == expected.get(name), f"{path}: {name}"


def test_fingerprinted_files_are_cached_for_good_and_the_rest_checked(
    base_url, new_context, site_dir
):
    # Every file named by a hash (the site's script and stylesheet, Material's
    # bundle...) kept a year; pages, PDFs, images, search files, the 404 page
    # checked on every use; the security headers of each.
    hashed = fingerprinted_files(site_dir)
    bundle = next(path for path in hashed if "/bundle." in path)
    others = [
        "/",
        "/en/pour-qui/",
        "/documents/depliant-e2c-allier.pdf",
        "/assets/images/logo.svg",
        "/search/search_index.json",
        bundle + ".map",  # its source map: no hash of its own
        "/en/gone/",
    ]
    request = new_context().request
    for path in hashed + others:
        response = request.get(base_url + path)
        assert response.status == (404 if path == "/en/gone/" else 200), path
        expected = CACHED_FOR_GOOD if path in hashed else REVALIDATED
        assert response.headers["cache-control"] == expected, path
        assert "expires" not in response.headers, path  # one rule, not two
        assert_security_headers(response.headers, path)


def test_text_is_sent_compressed(base_url, new_context, site_dir):
    request = new_context().request
    script = next(path for path in fingerprinted_files(site_dir) if "/site." in path)
    for path in ("/", script, "/search/search_index.json"):
        response = request.get(base_url + path, headers={"Accept-Encoding": "gzip"})
        assert response.headers.get("content-encoding") == "gzip", path


@pytest.mark.csp_violations_expected
def test_an_injected_inline_script_is_blocked_and_reported(site_dir, tmp_path, browser):
    copy = site_with_injection(site_dir, tmp_path / "site", "pour-qui/index.html", INJECTED)
    start = len(CSP_VIOLATIONS)
    with serve(copy) as url:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        page.goto(url + "/pour-qui/", wait_until="networkidle")
        ran = page.evaluate("window.e2cInjected === true")
        # The site's own scripts still ran: Material set up its header.
        material_ran = page.evaluate("typeof window.__md_get === 'function'")
        context.close()
    caused = CSP_VIOLATIONS[start:]
    assert not ran, "the injected script ran"
    assert material_ran
    assert any("script-src" in text and "blocked inline" in text for text in caused), caused
    assert any(text.startswith("console:") for text in caused), caused


def test_the_palette_chosen_is_kept_on_the_next_page(base_url, new_context):
    # Material keeps the choice with the scripts that were moved out of the page.
    page = new_context(viewport=DESKTOP, color_scheme="light").new_page()
    page.goto(base_url + "/")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("[data-md-component=palette] label:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") != scheme
    chosen = page.locator("body").get_attribute("data-md-color-scheme")
    page.goto(base_url + "/en/parcours/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == chosen


@pytest.mark.parametrize(
    ("path", "file"),
    [
        ("/documents/depliant/", "depliant-e2c-allier.pdf"),
        ("/en/documents/charte/", "charter-e2c-france.pdf"),
    ],
)
def test_documents_download_under_the_policy(base_url, new_context, path, file):
    page = new_context(viewport=PHONE, accept_downloads=True).new_page()
    page.goto(base_url + path)
    with page.expect_download() as download:
        page.locator("a.md-button--primary[download]").first.click()
    assert download.value.suggested_filename == file
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_the_phone_share_sheet_gets_the_page_title_and_address(base_url, new_context):
    context = new_context(viewport=PHONE)
    # Chromium on Linux has no share sheet: stand in for the phone's.
    context.add_init_script(
        "navigator.share = (data) => { window.e2cShared = data; return Promise.resolve(); };"
    )
    page = context.new_page()
    page.goto(base_url + "/orienter-un-jeune/")
    page.get_by_role("button", name="Autres…").click()
    shared = page.evaluate("window.e2cShared")
    assert shared["url"] == "https://www.e2c-allier.fr/orienter-un-jeune/"
    assert shared["title"].startswith("Orienter un jeune")
