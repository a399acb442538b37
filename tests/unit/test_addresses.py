from types import SimpleNamespace

from e2c.content.yaml_source import load
from e2c.publish.addresses import expected_addresses, lost_addresses, redirect_problems

DOCUMENTS = {"leaflet": {"fr": "depliant.pdf", "en": "leaflet.pdf"}}


def redirect(source: str, target: str) -> SimpleNamespace:
    return SimpleNamespace(from_=source, to=target)


def test_the_addresses_a_build_will_serve_are_known_from_the_sources():
    addresses = expected_addresses(
        ["index.md", "contact.md", "documents/charte.md"],
        DOCUMENTS,
        [redirect("/ancien/", "/contact/")],
    )
    assert addresses == {
        "/",
        "/contact/",
        "/documents/charte/",
        "/en/",
        "/en/contact/",
        "/en/documents/charte/",
        "/documents/depliant.pdf",
        "/en/documents/leaflet.pdf",
        "/ancien/",
    }


def test_a_lost_address_gets_the_lines_to_add_with_the_new_page_guessed():
    source = load("# Les redirections.\nredirects:\n", "content/redirects.yml")
    expected = {"/", "/nous-joindre/", "/en/", "/en/nous-joindre/"}
    problems = lost_addresses(["/", "/contact/", "/en/", "/en/contact/"], expected, source)
    assert [p.line for p in problems] == [2, 2]
    assert "- from: /contact/\n          to: /nous-joindre/" in problems[0].fr
    assert "- from: /en/contact/\n          to: /en/nous-joindre/" in problems[1].fr


def test_without_a_single_new_page_the_target_is_left_to_fill():
    [problem] = lost_addresses(["/contact/"], {"/", "/a/", "/b/"}, None)
    assert "to: /nouvelle-adresse/" in problem.fr and "Remplacez" in problem.fr


def test_redirects_from_a_page_or_to_nowhere_are_refused_before_a_build():
    text = "redirects:\n  - from: /contact/\n    to: /\n  - from: /vieux/\n    to: /nulle-part/\n"
    source = load(text, "content/redirects.yml")
    redirects = [redirect("/contact/", "/"), redirect("/vieux/", "/nulle-part/")]
    pages = {"/", "/contact/"}
    problems = redirect_problems(redirects, pages, pages | {"/vieux/"}, source)
    assert [(p.line, p.fr.split(" ")[0]) for p in problems] == [(2, "«"), (5, "la")]
    assert "ne peut pas être redirigée" in problems[0].fr
    assert "« /nulle-part/ » n'existe pas" in problems[1].fr
