"""The HTTP security headers of the site: the one source for every host; and
which files browsers keep for good (`cache_control`, `FINGERPRINTED`).

The build writes them into `_headers` (Netlify, Cloudflare Pages); the same
headers sit in `deploy/nginx.conf` between two marker lines, written by
`make nginx-conf` (`python -m e2c.publish.security_headers deploy/nginx.conf`), and a
test fails when the two differ.

One inline script is allowed, by its hash: the start script, the same on
every page (`page_start`). Material's are joined with ours into one file at
build (see `site_script`; the build stops on any other, see `inline_scripts`),
so the policy needs no `'unsafe-inline'`.

Hosts that send no headers of their own (GitHub Pages) still apply the policy:
every page carries it in a `<meta http-equiv>` element, first thing in its head
(`with_meta_policy`), minus what only a header can do (`HEADER_ONLY_DIRECTIVES`).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from e2c.publish import page_start

# The Content-Security-Policy, directive by directive. Styles, fonts and what
# the search worker fetches fall back to `default-src` (the worker itself to
# `script-src`): naming them would only make every response longer.
CONTENT_SECURITY_POLICY: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "script-src": ["'self'", page_start.policy_source()],
    # Material's icons are data: SVG images in its stylesheet.
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Features no page uses; the share sheet (web-share) and copying a link
# (clipboard-write) keep their default, this site only.
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb"]


# Directives a browser ignores in a policy given by a `<meta>` element (the
# CSP specification; Chromium says so in the console): headers only.
HEADER_ONLY_DIRECTIVES = frozenset({"frame-ancestors", "report-uri", "report-to", "sandbox"})


def _policy(directives: Mapping[str, list[str]]) -> str:
    return "; ".join(
        f"{directive} {' '.join(sources)}" for directive, sources in directives.items()
    )


def content_security_policy() -> str:
    return _policy(CONTENT_SECURITY_POLICY)


def meta_content_security_policy() -> str:
    """The same policy for a `<meta>` element: without what it cannot carry."""
    return _policy(
        {
            directive: sources
            for directive, sources in CONTENT_SECURITY_POLICY.items()
            if directive not in HEADER_ONLY_DIRECTIVES
        }
    )


META_POLICY = '<meta http-equiv="Content-Security-Policy"'
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.I)
_CHARSET = re.compile(r"<meta\s+charset\s*=[^>]*>", re.I)
# What the policy governs from the point it appears: it must come first.
_GOVERNED = re.compile(r"<(?:script|link|style|base)\b", re.I)


def meta_policy_element(policy: str) -> str:
    """`<meta http-equiv="Content-Security-Policy" content="…">`, its value escaped."""
    value = (
        policy.replace("&", "&amp;")
        .replace('"', "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )
    return f'{META_POLICY} content="{value}">'


def with_meta_policy(html: str, policy: str | None = None) -> str:
    """`html` with the policy (by default the site's) in a `<meta>` element,
    before anything it governs: right after `<meta charset>`, which must stay
    first, or right after `<head>`. A page that carries one already is kept."""
    head = _HEAD.search(html)
    if head is None:
        raise ValueError("the page has no <head> to put its Content-Security-Policy in")
    end = html.lower().find("</head>", head.end())
    end = len(html) if end < 0 else end
    if META_POLICY.lower() in html[head.end() : end].lower():
        return html
    at = head.end()
    charset = _CHARSET.search(html, head.end(), end)
    governed = _GOVERNED.search(html, head.end(), end)
    if charset and (governed is None or charset.end() <= governed.start()):
        at = charset.end()
    return html[:at] + meta_policy_element(policy or meta_content_security_policy()) + html[at:]


def security_headers() -> dict[str, str]:
    """Every security header, by name, sent with every response."""
    return {
        "Content-Security-Policy": content_security_policy(),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": ", ".join(f"{feature}=()" for feature in DENIED_FEATURES),
        "Cross-Origin-Opener-Policy": "same-origin",
        "X-Frame-Options": "DENY",
        # Ignored over plain HTTP; over HTTPS, browsers never use plain HTTP again.
        "Strict-Transport-Security": "max-age=31536000",
    }


# Caching. A file named by a hash of its bytes (the site's one script and one
# stylesheet, `site.<hash>.js` and `.css`; Material's `bundle.<hash>.min.js`)
# never changes: browsers keep it a year without asking, and a second page of
# a visit costs only its HTML. Everything else (pages, PDFs, images, search
# files) may change at any build: browsers check it on every use. nginx holds
# the same pattern in its `map` (deploy/nginx.conf; a test holds them equal).
_HASHED = r".+\.[0-9a-f]{8,}(\.min)?\.(js|css)$"
FINGERPRINTED = r"^/assets/" + _HASHED
CACHED_FOR_GOOD = "max-age=31536000, immutable"
REVALIDATED = "no-cache"


# Scripts and stylesheets named by a hash, the search worker's left out. Of
# the security headers they need only `nosniff` (run or applied only under
# their own type): the others act on documents (the policy, framing,
# referrers, features; HTTPS for good, which every page sets). nginx sends
# them those alone, 2 KB less on a first visit over HTTP/1.1. A worker's
# policy is its own response's: it keeps them all. `_headers` hosts speak
# HTTP/2, whose header compression makes repeated headers nearly free, and
# cannot take a header away: every file gets them all there.
STATIC_ASSETS = r"^/assets/(?!javascripts/workers/)" + _HASHED
STATIC_ASSET_HEADERS = ("X-Content-Type-Options",)


def fingerprinted_name(folder: str, stem: str, suffix: str, text: str) -> str:
    """`folder/stem.<hash>.suffix`: the name of a file of the site's own whose
    text never changes under it (`FINGERPRINTED`): another text, another name."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return f"{folder}/{stem}.{digest}.{suffix}"


def headers_for(path: str) -> dict[str, str]:
    """The security headers nginx sends with the file at a URL path."""
    headers = security_headers()
    if re.search(STATIC_ASSETS, path):
        return {name: headers[name] for name in STATIC_ASSET_HEADERS}
    return headers


def cache_control(path: str) -> str:
    """The Cache-Control of a URL path (`/assets/javascripts/site.0123abcd.js`)."""
    return CACHED_FOR_GOOD if re.search(FINGERPRINTED, path) else REVALIDATED


def fingerprinted_files(site_dir: Path) -> list[str]:
    """The URL paths of the built site's files named by a hash of their bytes."""
    paths = ("/" + file.relative_to(site_dir).as_posix() for file in site_dir.rglob("*"))
    return sorted(path for path in paths if re.search(FINGERPRINTED, path))


def write_headers_file(site_dir: Path) -> None:
    text = headers_file(security_headers(), fingerprinted_files(site_dir))
    (site_dir / "_headers").write_text(text, encoding="utf-8")


def headers_file(headers: dict[str, str], cached_for_good: list[str] | None = None) -> str:
    """The `_headers` file of Netlify and Cloudflare Pages: these headers on every
    path, and each of `cached_for_good` (URL paths) kept a year by browsers.

    Other files keep the host's own Cache-Control (on both hosts `public,
    max-age=0, must-revalidate`: checked on every use). One set on `/*` would
    not do: Cloudflare Pages joins the values of every rule that matches a path.
    """
    lines = ["# Made at build from hooks/e2c/publish/security_headers.py; do not edit.", "/*"]
    lines += [f"  {name}: {value}" for name, value in headers.items()]
    for path in cached_for_good or []:
        lines += [path, f"  Cache-Control: {CACHED_FOR_GOOD}"]
    return "\n".join(lines) + "\n"


BEGIN = (
    "# BEGIN security headers: made by 'make nginx-conf' from hooks/e2c/publish/security_headers.py"
)
END = "# END security headers"
# Found by its first words, so that a block naming an older path is still replaced.
_BLOCK = re.compile(
    rf"^(?P<indent>[ \t]*){re.escape(BEGIN.split(':')[0])}:[^\n]*\n.*?^[ \t]*{re.escape(END)}$",
    re.M | re.S,
)
_ADD_HEADER = re.compile(r'^\s*add_header\s+(\S+)\s+"((?:[^"\\]|\\.)*)"\s+always;', re.M)


def _add_header(name: str, value: str) -> str:
    if '"' in value or "$" in value:
        raise ValueError(f"{name}: nginx would misread a double quote or a $ in its value")
    return f'add_header {name} "{value}" always;'


def nginx_block(headers: dict[str, str], indent: str = "    ") -> str:
    """`add_header` lines, `always` so error pages (404) carry them too; then the
    location of STATIC_ASSETS, whose own `add_header` lines replace them all."""
    lines = [BEGIN, *(_add_header(name, value) for name, value in headers.items())]
    lines += [
        "# Scripts and stylesheets named by a hash: kept for good, and only the",
        "# header they need (STATIC_ASSETS in the module named above).",
        f'location ~ "{STATIC_ASSETS}" {{',
        "    " + _add_header("Cache-Control", CACHED_FOR_GOOD),
        *("    " + _add_header(name, headers[name]) for name in STATIC_ASSET_HEADERS),
        "}",
        END,
    ]
    return "\n".join(indent + line for line in lines)


def replace_nginx_block(conf: str, headers: dict[str, str]) -> str:
    """`conf` with its marked block of headers written afresh."""
    match = _BLOCK.search(conf)
    if match is None:
        raise ValueError(f"the lines '{BEGIN}' … '{END}' were not found")
    return conf[: match.start()] + nginx_block(headers, match.group("indent")) + conf[match.end() :]


# A location's opening brace ends its line (its regex may hold braces).
_LOCATION = re.compile(
    r"^[ \t]*location\s+(?P<match>.*?)\s*\{[ \t]*$(?P<body>.*?)^[ \t]*\}", re.M | re.S
)


def nginx_headers(conf: str, location: str | None = None) -> dict[str, str]:
    """The headers an nginx configuration adds with `add_header … always`: at
    the level of its server, or in the `location` given (`~ "^/assets/…"`)."""
    if location is None:
        return dict(_ADD_HEADER.findall(_LOCATION.sub("", conf)))
    for found in _LOCATION.finditer(conf):
        if found.group("match") == location:
            return dict(_ADD_HEADER.findall(found.group("body")))
    return {}


def headers_in_file(text: str, path: str = "/*") -> dict[str, str]:
    """The headers a `_headers` file sets by the rule for `path` (by default `/*`)."""
    return rules_in_file(text).get(path, {})


def rules_in_file(text: str) -> dict[str, dict[str, str]]:
    """Every rule of a `_headers` file: its path, and the headers it sets."""
    rules: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), {})
            continue
        if current is not None:
            name, _, value = line.strip().partition(":")
            current[name.strip()] = value.strip()
    return rules


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m e2c.publish.security_headers deploy/nginx.conf", file=sys.stderr)
        return 2
    path = Path(argv[0])
    path.write_text(
        replace_nginx_block(path.read_text(encoding="utf-8"), security_headers()), "utf-8"
    )
    print(f"{path}: security headers written.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
