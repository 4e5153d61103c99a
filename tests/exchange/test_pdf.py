"""PDF exports (member list, labels, cards, the GDPR report), rendered by Qt offscreen and checked with
poppler's pdftoppm/pdftotext: pages exist, carry text, and are not blank."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from commons_desktop.exchange.selection import Selection
from commons_desktop.services import exports, profiles

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")


@pytest.fixture
def render(qapp):
    from commons_desktop.ui.pdf.render import render_pdf
    return render_pdf


def pages_with_ink(pdf, tmp_path) -> int:
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(prefix)], check=True, timeout=60)
    inked = 0
    for image in sorted(tmp_path.glob("page*.pgm")):
        data = image.read_bytes()
        pixels = data.split(b"\n", 3)[3]  # P5 header: magic, size, maxval
        if sum(1 for b in pixels if b < 128) > 50:
            inked += 1
    return inked


def text_of(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True,
                          timeout=60).stdout.decode()


@pytest.mark.parametrize("fmt", ["pdf-list", "pdf-labels", "pdf-cards"])
def test_pdf_exports(filled, tmp_path, render, fmt):
    vault, ids, _ = filled
    vault.set_meta("language", "fr")
    out = tmp_path / f"{fmt}.pdf"
    leaves = exports.export_file(vault, exports.ExportSpec(fmt, Selection(tag="CA")), out, pdf=render)
    assert leaves.people == 2 and out.read_bytes().startswith(b"%PDF")
    assert pages_with_ink(out, tmp_path) >= 1
    text = text_of(out)
    assert "Dupré" in text or "DUPRÉ" in text
    if fmt != "pdf-labels":
        assert "Martin" in text or "MARTIN" in text
    assert {"pdf-list": "Liste des membres", "pdf-labels": "Étiquettes", "pdf-cards": "Cartes"}[fmt] in text
    assert profiles.disclosures(vault, ids[0])[0].kind == fmt


def test_person_report(filled, tmp_path, render):
    vault, ids, _ = filled
    exports.export_file(vault, exports.ExportSpec("csv", Selection(ids=ids[:1])), tmp_path / "x.csv",
                        recipients=["mairie"])
    out = tmp_path / "report.pdf"
    summary = exports.person_report(vault, ids[0], out, render)
    assert summary["contributions"] == 1
    text = text_of(out)
    for expected in ("Everything we hold about you", "emilie@exemple.org", "Marseille", "newsletter", "25.00 EUR",
                     "member_of Les Amis du Quartier", "mairie", "Profession"):
        assert expected in text, expected
    assert pages_with_ink(out, tmp_path) >= 1
    assert profiles.disclosures(vault, ids[0])[0].kind == "report"
