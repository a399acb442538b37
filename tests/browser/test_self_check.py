"""The self-check in Chromium, filled in like a person would."""

from __future__ import annotations

import re

import pytest
from axe_check import SCHEMES, axe_violations
from browsing import DESKTOP, PHONE, SitePage, tab_to
from e2c.content.eligibility import NumberInput, NumberRule
from e2c.content.loading import load_content
from e2c.content.yaml_source import load
from eligibility_cases import base_answers, derived_cases, expected, incomplete_cases
from nginx_server import serve
from self_check_form import PAGE, fill, outcome_of
from site_helpers import PROJECT, build, copy_project

pytestmark = pytest.mark.browser

# Whatever rules content/ holds now: the cases follow them.
CONTENT = load_content(PROJECT / "content")
RULES = CONTENT.eligibility
WORDS = CONTENT.interface["fr"].self_check  # the buttons' names
BASE = base_answers(RULES)
CASES = derived_cases(RULES)
INCOMPLETE = incomplete_cases(RULES)

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
    first, second = list(BASE)[:2]
    fill(check_page, {first: BASE[first]})
    check_page.get_by_role("button", name=WORDS.show).click()
    missing = check_page.locator("#e2c-result a")
    assert missing.count() == len(BASE) - 1
    assert (
        check_page.evaluate("document.activeElement.getAttribute('href')") == f"#fieldset-{second}"
    )


def test_result_says_why_where_to_turn_and_that_the_interview_decides(check_page, base_url):
    for answers, outcome, not_met in [c for c in CASES if len(c.not_met) == 1]:
        check_page.goto(base_url + PAGE["fr"])
        fill(check_page, answers)
        result = check_page.locator("#e2c-result")
        text = " ".join(result.inner_text().split())
        criterion = next(c for c in RULES.criteria if c.id == not_met[0])
        title = next(o.title.fr for o in RULES.outcomes if o.id == outcome)
        assert title in text
        for said in (criterion.explanation.fr, RULES.motivation.fr):
            assert re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", said) in text
        for link in re.findall(r"\]\((https://[^)]+)\)", criterion.where_to_turn.fr):
            assert result.locator(f'a[href="{link}"]').count() >= 1


def test_restart_empties_the_form_and_the_result(check_page, base_url):
    check_page.goto(base_url + PAGE["en"])
    fill(check_page, CASES[0][0])
    assert outcome_of(check_page)[0] == "apply"
    check_page.get_by_role("button", name=CONTENT.interface["en"].self_check.restart).click()
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
    printed = " ".join(page.locator("#e2c-result").inner_text().split())
    first = RULES.criteria[0]
    answer = BASE[first.id]
    if isinstance(first.input, NumberInput):
        answer = f"{answer} {first.input.unit.fr}"
    else:
        answer = next(a.label.fr for a in first.input.answers if a.id == answer)
    assert WORDS.date in printed and f"{first.question.fr} {answer}" in printed
    assert RULES.motivation.fr in printed
    assert not page.get_by_role("button", name=WORDS.restart).is_visible()
    context.close()


def test_the_check_can_be_done_with_the_keyboard_alone(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PAGE["en"])
    # Numbers are typed; in a radio group Tab reaches the group, arrow keys
    # choose, Space confirms.
    for criterion in RULES.criteria:
        answer = BASE[criterion.id]
        tab_to(page, f'input[name="{criterion.id}"]')
        if isinstance(criterion.input, NumberInput):
            page.keyboard.type(str(answer))
            continue
        page.keyboard.press("Space")
        for _ in range([a.id for a in criterion.input.answers].index(answer)):
            page.keyboard.press("ArrowRight")
    tab_to(page, "#e2c-check button[type=submit]")
    page.keyboard.press("Enter")
    assert outcome_of(page) == ("apply", ())
    assert page.evaluate("document.activeElement.id") == "resultat"
    context.close()


