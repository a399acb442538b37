"""The self-check in Chromium, filled in like a person would."""

from __future__ import annotations

import pytest
from conftest import DESKTOP, PHONE, SitePage
from content_helpers import replace_in
from eligibility_cases import BASE, CASES, INCOMPLETE
from nginx_server import serve
from site_helpers import build, copy_project
from test_axe import SCHEMES, axe_violations
from test_keyboard import tab_to

pytestmark = pytest.mark.browser

PAGE = {"fr": "/suis-je-eligible/", "en": "/en/suis-je-eligible/"}

# Records every write to storage or cookies the page makes.
WATCH_WRITES = """
window.__writes = [];
for (const name of ['setItem', 'removeItem', 'clear']) {
  const original = Storage.prototype[name];
  Storage.prototype[name] = function (...args) {
    window.__writes.push(`${name} ${args[0] ?? ''}`);
    return original.apply(this, args);
  };
}
const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
Object.defineProperty(document, 'cookie', {
  get() { return cookie.get.call(document); },
  set(value) { window.__writes.push(`cookie ${value}`); cookie.set.call(document, value); },
});
"""


def fill(page, answers: dict) -> None:
    """Answer like a person: type numbers, tap the answer's label."""
    for criterion, answer in answers.items():
        field = page.locator(f'input[name="{criterion}"]')
        if field.first.get_attribute("type") == "number":
            field.click()
            page.keyboard.press("Control+A")
            page.keyboard.type(str(answer))
        else:
            page.locator(f'label:has(input[name="{criterion}"][value="{answer}"])').click()


def outcome_of(page) -> tuple[str, tuple[str, ...]]:
    result = page.locator("#e2c-result")
    not_met = result.locator("[data-criterion]").evaluate_all(
        "items => items.map(i => i.dataset.criterion)"
    )
    return result.get_attribute("data-outcome"), tuple(not_met)


@pytest.fixture(scope="module")
def check_page(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_case_gives_the_expected_outcome_in_the_browser(check_page, base_url, language):
    wrong = []
    for answers, outcome, not_met in CASES:
        check_page.goto(base_url + PAGE[language])
        fill(check_page, answers)
        if outcome_of(check_page) != (outcome, not_met):
            wrong.append(f"{answers}: {outcome_of(check_page)}, expected {(outcome, not_met)}")
    for answers, _ in INCOMPLETE:
        check_page.goto(base_url + PAGE[language])
        fill(check_page, answers)
        if outcome_of(check_page)[0] != "":
            wrong.append(f"{answers}: an outcome although a question is unanswered")
    assert not wrong, "\n".join(wrong)


def test_submitting_early_lists_the_questions_left(check_page, base_url):
    check_page.goto(base_url + PAGE["fr"])
    fill(check_page, {"age": 20})
    check_page.get_by_role("button", name="Voir le résultat").click()
    missing = check_page.locator("#e2c-result a")
    assert missing.count() == 6
    assert check_page.evaluate("document.activeElement.getAttribute('href')") == "#fieldset-emploi"


def test_result_says_why_where_to_turn_and_that_the_interview_decides(check_page, base_url):
    check_page.goto(base_url + PAGE["fr"])
    answers, _, _ = next(c for c in CASES if c[1] == "elsewhere" and c[2] == ("departement",))
    fill(check_page, answers)
    result = check_page.locator("#e2c-result")
    text = result.inner_text()
    assert "Cette école n'est sans doute pas la bonne solution" in text
    assert "L'E2C Allier accueille les personnes qui habitent en Auvergne." in text
    assert result.locator('a[href="https://reseau-e2c.fr/"]').count() == 1
    assert "C'est l'entretien de motivation avec l'école qui décide." in text


def test_restart_empties_the_form_and_the_result(check_page, base_url):
    check_page.goto(base_url + PAGE["en"])
    fill(check_page, CASES[0][0])
    assert outcome_of(check_page)[0] == "apply"
    check_page.get_by_role("button", name="Start again").click()
    assert outcome_of(check_page) == ("", ())
    assert check_page.locator('input[name="age"]').input_value() == ""
    assert check_page.locator("input:checked").count() == 0


def test_print_shows_the_date_the_answers_and_the_notice(browser, base_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(base_url + PAGE["fr"])
    fill(page, CASES[0][0])
    page.emulate_media(media="print")
    assert not page.locator("#e2c-check").is_visible()
    printed = page.locator("#e2c-result").inner_text()
    assert "Date du test :" in printed and "Quel âge avez-vous ? 25 ans" in printed
    assert "Ce résultat est seulement une indication." in printed
    assert not page.get_by_role("button", name="Recommencer").is_visible()
    context.close()


def test_the_check_can_be_done_with_the_keyboard_alone(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PAGE["en"])
    tab_to(page, 'input[name="age"]')
    page.keyboard.type("19")
    # Radio groups: Tab reaches the group, arrow keys choose, Space confirms.
    choices = {"emploi": 1, "departement": 2, "diplome": 1, "difficultes": 0, "autre-solution": 1}
    for name in list(BASE)[1:]:  # every question after the age, in page order
        tab_to(page, f'input[name="{name}"]')
        if name == "sortie-ecole":
            page.keyboard.type("9")
            continue
        page.keyboard.press("Space")
        for _ in range(choices[name]):
            page.keyboard.press("ArrowRight")
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    assert outcome_of(page) == ("apply", ())
    assert page.evaluate("document.activeElement.id") == "resultat"
    context.close()


def test_answering_sends_nothing_and_stores_nothing(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(WATCH_WRITES)
    page = context.new_page()
    page.goto(base_url + PAGE["fr"], wait_until="networkidle")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.evaluate("window.__writes = []")
    for answers, _, _ in CASES[:5]:
        fill(page, answers)
        page.get_by_role("button", name="Voir le résultat").click()
        page.get_by_role("button", name="Recommencer").click()
    page.wait_for_timeout(300)
    assert requests == []
    assert page.evaluate("window.__writes") == []
    assert context.cookies() == []
    context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_axe_violation_in_any_state(browser, base_url, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for language in ("fr", "en"):
        page.goto(base_url + PAGE[language])
        problems += axe_violations(page, f"{language} empty [{scheme}]")
        fill(page, {"age": 30, "emploi": "non"})
        problems += axe_violations(page, f"{language} partly answered [{scheme}]")
        page.locator("button[type=submit]").click()
        problems += axe_violations(page, f"{language} questions left [{scheme}]")
        for outcome in ("apply", "adviser", "elsewhere"):
            answers = next(answers for answers, expected, _ in CASES if expected == outcome)
            page.goto(base_url + PAGE[language])
            fill(page, answers)
            assert outcome_of(page)[0] == outcome
            problems += axe_violations(page, f"{language} {outcome} [{scheme}]")
    context.close()
    assert not problems, "\n".join(problems)


def test_a_rule_changed_in_yaml_changes_the_page_and_the_result(browser, tmp_path):
    project = copy_project(tmp_path / "project")
    file = project / "content" / "eligibility.yml"
    replace_in(file, "      fr: vous avez 18 ans ou plus\n", "      fr: vous avez 16 ans ou plus\n")
    replace_in(file, 'operator: ">="\n      value: 18', 'operator: ">="\n      value: 16')
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    with serve(tmp_path / "site") as url:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        page.goto(url + SitePage(PAGE["fr"], "fr").path)
        assert "vous avez 16 ans ou plus" in page.locator(".e2c-conditions").inner_text()
        answers = {**CASES[0][0], "age": 17}
        fill(page, answers)
        assert outcome_of(page) == ("apply", ())
        context.close()
