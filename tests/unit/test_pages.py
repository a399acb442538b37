from e2c.content import pages


def test_split_language_reads_the_suffix():
    assert pages.split_language("pour-qui.md") == ("pour-qui.md", "fr")
    assert pages.split_language("pour-qui.en.md") == ("pour-qui.md", "en")
    assert pages.split_language("a/b.en.md") == ("a/b.md", "en")
    # A dot in a slug is not a language.
    assert pages.split_language("v1.2.md") == ("v1.2.md", "fr")


def test_twin_path_is_the_inverse_of_split_language():
    for source in ("index.md", "index.en.md", "docs/x/page.en.md"):
        base, language = pages.split_language(source)
        assert pages.twin_path(base, language) == source


def test_complete_pairs_have_no_problem():
    assert pages.missing_translations(["index.md", "index.en.md", "logo.svg"]) == []


def test_missing_english_names_the_file_to_create():
    [problem] = pages.missing_translations(["index.md", "index.en.md", "contact.md"])
    assert problem.path == "docs/contact.md"
    assert problem.line == 1
    assert "docs/contact.en.md" in problem.fr
    assert "docs/contact.en.md" in problem.en


def test_missing_french_names_the_english_page_and_the_file_to_create():
    [problem] = pages.missing_translations(["contact.en.md"])
    assert problem.path == "docs/contact.en.md"
    assert "docs/contact.md" in problem.fr


def test_description_is_required_and_not_blank():
    assert pages.missing_description("docs/a.md", {"description": "Une phrase."}) is None
    for meta in ({}, {"description": "  "}, {"description": 3}):
        problem = pages.missing_description("docs/a.md", meta)
        assert problem is not None
        assert problem.path == "docs/a.md"
        assert "description" in problem.fr
        assert "description" in problem.en
