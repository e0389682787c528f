"""Benchmark pmdocs at every size: one project, and portfolios of N projects.

    python benchmarks/bench_portfolio.py                 # N = 100 and 1000
    python benchmarks/bench_portfolio.py --sizes 100     # a quicker run
    python benchmarks/bench_portfolio.py --sizes 100,1000 --skip-single --only-site --builder zensical

Prints Markdown tables:

a. one example project's full pack (Markdown + .docx): the whole `pmdocs generate`
   command, and in-process;
b. pandoc converting the same rendered Markdown files to .docx, in the same run,
   as a ratio (skipped, with a message, when pandoc is not installed);
c. a synthetic portfolio of N projects made from the examples (every project gets
   its own code, name and people, so nothing is artificially shared, and two status
   reports at least, as issue 16 measures it): `pmdocs
   generate` and the site build (`pmdocs build`), wall time, peak memory of the
   whole process tree (PSS: see `_tree_memory`), size of site/, the largest page, the search index;
d. an incremental rebuild after changing one questionnaire.

Run it on demand; it is not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import ROOT, byte_compile, markdown_pack, pandoc_seconds, this_checkout  # also puts the checkout on the import path

EXAMPLES = sorted((ROOT / "content" / "projects").glob("*.yaml"))


# -- measuring -----------------------------------------------------------------------


def _tree_memory(pid: int) -> tuple[int, int]:
    """Return the memory (bytes) of a process and all its descendants: proportional (PSS: a page shared by forked
    processes counted once, in parts) and resident (RSS summed: a shared page counted in every process using it).

    pmdocs forks its workers and copies (copy-on-write): the sum of their RSS counts what they share as often as
    there are processes, so PSS is the memory the build takes from the machine."""
    pss, rss, stack, seen = 0, 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        rss += int(line.split()[1]) * 1024
            with open(f"/proc/{current}/smaps_rollup", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as handle:
                stack.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return pss, rss


PEAK_RSS: dict[str, int] = {}  # the peak of the summed RSS of each command run, for comparison with earlier figures


def run(command: list[str], cwd: Path) -> tuple[float, int]:
    """Return the wall time and the peak memory (whole process tree, PSS) of a command."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=this_checkout())
    peak, peak_rss = 0, 0
    done = threading.Event()

    def sample() -> None:  # every 0.25 s: reading PSS walks each process's page tables, a cost the build shares
        nonlocal peak, peak_rss
        while not done.is_set():
            pss, rss = _tree_memory(proc.pid)
            peak, peak_rss = max(peak, pss), max(peak_rss, rss)
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    done.set()
    sampler.join()
    elapsed = time.perf_counter() - started
    PEAK_RSS[" ".join(command)] = peak_rss
    if proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stderr.decode(errors='replace')[-2000:]}")
    return elapsed, peak


def mb(size: float) -> str:
    return f"{size / 1e6:,.1f} MB" if size else "—"


def secs(seconds: float) -> str:
    """Return a duration in seconds, or a dash for one not measured (NaN)."""
    return f"{seconds:.1f} s" if seconds == seconds else "—"


# -- a synthetic portfolio -----------------------------------------------------------------


