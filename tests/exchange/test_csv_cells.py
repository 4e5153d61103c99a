"""CSV cells (issue 10 item 10): several tags in one cell read back as they were (commas inside tags included),
--tag finds tags the way search finds text, and the formula guard leaves phone numbers alone; the file opened by
LibreOffice (headless) shows every value as text, no formula, no apostrophe before a phone number. Streets on two
lines stay on two lines through a CSV file (issue 10 item 3)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import pytest

from commons_desktop.cli import prompts
from commons_desktop.cli.main import main
from commons_desktop.core.errors import AmbiguousTag, NotFound
from commons_desktop.core.model import Address, Person, Phone
from commons_desktop.exchange import cells
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.exchange.selection import Selection, resolve
from commons_desktop.services import exports, imports
from commons_desktop.vault import tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People
from tests.conftest import PASSPHRASE

TRICKY_TAGS = ["comité, fêtes", "a;b", "back\\slash", "fin\\", "=formule", "'quote", "+32", "simple"]


def _export_import(vault, make_vault, tmp_path, spec=None):
    out = tmp_path / "people.csv"
    exports.export_file(vault, spec or exports.ExportSpec("csv"), out)
    other = make_vault("other")
    report = imports.apply(other, imports.read(other, out.read_bytes(), name="people.csv"), ImportOptions())
    assert report.errors == []
    return out, other


@pytest.mark.parametrize("columns", [None, ["given", "tags"]])  # the stored-row export, then the objects' one
def test_tags_with_commas_and_semicolons_survive_a_csv_round_trip(vault, make_vault, tmp_path, columns):
    people = People(vault)
    a = people.add(Person(given="Émilie", family="Dupré")).id
    b = people.add(Person(given="Paul", family="Martin")).id
    for t in TRICKY_TAGS:
        tags.add_tag(vault, t, [a])
    tags.add_tag(vault, "comité, fêtes", [b])
    spec = exports.ExportSpec("csv", fields=columns) if columns else None
    out, other = _export_import(vault, make_vault, tmp_path, spec)
    assert "comité\\, fêtes" in out.read_text("utf-8-sig")
    back = {p.given: sorted(p.tags) for p in map(People(other).get, People(other).ids())}
    assert back == {"Émilie": sorted(TRICKY_TAGS), "Paul": ["comité, fêtes"]}


def test_a_tags_cell_from_another_tool():
    assert cells.split_tags("bénévole, CA; bureau\r\ncomité\n") == ["bénévole", "CA", "bureau", "comité"]
    assert cells.split_tags("C:\\temp, x\\,y, z\\;w, a\\\\, ") == ["C:\\temp", "x,y", "z;w", "a\\"]
    for some in ([], ["a"], TRICKY_TAGS, ["x, y", " z "[1:2]]):
        assert cells.split_tags(cells.join_tags(some)) == some


def test_a_street_on_two_lines_stays_on_two_lines_through_csv(vault, make_vault, tmp_path):
    street = "Résidence Les Érables\nAppartement 12"
    ident = People(vault).add(Person(given="Zoé", addresses=[Address(street, "75011", "Paris")])).id
    out, other = _export_import(vault, make_vault, tmp_path)
    assert '"Résidence Les Érables\r\nAppartement 12"' in out.read_text("utf-8-sig") or \
        '"Résidence Les Érables\nAppartement 12"' in out.read_text("utf-8-sig")
    assert People(other).get(ident).addresses[0].street == street
    # a spreadsheet's multi-line cell (CRLF inside the cell) and a one-line field with a line break
    text = "prénom;nom;adresse;ville\r\nAnne;\"Le\r\nGoff\";\"3 rue Haute\r\nBâtiment B\";\"Saint-\r\nMalo\"\r\n"
    report = imports.apply(other, imports.read(other, text.encode(), name="m.csv"), ImportOptions())
    assert report.errors == []
    anne = next(p for p in map(People(other).get, People(other).ids()) if p.given == "Anne")
    assert (anne.family, anne.addresses[0].street, anne.addresses[0].city) == ("Le Goff", "3 rue Haute\nBâtiment B",
                                                                               "Saint- Malo")


def test_the_guard_leaves_phone_numbers_and_numbers_alone():
    plain = ["+33 6 12 34 56 78", "+32 470 12 34 56", "+33 (0)6 12 34 56 78", "+1 (555) 123-4567", "+32.470.12.34.56",
             "+33\u00a06\u00a012", "-5 555", "-5", "+41/22 123 45 67", "plain", "a=b", "1+1", ""]
    guarded = ["=1+1", "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "+A1", "-A1", "+SUM(1;2)", "@SUM(1;1)", "+", "-",
               "- item", "+33 6 12 34 56 78 poste 12", "-5%", "+1e3", "+3,5", "+cmd|' /C calc'!A0", "\tx", "\rx"]
    for value in plain:
        assert cells.guard(value) == value, value
    for value in guarded:
        assert cells.guard(value) == "'" + value, value
    for value in plain + guarded + ["'=x", "''", "'abc", "'", "'+33 6", "'-5"]:
        assert cells.unguard(cells.guard(value)) == value, value


def _libreoffice_cells(path, profile) -> list[list[tuple[str, str | None, str | None]]]:
    """The cells of a CSV file as LibreOffice Calc reads it (headless, UTF-8 with BOM, comma-separated): for each
    cell, (shown text, value type, formula)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed (scripts/ensure-system-packages.sh installs libreoffice-calc-nogui)"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--infilter=CSV:44,34,76,1", "--convert-to", "ods", "--outdir", str(path.parent), str(path)],
                   check=True, capture_output=True, timeout=240)
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
    content = zipfile.ZipFile(path.with_suffix(".ods")).read("content.xml")
    rows = []
    for row in ElementTree.fromstring(content).iter(f"{{{ns['table']}}}table-row"):
        out = []
        for cell in row.findall("table:table-cell", ns):
            repeat = int(cell.get(f"{{{ns['table']}}}number-columns-repeated", "1"))
            shown = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", ns))
            out += [(shown, cell.get(f"{{{ns['office']}}}value-type"), cell.get(f"{{{ns['table']}}}formula"))] \
                * min(repeat, 50)
        rows.append(out)
    return rows


