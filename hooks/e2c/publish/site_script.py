"""The site's one script: Material's small inline scripts and ours, joined into
one file named by a hash of its bytes, which every page loads.

A phone fetches it once per visit and never again: every later page costs
only its HTML (the file is cached for good, see `security_headers`). Pages
do not link it: their start script (`page_start`) loads it, then Material's
bundle, once the page has shown, and sends DOMContentLoaded again when both
have run. What it holds, in order:

1. Material's storage-scope script (`__md_scope`, `__md_get`, `__md_set`),
   which it writes into each page's head with the page's way back to the
   site's root (`new URL("../..",location)`): five versions, one per depth.
   Here the root is found from the script's own address instead
   (`document.currentScript.src`), the same from every page. Nothing before
   Material's bundle reads the scope but the start script, which is given
   the page's own scope in a data- attribute.
2. Material's script that opens the content tab named in the address: it
   waits for DOMContentLoaded; its listener is added before Material's
   bundle adds its own, so it still runs first.
3. Ours, from overrides/assets/javascripts/: `e2c.js` (its fixes must be in
   place before Material's bundle starts) and `eligibility.js` (the
   self-check; it does nothing on a page without its form). Each is minified
   and kept in a function of its own.

Material's palette script, which sets the reader's palette on `<body>`
before the page shows, gives way to the start script, which does the same.
Material's other inline scripts (cookie consent, version warning, announce
bar) only come with features this site does not use; the build stops on any
left in a page (`inline_scripts`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from e2c.publish import page_start
from e2c.publish.minify import minified
from e2c.publish.security_headers import fingerprinted_name

FOLDER = "assets/javascripts"
# Ours, in the order they run; in the theme's assets/javascripts/ (overrides/).
OWN = ("e2c.js", "eligibility.js")
# From the joined file back to the site's root.
_TO_ROOT = "/".join([".."] * len(FOLDER.split("/")))

# Each begins with its tag: a pattern that begins with a literal is searched
# for fast (one that begins with `\s*` tries every space of the page).
_SCOPE = re.compile(
    r'<script>__md_scope=new URL\("(?P<scope>[^"]*)",location\)(?P<rest>,.*?)</script>', re.S
)
_PALETTE = re.compile(r"<script>(?P<code>var palette=__md_get\(.*?)</script>", re.S)
_BUNDLE = re.compile(
    r'<script src="(?P<src>[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>'
)
_TAB_ANCHOR = re.compile(
    r"<script>(?P<code>var target=document\.getElementById\(location\.hash\.slice\(1\)\).*?)"
    r"</script>",
    re.S,
)


@dataclass(frozen=True)
class SiteScript:
    """The joined file: its path from the site's root, its text, and the part
    that came from the pages (Material's scripts), which every page must share."""

    path: str
    text: str
    theme_code: str


def theme_code(html: str, root: str) -> str:
    """Material's inline scripts of the page that the joined file runs (the
    palette script is checked for, then left to the page's start script).

    `root` leads from the page to the site's root (`../../`, `./`, or the
    site's root path for the 404 pages, served at any depth)."""
    scope, palette, anchor = _SCOPE.search(html), _PALETTE.search(html), _TAB_ANCHOR.search(html)
    if scope is None or palette is None or anchor is None:
        raise ValueError(
            "Material's storage-scope, palette and tab-anchor scripts were not all found in the page"
        )
    if palette.start() < scope.end() or anchor.start() < palette.end():
        raise ValueError("Material's inline scripts are not in the order the joined file runs them")
    waiting = f'document.addEventListener("DOMContentLoaded",function(){{{anchor.group("code")}}});'
    return "\n".join(
        (
            f"__md_scope={_shared_scope(scope.group('scope'), root)}{scope.group('rest')};",
            waiting,
        )
    )


def _shared_scope(scope: str, root: str) -> str:
    """Material's scope, the same from any page: the site's root found from the
    script's own address; another absolute scope (`extra.scope`) as it is."""
    if posixpath.normpath(scope) == posixpath.normpath(root):
        return f'new URL("{_TO_ROOT}",document.currentScript.src)'
    if scope.startswith("/") or "://" in scope:
        return f'new URL("{scope}",location)'
    raise ValueError(
        f"Material's scope {scope!r} is neither the site's root nor the same everywhere"
    )


def theme_file(theme_dirs: Sequence[Path], path: str) -> Path:
    """A file of the theme as MkDocs finds it: overrides/ first, then Material."""
    for folder in theme_dirs:
        if (folder / path).is_file():
            return folder / path
    raise ValueError(f"{path} was not found in the theme's folders")


def own_sources(theme_dirs: Sequence[Path]) -> list[tuple[str, str]]:
    """Our scripts, name and text, from the theme's folders (overrides/)."""
    return [
        (name, theme_file(theme_dirs, f"{FOLDER}/{name}").read_text(encoding="utf-8"))
        for name in OWN
    ]


def joined(theme: str, own: Sequence[tuple[str, str]]) -> SiteScript:
    """Material's scripts, then ours, each of ours minified in a function of
    its own (their variables stay theirs); named by a hash of the bytes."""
    parts = [theme] + [f"(function(){{{minified(name, text).strip()}}})();" for name, text in own]
    text = "\n".join(parts) + "\n"
    return SiteScript(fingerprinted_name(FOLDER, "site", "js", text), text, theme)


def into_page(html: str, src: str) -> str:
    """The page without Material's scripts, inline or linked: its start script
    (`page_start`), where the palette script was, reads the palette under
    Material's storage scope of the page, then loads the joined file (`src`)
    and Material's bundle."""
    scope, bundles = _SCOPE.search(html), _BUNDLE.findall(html)
    if scope is None:
        raise ValueError("Material's storage-scope script was not found in the page")
    if len(bundles) != 1:
        raise ValueError(f"the page links Material's bundle {len(bundles)} times, not once")
    html = _cut(_BUNDLE, _cut(_TAB_ANCHOR, _cut(_SCOPE, html)))
    start = page_start.element(scope.group("scope"), [src, bundles[0]])
    return _PALETTE.sub(lambda _: start, html, count=1)


def _cut(pattern: re.Pattern[str], html: str) -> str:
    """`html` without the first match of `pattern` and the spaces before it."""
    found = pattern.search(html)
    if found is None:
        return html
    return html[: found.start()].rstrip() + html[found.end() :]


def write(script: SiteScript, site_dir: Path) -> None:
    target = site_dir / script.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(script.text, encoding="utf-8")


def remove_sources(site_dir: Path) -> None:
    """Our scripts as the theme copied them: every page loads them joined."""
    for name in OWN:
        (site_dir / FOLDER / name).unlink(missing_ok=True)
