"""Hostile input: whatever the bytes, an import never crashes, stays within fixed time and memory, and
either imports everything valid as asked or nothing at all."""

from __future__ import annotations

import base64
import io
import struct
import time
import tracemalloc
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commons_desktop.core.errors import InvalidInput, NoPassphrase, WrongPassphrase
from commons_desktop.exchange import archive, bundle, csv_io, vcard
from commons_desktop.exchange.errors import UnsafeArchive
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import bundles, imports, partners
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.people import People

from .conftest import row_counts

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def attempt(vault, data: bytes, fmt: str | None = None, **kw):
    """Read, preview and apply; only typed input errors may come out, and a refusal changes nothing."""
    before = row_counts(vault)
    try:
        src = imports.read(vault, data, fmt=fmt)
        imports.preview(vault, src, ImportOptions(**kw))
        return imports.apply(vault, src, ImportOptions(**kw))
    except InvalidInput:
        assert row_counts(vault) == before
        return None


@FAST
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(["csv", "vcard", "json", None]))
def test_random_bytes_never_crash(vault, data, fmt):
    attempt(vault, data, fmt)


@FAST
@given(rows=st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=6), min_size=1, max_size=8),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_random_csv_tables_never_crash(vault, rows, delimiter):
    header = ["nom", "prénom", "courriel", "date de naissance", "cotisation", "tags"]
    data = csv_io.write_table(header, rows, delimiter=delimiter)
    attempt(vault, data, "csv")
    attempt(vault, data, "csv", skip_invalid=True, mode="update")


@FAST
@given(lines=st.lists(st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "FN:a", "N:b;c;;;",
                                       "EMAIL:x@y.org", "EMAIL:bad", "TEL;TYPE=CELL:+33 6", "ADR:;;s;c;;1;f",
                                       "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=", "PHOTO:data:image/png;base64,@@",
                                       "NOTE;ENCODING=QUOTED-PRINTABLE:a=", " folded", "\x00", "BDAY:--0102",
                                       "KIND:org", "ORG:x", "X-COMMONS-CUSTOM;X-KEY=%ZZ:v", ":", ";;;"]),
                      max_size=30))
def test_random_vcards_never_crash(vault, lines):
    attempt(vault, "\r\n".join(lines).encode(), "vcard", skip_invalid=True)


def test_invalid_utf8_nul_bytes_boms_and_bidi(vault):
    """Bidi controls are cleaned away; what is not text in one encoding (issue 11 item 9) imports nothing."""
    data = (b"\xef\xbb\xbfnom,pr\xc3\xa9nom,courriel\n"
            b"Dupr\xc3\xa9,\xc3\x89milie,e@x.org\n"
            b"\xe2\x80\xaeEvil\xe2\x80\xac,Bidi\xe2\x81\xa6,b@x.org\n")
    report = attempt(vault, data)
    assert report is not None and report.created == 2
    names = {People(vault).get(i).family for i in People(vault).ids()}
    assert all("\u202e" not in n for n in names)
    assert "Evil" in names
    for bad in (data + b"Du\xffpr\xe9,x,y@x.org\n", data.replace(b"\xc3\x89mi", b"\xc3\x89mi\x00")):
        assert attempt(vault, bad, skip_invalid=True) is None
    utf16 = "nom\tprénom\nDupré\tÉmilie\n".encode("utf-16")
    assert attempt(vault, utf16).created == 1


def _bounded(fn, seconds: float, megabytes: int):
    tracemalloc.start()
    start = time.monotonic()
    try:
        result = fn()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    elapsed = time.monotonic() - start
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    assert peak < megabytes * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
    return result


def test_ten_megabyte_photo_line(vault):
    photo = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * (7 * 1024 * 1024)).decode()
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nN:Photo;Big;;;\r\nPHOTO;ENCODING=b;TYPE=PNG:{photo}\r\n" \
           "END:VCARD\r\n"
    assert len(card) > 9_500_000
    batch = _bounded(lambda: vcard.read_batch(card.encode()), 5, 120)
    assert len(batch.documents) == 1
    report = attempt(vault, card.encode())
    assert report.created == 1 and len(Documents(vault).list()) == 1


