"""The MkDocs plugin's own steps, without a build: its set-up of the config, the questionnaires it reads, the home page's table.

Its options are tested in test_options.py, its error site in test_error_site.py, whole builds in test_site.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from generator.errors import QuestionnaireError
from generator.site import plugin as plugin_module
from generator.site.plugin import PmdocsPlugin


def config_in(folder: Path) -> MkDocsConfig:
    """Return the MkDocs config of a bare site in a folder (no plugin of its own)."""
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "mkdocs.yml").write_text("site_name: Test\nplugins: []\n", encoding="utf-8")
    return load_config(str(folder / "mkdocs.yml"))


def new_plugin(command: str = "build", **options: object) -> PmdocsPlugin:
    made = PmdocsPlugin()
    made.command, made.dirty = command, False
    errors, _ = made.load_config(options)
    assert errors == []
    return made


def test_the_names_older_tests_and_hooks_import_are_still_there() -> None:
    assert {"ERROR_PAGE", "PmdocsConfig", "PmdocsPlugin", "error_page", "_write_error_site"} <= set(vars(plugin_module))


def test_a_build_is_staged_beside_the_site_and_the_pages_extensions_are_on(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    site = config.site_dir
    new_plugin().on_config(config)
    assert {"tables", "attr_list", "admonition"} <= set(config.markdown_extensions)
    assert Path(config.site_dir) == Path(site).with_name(f".{Path(site).name}.pmdocs-building")


def test_a_live_server_builds_beside_the_site_it_serves(tmp_path: Path) -> None:
    """As a build does, so that a rebuild keeps the projects that did not change (live preview within seconds)."""
    config = config_in(tmp_path)
    site = config.site_dir
    served = new_plugin("serve")
    served.on_config(config)
    assert config.site_dir == str(Path(site).with_name(f".{Path(site).name}.pmdocs-building"))
    assert served.final_site_dir == site
    config.site_dir = site  # MkDocs hands each rebuild the served folder again
    served.on_config(config)
    assert config.markdown_extensions.count("tables") == 1  # never added twice


def test_a_live_server_swaps_in_each_rebuild_and_removes_the_previous_site_beside_it(tmp_path: Path) -> None:
    """The previous site goes in a thread while the server answers from the new one; none is left when it stops."""
    config = config_in(tmp_path)
    site = Path(config.site_dir)
    served = new_plugin("serve")
    for build in ("first", "second", "third"):
        config.site_dir = str(site)
        served.on_config(config)
        staged = Path(config.site_dir)
        staged.mkdir()
        (staged / f"{build}.html").write_text(build, encoding="utf-8")
        served._swap_in(config, staged, site)
        assert [p.name for p in site.iterdir()] == [f"{build}.html"] and config.site_dir == str(site)
    served.on_shutdown()
    assert sorted(p.name for p in tmp_path.iterdir() if "pmdocs" in p.name) == []


def test_the_questionnaires_are_the_yaml_files_of_the_projects_folder(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    projects = tmp_path / "docs" / "portfolio"
    projects.mkdir()
    for name in ("b.yaml", "a.yml", "c.yaml", "notes.txt", "x.schema.json"):
        (projects / name).write_text("", encoding="utf-8")
    found = new_plugin(projects="portfolio")._questionnaires(config)
    assert [p.name for p in found] == ["b.yaml", "c.yaml", "a.yml"]
    assert new_plugin(projects="elsewhere")._questionnaires(config) == []  # no folder: no project (and a warning)


def page(src_uri: str, config: MkDocsConfig) -> Page:
    return Page(None, File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls), config)


def test_the_home_page_gets_the_portfolio_table(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    made = new_plugin()
    marked = made.on_page_markdown("# Home\n\n<!-- pmdocs:portfolio -->\n\nMore\n", page=page("index.md", config),
                                   config=config, files=None)  # type: ignore[arg-type]
    assert "<!-- pmdocs:portfolio -->" not in marked and marked.startswith("# Home\n\n") and marked.endswith("More\n")
    appended = made.on_page_markdown("# Home\n", page=page("index.md", config), config=config, files=None)  # type: ignore[arg-type]
    assert appended.startswith("# Home\n\n## Portfolio at a glance\n\n") and "\n## Projects\n\n" in appended
    assert "\n## Portfolio at a glance\n" in marked and marked.index("## Portfolio") < marked.index("## Projects")
    other = made.on_page_markdown("# Guide\n", page=page("guide.md", config), config=config, files=None)  # type: ignore[arg-type]
    assert other == "# Guide\n"


def test_a_users_mistake_fails_a_build_but_a_live_server_shows_it(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    error = QuestionnaireError("q.yaml:1:1: error: broken")
    with pytest.raises(PluginError, match="pmdocs: the site was not built:\n.*broken"):
        new_plugin()._fail(error, config)
    served = new_plugin("serve")
    served._fail(error, config)
    assert served.problems == error.lines()


@pytest.mark.parametrize("options,guidance", [({}, True), ({"guidance": False}, False)])
def test_the_guidance_option_goes_to_the_build(tmp_path: Path, options: dict[str, object], guidance: bool) -> None:
    config = config_in(tmp_path)
    made = new_plugin("serve", **options)
    made.on_config(config)
    made.on_pre_build(config=config)
    assert made.build is not None and made.build.options.guidance is guidance


def test_the_collector_scans_rarely_during_a_build_and_as_before_after_it(tmp_path: Path) -> None:
    import gc

    from generator.build.cores import BUSY_THRESHOLDS

    config = config_in(tmp_path)
    before = gc.get_threshold()
    for end in ("post_build", "build_error"):  # `mkdocs serve` goes on after either
        made = new_plugin("serve")
        made.on_config(config)
        made.on_pre_build(config=config)
        assert gc.get_threshold() == BUSY_THRESHOLDS
        made.on_post_build(config=config) if end == "post_build" else made.on_build_error(error=RuntimeError("x"))
        assert gc.get_threshold() == before, end
