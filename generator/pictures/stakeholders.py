"""The stakeholder picture: a power/interest grid with everyone listed in the cell of their influence and interest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Optional

from generator.i18n.locales import Locale, english
from generator.pictures.layout import MUTED, grid_axes, label, level_word, wrap
from generator.pictures.scene import WIDTH, Rect, Scene, Shape, Text, scene
from generator.questionnaire import model as m
from generator.questionnaire.rules import LEVELS, assessed, placements, quadrant, unassessed
from generator.questionnaire.tenure import staying

QUADRANT_FILL = {"manage-closely": "#fde2e2", "keep-satisfied": "#fff3c4", "keep-informed": "#dceefb",
                 "monitor": "#eef1f4"}
CELL_EDGE = "#9aa5b1"


def stakeholder_grid(q: m.Questionnaire, quadrant_names: Mapping[str, str],
                     locale: Optional[Locale] = None) -> Optional[Scene]:
    """Return the power/interest grid: everyone in the cell of their influence and interest, in ``locale``'s words.

    ``quadrant_names`` are the quadrants' names by key (see :func:`generator.questionnaire.rules.quadrant`),
    as the documents word them.
    """
    loc = locale or english()
    _ = loc.gettext
    sponsor = q.roles.sponsor
    cells: dict[tuple[str, str], list[str]] = {(i, t): [] for i in LEVELS for t in LEVELS}
    for person, influence, interest in placements(staying(q.people), q.roles.project_manager):
        name = label(person.name)
        missing = unassessed(person)
        note = (_("influence and interest not assessed") if len(missing) == 2 else
                _("influence not assessed") if missing == ("influence",) else
                _("interest not assessed") if missing else "")
        if person.name == sponsor:
            name = _("%(name)s (sponsor; %(note)s)", name=name, note=note) if note else _("%(name)s (sponsor)",
                                                                                           name=name)
        elif note:
            name = _("%(name)s (%(note)s)", name=name, note=note)
        cells[(influence, interest)].append(name)
    if not any(cells.values()):
        return None
    size, axis_w, cell_w = 11.5, 92.0, (WIDTH - 92 - 24) / 3
    shapes: list[Shape] = [Text(12, 22, _("Stakeholders by influence and interest"), 14, "bold")]
    top = 52.0
    wrapped = {key: [("• " if i == 0 else "  ") + line for name in names
                     for i, line in enumerate(wrap(name, cell_w - 30, size))] for key, names in cells.items()}
    row_heights = {influence: max(70.0, max(30 + 15 * len(wrapped[(influence, t)]) for t in LEVELS) + 8)
                   for influence in LEVELS}
    y = top
    for influence in reversed(LEVELS):
        h = row_heights[influence]
        shapes.append(Text(axis_w - 8, y + h / 2 + 4, level_word(influence, loc), 11, "bold", anchor="end"))
        for col, interest in enumerate(LEVELS):
            x = axis_w + col * cell_w
            key = quadrant(influence, interest)
            shapes.append(Rect(x, y, cell_w, h, QUADRANT_FILL[key], CELL_EDGE))
            shapes.append(Text(x + 8, y + 16, quadrant_names[key], 10, "bold", MUTED))
            for i, line in enumerate(wrapped[(influence, interest)]):
                shapes.append(Text(x + 10, y + 34 + 15 * i, line, size))
        y += h
    shapes += grid_axes(axis_w, cell_w, top, y, _("Interest"), _("Influence"), loc)
    groups: dict[str, list[str]] = {}
    for (influence, interest), names in cells.items():
        groups.setdefault(quadrant(influence, interest), []).extend(names)
    alt = _("Power and interest grid. %(quadrants)s", quadrants=" ".join(
        _("%(quadrant)s: %(people)s.", quadrant=quadrant_names[k], people=", ".join(v) if v else _("nobody"))
        for k, v in groups.items()))
    placed = sum(len(v) for v in cells.values())
    not_assessed = sum(1 for person, _i, _t in placements(staying(q.people), q.roles.project_manager) if not assessed(person))
    caption = loc.ngettext("Power/interest grid of %(count)s stakeholder (the project manager is not placed).",
                           "Power/interest grid of %(count)s stakeholders (the project manager is not placed).",
                           placed, count=loc.decimal(placed))
    if not_assessed:
        caption += " " + _("People whose influence or interest was not assessed are placed as medium.")
    return scene("stakeholder-grid", y + 48, shapes, alt, caption)
