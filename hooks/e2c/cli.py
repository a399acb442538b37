"""`make check` and `make release-check`: the content's checks, without a build.

    python -m e2c.cli [--lang fr|en] [--release] [--format text|github] [--root DIR]

Exit status: 0 when all is well, 1 when something must be fixed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from e2c.checks import check_project, config_problems
from e2c.content.problems import Problem, report
from e2c.content.release import (
    easy_pages_not_reviewed,
    links_to_check_again,
    missing_before_release,
)
from e2c.publish.dates import DateError

ROOT = Path(__file__).resolve().parents[2]


def github_annotations(problems: list[Problem]) -> str:
    """One GitHub Actions annotation per problem, shown on the file and line of a pull request."""

    def escape(text: str, property_: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if property_ else text

    return "\n".join(
        f"::error file={escape(p.path, True)},line={p.line}"
        + (f",col={p.column}" if p.column else "")
        + f",title={escape(p.where('fr'), True)}::{escape(p.fr)}"
        for p in problems
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lang", choices=["fr", "en"], help="messages in one language only")
    parser.add_argument("--release", action="store_true", help="also list empty release fields")
    parser.add_argument(
        "--format", choices=["text", "github"], default="text", help="github: annotations"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the project to check")
    parser.add_argument(
        "--config-only", action="store_true", help="mkdocs.yml only, silent when all is well"
    )
    args = parser.parse_args(argv)
    if args.config_only:
        problems = config_problems(args.root)
        if problems:
            print(report(problems, args.lang), file=sys.stderr)
        return 1 if problems else 0
    try:
        content, problems = check_project(args.root)
    except DateError as error:  # a SOURCE_DATE_EPOCH that is not one: the build says the same
        print(error, file=sys.stderr)
        return 1
    if content is not None and args.release:
        problems += missing_before_release(content)
        problems += links_to_check_again(content, date.today())
        problems += easy_pages_not_reviewed(content)
    if problems:
        if args.format == "github":
            print(github_annotations(problems))
        print(report(problems, args.lang), file=sys.stderr)
        return 1
    done = {"fr": "Tout est correct.", "en": "All is well."}
    print(done.get(args.lang or "", f"{done['fr']} ({done['en']})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
