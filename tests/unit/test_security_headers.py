from html.parser import HTMLParser

import pytest
from content_helpers import FIXTURE_CONTENT
from e2c.content.loading import load_content
from e2c.publish import page_start
from e2c.publish import security_headers as sh
from e2c.publish.addresses import redirect_page

CONF = """server {
    listen 80;
    # BEGIN security headers: made by 'make nginx-conf' from hooks/e2c/publish/security_headers.py
    add_header X-Old "stale" always;
    # END security headers
    location / { expires -1; }
}
"""


def test_the_marked_block_is_written_afresh_and_read_back():
    headers = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
    conf = sh.replace_nginx_block(CONF, headers)
    assert "X-Old" not in conf
    assert '    add_header Referrer-Policy "no-referrer" always;' in conf
    assert conf.endswith("    location / { expires -1; }\n}\n")
    assert sh.nginx_headers(conf) == headers
    assert sh.replace_nginx_block(conf, headers) == conf


def test_a_conf_without_the_marker_lines_is_an_error():
    with pytest.raises(ValueError, match="BEGIN security headers"):
        sh.replace_nginx_block("server {}", {"A": "b"})


def test_a_double_quote_cannot_reach_nginx():
    with pytest.raises(ValueError, match="double quote"):
        sh.nginx_block({"A": 'say "hi"'})
    with pytest.raises(ValueError, match=r"\$"):
        sh.nginx_block({"A": "$host"})


def test_headers_file_sets_every_header_on_every_path():
    headers = sh.security_headers()
    text = sh.headers_file(headers)
    assert "\n/*\n" in text
    assert sh.headers_in_file(text) == headers
    assert sh.headers_in_file("/pdf/*\n  X-Robots-Tag: noindex\n") == {}


def test_the_policy_allows_one_inline_script_by_its_hash_and_no_other_host():
    policy = sh.content_security_policy()
    assert f"script-src 'self' {page_start.policy_source()};" in policy
    assert "unsafe" not in policy and "http" not in policy
    assert policy.startswith("default-src 'self'; ")


def _directives(policy: str) -> dict[str, str]:
    return dict(part.split(" ", 1) for part in policy.split("; "))


def test_the_meta_policy_is_the_header_policy_without_what_a_meta_ignores():
    header = _directives(sh.content_security_policy())
    meta = _directives(sh.meta_content_security_policy())
    assert {"frame-ancestors", "report-uri", "report-to", "sandbox"} == sh.HEADER_ONLY_DIRECTIVES
    assert meta == {d: v for d, v in header.items() if d not in sh.HEADER_ONLY_DIRECTIVES}
    assert "frame-ancestors" in header and "frame-ancestors" not in meta
    assert meta["script-src"] == f"'self' {page_start.policy_source()}"


def _meta_policies(html: str) -> list[tuple[int, str]]:
    """Each CSP <meta> of a page: its position among the head's elements, its policy."""

    class Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.found: list[tuple[int, str]] = []

        def handle_starttag(self, tag, attrs) -> None:
            found = dict(attrs)
            if tag == "meta" and found.get("http-equiv") == "Content-Security-Policy":
                self.found.append((len(self.tags), found["content"]))
            self.tags.append(tag)

    parser = Parser()
    parser.feed(html)
    return parser.found


PAGE = (
    '<!doctype html><html lang="fr"><head>\n  <meta charset="utf-8">\n'
    '  <meta name="viewport" content="width=device-width">\n'
    '  <link rel="stylesheet" href="a.css"><script src="a.js"></script>\n'
    "</head><body><header>x</header></body></html>"
)


def test_the_meta_policy_comes_right_after_the_charset_before_what_it_governs():
    html = sh.with_meta_policy(PAGE)
    element = sh.meta_policy_element(sh.meta_content_security_policy())
    assert html == PAGE.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + element)
    # html, head, meta charset, then the policy: before any link, script or style.
    assert _meta_policies(html) == [(3, sh.meta_content_security_policy())]
    assert sh.with_meta_policy(html) == html  # once only


def test_without_a_charset_first_the_policy_opens_the_head():
    page = '<html><head><link rel="icon" href="i.svg"><meta charset="utf-8"></head></html>'
    html = sh.with_meta_policy(page, "default-src 'self'")
    assert html.startswith('<html><head><meta http-equiv="Content-Security-Policy"')
    assert html.index("Content-Security-Policy") < html.index("<link")
    assert sh.with_meta_policy("<HEAD lang=fr><title>t</title>", "x").startswith(
        '<HEAD lang=fr><meta http-equiv="Content-Security-Policy" content="x">'
    )
    with pytest.raises(ValueError, match="no <head>"):
        sh.with_meta_policy("<p>no head</p>")


def test_a_header_element_is_not_the_head():
    html = sh.with_meta_policy("<header></header><head></head>", "x")
    assert (
        html
        == '<header></header><head><meta http-equiv="Content-Security-Policy" content="x"></head>'
    )


