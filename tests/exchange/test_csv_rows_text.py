"""The CSV export reads contacts from their stored JSON text with the C scanner itself (exchange/csv_export.py): a
text the vault would not write but the codec reads (escapes, white space around it, an item without some of its
keys) gives the cells the objects give, still made from the rows."""

from __future__ import annotations

import io

from commons_desktop.exchange import csv_export
from commons_desktop.services import exports


def test_contacts_texts_the_vault_does_not_write_give_the_cells_the_objects_give(filled, tmp_path):
    vault, ids, _ = filled
    with vault.transaction():
        vault.conn.execute("UPDATE person SET emails = ?, phones = ?, addresses = ? WHERE id = ?",
                           ('[{"address":"\\u00e9lo\\"d\\\\e@example.org","kind":"home"}] ',
                            ' [{"kind":"mobile","number":"+33 6 12 34 56 78"}]',
                            '[{"city":"Lyon","country":"France","kind":"home","postcode":"69001","region":"",'
                            '"street":"1 rue \\u00e0"},{"city":"Paris"}]', ids[0]))
        vault.conn.execute("UPDATE person SET emails = ? WHERE id = ?",
                           ('[{"address":"a@example.org","kind":"home"},{"address":"b@example.org","kind":"work"}]',
                            ids[1]))
    spec = exports.ExportSpec("csv")
    with vault.transaction():  # made from the rows (no OtherShape sending it to the objects)
        rows = list(csv_export.table(vault, None, exports.csv_chosen(spec)).rows)
    assert len(rows) == 3
    out = tmp_path / "rows.csv"
    exports.export_file(vault, spec, out)
    data = exports.render(vault, exports.gather(vault, spec), spec)
    buffer = io.BytesIO()
    data(buffer)
    assert out.read_bytes() == buffer.getvalue()
    text = out.read_text(encoding="utf-8-sig")
    assert 'élo""d\\e@example.org' in text and "1 rue à" in text and "b@example.org,work" in text
