"""Labels and member cards land where the paper has them: each PDF is rendered, then measured with poppler
(pdftotext word boxes; ink of the outlines on the page rendered at 10 px/mm) against the makers' figures
written out here, not against the code's own constants. A sheet placed 1 mm off is caught (last test)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from commons_desktop.cli import print_words
from commons_desktop.exchange import label_sheets, printables
from commons_desktop.exchange.label_sheets import Box
from commons_desktop.exchange.printables import Card, Cards, Labels
from commons_desktop.ui.pdf.printer import print_pdf
from tests.pdf_measure import Page, needs_poppler, page_sizes, words

pytestmark = pytest.mark.skipif(needs_poppler, reason="poppler-utils is not installed")

# (columns, rows, label width, height, top margin, left margin, horizontal pitch, vertical pitch), in mm
FIGURES = {
    "L7160": (3, 7, 63.5, 38.1, 15.15, 7.25, 66.04, 38.1),
    "L7163": (2, 7, 99.1, 38.1, 15.15, 4.65, 101.6, 38.1),
    "L7651": (5, 13, 38.1, 21.2, 10.7, 4.75, 40.6, 21.2),
}
TOLERANCE = 0.2  # mm: poppler's rendering at 10 px/mm and a 0.25 mm line


def expected_boxes(figures) -> list[Box]:
    columns, rows, width, height, top, left, h_pitch, v_pitch = figures
    return [Box(left + c * h_pitch, top + r * v_pitch, width, height) for r in range(rows) for c in range(columns)]


def label_of(n: int) -> tuple[str, ...]:
    return (f"Person{n:03d} Family", f"{n} rue des Lilas", "Bâtiment B", "4000 Liège")


def render_labels(tmp_path, sheet, count: int, start: int, *, outlines: bool = True, lines=label_of):
    out = tmp_path / "labels.pdf"
    doc = Labels(sheet, tuple(lines(n) for n in range(count)), start, outlines)
    report = print_pdf(doc, out, words=print_words.words("en"))
    return out, report


def measured_edges(page: Page, box: Box) -> list[float]:
    """How far (mm) each of the four drawn edges of the outline around ``box`` is from where it should be."""
    found = [page.horizontal_line(box.y, box.x + 3, box.right - 3), page.horizontal_line(box.bottom, box.x + 3,
                                                                                          box.right - 3),
             page.vertical_line(box.x, box.y + 3, box.bottom - 3), page.vertical_line(box.right, box.y + 3,
                                                                                     box.bottom - 3)]
    want = [box.y, box.bottom, box.x, box.right]
    return [abs(f - w) if f is not None else float("inf") for f, w in zip(found, want, strict=True)]


def check_labels(pdf, tmp_path, boxes: list[Box], count: int, start: int) -> None:
    """Every label's outline at its place (each edge within TOLERANCE), each label's words inside its own box
    on the right page, the text 4 mm (or 7% of a narrow label) from the left edge and centred on the height."""
    per_page = len(boxes)
    pages = (start - 1 + count - 1) // per_page + 1
    assert [tuple(round(v, 1) for v in size) for size in page_sizes(pdf)] == [(209.9, 297.0)] * pages
    found = words(pdf)
    for page_number in range(pages):
        page = Page(pdf, page_number, tmp_path)
        for box in boxes:
            assert max(measured_edges(page, box)) <= TOLERANCE, (page_number, box, measured_edges(page, box))
    for n in range(count):
        page, position = divmod(start - 1 + n, per_page)
        box = boxes[position]
        mine = [w for w in found if w.page == page and box.x <= (w.x0 + w.x1) / 2 <= box.right
                and box.y <= (w.y0 + w.y1) / 2 <= box.bottom]
        assert " ".join(w.text for w in mine) == " ".join(label_of(n)), (n, [w.text for w in mine])
        for w in mine:  # whole words inside the label, nothing over its edge
            assert box.x < w.x0 and w.x1 < box.right and box.y < w.y0 and w.y1 < box.bottom, (n, w)
        side = min(4.0, box.width * 0.07)
        assert min(w.x0 for w in mine) == pytest.approx(box.x + side, abs=0.15)
        above, below = min(w.y0 for w in mine) - box.y, box.bottom - max(w.y1 for w in mine)
        assert above == pytest.approx(below, abs=0.3), (n, above, below)
    names = [w.text for w in found if w.text.startswith("Person")]
    assert len(names) == count == len(set(names))  # each label once: none lost, none split over two pages


@pytest.mark.parametrize("code", FIGURES)
def test_every_label_of_each_preset_is_where_the_sheet_has_it(qapp, tmp_path, code):
    sheet = label_sheets.PRESETS[code]
    start = 4
    count = sheet.per_page + 3  # a partly used first sheet, then a second page
    pdf, report = render_labels(tmp_path, sheet, count, start)
    assert (report.pages, report.items, report.cut) == (2, count, 0)
    check_labels(pdf, tmp_path, expected_boxes(FIGURES[code]), count, start)
    first = [w for w in words(pdf) if w.page == 0]
    for box in expected_boxes(FIGURES[code])[:start - 1]:  # the used positions stay empty
        assert not [w for w in first if box.x <= w.x0 < box.right and box.y <= w.y0 < box.bottom]


def test_a_custom_sheet_too(qapp, tmp_path):
    sheet = label_sheets.custom(2, 8, 96.0, 33.9, top=12.9, left=7.0, column_gap=4.0, row_gap=0.0)
    pdf, _report = render_labels(tmp_path, sheet, 11, 6)
    check_labels(pdf, tmp_path, expected_boxes((2, 8, 96.0, 33.9, 12.9, 7.0, 100.0, 33.9)), 11, 6)


def test_text_that_does_not_fit_is_shrunk_then_cut_visibly_inside_its_label(qapp, tmp_path):
    long_street = "Résidence des Grands Peupliers, entrée C, escalier 4, appartement 1207, boîte aux lettres 12"
    many = ("Anne-Sophie de La Tour d'Auvergne-Lauraguais", "Résidence Les Érables", "Appartement 12",
            "Bâtiment B", "Escalier 3", "Porte gauche", "Chez Mme Dupont", "75011 Paris", "Île-de-France", "France")
    contents = [("Ada Lovelace", "12 Analytical Street", "London"), ("Ada Lovelace", long_street, "London"), many]
    sheet = label_sheets.PRESETS["L7651"]  # the smallest labels: 38.1 x 21.2 mm
    pdf = tmp_path / "long.pdf"
    report = print_pdf(Labels(sheet, tuple(contents), 1, True), pdf, words=print_words.words("en"))
    assert (report.items, report.shrunk, report.cut) == (3, 0, 2)
    found = words(pdf)
    for n, box in enumerate(sheet.boxes()[:3]):
        mine = [w for w in found if box.x - 5 <= (w.x0 + w.x1) / 2 <= box.right + 5
                and box.y - 5 <= (w.y0 + w.y1) / 2 <= box.bottom + 5]
        assert mine and all(box.x < w.x0 and w.x1 < box.right and box.y < w.y0 and w.y1 < box.bottom for w in mine)
        if n:
            assert any("…" in w.text for w in mine), [w.text for w in mine]  # the cut shows
    # on a big label the same long street only gets smaller
    street = "Résidence des Grands Peupliers, entrée C, appartement 1207"
    report = print_pdf(Labels(label_sheets.PRESETS["L7163"], (("Ada Lovelace", street, "London"),)),
                       tmp_path / "big.pdf", words=print_words.words("en"))
    assert (report.shrunk, report.cut) == (1, 0)
    assert " ".join(w.text for w in words(tmp_path / "big.pdf")) == f"Ada Lovelace {street} London"


def test_member_cards_are_id1_ten_to_a_page_with_cut_marks(qapp, tmp_path):
    cards = tuple(Card(f"Member{n:02d} Name", f"{n:04d}", "Adhérent actif", "active", None, None)
                  for n in range(12))
    pdf = tmp_path / "cards.pdf"
    report = print_pdf(Cards("Locataires de la Rue Haute", cards, outlines=True), pdf, words=print_words.words("fr"))
    assert (report.pages, report.items, report.cut) == (2, 12, 0)
    boxes = [Box(19.4 + c * 85.6, 13.5 + r * 54, 85.6, 54) for r in range(5) for c in range(2)]
    found = words(pdf)
    for page_number in range(2):
        page = Page(pdf, page_number, tmp_path)
        for box in boxes:
            assert max(measured_edges(page, box)) <= TOLERANCE, (page_number, box)
        for x in (19.4, 105.0, 190.6):  # cut marks above and below the grid, on each cutting line
            assert page.vertical_line(x, 7.0, 11.0, 1.0) == pytest.approx(x, abs=TOLERANCE)
            assert page.vertical_line(x, 286.0, 290.0, 1.0) == pytest.approx(x, abs=TOLERANCE)
        for y in (13.5 + 54 * n for n in range(6)):
            assert page.horizontal_line(y, 13.0, 17.0, 1.0) == pytest.approx(y, abs=TOLERANCE)
            assert page.horizontal_line(y, 192.0, 196.0, 1.0) == pytest.approx(y, abs=TOLERANCE)
    for n, card in enumerate(cards):
        page, box = divmod(n, 10)[0], boxes[n % 10]
        mine = [w for w in found if w.page == page and box.x < w.x0 and w.x1 < box.right and box.y < w.y0
                and w.y1 < box.bottom]
        text = " ".join(w.text for w in mine)
        assert card.name in text and f"n° {card.number}" in text and "Adhérent actif" in text, text
        assert "Locataires de la Rue Haute" in text and "Sans date de fin" in text


def test_the_measure_sees_a_sheet_one_millimetre_off(qapp, tmp_path):
    """The measure itself: a sheet whose labels all sit 1 mm lower than the maker's is found wrong."""
    shifted = replace(label_sheets.PRESETS["L7160"], top=15.15 + 1.0)
    pdf, _report = render_labels(tmp_path, shifted, 3, 1)
    page = Page(pdf, 0, tmp_path)
    box = expected_boxes(FIGURES["L7160"])[0]
    top, bottom, left, right = measured_edges(page, box)
    assert top == pytest.approx(1.0, abs=TOLERANCE) and bottom == pytest.approx(1.0, abs=TOLERANCE)
    assert left <= TOLERANCE and right <= TOLERANCE
    with pytest.raises(AssertionError):
        check_labels(pdf, tmp_path, expected_boxes(FIGURES["L7160"]), 3, 1)


def test_a_label_carries_each_line_of_a_street():
    from commons_desktop.core.model import Address, Person
    p = Person(given="Awa", family="Diallo", addresses=[Address(street="Résidence Les Érables\nAppartement 12",
                                                                postcode="75011", city="Paris", country="France")])
    assert printables.address_lines(p.display_name, p.addresses[0]) == (
        "Awa Diallo", "Résidence Les Érables", "Appartement 12", "75011 Paris", "France")
