"""The site's own stylesheet and scripts, minified once the build has copied
them: a phone on a slow line downloads the rules, not their comments.

Material's files come minified already; only ours (overrides/assets) are done.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

# Paths in the built site, as overrides/assets/ has them.
OWN_ASSETS = (
    "assets/stylesheets/e2c.css",
    "assets/javascripts/e2c.js",
    "assets/javascripts/eligibility.js",
)


def minified(path: str, text: str) -> str:
    if path.endswith(".css"):
        return str(rcssmin.cssmin(text))
    return str(rjsmin.jsmin(text))


def minify_own_assets(site_dir: Path) -> list[str]:
    """Minify each of our files the build wrote; the paths of those done."""
    done = []
    for path in OWN_ASSETS:
        file = site_dir / path
        if file.is_file():
            file.write_text(minified(path, file.read_text(encoding="utf-8")), encoding="utf-8")
            done.append(path)
    return done
