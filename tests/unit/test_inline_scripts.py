from e2c.publish.inline_scripts import externalize, file_for, is_executable_inline

PAGE = """<head><script>var a=1;</script>
<script type="application/ld+json">{"@type": "Thing"}</script>
<script id="__config" type="application/json">{"base": ".."}</script>
<script src="assets/x.js"></script></head>
<body><script type="text/javascript">var a=1;</script><script> </script></body>"""


def test_only_scripts_the_browser_runs_count_as_inline_code():
    assert is_executable_inline("")
    assert is_executable_inline(' type="module"')
    assert is_executable_inline(" type='text/javascript'")
    assert not is_executable_inline(' type="application/ld+json"')
    assert not is_executable_inline(' id="__config" type="application/json"')
    assert not is_executable_inline(' src="a.js"')
    assert is_executable_inline(' data-src="a.js" data-type="application/json"')


def test_each_inline_script_goes_to_a_file_named_by_its_text():
    html, files = externalize(PAGE, "../../")
    name = file_for("var a=1;").path
    assert name.startswith("assets/javascripts/inline.") and name.endswith(".js")
    assert html.count(f'<script src="../../{name}"></script>') == 1
    assert html.count(f'<script type="text/javascript" src="../../{name}"></script>') == 1
    assert [script.text for script in files] == ["var a=1;", "var a=1;"]
    assert len({script.path for script in files}) == 1
    assert '<script type="application/ld+json">{"@type": "Thing"}</script>' in html
    assert '{"base": ".."}</script>' in html
    assert "<script> </script>" in html  # nothing to run, nothing to move


def test_different_scripts_get_different_files():
    assert file_for("a()").path != file_for("b()").path


def test_a_script_in_the_page_text_is_never_moved_past_the_policy():
    html = "<head><script>theme()</script></head><article><script>alert(1)</script></article>"
    moved, files = externalize(html, "../")
    assert len(files) == 1 and files[0].text == "theme()"
    assert "<article><script>alert(1)</script></article>" in moved
