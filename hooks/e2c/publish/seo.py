"""What search engines and link previews read: alternates, structured data,
robots.txt and the preview image.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urljoin, urlsplit

_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([a-z-]+)">')
OG_SIZE = (1200, 630)
# Each language's locale in Open Graph's `og:locale` (overrides/main.html).
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def absolute_alternates(html: str, canonical: str, default_language: str) -> str:
    """hreflang links as absolute addresses, plus x-default (the default language)."""
    first = _ALTERNATE.search(html)
    if first is None:
        return html
    found = _ALTERNATE.findall(html)
    links = {language: urljoin(canonical, href) for href, language in found}
    tags = [f'<link rel="alternate" href="{url}" hreflang="{lang}">' for lang, url in links.items()]
    tags.append(f'<link rel="alternate" href="{links[default_language]}" hreflang="x-default">')
    html = _ALTERNATE.sub("", html)
    return html[: first.start()] + "\n".join(tags) + html[first.start() :]


def home_alternates(
    alternates: list[dict[str, str]], site_url: str, folders: dict[str, str]
) -> list[dict[str, str]]:
    """The language switcher's entries pointing at each language's home.

    The 404 page has no translation of its own: without this it would offer
    the translations of whichever page was built last. Links stay relative to
    the host, like Material's, so a local preview does not leave for production.
    """
    root = urlsplit(site_url).path.rstrip("/") + "/"
    return [
        {**entry, "link": root + (f"{folders[entry['lang']]}/" if folders[entry["lang"]] else "")}
        for entry in alternates
    ]


def breadcrumbs(
    page_url: str, folder: str, titles: dict[str, str | None], site_url: str, home: str
) -> list[tuple[str, str]]:
    """(title, absolute URL) from the language's home down to the page.

    `page_url` is the page's URL from the site's root (`en/documents/depliant/`),
    `titles` the titles of this language's pages by URL.
    """
    prefix = f"{folder}/" if folder else ""
    crumbs = [(home, site_url + prefix)]
    parts = [part for part in page_url.removeprefix(prefix).split("/") if part]
    for depth in range(1, len(parts) + 1):
        url = prefix + "/".join(parts[:depth]) + "/"
        title = titles.get(url)
        if title:
            crumbs.append((title, site_url + url))
    return crumbs


def json_ld(
    *,
    name: str,
    short_name: str,
    description: str,
    site_url: str,
    language: str,
    logo: str,
    breadcrumbs: list[tuple[str, str]],
    documents: list[tuple[str, str]],
) -> str:
    """schema.org data: the school, the page's breadcrumbs, its documents."""
    graph: list[dict[str, object]] = [
        {
            "@type": "EducationalOrganization",
            "@id": f"{site_url}#school",
            "name": name,
            "alternateName": short_name,
            "url": site_url,
            "description": description,
            "logo": logo,
        }
    ]
    if len(breadcrumbs) > 1:
        graph.append(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": i, "name": title, "item": url}
                    for i, (title, url) in enumerate(breadcrumbs, start=1)
                ],
            }
        )
    for title, url in documents:
        graph.append(
            {
                "@type": "DigitalDocument",
                "name": title,
                "url": url,
                "encodingFormat": "application/pdf",
                "inLanguage": language,
                "publisher": {"@id": f"{site_url}#school"},
            }
        )
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    safe = data.replace("</", "<\\/")  # "</" must not close the script element
    return f'<script type="application/ld+json">{safe}</script>'


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\n"


def write_robots_txt(site_dir: Path, site_url: str) -> None:
    (site_dir / "robots.txt").write_text(robots_txt(site_url), encoding="utf-8")


def write_preview_image(site_dir: Path, title: str, subtitle: str, cache_dir: Path) -> None:
    """The preview image at the address the pages' `og:image` gives."""
    target = site_dir / "assets" / "images" / "og-image.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(preview_image(title, subtitle, cache_dir), target)


def preview_image(title: str, subtitle: str, cache_dir: Path) -> Path:
    """The 1200x630 image link previews show, drawn with the site's colours."""
    # Everything the image's bytes depend on: a newer Pillow or font draws anew,
    # as a fresh clone would, instead of keeping an image no clone would make.
    font = FONT.read_bytes() if FONT.is_file() else b""
    drawn_by = f"{version('pillow')}\0{hashlib.sha256(font).hexdigest()}"
    key = hashlib.sha256(f"{title}\0{subtitle}\0{OG_SIZE}\0{drawn_by}".encode()).hexdigest()
    cached = cache_dir / f"og-{key}.png"
    if cached.exists():
        return cached
    from PIL import Image, ImageDraw, ImageFont  # only when drawing: a costly import

    image = Image.new("RGB", OG_SIZE, "#1b4d89")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, OG_SIZE[0], OG_SIZE[1]), fill="#a8400f")
    big = ImageFont.truetype(str(FONT), 120)
    small = ImageFont.truetype(str(FONT), 44)
    draw.text((80, 170), title, font=big, fill="#ffffff")
    draw.text((84, 360), subtitle, font=small, fill="#ffffff")
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(f".{os.getpid()}.tmp")  # builds may run side by side
    image.save(temporary, format="PNG", optimize=True)
    temporary.replace(cached)
    return cached
