"""Each mistake a staff member can make gets, from `make check` and from
`make build` alike, a French message naming the file, the line and what to
do; never a traceback, and the site already built stays as it was.

Every mistake is put into a copy of the project by parsing today's files, so
the tests follow the content as staff change it.
"""

from __future__ import annotations

import codecs
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from content_helpers import node_at, set_scalar
from e2c.content.models import FINDER_LINK
from site_helpers import ROOT, build, copy_project, french_sources, page_file, slug
from staff_edits import run_module

Mistake = Callable[[Path], tuple[str, int, str]]  # project -> (file, line, words)


def _append(page: Path, lines: str) -> int:
    """Add `lines` at the end of a page; the line of the first one."""
    text = page.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    page.write_text(text + lines + "\n", encoding="utf-8")
    return text.count("\n") + 1


def _a_page(project: Path) -> Path:
    return project / "docs" / next(s for s in french_sources(project) if s != "index.md")


def _save_in_latin1(file: Path) -> int:
    """Save `file` as an old editor would; the line of its first accented letter."""
    data = file.read_text(encoding="utf-8").encode("latin-1", errors="replace")
    file.write_bytes(data)
    return data[: next(i for i, b in enumerate(data) if b >= 0x80)].count(b"\n") + 1


def latin1_yaml(project: Path) -> tuple[str, int, str]:
    file = project / "content" / "objectives.yml"
    set_scalar(file, ("objectives", 0, "title", "fr"), "Réussir à l'école")
    return "content/objectives.yml", _save_in_latin1(file), "enregistrez le fichier en UTF-8"


def latin1_markdown(project: Path) -> tuple[str, int, str]:
    page = _a_page(project)
    _append(page, "Une phrase accentuée : été.")
    return f"docs/{page.name}", _save_in_latin1(page), "enregistrez le fichier en UTF-8"


def unclosed_quote_in_front_matter(project: Path) -> tuple[str, int, str]:
    page = _a_page(project)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("description: ", 'description: "Une page', 1), "utf-8")
    return f"docs/{page.name}", 2, "n'est pas fermé"


def link_to_a_missing_page(project: Path) -> tuple[str, int, str]:
    page = _a_page(project)
    line = _append(page, "[Une page](page-absente.md)")
    return f"docs/{page.name}", line, "mène à une page qui n'existe pas"


def link_to_an_address_not_served(project: Path) -> tuple[str, int, str]:
    page = _a_page(project)
    line = _append(page, "[Une adresse](/adresse-inconnue/)")
    return f"docs/{page.name}", line, "mène à une adresse que le site ne sert pas"


def _raw_html(tag: str) -> Mistake:
    def mistake(project: Path) -> tuple[str, int, str]:
        page = _a_page(project)
        line = _append(page, tag)
        return f"docs/{page.name}", line, "est interdit"

    mistake.__name__ = f"raw_html_{tag.split()[0].strip('<>')}"
    return mistake


def _count(written: str) -> Mistake:
    def mistake(project: Path) -> tuple[str, int, str]:
        file = project / "content" / "figures.yml"
        figures = node_at(file.read_text(encoding="utf-8"), ("figures",)).value
        # A count: a figure without a unit.
        index = next(
            i for i, f in enumerate(figures) if "unit" not in {k.value for k, _ in f.value}
        )
        line = set_scalar(file, ("figures", index, "value"), written)
        return "content/figures.yml", line, "17165"

    mistake.__name__ = f"count_written_{written.replace(' ', '_').strip(chr(34))}"
    return mistake


def heading_without_its_id(project: Path) -> tuple[str, int, str]:
    page = _a_page(project)
    line = _append(page, "## Un nouveau titre")
    return f"docs/{page.name}", line, "n'a pas d'identifiant"


def unclosed_quote_in_yaml(project: Path) -> tuple[str, int, str]:
    file = project / "content" / "objectives.yml"
    line = set_scalar(file, ("objectives", 0, "title", "fr"), '"Apprendre les bases')
    return "content/objectives.yml", line, "n'est pas fermé"


