"""Staging the portfolio as a plain docs tree that any site builder reads: MkDocs, Zensical, ProperDocs.

`stage` writes into one folder (outside the docs folder) everything the site shows:
the hand-written pages, each project's pages, pictures and downloads, the home page
with its portfolio table, and a ``mkdocs.yml`` with an explicit navigation and no
pmdocs plugin, so that a builder without a plugin API (Zensical) builds the same
site.  The pages are made by the plugins' own events up to ``on_files`` (the pmdocs
plugin's, `PmdocsPlugin`, and any other's), the very code ``mkdocs build`` runs, so the pages and their text cannot differ between
builders.  Downloads of projects whose inputs did not change are linked from the
previous staged tree, not made again.  The new tree replaces the old one only once
it is whole.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any, Optional

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError, PluginError
from mkdocs.structure.files import get_files

from generator.errors import ConfigError, OutputError
from generator.output.fsutil import replace_folder
from generator.record import Record
from generator.resources import DATA
from generator.site.disk import link, write
from generator.site.links import broken_links
from generator.site.plugin import MARKDOWN_EXTENSIONS, PmdocsPlugin

log = logging.getLogger("mkdocs.plugins.pmdocs")
STAGE_FOLDER = ".pmdocs-stage"  # beside mkdocs.yml: the default staging folder (outside the docs folder)
DOCS = "docs"  # the staged docs folder, inside the staging folder
CONFIG = "mkdocs.yml"  # the staged configuration, inside the staging folder (Zensical reads mkdocs.yml too)
SITE = "site"  # where the staged configuration has the site built, inside the staging folder (Zensical wants it
               # within the configuration's folder); `generator.site.builders` moves it into place once built
PLUGIN = "pmdocs"
BUILDER_CACHE = ".cache"  # what Zensical keeps beside its configuration between builds
OFFLINE_FILES = ("iframe-worker-shim.js", "iframe-worker-LICENSE.txt")  # in generator/data/site: what lets search
SHIM = f"assets/pmdocs/{OFFLINE_FILES[0]}"  # run from files (the offline plugin would take the shim from a CDN, and a
                                           # site of pmdocs's fetches nothing from another host), and its licence
_CONFIG_PATHS = ("INHERIT", "hooks")  # options holding paths relative to the configuration file


class StageFailed(Exception):
    """The portfolio could not be staged; MkDocs or the pmdocs plugin has said why (with ``FILE:LINE:COL`` lines)."""


class Staged(Record):
    """Return a staged portfolio: its configuration and docs folder, where a builder writes the site (`built`), where
    the site goes once built (``site_dir``, as the user's configuration says), and how many pages and files it has."""

    config: Path
    docs: Path
    built: Path
    site_dir: Path
    pages: int
    files: int


def stage(config_file: Path, folder: Optional[Path] = None, strict: bool = False, offline: bool = False) -> Staged:
    """Write the portfolio that ``config_file`` describes as a plain docs tree into ``folder``; return what it holds.

    ``folder`` defaults to `STAGE_FOLDER` beside ``config_file``.  ``offline``: the site is to be opened from
    files (a file share, ``file://``): its links name the pages' files and search works without a server
    (Material's and Zensical's ``offline`` plugin).  An invalid
    questionnaire raises `StageFailed` with its lines and leaves the previous staged
    tree as it was.
    """
    config_file = config_file.resolve()
    folder = (folder or config_file.parent / STAGE_FOLDER).resolve()
    try:
        config = load_config(str(config_file), strict=True if strict else None)
    except (Abort, ConfigurationError) as exc:
        raise StageFailed(str(exc)) from None
    plugin = config.plugins.get(PLUGIN)
    if not isinstance(plugin, PmdocsPlugin):
        raise ConfigError(f"{config_file.name} does not use the pmdocs plugin (plugins: - {PLUGIN}): nothing to stage")
    docs = Path(config.docs_dir).resolve()
    if folder == docs or docs in folder.parents or folder in docs.parents or folder == config_file.parent:
        raise ConfigError(f"the staging folder '{folder}' must be a folder of its own, outside the docs folder")
    building = folder.with_name(f"{folder.name}.building")
    shutil.rmtree(building, ignore_errors=True)
    plugin.staged_docs = folder / DOCS
    config.plugins.on_startup(command="build", dirty=False)  # every plugin's events up to the files, as MkDocs runs them
    try:
        try:
            config = config.plugins.on_config(config)
            config.plugins.on_pre_build(config=config)
            files = config.plugins.on_files(get_files(config), config=config)
        except PluginError as exc:  # the plugin has said what went wrong (FILE:LINE:COL lines)
            raise StageFailed(str(exc)) from None
        pages, uris = _write_docs(files, config, plugin, building / DOCS)
        _check_links(pages, uris, strict)
        count = len(uris)
        if offline:
            for name in OFFLINE_FILES:
                write(building / DOCS / "assets" / "pmdocs" / name, (DATA / "site" / name).read_bytes())
            count += len(OFFLINE_FILES)
        raw = _read_raw(config_file)
        write(building / CONFIG, _staged_config(raw, config, config_file.parent, offline))
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    finally:
        config.plugins.on_shutdown()
    try:
        cache = folder / BUILDER_CACHE
        if cache.is_dir():  # a builder's own cache (Zensical's) outlives the tree: an unchanged page is not redone
            cache.rename(building / BUILDER_CACHE)
        replace_folder(building, folder)
    except OSError as exc:
        raise OutputError.refused(exc, folder) from None
    log.info(f"pmdocs: portfolio staged in {folder} ({len(pages)} pages, {count} files)")
    return Staged(folder / CONFIG, folder / DOCS, folder / SITE, Path(config.site_dir).resolve(), len(pages), count)


def _check_links(pages: dict[str, str], files: set[str], strict: bool) -> None:
    """Warn of every link of the staged pages that reaches no file (`StageFailed` with them all when ``strict``)."""
    broken = broken_links(pages, files)
    for each in broken:
        log.warning(each.message())
    if strict and broken:
        raise StageFailed(f"{len(broken)} link(s) reach no file of the site; nothing was built (strict mode)")


def _write_docs(files: Any, config: MkDocsConfig, plugin: PmdocsPlugin, docs: Path) -> tuple[dict[str, str], set[str]]:
    """Write every file of the site into ``docs`` (downloads linked, not copied, where they can be); return the
    pages (path in the site → Markdown) and the paths of every file written."""
    pages: dict[str, str] = {}
    uris: set[str] = set()
    for f in sorted(files, key=lambda f: f.src_uri):
        if f.inclusion.is_excluded():
            continue
        path = docs.joinpath(*f.src_uri.split("/"))
        if f.src_uri == "index.md":
            pages[f.src_uri] = plugin.home_markdown(f.content_string, config)
            write(path, pages[f.src_uri])
        elif f.abs_src_path is not None and not f.is_documentation_page():
            if not link(f.abs_src_path, path):
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(f.abs_src_path, path)
                except OSError as exc:
                    raise OutputError.refused(exc, path) from None
        else:
            write(path, f.content_bytes)
            if f.is_documentation_page():
                pages[f.src_uri] = f.content_string
        uris.add(f.src_uri)
    return pages, uris


def _staged_config(raw: dict[str, Any], config: MkDocsConfig, base: Path, offline: bool = False) -> str:
    """Return the staged ``mkdocs.yml``: the user's, with the staged docs, the explicit navigation, the site
    folder, paths made absolute, the Markdown extensions the pages need, and no pmdocs plugin."""
    staged = dict(raw)
    staged["docs_dir"] = DOCS
    staged["site_dir"] = SITE
    staged["nav"] = config.nav
    staged["extra_css"] = [str(css) for css in config.extra_css]  # the plugins' too (pmdocs's stylesheet)
    for key in _CONFIG_PATHS:
        if isinstance(staged.get(key), str):
            staged[key] = str((base / staged[key]).resolve())
        elif isinstance(staged.get(key), list):
            staged[key] = [str((base / item).resolve()) if isinstance(item, str) else item for item in staged[key]]
    theme = staged.get("theme")
    if isinstance(theme, dict) and isinstance(theme.get("custom_dir"), str):
        staged["theme"] = {**theme, "custom_dir": str((base / theme["custom_dir"]).resolve())}
    plugins = staged.get("plugins")
    if isinstance(plugins, list):
        staged["plugins"] = [p for p in plugins if not (p == PLUGIN or (isinstance(p, dict) and PLUGIN in p))]
    elif isinstance(plugins, dict):
        staged["plugins"] = {name: options for name, options in plugins.items() if name != PLUGIN}
    if offline:
        staged["use_directory_urls"] = False  # a link names the page's file: no folder listing from a file share
        found = staged.get("extra")
        extra: dict[str, Any] = found if isinstance(found, dict) else {}
        staged["extra"] = {**extra, "polyfills": [*extra.get("polyfills", []), SHIM]}
        plugins = staged.get("plugins")
        if isinstance(plugins, dict) and "offline" not in plugins:
            staged["plugins"] = {**plugins, "offline": {}}
        elif not isinstance(plugins, dict) and not any(p == "offline" or (isinstance(p, dict) and "offline" in p)
                                                        for p in plugins or []):
            staged["plugins"] = [*(plugins or ["search"]), "offline"]
    staged["validation"] = _links_checked(staged.get("validation"))
    extensions = list(staged.get("markdown_extensions") or [])
    names = {e if isinstance(e, str) else next(iter(e), "") for e in extensions if isinstance(e, (str, dict))}
    extensions += [e for e in MARKDOWN_EXTENSIONS if e not in names]
    staged["markdown_extensions"] = extensions
    header = "# Staged by pmdocs: a plain docs tree any builder reads. Made anew by every build; edit the original.\n"
    return header + yaml.dump(staged, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)


def _links_checked(validation: Any) -> dict[str, Any]:
    """Return the user's ``validation`` with the builders' own link checks off: pmdocs has checked the staged pages'
    links itself (`generator.site.links`, in linear time), and Zensical 0.0.73's check takes time that grows with
    pages times links (10 of its 25 s for 100 projects, and most of its 316 s for 1,000)."""
    chosen = validation if isinstance(validation, dict) else {}
    found = chosen.get("links")
    links = found if isinstance(found, dict) else {}
    return {**chosen, "links": {**links, "not_found": "ignore", "anchors": "ignore"}}


class Tagged(Record):
    """Return a value of the user's configuration under a tag pmdocs does not read (``!ENV``, ``!!python/name:``)."""

    tag: str
    value: Any


class _Loader(yaml.SafeLoader):
    """Read mkdocs.yml keeping the tags MkDocs and its extensions know, to write them back unchanged."""


class _Dumper(yaml.SafeDumper):
    """Write the staged mkdocs.yml, with the user's tags as they were."""


def _keep_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        assert isinstance(node, yaml.MappingNode)
        value = loader.construct_mapping(node, deep=True)
    return Tagged(node.tag, value)


def _write_tag(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_Loader.add_multi_constructor("!", _keep_tag)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _keep_tag)
_Dumper.add_representer(Tagged, _write_tag)


def _read_raw(config_file: Path) -> dict[str, Any]:
    """Return the user's mkdocs.yml as written (MkDocs has read and checked it already)."""
    with config_file.open(encoding="utf-8-sig") as stream:
        raw = yaml.load(stream, Loader=_Loader)  # noqa: S506 - a SafeLoader that keeps unknown tags as data
    return raw if isinstance(raw, dict) else {}


__all__ = ["CONFIG", "DOCS", "SITE", "STAGE_FOLDER", "StageFailed", "Staged", "Tagged", "stage"]

