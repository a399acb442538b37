"""The public addresses of the site, and the redirects that keep old ones working.

`tests/public-urls.txt` lists every address partners may link to: the pages
and documents of both languages. A build must serve each of them, as the page
itself or as a redirect declared in content/redirects.yml. `make urls`
rewrites the list from a build when a page is added on purpose.

    python -m e2c.urls write SITE_DIR     the list, from a built site
"""

from __future__ import annotations

import html
import posixpath
import re
import sys
from pathlib import Path

from e2c.problems import Problem
from e2c.yaml_source import Located

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "tests" / "public-urls.txt"
REDIRECT_MARK = '<meta name="e2c-redirect"'
_REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)"')


def public_urls(site_dir: Path) -> list[str]:
    """Every page (but the 404 pages) and every PDF of a built site, as URL paths."""
    urls = []
    for page in site_dir.rglob("index.html"):
        if REDIRECT_MARK in page.read_text(encoding="utf-8"):
            continue
        folder = page.parent.relative_to(site_dir).as_posix()
        urls.append("/" if folder == "." else f"/{folder}/")
    urls += [f"/{pdf.relative_to(site_dir).as_posix()}" for pdf in site_dir.rglob("*.pdf")]
    return sorted(urls)


def resolve(site_dir: Path, url: str, hops: int = 5) -> Path | None:
    """The file a host serves for `url`, following this site's redirect pages."""
    relative = url.lstrip("/")
    file = site_dir / relative / "index.html" if url.endswith("/") else site_dir / relative
    if not file.is_file():
        return None
    if file.name == "index.html" and hops:
        text = file.read_text(encoding="utf-8")
        if REDIRECT_MARK in text:
            target = _REFRESH.search(text)
            if not target:
                return None
            base = posixpath.dirname(url.rstrip("/")) if not url.endswith("/") else url
            new = posixpath.normpath(posixpath.join(base, html.unescape(target.group(1))))
            return resolve(site_dir, new + ("/" if target.group(1).endswith("/") else ""), hops - 1)
    return file


def redirect_page(source: str, target: str, language: str) -> str:
    """A page at `source` that sends the reader to `target`, without any script."""
    href = posixpath.relpath(target, start=source.rstrip("/") or "/")
    href = href + "/" if target.endswith("/") and not href.endswith("/") else href
    words = {
        "fr": ("Cette page a changé d'adresse", "Aller à la nouvelle page"),
        "en": ("This page has moved", "Go to the new page"),
    }[language]
    safe = html.escape(href)
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        f'<title>{words[0]}</title>{REDIRECT_MARK} content="{html.escape(target)}">'
        f'<meta name="robots" content="noindex"><link rel="canonical" href="{safe}">'
        f'<meta http-equiv="refresh" content="0; url={safe}">'
        f'</head><body><p>{words[0]}. <a href="{safe}">{words[1]}</a></p></body></html>'
    )


def write_redirects(site_dir: Path, redirects: list, source: Located) -> list[Problem]:
    """Write a redirect page at each old address; the problems that prevent one."""
    problems = []

    def problem(index: int, key: str, fr: str, en: str) -> None:
        line = source.line_of(("redirects", index, key))
        problems.append(Problem("content/redirects.yml", line, fr, en))

    for index, redirect in enumerate(redirects):
        existing = resolve(site_dir, redirect.from_, hops=0)
        if existing and REDIRECT_MARK not in existing.read_text(encoding="utf-8"):
            problem(
                index,
                "from",
                f"« {redirect.from_} » est une page du site : elle ne peut pas être redirigée.",
                f"'{redirect.from_}' is a page of the site: it cannot be redirected.",
            )
        elif resolve(site_dir, redirect.to) is None:
            problem(
                index,
                "to",
                f"la page « {redirect.to} » n'existe pas : corrigez l'adresse de destination.",
                f"the page '{redirect.to}' does not exist: fix the target address.",
            )
        else:
            language = "en" if redirect.from_.startswith("/en/") else "fr"
            relative = redirect.from_.lstrip("/")
            target = site_dir / relative
            target = target / "index.html" if redirect.from_.endswith("/") else target
            target.parent.mkdir(parents=True, exist_ok=True)
            page = redirect_page(redirect.from_, redirect.to, language)
            target.write_text(page, encoding="utf-8")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "write":
        print(__doc__, file=sys.stderr)
        return 2
    urls = public_urls(Path(argv[1]))
    LIST.write_text(
        "# Every public address of the site. Do not remove a line: declare a redirect in\n"
        "# content/redirects.yml instead. `make urls` rewrites this list after a build.\n"
        + "\n".join(urls)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(urls)} addresses written to {LIST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
