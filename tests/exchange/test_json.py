"""JSON export/import: complete, versioned, round trip with related records and documents."""

from __future__ import annotations

import json

import pytest

from commons_desktop.exchange import json_io
from commons_desktop.exchange.errors import RowErrors, UnreadableFile
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import exports, imports
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.relationships import Relationships

from .conftest import row_counts, snapshot


def related(vault, ids):
    out = {}
    for i in ids:
        ms = [(m.id, m.type, m.status, m.start, m.end) for m in Memberships(vault).of_person(i)]
        cs = sorted((str(c.amount), c.currency, c.date, c.method) for c in Contributions(vault).list(person_id=i))
        rs = [(r.id, r.kind, r.to_id, r.role) for r in Relationships(vault).of(i)]
        out[i] = (ms, cs, rs)
    return out


def test_round_trip_complete(filled, make_vault, tmp_path):
    vault, ids, org = filled
    Documents(vault).add("Photo", b"\x89PNG fake", "photo.png", "image/png", [("person", ids[0])])
    out = tmp_path / "all.json"
    exports.export_file(vault, exports.ExportSpec("json"), out)
    doc = json.loads(out.read_bytes())
    assert (doc["format"], doc["version"]) == ("commons-desktop/records", 1)
    assert len(doc["people"]) == 3 and len(doc["organisations"]) == 1 and len(doc["documents"]) == 1
    other = make_vault("other")
    report = imports.apply(other, imports.read(other, out.read_bytes(), name="all.json"), ImportOptions())
    assert report.errors == [] and report.created == 4
    assert snapshot(other) == snapshot(vault)
    theirs, ours = related(other, ids), related(vault, ids)
    assert [(c, [x[1:] for x in r]) for _, c, r in theirs.values()] == [(c, [x[1:] for x in r])
                                                                         for _, c, r in ours.values()]
    [d] = Documents(other).list(linked_to=ids[0])
    assert Documents(other).content(d.id) == b"\x89PNG fake"
    # the same file again: nothing new
    before = row_counts(other)
    again = imports.apply(other, imports.read(other, out.read_bytes()), ImportOptions(mode="update"))
    assert (again.created, again.updated) == (0, 0)
    assert row_counts(other)["person"] == before["person"]
    assert row_counts(other)["contribution"] == before["contribution"]


def test_fields_limit_what_leaves(filled, tmp_path):
    vault, ids, _ = filled
    out = tmp_path / "some.json"
    leaves = exports.export_file(vault, exports.ExportSpec("json", fields=["given", "family", "emails"]), out)
    assert leaves.fields == ["id", "given", "family", "emails"]
    doc = json.loads(out.read_bytes())
    assert set(doc["people"][0]) == {"id", "given", "family", "emails"}
    assert "memberships" not in doc and "documents" not in doc
    assert "+33" not in out.read_text()


def test_errors_point_at_lines(filled, make_vault, tmp_path):
    vault, ids, _ = filled
    out = tmp_path / "all.json"
    exports.export_file(vault, exports.ExportSpec("json"), out)
    lines = out.read_text().splitlines()
    bad = next(i for i, line in enumerate(lines) if "paul@exemple.org" in line)
    lines[bad] = lines[bad].replace("paul@exemple.org", "not an email")
    other = make_vault("other")
    src = imports.read(other, "\n".join(lines).encode())
    with pytest.raises(RowErrors) as exc:
        imports.apply(other, src, ImportOptions())
    assert exc.value.errors[0][0] == bad + 1
    assert row_counts(other)["person"] == 0


@pytest.mark.parametrize("data", [b"{", b"[]", b'{"format": "x"}', b'{"format": "commons-desktop/records"}',
                                  b'{"format": "commons-desktop/records", "version": 99}',
                                  b'{"format": "commons-desktop/records", "version": 1, "people": {}}',
                                  b"[" * 100_000])
def test_unreadable_json(data):
    with pytest.raises(UnreadableFile):
        json_io.read_batch(data)


def test_hostile_values_are_row_errors(vault):
    doc = {"format": "commons-desktop/records", "version": 1,
           "people": [{"given": 3}, {"given": "A", "emails": "x"}, {"given": "B", "emails": [{"address": None}]},
                      "str", {"given": "C", "custom": {"k": 1}}, {"given": "D", "tags": [1]}, {"given": "ok"}],
           "memberships": [{"person_id": "nope"}], "contributions": [{"person_id": "x", "amount": "NaN"}],
           "documents": [{"content_base64": "!!!"}]}
    src = imports.read(vault, json.dumps(doc).encode())
    report = imports.preview(vault, src, ImportOptions())
    assert report.created == 1 and len(report.errors) == 9
    with pytest.raises(RowErrors):
        imports.apply(vault, src, ImportOptions())
    assert row_counts(vault)["person"] == 0
