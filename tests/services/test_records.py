"""People and organisations from field values: add, edit (replace or adjust lists), tags, one transaction each."""

from __future__ import annotations

import pytest

from commons_desktop.core.errors import InvalidField, NotFound
from commons_desktop.core.model import Address, Email, Person, Phone
from commons_desktop.services import records
from commons_desktop.services.records import RecordEdit
from commons_desktop.vault import changelog


def test_apply_edit_replaces_and_adjusts_without_touching_the_original():
    p = Person(given="Ada", emails=[Email("a@x.org", "work")], phones=[Phone("+32 470 11 22 33")],
               addresses=[Address(street="rue 1", city="Namur")], custom={"k": "v"})
    out = records.apply_edit(p, RecordEdit(fields={"family": "L"}, add_emails=["b@x.org", "A@X.ORG"],
                                           remove_phones=["+32470112233"], address={"city": "Liège"},
                                           custom={"k": "", "new": "1"}))
    assert [e.address for e in out.emails] == ["a@x.org", "b@x.org"] and out.emails[0].kind == "work"
    assert out.phones == [] and out.addresses[0].street == "rue 1" and out.addresses[0].city == "Liège"
    assert out.custom == {"new": "1"} and out.family == "L"
    assert p.custom == {"k": "v"} and p.addresses[0].city == "Namur" and len(p.phones) == 1
    cleared = records.apply_edit(out, RecordEdit(address={"street": "", "city": ""}, emails=[]))
    assert cleared.addresses == [] and cleared.emails == []
    with pytest.raises(InvalidField, match="email"):
        records.apply_edit(p, RecordEdit(remove_emails=["nobody@x.org"]))
    with pytest.raises(ValueError):
        records.apply_edit(p, RecordEdit(fields={"name": "x"}))


def test_add_and_edit_person_each_in_one_transaction(vault):
    p = records.add_person(vault, RecordEdit(fields={"given": "Zoé"}, emails=["zoe@exemple.org"], add_tags=["ca"]))
    assert p.tags == ["ca"]
    before = changelog.count(vault)
    with pytest.raises(InvalidField):  # the bad tag comes after the valid field change: all rolled back
        records.edit_person(vault, p.id, RecordEdit(fields={"family": "Martin"}, add_tags=[""]))
    assert changelog.count(vault) == before and records.get_person(vault, p.id).family == ""
    after, changed = records.edit_person(vault, p.id, RecordEdit(fields={"family": "Martin"}, remove_tags=["ca"]))
    assert after.family == "Martin" and after.tags == [] and changed == ["family", "tags"]
    assert records.edit_person(vault, p.id, RecordEdit())[1] == []


def test_invalid_person_writes_nothing(vault):
    before = changelog.count(vault)
    for edit in (RecordEdit(fields={"given": "X"}, emails=["bad"]), RecordEdit(fields={"notes": "no name"}),
                 RecordEdit(fields={"given": "X"}, add_tags=["ok", ""])):
        with pytest.raises(InvalidField):
            records.add_person(vault, edit)
    assert changelog.count(vault) == before


def test_show_list_delete_erase(vault):
    a = records.add_person(vault, RecordEdit(fields={"given": "Émilie", "family": "Dupré"}, add_tags=["t"]))
    b = records.add_person(vault, RecordEdit(fields={"given": "Jack", "family": "Smith"}))
    rows, total = records.list_people(vault, sort="family")
    assert [r.id for r in rows] == [a.id, b.id] and total == 2
    assert records.list_people(vault, tag="t")[1] == 1
    assert records.list_people(vault, text="smi")[0][0].id == b.id
    with pytest.raises(InvalidField):
        records.list_people(vault, sort="shoe")
    d = records.show_person(vault, a.id)
    assert d.person.id == a.id and d.status == "none" and d.memberships == [] and d.totals == {}
    records.delete_person(vault, b.id)
    with pytest.raises(NotFound):
        records.show_person(vault, b.id)
    assert records.erase_person(vault, a.id) == {"membership": 0, "contribution": 0, "relationship": 0, "document": 0}
    assert records.search_records(vault, "emilie") == []


def test_organisations_tags_and_search(vault):
    o = records.add_organisation(vault, RecordEdit(fields={"name": "Maison du Peuple", "website": "mdp.example.org"},
                                                   add_tags=["partenaire"]))
    assert o.tags == ["partenaire"]
    o2, changed = records.edit_organisation(vault, o.id, RecordEdit(fields={"kind": "asbl"}))
    assert o2.kind == "asbl" and changed == ["kind"]
    assert records.show_organisation(vault, o.id).organisation.name == "Maison du Peuple"
    assert [x.id for x in records.list_organisations(vault, text="peuple")[0]] == [o.id]
    p = records.add_person(vault, RecordEdit(fields={"given": "Ada"}))
    assert records.tag_records(vault, "2026", [o.id, p.id]) == 2
    assert {"name": "2026", "count": 2} in records.list_tags(vault)
    before = changelog.count(vault)
    with pytest.raises(NotFound):
        records.untag_records(vault, "2026", [p.id, "no-such-id"])
    assert changelog.count(vault) == before
    assert records.untag_records(vault, "2026", [p.id]) == 1
    assert [h.id for h in records.search_records(vault, "2026")] == [o.id]
    with pytest.raises(InvalidField):
        records.search_records(vault, "x", limit=0)
    records.delete_organisation(vault, o.id)
    assert records.list_organisations(vault)[1] == 0
