from e2c.content.pages import DEFAULT_LANGUAGE, FOLDERS
from e2c.content.problems import Problem
from e2c.publish.preview_problems import TITLE, html, language_of, new_problems, shown_in_pages

FIGURE = Problem(
    "content/figures.yml",
    7,
    "ce champ doit être un nombre.",
    "this field must be a number.",
    field="figures → n°1 → value",
)
MARKER = Problem("docs/parcours.md", 30, "le repère n'existe pas.", "no such marker.")


def test_the_page_gives_each_problem_file_line_and_what_to_do_in_french():
    page = html([FIGURE, MARKER], "fr")
    assert f'<h1 lang="fr">{TITLE}</h1>' in page
    assert "2 problème(s) à corriger" in page
    assert "content/figures.yml, ligne 7, champ figures → n°1 → value" in page
    assert "ce champ doit être un nombre." in page
    assert "docs/parcours.md, ligne 30" in page
    assert page.index("figures.yml") < page.index("parcours.md")
    assert "this field must be a number" not in page


def test_the_page_keeps_the_language_of_the_page_it_replaces():
    french, english = html([FIGURE], "fr"), html([FIGURE], "en")
    assert '<html lang="fr">' in french and 'lang="en"' not in french
    assert '<html lang="en">' in english
    assert '<p lang="en">The site cannot be built' in english
    assert '<div lang="fr">' in english  # the report itself stays in French


def test_the_page_escapes_what_staff_typed():
    typed = Problem("docs/<b>.md", 1, 'valeur « <script>alert("x")</script> »', "en")
    page = html([typed], "fr")
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "docs/&lt;b&gt;.md, ligne 1" in page


def test_the_page_fits_a_phone_and_leaves_room_for_the_live_reload_script():
    page = html([FIGURE], "fr")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "overflow-wrap: anywhere" in page
    # The preview server inserts its script before the last </body>.
    assert page.rstrip().endswith("</body>\n</html>")
    assert "<script" not in page


def test_only_the_preview_shows_mistakes_in_pages():
    assert shown_in_pages("serve")
    assert not shown_in_pages("build")
    assert not shown_in_pages("gh-deploy")


def test_new_problems_are_those_not_met_yet_each_once():
    assert new_problems([], [FIGURE, MARKER, FIGURE]) == [FIGURE, MARKER]
    assert new_problems([FIGURE], [FIGURE, MARKER]) == [MARKER]
    assert new_problems([FIGURE, MARKER], [MARKER]) == []


def test_a_built_file_language_comes_from_its_folder():
    def language(path: str) -> str:
        return language_of(path, FOLDERS, DEFAULT_LANGUAGE)

    assert language("en/ecole/index.html") == "en"
    assert language("en/404.html") == "en"
    assert language("ecole/index.html") == "fr"
    assert language("index.html") == "fr"
    assert language("entreprises/index.html") == "fr"  # a folder, not a prefix
