"""References between fields and between content files, and the ids the code
relies on, are checked by the schemas: a broken one is a French message with
the file, the line and what to do, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_helpers import content_copy, line_of, node_at, replace_in, set_scalar, value_at
from e2c.content.loading import ContentError, load_content
from e2c.content.models import FINDER_LINK
from e2c.content.problems import Problem


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return content_copy(tmp_path)


def problems(content_dir: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    return caught.value.problems


def the_problem(content_dir: Path, file: str, line: int, field: str) -> Problem:
    """The one problem `load_content` finds at this line and field of `file`."""
    found = problems(content_dir)
    at = [p for p in found if (p.path, p.line, p.field) == (f"content/{file}", line, field)]
    assert len(at) == 1, found
    return at[0]


def index_of(file: Path, list_key: str, item_id: str) -> int:
    items = value_at(file, (list_key,))
    assert isinstance(items, list)
    return next(i for i, item in enumerate(items) if item["id"] == item_id)


# partners.yml -----------------------------------------------------------------


def test_a_partner_of_an_unknown_kind_names_the_known_ones(content):
    line = set_scalar(content / "partners.yml", ("partners", 1, "kind"), "acceuil")
    problem = the_problem(content, "partners.yml", line, "partners → n°2 → kind")
    assert problem.fr.startswith("le type « acceuil » n'existe pas. Types connus : orientation")
    assert "ajoutez ce type dans « kinds »" in problem.fr
    assert problem.en.startswith("the kind 'acceuil' does not exist. Known kinds: orientation")


def test_every_partner_of_an_unknown_kind_is_named_at_once(content):
    file = content / "partners.yml"
    first = set_scalar(file, ("partners", 0, "kind"), "inconnu")
    second = set_scalar(file, ("partners", 2, "kind"), "inconnu")
    lines = {p.line for p in problems(content) if "le type « inconnu »" in p.fr}
    assert lines == {first, second}


def test_a_partner_with_the_id_of_a_kind_is_refused_as_two_equal_anchors(content):
    line = set_scalar(content / "partners.yml", ("partners", 0, "id"), "accueil")
    problem = the_problem(content, "partners.yml", line, "partners → n°1 → id")
    assert "l'identifiant « accueil » est déjà celui d'un type (kinds)" in problem.fr
    assert "changez l'un des deux" in problem.fr


# Icons -------------------------------------------------------------------------


def test_a_pictogram_of_the_typical_path_that_does_not_exist(content):
    line = set_scalar(content / "typical_path.yml", ("facts", 1, "icon"), "material/nulle-part")
    problem = the_problem(content, "typical_path.yml", line, "facts → n°2 → icon")
    assert problem.fr.startswith("l'icône « material/nulle-part » n'existe pas")
    assert "(par exemple « material/cash »)" in problem.fr
    assert "(for example 'material/cash')" in problem.en


def test_a_pictogram_of_an_outcome_that_does_not_exist(content):
    line = set_scalar(content / "eligibility.yml", ("outcomes", 0, "icon"), "material/nulle-part")
    problem = the_problem(content, "eligibility.yml", line, "outcomes → n°1 → icon")
    assert problem.fr.startswith("l'icône « material/nulle-part » n'existe pas")
    assert "(par exemple « material/check-circle »)" in problem.fr


# eligibility.yml -> links.yml ----------------------------------------------------


def test_an_action_that_is_not_a_link_of_links_yml(content):
    file = content / "eligibility.yml"
    line = set_scalar(file, ("outcomes", 1, "actions", 1), "mission-locale")
    problem = the_problem(content, "eligibility.yml", line, "outcomes → n°2 → actions → n°2")
    assert problem.fr == (
        "le lien « mission-locale » n'est pas dans content/links.yml. Liens possibles : "
        "trouver-un-conseiller, france-travail, reseau-e2c."
    )
    assert problem.en.startswith("the link 'mission-locale' is not in content/links.yml.")


def test_actions_are_not_checked_against_a_broken_links_yml(content):
    # Its own problem tells; "not a link" would send the person to the wrong file.
    set_scalar(content / "eligibility.yml", ("outcomes", 1, "actions", 1), "mission-locale")
    line = set_scalar(content / "links.yml", ("links", 1, "url"), "www.francetravail.fr")
    found = problems(content)
    assert [(p.path, p.line) for p in found] == [("content/links.yml", line)], found


# eligibility.yml within itself --------------------------------------------------


def test_a_criterion_that_falls_back_on_the_outcome_where_all_is_met(content):
    file = content / "eligibility.yml"
    apply = next(o["id"] for o in value_at(file, ("outcomes",)) if o.get("all_met"))
    line = set_scalar(file, ("criteria", 0, "if_not_met"), apply)
    problem = the_problem(content, "eligibility.yml", line, "criteria → n°1 → if_not_met")
    assert problem.fr.startswith(
        f"le résultat « {apply} » n'existe pas (ou c'est celui où tout est rempli). "
        "Résultats possibles : elsewhere, adviser."
    )


def test_a_criterion_whose_source_is_not_described(content):
    line = set_scalar(content / "eligibility.yml", ("criteria", 2, "source"), "loi-2006")
    problem = the_problem(content, "eligibility.yml", line, "criteria → n°3 → source")
    assert problem.fr == "la source « loi-2006 » n'est pas décrite dans « sources »."
    assert problem.en == "the source 'loi-2006' is not described under 'sources'."


def test_a_rule_of_another_type_than_its_question(content):
    file = content / "eligibility.yml"
    replace_in(
        file,
        '    rule:\n      type: number\n      operator: ">="\n      value: 18\n',
        "    rule:\n      type: choice\n      accept: [oui]\n",
    )
    where = ("criteria", 0, "rule", "type")
    line = node_at(file.read_text(encoding="utf-8"), where).start_mark.line + 1
    problem = the_problem(content, "eligibility.yml", line, "criteria → n°1 → rule → type")
    assert problem.fr.startswith(
        "la règle est de type « choice » mais la question attend « number »"
    )


@pytest.mark.parametrize("all_met", ["false", "true"])
def test_one_outcome_and_only_one_is_where_all_is_met(content, all_met):
    file = content / "eligibility.yml"
    outcomes = value_at(file, ("outcomes",))
    assert isinstance(outcomes, list)
    met = next(i for i, o in enumerate(outcomes) if o.get("all_met"))
    if all_met == "false":
        set_scalar(file, ("outcomes", met, "all_met"), "false")
    else:  # a second one
        replace_in(file, "  - id: elsewhere\n", "  - id: elsewhere\n    all_met: true\n")
    problem = the_problem(content, "eligibility.yml", line_of(file, "outcomes:"), "outcomes")
    assert problem.fr.startswith("un seul résultat doit avoir « all_met: true »")


# Ids the code relies on ---------------------------------------------------------


def test_renaming_the_link_every_footer_offers_says_to_put_it_back(content):
    file = content / "links.yml"
    set_scalar(file, ("links", index_of(file, "links", FINDER_LINK), "id"), "conseiller")
    problem = the_problem(content, "links.yml", line_of(file, "links:"), "links")
    assert problem.fr == (
        f"le bas de chaque page propose le lien « {FINDER_LINK} » : il manque "
        f"« {FINDER_LINK} ». Si vous avez renommé un lien, remettez son identifiant."
    )
    assert problem.en.endswith("If you renamed a link, put its id back.")


def test_a_renamed_outcome_names_every_criterion_that_falls_back_on_it(content):
    file = content / "eligibility.yml"
    criteria = value_at(file, ("criteria",))
    outcome = criteria[0]["if_not_met"]
    set_scalar(file, ("outcomes", index_of(file, "outcomes", outcome), "id"), "nouveau")
    fallbacks = [p for p in problems(content) if f"le résultat « {outcome} » n'existe pas" in p.fr]
    assert len(fallbacks) == sum(c["if_not_met"] == outcome for c in criteria) >= 1
    assert all(p.path == "content/eligibility.yml" and p.line > 1 for p in fallbacks)


def test_an_outcome_colour_the_style_does_not_have_is_refused(content):
    file = content / "eligibility.yml"
    set_scalar(file, ("outcomes", 0, "colour"), "rouge")
    [problem] = problems(content)
    assert (problem.path, problem.field) == ("content/eligibility.yml", "outcomes → n°1 → colour")
    assert problem.line == line_of(file, "colour: rouge")
