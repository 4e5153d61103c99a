"""Sheets of address labels and of member cards, in millimetres: where each label sits on the page.

The presets are the sheets secretaries buy (Avery's numbers; Herma, Label Planet and the shops' own brands sell the
same layouts under other numbers). Their figures, as Avery's templates give them (top margin, left margin,
horizontal and vertical pitch; a pitch is the label's size plus the gap to the next one):

- L7160 (J8160): 3 x 7 labels of 63.5 x 38.1 mm, top 15.15, left 7.25, pitch 66.04 x 38.1;
- L7163 (J8163): 2 x 7 labels of 99.1 x 38.1 mm, top 15.15, left 4.65, pitch 101.6 x 38.1;
- L7651 (J8651): 5 x 13 labels of 38.1 x 21.2 mm, top 10.7, left 4.75, pitch 40.6 x 21.2.

Where they come from: Avery's template figures as carried by several label programs (L7160 and L7163 with these
exact margins and pitches), Label Planet's template information for LP65/38 (the L7651 layout: 10.7 mm top and
bottom, 4.75 mm sides, 40.6 x 21.2 mm pitch), and gLabels' avery-iso-templates.xml, whose 7160 pitch (187.2 x
108 pt = 66.04 x 38.1 mm) and 8651/L7651 layout (115.09 x 60.09 pt pitch = 40.60 x 21.20 mm, first label at 4.70,
10.90 mm) agree to a tenth of a millimetre. Each preset is symmetric on an A4 page (the bottom and right margins
equal the top and left ones, within 0.1 mm), which tests/exchange/test_label_sheets.py checks.

A custom sheet is rows x columns x label size x margins x gaps; ``Sheet.check`` refuses one whose labels would not
fit on its page. ID-1 member cards (85.6 x 54 mm, the size of a bank card, ISO/IEC 7810) are 2 x 5 on A4, centred,
edge to edge so that one cut separates two cards. No Qt here, no words: ui/pdf draws, ui/ and cli/ speak."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import InvalidInput

A4 = (210.0, 297.0)
CUSTOM = "custom"
MAX_LABELS = 400  # per page: a sheet of more is a mistake in the form, not a sheet anyone sells
MIN_LABEL = 5.0   # mm


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in millimetres from the page's top left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Sheet:
    """A grid of labels on a page. ``left``/``top``: the first label's corner; gaps: between two labels."""

    code: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    top: float
    left: float
    column_gap: float = 0.0
    row_gap: float = 0.0
    page_width: float = A4[0]
    page_height: float = A4[1]

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def pitch(self) -> tuple[float, float]:
        """(horizontal, vertical): from one label's left (top) edge to the next one's."""
        return self.label_width + self.column_gap, self.label_height + self.row_gap

    def box(self, position: int) -> Box:
        """The label at ``position`` on a page (0-based, across then down, as the sheets are numbered)."""
        if not 0 <= position < self.per_page:
            raise IndexError(position)
        row, column = divmod(position, self.columns)
        dx, dy = self.pitch
        return Box(self.left + column * dx, self.top + row * dy, self.label_width, self.label_height)

    def boxes(self) -> list[Box]:
        return [self.box(i) for i in range(self.per_page)]

    def check(self) -> Sheet:
        """The sheet itself when its labels fit on its page; else SheetError saying what is wrong."""
        counts = (self.columns, self.rows)
        if any(not isinstance(n, int) or isinstance(n, bool) or n < 1 for n in counts):
            raise SheetError("count", "a sheet needs at least one column and one row of labels")
        if self.per_page > MAX_LABELS:
            raise SheetError("too_many", f"{self.per_page} labels on a page is more than {MAX_LABELS}")
        if any(not _finite(v) or v < MIN_LABEL for v in (self.label_width, self.label_height)):
            raise SheetError("size", f"a label must be at least {MIN_LABEL:g} mm wide and high")
        if any(not _finite(v) or v < 0 for v in (self.top, self.left, self.column_gap, self.row_gap)):
            raise SheetError("negative", "margins and gaps cannot be negative")
        last = self.box(self.per_page - 1)
        across, down = last.right - self.page_width, last.bottom - self.page_height
        if across > 0.005:
            raise SheetError("across", f"the labels do not fit across the page: {across:.1f} mm too wide", across)
        if down > 0.005:
            raise SheetError("down", f"the labels do not fit down the page: {down:.1f} mm too high", down)
        return self


