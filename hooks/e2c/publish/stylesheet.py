"""One stylesheet for every page: Material's two and ours, joined in the order
pages link them, Material's rules that no page can use taken out, minified,
and written once as a file named by a hash of its bytes.

A phone on a slow line fetches one file instead of three, and a part of
Material's rules: most of them style what this site never shows (code
blocks, tabs, admonitions, right-to-left text, colours it does not use).

A rule of Material's stays when one of its selectors could match: each
compound selector of it asks only for elements, classes, ids and attributes
(with their values) that a built page holds, in its markup or in markup it
carries as data for its scripts (the self-check's verdict), or that a script
adds as it runs (e2c.publish.runtime_tokens). States and parts (`:hover`,
`:not()`, `::before`) never rule a selector out; `:is()` and `:where()` do
when none of their selectors could match. `@media`, `@supports` and the like
keep what stays of what they hold, and go when nothing does; `@keyframes` and
`@font-face` stay when a rule kept names them. Our own stylesheet
(overrides/assets/stylesheets/e2c.css) is written for this site: none of its
rules go. From all three, custom properties that nothing reads go
(`without_unread_properties`).

tinycss2 reads the stylesheets. Reading Material's takes about a second, so
what it finds (each rule's selectors, what they ask for, its text) is kept in
.cache/stylesheets/, under a hash of the stylesheet and of this module.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from html import unescape
from itertools import pairwise
from pathlib import Path
from typing import Any

import tinycss2

from e2c.publish import runtime_tokens
from e2c.publish.minify import OWN_ASSETS
from e2c.publish.security_headers import fingerprinted_name

FOLDER = "assets/stylesheets"
CACHE = Path(".cache") / "stylesheets"
# `E2C_ONE_STYLESHEET=0` leaves the three stylesheets as Material links them:
# the site as it was, which tests/browser/test_pruned_styles_look_the_same.py
# compares with, screenshot by screenshot.
ENV = "E2C_ONE_STYLESHEET"


def wanted() -> bool:
    return os.environ.get(ENV, "1") != "0"


# -- what a stylesheet asks for: its outline ----------------------------------
#
# JSON, to be cached. A stylesheet is a list of items:
#   ["rule", [[selector text, vendor-specific, needs], ...], declarations text]
#   ["group", "@media screen", [items]]           (@media, @supports...)
#   ["keyframes", name, text] / ["font-face", family, text]
#   ["raw", text]                                 (any other at-rule, kept)
# `needs`: one list per compound selector of conditions, each one of
#   ["element", name], ["class", name], ["attribute", name, operator, value],
#   ["any", [needs, ...]]                         (:is(), :where())

Outline = list[list[Any]]
Needs = list[list[list[Any]]]

# At-rules holding rules, which stay as long as one of those does.
_GROUPS = {"media", "supports", "container", "layer", "document", "-moz-document", "scope"}
_COMBINATORS = {">", "+", "~", "||"}
# Pseudo-classes that take selectors and match when one of them does.
_ANY_OF = {"is", "where", "matches", "-webkit-any", "-moz-any"}


def outline(css: str) -> Outline:
    """What each rule of `css` asks for, and its text."""
    return _items(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))


def _items(rules: list[Any]) -> Outline:
    items: Outline = []
    for rule in rules:
        if rule.type == "error":
            raise ValueError(f"a stylesheet does not parse: {rule.message}")
        if rule.type == "qualified-rule":
            selectors = [
                [tinycss2.serialize(s), _vendor_specific(s), _needs(s)]
                for s in _split(rule.prelude, ",")
                if s
            ]
            items.append(["rule", selectors, tinycss2.serialize(rule.content)])
            continue
        if rule.type != "at-rule":
            continue
        keyword = rule.lower_at_keyword
        if keyword == "charset":
            continue  # one at the start of the joined file (see joined)
        if keyword == "import":
            raise ValueError("a stylesheet imports another: it cannot be joined")
        if keyword in _GROUPS and rule.content is not None:
            head = f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}".rstrip()
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            items.append(["group", head, _items(inner)])
        elif keyword.endswith("keyframes"):
            names = [t.value for t in rule.prelude if t.type in ("ident", "string")]
            items.append(["keyframes", names[0] if names else "", rule.serialize()])
        elif keyword == "font-face":
            items.append(["font-face", _font_family(rule.content), rule.serialize()])
        else:
            items.append(["raw", rule.serialize()])
    return items


def _font_family(content: list[Any] | None) -> str:
    for declaration in tinycss2.parse_declaration_list(content or [], True, True):
        if declaration.type == "declaration" and declaration.lower_name == "font-family":
            return str(tinycss2.serialize(declaration.value)).strip().strip("\"'")
    return ""


def _split(tokens: list[Any], separator: str) -> list[list[Any]]:
    """Tokens cut at each literal `separator`, white space trimmed."""
    parts: list[list[Any]] = [[]]
    for token in tokens:
        if token.type == "literal" and token.value == separator:
            parts.append([])
        elif token.type != "comment":
            parts[-1].append(token)
    return [_trim(part) for part in parts]


def _trim(tokens: list[Any]) -> list[Any]:
    start, end = 0, len(tokens)
    while start < end and tokens[start].type == "whitespace":
        start += 1
    while end > start and tokens[end - 1].type == "whitespace":
        end -= 1
    return tokens[start:end]


def _needs(selector: list[Any]) -> Needs:
    """What each compound selector of a complex selector asks for."""
    compounds: list[list[Any]] = [[]]
    for token in selector:
        if token.type == "whitespace" or (token.type == "literal" and token.value in _COMBINATORS):
            if compounds[-1]:
                compounds.append([])
        else:
            compounds[-1].append(token)
    return [_conditions(compound) for compound in compounds if compound]


def _conditions(compound: list[Any]) -> list[list[Any]]:
    if any(token.type == "literal" and token.value == "|" for token in compound):
        return []  # a namespace: no such selector here; kept
    conditions: list[list[Any]] = []
    after_colon = False
    for index, token in enumerate(compound):
        if after_colon:
            # A pseudo-class or pseudo-element: only a list of selectors counts.
            if token.type == "function" and token.lower_name in _ANY_OF:
                options = [_needs(option) for option in _split(token.arguments, ",") if option]
                conditions.append(["any", options])
            after_colon = token.type == "literal" and token.value == ":"  # `::before`
        elif token.type == "literal" and token.value == ":":
            after_colon = True
        elif token.type == "ident":
            previous = compound[index - 1] if index else None
            dotted = previous is not None and previous.type == "literal" and previous.value == "."
            conditions.append(["class" if dotted else "element", token.value])
        elif token.type == "hash":
            conditions.append(["attribute", "id", "=", token.value])
        elif token.type == "[] block":
            conditions += _attribute(token.content)
    return conditions


def _attribute(content: list[Any]) -> list[list[Any]]:
    tokens = [t for t in content if t.type not in ("whitespace", "comment")]
    if not tokens or tokens[0].type != "ident":
        return []  # a form not read here: asks for nothing
    if len(tokens) == 1:
        return [["attribute", tokens[0].value, None, ""]]
    if len(tokens) < 3 or tokens[1].type != "literal" or tokens[2].type not in ("ident", "string"):
        return []
    return [["attribute", tokens[0].value, tokens[1].value, tokens[2].value]]


def _vendor_specific(selector: list[Any]) -> bool:
    """A `:-webkit-…` or `::-moz-…` selector: a browser that does not know it drops
    the whole rule, so a list holding one is kept or dropped whole, never made
    valid by taking it out."""
    return any(
        before.type == "literal"
        and before.value == ":"
        and token.type in ("ident", "function")
        and (token.value if token.type == "ident" else token.name).startswith("-")
        for before, token in pairwise(selector)
    )


def outline_cached(css: str, cache: Path | None) -> Outline:
    """outline(css), from `cache` when it holds it."""
    if cache is None:
        return outline(css)
    key = hashlib.sha256(css.encode("utf-8") + Path(__file__).read_bytes()).hexdigest()[:24]
    file = cache / f"{key}.json"
    if file.is_file():
        cached: Outline = json.loads(file.read_text(encoding="utf-8"))
        return cached
    found = outline(css)
    cache.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps(found, separators=(",", ":")), encoding="utf-8")
    return found


def _cached(cache: Path | None, made_of: Iterable[str], make: Callable[[], str]) -> str:
    """make(), from `cache` when it holds what was made of the same texts."""
    if cache is None:
        return make()
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(Path(runtime_tokens.__file__).read_bytes())
    for text in made_of:
        digest.update(text.encode("utf-8") + b"\0")
    file = cache / f"{digest.hexdigest()[:24]}.css"
    if file.is_file():
        return file.read_text(encoding="utf-8")
    made = make()
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob("*.css"):  # only the last is worth keeping
        old.unlink()
    file.write_text(made, encoding="utf-8")
    return made


def valued_attributes(outlines: Iterable[Outline]) -> set[str]:
    """The attributes whose values a selector compares (lower case)."""
    names: set[str] = set()

    def visit_needs(needs: Needs) -> None:
        for compound in needs:
            for condition in compound:
                if condition[0] == "attribute" and condition[2] is not None:
                    names.add(condition[1].lower())
                elif condition[0] == "any":
                    for option in condition[1]:
                        visit_needs(option)

    def visit(items: Outline) -> None:
        for item in items:
            if item[0] == "rule":
                for _, _, needs in item[1]:
                    visit_needs(needs)
            elif item[0] == "group":
                visit(item[2])

    for items in outlines:
        visit(items)
    return names


# -- what the pages can hold ---------------------------------------------------

_TAG = re.compile(
    r"<([a-zA-Z][\w:-]*)((?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)\s*/?>"
)
_ATTRIBUTE = re.compile(r"([^\s\"'>/=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?")
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
_JSON_TYPE = re.compile(r"""type\s*=\s*["']?application/(?:ld\+)?json""", re.I)


