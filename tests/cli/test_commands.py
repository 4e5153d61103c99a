"""Every command's happy path, in-process, on a private copy of a populated vault."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from commons_desktop.services.members import period_end

from .conftest import snapshot


def as_json(result):
    assert result.code == 0, result.err
    assert result.err == ""
    return json.loads(result.out)


def test_version_and_help(cli):
    r = cli("--version")
    assert r.code == 0 and r.out.startswith("commons ")
    r = cli("--help")
    assert r.code == 0 and "person" in r.out and "Exit codes" in r.out
    assert "--add-email" in cli("person", "edit", "--help").out


def test_init_creates_a_vault_and_info_counts_it(cli, tmp_path):
    path = tmp_path / "new.commons"
    r = cli("--vault", path, "init", "--name", "Tenants' committee")
    assert r.code == 0, r.err
    assert path.is_file() and "created vault" in r.out
    info = as_json(cli("--vault", path, "--json", "info"))
    assert info["name"] == "Tenants' committee"
    assert info["path"] == str(path.resolve())
    assert info["schema_version"] >= 2
    assert set(info["counts"]) == {"people", "organisations", "relationships", "memberships", "contributions",
                                   "documents", "tags", "saved_searches", "changes"}
    assert info["counts"]["people"] == 0
    r = cli("--vault", path, "init")
    assert r.code == 1 and "already exists" in r.one_error_line()


def test_vault_from_environment(cli, club, monkeypatch):
    monkeypatch.setenv("COMMONS_VAULT", str(club.path))
    assert as_json(cli("--json", "info"))["counts"]["people"] == 2


def test_info_text_and_check_ok(cli, club):
    r = cli("--vault", club.path, "info")
    assert r.code == 0 and "people" in r.out and "2" in r.out
    r = cli("--vault", club.path, "check")
    assert (r.code, r.out.strip()) == (0, "ok")
    assert as_json(cli("--vault", club.path, "--json", "check")) == {"path": str(club.path), "ok": True,
                                                                       "problems": [], "notes": []}


def test_person_add_prints_the_new_record(cli, club):
    r = cli("--vault", club.path, "--json", "person", "add", "--given", "Zoé", "--family", "Lefèvre",
            "--email", "zoe@exemple.org", "--email", "z.lefevre@example.net", "--phone", "+33 6 12 34 56 78",
            "--street", "rue Haute 5", "--postcode", "4000", "--city", "Liège", "--country", "Belgique",
            "--birth-date", "1990-05-06", "--language", "fr", "--language", "nl-BE", "--notes", "line one",
            "--custom", "role=secrétaire", "--tag", "bureau", "--tag", "2026")
    p = as_json(r)
    assert p["id"] and p["given"] == "Zoé" and p["birth_date"] == "1990-05-06"
    assert [e["address"] for e in p["emails"]] == ["zoe@exemple.org", "z.lefevre@example.net"]
    assert p["addresses"][0]["city"] == "Liège" and p["addresses"][0]["street"] == "rue Haute 5"
    assert p["languages"] == ["fr", "nl-BE"] and p["custom"] == {"role": "secrétaire"}
    assert sorted(p["tags"]) == ["2026", "bureau"]
    r = cli("--vault", club.path, "person", "add", "--family", "Only")
    assert r.code == 0 and r.out.startswith("added person ")


def test_person_edit_replaces_given_fields_and_adjusts_lists(cli, club):
    v = ("--vault", club.path, "--json")
    p = as_json(cli(*v, "person", "edit", club.person, "--family", "Dupré-Martin", "--add-email", "e2@exemple.org",
                    "--remove-phone", "+32470123456", "--custom", "role=trésorière", "--untag", "bureau",
                    "--tag", "ca"))
    assert p["family"] == "Dupré-Martin" and p["given"] == "Émilie"
    assert [e["address"] for e in p["emails"]] == ["emilie@exemple.org", "e2@exemple.org"]
    assert p["phones"] == [] and p["tags"] == ["ca"] and p["custom"] == {"role": "trésorière"}
    p = as_json(cli(*v, "person", "edit", club.person, "--email", "only@exemple.org", "--custom", "role=",
                    "--notes", ""))
    assert [e["address"] for e in p["emails"]] == ["only@exemple.org"] and p["custom"] == {}
    r = cli("--vault", club.path, "person", "edit", club.person)
    assert r.code == 0 and "nothing changed" in r.out


def test_person_show(cli, club):
    r = cli("--vault", club.path, "person", "show", club.person)
    assert r.code == 0, r.err
    for expected in ("Émilie Dupré", "emilie@exemple.org", "bureau", "membership status:", "contributions: 1",
                     "25.00 EUR", "AG 2026"):
        assert expected in r.out
    d = as_json(cli("--vault", club.path, "--json", "person", "show", club.person))
    assert d["id"] == club.person and d["tags"] == ["bureau"]
    assert d["memberships"][0]["id"] == club.membership and d["status"] == "lapsed"
    assert d["contributions"][0]["amount"] == "25.00" and d["contribution_totals"] == {"EUR": "25.00"}
    assert d["documents"][0]["id"] == club.document


def test_person_list_sort_filter_and_pages(cli, club):
    rows = as_json(cli("--vault", club.path, "--json", "person", "list"))
    assert [r["family"] for r in rows] == ["Dupré", "Smith"] and all(r["id"] for r in rows)
    rows = as_json(cli("--vault", club.path, "--json", "person", "list", "--sort", "given", "--desc"))
    assert [r["given"] for r in rows] == ["Jack", "Émilie"] or [r["given"] for r in rows] == ["Émilie", "Jack"]
    assert [r["id"] for r in as_json(cli("--vault", club.path, "--json", "person", "list", "--tag", "bureau"))] \
        == [club.person]
    assert len(as_json(cli("--vault", club.path, "--json", "person", "list", "--limit", "1", "--offset", "1"))) == 1
    r = cli("--vault", club.path, "person", "list", "--limit", "1")
    assert r.code == 0 and "of 2" in r.out and "GIVEN" in r.out


def test_person_delete_is_a_tombstone(cli, club):
    r = cli("--vault", club.path, "person", "delete", club.other_person)
    assert r.code == 0 and "deleted person" in r.out
    assert cli("--vault", club.path, "person", "show", club.other_person).code == 1
    ops = [e["op"] for e in as_json(cli("--vault", club.path, "--json", "history", club.other_person))]
    assert ops[0] == "delete"


def test_person_erase_needs_yes_and_removes_for_real(cli, club):
    r = cli("--vault", club.path, "person", "erase", club.person)
    assert r.code == 2 and "--yes" in r.one_error_line()
    assert snapshot(club.path, club.key)["people"] == 2
    r = cli("--vault", club.path, "--json", "person", "erase", club.person, "--yes")
    out = as_json(r)
    assert out["erased"] and out["removed"]["membership"] == 1 and out["removed"]["contribution"] == 1
    counts = snapshot(club.path, club.key)
    assert counts["people"] == 1 and counts["memberships"] == 0 and counts["contributions"] == 0
    assert as_json(cli("--vault", club.path, "--json", "search", "emilie")) == []
    hist = as_json(cli("--vault", club.path, "--json", "history", club.person))
    assert hist[0]["op"] == "erase" and all(e["fields"] is None for e in hist)


def test_org_commands(cli, club):
    v = ("--vault", club.path, "--json")
    o = as_json(cli(*v, "org", "add", "--name", "Coopérative du Nord", "--kind", "coopérative", "--website",
                    "https://coop.example.org", "--email", "info@coop.example.org", "--phone", "+32 4 222 33 44",
                    "--city", "Namur", "--notes", "partenaire", "--tag", "partenaire"))
    assert o["id"] and o["name"] == "Coopérative du Nord" and o["tags"] == ["partenaire"]
    o = as_json(cli(*v, "org", "edit", o["id"], "--kind", "fédération", "--remove-email", "info@coop.example.org"))
    assert o["kind"] == "fédération" and o["emails"] == []
    shown = as_json(cli(*v, "org", "show", o["id"]))
    assert shown["id"] == o["id"] and shown["relationships"] == []
    assert "Coopérative du Nord" in cli("--vault", club.path, "org", "show", o["id"]).out
    names = [x["name"] for x in as_json(cli(*v, "org", "list"))]
    assert names == ["Coopérative du Nord", "Maison du Peuple"]
    assert [x["name"] for x in as_json(cli(*v, "org", "list", "--search", "maison"))] == ["Maison du Peuple"]
    assert "Maison du Peuple" in cli("--vault", club.path, "org", "list").out
    assert cli("--vault", club.path, "org", "delete", o["id"]).code == 0
    assert len(as_json(cli(*v, "org", "list"))) == 1


def test_member_join_renew_status(cli, club):
    v = ("--vault", club.path, "--json")
    assert as_json(cli(*v, "member", "type", "add", "soutien"))["code"] == "soutien"  # a type of the vault's list
    m = as_json(cli(*v, "member", "join", club.other_person, "--type", "soutien", "--start", "2026-01-01",
                    "--end", "2026-12-31", "--status", "pending"))
    assert m["id"] and m["person_id"] == club.other_person and m["status"] == "pending" and m["type"] == "soutien"
    renewed = as_json(cli(*v, "member", "renew", m["id"]))
    assert renewed["end"] == "2027-12-31" and renewed["status"] == "active"
    renewed = as_json(cli(*v, "member", "renew", club.other_person, "--until", "2030-06-30"))
    assert renewed["id"] == m["id"] and renewed["end"] == "2030-06-30"
    status = as_json(cli(*v, "member", "status", club.other_person))
    assert status["person_id"] == club.other_person and len(status["memberships"]) == 1
    assert status["status"] == ("active" if date.today() >= date(2026, 1, 1) else "pending")
    r = cli("--vault", club.path, "member", "status", club.person)
    assert r.code == 0 and r.out.startswith("status: ")
    # Émilie's 2025 membership renewed with the default: the year after its end, or a year from today when that
    # year is over already (its last day: a year from today, less a day)
    renewed = as_json(cli(*v, "member", "renew", club.person))
    expected = date(2026, 12, 31) if date.today() <= date(2026, 12, 31) else period_end(date.today(), 12)
    assert renewed["end"] == expected.isoformat()
    r = cli("--vault", club.path, "member", "join", club.person)
    assert r.code == 0 and "added membership" in r.out


def test_contribution_add_and_list(cli, club):
    v = ("--vault", club.path, "--json")
    c = as_json(cli(*v, "contribution", "add", club.other_person, "--amount", "12.50", "--currency", "gbp",
                    "--date", "2026-03-01", "--method", "cash", "--kind", "donation", "--period-start",
                    "2026-01-01", "--period-end", "2026-12-31"))
    assert c["id"] and c["amount"] == "12.50" and c["currency"] == "GBP" and c["date"] == "2026-03-01"
    assert c["kind"] == "donation" and c["method"] == "cash" and c["period_end"] == "2026-12-31"
    assert [x["id"] for x in as_json(cli(*v, "contribution", "list", "--person", club.other_person))] == [c["id"]]
    assert len(as_json(cli(*v, "contribution", "list"))) == 2
    r = cli("--vault", club.path, "contribution", "list")
    assert r.code == 0 and "12.50 GBP" in r.out
    r = cli("--vault", club.path, "contribution", "add", club.person, "--amount", "5")
    assert r.code == 0 and "5.00 EUR" in r.out


def test_tags_on_any_record(cli, club):
    v = ("--vault", club.path, "--json")
    out = as_json(cli(*v, "tag", "add", "2026", club.person, club.organisation, club.document, club.membership))
    assert out["tagged"] == 4
    assert {"name": "2026", "count": 4} in as_json(cli(*v, "tag", "list"))
    assert [h["id"] for h in as_json(cli(*v, "search", "2026"))] == [club.person, club.organisation] or \
        {h["id"] for h in as_json(cli(*v, "search", "2026"))} == {club.person, club.organisation}
    assert as_json(cli(*v, "tag", "remove", "2026", club.document, club.membership))["untagged"] == 2
    assert "2026" in cli("--vault", club.path, "tag", "list").out
    assert cli("--vault", club.path, "tag", "add", "x", club.person).out.startswith("tagged 1")


@pytest.mark.parametrize("query", ["emilie dupre", "Émilie", "dup", "DUPRÉ", "liege", "470"])
def test_search_is_ranked_prefix_and_accent_insensitive(cli, populated_template, query):
    hits = as_json(cli("--vault", populated_template.path, "--json", "search", query))
    assert hits and hits[0]["id"] == populated_template.person
    assert {"id", "entity", "label"} <= set(hits[0]) and hits[0]["entity"] == "person"


def test_search_text_and_limit(cli, populated_template):
    r = cli("--vault", populated_template.path, "search", "e", "--limit", "1")
    assert r.code == 0 and len(r.out.splitlines()) == 2
    assert cli("--vault", populated_template.path, "search", "zzzz").out.strip() == "nothing found"


def test_documents(cli, club, tmp_path):
    v = ("--vault", club.path, "--json")
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.4 first")
    d = as_json(cli(*v, "doc", "add", pdf, "--title", "AG 2026 bis", "--link", club.person, "--link",
                    club.organisation))
    assert d["id"] and d["title"] == "AG 2026 bis" and d["current"]["media_type"] == "application/pdf"
    assert sorted(x[1] for x in d["links"]) == sorted([club.person, club.organisation])
    pdf.write_bytes(b"%PDF-1.4 second version")
    version = as_json(cli(*v, "doc", "add-version", d["id"], pdf))
    assert version["number"] == 2
    assert [x["number"] for x in as_json(cli(*v, "doc", "versions", d["id"]))] == [1, 2]
    out = tmp_path / "out.pdf"
    got = as_json(cli(*v, "doc", "get", d["id"], "--to", out))
    assert got["version"] == 2 and out.read_bytes() == b"%PDF-1.4 second version"
    r = cli("--vault", club.path, "doc", "get", d["id"], "--version", "1", "--to", out)
    assert r.code == 1 and "--force" in r.one_error_line()
    assert out.read_bytes() == b"%PDF-1.4 second version"
    assert cli("--vault", club.path, "doc", "get", d["id"], "--version", "1", "--to", out, "--force").code == 0
    assert out.read_bytes() == b"%PDF-1.4 first"
    titles = [x["title"] for x in as_json(cli(*v, "doc", "list"))]
    assert titles == ["AG 2026", "AG 2026 bis"]
    assert len(as_json(cli(*v, "doc", "list", "--linked-to", club.organisation))) == 1
    assert "AG 2026 bis" in cli("--vault", club.path, "doc", "list").out
    assert "sha256" not in cli("--vault", club.path, "doc", "versions", d["id"]).err
    plain = tmp_path / "notes"
    plain.write_bytes(b"x")
    assert as_json(cli(*v, "doc", "add", plain))["current"]["media_type"] == "application/octet-stream"


def test_history(cli, club):
    entries = as_json(cli("--vault", club.path, "--json", "history", club.person))
    assert entries[-1]["op"] == "create" and all(e["entity_id"] == club.person for e in entries)
    assert all(e["time"].endswith("Z") for e in entries)
    everything = as_json(cli("--vault", club.path, "--json", "history", "--limit", "3"))
    assert len(everything) == 3
    r = cli("--vault", club.path, "history", club.person)
    assert r.code == 0 and "create  person" in r.out


def test_backup_rotates_and_restore_puts_it_back(cli, club, tmp_path):
    folder = tmp_path / "backups"
    made = [as_json(cli("--vault", club.path, "--json", "backup", "--to", folder, "--keep", "1"))["backup"]
            for _ in range(2)]
    assert list(folder.glob("*.commons-backup")) == [Path(made[-1])]
    assert cli("--vault", club.path, "person", "delete", club.other_person).code == 0
    assert snapshot(club.path, club.key)["people"] == 1
    r = cli("--vault", club.path, "restore", made[-1])
    assert r.code == 2 and "--yes" in r.one_error_line()
    out = as_json(cli("--vault", club.path, "--json", "restore", made[-1], "--yes"))
    assert out["replaced_kept_at"]
    assert snapshot(club.path, club.key)["people"] == 2
    assert cli("--vault", club.path, "check").code == 0
    # restoring into a path with no vault yet: the key comes from the passphrase and the backup
    fresh = tmp_path / "elsewhere.commons"
    r = cli("--vault", fresh, "restore", made[-1], "--yes")
    assert r.code == 0, r.err
    assert snapshot(fresh, club.key)["people"] == 2


def test_passwd(cli, club, tmp_path, monkeypatch):
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase\n")
    r = cli("--vault", club.path, "passwd", "--new-passphrase-file", new)
    assert r.code == 0, r.err
    assert "before-passphrase-change" in r.out
    assert cli("--vault", club.path, "info").code == 3
    monkeypatch.setenv("COMMONS_PASSPHRASE", "a brand new passphrase")
    monkeypatch.setenv("COMMONS_NEW_PASSPHRASE", "third one")
    out = as_json(cli("--vault", club.path, "--json", "passwd"))
    assert out["backup"] and out["keyring_updated"] is False
    monkeypatch.setenv("COMMONS_PASSPHRASE", "third one")
    assert as_json(cli("--vault", club.path, "--json", "info"))["counts"]["people"] == 2


def test_demo_fills_a_new_vault(cli, tmp_path):
    pytest.importorskip("commons_desktop.services.demo")
    path = tmp_path / "demo.commons"
    out = as_json(cli("--vault", path, "--json", "demo", "--people", "60", "--seed", "3"))
    assert out["counts"]["people"] == 60 and out["counts"]["organisations"] > 0
    r = cli("--vault", path, "demo", "--people", "10")
    assert r.code == 0 and "people" in r.out
    assert snapshot_people(cli, path) == 70


def snapshot_people(cli, path) -> int:
    return as_json(cli("--vault", path, "--json", "info"))["counts"]["people"]


def test_dates_as_people_write_them_in_every_option(cli, club):
    """Issue 10 item 7: the CLI's date options read 14/07/62, 14.07.1962, 14-07-1962 (ISO only before: exit 4)."""
    v = ("--vault", club.path, "--json")
    p = as_json(cli(*v, "person", "add", "--given", "Zoé", "--birth-date", "14/07/62"))
    assert p["birth_date"] == "1962-07-14"
    p = as_json(cli(*v, "person", "edit", p["id"], "--birth-date", "03.04.1962"))
    assert p["birth_date"] == "1962-04-03"
    m = as_json(cli(*v, "member", "join", club.other_person, "--start", "01/09/2025", "--end", "31-08-2026"))
    assert (m["start"], m["end"]) == ("2025-09-01", "2026-08-31")
    assert as_json(cli(*v, "member", "renew", m["id"], "--until", "31/08/27"))["end"] == "2027-08-31"
    c = as_json(cli(*v, "contribution", "add", club.other_person, "--amount", "5", "--date", "3/4/2026",
                    "--period-start", "01.01.2026", "--period-end", "31/12/2026"))
    assert (c["date"], c["period_start"], c["period_end"]) == ("2026-04-03", "2026-01-01", "2026-12-31")
    r = cli("--vault", club.path, "person", "add", "--given", "Ann", "--birth-date", "7/14/1962")
    assert r.code == 4 and "DD/MM/YYYY" in r.one_error_line()  # month first is never guessed
