"""The "Écouter" / "Listen" button: the page's main text read aloud by the
phone's own voice (Web Speech API), on the pages written for young readers.

Chromium has no voice here: every test gives the page a stand-in
`speechSynthesis` that records what it is asked to say.
"""

from __future__ import annotations

import json
import re

import pytest
from axe_check import SCHEMES, axe_violations
from browsing import PHONE
from e2c.content.loading import load_content
from site_helpers import PROJECT, slug

pytestmark = pytest.mark.browser

# The pages with the button: content/reading.yml, whatever it says now.
READING = load_content(PROJECT / "content").reading
LISTEN_SOURCES = sorted({*READING.trainee_pages, *(easy.page for easy in READING.easy_pages)})
PREFIX = {"fr": "/", "en": "/en/"}
# The button's words: content/interface.yml, `listen`.
WORDS = {
    language: load_content(PROJECT / "content").interface[language].listen.model_dump()
    for language in PREFIX
}
VOICES = [
    {"name": "Amélie", "lang": "fr-FR", "default": True, "localService": True, "voiceURI": "fr"},
    {"name": "Daniel", "lang": "en-GB", "default": False, "localService": True, "voiceURI": "en"},
]


def path(source: str, language: str) -> str:
    return PREFIX[language] + slug(source)


LISTEN_PAGES = {lang: [path(source, lang) for source in LISTEN_SOURCES] for lang in PREFIX}
LISTEN_PATHS = {listen_path for paths in LISTEN_PAGES.values() for listen_path in paths}
FIRST_TRAINEE = {lang: path(READING.trainee_pages[0], lang) for lang in PREFIX}

# The stand-in: voices as given (`voices_later`: none until the test calls
# __speech.voicesCome(), which fires voiceschanged), and each utterance ends after `delay` ms, or when the test calls
# __speech.finish() (delay None). It keeps the queue, pause and cancel as a
# browser does: a cancelled utterance gets an error, never an end.
STUB = """
(() => {
  const { voices, voicesLater, delay } = %s;
  const events = new EventTarget();
  const log = (window.__speech = { spoken: [], calls: [], pending: [], errors: 0 });
  let paused = false;
  let available = voicesLater ? [] : voices;
  log.voicesCome = () => {
    available = voices;
    events.dispatchEvent(new Event("voiceschanged"));
  };
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, lang: "", voice: null, onend: null, onerror: null });
    }
  }
  const fire = (utterance, type) => {
    const event = new Event(type);
    utterance.dispatchEvent(event);
    if (utterance["on" + type]) utterance["on" + type](event);
  };
  const next = () => {
    const utterance = log.pending[0];
    if (!utterance || paused || utterance.started) return;
    utterance.started = true;
    log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice && utterance.voice.name });
    if (delay !== null) setTimeout(log.finish, delay);
  };
  log.finish = () => {
    const utterance = log.pending.shift();
    if (utterance) fire(utterance, "end");
    next();
  };
  const synth = {
    getVoices: () => available,
    speak(utterance) { log.pending.push(utterance); next(); },
    pause() { log.calls.push("pause"); paused = true; },
    resume() { log.calls.push("resume"); paused = false; next(); },
    cancel() {
      log.calls.push("cancel");
      for (const utterance of log.pending.splice(0)) {
        setTimeout(() => { fire(utterance, "error"); log.errors += 1; });
      }
    },
    get speaking() { return log.pending.length > 0; },
    get paused() { return paused; },
    get pending() { return log.pending.length > 1; },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
})();
"""


def speaking_page(new_context, voices=VOICES, voices_later=False, delay=0, **options):
    """A page whose speechSynthesis is the stand-in."""
    context = new_context(viewport=PHONE, **options)
    config = {"voices": voices, "voicesLater": voices_later, "delay": delay}
    context.add_init_script(STUB % json.dumps(config))
    return context.new_page()


def group(page):
    return page.locator(".e2c-listen")


def button(page, language: str, word: str):
    return group(page).get_by_role("button", name=WORDS[language][word], exact=True)