def test_hundred_thousand_properties(vault):
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\n" + "EMAIL:a@b.org\r\n" * 100_000 + "END:VCARD\r\n" + \
           "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ok\r\nN:ok;;;;\r\nEND:VCARD\r\n"
    batch = _bounded(lambda: vcard.read_batch(card.encode()), 5, 100)
    assert batch.errors and "properties" in batch.errors[0][1]
    assert attempt(vault, card.encode()) is None
    assert attempt(vault, card.encode(), skip_invalid=True).created == 1


def test_huge_csv_cell_and_many_columns(vault):
    assert attempt(vault, b"nom\n\"" + b"x" * 300_000 + b"\"\n") is None
    assert attempt(vault, (",".join(f"c{i}" for i in range(1000)) + "\n").encode()) is None


def _zip_declaring(size: int) -> bytes:
    """A zip whose central directory claims ``size`` bytes for records.json (it holds 5)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("records.json", b"hello")
    data = bytearray(buf.getvalue())
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, size)  # uncompressed size in the central directory
    return bytes(data)


def test_one_gigabyte_declared_sizes_are_refused_before_reading():
    with pytest.raises(UnsafeArchive, match="declares"):
        _bounded(lambda: archive.Archive(_zip_declaring(1024 ** 3)), 1, 10)
    with pytest.raises(UnsafeArchive):
        archive.Archive(_zip_declaring(50)).read("records.json", 50)  # a lie the other way: fewer bytes


def test_hostile_payloads_inside_valid_encryption(vault, make_vault):
    b = vault
    recipient = partners.show_identity(b)["recipient"]
    before = row_counts(b)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("records.json", b"{" * (40 * 1024 * 1024))
    slip = io.BytesIO()
    with zipfile.ZipFile(slip, "w") as zf:
        zf.writestr("../../manifest.json", b"{}")
    for payload in (b"not a zip at all", _zip_declaring(1024 ** 3), bomb.getvalue(), slip.getvalue(),
                    archive.write_zip([("records.json", b"{}")])):
        data = bundle.encrypt(payload, recipients=[recipient])
        with pytest.raises(InvalidInput):
            _bounded(lambda d=data: bundles.open_bundle(b, d), 5, 200)
    for junk in (b"", b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----\n!!\n", b"\x00" * 100):
        with pytest.raises(InvalidInput):
            bundles.open_bundle(b, junk)
    assert row_counts(b) == before


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                      max_size=4), max_leaves=20)
RECORD_KEYS = st.sampled_from(["id", "given", "family", "name", "emails", "phones", "addresses", "birth_date",
                               "custom", "tags", "consents", "languages", "person_id", "amount", "date", "kind",
                               "from_id", "to_id", "links", "content_base64", "file"])


@FAST
@given(sections=st.dictionaries(st.sampled_from(["people", "organisations", "relationships", "memberships",
                                                 "contributions", "documents"]),
                                st.lists(st.dictionaries(RECORD_KEYS, JSON_VALUES, max_size=6), max_size=4)))
def test_random_json_records_never_crash(vault, sections):
    import json
    doc = {"format": "commons-desktop/records", "version": 1, **sections}
    attempt(vault, json.dumps(doc).encode(), "json")
    attempt(vault, json.dumps(doc).encode(), "json", skip_invalid=True, mode="update")


@FAST
@given(tail=st.binary(max_size=500), armored=st.booleans())
def test_random_bundles_never_crash(vault, tail, armored):
    head = b"-----BEGIN AGE ENCRYPTED FILE-----\n" if armored else b"age-encryption.org/v1\n-> X25519 "
    with pytest.raises((InvalidInput, WrongPassphrase, NoPassphrase)):
        bundles.open_bundle(vault, head + tail)
