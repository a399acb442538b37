"""The ordinary edits a staff member makes, done on a copy of the project as the
guide (CONTRIBUTING.md) says, and what each must change on the built site.

Each edit reads today's files to find what to change, so it works whatever
content/ holds. Used by tests/build/test_staff_edits.py and the URL tests.
"""

from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from content_helpers import node_at, set_scalar, value_at
from e2c.content.formats import format_date, format_number
from e2c.content.interface import fill
from e2c.content.loading import load_content
from site_helpers import article_text, french_sources, page_file, slug


@dataclass
class Edit:
    """What an edit changed: text each language's page must now show, and
    text no page may show any more."""

    name: str
    shows: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (lang, slug)
    absent: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (lang, slug)
    gone: dict[str, list[str]] = field(default_factory=dict)  # language -> on no page
    addresses: dict[str, str] = field(default_factory=dict)  # old -> new


def condition_pages(project: Path) -> list[tuple[str, str]]:
    """(slug, key) of each page with the list of conditions: `condition`, or
    `condition_adviser` where the list speaks to advisers (`personne`)."""
    found = []
    for source in french_sources(project):
        text = (project / "docs" / source).read_text(encoding="utf-8")
        for match in re.finditer(r"<!-- e2c:eligibility-conditions ?(\w*) -->", text):
            found.append((slug(source), "condition_adviser" if match.group(1) else "condition"))
    return found


def pages_with_marker(project: Path, marker: str) -> list[str]:
    """The slugs of the pages that show a marker (`e2c:figures`)."""
    found = []
    for source in french_sources(project):
        if marker in (project / "docs" / source).read_text(encoding="utf-8"):
            found.append(slug(source))
    return found


def change_a_figure(project: Path) -> Edit:
    file = project / "content" / "figures.yml"
    figures = value_at(file, ("figures",))
    index = next(i for i, f in enumerate(figures) if not f.get("unit"))
    figure = figures[index]
    value, year = int(figure["value"]) + 1234, int(figure["year"]) + 1
    set_scalar(file, ("figures", index, "value"), str(value))
    set_scalar(file, ("figures", index, "year"), str(year))
    edit = Edit("a figure's value and year")
    for page in pages_with_marker(project, f"e2c:figures {figure['scope']}"):
        for language in ("fr", "en"):
            edit.shows[language, page] = [format_number(value, language), str(year)]
    return edit


CONTACT = {
    ("contact", "phone"): "04 70 20 30 40",
    ("contact", "email"): "accueil@exemple.fr",
    ("contact", "address"): "1 rue de l'Exemple, 03000 Moulins",
    ("legal", "publisher"): "Association Exemple",
    ("legal", "publisher_address"): "1 rue de l'Exemple, 03000 Moulins",
    ("legal", "director"): "Camille Exemple",
    ("legal", "host", "name"): "Hébergeur Exemple",
    ("legal", "host", "address"): "2 avenue de l'Exemple, 75000 Paris",
    ("legal", "host", "phone"): "01 23 45 67 89",
}


def fill_contact_and_legal(project: Path) -> Edit:
    file = project / "content" / "site.yml"
    for path, written in CONTACT.items():
        if not value_at(file, path):
            set_scalar(file, path, f'"{written}"' if ":" in written else written)
    if not value_at(file, ("contact", "opening_hours")):
        text = file.read_text(encoding="utf-8")
        text = re.sub(
            r"(?m)^  opening_hours:\s*$",
            "  opening_hours:\n    fr: du lundi au vendredi\n    en: Monday to Friday",
            text,
        )
        file.write_text(text, encoding="utf-8")
    edit = Edit("every contact and legal field filled")
    contact = value_at(file, ("contact",))
    legal = value_at(file, ("legal",))
    for language in ("fr", "en"):
        for page in pages_with_marker(project, "e2c:contact"):
            edit.shows[language, page] = [
                contact["email"],
                contact["phone"],
                contact["opening_hours"][language],
            ]
        for page in pages_with_marker(project, "e2c:legal"):
            edit.shows[language, page] = [legal["publisher"], legal["host"]["name"]]
    return edit


def lower_the_minimum_age(project: Path) -> Edit:
    """The first number rule of the self-check (the age) moves down by 2."""
    file = project / "content" / "eligibility.yml"
    criteria = value_at(file, ("criteria",))
    index = next(i for i, c in enumerate(criteria) if c["rule"]["type"] == "number")
    old = criteria[index]["rule"]["value"]
    new = old - 2
    set_scalar(file, ("criteria", index, "rule", "value"), str(new))
    edit = Edit("the minimum age lowered")
    criterion = criteria[index]
    name = f"{{{criterion['id']}}}"
    for language in ("fr", "en"):
        for page, key in condition_pages(project):
            edit.shows[language, page] = [criterion[key][language].replace(name, str(new))]
        said = [
            criterion[key][language].replace(name, str(old))
            for key in ("condition", "condition_adviser", "explanation", "where_to_turn", "reason")
            if name in criterion[key][language]
        ]
        edit.gone[language] = said + (
            [f"{old} {criterion['input']['unit']['fr']}"] if language == "fr" else []
        )
    return edit


def add_a_partner(project: Path) -> Edit:
    file = project / "content" / "partners.yml"
    kind = value_at(file, ("kinds",))[0]["id"]
    text = file.read_text(encoding="utf-8").rstrip("\n")
    file.write_text(
        text
        + f"""
  - id: mission-locale-exemple
    kind: {kind}
    name:
      fr: La mission locale d'Exempleville
      en: The Exempleville mission locale
    role:
      fr: Elle propose la candidature des jeunes qu'elle suit.
      en: It puts forward the applications of the young people it follows.
""",
        encoding="utf-8",
    )
    edit = Edit("a new partner")
    for page in pages_with_marker(project, "e2c:partners"):
        edit.shows["fr", page] = ["La mission locale d'Exempleville"]
        edit.shows["en", page] = ["The Exempleville mission locale"]
    return edit