def spoken(page) -> list[dict]:
    return page.evaluate("() => window.__speech.spoken")


def calls(page) -> list[str]:
    return page.evaluate("() => window.__speech.calls")


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# The article's text blocks a reader sees, and the texts around it that are not
# to be read: the navigation, header and footer, the share block, these buttons.
PAGE_TEXTS = """() => {
  const shown = (e) => e.checkVisibility();
  const texts = (selector) => [...document.querySelectorAll(selector)].filter(shown).map((e) => e.innerText);
  const aside = ".e2c-share, .e2c-listen, .e2c-back";
  return {
    h1: document.querySelector("article h1").innerText,
    blocks: texts(
      `article :is(h1, h2, h3, h4, p, li, dt, dd:not(:has(p)), td, th):not(:is(${aside}), :is(${aside}) *)`
    ),
    outside: [...document.querySelectorAll(
      `article :is(${aside}), .md-header, .md-nav, .md-footer, .e2c-easy-link`
    )].flatMap((e) => [...e.querySelectorAll("a, button, h2, p")].concat([e]))
      .map((e) => e.textContent),
    article: (() => {
      const copy = document.querySelector("article").cloneNode(true);
      copy.querySelectorAll(aside).forEach((e) => e.remove());
      return copy.textContent;
    })(),
  };
}"""


def check_reads_the_article(page, language: str) -> None:
    """Listen, to the end: the article's text is said, in order, and nothing else."""
    texts = page.evaluate(PAGE_TEXTS)
    button(page, language, "listen").click()
    # At the end, back to the start state.
    button(page, language, "listen").wait_for()
    said = spoken(page)
    where = page.url
    assert said, f"{where}: nothing was said"
    assert {item["lang"] for item in said} == {language}, f"{where}: {said}"
    assert {item["voice"] for item in said} == {"Amélie" if language == "fr" else "Daniel"}
    assert normal(said[0]["text"]) == normal(texts["h1"]), f"{where}: starts with {said[0]}"
    utterances = [normal(item["text"]) for item in said]
    everything = " ".join(utterances)
    article = normal(texts["article"])
    # Only the article's own words.
    assert all(text in article for text in utterances), f"{where}: {utterances}"
    # Every block of it, in order (spaces aside: innerText adds some around
    # visually hidden text).
    position = 0
    solid = re.sub(r"\s+", "", everything)
    for block in (re.sub(r"\s+", "", text) for text in texts["blocks"]):
        found = solid.find(block, position)
        assert found >= 0, f"{where}: {block!r} was not said (after {solid[position:][:80]!r})"
        position = found
    # Not the words around it (those the article does not have itself).
    for text in {normal(t) for t in texts["outside"]} - {""}:
        if text not in article:
            assert text not in everything, f"{where}: {text!r} was said"


@pytest.mark.parametrize("language", PREFIX)
def test_listen_reads_the_main_text_in_the_page_language(new_context, base_url, language):
    page = speaking_page(new_context)
    for listen_path in LISTEN_PAGES[language]:
        page.goto(base_url + listen_path)
        assert button(page, language, "listen").is_visible(), listen_path
        assert not button(page, language, "pause").is_visible()
        assert not button(page, language, "stop").is_visible()
        check_reads_the_article(page, language)


@pytest.mark.parametrize("language", PREFIX)
def test_pause_resume_and_stop(new_context, base_url, language):
    page = speaking_page(new_context, delay=None)
    page.goto(base_url + FIRST_TRAINEE[language])
    listen, pause, stop = (button(page, language, word) for word in ("listen", "pause", "stop"))
    listen.click()
    pause.wait_for()
    assert stop.is_visible() and not listen.is_visible()
    assert len(spoken(page)) == 1  # one block at a time

    pause.click()
    resume = button(page, language, "resume")
    resume.wait_for()
    assert calls(page)[-1] == "pause"
    page.evaluate("() => window.__speech.finish()")  # the block that was being said ends
    assert len(spoken(page)) == 1  # nothing new while paused

    resume.click()
    pause.wait_for()
    assert calls(page)[-1] == "resume"
    page.wait_for_function("() => window.__speech.spoken.length === 2")

    stop.click()
    listen.wait_for()
    assert calls(page)[-1] == "cancel"
    assert not pause.is_visible() and not stop.is_visible()
    # The cancelled block's error event, once fired, starts nothing.
    page.wait_for_function("() => window.__speech.errors >= 1")
    assert len(spoken(page)) == 2

    # Again from the start, with the label back to "Pause".
    listen.click()
    pause.wait_for()
    page.wait_for_function("() => window.__speech.spoken.length === 3")
    assert spoken(page)[2]["text"] == spoken(page)[0]["text"]


