"""Parts of the theme that are the same on every page converted ahead at one depth: rendered once, not per page.

Putting a page in the Material theme costs about 5 ms, a quarter of a large site
build on one core, and a third of it is the navigation and the tabs.  A page
converted ahead (`generator.site.mkdocs_internals.PreparedPage`: a project's page of a
portfolio too large for the navigation) is never in the navigation, so nothing in
those two parts marks it as the current page, and their links are relative to the
page's folder: every such page with the same way back to the site's root
(``base_url``) shows the same navigation and tabs, byte for byte.  `share_partials`
puts a template of the same name in front of each of them that renders the theme's
own once per ``base_url`` and reuses it; any other page renders them as before.
"""

from __future__ import annotations

from typing import Any

import jinja2

from generator.site.mkdocs_internals import PreparedPage

PARTIALS = ("partials/nav.html", "partials/tabs.html")  # Material's: the same on every page off the navigation
_ORIGINAL = "pmdocs-theme"  # the prefix that reaches the theme's own template behind the one put in front of it
_FRONT = ('{%- set pmdocs_key = pmdocs_partial_key(page, base_url, "NAME") -%}'
          '{%- if pmdocs_key in pmdocs_partials -%}{{ pmdocs_partials[pmdocs_key] }}'
          '{%- else -%}{%- set pmdocs_out -%}{% include "ORIGINAL/NAME" %}{%- endset -%}'
          '{{ pmdocs_keep(pmdocs_key, pmdocs_out) }}{%- endif -%}')


def _key(page: Any, base_url: str, name: str) -> str:
    """Return the key a partial is kept under for a page ('' for a page it is rendered for anew)."""
    return f"{name}\n{base_url}" if isinstance(page, PreparedPage) else ""


def share_partials(env: jinja2.Environment) -> bool:
    """Put the sharing templates in front of the theme's navigation and tabs; return False (and change nothing)
    when the theme has no such templates."""
    original = env.loader
    if original is None:
        return False
    try:
        for name in PARTIALS:
            original.get_source(env, name)
    except jinja2.TemplateNotFound:
        return False
    kept: dict[str, Any] = {}

    def keep(key: str, output: Any) -> Any:
        if key:
            kept[key] = output
        return output

    env.globals.update(pmdocs_partials=kept, pmdocs_keep=keep, pmdocs_partial_key=_key)
    front = {name: _FRONT.replace("NAME", name).replace("ORIGINAL", _ORIGINAL) for name in PARTIALS}
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader(front), jinja2.PrefixLoader({_ORIGINAL: original}), original])
    return True