def test_answering_sends_nothing_and_stores_nothing(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(WATCH_WRITES)
    page = context.new_page()
    # `goto` waits for the site's scripts to have started (browsing.py), a
    # definite signal: a busy machine can leave the network idle before the
    # start script has asked for them.
    page.goto(base_url + PAGE["fr"], wait_until="load")
    page.wait_for_load_state("networkidle")
    # The browser fetches the tab's icon on its own, when it likes: not the page's doing.
    icon = page.evaluate("document.querySelector('link[rel=icon]').href")
    requests: list[str] = []
    page.on("request", lambda request: request.url != icon and requests.append(request.url))
    page.evaluate("window.__writes = []")
    for answers, _, _ in CASES[:5]:
        fill(page, answers)
        page.get_by_role("button", name=WORDS.show).click()
        page.get_by_role("button", name=WORDS.restart).click()
    # Nothing in flight: the network has gone quiet, a signal, not a delay.
    page.wait_for_load_state("networkidle")
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
        page.locator("#e2c-check button[type=submit]").click()
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
    # The first number rule moves by two: its text and its result follow.
    index, criterion = next(
        (i, c) for i, c in enumerate(RULES.criteria) if isinstance(c.rule, NumberRule)
    )
    project = copy_project(tmp_path / "project", with_cache=True)
    file = project / "content" / "eligibility.yml"
    text = file.read_text(encoding="utf-8")
    line = load(text, "eligibility.yml").line_of(("criteria", index, "rule", "value"))
    lines = text.splitlines(keepends=True)
    old = criterion.rule.value
    new = old - 2 if criterion.rule.operator in (">=", ">") else old + 2
    lines[line - 1] = lines[line - 1].replace(str(old), str(new))
    file.write_text("".join(lines), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    changed = load_content(project / "content").eligibility
    with serve(tmp_path / "site") as url:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        page.goto(url + SitePage(PAGE["fr"], "fr").path)
        condition = next(c for c in changed.criteria if c.id == criterion.id).condition.fr
        assert condition in " ".join(page.locator(".e2c-conditions").inner_text().split())
        for case in derived_cases(changed):
            if case.answers[criterion.id] in (new - 1, new, new + 1) and len(case.not_met) < 2:
                page.goto(url + SitePage(PAGE["fr"], "fr").path)
                fill(page, case.answers)
                assert outcome_of(page) == (case.outcome, case.not_met)
        context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_first_question_is_on_the_first_phone_screen(check_page, base_url, language):
    check_page.goto(base_url + PAGE[language])
    box = check_page.locator(f"#fieldset-{RULES.criteria[0].id}").bounding_box()
    assert box and box["y"] < PHONE["height"] - 100, box


def test_no_verdict_while_a_number_is_being_typed(check_page, base_url):
    number = next(c for c in RULES.criteria if isinstance(c.input, NumberInput))
    others = {k: v for k, v in BASE.items() if k != number.id}
    check_page.goto(base_url + PAGE["fr"])
    fill(check_page, others)
    check_page.locator(f'input[name="{number.id}"]').click()
    check_page.keyboard.type(str(BASE[number.id])[0])
    assert outcome_of(check_page)[0] == ""
    check_page.keyboard.type(str(BASE[number.id])[1:])
    check_page.keyboard.press("Tab")
    assert outcome_of(check_page)[0] == expected(RULES, BASE).outcome


HEADING_IN_VIEW = """() => {
  const box = document.querySelector("#resultat").getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
}"""


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_verdict_is_in_view_with_its_reasons_and_a_link_to_act_on(
    browser, base_url, language
):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    seen = set()
    for case in CASES:
        if case.outcome in seen and len(case.not_met) != 1:
            continue
        seen.add(case.outcome)
        page.goto(base_url + PAGE[language])
        fill(page, case.answers)
        heading = page.locator("#resultat")
        heading.wait_for()
        page.wait_for_function(HEADING_IN_VIEW)  # scrolled into view, smoothly
        box = heading.bounding_box()
        assert box and 0 <= box["y"] < PHONE["height"], (case, box)
        assert heading.locator("svg").count() == 1  # the pictogram, beside the words
        text = " ".join(page.locator("#e2c-result").inner_text().split())
        for criterion in RULES.criteria:
            if criterion.id in case.not_met:
                assert " ".join(criterion.reason[language].split()) in text
        links = page.locator("#e2c-result .e2c-result-links a")
        assert links.count() >= 1
        for href in links.evaluate_all("links => links.map(link => link.href)"):
            assert "suis-je-eligible" not in href
    context.close()


def test_the_other_schools_are_offered_only_when_where_one_lives_is_all_that_is_missing(
    check_page, base_url
):
    alone = [c for c in RULES.criteria if c.where_to_turn_alone]
    if not alone:
        pytest.skip("no criterion's help is kept for when it is the only one not met")
    criterion = alone[0]
    links = re.findall(r"\]\((https://[^)]+)\)", criterion.where_to_turn.fr)
    single = next(c for c in CASES if c.not_met == (criterion.id,))
    check_page.goto(base_url + PAGE["fr"])
    fill(check_page, single.answers)
    for link in links:
        assert check_page.locator(f'#e2c-result a[href="{link}"]').count() >= 1
    other = next(
        c for c in RULES.criteria if c.id != criterion.id and c.if_not_met == criterion.if_not_met
    )
    both = next(c for c in CASES if set(c.not_met) == {criterion.id, other.id})
    check_page.goto(base_url + PAGE["fr"])
    fill(check_page, both.answers)
    for link in links:
        assert check_page.locator(f'#e2c-result a[href="{link}"]').count() == 0
