"""PDF exports (member list, labels, cards, the GDPR report), rendered by Qt offscreen and checked with
poppler's pdftoppm/pdftotext: pages exist, carry text in the language asked, only the people printed are
logged as disclosed, and the list fits its content."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from commons_desktop.cli import print_words
from commons_desktop.core.errors import Cancelled
from commons_desktop.core.model import Address, Email, Membership, Person, Phone
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import exports, profiles
from commons_desktop.vault import exchange_log
from commons_desktop.vault.memberships import Memberships
from commons_desktop.vault.people import People
from tests.pdf_measure import needs_poppler, page_sizes, words

pytestmark = pytest.mark.skipif(needs_poppler, reason="poppler-utils is not installed")
TODAY = date(2026, 12, 7)


@pytest.fixture
def printer(qapp):
    from commons_desktop.ui.pdf.printer import printer
    return lambda lang="fr": printer(print_words.words(lang))


@pytest.fixture
def render(qapp):
    from commons_desktop.ui.pdf.render import render_pdf
    return render_pdf


def pages_with_ink(pdf, tmp_path) -> int:
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-gray", str(pdf), str(prefix)], check=True, timeout=60)
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


def spec(fmt: str, selection: Selection | None = None, **printing) -> exports.ExportSpec:
    return exports.ExportSpec(fmt, selection or Selection(tag="CA"),
                              printing=exports.PrintOptions(today=TODAY, **printing))


@pytest.mark.parametrize("fmt", ["pdf-list", "pdf-labels", "pdf-cards"])
def test_pdf_exports(filled, tmp_path, printer, fmt):
    vault, ids, _ = filled
    out = tmp_path / f"{fmt}.pdf"
    leaves = exports.export_file(vault, spec(fmt), out, printer=printer("fr"))
    printed = {"pdf-list": 2, "pdf-labels": 1, "pdf-cards": 1}[fmt]  # Paul has no address, no membership
    assert leaves.people == printed == leaves.printed.items and out.read_bytes().startswith(b"%PDF")
    assert leaves.left_out == (None if fmt == "pdf-list" else 1)
    assert pages_with_ink(out, tmp_path) >= 1
    text = text_of(out)
    assert "Dupré" in text or "DUPRÉ" in text
    assert ("Martin" in text or "MARTIN" in text) == (fmt == "pdf-list")
    if fmt == "pdf-list":
        assert "Liste des membres" in text and "imprimée le 7 décembre 2026" in text and "2 personnes" in text
        assert "actif jusqu'au 31 décembre 2030" in text and "non membre" in text
    if fmt == "pdf-cards":
        assert "Carte de membre" in text and "Valable jusqu'au 31 décembre 2030" in text
    assert profiles.disclosures(vault, ids[0])[0].kind == fmt
    # only the people printed are named in the disclosure log
    assert bool(profiles.disclosures(vault, ids[1])) == (fmt == "pdf-list")


def test_cards_for_active_members_only_unless_asked(vault, tmp_path, printer):
    people = People(vault)
    ids = people.add_many([Person(given=g, family="Test", member_number=f"A-{n:03d}")
                           for n, g in enumerate(("Active", "Honorary", "Lapsed", "Pending", "Resigned", "Nobody"))])
    m = Memberships(vault)
    m.add(Membership(ids[0], "member", "active", date(2026, 1, 1), date(2026, 12, 31)))
    m.add(Membership(ids[1], "honorary", "honorary", date(2010, 1, 1)))
    m.add(Membership(ids[2], "member", "active", date(2024, 1, 1), date(2024, 12, 31)))
    m.add(Membership(ids[3], "member", "pending", date(2027, 1, 1), date(2027, 12, 31)))
    m.add(Membership(ids[4], "member", "resigned", date(2026, 1, 1), date(2026, 12, 31)))
    out = tmp_path / "cards.pdf"
    leaves = exports.export_file(vault, spec("pdf-cards", Selection()), out, printer=printer("en"))
    assert (leaves.people, leaves.left_out) == (2, 4)
    text = text_of(out)
    assert "Active Test" in text and "Honorary Test" in text and "Lapsed" not in text and "Nobody" not in text
    assert "Valid until 31 December 2026" in text and "No end date" in text
    assert "Member no. A-000" in text and "Member no. A-001" in text and "A-002" not in text  # the member number
    leaves = exports.export_file(vault, spec("pdf-cards", Selection(), everyone=True), out, printer=printer("en"))
    assert (leaves.people, leaves.left_out) == (6, 0)
    text = text_of(out)
    assert "Lapsed Test" in text and "Valid until 31 December 2024" in text and "No membership" in text


def test_the_member_list_is_landscape_titled_and_never_breaks_an_email(vault, tmp_path, printer):
    vault.set_meta("name", "Locataires de la Rue Haute")
    long_email = "jean-baptiste.de-la-fontaine-saint-hilaire.tresorier-adjoint@association-des-locataires.example.org"
    people = [Person(given=f"Given{n}", family=f"Family{n:02d}", emails=[Email(f"given{n}.family@example.org")],
                     phones=[Phone("+32 470 12 34 56")], addresses=[Address(city="Liège", postcode="4000")])
              for n in range(45)]
    people[7].emails = [Email(long_email)]
    huge_email = ("a" * 20 + ".secretariat-general-federation-x@federation-des-associations-de-locataires-du-"
                  "quartier-nord.maison-des-associations-de-la-ville-de-liege.example.org")
    people[8].emails = [Email(huge_email)]  # wider than a page's share: shortened in its middle
    people[3].member_number = "2026-0042"  # a member number: its column is printed
    ids = People(vault).add_many(people)
    for ident in ids[:30]:
        Memberships(vault).add(Membership(ident, "member", "active", date(2026, 1, 1), date(2026, 12, 31)))
    out = tmp_path / "list.pdf"
    leaves = exports.export_file(vault, spec("pdf-list", Selection(search="given")), out, printer=printer("en"))
    assert leaves.printed.items == 45 and leaves.printed.pages == 2
    assert [tuple(round(v) for v in s) for s in page_sizes(out)] == [(297, 210)] * 2  # landscape A4
    text = text_of(out)
    assert "Locataires de la Rue Haute" in text
    assert "Member list — search “given” — printed on 7 December 2026 — 45 people" in text
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert "active until 31 December 2026" in text and "not a member" in text
    found = [w.text for w in words(out)]
    assert "No." in found and "2026-0042" in found
    for n in range(45):  # every email is one word: whole, or shortened in its middle, never cut over two lines
        email = {7: long_email, 8: huge_email}.get(n, f"given{n}.family@example.org")
        assert (email in found) == (n != 8), email
    shortened = [w for w in found if w.startswith("a" * 20) and "…" in w]
    assert len(shortened) == 1 and shortened[0].endswith("ville-de-liege.example.org"), shortened
    # the cells of a line never run into each other
    by_line: dict[tuple[int, float], list] = {}
    for w in words(out):
        by_line.setdefault((w.page, round(w.y0, 1)), []).append(w)
    for row in by_line.values():
        row.sort(key=lambda w: w.x0)
        assert all(a.x1 <= b.x0 for a, b in zip(row, row[1:], strict=False)), [w.text for w in row]


def test_person_report(filled, tmp_path, render):
    vault, ids, _ = filled
    exports.export_file(vault, exports.ExportSpec("csv", Selection(ids=ids[:1])), tmp_path / "x.csv",
                        recipients=["mairie"])
    out = tmp_path / "report.pdf"
    summary = exports.person_report(vault, ids[0], out, render, print_words.words("en"))
    assert summary["contributions"] == 1
    text = text_of(out)
    for expected in ("Everything we hold about you", "emilie@exemple.org", "Marseille", "newsletter", "25.00 EUR",
                     "member_of Les Amis du Quartier", "mairie", "Profession", "15 January 2024"):
        assert expected in text, expected
    assert pages_with_ink(out, tmp_path) >= 1
    assert profiles.disclosures(vault, ids[0])[0].kind == "report"
    french = tmp_path / "rapport.pdf"
    exports.person_report(vault, ids[0], french, render, print_words.words("fr"))
    text = text_of(french)
    for expected in ("Tout ce que nous détenons", "Nom : Émilie Dupré", "25,00 EUR", "15 janvier 2024", "Adhésions"):
        assert expected in text, expected


def test_printing_reports_progress_and_a_cancel_leaves_nothing(vault, tmp_path, printer):
    """Printing 450 labels says how far it is; a job cancelled while printing leaves no file, no temporary
    file and no disclosure (the worker's cancel is raised from the progress callback, as ui/exchange/jobs.py
    does)."""
    People(vault).add_many([Person(given=f"G{n}", family="F", addresses=[Address(f"{n} rue", "4000", "Liège")])
                            for n in range(450)])
    seen: list[tuple[int, int, str]] = []
    out = tmp_path / "out" / "labels.pdf"
    out.parent.mkdir()
    leaves = exports.export_file(vault, spec("pdf-labels", Selection()), out, printer=printer("en"),
                                 progress=lambda d, t, label: seen.append((d, t, label)))
    printing = [(d, t) for d, t, label in seen if label == "printing"]
    assert printing == [(n, 450) for n in (100, 200, 300, 400, 450)] and leaves.printed.pages == 22
    out.unlink()
    before = len(exchange_log.disclosures(vault))

    def cancelled(done, total, label):
        if label == "printing" and done >= 200:
            raise Cancelled()
    with pytest.raises(Cancelled):
        exports.export_file(vault, spec("pdf-labels", Selection()), out, printer=printer("en"), progress=cancelled)
    assert list(out.parent.iterdir()) == []
    assert len(exchange_log.disclosures(vault)) == before
