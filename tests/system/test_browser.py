"""A real browser on the built site: navigate, search, download; nothing external, nothing executed.

Playwright drives Debian's Chromium (never `playwright install`, which downloads a browser);
Chromium is kept offline by its own flags, and every request to another host is aborted
and counted. One browser serves the whole module.
"""

from __future__ import annotations

import functools
import http.server
import io
import threading
import zipfile
from pathlib import Path
from typing import Iterator
from urllib.parse import urlparse

import docx
import pytest

from tests.conftest import EXAMPLES, ROOT
from tests.support.clients import require, require_module
from tests.support.hostile import hostile_files
from tests.support.packs import FIXTURES
from tests.support.sitebuild import build, make_portfolio, other_warnings

HOSTILE = ROOT / "tests" / "fixtures" / "packs" / "d-scrum-api-hostile.yaml"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def site_folder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The portfolio built by each builder: MkDocs through the plugin, Zensical from the staged docs tree."""
    builder = request.param
    if builder != "mkdocs":
        require_module(builder, f"build the site with {builder}")
    folder = tmp_path_factory.mktemp(f"browser-site-{builder}")
    config = make_portfolio(folder, [EXAMPLES[0], *FIXTURES, ROOT / "tests" / "blind" / "valid.yaml", *hostile_files()],
                            strict=False)  # two fixtures warn
    proc = build(config, "--builder", builder)
    assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr
    return folder


@pytest.fixture(scope="module")
def server(site_folder: Path) -> Iterator[str]:
    yield from _serve(site_folder / "site")


@pytest.fixture(scope="module")
def large_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A portfolio built as a large one: no project in the navigation, the table over pages, pages kept."""
    folder = tmp_path_factory.mktemp("browser-large-site")
    config = make_portfolio(folder, [*EXAMPLES, *FIXTURES, ROOT / "tests" / "blind" / "valid.yaml"],
                            options={"nav_limit": 2, "projects_per_page": 3}, strict=False)  # two fixtures warn
    for _ in range(2):  # the second build keeps every page of the first
        proc = build(config)
        assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr
    assert "(0 made, 9 kept as they were" in proc.stdout + proc.stderr
    yield from _serve(folder / "site")


def _serve(site: Path) -> Iterator[str]:
    """Serve a built site on a local port until the module's tests are done."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def browser():
    executable = require("chromium", "drive a real browser through the site")
    playwright_api = require_module("playwright.sync_api", "drive a real browser through the site")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watch:
    """Record what a page must never do: log errors, throw, open dialogs, reach another host."""

    def __init__(self, page, origin: str) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.external: list[str] = []
        host = urlparse(origin).netloc
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def seen(request) -> None:
            if urlparse(request.url).netloc not in (host, ""):
                self.external.append(request.url)

        # a listener, not page.route: routing sends every request through Python (a third of the crawl's time);
        # the browser cannot reach another host anyway (CHROMIUM_ARGS maps every name but 127.0.0.1 to nothing)
        page.on("request", seen)

    def clean(self) -> None:
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs
        assert not self.external, self.external


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    watch = Watch(tab, server)
    tab.goto(server + "/")
    yield tab
    watch.clean()
    context.close()


def test_home_reaches_a_project_and_a_document(page) -> None:
    assert "Project portfolio" in page.title()
    assert page.locator("[data-md-component=palette] label, label[for^=__palette]").count() >= 1  # light/dark toggle
    page.get_by_role("link", name="Customer Data Platform Migration", exact=True).first.click()
    page.wait_for_url("**/projects/CDP-2027/")
    assert "CDP-2027" in page.title()
    page.locator("article").get_by_role("link", name="Risk register", exact=True).click()
    page.wait_for_url("**/CDP-2027-risk-register/")
    assert page.locator("h1").inner_text().startswith("Risk register: Customer Data Platform Migration")
    assert "Customer Data Platform Migration" in page.title()


def search_and_open(page, words: str) -> None:
    """Type words into the site's search box and open the first result (Material's search, or Zensical's)."""
    page.locator("label.md-search__icon, .md-search__input, .md-search__button").first.click()
    page.wait_for_function("() => !/Initializing/i.test(document.querySelector('.md-search-result__meta')"
                           "?.textContent || '')")  # Material's index is loaded (slower from files)
    page.keyboard.type(words)
    page.wait_for_timeout(800)  # the results of the whole query, not of a half-typed one, are the ones shown
    result = page.locator(".md-search-result__link, dialog a[role=option]").filter(has_text=words, visible=True).first
    result.wait_for(timeout=15000)
    result.click()
    page.wait_for_load_state()


def test_search_finds_a_stakeholder(page) -> None:
    search_and_open(page, "Sayed")  # one person's name (another project has a Fatima too: builders rank apart)
    assert "Fatima Al-Sayed" in page.locator("article").inner_text()


def test_download_a_word_file(page, server) -> None:
    page.goto(server + "/projects/CDP-2027/CDP-2027-scope-statement/")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download as Word (.docx)").click()
    download = info.value
    assert download.suggested_filename == "CDP-2027-scope-statement.docx"
    data = Path(download.path()).read_bytes()
    assert docx.Document(io.BytesIO(data)).core_properties.title.startswith("Scope statement")
    response = page.request.get(server + "/projects/CDP-2027/CDP-2027-document-pack.zip")
    assert response.status == 200 and "CDP-2027/CDP-2027-scope-statement.docx" in zipfile.ZipFile(
        io.BytesIO(response.body())).namelist()


