"""What search engines and link previews read, on every page, in both languages."""

from __future__ import annotations

import json
import re
import struct
from html import unescape

import pytest
from site_helpers import PAGES, page_file

SITE = "https://www.e2c-allier.fr/"


def head(site_dir, language, slug) -> str:
    return page_file(site_dir, language, slug).read_text(encoding="utf-8").split("</head>")[0]


def meta(html: str, key: str) -> str:
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html)
    assert found, f"no {key}"
    return unescape(found.group(1))


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("slug", PAGES)
def test_canonical_hreflang_and_open_graph_are_absolute_and_right(site_dir, language, slug):
    html = head(site_dir, language, slug)
    own = SITE + ("en/" if language == "en" else "") + slug
    assert f'<link rel="canonical" href="{own}">' in html
    alternates = dict(
        (lang, href)
        for href, lang in re.findall(
            r'<link rel="alternate" href="([^"]+)" hreflang="([a-z-]+)">', html
        )
    )
    assert alternates == {"fr": SITE + slug, "en": SITE + "en/" + slug, "x-default": SITE + slug}
    assert meta(html, "og:url") == own
    assert meta(html, "og:locale") == ("en_GB" if language == "en" else "fr_FR")
    assert meta(html, "og:description") == meta(html, "description")
    assert meta(html, "og:image") == SITE + "assets/images/og-image.png"
    assert meta(html, "twitter:card") == "summary_large_image"


@pytest.mark.parametrize("folder", ["", "en/"])
def test_each_404_page_points_both_languages_at_their_homes(site_dir, folder):
    # The 404 page is built last: it used to offer the last page's translations.
    html = (site_dir / folder / "404.html").read_text(encoding="utf-8")
    alternates = re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([a-z-]+)">', html)
    assert alternates == [(SITE, "fr"), (SITE + "en/", "en"), (SITE, "x-default")]
    switcher = re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)" class="md-select__link">', html)
    assert switcher == [("/", "fr"), ("/en/", "en")]


def test_preview_image_is_ours_and_1200_by_630(site_dir):
    data = (site_dir / "assets" / "images" / "og-image.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 630)


def structured(site_dir, language, slug) -> list[dict]:
    html = head(site_dir, language, slug)
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S)
    assert found
    data = json.loads(found.group(1))
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("slug", PAGES)
def test_structured_data_names_the_school_and_the_way_to_the_page(site_dir, language, slug):
    graph = structured(site_dir, language, slug)
    school = next(item for item in graph if item["@type"] == "EducationalOrganization")
    assert school["url"] == SITE and school["name"] and school["logo"].startswith(SITE)
    crumbs = [item for item in graph if item["@type"] == "BreadcrumbList"]
    if slug:
        items = crumbs[0]["itemListElement"]
        assert [i["position"] for i in items] == list(range(1, len(items) + 1))
        assert items[-1]["item"] == SITE + ("en/" if language == "en" else "") + slug
        assert all(i["name"] for i in items)


def test_documents_page_describes_its_pdfs(site_dir):
    for language in ("fr", "en"):
        documents = [
            i
            for i in structured(site_dir, language, "documents/")
            if i["@type"] == "DigitalDocument"
        ]
        assert len(documents) == 2
        for document in documents:
            assert document["encodingFormat"] == "application/pdf"
            assert (site_dir / document["url"].removeprefix(SITE)).is_file()


def test_robots_txt_names_the_sitemap_which_lists_both_languages(site_dir):
    assert "Sitemap: https://www.e2c-allier.fr/sitemap.xml" in (site_dir / "robots.txt").read_text()
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    for page in PAGES:
        assert f"<loc>{SITE}en/{page}</loc>" in sitemap and f"<loc>{SITE}{page}</loc>" in sitemap
        assert f'hreflang="en" href="{SITE}en/{page}"' in sitemap
