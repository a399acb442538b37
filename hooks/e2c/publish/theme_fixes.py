"""Corrections to the HTML that Material for MkDocs writes, one function per defect.

Each is a narrow, exact rewrite: if Material's markup changes, the rewrite
stops matching and the HTML validity and browser tests say so.
"""

from __future__ import annotations

import json
import re

from e2c.content.interface import Words, escaped

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def drop_checkbox_autocomplete(html: str) -> str:
    """`autocomplete` is not allowed on a checkbox (Nu HTML Checker error)."""
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)


_EMPTY_SKIP = re.compile(r'<div data-md-component="skip">\s*</div>')
_FIRST_H1_ID = re.compile(r'<h1 id="([^"]+)"')


def ensure_skip_link(html: str, words: Words) -> str:
    """Material writes its "skip to content" link only on pages with a table of
    contents; a page without one (the 404 page) gets one to its heading."""
    if not _EMPTY_SKIP.search(html):
        return html
    heading = _FIRST_H1_ID.search(html)
    if heading is None:
        raise ValueError("a page without a table of contents needs an <h1> with an id")
    label = escaped(words.page.skip_to_content)
    link = f'<a href="#{heading.group(1)}" class="md-skip">{label}</a>'
    return _EMPTY_SKIP.sub(f'<div data-md-component="skip">{link}</div>', html, count=1)


_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def name_search_dialog(html: str, words: Words) -> str:
    """A dialog needs an accessible name (axe rule aria-dialog-name)."""
    if _SEARCH_DIALOG not in html:
        raise ValueError("Material's search dialog was not found in the page")
    named = _SEARCH_DIALOG.replace(
        'role="dialog"', f'role="dialog" aria-label="{escaped(words.page.search_site)}"'
    )
    return html.replace(_SEARCH_DIALOG, named, 1)


def set_language_root(html: str, prefix: str) -> str:
    """Point Material's `base` at the language's root (`…/en/`).

    Material's search reads `<base>/search/search_index.json` and resolves
    result links against `base`; with the language root as base, each
    language searches its own index.
    """
    if not prefix:
        return html

    def rewrite(match: re.Match[str]) -> str:
        config = json.loads(match.group(2))
        config["base"] = f"{config['base'].rstrip('/')}/{prefix}/"
        return match.group(1) + json.dumps(config, ensure_ascii=False) + match.group(3)

    rewritten, count = _CONFIG.subn(rewrite, html, count=1)
    if count != 1:
        raise ValueError("Material's __config script was not found in the page")
    return rewritten


_HEADER_TITLE = re.compile(
    r'(<div class="md-header__topic">\s*<span class="md-ellipsis">)\s*(.*?)\s*(</span>)', re.S
)


def short_title_for_phones(html: str, short_name: str) -> str:
    """The header's title also in its short form ("E2C Allier"), which the
    stylesheet shows on a phone, where the school's full name is cut."""
    if not short_name:
        return html
    short = short_name.replace("&", "&amp;").replace("<", "&lt;")
    return _HEADER_TITLE.sub(
        lambda m: (
            f'{m.group(1)}<span class="e2c-title-long">{m.group(2)}</span>'
            f'<span class="e2c-title-short">{short}</span>{m.group(3)}'
        ),
        html,
        count=1,
    )


_PALETTE_FORM = re.compile(
    r'<form (class="md-header__option" data-md-component="palette")>(.*?)</form>', re.S
)
_SEARCH_FORM = re.compile(r'(<form class="md-search__form" name="search">)')


def palette_without_form(html: str) -> str:
    """The palette toggle is two radios that act at once, not a form to send:
    as a <form> without a submit button, it is an error to HTML_CodeSniffer
    (H32.2). Material's script finds it by `data-md-component`, whatever its tag."""
    return _PALETTE_FORM.sub(r"<div \1>\2</div>", html, count=1)


def search_form_never_sent(html: str, words: Words) -> str:
    """Search shows results as the reader types; its form is never sent. A
    form with one text field and no submit button is sent by Enter (a reload
    with the words in the address) and is an error to HTML_CodeSniffer
    (H32.2): a disabled default button, never shown, answers both."""
    label = escaped(words.page.search_site)
    button = f'<button type="submit" hidden disabled>{label}</button>'
    return _SEARCH_FORM.sub(lambda m: m.group(1) + button, html, count=1)


_TOC_TOGGLE = re.compile(r'<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">')


def drop_unused_toc_toggle(html: str) -> str:
    """A page whose sections are not listed (overrides/partials/toc.html) keeps
    Material's checkbox for the list, with no label: an error to
    HTML_CodeSniffer (H91, F68). Without a label it does nothing: it goes."""
    if 'for="__toc"' in html:
        return html
    return _TOC_TOGGLE.sub("", html, count=1)


_TOC_TITLE = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.S)


def toc_title_without_toggle(html: str) -> str:
    """A page outside the menu (not_in_nav) has no checkbox for its list of
    sections, yet Material's title of that list is a label for it: a label for
    nothing is invalid HTML. It becomes a plain title."""
    if 'id="__toc"' in html:
        return html
    return _TOC_TITLE.sub(r'<div class="md-nav__title">\1</div>', html, count=1)


def name_header_buttons(html: str, words: Words) -> str:
    """The names the site's script gives the buttons it makes of the header's menu
    and search labels (e2c.js), as attributes of those labels: the script holds
    no words of its own."""
    for toggle, name in (("__drawer", words.page.menu), ("__search", words.page.search)):
        label = f'<label class="md-header__button md-icon" for="{toggle}">'
        if label not in html:
            raise ValueError(f"Material's header label for {toggle} was not found in the page")
        named = label.replace(">", f' data-e2c-name="{escaped(name)}">')
        html = html.replace(label, named, 1)
    return html


def fix_page(html: str, words: Words, folder: str, short_name: str = "") -> str:
    """Every correction a built page needs, in the `words` of its language."""
    html = short_title_for_phones(html, short_name)
    html = ensure_skip_link(drop_checkbox_autocomplete(html), words)
    html = name_search_dialog(name_header_buttons(html, words), words)
    html = search_form_never_sent(palette_without_form(html), words)
    html = toc_title_without_toggle(drop_unused_toc_toggle(html))
    return set_language_root(html, folder)
