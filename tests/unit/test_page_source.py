import codecs

import pytest
from e2c.content.page_source import parse_page, read_page
from e2c.content.text_files import NotUtf8, decode


def test_valid_yaml_front_matter_is_kept_as_written():
    page, problems = parse_page(
        "---\ndescription: Une phrase.\nself_check: true\n---\n# T\n", "p.md"
    )
    assert not problems
    assert page.meta == {"description": "Une phrase.", "self_check": True}
    assert page.body == "# T\n" and page.body_line == 5
    assert page.for_mkdocs() == "---\ndescription: Une phrase.\nself_check: true\n---\n# T\n"


def test_french_colons_and_inner_quotes_are_read_as_meant():
    text = '---\ndescription: Les conditions : "qui" peut venir ?\n---\n# T\n'
    page, problems = parse_page(text, "p.md")
    assert not problems
    assert page.meta["description"] == 'Les conditions : "qui" peut venir ?'
    # MkDocs gets valid YAML, with the body on the same line as in the file.
    assert page.for_mkdocs().splitlines()[3:] == ["# T"]
    assert page.for_mkdocs().count("\n") == text.count("\n")


def test_a_text_between_quotes_loses_them():
    page, _ = parse_page('---\ndescription: "Il dit "bonjour" : oui"\n---\n', "p.md")
    assert page.meta["description"] == 'Il dit "bonjour" : oui'


def test_an_unclosed_quote_is_pointed_at_its_line():
    _, [problem] = parse_page('---\ntitle: x\ndescription: "Une phrase\n---\n# T\n', "p.md")
    assert (problem.path, problem.line) == ("p.md", 3)
    assert "n'est pas fermé" in problem.fr


def test_a_page_without_front_matter_is_all_body():
    page, problems = parse_page("# Titre\n", "p.md")
    assert page.meta == {} and page.body == "# Titre\n" and not problems


def test_a_byte_order_mark_is_accepted():
    assert decode(codecs.BOM_UTF8 + "été".encode(), "f.md") == "été"


def test_another_encoding_names_the_line_and_says_to_save_in_utf8(tmp_path):
    path = tmp_path / "p.md"
    path.write_bytes("ligne un\nligne deux\nété\n".encode("latin-1"))
    page, [problem] = read_page(path, "docs/p.md")
    assert page is None and problem.line == 3
    assert "Enregistrez le fichier en UTF-8" in problem.fr
    with pytest.raises(NotUtf8) as caught:
        decode("é".encode("latin-1"), "x")
    assert caught.value.problem.path == "x"


def test_windows_line_endings_are_read_as_any_other():
    text = "---\r\ndescription: Une phrase.\r\n---\r\n\r\n## Titre { #titre }\r\n"
    assert decode(text.encode(), "p.md") == text.replace("\r\n", "\n")
