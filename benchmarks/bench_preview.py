"""Benchmark the live preview: after a questionnaire is saved, how long until the served page shows the change.

    python benchmarks/bench_preview.py                  # 100 projects, `mkdocs serve` and `pmdocs serve`
    python benchmarks/bench_preview.py --projects 20 --edits 3

Makes a synthetic portfolio (as `bench_portfolio.py` does), starts each preview server
on a free port, waits for its first build, then edits one questionnaire's project name
several times: each edit is timed from the moment the file is saved to the moment the
project's page, fetched from the server every 50 ms, shows the new name.  Prints a
Markdown table of medians and maxima.  Run it on demand; it is not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from _common import byte_compile, this_checkout
from bench_portfolio import make_portfolio

SERVERS = {
    "`mkdocs serve`": [sys.executable, "-m", "mkdocs", "serve"],
    "`pmdocs serve`": [sys.executable, "-m", "generator", "serve"],
}


def free_port() -> int:
    """Return a TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    """Return a page's text, or '' while the server cannot answer."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - a local server of the benchmark
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(url: str, text: str, limit: float) -> float:
    """Return the seconds until the page at ``url`` holds ``text`` (polling every 50 ms); fail after ``limit``."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        if text in fetch(url):
            return time.perf_counter() - started
        time.sleep(0.05)
    raise SystemExit(f"{url} did not show {text!r} within {limit:.0f} s")


def preview(command: list[str], folder: Path, edits: int) -> list[float]:
    """Return the seconds each edit took to show on the served page."""
    port = free_port()
    source = folder / "content" / "projects" / "p00000.yaml"
    original = source.read_text(encoding="utf-8")
    name_line = next(line for line in original.splitlines() if line.startswith("  name: "))
    url = f"http://127.0.0.1:{port}/projects/P00000/"
    server = subprocess.Popen([*command, "-a", f"127.0.0.1:{port}"], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**this_checkout(), "NO_MKDOCS_2_WARNING": "1"})
    try:
        wait_for(url, name_line[len("  name: "):], 600)
        times = []
        for edit in range(1, edits + 1):
            marker = f"Edited {edit:03d}"
            time.sleep(1.0)  # let the server settle after the previous build
            source.write_text(original.replace(name_line, f"{name_line} {marker}", 1), encoding="utf-8")
            times.append(wait_for(url, marker, 120))
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)
        source.write_text(original, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=100)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    byte_compile()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}\n")
    print("| Server | Projects | Edits | Saved → page shows the change (median) | slowest |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="pmdocs-preview-") as tmp:
        folder = Path(tmp)
        make_portfolio(folder, args.projects)
        for label, command in SERVERS.items():
            times = preview(command, folder, args.edits)
            print(f"| {label} | {args.projects} | {len(times)} | {statistics.median(times):.2f} s | "
                  f"{max(times):.2f} s |", flush=True)


if __name__ == "__main__":
    main()
