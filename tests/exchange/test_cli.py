"""The exchange commands of `commons`, run in-process: the CLI contract of issue 4."""

from __future__ import annotations

import json

import pytest

from commons_desktop.cli import prompts
from commons_desktop.cli.main import main
from commons_desktop.services import bundles
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People
from tests.conftest import PASSPHRASE

from .conftest import row_counts


@pytest.fixture(autouse=True)
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("COMMONS_VAULT", raising=False)
    for sub in ("config", "data", "cache"):
        monkeypatch.setenv(f"XDG_{sub.upper()}_HOME", str(tmp_path / "xdg" / sub))
    monkeypatch.setattr(prompts, "interactive", lambda: False)


@pytest.fixture
def run(capsys):
    def go(vault_path, *argv):
        capsys.readouterr()
        code = main(["--vault", str(vault_path), *map(str, argv)])
        out = capsys.readouterr()
        return code, out.out, out.err
    return go


def counts(path, key):
    with Vault.open(path, key=key) as v:
        return row_counts(v)


CSV = "nom;prénom;courriel\nDupré;Émilie;emilie@exemple.org\nMartin;Paul;paul@exemple.org\n"


def test_import_dry_run_then_yes(run, vault_path, vault_key, tmp_path):
    f = tmp_path / "m.csv"
    f.write_text(CSV, "utf-8")
    code, out, err = run(vault_path, "--json", "import", f, "--dry-run")
    assert (code, json.loads(out)) == (0, {"created": 2, "updated": 0, "skipped": 0, "flagged": 0, "errors": [],
                                           "rows": []})
    assert counts(vault_path, vault_key)["person"] == 0
    code, out, err = run(vault_path, "import", f)
    assert code == 2 and "--yes" in err and counts(vault_path, vault_key)["person"] == 0
    code, out, err = run(vault_path, "--json", "import", f, "--yes")
    assert (code, json.loads(out)["created"]) == (0, 2)
    code, out, err = run(vault_path, "--json", "import", f, "--yes", "--match", "email", "--mode", "update")
    data = json.loads(out)
    assert {k: data[k] for k in ("created", "updated", "skipped", "flagged", "errors")} == \
        {"created": 0, "updated": 0, "skipped": 2, "flagged": 0, "errors": []}
    assert [(r["line"], r["reason"], r["rule"], r["matched"]["name"]) for r in data["rows"]] == \
        [(2, "no-change", "email", "Émilie Dupré"), (3, "no-change", "email", "Paul Martin")]


