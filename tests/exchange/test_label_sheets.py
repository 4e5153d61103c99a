"""Label sheets and member cards in millimetres (no Qt): the presets as their makers give them, positions on
partly used sheets, custom sheets that must fit, cut marks that stay off the cards."""

from __future__ import annotations

import pytest

from commons_desktop.exchange import label_sheets
from commons_desktop.exchange.label_sheets import CARD_SHEET, PRESETS, SheetError, custom, cut_marks, pages_for, place

# the makers' figures (see label_sheets' docstring for where they come from), written out again here
FIGURES = {
    "L7160": (3, 7, 63.5, 38.1, 15.15, 7.25, 66.04, 38.1),
    "L7163": (2, 7, 99.1, 38.1, 15.15, 4.65, 101.6, 38.1),
    "L7651": (5, 13, 38.1, 21.2, 10.7, 4.75, 40.6, 21.2),
}


@pytest.mark.parametrize("code", FIGURES)
def test_each_preset_is_the_makers_sheet_and_symmetric_on_a4(code):
    columns, rows, width, height, top, left, h_pitch, v_pitch = FIGURES[code]
    sheet = PRESETS[code].check()
    assert (sheet.columns, sheet.rows, sheet.label_width, sheet.label_height) == (columns, rows, width, height)
    assert (sheet.top, sheet.left) == (top, left)
    assert sheet.pitch == pytest.approx((h_pitch, v_pitch), abs=1e-9)
    last = sheet.box(sheet.per_page - 1)
    assert 210 - last.right == pytest.approx(left, abs=0.1)   # right margin = left margin
    assert 297 - last.bottom == pytest.approx(top, abs=0.1)   # bottom margin = top margin
    assert sheet.box(columns + 1) == label_sheets.Box(left + h_pitch, top + v_pitch, width, height)


def test_a_start_position_leaves_the_used_labels_and_a_label_is_never_split():
    sheet = PRESETS["L7160"]
    placed = place(sheet, 30, start=20)
    assert [(p.page, p.position) for p in placed[:3]] == [(0, 19), (0, 20), (1, 0)]
    assert (placed[-1].page, placed[-1].position) == (2, 6)  # 2 on the first page, 21 on the second, 7
    assert pages_for(sheet, 30, 20) == 3 and pages_for(sheet, 2, 20) == 1 and pages_for(sheet, 3, 20) == 2
    for p in placed:  # every label whole on its page
        assert 0 <= p.box.x and p.box.right <= 210 and 0 <= p.box.y and p.box.bottom <= 297
    with pytest.raises(SheetError):
        place(sheet, 1, start=22)
    with pytest.raises(SheetError):
        place(sheet, 1, start=0)


def test_a_custom_sheet_is_centred_unless_told_and_must_fit():
    sheet = custom(3, 8, 70, 37)  # 3 x 8 labels of 70 x 37 mm, edge to edge: 210 x 296 mm
    assert (sheet.left, sheet.top) == (0, 0.5)
    sheet = custom(2, 5, 90, 50, top=10, column_gap=5)
    assert sheet.left == pytest.approx((210 - 185) / 2) and sheet.top == 10
    with pytest.raises(SheetError) as exc:
        custom(3, 8, 70, 38)
    assert exc.value.problem == "down" and exc.value.excess == pytest.approx(7.0)  # 8 x 38 = 304 mm
    with pytest.raises(SheetError) as exc:
        custom(3, 7, 70, 38, left=5)
    assert exc.value.problem == "across" and exc.value.excess == pytest.approx(5.0)
    with pytest.raises(SheetError) as exc:
        custom(3, 7, 3, 38)
    assert exc.value.problem == "size"
    with pytest.raises(SheetError) as exc:
        custom(30, 20, 6, 6)
    assert exc.value.problem == "too_many"


def test_id1_cards_ten_to_a4_with_cut_marks_only_in_the_margins():
    sheet = CARD_SHEET.check()
    assert (sheet.columns, sheet.rows, sheet.label_width, sheet.label_height) == (2, 5, 85.6, 54.0)
    assert sheet.left == pytest.approx(19.4) and sheet.top == pytest.approx(13.5)
    cards = sheet.boxes()
    marks = cut_marks()
    xs = {round(m.x1, 3) for m in marks if m.x1 == m.x2}
    ys = {round(m.y1, 3) for m in marks if m.y1 == m.y2}
    assert xs == {19.4, 105.0, 190.6}
    assert ys == {round(13.5 + 54 * n, 3) for n in range(6)}
    for m in marks:
        for card in cards:  # a mark never touches a card
            inside_x = card.x < max(m.x1, m.x2) and min(m.x1, m.x2) < card.right
            inside_y = card.y < max(m.y1, m.y2) and min(m.y1, m.y2) < card.bottom
            assert not (inside_x and inside_y), (m, card)
        assert 4 <= min(m.x1, m.x2) and max(m.x1, m.x2) <= 206 and 4 <= min(m.y1, m.y2) and max(m.y1, m.y2) <= 293