def test_leaving_the_page_stops_the_voice(new_context, base_url):
    page = speaking_page(new_context, delay=None)
    page.goto(base_url + FIRST_TRAINEE["fr"])
    # After the site's own pagehide listener, what the page asked of the voice,
    # kept for the next page of the same site to read.
    page.evaluate(
        """() => addEventListener("pagehide", () =>
          sessionStorage.setItem("calls", JSON.stringify(window.__speech.calls)))"""
    )
    button(page, "fr", "listen").click()
    button(page, "fr", "pause").wait_for()
    page.goto(base_url + "/en/")
    assert json.loads(page.evaluate("() => sessionStorage.getItem('calls')"))[-1] == "cancel"


def test_no_voice_in_the_page_language_no_button(new_context, base_url):
    only_english = [voice for voice in VOICES if voice["lang"].startswith("en")]
    page = speaking_page(new_context, voices=only_english)
    page.goto(base_url + FIRST_TRAINEE["fr"])
    page.wait_for_load_state("load")
    assert group(page).count() == 1
    assert not group(page).is_visible()
    page.goto(base_url + FIRST_TRAINEE["en"])
    button(page, "en", "listen").wait_for()


def test_voices_that_come_late_show_the_button(new_context, base_url):
    page = speaking_page(new_context, voices_later=True)
    page.goto(base_url + FIRST_TRAINEE["fr"])
    assert not group(page).is_visible()
    page.evaluate("() => window.__speech.voicesCome()")
    assert button(page, "fr", "listen").is_visible()


def test_no_speech_synthesis_no_button(new_context, base_url):
    context = new_context(viewport=PHONE)
    context.add_init_script(
        "delete Window.prototype.speechSynthesis; delete window.speechSynthesis;"
    )
    page = context.new_page()
    page.goto(base_url + FIRST_TRAINEE["fr"])
    assert page.evaluate("() => 'speechSynthesis' in window") is False
    assert group(page).count() == 1
    assert not group(page).is_visible()


def test_without_javascript_no_listen_button(new_context, base_url):
    page = new_context(viewport=PHONE, java_script_enabled=False).new_page()
    for listen_path in sorted(LISTEN_PATHS):
        page.goto(base_url + listen_path)
        assert group(page).count() == 1, listen_path
        assert not group(page).is_visible(), listen_path
        assert not page.get_by_role("button", name=re.compile("Écouter|Listen")).count()


def test_only_the_pages_for_young_readers_have_the_button(site_pages, base_url, new_context):
    page = speaking_page(new_context)
    wrong = []
    for site_page in site_pages:
        if site_page.is_404:
            continue
        page.goto(base_url + site_page.path)
        listen = button(page, site_page.language, "listen")
        if site_page.path in LISTEN_PATHS:
            if not listen.is_visible():
                wrong.append(f"{site_page}: no listen button")
        elif group(page).count():
            wrong.append(f"{site_page}: a listen button, but not in content/reading.yml")
    assert not wrong, "\n".join(wrong)
    built = {p.path for p in site_pages}
    assert not LISTEN_PATHS - built, "a page of content/reading.yml was not built"
    assert built - LISTEN_PATHS, "no page without the button to check"


