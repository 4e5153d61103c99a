"""`commons export --format pdf-labels|pdf-cards|pdf-list`: the sheet presets and a custom sheet, the start
position, cards for active members unless --all-members, options refused for other formats (exit 2), and the
words in the language the user works in (the vault's language setting)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from commons_desktop.cli import prompts
from commons_desktop.cli.main import main
from commons_desktop.core.model import Address, Membership, Person
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.memberships import Memberships
from commons_desktop.vault.people import People
from tests.conftest import PASSPHRASE
from tests.pdf_measure import needs_poppler, page_sizes, words

pytestmark = pytest.mark.skipif(needs_poppler, reason="poppler-utils is not installed")


@pytest.fixture(autouse=True)
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("COMMONS_VAULT", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setattr(prompts, "interactive", lambda: False)


@pytest.fixture
def club(vault_path, vault_key, qapp):
    today = date.today()
    with Vault.open(vault_path, key=vault_key) as v:
        v.set_meta("name", "Locataires de la Rue Haute")
        ids = People(v).add_many([Person(given=f"Given{n}", family=f"Family{n:02d}",
                                         addresses=[Address(f"{n} rue des Lilas\nBâtiment B", "4000", "Liège")]
                                         if n % 5 else [])
                                  for n in range(25)])
        for n, ident in enumerate(ids[:12]):
            end = today + timedelta(days=100) if n < 9 else today - timedelta(days=10)
            Memberships(v).add(Membership(ident, "member", "active", today - timedelta(days=300), end))
    return vault_path


@pytest.fixture
def run(capsys):
    def go(vault_path, *argv):
        capsys.readouterr()
        code = main(["--vault", str(vault_path), *map(str, argv)])
        out = capsys.readouterr()
        return code, out.out, out.err
    return go


def names_by_page(pdf) -> list[list[str]]:
    pages: list[list[str]] = []
    for w in words(pdf):
        while len(pages) <= w.page:
            pages.append([])
        if w.text.startswith("Given"):
            pages[w.page].append(w.text)
    return pages


def test_labels_on_a_preset_from_a_start_position(run, club, tmp_path):
    out = tmp_path / "labels.pdf"
    code, text, err = run(club, "export", "--format", "pdf-labels", "--sheet", "L7163", "--start", "9", "--to", out)
    assert (code, err) == (0, "")
    assert "left out: 5 selected people without a postal address" in text
    assert "printed: 20 labels on 2 page(s)" in text
    pages = names_by_page(out)
    assert [len(p) for p in pages] == [6, 14]  # positions 9-14 of the first sheet, then a whole sheet
    code, text, err = run(club, "--json", "export", "--format", "pdf-labels", "--sheet", "l7651", "--to", out)
    got = json.loads(text)
    assert code == 0 and got["people"] == 20 and got["left_out"] == 5
    assert got["printed"] == {"pages": 1, "items": 20, "shrunk": got["printed"]["shrunk"], "cut": 0}


def test_a_custom_sheet_and_its_mistakes(run, club, tmp_path):
    out = tmp_path / "custom.pdf"
    code, text, err = run(club, "--json", "export", "--format", "pdf-labels", "--sheet", "custom", "--columns", "2",
                          "--rows", "8", "--label-width", "99", "--label-height", "34", "--top-margin", "12.5",
                          "--column-gap", "2,5", "--outlines", "--to", out)
    assert code == 0, err
    assert json.loads(text)["printed"]["pages"] == 2  # 20 labels, 16 to a sheet
    found = [w for w in words(out) if w.text == "Given1" and w.page == 0][0]
    assert found.x0 == pytest.approx((210 - 2 * 99 - 2.5) / 2 + 4, abs=0.1) and 12.5 < found.y0  # centred, 4 mm in
    cases = [
        (["--sheet", "custom", "--columns", "3"], "--sheet custom needs --rows, --label-width, --label-height"),
        (["--sheet", "custom", "--columns", "3", "--rows", "8", "--label-width", "70", "--label-height", "38"],
         "do not fit down the page: 7.0 mm too high"),
        (["--sheet", "L7160", "--label-width", "70"], "--label-width is for --sheet custom"),
        (["--sheet", "L7160", "--start", "22"], "the start position must be 1 to 21 on this sheet"),
        (["--sheet", "A4"], "unknown sheet"),
        (["--label-height", "-3"], "must be a length in mm"),
    ]
    for argv, said in cases:
        code, _text, err = run(club, "export", "--format", "pdf-labels", *argv, "--to", out)
        assert code == 2 and said in err and len(err.splitlines()) == 1, (argv, err)
    for fmt, argv in (("pdf-list", ["--sheet", "L7160"]), ("csv", ["--start", "2"]), ("pdf-list", ["--outlines"]),
                      ("pdf-labels", ["--all-members"])):
        code, _text, err = run(club, "export", "--format", fmt, *argv, "--to", tmp_path / "x")
        assert code == 2 and "is for --format" in err, (fmt, argv, err)
    assert not (tmp_path / "x").exists()


def test_cards_for_active_members_unless_all_are_asked(run, club, tmp_path):
    out = tmp_path / "cards.pdf"
    code, text, err = run(club, "export", "--format", "pdf-cards", "--to", out)
    assert code == 0, err
    assert "printed: 9 cards on 1 page(s)" in text and "left out: 16 selected people not active" in text
    assert sorted(sum(names_by_page(out), [])) == [f"Given{n}" for n in range(9)]
    assert [tuple(round(v) for v in s) for s in page_sizes(out)] == [(210, 297)]
    code, text, err = run(club, "export", "--format", "pdf-cards", "--all-members", "--to", out)
    assert code == 0 and "printed: 25 cards on 3 page(s)" in text


def test_documents_speak_the_vaults_language(run, club, tmp_path, vault_key):
    out = tmp_path / "list.pdf"
    code, _text, err = run(club, "export", "--format", "pdf-list", "--to", out)
    assert code == 0, err
    text = " ".join(w.text for w in words(out))
    assert "Member list — everyone — printed on" in text and "25 people" in text
    assert [tuple(round(v) for v in s) for s in page_sizes(out)] == [(297, 210)]
    with Vault.open(club, key=vault_key) as v:
        v.set_meta("language", "fr")
    code, _text, err = run(club, "export", "--format", "pdf-list", "--search", "given1", "--to", out)
    assert code == 0, err
    text = " ".join(w.text for w in words(out))
    assert "Liste des membres — recherche « given1 » — imprimée le" in text and "Adhésion" in text
    code, _text, err = run(club, "export", "--format", "pdf-cards", "--language", "en", "--to", out)
    assert "Membership card" in " ".join(w.text for w in words(out))