def page_left_out_of_the_menu(project: Path) -> tuple[str, int, str]:
    docs = project / "docs"
    for suffix, text in ((".md", "Une page."), (".en.md", "A page.")):
        (docs / f"page-oubliee{suffix}").write_text(
            f"---\ndescription: {text}\n---\n\n# Page\n\n{text}\n", encoding="utf-8"
        )
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.startswith("nav:"))
    return "mkdocs.yml", line, "n'est pas dans le menu"


def menu_title_without_translation(project: Path) -> tuple[str, int, str]:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = node_at(text, ("nav", 1))
    title = entry.value[0][0]
    start, end = title.start_mark.index, title.end_mark.index
    config.write_text(text[:start] + "Un titre nouveau" + text[end:], encoding="utf-8")
    return "mkdocs.yml", title.start_mark.line + 1, "n'a pas de traduction"


def empty_yaml_file(project: Path) -> tuple[str, int, str]:
    (project / "content" / "figures.yml").write_text("", encoding="utf-8")
    return "content/figures.yml", 1, "le fichier est vide"


def _contact(field: str, written: str, words: str) -> Mistake:
    def mistake(project: Path) -> tuple[str, int, str]:
        file = project / "content" / "site.yml"
        line = set_scalar(file, ("contact", field), written)
        return "content/site.yml", line, words

    mistake.__name__ = f"contact_{field}_not_one"
    return mistake


def web_address_not_one(project: Path) -> tuple[str, int, str]:
    file = project / "content" / "site.yml"
    line = set_scalar(file, ("website",), "www.e2c allier")
    return "content/site.yml", line, "https://"


def colon_in_a_menu_title(project: Path) -> tuple[str, int, str]:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    title = node_at(text, ("nav", 1)).value[0][0]
    start, end = title.start_mark.index, title.end_mark.index
    config.write_text(text[:start] + "Horaires : semaine" + text[end:], encoding="utf-8")
    return "mkdocs.yml", title.start_mark.line + 1, "YAML valide"


def menu_title_without_its_page(project: Path) -> tuple[str, int, str]:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = node_at(text, ("nav", 1))
    value = entry.value[0][1]
    start, end = value.start_mark.index, value.end_mark.index
    config.write_text(text[:start] + text[end:], encoding="utf-8")
    return "mkdocs.yml", entry.start_mark.line + 1, "ne mène à aucune page"


def redirect_to_nowhere(project: Path) -> tuple[str, int, str]:
    file = project / "content" / "redirects.yml"
    text = file.read_text(encoding="utf-8").rstrip("\n") + "\n"
    file.write_text(text + "  - from: /ancienne-page/\n    to: /page-inconnue/\n", "utf-8")
    return "content/redirects.yml", text.count("\n") + 2, "n'existe pas"


def redirect_from_a_page(project: Path) -> tuple[str, int, str]:
    file = project / "content" / "redirects.yml"
    text = file.read_text(encoding="utf-8").rstrip("\n") + "\n"
    page = "/" + slug(_a_page(project).relative_to(project / "docs").as_posix())
    file.write_text(text + f"  - from: {page}\n    to: /\n", "utf-8")
    return "content/redirects.yml", text.count("\n") + 1, "ne peut pas être redirigée"


def handler_in_an_attribute_list(project: Path) -> tuple[str, int, str]:
    page = _a_page(project)
    line = _append(page, '[Lien](index.md){ onclick="alert(1)" }')
    return f"docs/{page.name}", line, "est interdit"


def link_to_one_language_page(project: Path) -> tuple[str, int, str]:
    page = _a_page(project)
    line = _append(page, "[Accueil](index.en.md)")
    return f"docs/{page.name}", line, "nomme la page d'une langue"


