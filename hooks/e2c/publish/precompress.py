"""Files named by a hash of their bytes, compressed once and for all beside
them (`bundle.….min.js.gz`), smaller than a server compresses on the fly.

nginx sends the `.gz` file instead of compressing (`gzip_static on` in
deploy/nginx.conf). Zopfli writes gzip that any browser reads, 3 to 5 % smaller
than gzip's best (about 2 KB of a first visit: Material's bundle, the
stylesheet, the script), at a hundred times the time: these files never
change, so each is compressed once, kept in .cache/gzip/ under a hash of its
bytes, and only copied by later builds. Other hosts compress by themselves
and ignore the `.gz` files. Pages change at every build and are left to the
server.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import zopfli.gzip  # type: ignore[import-untyped]

CACHE = Path(".cache") / "gzip"
# Zopfli's passes: past 5, the files gain a few bytes for seconds more.
ITERATIONS = 5


def compressed(data: bytes) -> bytes:
    """`data` as gzip, made by Zopfli: the same bytes for the same data."""
    return bytes(zopfli.gzip.compress(data, numiterations=ITERATIONS))


def precompress(site_dir: Path, paths: list[str], cache: Path) -> None:
    """A `.gz` beside each of `paths` (URL paths of `site_dir`), from `cache` when
    it was made before."""
    cache.mkdir(parents=True, exist_ok=True)
    for path in paths:
        file = site_dir / path.lstrip("/")
        data = file.read_bytes()
        kept = cache / f"{hashlib.sha256(data).hexdigest()}.gz"
        if not kept.is_file():
            # Whole or not at all: builds of the tests may run side by side.
            partial = kept.with_name(f"{kept.name}.{os.getpid()}")
            partial.write_bytes(compressed(data))
            partial.replace(kept)
        file.with_name(file.name + ".gz").write_bytes(kept.read_bytes())
