"""Every page offers plain share links that carry its own address and title."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from site_helpers import PAGES, page_file

EXPECTED = {"mailto", "sms", "wa.me", "www.facebook.com", "www.linkedin.com"}


def share_links(html: str) -> dict[str, dict[str, list[str]]]:
    block = re.search(r'<aside class="e2c-share".*?</aside>', html, flags=re.S)
    assert block, "no share links"
    links = {}
    for href in re.findall(r'<a class="e2c-share__link" href="([^"]+)"', block.group(0)):
        parts = urlsplit(unescape(href))
        links[parts.netloc or parts.scheme] = parse_qs(parts.query.lstrip("&"))
    return links


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("slug", PAGES)
def test_share_links_encode_the_page_url_and_title(site_dir, language, slug):
    html = page_file(site_dir, language, slug).read_text(encoding="utf-8")
    url = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    title = unescape(re.search(r"<title>([^<]+)</title>", html).group(1))
    links = share_links(html)
    assert set(links) == EXPECTED
    assert links["mailto"] == {"subject": [title], "body": [url]}
    assert links["sms"]["body"] == [f"{title} {url}"]
    assert links["wa.me"]["text"] == [f"{title} {url}"]
    assert links["www.facebook.com"]["u"] == [url]
    assert links["www.linkedin.com"]["url"] == [url]
    assert f'data-e2c-copy="{url}"' in html
