from e2c.problems import Problem, report


def test_report_gives_file_line_and_both_languages():
    text = report([Problem("docs/a.md", 4, "à corriger", "to fix")])
    assert "docs/a.md, ligne 4 : à corriger" in text
    assert "docs/a.md, line 4: to fix" in text
    assert text.startswith("1 problème")
