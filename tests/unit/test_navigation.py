from e2c.content.navigation import nav_problems

CONFIG = """\
site_name: x
site_url: !ENV [E2C_SITE_URL, "https://example.org/"]
plugins:
  - search
  - i18n:
      languages:
        - locale: fr
          default: true
        - locale: en
          nav_translations:
            Accueil: Home
            Documents: Documents
nav:
  - Accueil: index.md
  - Documents:
      - documents.md
      - La charte: documents/charte.md
"""


def problems(tmp_path, pages, config=CONFIG):
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    return nav_problems(tmp_path, pages)


def test_a_complete_menu_passes(tmp_path):
    config = CONFIG.replace(
        "Documents: Documents\n", "Documents: Documents\n            La charte: The charter\n"
    )
    assert problems(tmp_path, ["index.md", "documents.md", "documents/charte.md"], config) == []


def test_a_title_without_translation_is_named_on_its_line(tmp_path):
    [problem] = problems(tmp_path, ["index.md", "documents.md", "documents/charte.md"])
    assert (problem.path, problem.line) == ("mkdocs.yml", 17)
    assert "« La charte » du menu n'a pas de traduction (en)" in problem.fr


def test_a_page_left_out_and_a_menu_entry_without_page(tmp_path):
    found = problems(tmp_path, ["index.md", "documents.md", "oubliee.md"])
    messages = " ".join(p.fr for p in found)
    assert "docs/oubliee.md n'est pas dans le menu" in messages
    assert "« documents/charte.md », qui n'existe pas" in messages


def test_pages_kept_out_of_the_menu_on_purpose_pass(tmp_path):
    config = CONFIG + "not_in_nav: |\n  brouillons/\n"
    found = problems(tmp_path, ["index.md", "documents.md", "brouillons/essai.md"], config)
    assert not any("brouillons" in p.fr for p in found)
