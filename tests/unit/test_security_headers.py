import pytest
from e2c import security_headers as sh

CONF = """server {
    listen 80;
    # BEGIN security headers: made by 'make nginx-conf' from hooks/e2c/security_headers.py
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


def test_the_policy_allows_no_inline_script_and_no_other_host():
    policy = sh.content_security_policy()
    assert "script-src 'self';" in policy
    assert "unsafe" not in policy and "http" not in policy
    assert policy.startswith("default-src 'self'; ")
