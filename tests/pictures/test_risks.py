"""The risk heat map: each risk's ID in its likelihood x impact cell, bands as colours and words, nothing to draw no map."""

from __future__ import annotations

from generator.pictures.risks import HEAT, risk_heat_map
from generator.pictures.scene import Rect
from generator.questionnaire import model as m
from tests.support.pictures import assert_readable, texts


def risk(likelihood: m.Level, impact: m.Level) -> m.Risk:
    return m.Risk(risk="Something goes wrong", likelihood=likelihood, impact=impact)


def test_no_risk_no_map() -> None:
    assert risk_heat_map([]) is None


def test_each_risk_is_in_its_cell_in_id_order() -> None:
    picture = risk_heat_map([("R-02", risk("high", "low")), ("R-01", risk("high", "low")), ("R-03", risk("low", "high"))])
    assert picture is not None and picture.name == "risk-heat-map"
    assert "R-01, R-02" in texts(picture) and "R-03" in texts(picture)
    assert picture.alt == ("Risk heat map. Likelihood low, impact high: R-03. Likelihood high, impact low: R-01, R-02.")
    assert picture.caption == "Risk heat map of 3 open risks"
    assert_readable(picture)


def test_every_cell_says_its_score_and_band_and_is_coloured_by_it() -> None:
    picture = risk_heat_map([("R-01", risk("medium", "medium"))])
    assert picture is not None
    scores = [t for t in texts(picture) if t.startswith("score ")]
    assert sorted(scores) == sorted(["score 1 · low", "score 2 · low", "score 3 · medium", "score 2 · low",
                                     "score 4 · medium", "score 6 · high", "score 3 · medium", "score 6 · high",
                                     "score 9 · high"])
    fills = [s.fill for s in picture.shapes if isinstance(s, Rect)][1:]  # after the background
    assert sorted(fills) == sorted([HEAT["low"]] * 3 + [HEAT["medium"]] * 3 + [HEAT["high"]] * 3)


def test_a_crowded_cell_grows_to_hold_every_id() -> None:
    few = risk_heat_map([("R-01", risk("high", "high"))])
    many = risk_heat_map([(f"R-{i:02d}", risk("high", "high")) for i in range(1, 61)])
    assert few is not None and many is not None and many.height > few.height
    assert all(f"R-{i:02d}" in " ".join(texts(many)) for i in range(1, 61))
    assert_readable(many)