@pytest.mark.parametrize("key", ["Enter", " "], ids=["enter", "space"])
def test_listen_by_keyboard(new_context, base_url, key):
    page = speaking_page(new_context, delay=None)
    page.goto(base_url + FIRST_TRAINEE["en"])
    listen = button(page, "en", "listen")
    listen.wait_for()
    listen.focus()
    page.keyboard.press(key)
    page.wait_for_function("() => window.__speech.spoken.length === 1")
    # The focus moves to the pause button, which the keys work too.
    pause = button(page, "en", "pause")
    assert pause.evaluate("e => e === document.activeElement")
    page.keyboard.press(key)
    button(page, "en", "resume").wait_for()
    assert calls(page)[-1] == "pause"
    page.keyboard.press("Tab")
    stop = button(page, "en", "stop")
    assert stop.evaluate("e => e === document.activeElement")
    page.keyboard.press(key)
    listen.wait_for()
    assert listen.evaluate("e => e === document.activeElement")
    assert calls(page)[-1] == "cancel"


def test_the_button_is_reached_with_tab(new_context, base_url):
    page = speaking_page(new_context)
    page.goto(base_url + FIRST_TRAINEE["fr"])
    listen = button(page, "fr", "listen")
    listen.wait_for()
    for _ in range(40):
        page.keyboard.press("Tab")
        if listen.evaluate("e => e === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reaches the listen button")
    outline = listen.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none"


def test_buttons_are_big_enough(new_context, base_url):
    page = speaking_page(new_context, delay=None)
    page.goto(base_url + FIRST_TRAINEE["fr"])
    listen = button(page, "fr", "listen")
    listen.wait_for()
    sizes = [listen.bounding_box()]
    listen.click()
    sizes += [button(page, "fr", word).bounding_box() for word in ("pause", "stop")]
    assert all(box["width"] >= 44 and box["height"] >= 44 for box in sizes), sizes


def test_no_request_while_listening(new_context, base_url):
    page = speaking_page(new_context, delay=20)
    page.goto(base_url + FIRST_TRAINEE["fr"], wait_until="networkidle")
    stored = "() => [document.cookie, localStorage.length, sessionStorage.length]"
    before = page.evaluate(stored)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    button(page, "fr", "listen").click()
    button(page, "fr", "listen").wait_for()  # read to the end
    assert len(spoken(page)) > 1
    button(page, "fr", "listen").click()
    button(page, "fr", "pause").click()
    button(page, "fr", "resume").click()
    button(page, "fr", "stop").click()
    page.wait_for_function("() => window.__speech.errors >= 1")  # the last event handled
    assert not requests, requests
    assert page.evaluate(stored) == before


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("language", PREFIX)
def test_no_axe_violation_with_the_button_shown(new_context, base_url, language, scheme):
    page = speaking_page(new_context, delay=None, color_scheme=scheme)
    page.goto(base_url + FIRST_TRAINEE[language])
    button(page, language, "listen").wait_for()
    problems = axe_violations(page, f"{FIRST_TRAINEE[language]} [listen shown]")
    button(page, language, "listen").click()
    button(page, language, "pause").wait_for()
    problems += axe_violations(page, f"{FIRST_TRAINEE[language]} [speaking]")
    assert not problems, "\n".join(problems)


def height_of_group(page) -> float:
    box = group(page).bounding_box()
    return box["height"] if box else 0


def test_on_a_touch_screen_the_button_place_is_kept_from_the_start(new_context, base_url):
    # Pages load their scripts once they have shown (e2c.css, "scripting: enabled").
    page = speaking_page(new_context, voices_later=True, has_touch=True)
    page.goto(base_url + FIRST_TRAINEE["fr"])
    kept = height_of_group(page)
    assert kept > 0 and not group(page).is_visible()
    heading = page.locator("h1").bounding_box()
    page.evaluate("() => window.__speech.voicesCome()")
    assert button(page, "fr", "listen").is_visible()
    assert height_of_group(page) == kept
    assert page.locator("h1").bounding_box() == heading


def test_on_a_touch_screen_without_a_voice_the_place_is_given_back(new_context, base_url):
    only_english = [voice for voice in VOICES if voice["lang"].startswith("en")]
    page = speaking_page(new_context, voices=only_english, has_touch=True)
    page.goto(base_url + FIRST_TRAINEE["fr"])
    assert height_of_group(page) == 0
