"""A picture as data: shapes as immutable named tuples, a standard width on a white background, a tenth-of-a-unit grid."""

from __future__ import annotations

import dataclasses

import pytest

from generator.pictures.scene import BACKGROUND, INK, WIDTH, Circle, Line, Path, Rect, Scene, Text, on_grid, scene


def test_a_scene_starts_with_its_background_at_the_standard_width() -> None:
    picture = scene("p", 120.5, [Text(1, 2, "hi")], "alt", "Caption")
    assert (picture.name, picture.width, picture.height, picture.alt, picture.caption) == ("p", WIDTH, 120.5, "alt",
                                                                                          "Caption")
    assert picture.shapes == (Rect(0, 0, WIDTH, 120.5, BACKGROUND), Text(1, 2, "hi"))


def test_shapes_have_their_defaults_and_never_change() -> None:
    assert Text(0, 0, "x") == Text(0, 0, "x", 12, "normal", INK, "start")
    assert Rect(0, 0, 1, 1, "#fff").stroke == "none" and Rect(0, 0, 1, 1, "#fff").rx == 0
    assert Line(0, 0, 1, 1, "#000").width is None and Line(0, 0, 1, 1, "#000").dash is None
    path = Path((0, 0), ((1, 1),), "none")
    assert (path.relative, path.closed, path.stroke, path.width) == (False, False, None, None)
    assert Circle(1, 2, 3, "#000")._fields == ("cx", "cy", "r", "fill")
    with pytest.raises(AttributeError):
        path.fill = "#fff"  # type: ignore[misc]


def test_scenes_are_equal_field_by_field_and_frozen() -> None:
    first = scene("p", 10, [Circle(1, 2, 3, "#000")], "a", "c")
    assert first == scene("p", 10, [Circle(1, 2, 3, "#000")], "a", "c")
    assert first != scene("p", 10, [Circle(1, 2, 4, "#000")], "a", "c")
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.alt = "b"  # type: ignore[misc]
    assert isinstance(first, Scene)


@pytest.mark.parametrize("value,grid", [(1.26, 1.3), (1.24, 1.2), (-0.04, -0.0), (720, 720), (80.44, 80.4)])
def test_coordinates_are_drawn_to_a_tenth_of_a_unit(value: float, grid: float) -> None:
    assert on_grid(value) == grid
