"""A sheet that does not start at A1 (a title left above the table, empty rows between people): the rows an import
names (its errors, its log) are the rows the secretary sees in LibreOffice, in .ods and .xlsx alike."""

from __future__ import annotations

from commons_desktop.exchange import sheet_read

from .office import convert, needs_office


@needs_office
def test_rows_are_numbered_as_the_sheet_numbers_them_in_ods_and_xlsx(tmp_path):
    source = tmp_path / "low.csv"
    source.write_text("\n\n,,Given,Family\n,,Ann,Lee\n\n,,Bob,Ray\n")  # header on row 3, from column C; row 5 empty
    made = convert([source], "ods", tmp_path) + convert([source], "xlsx", tmp_path)
    for book in made:
        table, name, names = sheet_read.read_sheet(book.read_bytes(), None)
        assert (table.header, table.header_line) == (["Given", "Family"], 3), book.suffix
        assert table.rows == [(4, ["Ann", "Lee"]), (6, ["Bob", "Ray"])], book.suffix