class SheetError(InvalidInput):
    """A sheet that cannot be printed: ``problem`` is count, too_many, size, negative, across or down (for the
    last two, ``excess`` mm do not fit on the page); ui/ words it, the CLI says the message."""

    def __init__(self, problem: str, message: str, excess: float = 0.0):
        super().__init__(message)
        self.problem, self.excess = problem, excess


def _finite(value: float) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value \
        and value not in (float("inf"), float("-inf"))


PRESETS: dict[str, Sheet] = {
    "L7160": Sheet("L7160", 3, 7, 63.5, 38.1, top=15.15, left=7.25, column_gap=66.04 - 63.5),
    "L7163": Sheet("L7163", 2, 7, 99.1, 38.1, top=15.15, left=4.65, column_gap=101.6 - 99.1),
    "L7651": Sheet("L7651", 5, 13, 38.1, 21.2, top=10.7, left=4.75, column_gap=40.6 - 38.1),
}
DEFAULT = "L7160"


def custom(columns: int, rows: int, label_width: float, label_height: float, *, top: float | None = None,
           left: float | None = None, column_gap: float = 0.0, row_gap: float = 0.0,
           page: tuple[float, float] = A4) -> Sheet:
    """A sheet measured by hand. A margin left out centres the grid on the page that way."""
    width = columns * label_width + max(0, columns - 1) * column_gap
    height = rows * label_height + max(0, rows - 1) * row_gap
    if left is None:
        left = max(0.0, round((page[0] - width) / 2, 2))
    if top is None:
        top = max(0.0, round((page[1] - height) / 2, 2))
    return Sheet(CUSTOM, columns, rows, label_width, label_height, top, left, column_gap, row_gap,
                 page[0], page[1]).check()


def preset(code: str) -> Sheet:
    try:
        return PRESETS[code.upper()]
    except (KeyError, AttributeError):
        raise InvalidInput(f"unknown label sheet {code!r} ({', '.join(PRESETS)} or custom)") from None


@dataclass(frozen=True)
class Placed:
    """Where the n-th item goes: its page (0-based) and its box there."""

    index: int
    page: int
    position: int
    box: Box


def place(sheet: Sheet, count: int, start: int = 1) -> list[Placed]:
    """Where ``count`` labels go, the first one at position ``start`` (1-based) of the first page — the positions
    before it are left empty (a sheet already partly used). A label is always whole on one page."""
    if not 1 <= start <= sheet.per_page:
        raise SheetError("start", f"the start position must be 1 to {sheet.per_page} on this sheet")
    out = []
    for index in range(count):
        page, position = divmod(start - 1 + index, sheet.per_page)
        out.append(Placed(index, page, position, sheet.box(position)))
    return out


def pages_for(sheet: Sheet, count: int, start: int = 1) -> int:
    return 0 if count <= 0 else (start - 1 + count - 1) // sheet.per_page + 1


# -- member cards --------------------------------------------------------------------------------------------
ID1 = (85.6, 54.0)  # ISO/IEC 7810 ID-1
CARD_SHEET = Sheet("ID-1", 2, 5, ID1[0], ID1[1], top=(A4[1] - 5 * ID1[1]) / 2, left=(A4[0] - 2 * ID1[0]) / 2)
CUT_MARK = (1.5, 6.0)  # (distance from the cards, length), in the margins only: never on a card


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


def cut_marks(sheet: Sheet = CARD_SHEET) -> list[Line]:
    """Short lines in the page's margins along every cutting line of a grid of cards laid edge to edge."""
    gap, length = CUT_MARK
    first, last = sheet.box(0), sheet.box(sheet.per_page - 1)
    xs = [sheet.left + c * sheet.pitch[0] for c in range(sheet.columns)] + [last.right]
    ys = [sheet.top + r * sheet.pitch[1] for r in range(sheet.rows)] + [last.bottom]
    out = []
    for x in xs:
        out.append(Line(x, first.y - gap - length, x, first.y - gap))
        out.append(Line(x, last.bottom + gap, x, last.bottom + gap + length))
    for y in ys:
        out.append(Line(first.x - gap - length, y, first.x - gap, y))
        out.append(Line(last.right + gap, y, last.right + gap + length, y))
    return out
