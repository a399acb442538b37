"""axe-core on the page as it is now: WCAG 2.0 and 2.1, levels A and AA."""

from __future__ import annotations

import pytest
from site_helpers import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = {"light": "default", "dark": "slate"}


def axe_violations(page, where: str) -> list[str]:
    """axe's findings on the page as it is now, one line per element."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run 'make test', which installs the node packages.")
    # Colours mid-transition (a button fading after a click) are not what a reader sees.
    # A function, not an expression: Playwright evaluates expressions with
    # eval(), which the site's policy blocks.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    # Through the DevTools protocol, not a <script> tag, which the site's
    # Content-Security-Policy rightly blocks.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        f"{where}: {violation['id']} ({violation['help']}) at {', '.join(map(str, node['target']))}"
        f"\n    {node['failureSummary'].splitlines()[-1].strip()}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]
