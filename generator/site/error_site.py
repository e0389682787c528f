"""The error site `mkdocs serve` shows while the portfolio has problems: every page lists them, and reloads once they are fixed."""

from __future__ import annotations

import html
from pathlib import Path

from generator.site.mkdocs_internals import ERROR_PAGE, livereload_epoch


def error_page(problems: list[str]) -> str:
    """Return the page `mkdocs serve` shows while the site has problems: the problems, and a reload once they are fixed.

    The page asks MkDocs's server for the next finished build (the long poll its own
    pages use, ``/livereload/EPOCH/0``, with this build's time as the epoch) and reloads
    when one comes; if the server cannot be asked, it reloads every few seconds.
    """
    items = "\n".join(f"<li><code>{html.escape(line)}</code></li>" for line in problems)
    epoch = livereload_epoch()
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pmdocs: the site has problems</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}}
h1{{color:#b00020;font-size:1.4rem}}li{{margin:.4rem 0}}code{{white-space:pre-wrap;word-break:break-word}}</style>
</head><body><h1>The site cannot be built</h1>
<p>Fix these problems and save: this page reloads by itself.</p>
<ul>
{items}
</ul>
<script>
(function poll() {{
  fetch("/livereload/{epoch}/0").then(function (r) {{ return r.ok ? r.text() : Promise.reject(r); }})
    .then(function (t) {{ if (parseInt(t, 10) > {epoch}) location.reload(); else poll(); }})
    .catch(function () {{ setTimeout(function () {{ location.reload(); }}, 3000); }});
}})();
</script>
</body></html>
"""


def write_error_site(site: Path, problems: list[str]) -> None:
    """Make the error page MkDocs's server answers for a missing page, and every page the build still made."""
    page = error_page(problems).encode("utf-8")
    site.mkdir(parents=True, exist_ok=True)
    for path in [site / ERROR_PAGE, *site.rglob("*.html")]:
        path.write_bytes(page)
