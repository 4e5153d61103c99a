"""`commons export` options of the printed formats: the sheet of address labels (a preset or a custom sheet
measured in millimetres), the first free position on it, outlines for a trial print, and member cards for
everyone selected rather than only the members whose membership is active today."""

from __future__ import annotations

import argparse
import math

from ...core.errors import UsageError
from ...exchange import label_sheets
from ...services.exports import PrintOptions
from ..arguments import positive_int

CUSTOM_SIZES = ("label_width", "label_height")
CUSTOM_COUNTS = ("columns", "rows")
CUSTOM_SPACING = ("top_margin", "left_margin", "column_gap", "row_gap")
CUSTOM = (*CUSTOM_COUNTS, *CUSTOM_SIZES, *CUSTOM_SPACING)


def millimetres(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid length in mm: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a length in mm, 0 or more: {text!r}")
    return value


def sheet_code(text: str) -> str:
    code = text.strip().upper()
    if code == "CUSTOM":
        return label_sheets.CUSTOM
    if code not in label_sheets.PRESETS:
        raise argparse.ArgumentTypeError(f"unknown sheet {text!r} (choose from {', '.join(label_sheets.PRESETS)}, "
                                         "custom)")
    return code


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("address labels and member cards (pdf-labels, pdf-cards)")
    g.add_argument("--sheet", type=sheet_code, metavar="|".join((*label_sheets.PRESETS, "custom")),
                   help="pdf-labels: the sheet of labels (default L7160: 3 x 7 labels of 63.5 x 38.1 mm; L7163: "
                   "2 x 7 of 99.1 x 38.1 mm; L7651: 5 x 13 of 38.1 x 21.2 mm; custom: give --columns, --rows, "
                   "--label-width, --label-height, and the margins and gaps if not centred and edge to edge)")
    g.add_argument("--start", type=positive_int, metavar="N",
                   help="pdf-labels: the first free position on a partly used sheet (1 = top left, across then "
                   "down); the first page leaves the positions before it empty")
    g.add_argument("--columns", type=positive_int, metavar="N", help="custom sheet: labels across")
    g.add_argument("--rows", type=positive_int, metavar="N", help="custom sheet: labels down")
    g.add_argument("--label-width", type=millimetres, metavar="MM", help="custom sheet: a label's width")
    g.add_argument("--label-height", type=millimetres, metavar="MM", help="custom sheet: a label's height")
    g.add_argument("--top-margin", type=millimetres, metavar="MM",
                   help="custom sheet: from the page's top edge to the first row (default: centred)")
    g.add_argument("--left-margin", type=millimetres, metavar="MM",
                   help="custom sheet: from the page's left edge to the first column (default: centred)")
    g.add_argument("--column-gap", type=millimetres, metavar="MM", help="custom sheet: between two columns (0)")
    g.add_argument("--row-gap", type=millimetres, metavar="MM", help="custom sheet: between two rows (0)")
    g.add_argument("--outlines", action="store_true",
                   help="pdf-labels, pdf-cards: draw each label's or card's outline (a trial on plain paper)")
    g.add_argument("--all-members", action="store_true",
                   help="pdf-cards: a card for everyone selected, not only members active (or honorary) today")


def options(args: argparse.Namespace) -> PrintOptions:
    """The print options asked for ``args.format``; UsageError (exit 2) for an option another format takes or
    a custom sheet that does not fit on its page."""
    fmt = args.format
    given = [name for name in ("sheet", "start", *CUSTOM) if getattr(args, name) is not None]
    if fmt != "pdf-labels" and given:
        raise UsageError(f"--{given[0].replace('_', '-')} is for --format pdf-labels")
    if args.outlines and fmt not in ("pdf-labels", "pdf-cards"):
        raise UsageError("--outlines is for --format pdf-labels or pdf-cards")
    if args.all_members and fmt != "pdf-cards":
        raise UsageError("--all-members is for --format pdf-cards")
    code = args.sheet or label_sheets.DEFAULT
    custom = [name for name in CUSTOM if getattr(args, name) is not None]
    try:
        if code == label_sheets.CUSTOM:
            missing = [n for n in (*CUSTOM_COUNTS, *CUSTOM_SIZES) if getattr(args, n) is None]
            if missing:
                raise UsageError("--sheet custom needs " + ", ".join(f"--{n.replace('_', '-')}" for n in missing))
            sheet = label_sheets.custom(args.columns, args.rows, args.label_width, args.label_height,
                                        top=args.top_margin, left=args.left_margin,
                                        column_gap=args.column_gap or 0.0, row_gap=args.row_gap or 0.0)
        else:
            if custom:
                raise UsageError(f"--{custom[0].replace('_', '-')} is for --sheet custom")
            sheet = label_sheets.PRESETS[code]
        return PrintOptions(sheet, args.start or 1, args.outlines, args.all_members).checked()
    except label_sheets.SheetError as exc:
        raise UsageError(str(exc)) from None
