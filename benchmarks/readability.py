"""French readability of the pages for young readers, beside the school's own
page the site was written from (../shared/seed/), so progress shows.

The score is Kandel and Moles' French adaptation of Flesch's reading ease:
higher is easier (60-70: plain French; above 80: easy). Words per sentence
are reported beside it.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

import common
from e2c.content.loading import load_content
from plain_language import kandel_moles, plain_text_sentences, sentences, words_of
from site_helpers import page_file, slug

SEED = Path(os.environ.get("E2C_SEED") or common.ROOT.parent / "shared" / "seed")


@dataclass(frozen=True)
class Readability:
    page: str
    kandel_moles: float
    words_per_sentence: float


def _score(page: str, found: list[str]) -> Readability:
    words = sum(len(words_of(sentence)) for sentence in found)
    return Readability(page, kandel_moles(found), round(words / len(found), 1))


def measure(site_dir: Path) -> list[Readability]:
    reading = load_content(common.ROOT / "content").reading
    pages = [*reading.trainee_pages, *(easy.page for easy in reading.easy_pages)]
    results = [
        _score(
            f"/{slug(page)}", sentences(page_file(site_dir, "fr", slug(page)).read_text("utf-8"))
        )
        for page in pages
    ]
    for seed in sorted(SEED.glob("*.txt")) if SEED.is_dir() else []:
        results.append(_score(f"seed: {seed.name}", plain_text_sentences(seed.read_text("utf-8"))))
    return results


def as_json(results: list[Readability]) -> list[dict]:
    return [asdict(result) for result in results]
