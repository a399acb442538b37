"""The site on a host that sends no headers of its own (GitHub Pages, where it
is published): every page carries the Content-Security-Policy itself, in a
`<meta>` element, and the policy bites there too.

Every browser test fails on a Content-Security-Policy violation (conftest's
`no_csp_violation`): visiting every page here proves none breaks under it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import CSP_VIOLATIONS, PHONE, site_with_injection
from e2c.publish.security_headers import meta_content_security_policy, security_headers
from static_server import serve_plain

pytestmark = pytest.mark.browser

SECURITY_HEADERS = [name.lower() for name in security_headers()]
META = 'meta[http-equiv="Content-Security-Policy"]'
# An inline script, and an inline event handler (an image that fails to load).
INJECTED = (
    "<script>window.e2cInjected = true;</script>"
    '<img alt="" src="data:," onerror="window.e2cHandlerRan = true">'
)


@pytest.fixture(scope="module")
def plain_url(site_dir: Path) -> Iterator[str]:
    with serve_plain(site_dir) as url:
        yield url


def test_every_page_works_under_its_own_policy(site_pages, plain_url, new_context):
    page = new_context(viewport=PHONE).new_page()
    problems: list[str] = []
    current = {"page": ""}
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and problems.append(f"{current['page']}: console: {message.text}")
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"{current['page']}: script error: {error}"))
    for site_page in site_pages:
        current["page"] = str(site_page)
        response = page.goto(plain_url + site_page.path, wait_until="networkidle")
        assert response is not None and response.ok, site_page
        sent = [name for name in SECURITY_HEADERS if name in response.headers]
        assert not sent, f"{site_page}: the plain server sent {sent}"
        policy = page.locator(META)
        assert policy.count() == 1, site_page
        assert policy.get_attribute("content") == meta_content_security_policy(), site_page
        # Material's scripts, joined into the site's one script, ran under it.
        assert page.evaluate("typeof window.__md_get === 'function'"), site_page
    assert not problems, "\n".join(problems)


@pytest.mark.csp_violations_expected
def test_an_injected_inline_script_is_blocked_and_reported(site_dir, tmp_path, new_context):
    copy = site_with_injection(site_dir, tmp_path / "site", "pour-qui/index.html", INJECTED)
    start = len(CSP_VIOLATIONS)
    with serve_plain(copy) as url:
        page = new_context(viewport=PHONE).new_page()
        response = page.goto(url + "/pour-qui/", wait_until="networkidle")
        assert response is not None
        assert "content-security-policy" not in response.headers
        ran = page.evaluate("window.e2cInjected === true")
        handler_ran = page.evaluate("window.e2cHandlerRan === true")
        material_ran = page.evaluate("typeof window.__md_get === 'function'")
        page.close()
    caused = CSP_VIOLATIONS[start:]
    assert not ran, "the injected script ran"
    assert not handler_ran, "the injected event handler ran"
    assert material_ran
    assert any("script-src-elem blocked inline" in text for text in caused), caused
    assert any("script-src-attr blocked inline" in text for text in caused), caused
    assert any(text.startswith("console:") for text in caused), caused
