"""What the site's scripts add to a page as it runs, which no built page holds:
the classes, attributes and elements a rule of the stylesheet may ask for.

e2c.publish.stylesheet keeps Material's rules that need them. The scripts are
every file of assets/javascripts/ a page loads: Material's bundle, the inline
scripts moved into files, ours (overrides/assets/javascripts/).
tests/build/test_runtime_tokens.py reads them and fails on a class, attribute
or element one of them can add that is missing here: after an upgrade of
Material, add what it names, with what adds it.

A name ending in "-" or "_" is a prefix the script completes at run time
(`md-tag--` and a tag's type).
"""

from __future__ import annotations

# Classes: states (Material's header shadow, active link, open tooltip...),
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
        "md-source__repository--active",
        "md-toggle--indeterminate",
        "md-tooltip--active",
        "md-tooltip--inline",
        "md-tooltip2--active",
        "md-tooltip2--bottom",
        "md-tooltip2--top",
        "md-code__button--active",
        "md-annotation-list",
        "tabbed-labels--linked",
        # The markup it writes: search results, tooltips, tables' wrappers,
        # code annotations and buttons, versions, tags, the repository's facts.
        "md-typeset",
        "md-icon",
        "md-search-result__article",
        "md-search-result__icon",
        "md-search-result__item",
        "md-search-result__link",
        "md-search-result__more",
        "md-search-result__terms",
        "md-tooltip",
        "md-tooltip__inner",
        "md-tooltip2",
        "md-tooltip2__inner",
        "md-typeset__scrollwrap",
        "md-typeset__table",
        "md-annotation",
        "md-annotation__index",
        "md-code__button",
        "md-code__content",
        "md-code__nav",
        "md-version",
        "md-version__alias",
        "md-version__current",
        "md-version__item",
        "md-version__link",
        "md-version__list",
        "md-tag",
        "md-tag--",
        "md-tag-icon",
        "md-tags",
        "md-source__fact",
        "md-source__fact--",
        "md-source__facts",
        "mermaid",
        "tabbed-button",
        "hll",
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
    }
)

# Attributes set at run time to any value.
ATTRIBUTES = frozenset(
    {
        # Material's states and markup.
        "data-md-copying",
        "data-md-color-switching",
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