@dataclass
class Markup:
    """Every name a selector may ask for that the site's pages can hold."""

    # The attributes whose values are recorded: those a selector compares.
    valued: set[str] = field(default_factory=set)
    elements: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    # Attribute name -> its values, lower case: HTML compares some values
    # without case, and no rule is dropped for a case.
    attributes: dict[str, set[str]] = field(default_factory=dict)
    # Set by scripts to any value: any value matches (a name ending in "-"
    # or "_": any attribute it starts).
    any_value: set[str] = field(default_factory=set)
    class_prefixes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self._any_value_prefixes = tuple(sorted(n for n in self.any_value if _is_prefix(n)))

    def add_page(self, html: str) -> None:
        """The tags of a page, and the markup its JSON data blocks carry for its
        scripts (the self-check's verdict), never the text of its scripts."""

        def data_only(match: re.Match[str]) -> str:
            if _JSON_TYPE.search(match.group(1)):
                for text in _strings(_json_or_none(match.group(2))):
                    if "<" in text:
                        self.add_page(text)
            return f"<script{match.group(1)}></script>"

        tags = _TAG.findall(_SCRIPT.sub(data_only, html))
        self.elements.update({name.lower() for name, _ in tags})
        # Every tag's attributes at once: a build reads some 15,000 tags.
        for name, double, single, bare in _ATTRIBUTE.findall(" ".join(a for _, a in tags)):
            name = name.lower()
            values = self.attributes.setdefault(name, set())
            if name == "class" or name in self.valued:
                value = double or single or bare
                value = unescape(value) if "&" in value else value
                if name == "class":
                    self.classes.update(value.split())
                if name in self.valued:
                    values.add(value.lower())

    def has(self, condition: list[Any]) -> bool:
        kind = condition[0]
        if kind == "element":
            return str(condition[1]).lower() in self.elements
        if kind == "class":
            name = str(condition[1])
            return name in self.classes or name.startswith(self.class_prefixes)
        if kind == "attribute":
            return self._has_attribute(str(condition[1]).lower(), condition[2], str(condition[3]))
        if kind == "any":
            return any(self.could_match(option) for option in condition[1])
        return True

    def _has_attribute(self, name: str, operator: str | None, value: str) -> bool:
        # Scripts change classes: a rare `[class…]` selector is kept.
        if name == "class" or name in self.any_value or name.startswith(self._any_value_prefixes):
            return True
        if name not in self.attributes:
            return False
        test = _OPERATORS.get(operator or "")
        if operator is None or test is None:
            return True
        wanted = value.lower()
        return any(test(seen, wanted) for seen in self.attributes[name])

    def could_match(self, needs: Needs) -> bool:
        return all(self.has(condition) for compound in needs for condition in compound)


