"""Hard words, explained where they are first used.

On each page, the first use of each term of content/glossary.yml becomes a
link to its explanation, in a list at the end of the page's text ("Les mots
expliqués"), with a link back. It works by tap and by keyboard, and without
JavaScript. Not marked: words inside a link, a heading, a button, a form's
labels, code, or any element of class `e2c-no-terms` (the glossary page).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from e2c.content import icons
from e2c.content.interface import Words, escaped
from e2c.content.models import GlossaryFile, Term
from e2c.render.text import VOID_ELEMENTS

# Elements whose words are never marked: a link inside them would be a link in
# a link, a link in a heading's name, or a target too close to a form control.
_SKIPPED = frozenset(
    [
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "button",
        "label",
        "legend",
        "summary",
        "code",
        "pre",
        "kbd",
        "script",
        "style",
        "svg",
        "dfn",
        "abbr",
        "textarea",
        "select",
        "option",
        "title",
    ]
)
_TOKENS = re.compile(r"(<!--.*?-->|<[^>]+>)", re.S)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)\s*>", re.S)
_NO_TERMS = re.compile(r"""\bclass\s*=\s*["'][^"']*\be2c-no-terms\b""")

SECTION_ID = "mots-expliques"
PAGE = "mots-expliques.md"  # the glossary page, in docs/


def anchor(term: Term) -> str:
    return f"mot-{term.id}"


def _pattern(
    glossary: GlossaryFile, language: str
) -> tuple[re.Pattern[str], dict[str, Term]] | None:
    """One pattern for every form of every term, longest first, case-insensitive."""
    by_form = {}
    for term in glossary.terms:
        for form in term.forms(language):
            by_form[" ".join(form.casefold().split())] = term
    if not by_form:
        return None
    forms = sorted(by_form, key=len, reverse=True)
    # A space in a term matches any white space, the no-break ones included.
    alternatives = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.I), by_form


@dataclass(frozen=True)
class Marked:
    html: str
    terms: list[Term]  # in the order of their first use


def mark_first_uses(page_html: str, glossary: GlossaryFile, language: str) -> Marked:
    """The page with the first use of each term linked to its explanation."""
    found = _pattern(glossary, language)
    if found is None:
        return Marked(page_html, [])
    pattern, by_form = found
    used: list[Term] = []
    out: list[str] = []
    skipping: list[tuple[str, int]] = []  # (tag name, depth) of the skipped element we are in

    def link(match: re.Match[str]) -> str:
        term = by_form[" ".join(match.group(1).casefold().split())]
        if term in used:
            return match.group(0)
        used.append(term)
        return (
            f'<a class="e2c-term" id="{anchor(term)}-texte" href="#{anchor(term)}">'
            f"{match.group(0)}</a>"
        )

    for token in _TOKENS.split(page_html):
        tag = _TAG.fullmatch(token) if token.startswith("<") else None
        if tag:
            closing, name, attributes, self_closing = tag.groups()
            name = name.lower()
            if skipping:
                if name == skipping[-1][0] and name not in VOID_ELEMENTS and not self_closing:
                    depth = skipping[-1][1] + (-1 if closing else 1)
                    if depth == 0:
                        skipping.pop()
                    else:
                        skipping[-1] = (name, depth)
            elif (
                not closing
                and not self_closing
                and name not in VOID_ELEMENTS
                and (name in _SKIPPED or _NO_TERMS.search(attributes))
            ):
                skipping.append((name, 1))
            out.append(token)
        elif token.startswith("<") or skipping:
            out.append(token)
        else:
            out.append(pattern.sub(link, token))
    return Marked("".join(out), used)


def explanations(
    terms: list[Term],
    language: str,
    glossary_href: str | None,
    words: Words,
    pictogram: bool = False,
) -> str:
    """The page's words, explained, each with a link back to where it was used
    (on an easy-to-read page, with a pictogram beside the heading, as every part has);
    `words`, the interface's in `language`."""
    if not terms:
        return ""
    back, heading = escaped(words.glossary.back), escaped(words.glossary.heading)
    colon = "\u00a0: " if language == "fr" else ": "
    items = "".join(
        f'<dt id="{anchor(term)}"><dfn>{html.escape(term.term[language], quote=False)}</dfn></dt>'
        f"<dd><p>{html.escape(term.explanation[language], quote=False)}</p>"
        f'<p class="e2c-back"><a href="#{anchor(term)}-texte">{back}'
        f'<span class="e2c-visually-hidden">{colon}{html.escape(term.term[language], quote=False)}</span></a></p></dd>'
        for term in terms
    )
    picture = ""
    if pictogram:
        drawn = icons.labelled("material/book-alphabet", words.glossary.pictogram) or ""
        picture = drawn.replace('class="e2c-icon"', 'class="e2c-icon e2c-picto"', 1)
    more = (
        f'<p><a href="{html.escape(glossary_href)}">{escaped(words.glossary.all)}</a></p>'
        if glossary_href
        else ""
    )
    return (
        f'<section class="e2c-words e2c-no-terms" aria-labelledby="{SECTION_ID}">'
        f'<h2 id="{SECTION_ID}">{picture}{heading}</h2><dl>{items}</dl>{more}</section>'
    )


def _sort_key(text: str) -> str:
    """Alphabetical order as a reader expects it: é with e, case ignored."""
    plain = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


def glossary_list(glossary: GlossaryFile, language: str) -> str:
    """Every term and its explanation, in alphabetical order (the glossary page)."""
    terms = sorted(glossary.terms, key=lambda term: _sort_key(term.term[language]))
    items = "".join(
        f'<dt id="{term.id}"><dfn>{html.escape(term.term[language], quote=False)}</dfn></dt>'
        f"<dd>{html.escape(term.explanation[language], quote=False)}</dd>"
        for term in terms
    )
    return f'<dl class="e2c-glossary e2c-no-terms">{items}</dl>'
