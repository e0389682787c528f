"""The portfolio site: pages, downloads, titles, offline, and what a bad questionnaire does."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Callable, Iterator

import docx
import pytest

from tests.conftest import EXAMPLES, ROOT, mutate
from tests.support.disk import small_tmpfs
from tests.support.doc_kinds import DECISION_TEMPLATE, DECISIONS
from tests.support.packs import FIXTURES
from tests.support.sitebuild import (
    REPRODUCIBLE,
    assert_same_site,
    build,
    make_portfolio,
    other_warnings,
)

BLIND_VALID = ROOT / "tests" / "blind" / "valid.yaml"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("portfolio")
    config = make_portfolio(folder, [EXAMPLES[0], *FIXTURES, BLIND_VALID], strict=False)  # two fixtures warn
    proc = build(config)
    assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr
    return folder


def pages(site: Path) -> list[Path]:
    return sorted((site / "site").rglob("*.html"))


def test_every_project_gets_its_section(site: Path) -> None:
    out = site / "site" / "projects"
    codes = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert codes == sorted(["CDP-2027", "FSM-2027", "CICD-27", "W11-ROLLOUT", "PAH-2027-JP", "PGI-2027"])
    overview = (out / "CDP-2027" / "index.html").read_text(encoding="utf-8")
    for name in ("CDP-2027-project-charter.docx", "CDP-2027-document-pack.zip", "CDP-2027-CR-001"):
        assert name in overview
    assert (out / "CDP-2027" / "CDP-2027-risk-register" / "index.html").is_file()


def test_sources_stay_clean(site: Path) -> None:
    sources = sorted(p.relative_to(site / "content") for p in (site / "content").rglob("*"))
    assert not [p for p in sources if p.suffix in (".md", ".docx", ".zip") and "projects" in p.parts]
    assert not list((site / "site" / "projects").glob("*.yaml"))


def test_downloads_are_valid(site: Path) -> None:
    folder = site / "site" / "projects" / "CDP-2027"
    document = docx.Document(folder / "CDP-2027-project-charter.docx")
    assert document.core_properties.title.startswith("Project charter")
    names = zipfile.ZipFile(folder / "CDP-2027-document-pack.zip").namelist()
    assert "CDP-2027/CDP-2027-project-charter.docx" in names and "CDP-2027/CDP-2027-project-charter.md" in names
    assert all(n.startswith("CDP-2027/") for n in names)


def test_home_page_lists_every_project(site: Path) -> None:
    home = (site / "site" / "index.html").read_text(encoding="utf-8")
    for code in ("CDP-2027", "FSM-2027", "CICD-27", "W11-ROLLOUT", "PAH-2027-JP", "PGI-2027"):
        assert f">{code}<" in home
    assert "pmdocs:portfolio" not in home


def test_every_page_title_names_its_project(site: Path) -> None:
    for page in (site / "site" / "projects").rglob("index.html"):
        code = page.relative_to(site / "site" / "projects").parts[0]
        title = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S).group(1)
        name = {"CDP-2027": "Customer Data Platform"}.get(code)
        assert code in title or (name and name in title) or " · " in title or ": " in title, (page, title)


def test_no_page_loads_anything_from_another_host(site: Path) -> None:
    """Scripts, images, frames, stylesheets, icons and preconnects: all local (plain links may point out)."""
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        found = re.findall(r"""<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc=["']((?:https?:)?//[^"']+)""", html)
        found += [tag for tag in re.findall(r"<link\b[^>]*>", html) if re.search(r"""href=["'](?:https?:)?//""", tag)]
        assert not found, (page, found[:3])
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_user_html_is_escaped_in_pages(site: Path) -> None:
    charter = (site / "site" / "projects" / "PAH-2027-JP" / "PAH-2027-JP-project-charter" / "index.html").read_text(
        encoding="utf-8")
    assert "<script>alert" not in charter and "&lt;script&gt;alert" in charter


def test_invalid_questionnaire_fails_and_keeps_the_previous_site(tmp_path: Path, example: str) -> None:
    config = make_portfolio(tmp_path, [EXAMPLES[0]])
    assert build(config).returncode == 0
    index = tmp_path / "site" / "index.html"
    before = index.read_bytes()
    bad = tmp_path / "content" / "projects" / "broken.yaml"
    bad.write_text(mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz"), encoding="utf-8")
    for tool in ("pmdocs", "mkdocs"):
        proc = build(config, tool=tool)
        output = proc.stdout + proc.stderr
        assert proc.returncode == 1, output
        assert re.search(r"broken\.yaml:\d+:\d+: error: roles\.sponsor: unknown person 'Dana Ortz'", output), output
        assert "Traceback" not in output
        assert index.read_bytes() == before
        assert not [p for p in tmp_path.iterdir() if "pmdocs-building" in p.name or "pmdocs-old" in p.name]


def test_warnings_do_not_fail_the_site(tmp_path: Path, example: str) -> None:
    config = make_portfolio(tmp_path, [], strict=False)
    (tmp_path / "content" / "projects" / "w.yaml").write_text(
        mutate(example, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut"), encoding="utf-8")
    for _ in range(2):  # the second build reads the questionnaire from the cache: the warning is still said
        proc = build(config)
        assert proc.returncode == 0 and "warning: objectives[0].due" in proc.stdout + proc.stderr


def test_a_users_per_entry_kind_is_published_and_grouped_like_change_requests(tmp_path: Path, example: str) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "decision-record.md.j2").write_text(DECISION_TEMPLATE, encoding="utf-8")
    config = make_portfolio(tmp_path, [], options={"templates": str(templates)})
    (tmp_path / "content" / "projects" / "cdp.yaml").write_text(example + DECISIONS, encoding="utf-8")
    proc = build(config)
    assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr
    project = tmp_path / "site" / "projects" / "CDP-2027"
    assert (project / "decisions" / "CDP-2027-D-01.docx").is_file()
    page = (project / "decisions" / "CDP-2027-D-01" / "index.html").read_text(encoding="utf-8")
    assert "Decision D-01 · Customer Data Platform Migration" in page and 'download="CDP-2027-D-01.docx"' in page
    nav = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (project / "index.html").read_text(encoding="utf-8")))
    assert re.search(r"Change requests CR-001 .*Blank form .*Decisions D-01 D/02", nav), nav


@pytest.mark.parametrize("how", ["pmdocs --strict", "mkdocs --strict", "strict: true", "plugin strict"])
def test_strict_builds_fail_on_a_warning(tmp_path: Path, example: str, how: str) -> None:
    """Strict means strict everywhere: the warning is an error at its line, and the previous site stays."""
    config = make_portfolio(tmp_path, [EXAMPLES[0]], options={"strict": "true"} if how == "plugin strict" else None,
                            strict=how == "strict: true")
    assert build(config, tool=how.split()[0] if "--" in how else "pmdocs").returncode == 0
    before = (tmp_path / "site" / "index.html").read_bytes()
    warned = mutate(example, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut")
    (tmp_path / "content" / "projects" / "w.yaml").write_text(mutate(warned, "code: CDP-2027", "code: WARN-2027"),
                                                               encoding="utf-8")
    proc = build(config, *(["--strict"] if "--" in how else []), tool=how.split()[0] if "--" in how else "pmdocs")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "Traceback" not in output, output
    assert re.search(r"w\.yaml:\d+:\d+: error: objectives\[0\]\.due: ", output), output
    assert (tmp_path / "site" / "index.html").read_bytes() == before


def test_a_duplicate_project_code_is_reported_at_the_code(tmp_path: Path, example: str) -> None:
    config = make_portfolio(tmp_path, [])
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / "content" / "projects" / name).write_text(example, encoding="utf-8")
    line = next(n for n, text in enumerate(example.splitlines(), 1) if text.strip().startswith("code:"))
    for tool in ("pmdocs", "mkdocs"):
        proc = build(config, tool=tool)
        output = proc.stdout + proc.stderr
        assert proc.returncode == 1 and "Traceback" not in output, output
        assert re.search(rf"b\.yaml:{line}:\d+: error: project\.code: project code 'CDP-2027' is also used by "
                         r"\S*a\.yaml", output), output


@pytest.mark.parametrize("case", ["template", "site template", "reference not a docx", "reference missing",
                                  "option", "projects folder is a file"])
def test_a_users_mistake_fails_the_site_without_a_traceback(tmp_path: Path, case: str) -> None:
    """Every mistake of the user's reaches `mkdocs build` and `pmdocs build` as its own message, never as a crash."""
    templates = tmp_path / "tpl"
    (templates / "site").mkdir(parents=True)
    reference = tmp_path / "brand.docx"
    reference.write_bytes(b"this is not a Word file")
    options: dict[str, object] = {
        "template": {"templates": str(templates)}, "site template": {"templates": str(templates)},
        "reference not a docx": {"reference_docx": str(reference)},
        "reference missing": {"reference_docx": str(tmp_path / "gone.docx")},
        "option": {"projects_per_page": 0}, "projects folder is a file": {"projects": "index.md"}}[case]
    (templates / "risk-register.md.j2").write_text("# ok\n{{ p.nmae }}\n", encoding="utf-8")
    if case == "site template":
        (templates / "risk-register.md.j2").unlink()
        (templates / "site" / "portfolio.md.j2").write_text("{{ projects[0].q.nope.deeper }}\n", encoding="utf-8")
    expected = {"template": r"risk-register\.md\.j2:2:1: error: template error: ",
                "site template": r"portfolio\.md\.j2:1:1: error: template error: ",
                "reference not a docx": r"brand\.docx", "reference missing": r"reference_docx",
                "option": r"projects_per_page", "projects folder is a file": r"projects folder"}[case]
    config = make_portfolio(tmp_path / "portfolio", [EXAMPLES[0]], options=options)
    for tool in ("pmdocs", "mkdocs"):
        proc = build(config, tool=tool)
        output = proc.stdout + proc.stderr
        assert proc.returncode == 1 and "Traceback" not in output and "internal error" not in output, output
        assert re.search(expected, output), output
        assert not (tmp_path / "portfolio" / "site").exists()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """Return a folder on a 256 KB file system (needs root and tmpfs: skipped elsewhere)."""
    with small_tmpfs(tmp_path / "small", "256k") as folder:
        yield folder


def test_a_full_disk_fails_the_site_without_a_traceback(tmp_path: Path, small_disk: Path) -> None:
    config = make_portfolio(tmp_path / "portfolio", [EXAMPLES[0]])
    proc = build(config, "-d", str(small_disk / "site"))
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "No space left on device" in output and str(small_disk) in output, output
    assert "Traceback" not in output and "internal error" not in output


@contextlib.contextmanager
def serving(config: Path, tool: str = "mkdocs") -> Iterator[Callable[[str], tuple[int, bytes]]]:
    """Run ``mkdocs serve`` (or ``pmdocs serve``) on a free local port; yield a function that asks it for a file:
    (status, bytes)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    program = "mkdocs" if tool == "mkdocs" else "generator"
    server = subprocess.Popen([sys.executable, "-m", program, "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
                              cwd=config.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def get(path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:  # an error page is an answer too
            return error.code, error.read()
        except OSError:
            return 0, b""

    try:
        yield get
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_for(get: Callable[[str], tuple[int, bytes]], path: str, text: str, seconds: float = 90) -> tuple[int, str]:
    """Return the first answer for a page that holds some text: (status, text); fail after some seconds."""
    deadline = time.monotonic() + seconds
    status, body = 0, ""
    while time.monotonic() < deadline:
        status, data = get(path)
        body = data.decode("utf-8", "replace")
        if text in body:
            return status, body
        time.sleep(0.5)
    raise AssertionError(f"{path} never showed {text!r}; last answer: {status} {body[:300]!r}")


def styles_of(get: Callable[[str], tuple[int, bytes]], path: str) -> str:
    """Return the styles part of a Word file the server gives (empty when it gives none)."""
    status, data = get(path)
    try:
        return zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode("utf-8") if status == 200 else ""
    except (zipfile.BadZipFile, KeyError):
        return ""


@pytest.mark.parametrize("tool", ["mkdocs", "pmdocs"])
def test_mkdocs_serve_rebuilds_when_a_questionnaire_changes(tmp_path: Path, example: str, tool: str) -> None:
    config = make_portfolio(tmp_path, [])
    source = tmp_path / "content" / "projects" / "cdp.yaml"
    source.write_text(example, encoding="utf-8")
    with serving(config, tool) as get:
        wait_for(get, "/projects/CDP-2027/", "Customer Data Platform Migration")
        source.write_text(mutate(example, "  name: Customer Data Platform Migration",
                                 "  name: Customer Data Platform Rebuilt"), encoding="utf-8")
        wait_for(get, "/projects/CDP-2027/", "Customer Data Platform Rebuilt")
        assert not list((tmp_path / "content").rglob("*.md.tmp"))


def test_mkdocs_serve_shows_the_problems_and_recovers(tmp_path: Path, example: str) -> None:
    """An invalid questionnaire never leaves the browser waiting: every page shows FILE:LINE:COL, until the next good save."""
    config = make_portfolio(tmp_path, [])
    source = tmp_path / "content" / "projects" / "cdp.yaml"
    source.write_text(example, encoding="utf-8")
    broken = mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz")
    problem = re.compile(r"cdp\.yaml:\d+:\d+: error: roles\.sponsor: unknown person &#x27;Dana Ortz&#x27;")
    with serving(config) as get:
        wait_for(get, "/projects/CDP-2027/", "Customer Data Platform Migration")
        source.write_text(broken, encoding="utf-8")
        for page in ("/projects/CDP-2027/", "/", "/guide/", "/projects/CDP-2027/CDP-2027-risk-register/"):
            started = time.monotonic()
            status, body = wait_for(get, page, "Dana Ortz")
            assert time.monotonic() - started < 30 and status in (200, 404), (page, status)
            assert problem.search(body), body[:500]
        source.write_text(example, encoding="utf-8")
        wait_for(get, "/projects/CDP-2027/", "Customer Data Platform Migration", seconds=30)


def test_mkdocs_serve_starts_on_an_invalid_questionnaire(tmp_path: Path, example: str) -> None:
    """Also under a strict configuration (the repository's): the server starts, shows the problems, then the site."""
    config = make_portfolio(tmp_path, [])
    assert "strict: true" in config.read_text(encoding="utf-8")
    source = tmp_path / "content" / "projects" / "cdp.yaml"
    source.write_text(mutate(example, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut"), encoding="utf-8")
    with serving(config) as get:
        status, body = wait_for(get, "/projects/CDP-2027/", "objectives[0].due")
        assert status == 404 and re.search(r"cdp\.yaml:\d+:\d+: error: objectives\[0\]\.due", body), body[:500]
        source.write_text(example, encoding="utf-8")
        wait_for(get, "/projects/CDP-2027/", "Customer Data Platform Migration", seconds=30)


def test_mkdocs_serve_takes_a_changed_reference_document(tmp_path: Path) -> None:
    """The reference .docx is watched, and its new styles reach the Word downloads."""
    reference = tmp_path / "reference.docx"
    document = docx.Document()
    document.styles["Normal"].font.name = "Garamond"
    document.save(str(reference))
    config = make_portfolio(tmp_path / "portfolio", [EXAMPLES[0]], options={"reference_docx": str(reference)},
                            strict=False)
    charter = "/projects/CDP-2027/CDP-2027-project-charter.docx"
    with serving(config) as get:
        wait_for(get, "/projects/CDP-2027/", "Customer Data Platform")
        assert "Garamond" in styles_of(get, charter)
        document.styles["Normal"].font.name = "Verdana"
        document.save(str(reference))
        deadline = time.monotonic() + 60
        while "Verdana" not in styles_of(get, charter) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert "Verdana" in styles_of(get, charter) and "Garamond" not in styles_of(get, charter)


def test_hostile_names_are_escaped_on_every_page(tmp_path: Path) -> None:
    """MkDocs prints navigation and page titles as HTML: a project's name must never become markup there."""
    from tests.support.hostile import hostile_files

    config = make_portfolio(tmp_path, list(hostile_files()))
    assert build(config).returncode == 0
    for page in (tmp_path / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html and "<script>alert" not in html and '<a href="javascript:' not in html, page


def test_large_portfolios_keep_every_page_light(tmp_path: Path) -> None:
    """Beyond nav_limit projects: no project in the navigation, only overview pages in the search index."""
    import json

    config = make_portfolio(tmp_path, [EXAMPLES[0], *FIXTURES, BLIND_VALID], options={"nav_limit": 2,
                                                                                     "projects_per_page": 2},
                            strict=False)
    proc = build(config)
    assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr
    assert "not included in the" not in proc.stdout + proc.stderr  # MkDocs lists no page as missing from the navigation
    assert (tmp_path / "site" / "projects" / "page_2" / "index.html").exists()
    charter = (tmp_path / "site" / "projects" / "CDP-2027" / "CDP-2027-project-charter" / "index.html").read_text(
        encoding="utf-8")
    assert "FSM-2027" not in charter  # no other project in this page's navigation
    index = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    project_pages = {loc for loc in locations if loc.startswith("projects/")}
    assert project_pages and all(loc.count("/") == 2 and loc.endswith("/") for loc in project_pages), project_pages
    assert any("Fatima Al-Sayed" in d["text"] for d in index["docs"])  # people are still found
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert all(code in home for code in ("CDP-2027", "FSM-2027", "PGI-2027"))


def published(proc: subprocess.CompletedProcess) -> tuple[int, int, int]:
    """Return how many projects a build made, kept as they were, and how many pages it converted ahead."""
    output = proc.stdout + proc.stderr
    found = re.search(r"\((\d+) made, (\d+) kept as they were; (\d+) page\(s\) converted ahead\)", output)
    assert found, output
    return int(found.group(1)), int(found.group(2)), int(found.group(3))


def test_the_portfolio_table_is_split_over_pages(tmp_path: Path) -> None:
    """Beyond projects_per_page, the home page shows the first page of the table and links to the others."""
    import json

    codes = ["CDP-2027", "FSM-2027", "CICD-27", "W11-ROLLOUT", "PAH-2027-JP", "PGI-2027"]
    config = make_portfolio(tmp_path, [EXAMPLES[0], *FIXTURES, BLIND_VALID], options={"projects_per_page": 4},
                            strict=False)
    proc = build(config)
    assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr  # every link resolves
    site = tmp_path / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    second = (site / "projects" / "page_2" / "index.html").read_text(encoding="utf-8")
    assert not (site / "projects" / "page_3").exists()
    assert "Projects 1–4 of 6" in home and 'href="projects/page_2/"' in home
    assert "Projects 5–6 of 6" in second and 'href="../.."' in second
    table = home[home.index('id="projects"'):]  # the dashboard above it names projects too
    for code in codes:  # each project is listed once in the table, on one page or the other
        assert (f">{code}<" in table) != (f">{code}<" in second), code
        assert f'href="../{code}/"' in second or f'href="projects/{code}/"' in home
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith("projects/page_")]


def _build_twice_as_mkdocs_would(tmp_path: Path, questionnaires: list[Path]) -> tuple[Path, Path]:
    """Return two sites of the same portfolio: one whose pages pmdocs converted ahead, one MkDocs converted."""
    fast = make_portfolio(tmp_path / "fast", questionnaires, options={"nav_limit": 2}, strict=False)
    plain = make_portfolio(tmp_path / "plain", questionnaires, options={"nav_limit": 2}, strict=False)
    (plain.parent / "nothing.py").write_text("# a hook with no events: MkDocs does every page itself\n")
    plain.write_text(plain.read_text(encoding="utf-8") + "hooks:\n  - nothing.py\n", encoding="utf-8")
    for config in (fast, plain):
        proc = build(config, env=REPRODUCIBLE)
        assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr
        assert (published(proc)[2] > 0) == (config == fast)
    return fast.parent / "site", plain.parent / "site"


def test_pages_converted_on_every_core_are_what_mkdocs_makes(tmp_path: Path) -> None:
    """Hostile names, links, tables, change requests, pictures: every file the same, search index and sitemap too."""
    from tests.support.hostile import hostile_files

    fast, plain = _build_twice_as_mkdocs_would(tmp_path, [*EXAMPLES, *FIXTURES, BLIND_VALID, *hostile_files()])
    assert_same_site(fast, plain)


def _copy_inputs(portfolio: Path, to: Path) -> Path:
    """Return the mkdocs.yml of a fresh copy of a portfolio's inputs (no site, nothing kept from a build)."""
    to.mkdir()
    for name in ("content", "templates"):
        if (portfolio / name).exists():
            shutil.copytree(portfolio / name, to / name)
    shutil.copy(portfolio / "mkdocs.yml", to / "mkdocs.yml")
    return to / "mkdocs.yml"


def test_a_rebuild_is_a_full_build(tmp_path: Path) -> None:
    """After each kind of change, the rebuilt site is byte for byte a fresh build of the same inputs."""
    portfolio = tmp_path / "portfolio"
    config = make_portfolio(portfolio, [*EXAMPLES, *FIXTURES[:2]], options={"nav_limit": 2, "projects_per_page": 3},
                            strict=False)  # the project put in place of another warns
    projects = portfolio / "content" / "projects"
    assert build(config, env=REPRODUCIBLE).returncode == 0
    count = len(list(projects.glob("*.yaml")))

    def edit(path: Path, old: str, new: str) -> None:
        path.write_text(mutate(path.read_text(encoding="utf-8"), old, new), encoding="utf-8")

    def nothing() -> None:
        pass

    def rename_a_project() -> None:
        edit(projects / "cdp-2027.yaml", "  name: Customer Data Platform Migration", "  name: Customer Data Platform Rebuilt")

    def replace_a_project() -> None:
        (projects / "cdp-2027.yaml").unlink()
        shutil.copy(FIXTURES[2], projects / FIXTURES[2].name)

    def add_a_theme_feature() -> None:
        edit(config, "    - content.tooltips\n", "    - content.tooltips\n    - navigation.top\n")

    def retitle_a_guide() -> None:  # the navigation every page carries
        edit(portfolio / "content" / "guide" / "cli.md", "# ", "# The ")

    def use_own_templates() -> None:
        shutil.copytree(ROOT / "templates", portfolio / "templates")
        edit(portfolio / "templates" / "site" / "overview.md.j2", "## Key facts", "## Facts")
        edit(config, "      as_of:", f"      templates: {portfolio / 'templates'}\n      as_of:")

    changes = [(nothing, 0), (rename_a_project, 1), (replace_a_project, 1), (add_a_theme_feature, count),
               (retitle_a_guide, count), (use_own_templates, count)]  # and how many projects are made again
    for change, made in changes:
        change()
        proc = build(config, env=REPRODUCIBLE)
        assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr
        assert published(proc)[:2] == (made, count - made), change.__name__
        fresh = _copy_inputs(portfolio, tmp_path / change.__name__)
        assert build(fresh, env=REPRODUCIBLE).returncode == 0
        assert_same_site(portfolio / "site", fresh.parent / "site")


def test_a_page_changed_in_the_site_is_not_kept(tmp_path: Path) -> None:
    """A kept page must be the very file the previous build wrote; one edited since is made again."""
    config = make_portfolio(tmp_path, [*EXAMPLES, *FIXTURES[:1]], options={"nav_limit": 2})
    assert build(config, env=REPRODUCIBLE).returncode == 0
    page = tmp_path / "site" / "projects" / "CDP-2027" / "index.html"
    before = page.read_bytes()
    page.write_bytes(before.replace(b"Customer Data Platform", b"Customer Data Plattform"))
    proc = build(config, env=REPRODUCIBLE)
    assert proc.returncode == 0 and published(proc)[:2] == (1, 4)
    assert page.read_bytes() == before


def test_guidance_and_the_answers_language_on_the_site(tmp_path: Path, example: str) -> None:
    """Guidance is an admonition box; answers in another language keep their span in headings and table cells."""
    german = tmp_path / "cdp-de.yaml"
    text = mutate(example, "  methodology: scrum", "  methodology: scrum\n  language: de")
    german.write_text(mutate(text, "  name: Acme Corp", "  name: '<span lang=\"fr\">Acme</span>'"), encoding="utf-8")
    shown, plain = tmp_path / "shown", tmp_path / "plain"
    for folder, options in ((shown, None), (plain, {"guidance": "false"})):
        folder.mkdir()
        proc = build(make_portfolio(folder, [german], options=options))
        assert proc.returncode == 0 and not other_warnings(proc), proc.stdout + proc.stderr
    charter = (shown / "site" / "projects" / "CDP-2027" / "CDP-2027-project-charter" / "index.html").read_text(
        encoding="utf-8")
    assert re.search(r'<div class="admonition tip">\s*<p class="admonition-title">Guidance: ', charter)
    assert re.search(r'<h1 id="project-charter-customer-data-platform-migration">Project charter: '
                     r'<span lang="de">Customer Data Platform Migration</span>', charter)
    assert '<td><span lang="de">Customer Data Platform Migration</span> (CDP-2027)</td>' in charter
    assert '<span lang="de">&lt;span lang="fr"&gt;Acme&lt;/span&gt;</span>' in charter
    assert '<span lang="fr">' not in charter
    assert "<td>Project charter</td>" in charter  # pmdocs's own words are in the page's language
    pages = sorted((plain / "site" / "projects").rglob("*.html"))
    assert pages and not [p for p in pages if 'class="admonition' in p.read_text(encoding="utf-8")]


def test_show_emails_false_leaves_every_address_off_the_site(tmp_path: Path) -> None:
    """Issue 15: with show_emails: false no page, search index, Word file or zip of the site holds an address."""
    from generator.questionnaire.read import read_questionnaire

    config = make_portfolio(tmp_path, [EXAMPLES[0]], options={"show_emails": "false"})
    proc = build(config)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    q = read_questionnaire(EXAMPLES[0]).questionnaire
    assert q is not None
    addresses = [p.email for p in q.people if p.email]
    assert addresses
    found = []
    for path in (tmp_path / "site").rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        parts = [data]
        if path.suffix in (".docx", ".zip"):
            with zipfile.ZipFile(path) as archive:
                parts += [archive.read(name) for name in archive.namelist()]
                for name in archive.namelist():
                    if name.endswith(".docx"):
                        with zipfile.ZipFile(io.BytesIO(archive.read(name))) as inner:
                            parts += [inner.read(n) for n in inner.namelist()]
        found += [(path.name, a) for a in addresses for part in parts if a.encode() in part]
    assert not found, found[:5]
    page = (tmp_path / "site" / "projects" / "CDP-2027" / "CDP-2027-project-charter" / "index.html").read_text("utf-8")
    assert "E-mail addresses are left off this published copy" in page
