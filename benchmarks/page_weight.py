"""Bytes and requests on the wire for every page, served by nginx as the
reference host serves it (deploy/nginx.conf: gzip, the same headers), on a
phone-sized Chromium: a first visit (nothing cached) and a repeat visit (the
page reached from another page of the same visit).

The measuring is tests/wire_weight.py's, which the browser test
tests/browser/test_page_weight.py holds to the same budget: at most 6
requests and 60 KB with HTTP/1.1 headers on a first visit (stretch: 50 KB),
and only the page itself on a repeat visit. Every request counts (anything a
script fetches at start too). Over HTTP/1.1, as here, every response repeats
its headers in full; over HTTP/2, as behind TLS, they are compressed and
nearly vanish after the first response.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import common  # noqa: F401  (puts tests/ and hooks/ on the path)
from wire_weight import (
    MAX_KB_WITH_HEADERS,
    MAX_REQUESTS,
    STRETCH_KB_WITH_HEADERS,
    PageWeight,
    Visit,
    kb,
    measure,
    page_paths,
)

__all__ = [
    "MAX_KB_WITH_HEADERS",
    "MAX_REQUESTS",
    "STRETCH_KB_WITH_HEADERS",
    "as_json",
    "measure",
    "page_paths",
]


def as_json(results: list[PageWeight]) -> list[dict]:
    """The first visit's figures at the top (as before the repeat visit was
    measured), the repeat visit's under `repeat`."""
    return [
        {
            "path": result.path,
            **asdict(result.first),
            "repeat": asdict(result.repeat),
            "within_budget": result.within_budget,
            "within_stretch": result.first.within_stretch,
        }
        for result in results
    ]


def _line(visit: Visit) -> str:
    return (
        f"{visit.requests:3} req {visit.kilobytes:6.1f} KB "
        f"({visit.with_headers_kilobytes:5.1f} with headers)"
    )


if __name__ == "__main__":
    import sys

    print(
        f"budget, first visit: {MAX_REQUESTS} requests, {MAX_KB_WITH_HEADERS} KB with headers "
        f"(stretch {STRETCH_KB_WITH_HEADERS} KB); repeat visit: the page alone"
    )
    for result in measure(Path(sys.argv[1])):
        flag = "" if result.within_budget else "  <- over budget"
        print(f"{result.path:34} first {_line(result.first)}  repeat {_line(result.repeat)}{flag}")
        for name, size in result.first.files:
            print(f"    {kb(size):6.1f} KB  {name}")
        for name, size in result.repeat.files:
            print(f"    {kb(size):6.1f} KB  {name}  (repeat)")