def make_portfolio(folder: Path, count: int, reports: bool = True) -> Path:
    """Return the mkdocs.yml of a portfolio of ``count`` projects made from the examples (each with two status reports
    at least, unless ``reports`` is false: the examples' own)."""
    import yaml

    content = folder / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("projects"))
    projects = content / "projects"
    projects.mkdir()
    sources = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    for index in range(count):
        data = _variant(sources[index % len(sources)], index, reports)
        (projects / f"p{index:05d}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("  - pmdocs\n", "  - pmdocs:\n      as_of: '2027-01-01'\n")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder / "mkdocs.yml"


def _variant(source: dict, index: int, reports: bool = True) -> dict:
    """Return a copy of an example with its own code, name and people (and two status reports, with ``reports``)."""
    import copy
    import json

    data = copy.deepcopy(source)
    suffix = f" {index:05d}"
    names = {p["name"]: p["name"] + suffix for p in data["people"]}
    text = json.dumps(data, ensure_ascii=False, default=str)
    for old, new in sorted(names.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(json.dumps(old, ensure_ascii=False), json.dumps(new, ensure_ascii=False))
    data = json.loads(text)
    data["project"]["code"] = f"P{index:05d}"
    data["project"]["name"] = data["project"]["name"] + suffix
    return _two_reports(data) if reports else data


def _two_reports(data: dict) -> dict:
    """Return a project with at least two status reports (issue 16 measures portfolios of such projects): two are
    added, a third and two thirds into the project, to one that has fewer."""
    import datetime as dt

    if len(data.get("status_reports") or []) >= 2:
        return data
    start, end = (dt.date.fromisoformat(str(data["project"][key])) for key in ("start", "end"))
    milestones = data.get("milestones") or []
    budget = data["project"].get("budget")
    reports = []
    for part, overall in ((1, "green"), (2, "amber")):
        day = start + (end - start) * part // 3
        report: dict = {"date": day.isoformat(), "overall": overall,
                        "summary": f"Synthetic report {part} of the benchmark portfolio.",
                        "schedule": {"rating": overall, **({"note": "One milestone is a week late."} if part == 2 else {})},
                        "done": [f"Work package {part} done"], "next": [f"Work package {part + 1}"],
                        "decisions_needed": ["Approve the next phase"] if part == 2 else []}
        if budget:
            report["budget"] = {"rating": "green", "spent": round(budget["amount"] * part / 3)}
        if milestones:
            planned = dt.date.fromisoformat(str(milestones[0]["date"]))
            report["forecasts"] = [{"milestone": milestones[0]["name"], "date": (planned + dt.timedelta(7 * part)).isoformat()}]
        reports.append(report)
    data["status_reports"] = reports
    if data["project"].get("status") == "planning":  # a project that reports is running
        data["project"]["status"] = "active"
    return data


def site_facts(site: Path) -> tuple[int, int, int, int]:
    """Return the site's total size, its largest page's size, the search index size and the page count."""
    total = largest = pages = 0
    for path in site.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            total += size
            if path.suffix == ".html":
                pages += 1
                largest = max(largest, size)
    indexes = [site / "search" / "search_index.json", site / "search.json"]  # Material's, Zensical's
    index = sum(path.stat().st_size for path in indexes if path.exists())
    return total, largest, index, pages


# -- the parts ---------------------------------------------------------------------------


def one_project(repeat: int) -> list[tuple[str, str]]:
    """Return timings for one example project, with pandoc for comparison when installed."""
    from generator.build.api import Build, Options

    source = ROOT / "content" / "projects" / "cdp-2027.yaml"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        runs = []
        for attempt in range(repeat + 1):  # a fresh folder each time: an up-to-date pack would be skipped
            command = [sys.executable, "-m", "generator", "generate", str(source), "-o", str(out / f"out{attempt}")]
            started = time.perf_counter()  # timed alone: no memory sampling beside a quarter-second command
            subprocess.run(command, cwd=out, check=True, capture_output=True, env=this_checkout())
            runs.append(time.perf_counter() - started)
        whole = statistics.median(runs[1:])
        rows.append(("one project: `pmdocs generate` (whole process, md + docx)", f"{whole * 1000:.0f} ms"))
        [q] = Build(Options()).read([source]).questionnaires
        build = Build(Options(jobs=1))
        build.pack(q)
        inproc = []
        for _ in range(repeat):
            started = time.perf_counter()
            build.pack(q)
            inproc.append(time.perf_counter() - started)
        rows.append(("one project: pack in-process (md + docx)", f"{statistics.median(inproc) * 1000:.0f} ms"))
        files = markdown_pack(source, out / "md")
        seconds = statistics.median(pandoc_seconds(files) or 0.0 for _ in range(repeat))
        if not seconds:
            rows.append(("pandoc on the same Markdown", "skipped: pandoc is not installed"))
            return rows
        rows.append((f"pandoc converting the same {len(files)} Markdown files to .docx", f"{seconds * 1000:.0f} ms"))
        rows.append(("pmdocs generate is faster than pandoc by", f"{seconds / whole:.1f}x"))
    return rows


def portfolio(count: int, keep: bool, only_site: bool = False, builder: str = "mkdocs",
              reports: bool = True) -> dict[str, float]:
    """Return the measurements of one synthetic portfolio (``only_site``: without `pmdocs generate`), its site
    built by ``builder`` (``reports`` false: the examples' own status reports, none added)."""
    folder = Path(tempfile.mkdtemp(prefix=f"pmdocs-bench-{count}-"))
    try:
        config = make_portfolio(folder, count, reports)
        projects = folder / "content" / "projects"
        generate = [sys.executable, "-m", "generator", "generate", str(projects), "-o", str(folder / "out")]
        build = [sys.executable, "-m", "generator", "build", "-f", str(config), "--builder", builder]
        gen_time, gen_mem = run(generate, folder) if not only_site else (float("nan"), 0)
        site_time, site_mem = run(build, folder)
        print(f"{count:,} projects: site build peak memory {site_mem / 1e6:,.1f} MB PSS, "
              f"{PEAK_RSS[' '.join(build)] / 1e6:,.1f} MB RSS summed over the processes", flush=True)
        total, largest, index, pages = site_facts(folder / "site")
        changed = projects / "p00000.yaml"
        changed.write_text(changed.read_text(encoding="utf-8").replace("summary:", "summary: Changed.", 1)
                           if "summary: >" not in changed.read_text(encoding="utf-8") else
                           changed.read_text(encoding="utf-8").replace("summary: >", "summary: >\n    Changed.", 1),
                           encoding="utf-8")
        regen_time, _ = run(generate, folder) if not only_site else (float("nan"), 0)
        rebuild_time, _ = run(build, folder)
        return {"projects": count, "generate": gen_time, "generate_mem": gen_mem, "site": site_time,
                "site_mem": site_mem, "site_size": total, "largest": largest, "index": index, "pages": pages,
                "regenerate": regen_time, "rebuild": rebuild_time}
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"kept: {folder}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--repeat", type=int, default=9, help="runs of each one-project measurement (median)")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic portfolios (their paths are printed)")
    parser.add_argument("--skip-single", action="store_true", help="skip the one-project measurements (a, b)")
    parser.add_argument("--only-site", action="store_true", help="measure portfolios' site builds only, not `pmdocs generate`")
    parser.add_argument("--builder", default="mkdocs", choices=("mkdocs", "zensical", "properdocs"),
                        help="the site builder (pmdocs build --builder)")
    parser.add_argument("--reports-as-written", action="store_true",
                        help="keep the examples' own status reports instead of giving every project two at least")
    args = parser.parse_args()
    byte_compile()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print()
    if not args.skip_single:
        print("| Single project | Median |")
        print("|---|---|")
        for label, value in one_project(args.repeat):
            print(f"| {label} | {value} |")
        print()
    results = [portfolio(int(n), args.keep, args.only_site, args.builder, not args.reports_as_written)
               for n in args.sizes.split(",")]
    print(f"Site builder: {args.builder}")
    print()
    print("| Projects | Pages | `pmdocs generate` | peak memory | Site build (`pmdocs build`) | peak memory | "
          "site/ | largest page | search index | regenerate after 1 change | rebuild site after 1 change |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['projects']:,} | {r['pages']:,} | {secs(r['generate'])} | {mb(r['generate_mem'])} | "
              f"{r['site']:.1f} s | {mb(r['site_mem'])} | {mb(r['site_size'])} | {r['largest'] / 1e3:,.0f} KB | "
              f"{mb(r['index'])} | {secs(r['regenerate'])} | {r['rebuild']:.1f} s |")
    print()
    for r in results:
        print(f"{r['projects']:,} projects: rebuilding the site after one change took {r['rebuild'] / r['site']:.0%} "
              f"of a full build.")
    if len(results) >= 2:
        small, large = results[0], results[-1]
        factor = large["projects"] / small["projects"]
        generate = "" if args.only_site else f"generate {large['generate'] / small['generate']:.1f}x, "
        print(f"Growth from {small['projects']:,} to {large['projects']:,} projects ({factor:.0f}x): "
              f"{generate}site {large['site'] / small['site']:.1f}x.")


if __name__ == "__main__":
    main()
