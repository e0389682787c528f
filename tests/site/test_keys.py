"""The keys a site build keeps pages under: digests of a project's inputs and of everything else its pages depend on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from generator.site.keys import _plain, code_stamp, digest, project_key, site_key


def test_a_digest_tells_its_parts_apart() -> None:
    assert digest("ab", "c") != digest("a", "bc") != digest("abc")
    assert digest("a") == digest(b"a") and digest(1) == digest("1")
    assert len(digest()) == 64


def test_the_code_stamp_is_made_once_per_process() -> None:
    assert code_stamp() == code_stamp() and len(code_stamp()) == 64


def test_every_input_of_a_projects_pages_changes_its_key() -> None:
    day = dt.date(2027, 1, 1)
    base = project_key("site", "fingerprint", day, True)
    assert base == project_key("site", "fingerprint", day, True)
    others = {project_key("other site", "fingerprint", day, True), project_key("site", "other", day, True),
              project_key("site", "fingerprint", dt.date(2027, 1, 2), True),
              project_key("site", "fingerprint", day, False)}
    assert base not in others and len(others) == 4


class _Opaque:
    """A value with no stable written form."""


def test_config_values_have_a_stable_form_or_are_refused() -> None:
    assert _plain({"b", "a"}) == ["a", "b"] and _plain(dt.date(2027, 1, 5)) == "2027-01-05"
    assert _plain(Path("docs")) == "docs" and _plain(len) == "builtins.len"
    assert _plain(3) == "int:3"
    with pytest.raises(TypeError, match="no stable form for _Opaque"):
        _plain(_Opaque())


def site_in(folder: Path, extra: str = "") -> tuple[object, Files]:
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text(f"site_name: Test\nplugins: []\n{extra}", encoding="utf-8")
    config = load_config(str(folder / "mkdocs.yml"))
    files = Files([File("index.md", config.docs_dir, config.site_dir, config.use_directory_urls)])
    return config, files


def test_the_site_key_follows_the_config_and_the_docs_folder(tmp_path: Path) -> None:
    config, files = site_in(tmp_path)
    key = site_key(config, files)  # type: ignore[arg-type]
    assert key is not None and key == site_key(config, files)  # type: ignore[arg-type]
    (tmp_path / "docs" / "index.md").write_text("# Changed home\n", encoding="utf-8")
    assert site_key(config, files) != key  # type: ignore[arg-type]
    (tmp_path / "other").mkdir()
    other, other_files = site_in(tmp_path / "other", "site_author: Ann\n")
    assert site_key(other, other_files) not in (key, None)  # type: ignore[arg-type]


def test_a_config_with_no_stable_form_keeps_no_pages(tmp_path: Path) -> None:
    config, files = site_in(tmp_path)
    config["extra"] = {"thing": _Opaque()}  # type: ignore[index]
    assert site_key(config, files) is None  # type: ignore[arg-type]