def rename_a_page(project: Path) -> tuple[str, str]:
    """The page of the conditions ("Pour qui ?", the page the tests check most)
    gets a new name, its links and its menu entry follow (the guide's first
    steps); returns the old and new addresses."""
    docs = project / "docs"
    lists = set(pages_with_marker(project, "e2c:eligibility-conditions"))
    others = set(pages_with_marker(project, "e2c:eligibility-check"))
    others |= set(pages_with_marker(project, "e2c:share-text"))
    old = next(s for s in french_sources(project) if slug(s) in lists - others and "/" not in s)
    new = f"nouveau-{old}"
    for suffix in (".md", ".en.md"):
        (docs / old.replace(".md", suffix)).rename(docs / new.replace(".md", suffix))
    for page in docs.rglob("*.md"):
        # Links to the page as written from this one's folder (`../pour-qui.md`).
        folder = page.parent.relative_to(docs).as_posix()
        written, renamed = (posixpath.relpath(name, folder) for name in (old, new))
        text = page.read_text(encoding="utf-8")
        text = re.sub(rf"(?<![\w/.-]){re.escape(written)}", renamed, text)
        page.write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(rf": {re.escape(old)}$", f": {new}", text, flags=re.M), "utf-8")
    reading = project / "content" / "reading.yml"  # the guide's step 2, where it applies
    text = reading.read_text(encoding="utf-8")
    reading.write_text(re.sub(rf"(?<![\w/.-]){re.escape(old)}(?![\w.-])", new, text), "utf-8")
    return "/" + slug(old), "/" + slug(new)


def add_redirects(project: Path, old: str, new: str) -> None:
    """The lines `make check` gives, added under `redirects:`."""
    file = project / "content" / "redirects.yml"
    lines = "".join(f"  - from: {prefix}{old}\n    to: {prefix}{new}\n" for prefix in ("", "/en"))
    file.write_text(file.read_text(encoding="utf-8").rstrip("\n") + "\n" + lines, "utf-8")


def rename_a_page_with_its_redirect(project: Path) -> Edit:
    old, new = rename_a_page(project)
    add_redirects(project, old, new)
    edit = Edit("a renamed page with its redirect")
    edit.addresses = {old: new, f"/en{old}": f"/en{new}"}
    return edit


def change_accepted_answers(project: Path) -> Edit:
    """A choice rule that accepts several answers accepts one fewer."""
    file = project / "content" / "eligibility.yml"
    criteria = value_at(file, ("criteria",))
    index, criterion = next(
        (i, c)
        for i, c in enumerate(criteria)
        if c["rule"]["type"] == "choice" and len(c["rule"]["accept"]) > 1
    )
    dropped = criterion["rule"]["accept"][-1]
    kept = criterion["rule"]["accept"][:-1]
    text = file.read_text(encoding="utf-8")
    node = node_at(text, ("criteria", index, "rule", "accept"))
    written = "[" + ", ".join(f'"{a}"' for a in kept) + "]"
    file.write_text(text[: node.start_mark.index] + written + text[node.end_mark.index :], "utf-8")
    labels = {a["id"]: a["label"] for a in criterion["input"]["answers"]}
    edit = Edit("a criterion's accepted answers changed")
    lists = set(pages_with_marker(project, "e2c:eligibility-conditions"))
    # Pages with the list of conditions but not the form, where every answer is offered.
    only_lists = lists - set(pages_with_marker(project, "e2c:eligibility-check"))
    for language in ("fr", "en"):
        for page in lists:
            edit.shows[language, page] = [labels[kept[0]][language]]
        for page in only_lists:
            edit.absent[language, page] = [labels[dropped][language]]
    return edit


def record_easy_read_reviews(project: Path) -> Edit:
    """Readers with learning disabilities checked every easy page: the guide's line for each."""
    file = project / "content" / "reading.yml"
    pages = [easy["page"] for easy in value_at(file, ("easy_pages",))]
    for index in range(len(pages)):
        set_scalar(file, ("easy_pages", index, "review", "by"), "Groupe de relecture Facile")
        set_scalar(file, ("easy_pages", index, "review", "on"), "2026-10-01")
    edit = Edit("every easy page's review recorded")
    # The line's words: content/interface.yml, `easy_read` and `dates`.
    words = load_content(project / "content").interface
    for page in pages:
        for language in ("fr", "en"):
            on = format_date(date(2026, 10, 1), words[language])
            said = fill(
                words[language].easy_read.reviewed, by="Groupe de relecture Facile", date=on
            )
            edit.shows[language, slug(page)] = [said]
    return edit


EDITS: list[Callable[[Path], Edit]] = [
    change_a_figure,
    fill_contact_and_legal,
    lower_the_minimum_age,
    add_a_partner,
    rename_a_page_with_its_redirect,
    change_accepted_answers,
    record_easy_read_reviews,
]


def record_addresses(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """`make urls` after the build, as the guide says for a new or renamed page."""
    return run_module(project, "e2c.publish.addresses", "add", str(site))


def run_module(project: Path, module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(project / "hooks")},
        cwd=project,
        check=False,
    )


def visible_text(site: Path, language: str, page: str) -> str:
    html = page_file(site, language, page).read_text(encoding="utf-8")
    return " ".join(article_text(html).split())


def folded(text: str) -> str:
    """White space of any kind (French no-break spaces) as plain spaces."""
    return " ".join(str(text).split())


def yaml_text(file: Path) -> object:
    return yaml.safe_load(file.read_text(encoding="utf-8"))
