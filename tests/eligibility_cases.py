"""The self-check's table of cases: answers -> expected outcome and criteria not met.

Both the Python reference evaluator and the page in Chromium must give these
results. The edges: 17 and 18 years, 5 and 6 months, each of the four
departments and a fifth, each "no" and each "I don't know".
"""

from __future__ import annotations

BASE = {
    "age": 25,
    "emploi": "non",
    "departement": "03",
    "sortie-ecole": 12,
    "diplome": "non",
    "difficultes": "oui",
    "autre-solution": "non",
}


def case(outcome, not_met=(), **changes):
    answers = dict(BASE)
    for key, value in changes.items():
        answers[key.replace("_", "-")] = value
    return answers, outcome, tuple(not_met)


CASES = [
    case("apply"),
    case("elsewhere", ["age"], age=17),
    case("apply", age=18),
    case("elsewhere", ["age"], age=0),
    case("apply", age=120),
    case("apply", age=65),
    case("elsewhere", ["sortie-ecole"], sortie_ecole=5),
    case("apply", sortie_ecole=6),
    case("elsewhere", ["sortie-ecole"], sortie_ecole=0),
    case("apply", sortie_ecole=240),
    case("apply", departement="03"),
    case("apply", departement="15"),
    case("apply", departement="43"),
    case("apply", departement="63"),
    case("elsewhere", ["departement"], departement="autre"),
    case("elsewhere", ["emploi"], emploi="oui"),
    case("elsewhere", ["diplome"], diplome="oui"),
    case("adviser", ["difficultes"], difficultes="non"),
    case("adviser", ["difficultes"], difficultes="je-ne-sais-pas"),
    case("adviser", ["autre-solution"], autre_solution="oui"),
    case("adviser", ["autre-solution"], autre_solution="je-ne-sais-pas"),
    case("adviser", ["difficultes", "autre-solution"], difficultes="non", autre_solution="oui"),
    case("elsewhere", ["age", "difficultes"], age=17, difficultes="non"),
    case("elsewhere", ["emploi", "diplome"], emploi="oui", diplome="oui"),
    case("elsewhere", ["age", "sortie-ecole"], age=17, sortie_ecole=5),
    case("apply", age=18, sortie_ecole=6),
    case(
        "elsewhere",
        ["departement", "autre-solution"],
        departement="autre",
        autre_solution="je-ne-sais-pas",
    ),
    case("elsewhere", ["diplome", "difficultes"], diplome="oui", difficultes="je-ne-sais-pas"),
    case("elsewhere", ["emploi", "autre-solution"], emploi="oui", autre_solution="oui"),
    case("adviser", ["difficultes"], departement="63", difficultes="non"),
    case("elsewhere", ["emploi"], departement="15", emploi="oui"),
    case(
        "elsewhere",
        list(BASE),
        age=16,
        emploi="oui",
        departement="autre",
        sortie_ecole=2,
        diplome="oui",
        difficultes="non",
        autre_solution="oui",
    ),
]

# Answers that leave the check unfinished: no outcome yet.
INCOMPLETE = [
    ({k: v for k, v in BASE.items() if k != "age"}, ("age",)),
    ({**BASE, "age": 121}, ("age",)),
    (
        {k: v for k, v in BASE.items() if k not in ("diplome", "sortie-ecole")},
        ("sortie-ecole", "diplome"),
    ),
]
