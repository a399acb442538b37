"""`make bench` is not part of `make test`: this proves its scripts run, at
their smallest. The figures of such a run mean nothing and are not checked."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from site_helpers import ROOT

pytestmark = pytest.mark.browser


def test_every_benchmark_runs_and_writes_its_figures(tmp_path):
    output = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    figures = json.loads(output.read_text(encoding="utf-8"))
    assert len(figures["page_weight"]) == 2
    assert all(row["kilobytes"] > 0 and row["requests"] > 0 for row in figures["page_weight"])
    assert set(figures["lighthouse"][0]["median"]) == {
        "performance",
        "accessibility",
        "best-practices",
        "seo",
    }
    assert figures["build"]["site_seconds"] > 0 and figures["build"]["ratio"] > 0
    assert [row["factor"] for row in figures["scale"]] == [1, 2]
    assert figures["scale"][1]["pages"] > figures["scale"][0]["pages"]
    assert figures["preview"]["median_seconds"] > 0
    assert "Page weight" in result.stdout and "Preview" in result.stdout
