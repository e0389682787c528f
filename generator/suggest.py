"""Did-you-mean suggestions for misspelt keys, values and names."""

from __future__ import annotations

import difflib
import re
from typing import Iterable, Optional


def normalize(word: str) -> str:
    """Return a word folded for comparison: lower case, spaces and underscores as hyphens."""
    return re.sub(r"[\s_]+", "-", word.strip().casefold())


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


def did_you_mean(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str:
    """Return `` (did you mean 'x'?)`` for the closest candidate, or an empty string."""
    match = closest(word, candidates, cutoff)
    return f" (did you mean '{match}'?)" if match is not None and match != word else ""
