"""The page `mkdocs serve` publishes in place of every page while staff mistakes
stop the site from being built.

`mkdocs build` stops on the mistakes. The preview cannot: a failed build leaves
its live-reload server waiting, the open page hangs and the message stays in the
terminal. So under `mkdocs serve` the build goes on and every page becomes this
one, in French as the report is; the server adds its live-reload script before
`</body>`, so once the file is fixed the next build brings the real page back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path

from e2c.content.pages import DEFAULT_LANGUAGE, FOLDERS
from e2c.content.problems import Problem

TITLE = "Le site ne peut pas être construit"
# For readers of a page in another language: the report itself stays in French.
NOTES = {
    "en": "The site cannot be built: fix the problems listed below (in French) "
    "and save the file; this page reloads by itself.",
}
# Plain and self-contained: the theme may be what a mistake breaks. Wraps
# long paths and words, so nothing scrolls sideways on a 360 px phone.
STYLE = """
:root { color-scheme: light dark; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 1rem; }
ol { padding-left: 1.5rem; }
li { margin: 0 0 1rem; overflow-wrap: anywhere; }
.where { display: block; font-weight: 700; }
"""


def shown_in_pages(command: str) -> bool:
    """Only the preview shows mistakes in its pages: `mkdocs build` (and CI) must fail."""
    return command == "serve"


def new_problems(known: Sequence[Problem], found: Iterable[Problem]) -> list[Problem]:
    """The problems of `found` not yet in `known`, in order, each once: each
    language's pass, and the page events after the checks, find some again."""
    new: list[Problem] = []
    for problem in found:
        if problem not in known and problem not in new:
            new.append(problem)
    return new


def language_of(path: str, folders: Mapping[str, str], default: str) -> str:
    """The language of a built file, from its path in the site (`en/ecole/index.html`)."""
    first = path.split("/", 1)[0]
    for language, folder in folders.items():
        if folder and folder == first:
            return language
    return default


def html(problems: Sequence[Problem], language: str) -> str:
    """The whole page: the heading, then each problem's file, line and what to do."""
    count = len(problems)
    items = "\n".join(
        f'<li><span class="where">{escape(p.where("fr"))}</span> {escape(p.fr)}</li>'
        for p in problems
    )
    note = NOTES.get(language)
    note_html = f'<p lang="{escape(language)}">{escape(note)}</p>\n' if note else ""
    return f"""<!doctype html>
<html lang="{escape(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{TITLE}</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1 lang="fr">{TITLE}</h1>
{note_html}<div lang="fr">
<p>{count} problème(s) à corriger. Corrigez le fichier indiqué et enregistrez-le :
cette page se recharge d'elle-même. Le même message est dans le terminal.</p>
<ol>
{items}
</ol>
</div>
</main>
</body>
</html>
"""


def show_in_every_page(problems: list[Problem], site_dir: Path) -> None:
    """Every page of the site becomes the page of the problems, in its language."""
    for page in site_dir.rglob("*.html"):
        path = page.relative_to(site_dir).as_posix()
        language = language_of(path, FOLDERS, DEFAULT_LANGUAGE)
        page.write_text(html(problems, language), encoding="utf-8")
