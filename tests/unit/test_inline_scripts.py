from e2c.publish.inline_scripts import is_executable_inline, left_inline

PAGE = """<head><script>var a=1;</script>
<script type="application/ld+json">{"@type": "Thing"}</script>
<script id="__config" type="application/json">{"base": ".."}</script>
<script src="assets/x.js"></script></head>
<body><script type="text/javascript">
  var b =
  2;</script><script> </script></body>"""


def test_only_scripts_the_browser_runs_count_as_inline_code():
    assert is_executable_inline("")
    assert is_executable_inline(' type="module"')
    assert is_executable_inline(" type='text/javascript'")
    assert not is_executable_inline(' type="application/ld+json"')
    assert not is_executable_inline(' id="__config" type="application/json"')
    assert not is_executable_inline(' src="a.js"')
    assert is_executable_inline(' data-src="a.js" data-type="application/json"')


def test_each_script_that_would_run_inline_is_named_by_its_beginning():
    assert left_inline(PAGE) == ["var a=1;", "var b = 2;"]


def test_a_script_allowed_by_its_text_is_not_counted():
    assert left_inline(PAGE, allowed=["var a=1;"]) == ["var b = 2;"]
    assert left_inline(PAGE, allowed=["var a=1"]) == ["var a=1;", "var b = 2;"]


def test_a_page_of_data_blocks_and_files_has_none():
    page = PAGE.split("<body>")[0].replace("<script>var a=1;</script>", "")
    assert left_inline(page) == []
