"""CSV export: chosen columns, formula injection neutralised, and a round trip into a new vault."""

from __future__ import annotations

import csv
import io

import pytest

from commons_desktop.exchange import cells, csv_export
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import exports, imports
from commons_desktop.vault import exchange_log
from commons_desktop.vault.memberships import Memberships
from commons_desktop.vault.people import People

from .conftest import snapshot


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_guard_is_reversible():
    for value in ["=1+1", "+33 6", "-5", "@SUM", "\tx", "\rx", "'=x", "''", "'abc", "plain", "", "'", "a=b"]:
        guarded = cells.guard(value)
        # (a phone number or a number is left as it is: see test_csv_cells)
        assert not guarded or guarded[0] not in cells.FORMULA_START or value in ("+33 6", "-5")
        assert cells.unguard(guarded) == value


def test_export_neutralises_formulas(filled, tmp_path):
    vault, ids, _ = filled
    out = tmp_path / "people.csv"
    leaves = exports.export_file(vault, exports.ExportSpec("csv"), out)
    assert leaves.people == 3 and leaves.organisations == 0
    rows = read_back(out.read_bytes())
    phones = {"+33 6 12 34 56 78", "-5 555"}  # a phone number is not a formula (cells.guard)
    for row in rows:
        for cell in row:
            assert not cell or cell[0] not in cells.FORMULA_START or cell in phones, cell
    header = rows[0]
    paul = next(r for r in rows if "Paul" in r)
    assert paul[header.index("notes")] == "'@SUM(1+1)"
    assert paul[header.index("phone")] == "-5 555"
    emilie = next(r for r in rows if "Émilie" in r)
    assert emilie[header.index("custom:Profession")] == "'=cmd|' /C calc'!A0"
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_chosen_columns_and_disclosure(filled, tmp_path):
    vault, ids, _ = filled
    spec = exports.ExportSpec("csv", Selection(tag="CA"), ["given", "family", "email", "city"], delimiter=";")
    out = tmp_path / "ca.csv"
    exports.export_file(vault, spec, out, recipients=["bureau"])
    rows = read_back(out.read_bytes().replace(b";", b","))
    assert rows[0] == ["id", "given", "family", "email", "city"]
    assert {r[1] for r in rows[1:]} == {"Émilie", "Paul"}
    [d] = exchange_log.disclosures(vault, ids[1])
    assert (d.kind, d.recipients, d.destination, d.count) == ("csv", ["bureau"], "ca.csv", 2)
    assert d.fields == ["id", "given", "family", "email", "city"]
    assert exchange_log.disclosures(vault, ids[2]) == []


def test_round_trip_into_new_vault(filled, make_vault, tmp_path):
    vault, ids, _ = filled
    out = tmp_path / "all.csv"
    exports.export_file(vault, exports.ExportSpec("csv"), out)
    other = make_vault("other")
    report = imports.apply(other, imports.read(other, out.read_bytes(), name="all.csv"), ImportOptions())
    assert (report.created, report.errors) == (3, [])
    before = {k: v for k, v in snapshot(vault).items() if k in ids}
    assert snapshot(other) == before
    [m] = Memberships(other).of_person(ids[0])
    [m0] = Memberships(vault).of_person(ids[0])
    assert (m.type, m.status, m.start, m.end) == (m0.type, m0.status, m0.start, m0.end)
    # importing the same file again changes nothing
    again = imports.apply(other, imports.read(other, out.read_bytes()), ImportOptions(mode="update"))
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)
    assert People(other).count() == 3


def test_an_unknown_membership_column_is_refused_before_anything_is_read():
    """Only the four membership columns exist; another 'membership_x' used to fail later, mid-export."""
    from commons_desktop.core.errors import InvalidInput
    from commons_desktop.services import exports
    with pytest.raises(InvalidInput, match="membership_created"):
        exports.domain_fields(exports.ExportSpec("csv", fields=["given", "membership_created"]))
    assert "memberships" in exports.domain_fields(exports.ExportSpec("csv", fields=["given", "membership_end"]))


def test_stored_values_of_other_shapes_give_the_file_the_objects_give(filled, tmp_path):
    """Contacts and consents stored in another shape than the vault writes (items without some of their keys, a
    consent without its end): the export from the rows reads them through the codec, and its file is the one the
    objects make."""
    vault, ids, _ = filled
    with vault.transaction():
        vault.conn.execute(
            "UPDATE person SET emails = ?, addresses = ?, consents = ? WHERE id = ?",
            ('[{"address":"a@example.org","kind":"work"},{"address":"sans.type@example.org"}]',
             '[{"city":"Lyon"}]',
             '[{"what":"newsletter","given_on":"2024-01-02"},{"until":null,"what":"photos","given_on":null}]', ids[0]))
    spec = exports.ExportSpec("csv")
    with vault.transaction():  # made from the rows (no OtherShape sending it to the objects)
        assert len(list(csv_export.table(vault, None, exports.csv_chosen(spec)).rows)) == 3
    out = tmp_path / "rows.csv"
    exports.export_file(vault, spec, out)
    data = exports.render(vault, exports.gather(vault, spec), spec)
    if not isinstance(data, bytes):
        buffer = io.BytesIO()
        data(buffer)
        data = buffer.getvalue()
    assert out.read_bytes() == data
    rows = read_back(data)
    header, mine = rows[0], next(r for r in rows if r[0] == ids[0])
    assert mine[header.index("email2")] == "sans.type@example.org" and mine[header.index("email2_type")] == "home"
    assert mine[header.index("city")] == "Lyon" and mine[header.index("address_type")] == "home"
    assert mine[header.index("consents")] == "newsletter | 2024-01-02\nphotos"