def test_libreoffice_shows_phone_numbers_as_written_and_runs_no_formula(vault, tmp_path):
    formulas = ["=1+1", "+1+1", "-2+3", "@SUM(1;1)", "=HYPERLINK(\"http://x.example\";\"x\")", "+A1"]
    phones = ["+33 6 12 34 56 78", "+32 470 12 34 56", "+1 (555) 123-4567", "+33 (0)6 12 34 56 78"]
    people = People(vault)
    for n, (formula, phone) in enumerate(zip(formulas, phones * 2, strict=False)):
        people.add(Person(given=f"P{n}", family=formula, phones=[Phone(phone)], notes=formula,
                          custom={"ligne": f"- point {n}", "code": formula}))
    out = tmp_path / "people.csv"
    exports.export_file(vault, exports.ExportSpec("csv"), out)
    table = _libreoffice_cells(out, tmp_path / "lo-profile")
    header = [c[0] for c in table[0]]
    rows = [dict(zip(header, r, strict=False)) for r in table[1:] if r and r[0][0]]
    assert len(rows) == len(formulas)
    for r in rows:
        assert all(formula is None for _, _, formula in r.values())  # LibreOffice evaluated nothing
        assert r["phone"][0] in phones and r["phone"][1] == "string"  # as written: no apostrophe, not a number
        # a formula is shown as the text it is, after the apostrophe that kept it from running
        assert r["notes"] == r["family"] == r["custom:code"] and r["notes"][1] == "string"
        assert r["notes"][0][0] == "'" and r["notes"][0][1:] in formulas
        assert r["custom:ligne"][0].startswith("'- point ")
    assert sorted(r["phone"][0] for r in rows) == sorted((phones * 2)[:len(formulas)])


# -- --tag, as search matches text -----------------------------------------------------------------------------
@pytest.fixture
def cli(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("COMMONS_VAULT", raising=False)
    for sub in ("config", "data", "cache"):
        monkeypatch.setenv(f"XDG_{sub.upper()}_HOME", str(tmp_path / "xdg" / sub))
    monkeypatch.setattr(prompts, "interactive", lambda: False)

    def go(vault_path, *argv):
        capsys.readouterr()
        code = main(["--vault", str(vault_path), *map(str, argv)])
        out = capsys.readouterr()
        return code, out.out, out.err
    return go


def test_tag_selection_ignores_accents_and_case(vault_path, vault_key, tmp_path, cli):
    with Vault.open(vault_path, key=vault_key) as v:
        people = People(v)
        a, b, c = (people.add(Person(given=g, family="X")).id for g in ("Anne", "Bruno", "Chloé"))
        tags.add_tag(v, "fédération", [a])
        tags.add_tag(v, "Bureau", [b])
        assert resolve(v, Selection(tag="Federation"))[0] == [a]
        assert resolve(v, Selection(tag="  BUREAU "))[0] == [b]
        with pytest.raises(NotFound):
            resolve(v, Selection(tag="federations"))
    code, out, err = cli(vault_path, "--json", "person", "list", "--tag", "federation")
    assert (code, [r["id"] for r in json.loads(out)]) == (0, [a])
    out_file = tmp_path / "f.csv"
    code, _, err = cli(vault_path, "export", "--format", "csv", "--tag", "FEDERATION", "--to", out_file)
    assert code == 0, err
    assert [r["given"] for r in csv.DictReader(io.StringIO(out_file.read_text("utf-8-sig")))] == ["Anne"]
    # two tags that fold to the same text: the one spelt so is taken (ASCII case ignored, as tag names are unique),
    # else the user is asked to name one
    with Vault.open(vault_path, key=vault_key) as v:
        tags.add_tag(v, "Federation", [c])
        assert resolve(v, Selection(tag="fédération"))[0] == [a]
        assert resolve(v, Selection(tag="FEDERATION"))[0] == [c]
        with pytest.raises(AmbiguousTag) as err_info:
            resolve(v, Selection(tag="FÉDÉRATION"))
        assert err_info.value.matches == ["Federation", "fédération"]
    code, _, err = cli(vault_path, "export", "--format", "csv", "--tag", "FÉDÉRATION", "--to", tmp_path / "g.csv")
    assert code == 2 and "matches several tags" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "g.csv").exists()
