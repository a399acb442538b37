"""Each mistake a staff member can make in content/ gets a message naming the
file, the line and the field, in French and in English."""

from __future__ import annotations

import pytest
from content_helpers import FIXTURE_CONTENT, content_copy, line_of, replace_in, set_scalar, value_at
from e2c.content.loading import ContentError, load_content
from e2c.content.problems import report


@pytest.fixture
def content(tmp_path):
    return content_copy(tmp_path)


def mistakes(content_dir) -> str:
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    return report(caught.value.problems)


def test_the_real_content_is_valid():

    loaded = load_content(FIXTURE_CONTENT)
    assert len(loaded.objectives.objectives) == 4


def test_yaml_syntax_error_gives_line_and_column(content):
    file = content / "objectives.yml"
    replace_in(file, "  - id: insertion", "  - id: [insertion")
    message = mistakes(content)
    assert "content/objectives.yml, ligne" in message and "colonne" in message
    assert "n'est pas du YAML valide" in message and "is not valid YAML" in message


def test_missing_required_field(content):
    file = content / "objectives.yml"
    replace_in(file, "  - id: competences-sociales\n", "  - \n")
    replace_in(file, "  - \n    title:", "  - title:")
    line = line_of(file, "  - title:")
    message = mistakes(content)
    assert f"content/objectives.yml, ligne {line}, champ objectives → n°2 → id" in message
    assert "le champ obligatoire « id » manque" in message


def test_wrong_type(content):
    file = content / "figures.yml"
    replace_in(file, "    value: 57\n", "    value: cinquante-sept\n")
    line = line_of(file, "cinquante-sept")
    message = mistakes(content)
    assert f"content/figures.yml, ligne {line}, champ figures → n°2 → value" in message
    assert "doit être un nombre" in message and "must be a number" in message


def test_unknown_key_suggests_the_right_one(content):
    file = content / "partners.yml"
    replace_in(file, "    link: https://reseau-e2c.fr/", "    lien: https://reseau-e2c.fr/")
    line = line_of(file, "lien:")
    message = mistakes(content)
    assert f"content/partners.yml, ligne {line}, champ partners → n°6 → lien" in message
    assert "Vouliez-vous dire « link » ?" in message and "Did you mean 'link'?" in message


def test_typo_in_a_key_suggests_the_right_one(content):
    replace_in(content / "site.yml", "short_name:", "shortname:")
    message = mistakes(content)
    assert "Vouliez-vous dire « short_name » ?" in message


def test_duplicate_id(content):
    file = content / "objectives.yml"
    replace_in(file, "  - id: insertion", "  - id: savoirs-de-base")
    first = line_of(file, "- id: savoirs-de-base")
    message = mistakes(content)
    assert "l'identifiant « savoirs-de-base » est déjà utilisé ligne " + str(first) in message
    assert "champ objectives → n°4 → id" in message


def test_missing_english_text(content):
    file = content / "steps.yml"
    replace_in(file, "      en: Talk to your adviser.\n", "")
    line = line_of(file, "fr: Parlez-en à votre conseiller.") - 1
    message = mistakes(content)
    assert f"content/steps.yml, ligne {line}, champ joining → n°1 → title → en" in message
    assert "le texte en anglais manque" in message and "the English text is missing" in message


def test_empty_french_text(content):
    file = content / "partners.yml"
    replace_in(file, "      fr: Les structures d'insertion\n", "      fr: ''\n")
    line = line_of(file, "fr: ''")
    message = mistakes(content)
    assert f"content/partners.yml, ligne {line}, champ partners → n°3 → name → fr" in message
    assert "ce texte est vide" in message


def test_text_not_given_in_two_languages(content):
    file = content / "figures.yml"
    replace_in(file, "    label:\n      fr: écoles\n      en: schools\n", "    label: écoles\n")
    message = mistakes(content)
    assert "champ figures → n°2 → label" in message
    assert "un texte s'écrit en deux langues" in message


def test_link_that_is_not_https(content):
    file = content / "partners.yml"
    replace_in(file, "link: https://reseau-e2c.fr/", "link: http//reseau-e2c.fr")
    line = line_of(file, "link: http//")
    message = mistakes(content)
    assert f"content/partners.yml, ligne {line}, champ partners → n°6 → link" in message
    assert "https://" in message


def test_empty_file(content):
    (content / "figures.yml").write_text("# rien\n", encoding="utf-8")
    message = mistakes(content)
    assert "content/figures.yml, ligne 1" in message and "le fichier est vide" in message


def test_missing_file(content):
    (content / "steps.yml").unlink()
    assert "content/steps.yml, ligne 1 : ce fichier manque" in mistakes(content)


def test_reference_to_an_unknown_partner_kind(content):
    file = content / "partners.yml"
    replace_in(file, "    kind: accueil\n", "    kind: acceuil\n")
    line = line_of(file, "kind: acceuil")
    message = mistakes(content)
    assert f"content/partners.yml, ligne {line}, champ partners → n°4 → kind" in message
    assert "le type « acceuil » n'existe pas" in message


