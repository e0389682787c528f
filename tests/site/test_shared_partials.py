"""The navigation, tabs, footer, icons and header of pages converted ahead: rendered once per depth, the same bytes as each time."""

from __future__ import annotations

import re
from typing import Any

import jinja2

from generator.site import shared_partials
from generator.site.shared_partials import share_partials

THEME = {"partials/nav.html": "nav {{ base_url }} {{ count() }}", "partials/tabs.html": "tabs {{ base_url }}",
         "partials/footer.html": "", "partials/icons.html": "", "partials/header.html": "",
         "main.html": '{% include "partials/nav.html" %}|{% include "partials/tabs.html" %}'}
HEADER = ('<h {{ base_url }} {{ count() }} {{ page.url }}>'
          '{% if page.meta and page.meta.title %}{{ page.meta.title }}{% else %}{{ page.title }}{% endif %}</h>')


class Ahead:
    """A stand-in for a page converted ahead."""

    def __init__(self, title: object = "T", meta: Any = None, url: str = "p/x/") -> None:
        self.title, self.meta, self.url = title, meta if meta is not None else {}, url


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


def test_the_header_is_shared_per_depth_with_each_page_s_own_title(monkeypatch: Any) -> None:
    monkeypatch.setattr(shared_partials, "PreparedPage", Ahead)
    calls = []
    theme = {**THEME, "partials/header.html": HEADER, "main.html": '{% include "partials/header.html" %}'}
    env = jinja2.Environment(loader=jinja2.DictLoader(theme))
    env.globals["count"] = lambda: calls.append(1) or len(calls)
    pages = [Ahead("Risk register <R&D>"), Ahead("Charter", {"title": "Own title"}), Ahead(None, url="p/y/")]
    plain = [env.get_template("main.html").render(page=page, base_url="../..") for page in pages]
    calls.clear()
    assert share_partials(env)
    shared = [env.get_template("main.html").render(page=page, base_url="../..") for page in pages]
    assert shared == ["<h ../.. 1 p/x/>Risk register <R&D></h>", "<h ../.. 2 p/x/>Own title</h>",
                      "<h ../.. 2 p/x/>None</h>"]  # a title with markup rendered anew (count 1, a theme could filter
    # it), the others' rendered once (count 2), the first such page's URL: same depth
    assert [re.sub(" [0-9] ", " ", p) for p in plain] == [re.sub(" [0-9] ", " ", p) for p in shared[:2]] + [
        "<h ../.. p/y/>None</h>"]  # the same bytes but for the count (and the URL, the same depth)
    other = env.get_template("main.html").render(page=object.__new__(type("InNav", (), {"title": "N", "meta": {},
                                                                                         "url": "n/"})), base_url="..")
    assert other == "<h .. 3 n/>N</h>"  # a page in the navigation renders its own (count 3: rendered anew)


def test_a_header_that_filters_the_title_prints_it_as_the_theme_does(monkeypatch: Any) -> None:
    monkeypatch.setattr(shared_partials, "PreparedPage", Ahead)
    theme = {**THEME, "partials/header.html": "<h>{{ page.meta.title | striptags }}</h>",
             "main.html": '{% include "partials/header.html" %}'}
    env = jinja2.Environment(loader=jinja2.DictLoader(theme))
    assert share_partials(env)
    pages = [Ahead("A", {"title": t}) for t in ("Plain", "R&amp;D <b>x</b>", "Two  spaces", "Plain too")]
    assert [env.get_template("main.html").render(page=p, base_url="..") for p in pages] == [
        "<h>Plain</h>", "<h>R&D x</h>", "<h>Two spaces</h>", "<h>Plain too</h>"]
