"""The CLI contract of members and dues (issue 15): settings (an invalid IBAN exits 4), the list of membership types,
joining with a first payment, dues that renew, the renewal list, receipts, certificates and reminder letters whose
EPC payment QR code is read back from the rendered page by a real QR decoder (zbarimg) and compared byte for byte.
The tests that write a PDF take ``qapp``: the renderer would otherwise start a QGuiApplication in this process, and
the desktop tests after them need a QApplication."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from commons_desktop.exchange import epc_qr
from commons_desktop.vault.connection import Vault

from .conftest import snapshot

IBAN = "BE71096123456769"
TOOLS = all(shutil.which(t) for t in ("pdftoppm", "zbarimg", "pdftotext"))
needs_tools = pytest.mark.skipif(not TOOLS, reason="pdftoppm/pdftotext (poppler-utils) and zbarimg (zbar-tools) "
                                 "are installed by scripts/ensure-system-packages.sh")


def qr_codes(pdf: Path, tmp: Path) -> list[bytes]:
    """Every QR code found on each page of ``pdf``: the pages rendered by poppler at 150 dpi, then read by zbarimg
    (raw bytes, no guess at their character set). One entry per page, b"" for a page without a code."""
    prefix = tmp / "page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(prefix)], check=True)
    out = []
    for page in sorted(tmp.glob("page-*.png")):
        found = subprocess.run(["zbarimg", "-q", "--raw", "-Sbinary", str(page)], capture_output=True)
        out.append(found.stdout)  # zbarimg exits 4 when the page has no code
    return out


def pdf_text(pdf: Path) -> str:
    """The words of the PDF (poppler's pdftotext), white space collapsed (lines wrap where the page is full) and
    ligatures as their letters (the renderer draws "fi" as one glyph)."""
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def test_settings_set_and_show_an_invalid_iban_exits_4_writing_nothing(cli, club):
    v = ["--vault", club.path]
    assert cli(*v, "settings", "set", "name", "Locataires de la Rue Haute").code == 0
    assert cli(*v, "settings", "set", "address", r"Rue Haute 12\n4000 Liège").code == 0
    assert cli(*v, "settings", "set", "iban", "be71 0961 2345 6769").code == 0
    before = cli(*v, "--json", "settings", "show")
    bad = cli(*v, "settings", "set", "iban", "BE71 0961 2345 6760")
    assert bad.code == 4
    assert bad.one_error_line() == "commons: error: invalid iban ('BE71 0961 2345 6760'): not a valid IBAN"
    assert cli(*v, "--json", "settings", "show").out == before.out
    shown = json.loads(before.out)
    assert shown == {"name": "Locataires de la Rue Haute", "address": "Rue Haute 12\n4000 Liège", "iban": IBAN,
                     "language": "", "iban_formatted": "BE71 0961 2345 6769"}
    assert "iban:     BE71 0961 2345 6769" in cli(*v, "settings", "show").out
    assert cli(*v, "settings", "set", "language", "de").code == 4
    assert cli(*v, "settings", "set", "colour", "red").code == 2


def test_membership_types_join_with_a_first_payment_and_dues_that_renew(cli, club):
    v = ["--vault", club.path]
    listed = json.loads(cli(*v, "--json", "member", "type", "list").out)
    assert listed == [{"code": "member", "label": "member", "fee": None, "currency": "EUR", "months": 12,
                       "memberships": 1}]  # the populated vault's membership, joined before there was a list
    assert cli(*v, "member", "type", "edit", "member", "--label", "Membre", "--fee", "20").code == 0
    added = cli(*v, "--json", "member", "type", "add", "Membre de soutien", "--fee", "50", "--months", "12")
    assert json.loads(added.out)["code"] == "membre-de-soutien"
    joined = cli(*v, "--json", "member", "join", club.other_person, "--type", "membre de soutien", "--start",
                 "2026-01-01", "--pay", "50", "--method", "cash")
    assert joined.code == 0, joined.err
    m = json.loads(joined.out)
    assert (m["type"], m["start"], m["end"]) == ("membre-de-soutien", "2026-01-01", "2026-12-31")
    paid = json.loads(cli(*v, "--json", "contribution", "list", "--person", club.other_person).out)
    assert [(c["amount"], c["method"], c["period_start"], c["period_end"]) for c in paid] == [
        ("50.00", "cash", "2026-01-01", "2026-12-31")]
    unknown = cli(*v, "member", "join", club.other_person, "--type", "honoraire")
    assert unknown.code == 4 and "not a membership type of this vault" in unknown.one_error_line()
    renewed = cli(*v, "--json", "contribution", "add", club.other_person, "--amount", "50", "--renew")
    assert renewed.code == 0, renewed.err
    assert (json.loads(renewed.out)["period_start"], json.loads(renewed.out)["period_end"]) == ("2027-01-01",
                                                                                             "2027-12-31")
    status = json.loads(cli(*v, "--json", "member", "status", club.other_person).out)
    assert status["memberships"][0]["end"] == "2027-12-31"
    in_use = cli(*v, "member", "type", "remove", "membre-de-soutien")
    assert in_use.code == 1 and "memberships of type" in in_use.one_error_line()
    moved = cli(*v, "--json", "member", "type", "remove", "membre-de-soutien", "--into", "member")
    assert json.loads(moved.out)["moved"] == 1
    assert [t["code"] for t in json.loads(cli(*v, "--json", "member", "type", "list").out)] == ["member"]


def _renewing(cli, club) -> str:
    """Jack's membership ends in 10 days (type with a 20 EUR fee); Émilie's ended in 2025 (lapsed)."""
    v = ["--vault", club.path]
    cli(*v, "member", "type", "edit", "member", "--label", "Membre", "--fee", "20")
    start = date.today() + timedelta(days=10) - timedelta(days=364)
    cli(*v, "person", "edit", club.other_person, "--street", "Rue Basse 3", "--postcode", "4020", "--city", "Liège")
    assert cli(*v, "member", "join", club.other_person, "--start", start.isoformat()).code == 0
    return (start + timedelta(days=364)).isoformat()


def test_renewals_list_with_email_amount_and_due_date(cli, club):
    end = _renewing(cli, club)
    got = json.loads(cli("--vault", club.path, "--json", "renewals", "--within", "30").out)
    assert [(r["name"], r["email"], r["status"], r["type_label"], r["end"], r["amount"], r["due"]) for r in got] == [
        ("Jack Smith", "jack@example.net", "active", "Membre", end, "20.00", end),
        ("Émilie Dupré", "emilie@exemple.org", "lapsed", "Membre", "2025-12-31", "20.00",
         (date.today() + timedelta(days=30)).isoformat())]
    assert got[0]["address"] == ["Rue Basse 3", "4020 Liège"]
    only = json.loads(cli("--vault", club.path, "--json", "renewals", "--within", "3", "--no-lapsed").out)
    assert only == []
    text = cli("--vault", club.path, "renewals").out
    assert text.splitlines()[0].split() == ["NAME", "EMAIL", "STATUS", "TYPE", "ENDS", "DAYS", "AMOUNT", "DUE"]


@needs_tools
@pytest.mark.parametrize("language", ["fr", "en"])
def test_reminder_letters_carry_the_epc_qr_code_banking_apps_scan(cli, club, tmp_path, language, qapp):
    end = date.fromisoformat(_renewing(cli, club))
    v = ["--vault", club.path]
    for key, value in (("name", "Locataires de la Rue Haute"), ("address", r"Rue Haute 12\n4000 Liège"),
                       ("iban", IBAN), ("language", language)):
        assert cli(*v, "settings", "set", key, value).code == 0
    target = tmp_path / "reminders.pdf"
    done = cli(*v, "export", "--format", "pdf-reminders", "--renewals-within", "30", "--to", target)
    assert done.code == 0, done.err
    assert "2 reminder letters with the EPC payment QR code" in done.out
    word = {"fr": "Cotisation", "en": "Membership"}[language]
    expected = [f"BCD\n002\n1\nSCT\n\nLocataires de la Rue Haute\n{IBAN}\nEUR20.00\n\n\n{word} Membre {name}"
                for name in ("Jack Smith", "Emilie Dupre")]
    assert qr_codes(target, tmp_path) == [e.encode() for e in expected]
    assert expected[0] == epc_qr.payload("Locataires de la Rue Haute", IBAN, 20, f"{word} Membre Jack Smith")
    text = pdf_text(target)
    if language == "fr":
        assert "Renouvellement de votre adhésion" in text and "Bonjour Jack Smith," in text
        assert f"prend fin le {end.day if end.day > 1 else '1er'}" in text and "20,00 EUR" in text
        assert "a pris fin le 31 décembre 2025" in text
    else:
        assert "Renewing your membership" in text and "Dear Jack Smith," in text and "20.00 EUR" in text
    assert "Rue Basse 3" in text and "4020 Liège" in text and "Rue Haute 12" in text
    with Vault.open(club.path, key=club.key) as vault:
        from commons_desktop.vault import exchange_log
        assert [d.kind for d in exchange_log.disclosures(vault, club.other_person)] == ["pdf-reminders"]


@needs_tools
def test_without_an_iban_the_letters_have_no_payment_code(cli, club, tmp_path, qapp):
    _renewing(cli, club)
    target = tmp_path / "reminders.pdf"
    done = cli("--vault", club.path, "export", "--format", "pdf-reminders", "--renewals-within", "30", "--to", target)
    assert done.code == 0 and "QR" not in done.out
    assert qr_codes(target, tmp_path) == [b"", b""]


def test_reminders_of_an_empty_list_write_nothing(cli, club, tmp_path):
    """Émilie lapsed in 2025 (on the list); renewed, nobody is left to remind: exit 4, no file, nothing logged."""
    assert cli("--vault", club.path, "member", "renew", club.person, "--until", "2099-12-31").code == 0
    before = snapshot(club.path, club.key)
    target = tmp_path / "none.pdf"
    empty = cli("--vault", club.path, "export", "--format", "pdf-reminders", "--renewals-within", "0", "--to", target)
    assert empty.code == 4 and "the renewal list is empty" in empty.one_error_line()
    assert not target.exists() and snapshot(club.path, club.key) == before
    wrong = cli("--vault", club.path, "export", "--format", "csv", "--renewals-within", "3", "--to", target)
    assert wrong.code == 2 and not target.exists()


@needs_tools
def test_receipt_and_certificate_in_the_vaults_language(cli, club, tmp_path, qapp):
    v = ["--vault", club.path]
    for key, value in (("name", "Locataires de la Rue Haute"), ("address", r"Rue Haute 12\n4000 Liège"),
                       ("language", "fr")):
        cli(*v, "settings", "set", key, value)
    receipt = tmp_path / "recu.pdf"
    assert cli(*v, "receipt", club.contribution, "--to", receipt).code == 0
    text = pdf_text(receipt)
    for words in ("Locataires de la Rue Haute", "Rue Haute 12", "4000 Liège", "Reçu", "Émilie Dupré", "25,00 EUR",
                  "1er février 2025", "Objet : cotisation", f"Reçu n° {club.contribution[-8:].upper()}"):
        assert words in text, words
    certificate = tmp_path / "attestation.pdf"
    assert cli(*v, "certificate", club.person, "--to", certificate).code == 0
    text = pdf_text(certificate)
    assert "Attestation d'adhésion" in text
    assert "Émilie Dupré a été membre de Locataires de la Rue Haute du 1er janvier 2025 au 31 décembre 2025" in text
    cli(*v, "settings", "set", "language", "en")
    assert cli(*v, "certificate", club.person, "--to", certificate).code == 0
    assert "Membership certificate" in pdf_text(certificate)
    missing = cli(*v, "certificate", club.other_person, "--to", tmp_path / "x.pdf")
    assert missing.code == 1 and not (tmp_path / "x.pdf").exists()
