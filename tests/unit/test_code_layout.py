"""The package's layout is its data flow: content/ -> render/ -> publish/.

A module may use the stages before its own, never one after: content/ knows
nothing of pages, render/ nothing of the files written into site/. Only
site_build.py knows MkDocs; the hook file only passes events on.
"""

import ast
from pathlib import Path

import pytest

HOOKS = Path(__file__).resolve().parents[2] / "hooks"
PACKAGE = HOOKS / "e2c"
# What each stage may import from the package.
ALLOWED = {
    "content": {"content"},
    "render": {"content", "render"},
    "publish": {"content", "render", "publish"},
}


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, as written (`e2c.content.models`, `re`)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module == "e2c" or node.module.startswith("e2c."):
                names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def _stage(name: str) -> str | None:
    """`e2c.render.markers` -> `render`; None for a name outside the stages."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "e2c" and parts[1] in ALLOWED else None


@pytest.mark.parametrize("stage", sorted(ALLOWED))
def test_a_stage_uses_only_the_stages_before_it(stage):
    modules = sorted((PACKAGE / stage).glob("*.py"))
    assert len(modules) > 1
    wrong = [
        f"{module.relative_to(HOOKS)} imports {name}"
        for module in modules
        for name in sorted(_imports(module))
        if (_stage(name) or stage) not in ALLOWED[stage]
    ]
    assert not wrong, wrong


def test_every_module_belongs_to_a_stage_but_the_build_and_the_commands():
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "checks.py", "cli.py", "site_build.py"]


def test_only_the_build_knows_mkdocs():
    knowing = sorted(
        module.relative_to(HOOKS).as_posix()
        for module in PACKAGE.rglob("*.py")
        if any(name == "mkdocs" or name.startswith("mkdocs.") for name in _imports(module))
    )
    assert knowing == ["e2c/site_build.py"]


def test_the_hook_file_only_passes_events_on():
    tree = ast.parse((HOOKS / "e2c_hooks.py").read_text(encoding="utf-8"))
    package = {name for name in _imports(HOOKS / "e2c_hooks.py") if name.startswith("e2c")}
    assert package == {"e2c.site_build", "e2c.site_build.SiteBuild"}
    handlers = [f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name.startswith("on_")]
    assert len(handlers) >= 9
    for handler in handlers:
        # One call to the build, and at most the return of what MkDocs passed in.
        assert len(handler.body) <= 4, f"{handler.name} does more than pass the event on"
        for node in ast.walk(handler):
            assert not isinstance(node, ast.For | ast.While | ast.With | ast.Try), handler.name
