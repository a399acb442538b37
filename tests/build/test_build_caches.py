"""What a build keeps in .cache/ to be faster the next time never hides an
edit: the theme's templates, compiled (e2c.site_build.TEMPLATE_CACHE), and
the pruned stylesheet (e2c.publish.stylesheet.CACHE)."""

from __future__ import annotations

from pathlib import Path

from e2c.publish import stylesheet
from e2c.site_build import TEMPLATE_CACHE
from site_helpers import build, copy_project

WIDTH = '<meta property="og:image:width" content="1200">'
EDITED_WIDTH = '<meta property="og:image:width" content="1201">'
NEW_RULE = ".e2c-cache-check{outline-offset:7px}"


def built(project: Path, site_dir: Path) -> Path:
    result = build(project, site_dir)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stdout}\n{result.stderr}"
    return site_dir


def stylesheet_text(site_dir: Path) -> str:
    (sheet,) = (site_dir / "assets" / "stylesheets").glob("site.*.css")
    return sheet.read_text(encoding="utf-8")


def test_an_edited_template_or_stylesheet_shows_in_the_next_build(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    first = built(project, tmp_path / "first")
    assert WIDTH in (first / "index.html").read_text(encoding="utf-8")
    assert any((project / TEMPLATE_CACHE).iterdir())
    assert list((project / stylesheet.CACHE).glob("*.css"))

    template = project / "overrides" / "main.html"
    text = template.read_text(encoding="utf-8")
    assert 'content="1200"' in text
    template.write_text(text.replace('content="1200"', 'content="1201"'), encoding="utf-8")
    sheet = project / "overrides" / "assets" / "stylesheets" / "e2c.css"
    sheet.write_text(sheet.read_text(encoding="utf-8") + f"\n{NEW_RULE}\n", encoding="utf-8")
    second = built(project, tmp_path / "second")

    assert EDITED_WIDTH in (second / "index.html").read_text(encoding="utf-8")
    assert NEW_RULE in stylesheet_text(second)
    assert NEW_RULE not in stylesheet_text(first)
    # One pruned stylesheet kept: the cache does not grow with every edit.
    assert len(list((project / stylesheet.CACHE).glob("*.css"))) == 1