_OPERATORS: dict[str, Callable[[str, str], bool]] = {
    "=": lambda seen, wanted: seen == wanted,
    "~=": lambda seen, wanted: wanted in seen.split(),
    "|=": lambda seen, wanted: seen == wanted or seen.startswith(wanted + "-"),
    "^=": lambda seen, wanted: bool(wanted) and seen.startswith(wanted),
    "$=": lambda seen, wanted: bool(wanted) and seen.endswith(wanted),
    "*=": lambda seen, wanted: bool(wanted) and wanted in seen,
}


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)


def _is_prefix(name: str) -> bool:
    return name.endswith(("-", "_"))


def site_markup(
    pages: Iterable[str],
    valued: set[str],
    *,
    classes: Iterable[str] = runtime_tokens.CLASSES,
    attributes: Iterable[str] = runtime_tokens.ATTRIBUTES,
    elements: Iterable[str] = runtime_tokens.ELEMENTS,
) -> Markup:
    """What the built pages hold, and what the scripts add as they run
    (`classes`, `attributes` set to any value, `elements`); the values of the
    `valued` attributes only."""
    markup = Markup(
        valued=valued,
        elements=set(elements),
        classes={name for name in classes if not _is_prefix(name)},
        any_value=set(attributes),
        class_prefixes=tuple(sorted(name for name in classes if _is_prefix(name))),
    )
    for html in pages:
        markup.add_page(html)
    return markup


