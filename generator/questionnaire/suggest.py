"""Did-you-mean suggestions for misspelt keys, values and names.

A suggestion that looks just like what was typed (a no-break space for a space, a
Cyrillic ``а`` for a Latin ``a``, an invisible character) says which characters
differ, so that the reader can see why the two do not match.
"""

from __future__ import annotations

import difflib
import re
from typing import Iterable, Optional

from generator.questionnaire.invisible import char_label, nfc

_MAX_NAMED = 3  # differences named in one suggestion; beyond that the two texts do not look alike anyway


def normalize(word: str) -> str:
    """Return a word folded for comparison: NFC, lower case, spaces and underscores as hyphens."""
    return re.sub(r"[\s_]+", "-", nfc(nfc(word).strip().casefold()))


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> Optional[str]:
    """Return the candidate closest to ``word``, or None when nothing is close."""
    options = list(dict.fromkeys(candidates))
    if not options or len(word) > 200:  # a suggestion for a page of text helps nobody, and costs quadratic time
        return None
    folded = {normalize(option): option for option in options}
    target = normalize(word)
    if target in folded:
        return folded[target]
    match = difflib.get_close_matches(target, list(folded), n=1, cutoff=cutoff)
    return folded[match[0]] if match else None


def _hard_to_see(char: str) -> bool:
    """Return True for a character whose difference from another one a reader may not notice."""
    return not char.isascii() or char.isspace() or not char.isprintable()


def difference(typed: str, suggestion: str) -> str:
    """Return ``they differ by U+00A0 NO-BREAK SPACE`` when the two texts look alike, else ``""``.

    Texts look alike when each difference involves a blank, an invisible character
    or a non-ASCII one (a Cyrillic ``а`` for a Latin ``a``); a difference a reader
    can see (``Sam Le`` and ``Sam Lee``, ``sam`` and ``Sam``) needs no explanation.
    """
    a, b = nfc(typed), nfc(suggestion)
    if a == b:
        return "they differ only in how accented letters are encoded" if typed != suggestion else ""
    parts: list[str] = []
    visible = False
    hidden = [c for c in a if _hard_to_see(c) and c not in b]
    if hidden and "".join(c for c in a if c not in hidden) == b:
        # only characters hard to see were added: named as such, however the diff would align the rest ("Name
        # 0\u00a00000000" for "Name 00000000" aligned the zeros apart and read as a visible difference)
        return "" if len(hidden) > _MAX_NAMED else _differ_by([char_label(c) for c in hidden])
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        mine, theirs = a[i1:i2], b[j1:j2]
        # a replacement is seen unless a character of it is hard to see (a Cyrillic "а" for a Latin "a"); a letter
        # missing or added is seen ("Dr Niamh O'Connor" for "Niamh O'Connor", review 50a F8)
        visible = visible or (not any(_hard_to_see(c) for c in mine + theirs) if op == "replace"
                              else any(not _hard_to_see(c) for c in mine + theirs))
        if op == "replace":
            parts += [f"{char_label(c)} in place of {char_label(t)}" if t != " " else char_label(c)
                      for c, t in zip(mine, theirs)]
            parts += [char_label(c) for c in mine[len(theirs):]]
            parts += [f"a missing {char_label(t)}" for t in theirs[len(mine):]]
        elif op == "delete":
            parts += [char_label(c) for c in mine]
        else:
            parts += [f"a missing {char_label(t)}" for t in theirs]
    if visible or len(parts) > _MAX_NAMED:
        return ""
    return _differ_by(parts)


def _differ_by(parts: list[str]) -> str:
    """Return ``they differ by A, B and C`` of the differences named, each once."""
    named = list(dict.fromkeys(parts))
    return "they differ by " + (named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1])


def did_you_mean(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str:
    """Return `` (did you mean 'x'?)`` for the closest candidate, or an empty string.

    When the candidate looks just like ``word``, the hint also says which characters
    differ: `` (did you mean 'Ana Lima'? they differ by U+00A0 NO-BREAK SPACE)``.
    """
    match = closest(word, candidates, cutoff)
    if match is None or match == word:
        return ""
    why = difference(word, match)
    return f" (did you mean '{match}'? {why})" if why else f" (did you mean '{match}'?)"
