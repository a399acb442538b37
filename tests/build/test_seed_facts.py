"""Every fact of the school's own page (shared/seed) is on the site, in both languages.

Each row: the page, the French wording, the English wording. Matching is on the
page's main text, case-insensitive, with white space folded.
"""

from __future__ import annotations

import pytest
from site_helpers import article_text, page_file

FACTS = [
    # Origins (L'école)
    ("ecole/", "décembre 1995", "December 1995"),
    (
        "ecole/",
        "chefs d'État européens se réunissent à Madrid",
        "European heads of state meet in Madrid",
    ),
    (
        "ecole/",
        "Commission européenne y présente un livre blanc",
        "European Commission presents a White Paper",
    ),
    (
        "ecole/",
        "« Enseigner et apprendre – Vers la société cognitive »",
        "Teaching and learning – Towards the learning society",
    ),
    ("ecole/", "à l'initiative d'Édith Cresson", "on the initiative of Édith Cresson"),
    (
        "ecole/",
        "commissaire européenne chargée de la science, de la recherche et du développement",
        "European Commissioner for science, research and development",
    ),
    ("ecole/", "Première ministre", "Prime Minister"),
    (
        "ecole/",
        "ministres de l'Éducation des pays de l'Union européenne adoptent",
        "education ministers of the European Union's member states adopt",
    ),
    (
        "ecole/",
        "cinq grands objectifs, qui touchent tous les domaines",
        "five broad objectives that cut across all fields",
    ),
    ("ecole/", "« Lutter contre l'exclusion »", "Fighting exclusion"),
    (
        "ecole/",
        "écoles de la deuxième chance fait partie de cet objectif",
        "second chance schools is part of that objective",
    ),
    # Aim
    ("ecole/", "lutte contre le décrochage scolaire", "fights school drop-out"),
    (
        "ecole/",
        "accompagne les jeunes qui n'ont ni diplôme ni qualification",
        "supports young people who have no diploma and no qualification",
    ),
    (
        "ecole/",
        "jeunes adultes sortis de l'école sans diplôme",
        "young adults who left school with no diploma",
    ),
    (
        "ecole/",
        "difficultés dans leur vie sociale et personnelle",
        "social and personal difficulties",
    ),
    # E2C Allier since February 2006
    (
        "ecole/",
        "plus éloignées de l'emploi est une priorité politique",
        "furthest from work is a political priority",
    ),
    ("ecole/", "Depuis février 2006", "Since February 2006"),
    ("ecole/", "Assises territoriales", "Assises Territoriales"),
    (
        "ecole/",
        "en partenariat avec d'autres collectivités locales",
        "in partnership with other local authorities",
    ),
    (
        "ecole/",
        "programme d'éducation, de formation et de suivi",
        "programme of education, training and follow-up",
    ),
    ("ecole/", "couvre toute la région", "covers the whole region"),
    # Who it is for (the rules' values, which staff may change, are checked
    # from content/eligibility.yml by test_rules_in_pages.py)
    ("pour-qui/", "ans ou plus", "or over"),
    (
        "pour-qui/",
        "quitté l'école ou l'université depuis au moins",
        "left school or university at least",
    ),
    ("pour-qui/", "n'avez pas d'emploi", "have no job"),
    ("pour-qui/", "habitez en Auvergne", "live in Auvergne"),
    ("pour-qui/", "ni diplôme ni qualification", "no diploma and no qualification"),
    (
        "pour-qui/",
        "vraies difficultés pour trouver votre place dans la société et au travail",
        "real difficulties finding your place in society and at work",
    ),
    (
        "pour-qui/",
        "aucun autre dispositif ne vous donne accès à un emploi ou à une formation",
        "no other scheme gives you access to a job or a training course",
    ),
    ("pour-qui/", "Vous avez fait des erreurs ?", "Have you made mistakes?"),
    ("pour-qui/", "Ce n'est pas un obstacle", "That is no obstacle"),
    ("pour-qui/", "seul critère de sélection", "only selection criterion"),
    ("pour-qui/", "c'est du volontariat", "it is voluntary"),
    ("pour-qui/", "entretien de motivation", "motivation interview"),
    # The four objectives and the path
    (
        "parcours/",
        "savoirs de base et les compétences utiles pour travailler en entreprise",
        "basic knowledge and the skills you need to work in a company",
    ),
    ("parcours/", "liés à votre projet de métier", "tied to your career plan"),
    (
        "parcours/",
        "compétences sociales, votre comportement, votre rôle de citoyen et votre culture",
        "social skills, your behaviour, your role as a citizen and your culture",
    ),
    ("parcours/", "définissez votre projet professionnel", "define your own career plan"),
    (
        "parcours/",
        "découvrez un métier, puis vous vérifiez qu'il vous va",
        "discover a trade, then you check that it suits you",
    ),
    (
        "parcours/",
        "alternez entre l'école et l'entreprise",
        "alternate between the school and companies",
    ),
    (
        "parcours/",
        "aide à trouver un emploi ou une formation",
        "helps you find a job or a training course",
    ),
    ("parcours/", "suit aussi après votre sortie", "follows you after you leave"),
    ("parcours/", "arriver à l'heure", "being on time"),
    ("parcours/", "respecter les règles de vie", "following the rules of conduct"),
    ("parcours/", "accepter l'autorité", "accepting authority"),
    ("parcours/", "6 à 8 premières semaines", "first 6 to 8 weeks"),
    ("parcours/", "sorte de période d'essai", "kind of trial period"),
    ("candidater/", "confirmée pour de bon", "confirmed for good"),
    (
        "parcours/",
        "met en lien les stagiaires et les entreprises de la région",
        "links trainees with companies of the region",
    ),
    ("parcours/", "stages vous font découvrir un métier", "Placements help you discover a trade"),
    ("parcours/", "comprendre le monde de l'entreprise", "understand the world of work"),
    # Applying
    ("candidater/", "mission locale", "mission locale"),
    ("candidater/", "France Travail (ex-Pôle emploi)", "France Travail (formerly Pôle emploi)"),
    ("candidater/", "structure d'insertion", "integration organisation"),
    ("candidater/", "entretien de motivation", "motivation interview"),
    ("candidater/", "période d'essai", "trial period"),
    ("candidater/", "Votre candidature est confirmée", "Your application is confirmed"),
    # Partners: the missions locales
    ("partenaires/", "missions locales ont un rôle essentiel", "play an essential role"),
    (
        "partenaires/",
        "jeunes en difficulté sociale sont suivis par une mission locale",
        "young people in social difficulty are followed by a mission locale",
    ),
    (
        "partenaires/",
        "leur proposent souvent d'entrer à l'E2C",
        "often suggest that they join the E2C",
    ),
    (
        "partenaires/",
        "le plus souvent par elles que les jeunes rencontrent l'école",
        "Most often, young people meet the school through them",
    ),
    (
        "partenaires/",
        "sans formation et sans expérience de travail",
        "no training and no work experience",
    ),
    (
        "partenaires/",
        "vraie chance de se former à un métier en Auvergne",
        "real chance to train for a trade in Auvergne",
    ),
    (
        "partenaires/",
        "met en lien les jeunes et les entreprises de la région",
        "links young people with companies of the region",
    ),
    (
        "partenaires/",
        "France Travail s'appelait Pôle emploi",
        "France Travail was called Pôle emploi",
    ),
    # The two documents
    ("documents/", "Le dépliant de l'E2C Allier", "The E2C Allier leaflet"),
    ("documents/", "charte des E2C de France", "charter of the E2Cs of France"),
    ("documents/", "Charte des principes fondamentaux", "Charter of fundamental principles"),
    ("documents/charte/", "le site du Réseau E2C France", "the website of the Réseau E2C France"),
]


@pytest.fixture(scope="module")
def texts(site_dir):
    cache: dict[tuple[str, str], str] = {}

    def text(language: str, slug: str) -> str:
        if (language, slug) not in cache:
            html = page_file(site_dir, language, slug).read_text(encoding="utf-8")
            cache[language, slug] = article_text(html).casefold()
        return cache[language, slug]

    return text


@pytest.mark.parametrize(("slug", "fr", "en"), FACTS, ids=[f"{s}{fr[:30]}" for s, fr, _ in FACTS])
def test_fact_is_stated_in_both_languages(texts, slug, fr, en):
    assert fr.casefold() in texts("fr", slug), f"/{slug} lacks: {fr}"
    assert en.casefold() in texts("en", slug), f"/en/{slug} lacks: {en}"
