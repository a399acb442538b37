import pytest
import yaml
from build_time import page_url, plain_config, with_template_values
from scale import _without_data_markers

CONFIG = """site_name: E2C Allier
hooks:
  - hooks/e2c_hooks.py

watch:
  - content
"""


def test_the_plain_build_is_the_same_configuration_without_hooks():
    assert plain_config(CONFIG) == "site_name: E2C Allier\n\nwatch:\n  - content\n"
    with pytest.raises(ValueError, match="hooks"):
        plain_config("site_name: x\n")


def test_the_plain_build_gives_the_templates_what_the_hooks_would():
    config = "site_name: x\nextra:\n  generator: false\nhooks: []\n"
    values = {"e2c_words": {"page": {"title": "Sur cette page : « x »"}}, "e2c_home": ""}
    extra = yaml.safe_load(with_template_values(config, values))["extra"]
    assert extra == {"generator": False, **values}
    with pytest.raises(ValueError, match="extra"):
        with_template_values("site_name: x\n", values)


def test_synthetic_pages_keep_their_text_but_not_the_data_lists():
    page = "---\nself_check: true\n---\n# Title\n<!-- e2c:partners -->\n<!-- e2c:step apply -->\nText\n"
    assert _without_data_markers(page) == "---\n---\n# Title\n<!-- e2c:step apply -->\nText\n"


@pytest.mark.parametrize(
    ("source", "url", "language"),
    [
        ("index.md", "", "fr"),
        ("index.en.md", "en/", "en"),
        ("pour-qui.md", "pour-qui/", "fr"),
        ("documents/depliant.en.md", "en/documents/depliant/", "en"),
    ],
)
def test_a_page_source_gives_the_url_the_hooks_see(source, url, language):
    assert page_url(source) == (url, language)