# -- the stylesheet written ------------------------------------------------------------


def _kept_selectors(selectors: list[list[Any]], markup: Markup | None) -> str | None:
    """The selectors that could match, as text; None when none could."""
    if markup is None:
        return ",".join(text for text, _, _ in selectors)
    kept = [text for text, _, needs in selectors if markup.could_match(needs)]
    if not kept:
        return None
    if len(kept) < len(selectors) and any(vendor for _, vendor, _ in selectors):
        return ",".join(text for text, _, _ in selectors)
    return ",".join(kept)


def _rendered(items: Outline, markup: Markup | None, named: set[str] | None) -> Iterator[str]:
    """The text of what stays of `items`. @keyframes and @font-face: left out
    while `named` is None, then kept when it holds their name (lower case), or
    always without `markup`."""
    for item in items:
        kind = item[0]
        if kind == "rule":
            selectors = _kept_selectors(item[1], markup)
            if selectors is not None:
                yield f"{selectors}{{{item[2]}}}"
        elif kind == "group":
            inner = "".join(_rendered(item[2], markup, named))
            if inner:
                yield f"{item[1]}{{{inner}}}"
        elif kind in ("keyframes", "font-face"):
            if named is not None and (markup is None or item[1].lower() in named):
                yield item[2]
        else:
            yield item[1]


def _named(items: Outline) -> Iterator[tuple[str, str]]:
    """Each @keyframes' and @font-face's kind and name."""
    for item in items:
        if item[0] in ("keyframes", "font-face"):
            yield item[0], item[1]
        elif item[0] == "group":
            yield from _named(item[2])


def _mentions(text: str, name: str) -> bool:
    """Whether `text` names an animation or a font called `name`."""
    return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None


def joined(sheets: list[tuple[Outline, bool]], markup: Markup) -> str:
    """The stylesheets as one, in the same order: each outline pruned against
    `markup` when asked. Written as tinycss2 reads it: as minified as it was."""
    # What the rules kept say, before @keyframes and @font-face are decided.
    text = "".join(
        "".join(_rendered(items, markup if pruned else None, None)) for items, pruned in sheets
    ).lower()
    names = {
        name.lower()
        for items, _ in sheets
        for _, name in _named(items)
        if name and _mentions(text, name)
    }
    css = "".join(
        "".join(_rendered(items, markup if pruned else None, names)) for items, pruned in sheets
    )
    # One @charset, first, if anything needs it (Material's keyboard keys).
    return css if css.isascii() else f'@charset "UTF-8";{css}'


# -- custom properties nothing reads ---------------------------------------------------

_READ = re.compile(r"var\(\s*(--[\w-]+)")
_DECLARED = re.compile(r"(--[\w-]+)\s*:")


def without_unread_properties(css: str, elsewhere: str) -> str:
    """`css` without the custom properties that nothing reads: no `var()` of the
    stylesheet, and no page or script naming them (Material's bundle sets and
    reads a few by name). Most of Material's are icons and colours of parts this
    site leaves off, kept on `:root` by rules that stay. A property read only
    by another one that goes, goes too; a rule left empty goes."""
    while True:
        read = set(_READ.findall(css))
        unread = {n for n in _DECLARED.findall(css) if n not in read and n not in elsewhere}
        if not unread:
            return css
        rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
        shorter = "".join(_without(rules, unread))
        if shorter == css:
            return css  # a name that looks declared and is not: nothing more to take
        css = shorter


def _without(rules: list[Any], unread: set[str]) -> Iterator[str]:
    for rule in rules:
        if rule.type == "qualified-rule":
            items = tinycss2.parse_blocks_contents(rule.content, True, True)
            kept = _declarations(items, unread)
            if kept is None:
                yield rule.serialize()
            elif kept:
                yield f"{tinycss2.serialize(rule.prelude).strip()}{{{kept}}}"
        elif rule.type == "at-rule" and rule.lower_at_keyword in _GROUPS and rule.content:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            text = "".join(_without(inner, unread))
            if text:
                yield f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}{{{text}}}"
        else:
            yield rule.serialize()


