"""Every export format of a small fixed vault, byte for byte against the files committed in tests/fixtures/golden:
CSV (made from the stored rows, and through the objects when a column asks for them), JSON (from the plain values
decoded from the rows, and from the objects), vCard 4.0 and 3.0, and the records payload of a bundle.

A format's output changes only on purpose: then write the files again with COMMONS_WRITE_GOLDEN=1 and review
their diff."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime

import pytest

from commons_desktop.exchange import csv_export, json_io
from commons_desktop.exchange.collect import collect
from commons_desktop.services import exports
from commons_desktop.vault.people import People

from .golden_vault import GOLDEN, build

NOW = datetime(2026, 5, 28, 12, 0, tzinfo=UTC)
WRITE = bool(os.environ.get("COMMONS_WRITE_GOLDEN"))
# CSV columns only the objects make (a name, a second email on its own, the first city, the mobile phone)
OBJECT_COLUMNS = ["id", "name", "email", "email2", "city", "mobile", "tags"]


@pytest.fixture(scope="module")
def golden(tmp_path_factory):
    vault = build(tmp_path_factory.mktemp("golden") / "golden.commons")
    yield vault
    vault.close()


def _same(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if WRITE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert data == path.read_bytes(), f"{name} differs from its golden file"


def _export(vault, tmp_path, spec: exports.ExportSpec) -> bytes:
    target = tmp_path / "out"
    exports.export_file(vault, spec, target)
    return target.read_bytes()


def test_csv_from_the_stored_rows(golden, tmp_path):
    spec = exports.ExportSpec("csv")
    assert csv_export.serves(exports.csv_chosen(spec))
    _same("people.csv", _export(golden, tmp_path, spec))
    # the same file through the objects (what a stored value of another shape falls back to)
    data = exports.gather(golden, spec)
    out = exports.render(golden, data, spec)
    _same("people.csv", out if isinstance(out, bytes) else _written(out))


def test_csv_columns_made_from_the_objects(golden, tmp_path):
    spec = exports.ExportSpec("csv", fields=OBJECT_COLUMNS, delimiter=";")
    assert not csv_export.serves(exports.csv_chosen(spec))
    _same("people-columns.csv", _export(golden, tmp_path, spec))


def _json(vault, plain: bool, **options) -> bytes:
    people, orgs = People(vault).ids(), [r[0] for r in vault.conn.execute("SELECT id FROM organisation")]
    doc = json_io.build(collect(vault, people, orgs, None, plain=plain), source={"name": "Golden"}, now=NOW, **options)
    return json_io.dumps(doc)


def test_json_from_the_rows_and_from_the_objects(golden):
    _same("records.json", _json(golden, plain=True, content=lambda _i: b"Article 1."))
    _same("records.json", _json(golden, plain=False, content=lambda _i: b"Article 1."))


def test_bundle_payload(golden):
    """What a bundle carries as records.json (documents as references to its files)."""
    _same("bundle-records.json", _json(golden, plain=True, file_ref=lambda doc_id: f"files/{doc_id}"))


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard(golden, tmp_path, version):
    _same(f"people-{version}.vcf", _export(golden, tmp_path, exports.ExportSpec("vcard", vcard_version=version)))


def _written(write) -> bytes:
    out = io.BytesIO()
    write(out)
    return out.getvalue()