def test_value_outside_the_allowed_choices(content):
    replace_in(content / "figures.yml", "    scope: local\n", "    scope: locale\n")
    assert "choisissez parmi 'national' or 'local'" in mistakes(content)


def test_every_mistake_of_every_file_is_listed_at_once(content):
    replace_in(content / "site.yml", "short_name:", "shortname:")
    replace_in(content / "figures.yml", "    value: 57\n", "    value: x\n")
    message = mistakes(content)
    assert "content/site.yml" in message and "content/figures.yml" in message
    assert "Traceback" not in message


def test_a_key_written_twice(content):
    file = content / "site.yml"
    replace_in(file, "short_name: E2C Allier\n", "short_name: E2C Allier\nshort_name: E2C\n")
    line = line_of(file, "short_name: E2C Allier") + 1
    assert f"content/site.yml, ligne {line} : la clé « short_name » est écrite deux fois" in (
        mistakes(content)
    )


@pytest.mark.parametrize("written", ["17.165", "17 165", '"17,165"', "17\u00a0165"])
def test_a_count_with_a_thousands_separator_says_how_to_write_it(content, written):
    file = content / "figures.yml"
    line = set_scalar(file, ("figures", 0, "value"), written)
    message = mistakes(content)
    assert f"content/figures.yml, ligne {line}, champ figures → n°1 → value" in message
    assert "17165" in message


def test_a_percentage_may_have_a_decimal(content):
    file = content / "figures.yml"
    index = next(i for i, f in enumerate(value_at(file, ("figures",))) if f.get("unit") == "%")
    set_scalar(file, ("figures", index, "value"), "61.5")
    assert load_content(content).figures.figures[index].value == 61.5


@pytest.mark.parametrize(
    ("field", "written", "words"),
    [
        ("phone", "04 70", "numéro de téléphone"),
        ("phone", "appelez-nous", "numéro de téléphone"),
        ("email", "accueil.e2c.fr", "adresse de courriel"),
        ("email", "accueil@e2c", "adresse de courriel"),
    ],
)
def test_a_phone_or_email_that_is_not_one(content, field, written, words):
    line = set_scalar(content / "site.yml", ("contact", field), written)
    message = mistakes(content)
    assert f"content/site.yml, ligne {line}, champ contact → {field}" in message
    assert words in message


@pytest.mark.parametrize("phone", ["04 70 20 30 40", "04.70.20.30.40", "+33 4 70 20 30 40"])
def test_a_real_phone_number_is_accepted(content, phone):
    set_scalar(content / "site.yml", ("contact", "phone"), phone)
    assert load_content(content).site.contact.phone == phone


def test_an_unclosed_quote_is_reported_where_it_opens(content):
    file = content / "objectives.yml"
    line = set_scalar(file, ("objectives", 0, "title", "fr"), '"Apprendre les bases')
    message = mistakes(content)
    assert f"content/objectives.yml, ligne {line} : un guillemet ouvert" in message


def test_an_empty_file_gets_one_piece_of_advice(content):
    (content / "figures.yml").write_text("", encoding="utf-8")
    message = mistakes(content)
    assert message.startswith("1 problème(s)")
    assert "Remettez son contenu" in message and "supprimez" not in message


def test_redirects_may_be_empty(content):
    (content / "redirects.yml").write_text("# rien pour l'instant\n", encoding="utf-8")
    assert load_content(content).redirects.redirects == []
    (content / "redirects.yml").write_text("redirects:\n", encoding="utf-8")
    assert load_content(content).redirects.redirects == []


@pytest.mark.parametrize("phone", ["+33 (0)4 70 20 30 40", "0033 4 70 20 30 40"])
def test_other_ways_to_write_a_french_number_are_accepted(content, phone):
    set_scalar(content / "site.yml", ("contact", "phone"), phone)
    assert load_content(content).site.contact.phone == phone


@pytest.mark.parametrize("field", ["phone", "email"])
def test_an_empty_text_is_an_empty_field(content, field):
    set_scalar(content / "site.yml", ("contact", field), '""')
    assert getattr(load_content(content).site.contact, field) is None


@pytest.mark.parametrize("email", ["mailto:accueil@exemple.fr", "accueil@exemple..fr"])
def test_more_emails_that_are_not_one(content, email):
    set_scalar(content / "site.yml", ("contact", "email"), email)
    assert "adresse de courriel" in mistakes(content)


def test_a_decimal_that_is_not_a_thousands_separator_is_kept(content):
    set_scalar(content / "figures.yml", ("figures", 0, "value"), "4.5")
    assert load_content(content).figures.figures[0].value == 4.5


def test_a_step_the_leaflet_tells_cannot_be_renamed_away(content):
    file = content / "steps.yml"
    replace_in(file, "  - id: fin\n", "  - id: la-fin\n")
    message = mistakes(content)
    assert f"content/steps.yml, ligne {line_of(file, 'path:')}, champ path" in message
    assert "il manque « fin »" in message and "remettez son identifiant" in message
