"""The public addresses of the site, and the redirects that keep old ones working.

`content/public-urls.txt` lists every address partners may link to: the pages
and documents of both languages. Every source of the site must serve each of
them, as the page itself or as a redirect declared in content/redirects.yml:
`make check` and the build refuse a lost one, before anything is built.
`make urls` adds a new page's address from a build and never removes one;
retiring an address is a separate, explicit step.

    python -m e2c.publish.addresses add SITE_DIR     record the new addresses of a built site
    python -m e2c.publish.addresses retire URL       take one address out of the list, on purpose
"""

from __future__ import annotations

import html
import posixpath
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from e2c.content.interface import InterfaceFile, Words, escaped
from e2c.content.page_rules import page_url
from e2c.content.pages import DEFAULT_LANGUAGE, FOLDERS
from e2c.content.problems import Problem
from e2c.content.yaml_source import Located
from e2c.publish.security_headers import with_meta_policy

if TYPE_CHECKING:
    from e2c.content.models import Redirect

ROOT = Path(__file__).resolve().parents[3]
# Beside the content it protects: a copy of the project carries it along.
LIST_NAME = "content/public-urls.txt"
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


def redirect_page(source: str, target: str, language: str, words: Words) -> str:
    """A page at `source` that sends the reader to `target`, without any script,
    under the site's policy like every page; `words`, the interface's in `language`."""
    href = posixpath.relpath(target, start=source.rstrip("/") or "/")
    href = href + "/" if target.endswith("/") and not href.endswith("/") else href
    title, link = escaped(words.moved.title), escaped(words.moved.link)
    safe = html.escape(href)
    return with_meta_policy(
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        f'<title>{title}</title>{REDIRECT_MARK} content="{html.escape(target)}">'
        f'<meta name="robots" content="noindex"><link rel="canonical" href="{safe}">'
        f'<meta http-equiv="refresh" content="0; url={safe}">'
        f'</head><body><p>{title}. <a href="{safe}">{link}</a></p></body></html>'
    )


def _not_a_page_to_redirect(url: str) -> tuple[str, str]:
    return (
        f"« {url} » est une page du site : elle ne peut pas être redirigée.",
        f"'{url}' is a page of the site: it cannot be redirected.",
    )


def _no_such_page(url: str) -> tuple[str, str]:
    return (
        f"la page « {url} » n'existe pas : corrigez l'adresse de destination.",
        f"the page '{url}' does not exist: fix the target address.",
    )


def redirect_problems(
    redirects: list[Redirect], pages: set[str], addresses: set[str], source: Located | None
) -> list[Problem]:
    """Before a build, what write_redirects would refuse: a redirect from one of the
    site's pages (`pages`), or to an address it does not serve (`addresses`)."""
    problems = []
    for index, redirect in enumerate(redirects):
        for key, wrong, words in (
            ("from", redirect.from_ in pages, _not_a_page_to_redirect(redirect.from_)),
            ("to", redirect.to not in addresses, _no_such_page(redirect.to)),
        ):
            if wrong:
                line = source.line_of(("redirects", index, key)) if source else 1
                problems.append(Problem("content/redirects.yml", line, *words))
    return problems


def write_redirects(
    site_dir: Path, redirects: list[Redirect], source: Located, words: InterfaceFile
) -> list[Problem]:
    """Write a redirect page at each old address, in its language's `words`; the
    problems that prevent one."""
    problems = []

    def problem(index: int, key: str, words: tuple[str, str]) -> None:
        line = source.line_of(("redirects", index, key))
        problems.append(Problem("content/redirects.yml", line, *words))

    for index, redirect in enumerate(redirects):
        existing = resolve(site_dir, redirect.from_, hops=0)
        if existing and REDIRECT_MARK not in existing.read_text(encoding="utf-8"):
            problem(index, "from", _not_a_page_to_redirect(redirect.from_))
        elif resolve(site_dir, redirect.to) is None:
            problem(index, "to", _no_such_page(redirect.to))
        else:
            language = "en" if redirect.from_.startswith("/en/") else "fr"
            relative = redirect.from_.lstrip("/")
            target = site_dir / relative
            target = target / "index.html" if redirect.from_.endswith("/") else target
            target.parent.mkdir(parents=True, exist_ok=True)
            page = redirect_page(redirect.from_, redirect.to, language, words[language])
            target.write_text(page, encoding="utf-8")
    return problems


def recorded_urls(root: Path = ROOT) -> list[str]:
    """The addresses recorded in the list of the project at `root`, in its order."""
    path = root / LIST_NAME
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def expected_addresses(
    french_pages: list[str], documents: dict[str, dict[str, str]], redirects: list[Redirect]
) -> set[str]:
    """Every address a build of these sources serves, known before any build.

    `french_pages` are the French sources (`pour-qui.md`); `documents`, each
    document's file name by language.
    """
    addresses = set()
    for language, folder in FOLDERS.items():
        prefix = f"/{folder}" if folder else ""
        addresses |= {f"{prefix}{page_url(page)}" for page in french_pages}
        addresses |= {f"{prefix}/documents/{files[language]}" for files in documents.values()}
    return addresses | {redirect.from_ for redirect in redirects}