def test_the_policy_is_escaped_in_its_attribute():
    policy = """default-src 'self'; x "quoted" <tag> & more"""
    element = sh.meta_policy_element(policy)
    assert element == (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
        'x &quot;quoted&quot; &lt;tag&gt; &amp; more">'
    )
    assert _meta_policies(f"<head>{element}</head>") == [(1, policy)]


def test_a_redirect_page_carries_the_policy_before_anything_it_governs():
    words = load_content(FIXTURE_CONTENT).interface["fr"]
    page = redirect_page("/old/", "/new/", "fr", words)
    assert f"<title>{words.moved.title}</title>" in page
    assert _meta_policies(page) == [(3, sh.meta_content_security_policy())]
    assert page.index("Content-Security-Policy") < page.index("<link")
    assert sh.with_meta_policy(page) == page  # never twice


@pytest.mark.parametrize(
    ("path", "for_good"),
    [
        ("/assets/javascripts/site.0123456789abcdef.js", True),
        ("/assets/stylesheets/site.0123456789abcdef.css", True),
        ("/assets/javascripts/bundle.a5f9d56c.min.js", True),
        ("/assets/javascripts/workers/search.a7633da7.min.js", True),
        ("/assets/javascripts/bundle.a5f9d56c.min.js.map", False),
        ("/assets/javascripts/e2c.js", False),  # no hash: may change at any build
        ("/assets/javascripts/lunr/min/lunr.fr.min.js", False),
        ("/assets/images/logo.svg", False),
        ("/", False),
        ("/en/pour-qui/", False),
        ("/search/search_index.json", False),
        ("/documents/depliant-e2c-allier.pdf", False),
    ],
)
def test_only_files_named_by_a_hash_are_kept_for_good(path, for_good):
    expected = sh.CACHED_FOR_GOOD if for_good else sh.REVALIDATED
    assert sh.cache_control(path) == expected
    assert ("immutable" in expected) == for_good


def test_the_hashed_files_of_a_site_are_found(tmp_path):
    for name in (
        "assets/javascripts/site.0123abcd.js",
        "assets/javascripts/e2c.js",
        "a.0123abcd.js",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert sh.fingerprinted_files(tmp_path) == ["/assets/javascripts/site.0123abcd.js"]


def test_headers_file_keeps_hashed_files_for_good_and_leaves_the_rest_to_the_host():
    headers = sh.security_headers()
    bundle = "/assets/javascripts/bundle.a5f9d56c.min.js"
    text = sh.headers_file(headers, [bundle])
    rules = sh.rules_in_file(text)
    assert rules == {"/*": headers, bundle: {"Cache-Control": sh.CACHED_FOR_GOOD}}
    # On /*, it would be joined to the rule above by Cloudflare Pages.
    assert "Cache-Control" not in sh.headers_in_file(text)
    assert sh.headers_in_file(text, bundle) == {"Cache-Control": sh.CACHED_FOR_GOOD}


def test_hashed_scripts_and_stylesheets_get_only_the_headers_they_need():
    assert sh.headers_for("/") == sh.security_headers()
    assert sh.headers_for("/assets/images/logo.svg") == sh.security_headers()
    for path in (
        "/assets/javascripts/bundle.79ae519e.min.js",
        "/assets/javascripts/site.0123456789abcdef.js",
        "/assets/stylesheets/site.0123456789abcdef.css",
    ):
        assert sh.headers_for(path) == {"X-Content-Type-Options": "nosniff"}, path
    # A worker's policy is its own response's.
    worker = "/assets/javascripts/workers/search.f8cc74c7.min.js"
    assert sh.headers_for(worker) == sh.security_headers()
    assert sh.cache_control(worker) == sh.CACHED_FOR_GOOD


def test_nginx_sends_those_from_a_location_of_their_own():
    conf = "server {\n    # BEGIN security headers: x\n    # END security headers\n}\n"
    written = sh.replace_nginx_block(conf, sh.security_headers())
    assert sh.nginx_headers(written) == sh.security_headers()
    location = f'~ "{sh.STATIC_ASSETS}"'
    assert sh.nginx_headers(written, location) == {
        "Cache-Control": sh.CACHED_FOR_GOOD,
        "X-Content-Type-Options": "nosniff",
    }
    assert sh.nginx_headers(written, "/elsewhere/") == {}
    # Written again, it stays the same.
    assert sh.replace_nginx_block(written, sh.security_headers()) == written


def test_a_file_named_by_its_text_is_kept_for_good_and_renamed_when_it_changes():
    name = sh.fingerprinted_name("assets/javascripts", "site", "js", "a()")
    assert name.startswith("assets/javascripts/site.") and name.endswith(".js")
    assert sh.cache_control("/" + name) == sh.CACHED_FOR_GOOD
    assert sh.headers_for("/" + name) == {"X-Content-Type-Options": "nosniff"}
    assert sh.fingerprinted_name("assets/javascripts", "site", "js", "b()") != name
