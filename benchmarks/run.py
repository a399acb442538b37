"""`make bench`: every benchmark, a table of the figures, and a JSON file.

    python benchmarks/run.py [--quick] [--output FILE]

--quick runs each benchmark at its smallest (two pages, one Lighthouse run of one,
scale 1 and 2, one preview edit): the smoke test uses it to prove the
scripts run; its figures mean nothing.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import build_time
import common
import lighthouse_scores
import page_weight
import preview
import readability
import scale

DEFAULT_OUTPUT = common.ROOT / "benchmarks" / "results" / "latest.json"


def _built_site(directory: Path) -> Path:
    site_dir = directory / "site"
    project = common.copy_project(directory / "project", with_cache=True)
    common.timed_build(project, site_dir)
    return site_dir


def _mark(ok: bool) -> str:
    return "ok" if ok else "OVER BUDGET"


def print_table(figures: dict) -> None:
    print(
        "\nPage weight: first visit (nothing cached) and repeat visit (from another page),"
        " requests and KB of compressed bodies (+ with HTTP/1.1 headers);"
        f"\nbudget: first visit {page_weight.MAX_REQUESTS} requests and"
        f" {page_weight.MAX_KB_WITH_HEADERS} KB with headers (stretch"
        f" {page_weight.STRETCH_KB_WITH_HEADERS} KB), repeat visit the page alone."
        "\nLighthouse (median): slow 4G, all four categories; slow 3G, performance"
        f" (at least {lighthouse_scores.THREE_G_PERFORMANCE})."
    )
    scores = {row["path"]: row for row in figures["lighthouse"]}
    print(f"{'':30} {'first visit':>16} | {'repeat visit':>16} | {'slow 4G':>19} | slow 3G")
    header = (
        f"{'page':30} {'req':>3} {'KB':>5} {'+hdr':>6} | {'req':>3} {'KB':>5} {'+hdr':>6} | "
        f"{'perf':>4} {'a11y':>4} {'bp':>4} {'seo':>4} | {'perf':>4}"
    )
    print(header)
    print("-" * len(header))
    for row in figures["page_weight"]:
        lighthouse = scores.get(row["path"], {})
        median = lighthouse.get("median", {})
        cells = [f"{median.get(c, float('nan')):4.0f}" for c in lighthouse_scores.CATEGORIES]
        slow = lighthouse.get("three_g", {}).get("performance", float("nan"))
        repeat = row["repeat"]
        flag = (
            ""
            if row["within_budget"] and lighthouse.get("within_budget", True)
            else "  <- over budget"
        )
        print(
            f"{row['path']:30} {row['requests']:3} {row['kilobytes']:5.1f} "
            f"{row['with_headers_kilobytes']:6.1f} | {repeat['requests']:3} "
            f"{repeat['kilobytes']:5.1f} {repeat['with_headers_kilobytes']:6.1f} | "
            f"{' '.join(cells)} | {slow:4.0f}{flag}"
        )
    print("\nFrench readability (Kandel-Moles: higher is easier; 60-70 plain, above 80 easy)")
    for row in figures["readability"]:
        print(
            f"  {row['page']:40} {row['kandel_moles']:6.1f}  {row['words_per_sentence']:5.1f} words/sentence"
        )
    build = figures["build"]
    print(
        f"\nBuild (medians of {build['runs']}): the site {build['site_seconds']} s (budget "
        f"{build_time.BUDGET_SECONDS} s: {_mark(build['site_seconds'] <= build_time.BUDGET_SECONDS)})\n"
        f"  plain Material, the same pages (markers replaced): {build['plain_seconds']} s, "
        f"ratio {build['ratio']} (budget {build_time.BUDGET_RATIO}: "
        f"{_mark(build['ratio'] <= build_time.BUDGET_RATIO)})\n"
        f"  plain Material, the pages as written (markers left as comments): "
        f"{build['written_seconds']} s, ratio {build['written_ratio']}"
    )
    print("\nScale: time per page as the site grows")
    first = figures["scale"][0]
    for row in figures["scale"]:
        ratio = row["ms_per_page"] / first["ms_per_page"]
        print(
            f"  x{row['factor']:<4} {row['pages']:5} pages {row['seconds']:7.2f} s {row['ms_per_page']:6.1f} ms/page  ratio {ratio:.2f}"
        )
        for part, value in row["ms_per_page_by_part"].items():
            base = first["ms_per_page_by_part"].get(part) or float("nan")
            print(f"        {part:34} {value:7.2f} ms/page  ratio {value / base:.2f}")
    last = figures["scale"][-1]
    print(
        f"  budget: at most 1.5 at the largest size: {_mark(last['ms_per_page'] <= 1.5 * first['ms_per_page'])}"
    )
    shown = figures["preview"]
    print(
        f"\nPreview: a YAML edit shows in {shown['median_seconds']} s (median of {shown['edits']}; "
        f"budget {preview.BUDGET_SECONDS} s: {_mark(shown['median_seconds'] <= preview.BUDGET_SECONDS)})"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="smallest runs: proves the scripts work"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    options = parser.parse_args(argv)
    quick = options.quick
    started = time.perf_counter()
    figures: dict = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=common.ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip(),
        "machine": platform.platform(),
        "quick": quick,
    }
    with tempfile.TemporaryDirectory(prefix="e2c-bench-") as temporary:
        site_dir = _built_site(Path(temporary))
        paths = page_weight.page_paths(site_dir)
        if quick:
            paths = paths[:2]
        print(f"Page weight of {len(paths)} pages…", flush=True)
        figures["page_weight"] = page_weight.as_json(page_weight.measure(site_dir, paths))
        figures["readability"] = readability.as_json(readability.measure(site_dir))
        runs = 1 if quick else 3
        audited = paths[:1] if quick else paths  # two profiles of a page: the slowest part
        print(f"Lighthouse, {runs} run(s) of {len(audited)} pages…", flush=True)
        figures["lighthouse"] = lighthouse_scores.as_json(
            lighthouse_scores.measure(site_dir, audited, runs)
        )
    print("Build times…", flush=True)
    figures["build"] = build_time.as_json(build_time.measure(1 if quick else 5))
    factors = (1, 2) if quick else (1, 10, 100)
    print(f"Scale {factors}…", flush=True)
    figures["scale"] = scale.as_json(scale.measure(factors))
    print("Preview…", flush=True)
    figures["preview"] = preview.as_json(preview.measure(1 if quick else 5))
    figures["seconds"] = round(time.perf_counter() - started, 1)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(
        json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print_table(figures)
    print(f"\nFigures written to {options.output} ({figures['seconds']} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
