"""The reference deployment: deploy/nginx.conf, the _headers file, and pages a
strict Content-Security-Policy lets run."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from e2c.publish import security_headers
from e2c.publish.inline_scripts import is_executable_inline
from nginx_server import DEPLOY_CONF, check, write_conf
from site_helpers import ROOT, built_pages

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


def test_nginx_accepts_the_configuration(site_dir, tmp_path):
    conf = write_conf(site_dir, tmp_path, 8080)
    result = check(conf, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_headers_file_and_nginx_send_the_same_headers(site_dir):
    in_file = security_headers.headers_in_file((site_dir / "_headers").read_text("utf-8"))
    in_nginx = security_headers.nginx_headers(DEPLOY_CONF.read_text("utf-8"))
    assert in_file == in_nginx
    assert in_file == security_headers.security_headers()


def test_nginx_conf_holds_the_headers_of_the_source():
    conf = DEPLOY_CONF.read_text(encoding="utf-8")
    current = security_headers.replace_nginx_block(conf, security_headers.security_headers())
    assert conf == current, "deploy/nginx.conf is out of date: run 'make nginx-conf'"


def test_the_policy_is_strict():
    policy = security_headers.content_security_policy()
    directives = dict(part.split(" ", 1) for part in policy.split("; "))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    for directive, value in [
        ("object-src", "'none'"),
        ("base-uri", "'self'"),
        ("frame-ancestors", "'none'"),
        ("form-action", "'self'"),
    ]:
        assert directives[directive] == value
    assert "unsafe" not in policy


def test_no_page_keeps_a_script_the_policy_would_block(site_dir):
    found = []
    for file in built_pages(site_dir):
        html = file.read_text(encoding="utf-8")
        for attributes, body in re.findall(r"<script((?:\s[^>]*)?)>(.*?)</script>", html, re.S):
            if is_executable_inline(attributes) and body.strip():
                found.append(f"{file.relative_to(site_dir)}: {body[:60]}")
        found += [
            f"{file.relative_to(site_dir)}: {handler}"
            for handler in re.findall(r"\s(on[a-z]+)=", html)
        ]
    assert not found, "\n".join(found)


def test_every_page_carries_the_policy_before_what_it_governs(site_dir):
    # For hosts that send no headers (GitHub Pages): see e2c.publish.security_headers.
    element = security_headers.meta_policy_element(security_headers.meta_content_security_policy())
    for file in built_pages(site_dir, redirects=True):
        html = file.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        assert head.count(security_headers.META_POLICY) == 1, file
        at = head.index(element)
        first = re.search(r"<(?:script|link|style|base)\b", head)
        assert first is None or at < first.start(), f"{file}: the policy comes too late"
        assert at < head.index("<title"), file


def test_the_moved_scripts_are_published(site_dir):
    for file in built_pages(site_dir):
        html = file.read_text(encoding="utf-8")
        sources = re.findall(r'<script src="([^"]*inline\.[0-9a-f]+\.js)"', html)
        assert sources, f"{file}: Material's scripts were not moved into a file"
        for src in sources:
            target = (file.parent / src) if not src.startswith("/") else site_dir / src.lstrip("/")
            assert Path(target).resolve().is_file(), f"{file}: {src}"


def test_the_workflow_builds_tests_and_publishes_on_every_push_to_main():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert workflow["permissions"]["pages"] == "write"
    build_steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in build_steps]
    uses = [step.get("uses", "") for step in build_steps]
    assert runs.index("make test") < runs.index("make build")
    assert any(use.startswith("actions/upload-pages-artifact@") for use in uses)
    publish = workflow["jobs"]["publish"]
    assert publish["needs"] == "build"
    assert publish["steps"][0]["uses"].startswith("actions/deploy-pages@")