def footer_link_renamed(project: Path) -> tuple[str, int, str]:
    """The link every footer offers, renamed: the build uses it before any page."""
    file = project / "content" / "links.yml"
    text = file.read_text(encoding="utf-8")
    index = next(
        i
        for i, link in enumerate(node_at(text, ("links",)).value)
        if any(k.value == "id" and v.value == FINDER_LINK for k, v in link.value)
    )
    set_scalar(file, ("links", index, "id"), "trouver-une-mission-locale")
    # The message names the list the link is missing from.
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.startswith("links:"))
    return "content/links.yml", line, "remettez son identifiant"


MISTAKES: list[Mistake] = [
    colon_in_a_menu_title,
    menu_title_without_its_page,
    redirect_to_nowhere,
    redirect_from_a_page,
    handler_in_an_attribute_list,
    link_to_one_language_page,
    latin1_yaml,
    latin1_markdown,
    unclosed_quote_in_front_matter,
    link_to_a_missing_page,
    link_to_an_address_not_served,
    *(
        _raw_html(tag)
        for tag in (
            "<script>alert(1)</script>",
            '<iframe src="https://example.org/"></iframe>',
            "<style>body { display: none }</style>",
            '<object data="x.swf"></object>',
            '<embed src="x.swf">',
            '<p onclick="alert(1)">Texte</p>',
        )
    ),
    *(_count(written) for written in ("17.165", "17 165", '"17,165"')),
    heading_without_its_id,
    unclosed_quote_in_yaml,
    page_left_out_of_the_menu,
    menu_title_without_translation,
    empty_yaml_file,
    _contact("phone", "04 70 12", "numéro de téléphone"),
    _contact("email", "contact@e2c", "adresse de courriel"),
    web_address_not_one,
    footer_link_renamed,
]


@pytest.fixture(scope="module")
def built_project(tmp_path_factory) -> Path:
    """A copy of the project with `make build` run once: site/ is the published site."""
    project = copy_project(tmp_path_factory.mktemp("built") / "project", with_cache=True)
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        shutil.copy2(ROOT / name, project / name)
    shutil.copytree(ROOT / ".ci", project / ".ci")
    (project / ".venv").symlink_to(ROOT / ".venv")
    result = make(project, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def make(project: Path, target: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MAKEFLAGS": "", "LANGUE": "fr"}
    return subprocess.run(
        ["make", target], cwd=project, env=env, capture_output=True, text=True, check=False
    )


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.__name__)
def test_a_mistake_gets_the_same_french_message_from_check_and_build(
    mistake, built_project, tmp_path
):
    project = tmp_path / "project"
    shutil.copytree(built_project, project, symlinks=True)
    before = snapshot(project / "site")
    file, line, words = mistake(project)
    where = f"{file}, ligne {line}"

    check = make(project, "check")
    build_ = make(project, "build")
    for name, result in (("make check", check), ("make build", build_)):
        output = result.stdout + result.stderr
        assert result.returncode != 0, f"{name} accepted it:\n{output}"
        assert "Traceback" not in output, output
        assert where in output, f"{name} does not name {where}:\n{output}"
        assert words.casefold() in output.casefold(), f"{name} does not say {words!r}:\n{output}"
    assert snapshot(project / "site") == before, "make build changed the published site"
    assert not (project / "site.new").exists()


def test_a_byte_order_mark_is_accepted(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    for file in (project / "content" / "site.yml", _a_page(project)):
        file.write_bytes(codecs.BOM_UTF8 + file.read_bytes())
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    check = run_module(project, "e2c.cli", "--root", str(project))
    assert check.returncode == 0, check.stderr


def test_french_typography_in_a_front_matter_is_read_as_meant(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    page = _a_page(project)
    meant = "Les conditions : qui peut venir ? « Tout le monde », ou presque."
    text = page.read_text(encoding="utf-8")
    start = text.index("description: ") + len("description: ")
    end = text.index("\n", start)
    page.write_text(text[:start] + meant + text[end:], encoding="utf-8")
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    slug = page.relative_to(project / "docs").as_posix().removesuffix(".md") + "/"
    html = page_file(tmp_path / "out", "fr", slug).read_text(encoding="utf-8")
    assert f'<meta name="description" content="{meant}' in html