def test_questionnaire_html_shows_as_text_and_runs_nothing(page, server) -> None:
    from generator.questionnaire.read import read_questionnaire

    q = read_questionnaire(HOSTILE).questionnaire
    name = q.project.name
    assert "<b>" in name and "{{" in name  # the fixture really is hostile
    seen_script_text = False
    for path in ("/projects/PAH-2027-JP/", "/projects/PAH-2027-JP/PAH-2027-JP-project-charter/",
                 "/projects/PAH-2027-JP/PAH-2027-JP-communication-plan/", "/"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
        text = page.locator("article").inner_text()
        assert name in text, path
        seen_script_text = seen_script_text or "<script>alert(1)</script>" in text
        injected = page.evaluate("() => [...document.querySelectorAll('article script, article img, article iframe, "
                                 "article b, article [onerror], article [onclick]')]"
                                 ".filter(e => !(e.tagName === 'IMG' && /\\/(pictures\\/[A-Z0-9-]+-[a-z-]+|projects\\/portfolio-timeline)\\.svg$/"
                                 ".test(e.src)))"
                                 ".map(e => e.outerHTML)")
        assert injected == [], injected
    assert seen_script_text


def test_crawl_every_page(page, server, site_folder: Path) -> None:
    """Visit every page: no console error, no external request (checked by the fixture), titles name projects."""
    from generator.questionnaire.read import read_questionnaire

    names = {}
    for path in (site_folder / "content" / "projects").glob("*.yaml"):
        q = read_questionnaire(path).questionnaire
        names[q.project.code] = q.project.name
    pages = sorted((site_folder / "site").rglob("index.html"))
    assert len(pages) > 60
    for html in pages:
        relative = html.parent.relative_to(site_folder / "site").as_posix()
        page.goto(f"{server}/{relative}/" if relative != "." else server + "/")
        if relative.startswith("projects/"):
            code = relative.split("/")[1]
            assert names[code] in page.title(), (relative, page.title())
        clipped = page.evaluate("() => [...document.querySelectorAll('article table')]"
                                ".filter(t => t.scrollWidth > t.parentElement.clientWidth + 1).length")
        assert clipped == 0, f"{relative}: {clipped} table(s) wider than the page at 1280 px"
        images = page.evaluate("() => Promise.all([...document.querySelectorAll('article img')].map(i => "
                               "i.decode().then(() => [i.naturalWidth, i.alt], () => [0, i.alt])))")
        for width, alt in images:
            assert width > 0 and len(alt) > 20, (relative, width, alt)


@pytest.mark.parametrize("term,expect", [("CICD-27", "CICD-27"), ("golden record", "golden record")])
def test_search_finds_projects_and_terms(page, term: str, expect: str) -> None:
    search_and_open(page, term)
    assert expect.lower() in page.locator("article").inner_text().lower()


def test_a_large_portfolio_pages_through_its_table_and_searches_kept_pages(browser, large_server) -> None:
    """Page 2 of the portfolio table reaches its projects; search finds a person of a project kept from a build."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    watch = Watch(tab, large_server)
    tab.goto(large_server + "/")
    article = tab.locator("article")
    assert "Projects 1–3 of 9" in article.inner_text()
    article.get_by_role("link", name="2", exact=True).click()
    tab.wait_for_url("**/projects/page_2/")
    assert "Projects 4–6 of 9" in article.inner_text()
    first = article.locator("table a").first
    name = first.inner_text()
    first.click()
    tab.wait_for_load_state()
    assert name in tab.title() and tab.url.rstrip("/").split("/")[-2] == "projects"
    search_and_open(tab, "Sayed")
    assert "Fatima Al-Sayed" in article.inner_text()
    watch.clean()
    context.close()


@pytest.mark.parametrize("builder", ["mkdocs", "zensical"])
def test_an_offline_site_works_opened_from_files(browser, tmp_path: Path, builder: str) -> None:
    """Issue 15: `pmdocs build --offline`, opened as file:// (a file share): project links open pages, not folder
    listings, search finds a person, and nothing is fetched from another host (the shim is the site's own)."""
    if builder != "mkdocs":
        require_module(builder, f"build the site with {builder}")
    config = make_portfolio(tmp_path, [EXAMPLES[0]])
    proc = build(config, "--offline", "--builder", builder)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    outside: list[str] = []
    tab.route("**/*", lambda route: (outside.append(route.request.url), route.abort())
              if not route.request.url.startswith("file://") else route.continue_())
    tab.goto((tmp_path / "site" / "index.html").as_uri())
    tab.get_by_role("link", name="Customer Data Platform Migration", exact=True).first.click()
    tab.wait_for_load_state()
    assert tab.url.endswith("/projects/CDP-2027/index.html")
    search_and_open(tab, "Sayed")
    assert tab.url.startswith("file://") and "Fatima Al-Sayed" in tab.locator("article").inner_text()
    assert outside == []
    context.close()
