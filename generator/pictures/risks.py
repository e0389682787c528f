"""The risk picture: a likelihood x impact heat map with each risk's ID in its cell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from generator.i18n.locales import Locale, english
from generator.pictures.layout import MUTED, grid_axes, level_word, wrap
from generator.pictures.scene import WIDTH, Rect, Scene, Shape, Text, scene
from generator.questionnaire import model as m
from generator.questionnaire.rules import LEVELS, risk_band, risk_score

HEAT = {"high": "#f8b4b4", "medium": "#fce588", "low": "#c1eac5"}
CELL_EDGE = "#9aa5b1"


def risk_heat_map(risks: Sequence[tuple[str, m.Risk]], locale: Optional[Locale] = None) -> Optional[Scene]:
    """Return likelihood x impact with each risk's ID in its cell (``risks`` are ``(ID, risk)``), in ``locale``'s words."""
    if not risks:
        return None
    loc = locale or english()
    _ = loc.gettext
    size, axis_w = 12.0, 92.0
    cell_w = (WIDTH - axis_w - 24) / 3
    cells: dict[tuple[str, str], list[str]] = {(li, im): [] for li in LEVELS for im in LEVELS}
    for risk_id, risk in sorted(risks, key=lambda pair: pair[0]):
        cells[(risk.likelihood, risk.impact)].append(risk_id)
    wrapped = {k: wrap(", ".join(v), cell_w - 20, size) if v else [] for k, v in cells.items()}
    shapes: list[Shape] = [Text(12, 22, _("Risk heat map: likelihood × impact"), 14, "bold")]
    top = y = 52.0
    for likelihood in reversed(LEVELS):
        h = max(64.0, 36 + 16 * max(len(wrapped[(likelihood, i)]) for i in LEVELS) + 6)
        shapes.append(Text(axis_w - 8, y + h / 2 + 4, level_word(likelihood, loc), 11, "bold", anchor="end"))
        for col, impact in enumerate(LEVELS):
            x = axis_w + col * cell_w
            score = risk_score(likelihood, impact)
            band = risk_band(score)
            shapes.append(Rect(x, y, cell_w, h, HEAT[band], CELL_EDGE))
            # Translators: a cell of the risk heat map: its score (likelihood times impact) and the score's band.
            shapes.append(Text(x + 8, y + 16, _("score %(score)s · %(band)s", score=score, band=level_word(band, loc)),
                               10, "bold", MUTED))
            for i, line in enumerate(wrapped[(likelihood, impact)]):
                shapes.append(Text(x + 10, y + 36 + 16 * i, line, size, "bold"))
        y += h
    shapes += grid_axes(axis_w, cell_w, top, y, _("Impact"), _("Likelihood"), loc)
    alt = _("Risk heat map. %(cells)s", cells=" ".join(
        _("Likelihood %(likelihood)s, impact %(impact)s: %(risks)s.", likelihood=level_word(li, loc),
          impact=level_word(im, loc), risks=", ".join(v)) for (li, im), v in cells.items() if v))
    caption = loc.ngettext("Risk heat map of %(count)s open risk", "Risk heat map of %(count)s open risks", len(risks),
                           count=loc.decimal(len(risks)))
    return scene("risk-heat-map", y + 48, shapes, alt, caption)
