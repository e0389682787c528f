"""Measure how full each executive summary's one page is, as LibreOffice lays out its Word file.

    python benchmarks/bench_summary_room.py                        # tests/fixtures/summaries and the examples
    python benchmarks/bench_summary_room.py more/*.yaml            # ... and these questionnaires too

Writes each questionnaire's executive summary as Word, converts it to PDF with LibreOffice and
reads where its last line of text ends (pdftotext): the points left above the text's bottom
(A4: 771 pt from the top, US letter: 720), whether the page was set closer (10-point text) and
its page count.  Prints one line per summary, fullest first, and the median and least room of
those set closer: the figures the one-page estimate's `TIGHT_ROOM` is set by
(`generator/view/one_page.py`).  Needs ``soffice`` and ``pdftotext``; not part of the tests.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, this_checkout

TEXT_BOTTOM = {"A4": 771.0, "letter": 720.0}  # where the body text must end, in points from the page's top
FOOTER = 50.0  # lines this near the page's bottom edge are the footer


def summary_pdf(questionnaire: Path, work: Path) -> Path:
    """Return the PDF of a questionnaire's executive summary, written as Word by pmdocs and converted by LibreOffice."""
    out = work / questionnaire.stem
    subprocess.run([sys.executable, "-m", "generator", "generate", str(questionnaire), "-o", str(out), "--format",
                    "docx", "-j", "1"], check=True, capture_output=True, env=this_checkout())
    docx = next(out.glob("*/*-executive-summary.docx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(docx)], check=True,
                   capture_output=True)
    return work / f"{docx.stem}.pdf"


def room(pdf: Path) -> tuple[float, bool, int]:
    """Return the points left below a summary's last line of text on its first page, whether its body text is set
    closer (lines 12.8 pt apart, not 14.7), and its page count."""
    layout = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = layout.split("<page ")[1:]
    height = float(re.search(r'height="([0-9.]+)"', pages[0]).group(1))  # type: ignore[union-attr]
    tops = sorted({round(float(y), 1) for y in re.findall(r'yMin="([0-9.]+)"', pages[0])})
    ends = [float(y) for y in re.findall(r'yMax="([0-9.]+)"', pages[0]) if float(y) < height - FOOTER]
    gaps = {round(b - a, 1) for a, b in zip(tops, tops[1:])}
    closer = 12.8 in gaps and 14.7 not in gaps
    return TEXT_BOTTOM["A4" if height > 800 else "letter"] - max(ends), closer, len(pages)


def main(argv: list[str]) -> None:
    """Measure the summaries of the fixtures, the examples and any questionnaires given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questionnaires", nargs="*", type=Path)
    args = parser.parse_args(argv)
    files = [*sorted((ROOT / "tests" / "fixtures" / "summaries").glob("*.yaml")),
             *sorted((ROOT / "content" / "projects").glob("*.yaml")), *args.questionnaires]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            rows.append((*room(summary_pdf(path, Path(tmp))), path.name))
    rows.sort()
    for left, closer, pages, name in rows:
        print(f"{left:7.1f} pt  {'closer' if closer else 'normal'}  {pages} page{'s' if pages > 1 else ''}  {name}")
    closer_rooms = [left for left, closer, _, _ in rows if closer]
    print(f"\n{len(rows)} summaries, {sum(pages > 1 for _, _, pages, _ in rows)} on more than one page; "
          f"set closer: {len(closer_rooms)}, room left median {statistics.median(closer_rooms or [0]):.1f} pt, "
          f"least {min(closer_rooms or [0]):.1f} pt")


if __name__ == "__main__":
    main(sys.argv[1:])
