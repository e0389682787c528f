"""Pages converted ahead put in a frame rendered once per depth: always the bytes the theme itself prints."""

from __future__ import annotations

from typing import Any, Optional

import jinja2
import pytest

from generator.site import page_frames, shared_partials
from generator.site.page_frames import frame_pages
from generator.site.shared_partials import printed_title, share_partials

BASE = ('<title>{{ page.meta.title }}</title>{% if page.canonical_url %}<link {{ page.canonical_url }}>{% endif %}'
        '{% if page.toc | first is defined %}<a href="{{ (page.toc | first).url | url }}">skip</a>{% endif %}'
        '{{ count() }}{% include "partials/nav.html" %}{% include "partials/header.html" %}'
        '{% block side %}{% include "partials/toc.html" %}{% endblock %}'
        '<article>{% block content %}{% include "partials/content.html" %}{% endblock %}</article>')
THEME = {"base.html": BASE, "main.html": '{% extends "base.html" %}',
         "404.html": '{% extends "main.html" %}{% block content %}Not found{% endblock %}',
         "partials/nav.html": "<nav {{ base_url }}>", "partials/tabs.html": "", "partials/footer.html": "",
         "partials/icons.html": "", "partials/header.html": "<h>{{ page.meta.title }}</h>",
         "partials/toc.html": "<ul>{% for t in page.toc %}<li>{{ t.title }}</li>{% endfor %}</ul>",
         "partials/content.html": '{% if "<h1" not in page.content %}<h1>{{ page.title }}</h1>{% endif %}'
                                  '{{ page.content }}'}


class Heading:
    """A table of contents' entry."""

    def __init__(self, title: str) -> None:
        self.title, self.url, self.level, self.children = title, "#" + title.lower(), 1, []


class Ahead:
    """A stand-in for a page converted ahead."""

    previous_page = next_page = None

    def __init__(self, title: str, url: str = "p/x/", toc: tuple[str, ...] = ("Scope", "Risks"),
                 content: str = "<p>Body</p>", canonical: Optional[str] = None, **meta: Any) -> None:
        self.title, self.url, self.content, self.canonical_url = title, url, content, canonical
        self.meta = {"title": title, **meta}
        self.toc = [Heading(t) for t in toc]


@jinja2.pass_context
def _url(context: Any, value: str) -> str:
    return value if value.startswith("#") else f"{context['base_url']}/{value}"


def _env(theme: dict[str, str], calls: list[int]) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader(theme))
    env.globals["count"] = lambda: calls.append(1) or ""
    env.filters["url"] = _url
    return env


@pytest.fixture(autouse=True)
def _ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_frames, "PreparedPage", Ahead)
    monkeypatch.setattr(shared_partials, "PreparedPage", Ahead)


def _both(pages: list[tuple[Ahead, str]], theme: Optional[dict[str, str]] = None,
          template: str = "main.html") -> tuple[list[str], list[str], int]:
    """Return the pages rendered by the theme alone and framed, and how often the framed theme rendered a whole page."""
    theme = {**THEME, **(theme or {})}
    plain_env, calls = _env(theme, []), []
    plain = [plain_env.get_template(template).render(page=p, base_url=b) for p, b in pages]
    env = _env(theme, calls)
    assert share_partials(env) and frame_pages(env, printed_title(env))
    framed = [env.get_template(template).render(page=p, base_url=b) for p, b in pages]
    return plain, framed, len(calls)


def test_pages_get_their_own_title_contents_and_body_in_one_frame_per_depth() -> None:
    pages = [(Ahead(f"Charter {n}", content=f"<p>Project {n}</p>", toc=("Scope", f"Risk {n}")), "../..")
             for n in range(8)]
    pages += [(Ahead("Deeper", url="p/x/y/"), "../../.."), (Ahead("With h1", content="<h1>Own</h1>"), "../..")]
    plain, framed, whole = _both(pages)
    assert framed == plain
    assert "<title>Charter 5</title>" in framed[5] and "<li>Risk 5</li>" in framed[5] and "Project 5" in framed[5]
    assert whole == (1 + 2) + (1 + 1) + (1 + 1)  # per frame its stand-in, and the first two pages checked: three
    # frames (a depth of their own, a page with its own first heading), six pages only framed


@pytest.mark.parametrize("where", ["base.html", "partials/header.html"])
def test_titles_a_filter_prints_otherwise_are_checked_apart(where: str) -> None:
    theme = {where: THEME[where].replace("{{ page.meta.title }}", "{{ page.meta.title | striptags }}")}
    pages = [(Ahead(t), "..") for t in ("Plain", "Plain too", "R&amp;D <b>x</b>", "R&amp;D <i>y</i>", "More", "Last")]
    plain, framed, whole = _both(pages, theme)
    assert framed == plain
    assert "R&D x</" in framed[2] and "R&D y</" in framed[3]


def test_a_theme_that_prints_more_of_the_page_gets_no_frame() -> None:
    theme = {"partials/content.html": "{{ page.url }}{{ page.content }}"}
    pages = [(Ahead(f"P{n}", url=f"p/{n}/"), "..") for n in range(5)]
    plain, framed, whole = _both(pages, theme)
    assert framed == plain and "p/4/" in framed[4]


def test_front_matter_and_addresses_make_frames_apart() -> None:
    pages = [(Ahead("A", canonical="https://x/a/"), ".."), (Ahead("B", canonical="https://x/b/"), ".."),
             (Ahead("C", hide=["toc"]), ".."), (Ahead("D", toc=()), ".."), (Ahead("E", canonical="https://x/e/"), "..")]
    plain, framed, whole = _both(pages)
    assert framed == plain and "<link https://x/e/>" in framed[4]


def test_a_template_extending_the_page_template_keeps_its_blocks() -> None:
    plain, framed, whole = _both([(Ahead("Gone", template="404.html"), "..")], template="404.html")
    assert framed == plain and "Not found" in framed[0]


def test_pages_in_the_navigation_are_rendered_whole() -> None:
    class InNav(Ahead):
        previous_page = "prev"

    plain, framed, whole = _both([(InNav(f"N{n}"), "..") for n in range(3)])
    assert framed == plain and whole == 3
