from e2c.content.problems import Problem, report


def test_report_gives_file_line_and_both_languages():
    text = report([Problem("docs/a.md", 4, "à corriger", "to fix")])
    assert "docs/a.md, ligne 4 : à corriger" in text
    assert "docs/a.md, line 4: to fix" in text
    assert text.startswith("1 problème")


def test_one_language_on_request_with_column_and_field():
    problem = Problem("content/a.yml", 3, "vide", "empty", field="title → en", column=7)
    assert report([problem], "en") == (
        "1 problem(s) to fix:\n  - content/a.yml, line 3, column 7, field title → en: empty"
    )
    assert "content/a.yml, ligne 3, colonne 7, champ title → en : vide" in report([problem], "fr")
