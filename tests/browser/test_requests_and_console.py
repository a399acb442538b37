"""Every page loads without a console error, a failed request or a request elsewhere."""

from __future__ import annotations

import pytest
from browsing import PHONE, SitePage
from nginx_server import serve

pytestmark = pytest.mark.browser


def load_problems(context, base_url: str, pages) -> list[str]:
    """What goes wrong while each page loads: errors, failures, other hosts."""
    page = context.new_page()
    problems: list[str] = []
    current = {"page": ""}

    def note(text: str) -> None:
        problems.append(f"{current['page']}: {text}")

    def on_request(request) -> None:
        if not request.url.startswith((base_url + "/", "data:", "blob:")):
            note(f"request to another host: {request.url}")

    def on_response(response) -> None:
        expected_404 = response.request.is_navigation_request() and "404" in current["page"]
        if response.status >= 400 and not expected_404:
            note(f"HTTP {response.status} for {response.url}")

    page.on("request", on_request)
    page.on("response", on_response)
    page.on("requestfailed", lambda request: note(f"failed request: {request.url}"))
    page.on("console", lambda message: message.type == "error" and note(f"console: {message.text}"))
    page.on("pageerror", lambda error: note(f"script error: {error}"))
    for site_page in pages:
        current["page"] = str(site_page)
        page.goto(base_url + site_page.path, wait_until="networkidle")
    page.close()
    return problems


def test_no_page_errs_fails_or_calls_another_host(site_pages, base_url, new_context):
    problems = load_problems(new_context(viewport=PHONE), base_url, site_pages)
    assert not problems, "\n".join(problems)


@pytest.mark.csp_violations_expected  # the policy blocks that font too
def test_a_font_from_another_host_would_be_caught(site_dir, new_context, tmp_path):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    font = '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
    (tmp_path / "index.html").write_text(html.replace("</head>", font + "</head>"), "utf-8")
    with serve(tmp_path) as url:
        problems = load_problems(new_context(viewport=PHONE), url, [SitePage("/", "fr")])
    assert any("request to another host: https://fonts.googleapis.com" in p for p in problems)
