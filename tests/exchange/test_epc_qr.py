"""The EPC payment QR code's text (EPC069-12 version 002) and its drawing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from commons_desktop.core.errors import InvalidField
from commons_desktop.exchange import epc_qr


def test_the_fields_in_their_order_empty_lines_kept_between_and_dropped_at_the_end():
    text = epc_qr.payload("Locataires de la Rue Haute", "BE71 0961 2345 6769", Decimal("20"), "Cotisation 2027")
    assert text.split("\n") == ["BCD", "002", "1", "SCT", "", "Locataires de la Rue Haute", "BE71096123456769",
                                "EUR20.00", "", "", "Cotisation 2027"]
    bare = epc_qr.payload("Club", "BE71096123456769", bic="gkccbebb")
    assert bare == "BCD\n002\n1\nSCT\nGKCCBEBB\nClub\nBE71096123456769"
    ref = epc_qr.payload("Club", "BE71096123456769", Decimal("1.5"), reference="RF18539007547034")
    assert ref.endswith("EUR1.50\n\nRF18539007547034")


def test_limits_of_each_field_and_of_the_whole_code():
    long_name = "Association " + "très " * 30
    text = epc_qr.payload(long_name, "BE71096123456769", Decimal("5"), "é" * 300)
    lines = text.split("\n")
    assert len(lines[5]) <= 70 and len(lines[10]) <= 140
    assert len(text.encode("utf-8")) <= epc_qr.MAX_BYTES
    assert "\n" not in epc_qr.payload("A\nB", "BE71096123456769").split("\n", 6)[5]
    for bad in ({"amount": Decimal("0")}, {"amount": Decimal("1000000000")}):
        with pytest.raises(InvalidField):
            epc_qr.payload("Club", "BE71096123456769", **{"amount": Decimal("1"), **bad})
    for wrong in ({"bic": "ABC"}, {"text": "x", "reference": "y"}):  # what no person types: a caller's error
        with pytest.raises(ValueError):
            epc_qr.payload("Club", "BE71096123456769", **{"amount": Decimal("1"), **wrong})
    with pytest.raises(InvalidField):
        epc_qr.payload(" ", "BE71096123456769")


def test_remittance_text_keeps_to_the_sepa_characters():
    shown = epc_qr.sepa_text("Cotisation « Émilie Dupré » 2027 — étudiant·e")
    assert shown == "Cotisation Emilie Dupre 2027 etudiant e"


def test_the_code_is_a_png_of_level_m_at_most_version_13():
    import segno

    text = epc_qr.payload("Association " + "très " * 30, "BE71096123456769", Decimal("5"), "é" * 300)
    assert epc_qr.png(text).startswith(b"\x89PNG")
    assert segno.make_qr(text.encode(), error="m", boost_error=False).version <= epc_qr.MAX_VERSION
    assert epc_qr.data_uri("x").startswith("data:image/png;base64,")
