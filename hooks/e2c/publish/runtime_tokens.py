"""What the site's scripts add to a page as it runs, which no built page holds:
the classes, attributes and elements a rule of the stylesheet may ask for.

e2c.publish.stylesheet keeps Material's rules that need them. The scripts are
every file of assets/javascripts/ a page loads: Material's bundle and the
site's one script (Material's small inline scripts joined with ours,
overrides/assets/javascripts/).
tests/build/test_runtime_tokens.py reads them and fails on a class, attribute
or element one of them can add that is missing here: after an upgrade of
Material, add what it names, with what adds it.

A name ending in "-" or "_" is a prefix the script completes at run time
(`md-tag--` and a tag's type).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Classes: states (Material's header shadow, active link...),
# and the markup its bundle and our self-check write (search results, tables'
# scrolling wrapper, the verdict).
CLASSES = frozenset(
    {
        # Material's bundle: on <html> once it runs, and its focus-visible polyfill.
        "js",
        "focus-visible",
        "js-focus-visible",
        # Its states.
        "md-dialog--active",
        "md-header--shadow",
        "md-header__title--active",
        "md-nav__link--active",
        "md-nav__link--passed",
        "md-toggle--indeterminate",
        # The markup it writes: search results, tables' wrappers.
        "md-typeset",
        "md-icon",
        "md-search-result__article",
        "md-search-result__icon",
        "md-search-result__item",
        "md-search-result__link",
        "md-search-result__more",
        "md-search-result__terms",
        "md-typeset__scrollwrap",
        "md-typeset__table",
        "select",
        # Our self-check's verdict (eligibility.js), a colour per outcome.
        "e2c-verdict",
        "e2c-verdict--",
        "e2c-not-met",
        "e2c-come-back",
        "e2c-result-links",
        "e2c-motivation",
        "e2c-print-only",
        "e2c-result-actions",
        "md-button",
        "md-button--primary",
        # Ids it looks up by name (getElementById), which the scan cannot tell
        # from classes: harmless here.
        "e2c-check",
        "e2c-result",
        "e2c-rules",
        # The listen button's place given back where there is no voice (e2c.js).
        "e2c-listen--none",
    }
)

# Attributes set at run time to any value.
ATTRIBUTES = frozenset(
    {
        # Material's states and markup.
        "data-md-copying",
        "data-md-highlight",
        "data-md-score",
        "data-md-scrolllock",
        "data-md-switching",
        "data-md-type",
        "data-md-visible",
        "data-md-annotation-id",
        "data-clipboard-",
        "data-clipboard-target",
        "data-clipboard-text",
        "data-focus-visible-added",
        "data-js-focus-visible",
        "aria-controls",
        "aria-describedby",
        "aria-expanded",
        "aria-haspopup",
        "aria-hidden",
        "hidden",
        "href",
        "id",
        "name",
        "open",
        "readonly",
        "rel",
        "role",
        "src",
        "tabindex",
        "title",
        "type",
        # Ours: the header's buttons (e2c.js), the verdict (eligibility.js);
        # `lang`, as the scan reads e2c.js setting its voice's language.
        "aria-label",
        "lang",
        "data-e2c-toggle",
        "data-action",
        "data-colour",
        "data-criterion",
        "data-outcome",
    }
)

# Attributes a script sets whose rules are left out on purpose.
# `data-md-color-switching`: Material's palette puts it on <body> as it starts
# and takes it off a frame later, and its rule (`[data-md-color-switching] *`:
# no transition while the colours change) then makes the browser restyle every
# element of the page, twice or three times, in the task that runs its bundle:
# 20 to 40 ms on this machine, four times that on a cheap phone. Without the
# rule, a link's colour fades for 125 ms when a reader changes the palette.
LEFT_OUT_ATTRIBUTES = frozenset({"data-md-color-switching"})

# Attributes set at run time only to a value that an element of the page
# already carries: the palette toggle copies its chosen input's
# `data-md-color-*` onto <body>. Their values come from the built pages.
COPIED_ATTRIBUTES = frozenset({"data-md-color-"})

# Elements scripts create that a rule of the stylesheets names: Material's
# search results (with the words found, <mark>, and missing, <del>) and
# tooltips, our verdict.
ELEMENTS = frozenset(
    {
        "a",
        "aside",
        "button",
        "del",
        "details",
        "div",
        "h1",
        "h2",
        "h3",
        "li",
        "mark",
        "p",
        "span",
        "summary",
        "ul",
    }
)


@dataclass(frozen=True)
class Part:
    """A part of Material this site leaves off, and the classes its bundle adds
    only for it: their rules stay out of the stylesheet while the part is off.
    It is on when mkdocs.yml turns on one of its `features` or sets one of its
    `settings` (a dotted path: `extra.version`) or `plugins`, or when a built
    page holds one of its `markup` (Material's code blocks, content tabs)."""

    name: str
    classes: frozenset[str]
    features: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()
    plugins: frozenset[str] = frozenset()
    markup: frozenset[str] = frozenset()

    def is_on(self, config: Mapping[str, Any], features: Iterable[str], pages: str) -> bool:
        return (
            not self.features.isdisjoint(features)
            or any(_is_set(config, path) for path in self.settings)
            or any(name in (config.get("plugins") or {}) for name in self.plugins)
            or any(text in pages for text in self.markup)
        )


def _is_set(config: Mapping[str, Any], path: str) -> bool:
    value: Any = config
    for key in path.split("."):
        if not isinstance(value, Mapping) or not value.get(key):
            return False
        value = value[key]
    return True


# Found by reading the bundle: what creates each class, and what it waits for.
PARTS = (
    Part(
        "versions (mike)",
        frozenset(
            {
                "md-version",
                "md-version__alias",
                "md-version__current",
                "md-version__item",
                "md-version__link",
                "md-version__list",
            }
        ),
        settings=frozenset({"extra.version"}),
    ),
    Part(
        "tags",
        frozenset({"md-tag", "md-tag--", "md-tag-icon", "md-tags"}),
        plugins=frozenset({"tags", "material/tags"}),
    ),
    Part(
        "the repository's facts (stars, forks)",
        frozenset(
            {
                "md-source__fact",
                "md-source__fact--",
                "md-source__facts",
                "md-source__repository--active",
            }
        ),
        settings=frozenset({"repo_url"}),
    ),
    Part(
        "code blocks: copy button, annotations and their tooltips, diagrams",
        frozenset(
            {
                "md-annotation",
                "md-annotation-list",
                "md-annotation__index",
                "md-code__button",
                "md-code__button--active",
                "md-code__content",
                "md-code__nav",
                "md-tooltip",
                "md-tooltip--active",
                "md-tooltip__inner",
                "hll",
                "mermaid",
            }
        ),
        # Material acts on `pre > code`: a page's <pre> alone is plain text.
        markup=frozenset({"<code"}),
    ),
    Part(
        "tooltips on titles, footnotes and links",
        frozenset(
            {
                "md-tooltip",
                "md-tooltip--active",
                "md-tooltip--inline",
                "md-tooltip__inner",
                "md-tooltip2",
                "md-tooltip2--active",
                "md-tooltip2--bottom",
                "md-tooltip2--top",
                "md-tooltip2__inner",
            }
        ),
        features=frozenset(
            {"content.tooltips", "content.footnote.tooltips", "navigation.instant.preview"}
        ),
    ),
    Part(
        "content tabs",
        frozenset({"tabbed-button", "tabbed-labels--linked"}),
        markup=frozenset({"tabbed-set"}),
    ),
)


def classes_in_use(config: Mapping[str, Any], features: Iterable[str], pages: str) -> set[str]:
    """CLASSES, and those of the parts this site has turned on."""
    features = set(features)
    return set(CLASSES).union(
        *(part.classes for part in PARTS if part.is_on(config, features, pages))
    )
