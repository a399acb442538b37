"""The workflow on a pull request: annotations, the built site to download, the
tests; never a publication. (The push to main: tests/build/test_deploy.py.)"""

from __future__ import annotations

import yaml
from site_helpers import ROOT

WORKFLOW = yaml.safe_load(
    (ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8")
)
JOBS = WORKFLOW["jobs"]
REVIEW = JOBS["review"]


def test_pull_requests_on_main_run_the_workflow():
    triggers = WORKFLOW[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["pull_request"]["branches"] == ["main"]
    assert triggers["push"]["branches"] == ["main"]


def test_nothing_is_published_from_a_pull_request():
    for name in ("build", "publish"):
        assert JOBS[name]["if"] == "github.event_name != 'pull_request'", name
    assert REVIEW["if"] == "github.event_name == 'pull_request'"
    review_uses = [step.get("uses", "") for step in REVIEW["steps"]]
    assert not any("pages" in use for use in review_uses)
    assert REVIEW["permissions"] == {"contents": "read"}


def test_a_pull_request_never_waits_in_or_cancels_the_publication_queue():
    group = WORKFLOW["concurrency"]["group"]
    assert "github.event_name == 'pull_request'" in group and "'pages'" in group


def test_the_review_checks_then_builds_uploads_and_tests():
    steps = REVIEW["steps"]
    runs = [step.get("run", "") for step in steps]
    uses = [step.get("uses", "") for step in steps]
    check = runs.index("make check FORMAT=github")
    build = runs.index("make build")
    upload = uses.index("actions/upload-artifact@v4")
    test = runs.index("make test")
    assert check < build < upload < test
    assert steps[upload]["with"]["path"] == "site"
    assert steps[test]["env"] == {"CI": "true"}  # as .ci/run runs it


def test_the_review_runs_where_the_publication_is_built():
    build = JOBS["build"]
    assert REVIEW["container"] == build["container"]
    assert REVIEW["steps"][0] == build["steps"][0]  # the same tools from apt
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "export CI=true" in ci_run and "make test" in ci_run


def test_both_jobs_build_with_the_whole_history_readable():
    # Pages are dated by Git (e2c.publish.dates): a shallow clone, or a history
    # Git refuses to read in the container, would date every page alike.
    for name in ("build", "review"):
        steps = JOBS[name]["steps"]
        uses = [step.get("uses", "") for step in steps]
        checkout = next(i for i, use in enumerate(uses) if use.startswith("actions/checkout@"))
        assert steps[checkout]["with"]["fetch-depth"] == 0, name
        trust = steps[checkout + 1].get("run", "")
        assert "safe.directory" in trust and "$GITHUB_WORKSPACE" in trust, name
