"""Export profiles, the 'what will leave' preview and the per-person disclosure log."""

from __future__ import annotations

import json

import pytest

from commons_desktop.core.errors import InvalidInput, NotFound
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import exports, profiles


def test_profile_selects_and_limits_fields(filled, tmp_path):
    vault, ids, org = filled
    profiles.add(vault, "fédération", Selection(tag="CA"), ["given", "family", "emails", "tags"])
    shown = profiles.show(vault, "Fédération")
    assert (shown["people"], shown["organisations"]) == (2, 1)
    assert shown["fields"] == ["given", "family", "emails", "tags"]
    spec = exports.spec_for_profile(vault, "fédération", "json")
    data = exports.gather(vault, spec)
    leaves = exports.what_leaves(data, spec)
    assert (leaves.people, leaves.organisations, leaves.memberships, leaves.documents) == (2, 1, 0, 0)
    assert leaves.fields == ["id", "given", "family", "emails", "tags"]
    out = tmp_path / "fed.json"
    exports.export_file(vault, spec, out, recipients=["Fédération"])
    doc = json.loads(out.read_bytes())
    assert all(set(p) <= {"id", "given", "family", "emails", "tags"} for p in doc["people"])
    assert all(set(o) <= {"id", "emails", "tags"} for o in doc["organisations"])
    assert "phones" not in out.read_text() and "+33" not in out.read_text()
    # narrowing is allowed, widening is not
    exports.spec_for_profile(vault, "fédération", "csv", ["given", "email"])
    with pytest.raises(InvalidInput):
        exports.spec_for_profile(vault, "fédération", "csv", ["phone"])


def test_disclosure_log_per_person(filled, tmp_path):
    vault, ids, org = filled
    exports.export_file(vault, exports.ExportSpec("csv", Selection(ids=[ids[0]]), ["given", "email"]),
                        tmp_path / "one.csv", recipients=["mairie"])
    exports.export_file(vault, exports.ExportSpec("vcard", Selection(tag="CA")), tmp_path / "ca.vcf")
    mine = profiles.disclosures(vault, ids[0])
    assert [(d.kind, d.recipients, d.count) for d in mine] == [("vcard", ["file"], 3), ("csv", ["mairie"], 1)]
    assert "mairie" in mine[1].text() and "email" in mine[1].text()
    assert [d.kind for d in profiles.disclosures(vault, ids[2])] == []
    assert [d.kind for d in profiles.disclosures(vault, org)] == ["vcard"]
    assert len(profiles.disclosures(vault)) == 2


def test_profile_errors(filled):
    vault, ids, _ = filled
    with pytest.raises(InvalidInput):
        profiles.add(vault, "x", Selection())
    with pytest.raises(NotFound):
        profiles.add(vault, "x", Selection(tag="nope"))
    with pytest.raises(InvalidInput):
        profiles.add(vault, "x", Selection(tag="CA"), ["salary"])
    profiles.add(vault, "x", Selection(ids=ids[:1]))
    assert [p.name for p in profiles.list_all(vault)] == ["x"]
    profiles.remove(vault, "x")
    with pytest.raises(NotFound):
        profiles.remove(vault, "x")


def test_disclosed_fields_are_what_the_format_carries(filled, tmp_path):
    vault, ids, _ = filled
    leaves = exports.export_file(vault, exports.ExportSpec("vcard"), tmp_path / "a.vcf")
    assert "memberships" not in leaves.fields and "contributions" not in leaves.fields
    assert leaves.memberships == 0 and "emails" in leaves.fields
    spec = exports.ExportSpec("json", fields=["given", "memberships"])
    leaves = exports.export_file(vault, spec, tmp_path / "a.json")
    assert leaves.fields == ["id", "given", "memberships"] and leaves.memberships == 1
    assert profiles.disclosures(vault, ids[0])[0].fields == ["id", "given", "memberships"]
