"""The navigation and tabs of pages converted ahead: rendered once per depth, the same bytes as each time."""

from __future__ import annotations

from typing import Any

import jinja2

from generator.site import shared_partials
from generator.site.shared_partials import share_partials

THEME = {"partials/nav.html": "nav {{ base_url }} {{ count() }}", "partials/tabs.html": "tabs {{ base_url }}",
         "main.html": '{% include "partials/nav.html" %}|{% include "partials/tabs.html" %}'}


class Ahead:
    """A stand-in for a page converted ahead."""


def test_a_theme_without_those_partials_is_left_alone() -> None:
    env = jinja2.Environment(loader=jinja2.DictLoader({"main.html": "x"}))
    loader = env.loader
    assert not share_partials(env) and env.loader is loader


def test_pages_converted_ahead_share_them_per_depth_and_others_render_their_own(monkeypatch: Any) -> None:
    monkeypatch.setattr(shared_partials, "PreparedPage", Ahead)
    calls = []
    env = jinja2.Environment(loader=jinja2.DictLoader(THEME))
    env.globals["count"] = lambda: calls.append(1) or len(calls)
    plain = [env.get_template("main.html").render(page=Ahead(), base_url=base) for base in ("../..", "../..", "..")]
    calls.clear()
    assert share_partials(env)
    shared = [env.get_template("main.html").render(page=Ahead(), base_url=base) for base in ("../..", "../..", "..")]
    assert shared == ["nav ../.. 1|tabs ../..", "nav ../.. 1|tabs ../..", "nav .. 2|tabs .."]  # once per depth
    assert [p.split()[:2] for p in plain] == [s.split()[:2] for s in shared]
    other = env.get_template("main.html").render(page=object(), base_url="../..")
    assert other == "nav ../.. 3|tabs ../.."  # a page in the navigation renders its own
