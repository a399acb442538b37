"""Files named by a hash, compressed once beside them for nginx's gzip_static."""

from __future__ import annotations

import gzip
import hashlib

from e2c.publish.precompress import compressed, precompress

TEXT = b"var a=1;" * 500 + b"function f(){return document.body}" * 50


def test_zopfli_gzip_reads_back_smaller_than_gzip_and_the_same_every_time():
    made = compressed(TEXT)
    assert gzip.decompress(made) == TEXT
    assert len(made) <= len(gzip.compress(TEXT, compresslevel=9))
    assert compressed(TEXT) == made  # no date in the header: reproducible builds


def test_each_file_gets_its_gz_and_the_cache_spares_compressing_again(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    script = site / "assets" / "javascripts" / "site.0123abcd.js"
    script.parent.mkdir(parents=True)
    script.write_bytes(TEXT)
    precompress(site, ["/assets/javascripts/site.0123abcd.js"], cache)
    gz = script.with_name("site.0123abcd.js.gz")
    assert gzip.decompress(gz.read_bytes()) == TEXT
    kept = cache / f"{hashlib.sha256(TEXT).hexdigest()}.gz"
    assert kept.read_bytes() == gz.read_bytes()
    kept.write_bytes(b"from the cache")
    precompress(site, ["/assets/javascripts/site.0123abcd.js"], cache)
    assert gz.read_bytes() == b"from the cache"
    assert sorted(p.name for p in cache.iterdir()) == [kept.name]  # no partial file left