def _language_of(url: str) -> str:
    folder = url.strip("/").split("/", 1)[0]
    return next((lang for lang, f in FOLDERS.items() if f and f == folder), DEFAULT_LANGUAGE)


def lost_addresses(
    recorded: list[str], expected: set[str], source: Located | None
) -> list[Problem]:
    """A problem for each recorded address no page serves any more, with the lines to add."""
    lost = [url for url in recorded if url not in expected]
    new = sorted(expected - set(recorded))
    line = source.line_of(("redirects",)) if source else 1
    problems = []
    for url in lost:
        language = _language_of(url)
        candidates = [u for u in new if _language_of(u) == language and u.endswith("/")]
        target = candidates[0] if len(candidates) == 1 else None
        lines = f"  - from: {url}\n    to: {target or '/nouvelle-adresse/'}"
        lines = "\n".join(f"      {line}" for line in lines.splitlines())
        guess = (
            ("", "")
            if target
            else (
                "\n    Remplacez « /nouvelle-adresse/ » par l'adresse de la page qui la remplace.",
                "\n    Replace '/nouvelle-adresse/' with the address of the page that replaces it.",
            )
        )
        problems.append(
            Problem(
                "content/redirects.yml",
                line,
                f"l'adresse « {url} » n'est plus servie, et des partenaires y ont des liens. "
                f"Ajoutez ces lignes sous « redirects: » :\n{lines}{guess[0]}\n"
                "    Pour retirer cette adresse exprès, voir « make retirer-adresse » "
                "dans CONTRIBUTING.md.",
                f"the address '{url}' is no longer served, and partners link to it. Add "
                f"these lines under 'redirects:':\n{lines}{guess[1]}\n"
                "    To retire this address on purpose, see 'make retirer-adresse' in "
                "CONTRIBUTING.md.",
            )
        )
    return problems


HEADER = (
    "# Every public address of the site: partners link to them. `make urls` adds the\n"
    "# new ones after a build and never removes one; `make retirer-adresse` retires\n"
    "# one on purpose. A page that moves gets a redirect in content/redirects.yml.\n"
)


def _write(urls: list[str]) -> None:
    (ROOT / LIST_NAME).write_text(HEADER + "\n".join(sorted(set(urls))) + "\n", encoding="utf-8")


def add(site_dir: Path) -> int:
    """Record the new addresses of a built site; refuse if a recorded one is lost."""
    if not site_dir.is_dir():
        print(f"Le dossier « {site_dir} » n'existe pas : lancez « make urls ».", file=sys.stderr)
        return 1
    recorded = recorded_urls()
    broken = [url for url in recorded if resolve(site_dir, url) is None]
    if not any(site_dir.rglob("*.pdf")):
        # A preview without WeasyPrint makes no PDF: their addresses are not lost.
        broken = [url for url in broken if not url.endswith(".pdf")]
        print(
            "Les PDF n'ont pas été faits sur cet ordinateur : leurs adresses sont gardées. "
            "(No PDF was made here: their addresses are kept.)"
        )
    if broken:
        for url in broken:
            print(
                f"L'adresse « {url} » n'est plus servie : ajoutez une redirection dans "
                f"content/redirects.yml (lancez « make check » : il donne les lignes). "
                f"(The address '{url}' is no longer served: add a redirect.)",
                file=sys.stderr,
            )
        return 1
    new = sorted(set(public_urls(site_dir)) - set(recorded))
    _write([*recorded, *new])
    for url in new:
        print(f"Adresse ajoutée (address added) : {url}")
    print(f"{len(recorded) + len(new)} adresses dans {LIST_NAME}.")
    return 0


def retire(url: str) -> int:
    """Take an address out of the list on purpose (partners' links to it will break)."""
    if not url:
        print(
            "Dites quelle adresse retirer : make retirer-adresse ADRESSE=/ancienne-page/ "
            "(say which address: ADRESSE=/old-page/)",
            file=sys.stderr,
        )
        return 2
    recorded = recorded_urls()
    if url not in recorded:
        print(
            f"« {url} » n'est pas dans {LIST_NAME} : rien à retirer. "
            f"('{url}' is not in the list: nothing to retire.)",
            file=sys.stderr,
        )
        return 1
    _write([u for u in recorded if u != url])
    print(
        f"Adresse retirée : {url}. Les liens des partenaires vers elle ne marcheront plus. "
        f"(Address retired: {url}.)"
    )
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "add":
        return add(Path(argv[1]))
    if len(argv) == 2 and argv[0] == "retire":
        return retire(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
