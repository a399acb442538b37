"""The reference deployment: deploy/nginx.conf, the _headers file, and pages a
strict Content-Security-Policy lets run."""

from __future__ import annotations

import base64
import hashlib
import posixpath
import re
from pathlib import Path

import yaml
from e2c.publish import page_start, security_headers
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
    # Hashed scripts and stylesheets: a location of their own, with what they need.
    location = f'~ "{security_headers.STATIC_ASSETS}"'
    assert security_headers.nginx_headers(DEPLOY_CONF.read_text("utf-8"), location) == {
        "Cache-Control": security_headers.CACHED_FOR_GOOD,
        **security_headers.headers_for("/assets/stylesheets/site.0123456789abcdef.css"),
    }


def test_nginx_conf_holds_the_headers_of_the_source():
    conf = DEPLOY_CONF.read_text(encoding="utf-8")
    current = security_headers.replace_nginx_block(conf, security_headers.security_headers())
    assert conf == current, "deploy/nginx.conf is out of date: run 'make nginx-conf'"


def test_the_policy_is_strict():
    policy = security_headers.content_security_policy()
    directives = dict(part.split(" ", 1) for part in policy.split("; "))
    assert directives["default-src"] == "'self'"
    # Files of this host, and one inline script: the start script, by its hash.
    assert directives["script-src"] == f"'self' {page_start.policy_source()}"
    for directive, value in [
        ("object-src", "'none'"),
        ("base-uri", "'self'"),
        ("frame-ancestors", "'none'"),
        ("form-action", "'self'"),
    ]:
        assert directives[directive] == value
    assert "unsafe" not in policy


def test_no_page_keeps_a_script_the_policy_would_block(site_dir):
    allowed = security_headers.CONTENT_SECURITY_POLICY["script-src"]
    found = []
    for file in built_pages(site_dir):
        html = file.read_text(encoding="utf-8")
        for attributes, body in re.findall(r"<script((?:\s[^>]*)?)>(.*?)</script>", html, re.S):
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            if is_executable_inline(attributes) and f"'sha256-{digest}'" not in allowed:
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


def _loaded(file: Path, site_dir: Path, html: str) -> list[str]:
    """The scripts and stylesheets a page loads, as URL paths from the site's root:
    linked, or loaded by its start script."""
    found = re.findall(r'<script [^>]*?src="([^"]+)"', html) + page_start.loaded_scripts(html)
    found += re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    root = "/" + file.parent.relative_to(site_dir).as_posix() + "/"
    return [posixpath.normpath(posixpath.join(root, src)) for src in found]


def test_every_page_loads_one_script_of_ours_and_only_files_cached_for_good(site_dir):
    # Material's inline scripts, e2c.js and eligibility.js: one file for every page
    # (e2c.publish.site_script), so that a second page costs only its HTML.
    ours: set[str] = set()
    for file in built_pages(site_dir):
        loaded = _loaded(file, site_dir, file.read_text(encoding="utf-8"))
        scripts = [path for path in loaded if path.endswith(".js")]
        mine = [path for path in scripts if not posixpath.basename(path).startswith("bundle.")]
        assert len(mine) == 1, f"{file}: {scripts}"
        assert len(scripts) == 2, f"{file}: {scripts}"  # and Material's bundle
        ours |= set(mine)
        for path in loaded:
            assert (site_dir / path.lstrip("/")).is_file(), f"{file}: {path}"
            assert security_headers.cache_control(path) == security_headers.CACHED_FOR_GOOD, path
    assert len(ours) == 1, ours
    (script,) = ours
    text = (site_dir / script.lstrip("/")).read_text(encoding="utf-8")
    assert script.endswith(security_headers.fingerprinted_name("", "site", "js", text))


def test_the_headers_file_keeps_for_good_every_file_named_by_a_hash(site_dir):
    rules = security_headers.rules_in_file((site_dir / "_headers").read_text("utf-8"))
    for_good = {path for path, rule in rules.items() if rule.get("Cache-Control")}
    assert for_good == set(security_headers.fingerprinted_files(site_dir))
    assert all(rules[path] == {"Cache-Control": "max-age=31536000, immutable"} for path in for_good)
    assert "Cache-Control" not in rules["/*"]  # joined to the others on Cloudflare Pages


def test_nginx_keeps_for_good_the_files_the_source_names():
    # The map of deploy/nginx.conf and FINGERPRINTED of e2c.publish.security_headers.
    conf = DEPLOY_CONF.read_text(encoding="utf-8")
    cache_map = re.search(r"map \$uri \$e2c_cache_control \{(.*?)\}\n", conf, re.S)
    assert cache_map, "deploy/nginx.conf has no map of Cache-Control"
    entries = dict(re.findall(r'^\s*"?(.*?)"?\s+"([^"]+)";$', cache_map.group(1), re.M))
    assert entries == {
        f"~{security_headers.FINGERPRINTED}": security_headers.CACHED_FOR_GOOD,
        "default": security_headers.REVALIDATED,
    }
    assert "add_header Cache-Control $e2c_cache_control always;" in conf


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