def test_row_errors_exit_4_and_nothing_imported(run, vault_path, vault_key, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text(CSV + "X;x;not-an-email\n", "utf-8")
    before = counts(vault_path, vault_key)
    code, out, err = run(vault_path, "--json", "import", f, "--yes")
    assert code == 4
    assert json.loads(out)["errors"] == [{"line": 4, "message": "invalid email ('not-an-email'): not an email address",
                                          "field": "email", "reason": "not-email", "params": {}}]  # codes too
    assert len(err.splitlines()) == 1 and err.startswith("commons: error: ")
    assert counts(vault_path, vault_key) == before
    code, out, err = run(vault_path, "--json", "import", f, "--yes", "--skip-invalid")
    result = json.loads(out)
    assert (code, result["created"], len(result["errors"])) == (0, 2, 1)


def test_text_preview_and_saved_mapping(run, vault_path, vault_key, tmp_path):
    f = tmp_path / "odd.csv"
    f.write_text("A,B,Zone\nLee,Ann,Nord\n", "utf-8")
    code, out, err = run(vault_path, "import", f, "--column", "A=family", "--column", "B=given",
                         "--column", "Zone=custom:zone", "--save-mapping", "odd", "--yes")
    assert code == 0 and "preview: 1 new" in out and "'Zone' -> custom:zone" in out
    g = tmp_path / "odd2.csv"
    g.write_text("A,B,Zone\nRay,Bob,Sud\n", "utf-8")
    code, out, err = run(vault_path, "--json", "import", g, "--mapping", "odd", "--yes")
    assert code == 0
    with Vault.open(vault_path, key=vault_key) as v:
        assert sorted(People(v).get(i).custom["zone"] for i in People(v).ids()) == ["Nord", "Sud"]


def _one_error_line(err: str, *words: str) -> bool:
    return (len(err.splitlines()) == 1 and err.startswith("commons: error: ") and "Traceback" not in err
            and all(w in err for w in words))


def test_mapping_list_show_use_remove(run, vault_path, vault_key, tmp_path):
    code, out, _ = run(vault_path, "mapping", "list")
    assert (code, out) == (0, "no saved mappings\n")
    f = tmp_path / "odd.csv"
    f.write_text("A,B,Zone,Code\nLee,Ann,Nord,1\n", "utf-8")
    code, _, err = run(vault_path, "import", f, "--column", "A=family", "--column", "B=given",
                       "--column", "Zone=custom:zone", "--column", "Code=ignore", "--save-mapping", "Odd one", "--yes")
    assert code == 0, err
    saved = {"a": "family", "b": "given", "code": "ignore", "zone": "custom:zone"}
    code, out, _ = run(vault_path, "--json", "mapping", "list")
    assert (code, json.loads(out)) == (0, [{"name": "Odd one", "columns": saved}])
    code, out, _ = run(vault_path, "mapping", "list")
    assert code == 0
    assert out.splitlines()[0].split() == ["NAME", "COLUMNS"]
    assert out.splitlines()[1].startswith("Odd one  a -> family, b -> given")
    code, out, _ = run(vault_path, "--json", "mapping", "show", "Odd one")
    assert (code, json.loads(out)) == (0, {"name": "Odd one", "columns": saved})
    code, out, _ = run(vault_path, "mapping", "show", "Odd one")
    assert code == 0 and out.startswith("mapping 'Odd one': ")
    assert [line.split() for line in out.splitlines()[1:]] == [["COLUMN", "FIELD"], ["a", "family"], ["b", "given"],
                                                               ["code", "ignore"], ["zone", "custom:zone"]]
    # the saved mapping is used for the next file with the same (odd) headers
    g = tmp_path / "odd2.csv"
    g.write_text("a;b;ZONE;code\nRay;Bob;Sud;2\n", "utf-8")
    code, out, err = run(vault_path, "--json", "import", g, "--mapping", "Odd one", "--yes")
    assert (code, json.loads(out)["created"]) == (0, 1), err
    with Vault.open(vault_path, key=vault_key) as v:
        people = [People(v).get(i) for i in People(v).ids()]
    assert sorted((p.given, p.family, p.custom.get("zone")) for p in people) == [("Ann", "Lee", "Nord"),
                                                                                ("Bob", "Ray", "Sud")]
    assert all("code" not in p.custom for p in people)
    code, out, _ = run(vault_path, "mapping", "remove", "Odd one")
    assert (code, out) == (0, "mapping 'Odd one' removed\n")
    code, out, _ = run(vault_path, "--json", "mapping", "list")
    assert (code, json.loads(out)) == (0, [])
    # unknown names: exit 1, one line on stderr, nothing on stdout (as for profiles and partners)
    for argv in (("mapping", "remove", "Odd one"), ("mapping", "show", "Odd one"), ("--json", "mapping", "show", "x"),
                 ("import", g, "--mapping", "Odd one", "--yes")):
        code, out, err = run(vault_path, *argv)
        assert (code, out) == (1, ""), argv
        assert _one_error_line(err, "import mapping", argv[-1] if argv[0] != "import" else "Odd one"), err
    code, _, err = run(vault_path, "profile", "remove", "nope")
    assert code == 1 and _one_error_line(err, "no profile")  # the same words as the other NotFound cases
    # usage errors: exit 2
    for argv in (("mapping",), ("mapping", "show"), ("mapping", "rename", "a", "b"), ("mapping", "list", "extra")):
        code, out, err = run(vault_path, *argv)
        assert (code, out) == (2, ""), argv
        assert _one_error_line(err), err


def test_export_profile_identity_partner_bundle(run, vault_path, vault_key, tmp_path, make_vault):
    f = tmp_path / "m.csv"
    f.write_text(CSV, "utf-8")
    run(vault_path, "import", f, "--yes")
    code, out, _ = run(vault_path, "--json", "export", "--format", "csv", "--fields", "given,email", "--to",
                       tmp_path / "o.csv", "--dry-run")
    assert code == 0 and json.loads(out)["people"] == 2
    assert not (tmp_path / "o.csv").exists()
    code, out, _ = run(vault_path, "export", "--format", "csv", "--fields", "given,email", "--to", tmp_path / "o.csv")
    assert code == 0 and "what will leave" in out
    assert (tmp_path / "o.csv").read_text("utf-8-sig").splitlines()[0] == "id,given,email"
    code, out, _ = run(vault_path, "--json", "identity", "show")
    ident = json.loads(out)
    assert set(ident) == {"card", "recipient", "signing_key", "fingerprint"}
    # a second group
    other = make_vault("other")
    other_path = other.path
    other.close()
    code, out, _ = run(other_path, "--json", "identity", "show")
    theirs = json.loads(out)
    assert run(vault_path, "partner", "add", "Other", theirs["card"])[0] == 0
    code, out, _ = run(vault_path, "--json", "partner", "list")
    assert json.loads(out)[0]["fingerprint"] == theirs["fingerprint"]
    assert run(vault_path, "profile", "add", "fed", "--search", "emilie", "--fields", "given,family,emails")[0] == 0
    code, out, _ = run(vault_path, "--json", "profile", "show", "fed")
    assert json.loads(out)["people"] == 1
    bundle = tmp_path / "x.commonsx"
    code, out, err = run(vault_path, "--json", "export", "--format", "bundle", "--profile", "fed", "--partner",
                         "Other", "--to", bundle)
    assert code == 0, err
    assert json.loads(out)["sequences"] == {"Other": 1}
    # unknown sender: refused with its fingerprint, exit 4; accepted with --accept-sender
    code, out, err = run(other_path, "import", bundle, "--yes")
    assert code == 4 and ident["fingerprint"] in err
    plans: list[int] = []
    make_plan = bundles.make_plan
    with pytest.MonkeyPatch.context() as spy:  # the real planner, counted
        spy.setattr(bundles, "make_plan", lambda *a, **k: plans.append(1) or make_plan(*a, **k))
        code, out, err = run(other_path, "--json", "import", bundle, "--yes", "--accept-sender", ident["fingerprint"])
    assert (code, json.loads(out)["created"]) == (0, 1), err
    assert len(plans) == 1  # the preview's plan was written, not planned again
    code, out, err = run(other_path, "import", bundle, "--yes")
    assert code == 4 and "not newer" in err
    code, out, _ = run(vault_path, "disclosures")
    assert "bundle to Other" in out and "csv to file" in out
    with Vault.open(vault_path, key=vault_key) as v:
        emilie = People(v).find_by_contact("email", "emilie@exemple.org")[0]
        paul = People(v).find_by_contact("email", "paul@exemple.org")[0]
    code, out, _ = run(vault_path, "--json", "disclosures", emilie)
    assert [d["kind"] for d in json.loads(out)] == ["bundle", "csv"]
    code, out, _ = run(vault_path, "--json", "disclosures", paul)
    assert [d["kind"] for d in json.loads(out)] == ["csv"]


def test_usage_and_input_errors(run, vault_path, tmp_path):
    code, _, err = run(vault_path, "import", tmp_path / "missing.csv")
    assert code == 4 and err.startswith("commons: error:")
    code, _, err = run(vault_path, "export", "--format", "csv", "--tag", "a", "--ids", "b", "--to", tmp_path / "x")
    assert code == 2
    code, _, err = run(vault_path, "export", "--format", "csv", "--partner", "x", "--to", tmp_path / "x")
    assert code == 2
    code, _, err = run(vault_path, "import", tmp_path, "--format", "csv")
    assert code == 4


def test_pdf_commands(run, vault_path, tmp_path, qapp):
    f = tmp_path / "m.csv"
    f.write_text(CSV, "utf-8")
    run(vault_path, "import", f, "--yes")
    code, out, err = run(vault_path, "export", "--format", "pdf-list", "--to", tmp_path / "l.pdf")
    assert code == 0, err
    assert (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run(vault_path, "--json", "search", "emilie")
    with Vault.open(vault_path, passphrase=PASSPHRASE) as v:
        pid = People(v).ids()[0]
    code, out, err = run(vault_path, "--json", "report", pid, "--to", tmp_path / "r.pdf")
    assert code == 0, err
    assert json.loads(out)["person"] == pid
    code, out, err = run(vault_path, "report", "0000", "--to", tmp_path / "r2.pdf")
    assert code == 1 and "no person" in err


def test_save_mapping_only_with_the_import(run, vault_path, vault_key, tmp_path, monkeypatch):
    """--save-mapping writes the mapping when the import goes ahead (or finds nothing new), not when the person
    declines at the prompt nor in a dry run; a name that cannot be saved is refused before anything is written."""
    from commons_desktop.cli import prompts
    from commons_desktop.services import imports

    f = tmp_path / "odd.csv"
    f.write_text("A,B,courriel\nLee,Ann,ann.lee@exemple.org\n", "utf-8")
    mapped = ("--column", "A=family", "--column", "B=given")

    def saved() -> list[str]:
        with Vault.open(vault_path, key=vault_key) as v:
            return imports.mappings(v)

    monkeypatch.setattr(prompts, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _question: "n")
    code, _, err = run(vault_path, "import", f, *mapped, "--save-mapping", "declined")
    assert code != 0 and saved() == [] and counts(vault_path, vault_key)["person"] == 0, err
    code, _, _ = run(vault_path, "import", f, *mapped, "--save-mapping", "dry", "--dry-run")
    assert code == 0 and saved() == []
    for name in ("x" * 101, " \t "):
        code, out, err = run(vault_path, "import", f, *mapped, "--save-mapping", name, "--yes")
        assert (code, out) == (4, "") and _one_error_line(err, "mapping name"), err
        assert saved() == [] and counts(vault_path, vault_key)["person"] == 0
    code, _, err = run(vault_path, "import", f, *mapped, "--save-mapping", "  Lee   list ", "--yes")
    assert code == 0 and saved() == ["Lee list"] and counts(vault_path, vault_key)["person"] == 1, err
    code, out, _ = run(vault_path, "import", f, *mapped, "--save-mapping", "again", "--yes")  # nothing new
    assert code == 0 and "nothing to import" in out and saved() == ["again", "Lee list"]


def test_import_preview_lists_every_skipped_updated_and_flagged_row(run, vault_path, tmp_path):
    """Issue 10 item 4: `commons import --dry-run` (and --json) says which rows are skipped, updated or flagged, why,
    and the record each matched (id and name) with the rule that matched it."""
    from .test_matching import HOUSEHOLD
    code, out, _ = run(vault_path, "--json", "person", "add", "--given", "Marie", "--family", "Dupont",
                       "--birth-date", "1970-02-03", "--email", "famille.dupont@exemple.org")
    marie = json.loads(out)["id"]
    path = tmp_path / "foyer.csv"
    path.write_text(HOUSEHOLD, "utf-8")
    code, out, err = run(vault_path, "import", path, "--dry-run")
    assert code == 0, err
    assert "preview: 3 new (3 flagged as possible duplicates), 0 updated, 2 skipped, 0 invalid" in out
    assert f"line 2: skipped: Marie Dupont is already in the vault as Marie Dupont ({marie}) (same email)" in out
    assert (f"line 3: new: Jean Dupont, flagged as a possible duplicate of Marie Dupont ({marie}) (same email; "
            "different given name, birth date)") in out
    assert f"line 4: new: Marie Dupont, flagged as a possible duplicate of Marie Dupont ({marie})" in out
    assert "line 6: skipped: Jean DUPONT is the person of line 3 (Jean Dupont) (same email)" in out
    code, out, _ = run(vault_path, "--json", "import", path, "--dry-run")
    data = json.loads(out)
    assert (code, data["created"], data["skipped"], data["flagged"]) == (0, 3, 2, 3)
    assert [r["line"] for r in data["rows"]] == [2, 3, 4, 5, 6]
    assert data["rows"][1] == {"line": 3, "outcome": "created", "entity": "person", "label": "Jean Dupont",
                               "reason": "possible-duplicate", "rule": "email", "id": data["rows"][1]["id"],
                               "matched": {"id": marie, "name": "Marie Dupont", "line": 0},
                               "conflicts": ["given", "birth_date"]}
    assert data["rows"][4]["matched"] == {"id": data["rows"][1]["id"], "name": "Jean Dupont", "line": 3}
    code, out, _ = run(vault_path, "--json", "import", path, "--yes", "--mode", "update")
    data = json.loads(out)
    assert (code, data["created"], data["updated"], data["flagged"]) == (0, 3, 1, 3)
    assert data["rows"][0]["changed"] == ["addresses"]