def _declarations(items: list[Any], unread: set[str]) -> str | None:
    """The declarations without those of `unread`, as text; None when none goes."""
    declarations = [item for item in items if item.type == "declaration"]
    if len(declarations) < len(items) or not any(d.name in unread for d in declarations):
        return None  # nothing to take, or rules nested in it: left as it is
    return ";".join(
        f"{item.name}:{tinycss2.serialize(item.value).strip()}"
        + ("!important" if item.important else "")
        for item in declarations
        if item.name not in unread
    )


# -- the pages' links ---------------------------------------------------------------

_LINK = re.compile(
    r'(?P<indent>[ \t]*)<link rel="stylesheet" href="(?P<root>[^"]*?)'
    rf'(?P<path>{re.escape(FOLDER)}/[^"/]+\.css)">(?P<end>[ \t]*\n?)'
)


@dataclass(frozen=True)
class Links:
    """A page's links to the site's stylesheets: where they lead from (`../`,
    or the site's root path for the 404 pages, served at any depth) and the
    stylesheets, in order."""

    root: str
    paths: tuple[str, ...]


def links_of(html: str) -> Links | None:
    found = [(m.group("root"), m.group("path")) for m in _LINK.finditer(html)]
    if not found:
        return None
    roots = {root for root, _ in found}
    if len(roots) > 1:
        raise ValueError(f"a page links its stylesheets from different folders: {sorted(roots)}")
    return Links(found[0][0], tuple(path for _, path in found))


def with_one_link(html: str, href: str) -> str:
    """The page with its stylesheets' links replaced by one, where the first was."""
    done = False

    def replace(match: re.Match[str]) -> str:
        nonlocal done
        if done:
            return ""
        done = True
        return f'{match.group("indent")}<link rel="stylesheet" href="{href}">{match.group("end")}'

    return _LINK.sub(replace, html)


def file_name(css: str) -> str:
    return fingerprinted_name(FOLDER, "site", "css", css)


def publish(
    site_dir: Path,
    cache: Path | None = None,
    config: Mapping[str, Any] | None = None,
    features: Iterable[str] = (),
) -> str:
    """Join the stylesheets every page links into one file, link it instead,
    and remove them. Returns its path in the site.
    `config` and `features` (mkdocs.yml's, its theme's) tell which parts of
    Material are on (e2c.publish.runtime_tokens.PARTS)."""
    pages = {page: page.read_text(encoding="utf-8") for page in sorted(site_dir.rglob("*.html"))}
    linking = {page: links for page, html in pages.items() if (links := links_of(html))}
    if not linking:
        # Material's <link> written otherwise: three stylesheets would ship unnoticed.
        raise ValueError(f"no page links its stylesheets as {_LINK.pattern!r} expects")
    paths = {links.paths for links in linking.values()}
    if len(paths) > 1:
        raise ValueError(f"pages link different stylesheets: {sorted(paths)}")
    (sheets,) = paths
    texts = [(site_dir / path).read_text(encoding="utf-8") for path in sheets]
    scripts = [script.read_text(encoding="utf-8") for script in sorted(site_dir.rglob("*.js"))]
    classes = runtime_tokens.classes_in_use(config or {}, features, "".join(pages.values()))

    def pruned() -> str:
        # All come minified: Material's as it ships them, ours by the build
        # (e2c.publish.minify, which runs first).
        outlines = [outline_cached(text, cache) for text in texts]
        markup = site_markup(pages.values(), valued_attributes(outlines), classes=classes)
        # Ours (minify's OWN_ASSETS): none of its rules taken out (see above).
        sheets_kept = [(o, p not in OWN_ASSETS) for o, p in zip(outlines, sheets, strict=True)]
        return without_unread_properties(
            joined(sheets_kept, markup), "".join([*pages.values(), *scripts])
        )

    # Made again only when a stylesheet, a page, a script or this code changed.
    made_of = [*sheets, *texts, *sorted(classes), *pages.values(), *scripts]
    css = _cached(cache, made_of, pruned)
    name = file_name(css)
    (site_dir / name).write_text(css, encoding="utf-8")
    for page, links in linking.items():
        page.write_text(with_one_link(pages[page], links.root + name), encoding="utf-8")
    for path in sheets:
        for old in (site_dir / path, site_dir / f"{path}.map"):
            old.unlink(missing_ok=True)
    return name
