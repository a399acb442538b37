"""Measures of plain language on a built page: its sentences, its rare words,
its readability score. Used by the build tests' gates and by `make bench`.

A page's text is its `<article>` (the share links, scripts and pictograms
left out), cut into blocks (a paragraph, a list item, a heading…), each block
into sentences.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pyphen
from e2c.render.text import VOID_ELEMENTS
from wordfreq import tokenize, zipf_frequency

# Words seen less often than this (Zipf scale: 3 is once per million words)
# are rare to a reader who struggles with text: the glossary must explain them.
RARE_BELOW = 3.5

_BLOCKS = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "caption",
        "figcaption",
        "legend",
        "label",
        "summary",
        "div",
        "section",
        "aside",
        "blockquote",
        "button",
        "br",
    ]
)
_LEFT_OUT = frozenset(["script", "style", "svg", "template", "noscript"])
# Not the page's text: the share links, the listen buttons, the line naming
# who reviewed an easy page, and the contact and legal fields (addresses,
# names and numbers staff write: data, not prose).
_LEFT_OUT_CLASSES = ("e2c-share", "e2c-listen", "e2c-review", "e2c-fields")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_LETTER = re.compile(r"\w", re.U)


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]
        self.left_out: list[tuple[str, int]] = []  # (tag, depth) of the element left out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_ELEMENTS:
            if tag == "br":
                self.blocks.append("")
            return
        if self.left_out:
            if tag == self.left_out[-1][0]:
                self.left_out[-1] = (tag, self.left_out[-1][1] + 1)
            return
        classes = (dict(attrs).get("class") or "").split()
        if tag in _LEFT_OUT or any(name in classes for name in _LEFT_OUT_CLASSES):
            self.left_out.append((tag, 1))
        elif tag in _BLOCKS:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.left_out:
            if tag == self.left_out[-1][0]:
                depth = self.left_out[-1][1] - 1
                self.left_out[-1] = (tag, depth)
                if depth == 0:
                    self.left_out.pop()
            return
        if tag in _BLOCKS:
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        if not self.left_out:
            self.blocks[-1] += data


def blocks(html: str) -> list[str]:
    """The blocks of text of the page's article, white space folded."""
    match = re.search(r"<article\b.*?</article>", html, flags=re.S)
    assert match, "the page has no <article>"
    parser = _Blocks()
    parser.feed(match.group(0))
    folded = (" ".join(block.split()) for block in parser.blocks)
    return [block for block in folded if _LETTER.search(block)]


def words_of(sentence: str) -> list[str]:
    """The words a reader reads: white-space separated, holding a letter or digit."""
    return [word for word in sentence.split() if _LETTER.search(word)]


def sentences(html: str) -> list[str]:
    """Every sentence of the article: blocks cut after . ! ? …"""
    found = []
    for block in blocks(html):
        found += [part for part in _SENTENCE_END.split(block) if words_of(part)]
    return found


@dataclass(frozen=True)
class SentenceLengths:
    average: float
    longest: str
    longest_words: int


def sentence_lengths(html: str) -> SentenceLengths:
    found = sentences(html)
    counts = [len(words_of(sentence)) for sentence in found]
    longest = max(range(len(found)), key=counts.__getitem__)
    return SentenceLengths(sum(counts) / len(counts), found[longest], counts[longest])


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def remove_phrases(text: str, phrases: Iterable[str]) -> str:
    """The text without the given words and phrases (case and spaces ignored)."""
    ordered = sorted({_fold(phrase) for phrase in phrases}, key=len, reverse=True)
    if not ordered:
        return text
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)
    return re.sub(rf"(?<![\w-])(?:{alternatives})(?![\w-])", " ", text, flags=re.I)


def _base_forms(word: str, language: str) -> list[str]:
    """The forms a reader knows the word by: its singular, its verb's infinitive.

    "définissez" is as easy as "définir", "apprentissages" as "apprentissage":
    word lists count each written form apart.
    """
    forms = [word]
    if word.endswith(("s", "x")):
        forms.append(word[:-1])
    if language == "fr":
        if word.endswith(("é", "ée", "és", "ées")):
            forms.append(word.rstrip("s").removesuffix("e"))
        for ending, infinitives in (
            ("issez", ("ir",)),
            ("isez", ("ire",)),
            ("enez", ("endre", "enir")),
            ("ez", ("er", "re", "ir")),
        ):
            if word.endswith(ending):
                forms += [word.removesuffix(ending) + end for end in infinitives]
                break
    else:
        for ending, replacements in (("ies", ("y",)), ("ing", ("", "e")), ("ed", ("", "e"))):
            if word.endswith(ending):
                forms += [word.removesuffix(ending) + end for end in replacements]
    return forms


def frequency(word: str, language: str) -> float:
    """How common the word is (Zipf scale), as its most common known form."""
    return max(zipf_frequency(form, language) for form in _base_forms(word, language))


# Addresses are not words to read: e-mail, web and domain names staff write.
_ADDRESSES = re.compile(
    r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|eu)\b"
)


def rare_words(text: str, language: str, explained: Iterable[str]) -> list[str]:
    """The rare words of the text that are not among `explained` (words or phrases)."""
    remaining = remove_phrases(_ADDRESSES.sub(" ", text), explained)
    rare = []
    for word in tokenize(remaining, language):
        if any(character.isdigit() for character in word) or len(word) < 3:
            continue
        if frequency(word, language) < RARE_BELOW and word not in rare:
            rare.append(word)
    return rare


def allowed_words(path: Path) -> list[str]:
    """A list of words, one a line, `#` starting a comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


# The French adaptation of Flesch's reading ease by Kandel and Moles (1958):
# higher is easier; 60-70 is plain French, above 80 easy.
def _syllables(word: str, dictionary: pyphen.Pyphen) -> int:
    plain = unicodedata.normalize("NFC", word.strip(".,;:!?…«»()\"'’"))
    return max(1, len(dictionary.positions(plain)) + 1)


def kandel_moles(found: list[str]) -> float:
    """The score of a text given as its sentences."""
    dictionary = pyphen.Pyphen(lang="fr_FR", left=1, right=1)
    words = [word for sentence in found for word in words_of(sentence)]
    syllables = sum(_syllables(word, dictionary) for word in words)
    return round(207 - 1.015 * len(words) / len(found) - 73.6 * syllables / len(words), 1)


def plain_text_sentences(text: str) -> list[str]:
    """The sentences of a plain text file: its lines, cut after . ! ? …"""
    found = []
    for line in text.splitlines():
        found += [part for part in _SENTENCE_END.split(line.strip()) if words_of(part)]
    return found
