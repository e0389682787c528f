"""Fingerprints: a digest of everything a pack depends on, the same for the same inputs and changed by any one of them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.build.fingerprint import fingerprint, tree_digest
from generator.questionnaire import model as m


def folder(root: Path, name: str, files: dict[str, bytes]) -> Path:
    """Return a new folder holding some files (a new path each time: digests are kept per folder for the run)."""
    made = root / name
    for relative, data in files.items():
        (made / relative).parent.mkdir(parents=True, exist_ok=True)
        (made / relative).write_bytes(data)
    return made


def test_no_folder_has_an_empty_digest() -> None:
    assert tree_digest(None) == ""


def test_a_folder_digest_follows_names_and_contents_only(tmp_path: Path) -> None:
    base = tree_digest(str(folder(tmp_path, "a", {"x.j2": b"1", "sub/y.j2": b"2"})))
    assert base == tree_digest(str(folder(tmp_path, "b", {"sub/y.j2": b"2", "x.j2": b"1"})))  # made in another order
    assert base == tree_digest(str(folder(tmp_path, "c", {"x.j2": b"1", "sub/y.j2": b"2", "__pycache__/z.pyc": b"0"})))
    assert base != tree_digest(str(folder(tmp_path, "d", {"x.j2": b"1", "sub/y.j2": b"3"})))
    assert base != tree_digest(str(folder(tmp_path, "e", {"x.j2": b"1", "sub/w.j2": b"2"})))
    assert base != tree_digest(str(folder(tmp_path, "f", {"x.j2": b"1", "sub/y.j2": b"2", "new.j2": b""})))


def test_the_same_inputs_give_the_same_fingerprint(q: m.Questionnaire) -> None:
    assert fingerprint(q, None, None, ("md", "docx")) == fingerprint(dataclasses.replace(q), None, None, ("md", "docx"))
    assert len(fingerprint(q, None, None, ("md",))) == 64


def test_every_input_changes_the_fingerprint(q: m.Questionnaire, tmp_path: Path) -> None:
    base = fingerprint(q, None, None, ("md", "docx"))
    other_q = dataclasses.replace(q, project=dataclasses.replace(q.project, name="Another name"))
    reference = tmp_path / "ref.docx"
    reference.write_bytes(b"one")
    templates = folder(tmp_path, "templates", {"project-charter.md.j2": b"# Mine\n"})
    changed = [fingerprint(other_q, None, None, ("md", "docx")), fingerprint(q, None, None, ("md",)),
               fingerprint(q, templates, None, ("md", "docx")), fingerprint(q, None, reference, ("md", "docx"))]
    reference.write_bytes(b"two")  # a reference is known by its bytes, not its name
    changed.append(fingerprint(q, None, reference, ("md", "docx")))
    changed.append(fingerprint(q, None, None, ("md", "docx"), guidance=False))
    assert len({base, *changed}) == 1 + len(changed)
    assert fingerprint(q, None, None, ("md", "docx"), guidance=True) == base  # a pack with guidance: as before


def test_pmdocs_own_code_is_part_of_the_fingerprint(q: m.Questionnaire, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkout whose Python changed without a new version number made no new pack ("27 unchanged")."""
    from generator.build import fingerprint as module

    code = tmp_path / "generator"
    (code / "pictures").mkdir(parents=True)
    (code / "pictures" / "changes.py").write_text("A = 1\n", encoding="utf-8")
    (code / "__pycache__").mkdir()
    monkeypatch.setattr(module, "PACKAGE", code)
    module.code_digest.cache_clear()
    before = module.fingerprint(q, None, None, ("md",))
    module.code_digest.cache_clear()
    assert module.fingerprint(q, None, None, ("md",)) == before  # read again: the same
    (code / "__pycache__" / "changes.cpython-311.pyc").write_bytes(b"compiled")
    module.code_digest.cache_clear()
    assert module.fingerprint(q, None, None, ("md",)) == before  # compiled files are not the code
    (code / "pictures" / "changes.py").write_text("A = 22\n", encoding="utf-8")
    module.code_digest.cache_clear()
    assert module.fingerprint(q, None, None, ("md",)) != before
    module.code_digest.cache_clear()
