"""The logo and the favicon written into the page as data: URIs."""

from __future__ import annotations

from urllib.parse import unquote

from e2c.publish.inline_images import inline_images, paths, svg_data_uri

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <title>E2C Allier</title>
  <rect width="64" height="64" fill="#1b4d89"/>
  <text x="32" y="36">E2C 100%</text>
</svg>
"""
URI = "data:image/svg+xml,svg"
LOGO = "assets/images/logo.svg"


def test_the_uri_holds_the_image_without_what_a_url_may_not():
    uri = svg_data_uri(SVG)
    assert uri.startswith("data:image/svg+xml,")
    text = unquote(uri.removeprefix("data:image/svg+xml,"))
    assert text == (
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><title>E2C Allier</title>"
        "<rect width='64' height='64' fill='#1b4d89'/><text x='32' y='36'>E2C 100%</text></svg>"
    )
    for character in '<>#" \n':
        assert character not in uri, character


def test_every_reference_to_the_image_is_replaced_at_any_depth():
    for root in ("", "./", "../", "../../../", "/", "/e2c/"):
        html = f'<link rel="icon" href="{root}{LOGO}"><a><img src="{root}{LOGO}" alt="logo"></a>'
        assert inline_images(html, {LOGO: URI}) == (
            f'<link rel="icon" href="{URI}"><a><img src="{URI}" alt="logo"></a>'
        ), root


def test_other_references_are_left_alone():
    html = (
        '<script type="application/ld+json">{"logo": "https://e2c.fr/assets/images/logo.svg"}'
        '</script><a href="../assets/images/logo.svg">the logo</a>'
        '<img src="../assets/images/other.svg" alt=""><img src="../x/assets/images/logo.svg">'
        '<link rel="preload" href="../assets/images/logo.svg">'
    )
    assert inline_images(html, {LOGO: URI}) == html


def test_the_images_are_those_mkdocs_yml_names_for_the_theme():
    theme = {"logo": LOGO, "favicon": "assets/images/favicon.svg", "icon": {"logo": "x"}}
    assert paths(theme) == [LOGO, "assets/images/favicon.svg"]
    assert paths({"logo": LOGO, "favicon": None}) == [LOGO]
