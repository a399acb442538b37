"""What a script can add to a page as it runs, read from its text: the classes,
attributes and elements a rule of the stylesheet may ask for.

Read from the string literals and the calls of a script, minified or not
(Material's bundle is): generous on purpose, since a name missed here is a
rule the pruned stylesheet may lack. A name in selector position (`.md-x`,
`[data-md-x]`) is one the script looks for, not one it adds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LITERAL = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`")
# The site's and Material's class names, where a literal holds them as a name.
CLASS_NAME = re.compile(r"(?<![\w.#\[$-])((?:md|e2c)-[\w-]*)")
DATA_ATTRIBUTE = re.compile(r"(?<![\w.\[-])(data-[\w-]+)")
CLASS_CALL = re.compile(r"classList\.(?:add|toggle|replace)\(([^()]*)")
CLASS_SET = re.compile(r"(?:\bclassName\s*=|\bclass\s*:)\s*(\"[^\"]*\"|'[^']*'|`[^`]*`)")
MARKUP_CLASS = re.compile(r"\bclass=\\?[\"']([^\"'\\]*)")
# A literal read, not set: getAttribute("data-x").
READ = re.compile(r"(?:get|has|remove)Attribute\([^();]*$")
ATTRIBUTE_CALL = re.compile(r"(?:setAttribute|toggleAttribute)\(\s*[\"'`]([\w:-]+)")
MARKUP_TAG = re.compile(r"<([a-z][a-z0-9]*)\b")
# Two letters or more: `var t="` in a literal that a regular expression
# literal (/["'&<>]/) seems to open is no attribute.
MARKUP_ATTRIBUTE = re.compile(r"\s([a-z][\w:-]+)=\\?[\"']")
# A JSX-like factory, as Material's bundle calls it: x("div", {class: ..., role: ...}).
FACTORY_CALL = re.compile(
    r"(?<![\w$.])[\w$]{1,3}\(\"([a-z][a-z0-9]*)\",(\{(?:[^{}]|\$\{[^{}]*\})*\}|null)"
)
FACTORY_KEY = re.compile(r"(?:^\{|,)\s*(?:\"([\w-]+)\"|([A-Za-z_]\w*))\s*:")
CREATE_ELEMENT = re.compile(r"createElement\(\s*[\"'`]([a-z][\w-]*)")
# Properties that set the attribute of their name.
REFLECTED = re.compile(r"\.(hidden|open|disabled|title|tabIndex|type|dir|lang|rel|id)\s*=(?!=)")
DATASET = re.compile(r"\.dataset\.([A-Za-z]\w*)\s*=(?!=)")


@dataclass
class Added:
    """Everything a script can add."""

    classes: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    elements: set[str] = field(default_factory=set)


def _names(text: str) -> list[str]:
    """Class names in a class attribute's text; one cut by `${...}` or
    concatenation keeps its start, a prefix (`md-tag--`)."""
    return [name.split("${")[0] for name in re.split(r"[\s\"'`+]+", text) if name.split("${")[0]]


def scan(script: str) -> Added:
    added = Added()
    for match in LITERAL.finditer(script):
        literal = match.group(0)
        if READ.search(script[max(0, match.start() - 60) : match.start()]):
            continue
        added.classes |= set(CLASS_NAME.findall(literal))
        added.attributes |= set(DATA_ATTRIBUTE.findall(literal))
        if "<" in literal or literal[1:2] == " ":  # markup, or the rest of a tag
            added.attributes |= set(MARKUP_ATTRIBUTE.findall(literal))
            added.elements |= set(MARKUP_TAG.findall(literal))
            added.classes |= {n for text in MARKUP_CLASS.findall(literal) for n in _names(text)}
    for arguments in CLASS_CALL.findall(script):
        added.classes |= {n for lit in LITERAL.findall(arguments) for n in _names(lit)}
    for value in CLASS_SET.findall(script):
        added.classes |= set(_names(value))
    added.attributes |= set(ATTRIBUTE_CALL.findall(script))
    added.attributes |= {name.lower() for name in REFLECTED.findall(script)}
    added.attributes |= {
        "data-" + re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), name)
        for name in DATASET.findall(script)
    }
    for element, properties in FACTORY_CALL.findall(script):
        added.elements.add(element)
        added.attributes |= {(q or p).lower() for q, p in FACTORY_KEY.findall(properties)}
    added.elements |= set(CREATE_ELEMENT.findall(script))
    added.attributes -= {"class", "style"}  # classes counted apart; inline styles are not selectors
    return added
