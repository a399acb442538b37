import pytest
from e2c.content.page_rules import (
    active_html,
    address_of,
    broken_links,
    heading_ids,
    page_url,
    twin_id_problems,
)

PAGES = {"index.md", "pour-qui.md", "documents.md", "documents/charte.md"}
ADDRESSES = {"/", "/pour-qui/", "/documents/", "/documents/charte/", "/en/", "/en/pour-qui/"}


def links(markdown: str, page: str = "docs/index.md", prefix: str = ""):
    return broken_links(markdown, page, 10, PAGES, ADDRESSES, prefix)


def test_links_to_pages_and_served_addresses_pass():
    markdown = (
        "[a](pour-qui.md) [b](pour-qui.md#conditions) [c](documents/charte.md)\n"
        "[d](/pour-qui/) [e](https://reseau-e2c.fr/) [f](#ici) [g](mailto:a@b.fr)\n"
        "[h]: pour-qui.md\n"
    )
    assert links(markdown) == []
    assert links("[x](../pour-qui.md) [y](../)", "docs/documents/charte.md") == []
    assert links("[x](pour-qui.md)", "docs/index.en.md", "/en") == []


def test_a_link_to_a_missing_page_names_its_line_and_a_close_page():
    [problem] = links("Texte.\n\n[Pour qui](pour-quoi.md)")
    assert problem.line == 12
    assert "docs/pour-quoi.md" in problem.fr and "« pour-qui.md »" in problem.fr


def test_an_address_the_site_does_not_serve_is_refused():
    [problem] = links("[x](/nulle-part/)")
    assert "ne sert pas (/nulle-part/)" in problem.fr
    assert links("[x](/en/pour-qui/)") == []
    [relative] = links("[x](pour-quoi/)", "docs/index.en.md", "/en")
    assert "(/en/pour-quoi/)" in relative.fr


def test_code_is_not_read_for_links_or_html():
    markdown = "`[x](absente.md)` and `<script>`\n\n```\n<iframe>\n[y](absente.md)\n```\n"
    assert links(markdown) == [] and active_html(markdown, "p.md", 1) == []


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        "<SCRIPT src=x></SCRIPT>",
        '<iframe src="https://example.org/">',
        "<style>p{}</style>",
        '<object data="x">',
        '<embed src="x">',
        '<div onclick="x()">',
        '<a href="javascript:alert(1)">x</a>',
        "[x](javascript:alert(1))",
    ],
)
def test_active_html_is_refused_with_its_line(html):
    problems = active_html(f"Texte.\n{html}\n", "docs/p.md", 4)
    assert problems and problems[0].line == 5
    assert "interdit" in problems[0].fr


def test_plain_html_is_allowed():
    markdown = '<div class="e2c-actions" markdown>\n[a](x.md){ .md-button }\n</div>\n<sup>er</sup>'
    assert active_html(markdown, "p.md", 1) == []


def test_headings_need_an_explicit_id_and_twins_share_them():
    ids, problems = heading_ids("## Un { #un }\n\n### Deux\n", "docs/p.md", 3)
    assert ids == ["un"] and [p.line for p in problems] == [5]
    assert twin_id_problems("a.md", ["un", "deux"], "a.en.md", ["un", "deux"]) == []
    [problem] = twin_id_problems("a.md", ["un", "deux"], "a.en.md", ["deux", "un"])
    assert problem.path == "a.en.md" and "les mêmes" in problem.fr


def test_page_url_follows_the_file_name():
    assert page_url("index.md") == "/"
    assert page_url("pour-qui.md") == "/pour-qui/"
    assert page_url("documents/charte.md") == "/documents/charte/"
    assert page_url("documents/index.md") == "/documents/"


def test_a_page_s_address_comes_from_its_source_in_either_language():
    assert address_of("index.md") == "/"
    assert address_of("index.en.md") == "/en/"
    assert address_of("pour-qui.md") == "/pour-qui/"
    assert address_of("documents/depliant.en.md") == "/en/documents/depliant/"
