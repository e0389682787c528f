"""Benchmark: the cost of one questionnaire as a single answer grows (it should grow linearly).

    python benchmarks/bench_field_size.py [--sizes 10000,20000,40000,80000,160000]

A summary, a risk, a deliverable description and a person's name (one word, no
spaces: the hardest case for wrapping) get N characters; the table shows the
time for validate + the whole pack (Markdown, Word, pictures) and the ratio to
the previous size. A doubling of N should roughly double the time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.questionnaire.interview import example_text  # noqa: E402
from generator.build.api import Build, Options  # noqa: E402
from generator.questionnaire.read import read_questionnaire_text  # noqa: E402


def questionnaire(size: int) -> str:
    """Return the example with four answers of ``size`` characters."""
    words = ("lorem ipsum dolor sit amet " * (size // 27 + 1))[:size]
    text = example_text()
    text = text.replace("    Move customer records from three legacy CRMs into one customer data\n"
                        "    platform, so that sales and support work from the same information.\n", f"    {words}\n")
    text = text.replace("  - risk: Legacy data quality is worse than sampled", f"  - risk: {words}")
    text = text.replace("      description: All customer records in the new platform", f"      description: {words}")
    return text.replace("  - name: Lee Chen", f"  - name: Lee Chen{'x' * size}").replace(
        ": Lee Chen\n", f": Lee Chen{'x' * size}\n").replace("Lee Chen]", f"Lee Chen{'x' * size}]")


def run(text: str) -> float:
    started = time.perf_counter()
    result = read_questionnaire_text(text, "big.yaml")
    assert result.ok(), [d.format() for d in result.diagnostics][:3]
    Build(Options(jobs=1)).pack(result.questionnaire)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000,40000,80000,160000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| Answer size (characters) | Validate + pack | Ratio to previous |")
    print("|---|---|---|")
    previous = None
    for size in (int(s) for s in args.sizes.split(",")):
        text = questionnaire(size)
        seconds = statistics.median(run(text) for _ in range(args.repeat))
        ratio = f"{seconds / previous:.2f}" if previous else "—"
        print(f"| {size:,} | {seconds * 1000:.0f} ms | {ratio} |")
        previous = seconds


if __name__ == "__main__":
    main()
