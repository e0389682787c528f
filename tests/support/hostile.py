"""Hostile questionnaires, made from the example by filling every free-text answer with trouble.

People's names are replaced consistently wherever they are referred to, so each
variant stays valid; enumerations, dates and numbers are left alone.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable

import yaml

from generator.questionnaire.interview import example_text

SKIP_KEYS = {"type", "methodology", "status", "influence", "interest", "likelihood", "impact", "priority", "risk",
             "currency", "code", "email", "version", "by", "approver"}
LONG = ("A long answer pasted from an e-mail thread. " * 300).strip()  # about 13,000 characters

VARIANTS: dict[str, Callable[[str, int], str]] = {
    "html": lambda s, i: f"{s} <script>alert('{i}')</script> <img src=x onerror=alert({i})> "
                         f"<a href=\"javascript:alert({i})\">click</a> [link](javascript:alert({i}))",
    "markdown": lambda s, i: f"# {s} | *bold* _it_ `code` > quote\n- item\n1. one [x](y) ![i](z) ~~s~~ \\ {i}",
    "jinja": lambda s, i: f"{{{{ 7*7 }}}} {s} {{% for x in range(3) %}}x{{% endfor %}} {{# c #}} {{{{ q.people }}}} {i}",
    "long": lambda s, i: f"{s} {LONG}" if i % 3 == 0 else s,
    "scripts": lambda s, i: f"{s} 山田 太郎 · נועה לוי · مُحَمَّد · שָׁלוֹם · e\u0301te\u0301 · 👩\u200d💻 🇯🇵 · Ω≈ç√ {i}",
}


def _names(data: dict[str, Any], variant: str) -> dict[str, str]:
    """Return a new, still unique and one-line, name for every person."""
    make = VARIANTS[variant]
    out = {}
    for i, person in enumerate(data["people"]):
        new = make(person["name"], i).replace("\n", " ")
        if variant == "long":
            new = person["name"] + " " + "Verylongfamilyname" * (60 if i == 0 else 1)
        out[person["name"]] = new
    return out


def _fill(value: Any, make: Callable[[str, int], str], names: dict[str, str], key: str, counter: list[int]) -> Any:
    if isinstance(value, dict):
        return {k: _fill(v, make, names, k, counter) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, make, names, key, counter) for v in value]
    if isinstance(value, str):
        if value in names:
            return names[value]
        if key in SKIP_KEYS or value in ("board", "team", "stakeholders", "everyone") or key == "deliverables":
            return value
        counter[0] += 1
        text = make(value, counter[0])
        return text.replace("\n", " ") if key in ("name", "id", "term", "title") else text
    return value


def variant(name: str) -> str:
    """Return the YAML text of one hostile variant of the example questionnaire."""
    data = yaml.safe_load(example_text())
    names = _names(data, name)
    filled = _fill(data, VARIANTS[name], names, "", [0])
    # deliverable names are referred to by milestones: keep them in step
    for old, new in zip(data["scope"]["deliverables"], filled["scope"]["deliverables"]):
        for ms in filled.get("milestones", []):
            ms["deliverables"] = [new["name"] if d == old["name"] else d for d in ms.get("deliverables", [])]
    filled["project"]["code"] = f"HOST-{name.upper()[:8]}"
    return yaml.safe_dump(filled, allow_unicode=True, sort_keys=False, width=10**9)


@functools.lru_cache(maxsize=1)
def hostile_files() -> tuple[Path, ...]:
    """Return the hostile variants written to a temporary folder (made once per test session)."""
    folder = Path(tempfile.mkdtemp(prefix="pmdocs-hostile-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    paths = []
    for name in VARIANTS:
        path = folder / f"hostile-{name}.yaml"
        path.write_text(variant(name), encoding="utf-8")
        paths.append(path)
    return tuple(paths)
