"""Hints about change requests that reach into what the scope excludes.

A request names an item of ``scope.out`` when its title or description holds every significant
word of the item (`generator.questionnaire.mentions`: short and common words never count). It is
quiet when the request's own record already says the change is out of scope, or its effect on
scope names the item (in any language: "Le site e-commerce, aujourd'hui exclu, entre dans le périmètre").
"""

from __future__ import annotations

import re

from generator.questionnaire import model as m
from generator.questionnaire.checking import Checking, items
from generator.questionnaire.mentions import Words

SAID_OUT = re.compile(r"\bout[ -]of[ -]scope\b|\bnot in scope\b|\bexclud\w*|\bau(?:ß|ss)erhalb des\b|\bhors (?:du )?p[ée]rim[èe]tre\b"
                      r"|\bexclu\w*|\bexcluid\w*|\bausgeschlossen\b|\bfuera del alcance\b|\bescluso\b"
                      # Italian, Portuguese, Dutch, Nordic, Polish (review 98b F6: "poza zakresem projektu"), Korean,
                      # Japanese
                      r"|\bfuori (?:dal(?:l')?|dall’)\s*(?:ambito|perimetro)|\bfora d[oe] escopo\b|\bbuiten (?:de )?scope\b"
                      r"|\buden for (?:scope|omfang)|\butenfor (?:scope|omfang)|\butanför (?:scope|omfånget)"
                      r"|\bpoza zakresem\b|\bwyłączon\w*|범위 ?(?:외|밖|제외)|対象外|スコープ外"
                      # Russian, Uzbek, Kazakh, and scripts whose words end in a mark, unbounded: Burmese, Punjabi,
                      # Hindi, Bengali, Lao (reviews 153a F12, 153c F11: "scope ပြင်ပ", "scope ਤੋਂ ਬਾਹਰ", out of scope,
                      # hinted at as unsaid)
                      r"|\b(?:вне|за) (?:рамок|рамками|скоупа|объёма|объема)\b|\bdoiradan tashqari\b|\bаясынан тыс\b"
                      r"|ပြင်ပ|ਤੋਂ ਬਾਹਰ|से बाहर|के बाहर|এর বাইরে|র বাইরে|ນອກຂອບເຂດ|ນອກ scope", re.IGNORECASE)


def hint_excluded_scope(c: Checking) -> None:
    """Hint at a change request whose title or description names an item the scope excludes."""
    scope, cc = c.q.scope, c.q.change_control
    out = [(j, item) for j, item in items(scope.out if scope else None) if item.strip()]
    if not out or cc is None:
        return
    for i, cr in items(cc.requests):
        record = [t for t in (cr.impact.scope if cr.impact else None, cr.reason,
                              cr.decision.notes if cr.decision else None) if t]
        if any(SAID_OUT.search(t) for t in record):
            continue
        words = Words(cr.title or "", cr.description or "")
        said = Words(cr.impact.scope or "") if cr.impact else None  # its effect on scope names the item: said
        found = next(((j, item) for j, item in out if words.names(item) and not (said and said.names(item))), None)
        if found is None:
            continue
        j, item = found
        then = ("it has been approved, so move the item from scope.out to scope.in and say in its impact.scope: "
                "that it adds excluded scope" if cr.status in m.APPROVED_STATUSES else
                "the change would add excluded scope; say so in its impact.scope: (or reword it if it does not)")
        c.hint(("change_control", "requests", i, "title"),
               f"request '{cr.id}' names '{item}', which the scope excludes (scope.out, line "
               f"{c.draft.mark(('scope', 'out', j)).line}): {then}")
