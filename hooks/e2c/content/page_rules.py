"""Rules on what a page of docs/ may hold: links that lead somewhere, no active HTML.

A link to a page that does not exist, or to an address the site does not
serve, would be published broken. Raw `<script>`, `<iframe>`, `<style>`,
`<object>`, `<embed>`, `on…=` attributes and `javascript:` links would run
code the site's security policy is there to forbid: the build itself must not
carry them past it. Code blocks and `code spans` are left out: what they
show is not run.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterator

from e2c.content.pages import FOLDERS, split_language
from e2c.content.problems import Problem

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,}).*?^\1\2[ \t]*$", re.S | re.M)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_INLINE_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_HREF = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
_FORBIDDEN_TAG = re.compile(r"<\s*(script|iframe|style|object|embed|frame|frameset|base)\b", re.I)
_HANDLER = re.compile(r"<[a-zA-Z][^>]*?\s(on[a-zA-Z]+)\s*=", re.S)
# The same in Markdown's attribute lists: `[x](y.md){ onclick="…" }`.
_ATTRIBUTE_LIST_HANDLER = re.compile(r"\{[^}\n]*?(?<![\w-])(on[a-zA-Z]+)\s*=")
_JAVASCRIPT_URL = re.compile(r"""(?:\(|=\s*["']?)\s*(javascript:)""", re.I)


def without_code(markdown: str) -> str:
    """`markdown` with code blocks and code spans blanked, lines kept in place."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return _CODE_SPAN.sub(blank, _FENCE.sub(blank, markdown))


def _line(text: str, offset: int, first_line: int) -> int:
    return first_line + text.count("\n", 0, offset)


def active_html(markdown: str, page: str, first_line: int) -> list[Problem]:
    """Raw HTML that would run code, refused with its line."""
    text = without_code(markdown)
    problems = []
    for match in _FORBIDDEN_TAG.finditer(text):
        tag = match.group(1).lower()
        problems.append(
            Problem(
                page,
                _line(text, match.start(), first_line),
                f"la balise <{tag}> est interdite dans une page : elle ferait exécuter ou "
                "charger du code que la politique de sécurité du site interdit. Retirez-la. "
                "Pour une vidéo ou un service externe, mettez un simple lien.",
                f"the <{tag}> tag is not allowed in a page: it would run or load code the "
                "site's security policy forbids. Remove it. For a video or an outside "
                "service, put a plain link.",
            )
        )
    handlers = [*_HANDLER.finditer(text), *_ATTRIBUTE_LIST_HANDLER.finditer(text)]
    for match in sorted(handlers, key=lambda m: m.start()):
        name = match.group(1)
        problems.append(
            Problem(
                page,
                _line(text, match.start(1), first_line),
                f"l'attribut « {name}= » est interdit : il exécute du code. Retirez-le.",
                f"the '{name}=' attribute is not allowed: it runs code. Remove it.",
            )
        )
    for match in _JAVASCRIPT_URL.finditer(text):
        problems.append(
            Problem(
                page,
                _line(text, match.start(1), first_line),
                "un lien « javascript: » est interdit : il exécute du code. Mettez une "
                "adresse de page à la place.",
                "a 'javascript:' link is not allowed: it runs code. Put a page address instead.",
            )
        )
    return problems


def _links(text: str) -> Iterator[tuple[str, int, bool]]:
    """Each link's target, its offset, and whether it is written in Markdown
    (MkDocs rewrites those to the page's address; raw HTML it leaves as is)."""
    for pattern, markdown in ((_INLINE_LINK, True), (_REFERENCE, True), (_HREF, False)):
        for match in pattern.finditer(text):
            yield match.group(1), match.start(1), markdown


def page_url(source: str) -> str:
    """The address of a page from its French source: `documents/charte.md` -> `/documents/charte/`."""
    stem = source.removesuffix(".md")
    folder = posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem
    return "/" if not folder else f"/{folder}/"


def address_of(source: str) -> str:
    """The address of a page from its source in any language:
    `documents/depliant.en.md` -> `/en/documents/depliant/`."""
    french, language = split_language(source)
    folder = FOLDERS[language]
    return (f"/{folder}" if folder else "") + page_url(french)


def _joined(base: str, path: str) -> str:
    joined = posixpath.normpath(posixpath.join(base, path)) if path else base
    joined = "/" + joined.lstrip("/")
    return joined + "/" if path.endswith("/") and not joined.endswith("/") else joined


def broken_links(
    markdown: str,
    page: str,
    first_line: int,
    pages: set[str],
    addresses: set[str],
    prefix: str,
    files: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Links to a page of docs/ that does not exist, or to an address the site does not serve.

    `page` is `docs/…`, `pages` the French sources (`pour-qui.md`), `addresses`
    every address the site serves, `prefix` the language's folder (`/en`),
    `files` the other files the site publishes (`assets/images/logo.svg`).
    """
    text = without_code(markdown)
    source = re.sub(r"\.[a-z]{2}\.md$", ".md", page.removeprefix("docs/"))
    folder = posixpath.dirname(source)
    url = f"{prefix}{page_url(source)}"
    problems = []

    def refuse(offset: int, fr: str, en: str) -> None:
        problems.append(Problem(page, _line(text, offset, first_line), fr, en))

    for target, offset, markdown_link in _links(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith(("#", "//")):
            continue  # another site, mail, phone, or a place in this page
        path = target.split("#", 1)[0].split("?", 1)[0]
        if path.endswith(".md"):
            wanted = posixpath.normpath(posixpath.join(folder, path))
            if not markdown_link:
                refuse(
                    offset,
                    f"le lien « {target} » est écrit en HTML : le site ne le change pas en "
                    f"adresse de page. Écrivez-le en Markdown : [le texte]({path}).",
                    f"the link '{target}' is written in HTML: the site does not turn it into "
                    f"a page's address. Write it in Markdown: [the text]({path}).",
                )
            elif re.search(r"\.[a-z]{2}\.md$", wanted):
                plain = re.sub(r"\.[a-z]{2}\.md$", ".md", path)
                refuse(
                    offset,
                    f"le lien « {target} » nomme la page d'une langue. Écrivez « {plain} » : "
                    "le site mène chaque lecteur à la page de sa langue.",
                    f"the link '{target}' names one language's page. Write '{plain}': the "
                    "site leads each reader to the page in their language.",
                )
            elif wanted not in pages:
                close = difflib.get_close_matches(wanted, sorted(pages), n=1, cutoff=0)
                # As written from this page's folder.
                example = posixpath.relpath(close[0], folder or ".") if close else "pour-qui.md"
                refuse(
                    offset,
                    f"le lien « {target} » mène à une page qui n'existe pas (docs/{wanted}). "
                    f"Corrigez-le avec le nom d'un fichier de docs/ : par exemple « {example} ».",
                    f"the link '{target}' leads to a page that does not exist (docs/{wanted}). "
                    f"Fix it with the name of a file of docs/: for example '{example}'.",
                )
            continue
        # A file beside the page (an image), as MkDocs finds it from a Markdown link.
        if markdown_link and _joined(folder, path).lstrip("/") in files:
            continue
        resolved = path if path.startswith("/") else _joined(url, path)
        if {resolved, f"{resolved}/"} & addresses or resolved.lstrip("/") in files:
            continue
        refuse(
            offset,
            f"le lien « {target} » mène à une adresse que le site ne sert pas ({resolved}). "
            "Pour une page du site, écrivez le nom de son fichier, par exemple "
            "« [Candidater](candidater.md) ».",
            f"the link '{target}' leads to an address the site does not serve ({resolved}). "
            "For a page of the site, write its file name, for example "
            "'[How to apply](candidater.md)'.",
        )
    return problems


_HEADING = re.compile(r"^(#{2,6})[ \t]+(.*?)[ \t]*$", re.M)
_EXPLICIT_ID = re.compile(r"\{[ \t]*#([a-z0-9]+(?:-[a-z0-9]+)*)[ \t]*\}$")


def heading_ids(markdown: str, page: str, first_line: int) -> tuple[list[str], list[Problem]]:
    """The explicit ids of a page's section headings, and the headings without one.

    Partners link to sections (`/pour-qui/#conditions`): an id written by hand
    does not change when the heading's wording does.
    """
    text = without_code(markdown)
    ids, problems = [], []
    for match in _HEADING.finditer(text):
        found = _EXPLICIT_ID.search(match.group(2))
        if found:
            ids.append(found.group(1))
            continue
        problems.append(
            Problem(
                page,
                _line(text, match.start(), first_line),
                "ce titre n'a pas d'identifiant. Ajoutez à la fin de la ligne « { #mot-cle } » "
                "(minuscules sans accents et tirets), le même dans la page de l'autre langue.",
                "this heading has no id. Add '{ #keyword }' at the end of the line (lower case "
                "without accents, and hyphens), the same in the other language's page.",
            )
        )
    return ids, problems


def twin_id_problems(page: str, ids: list[str], twin: str, twin_ids: list[str]) -> list[Problem]:
    """The two languages of a page must share their section ids, in the same order."""
    if ids == twin_ids:
        return []
    return [
        Problem(
            twin,
            1,
            f"les identifiants des titres ne sont pas les mêmes que dans {page} "
            f"({', '.join(ids) or '—'} contre {', '.join(twin_ids) or '—'}). Donnez aux "
            "titres des deux langues les mêmes « { #… } », dans le même ordre.",
            f"the headings' ids are not the same as in {page} ({', '.join(ids) or '—'} "
            f"against {', '.join(twin_ids) or '—'}). Give the headings of both languages the "
            "same '{ #… }', in the same order.",
        )
    ]
