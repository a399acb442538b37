"""`make check` and `make release-check`: the content's checks, without a build.

    python -m e2c.cli [--lang fr|en] [--release]

Exit status: 0 when all is well, 1 when something must be fixed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

from e2c import pages
from e2c.content import ContentError, load_content
from e2c.markers import front_matter_lines, replace_markers
from e2c.problems import Problem, report
from e2c.release import missing_before_release

ROOT = Path(__file__).resolve().parents[2]


def page_problems(docs: Path, content) -> list[Problem]:
    """What a build would refuse in docs/: missing twins, descriptions, unknown markers."""
    sources = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    problems = pages.missing_translations(sources)
    for source in sources:
        text = (docs / source).read_text(encoding="utf-8")
        offset = front_matter_lines(text)
        match = re.match(r"---\s*\n(.*?)\n---\s*\n", text, flags=re.S)
        meta = (yaml.safe_load(match.group(1)) if match else None) or {}
        problem = pages.missing_description(f"docs/{source}", meta)
        if problem:
            problems.append(problem)
        _, language = pages.split_language(source)
        body = "\n".join(text.splitlines()[offset:])
        problems += replace_markers(body, content, language, f"docs/{source}", offset + 1)[1]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["fr", "en"], help="messages in one language only")
    parser.add_argument("--release", action="store_true", help="also list empty release fields")
    args = parser.parse_args(argv)
    try:
        content = load_content(ROOT / "content")
    except ContentError as error:
        print(report(error.problems, args.lang), file=sys.stderr)
        return 1
    problems = page_problems(ROOT / "docs", content)
    if args.release:
        problems += missing_before_release(content)
    if problems:
        print(report(problems, args.lang), file=sys.stderr)
        return 1
    done = {"fr": "Tout est correct.", "en": "All is well."}
    print(done.get(args.lang, f"{done['fr']} ({done['en']})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
