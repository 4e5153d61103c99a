"""The history as a diary (record names, the values each change replaced, lists as elements added and removed), the
undo of any change whose fields were not changed since, and the author of changes: the name given on this computer,
never the account name."""

from __future__ import annotations

import getpass
import json
from datetime import date

import pytest

from commons_desktop.core.changes import Change, FieldSet
from commons_desktop.core.errors import CannotUndo
from commons_desktop.core.model import Address, Email, Person
from commons_desktop.services import authors, history, lists, members
from commons_desktop.services.session import AppDirs, Session
from commons_desktop.vault import changelog
from commons_desktop.vault.erase import erase_person
from commons_desktop.vault.people import People

from ..conftest import PASSPHRASE


def _emilie(vault) -> str:
    return lists.save_person(vault, None, Person(given="Emilie", family="Dupré", emails=[Email("e@exemple.org")],
                                                 addresses=[Address("12 rue Haute\nBâtiment B", "4000", "Liège")]))


def _latest(vault, ident):
    return history.diary(vault, ident, limit=1)[0]


def test_the_diary_names_the_record_and_says_what_each_field_was(vault):
    ident = _emilie(vault)
    person = lists.person(vault, ident)
    person.given = "Émilie"
    person.emails = [Email("e@exemple.org"), Email("emilie@work.example", "work")]
    lists.save_person(vault, ident, person)
    entry = _latest(vault, ident)
    assert entry.record == "Émilie Dupré" and entry.op == "update"
    by_field = {f.field: f for f in entry.fields}
    assert (by_field["given"].old, by_field["given"].new, by_field["given"].known) == ("Emilie", "Émilie", True)
    emails = by_field["emails"]
    assert emails.listed and emails.removed == ()
    assert emails.added == ({"address": "emilie@work.example", "kind": "work"},)
    person.emails = person.emails[1:]
    person.custom = {"role": "trésorière"}
    lists.save_person(vault, ident, person)
    by_field = {f.field: f for f in _latest(vault, ident).fields}
    assert by_field["emails"].removed == ({"address": "e@exemple.org", "kind": "home"},)
    assert by_field["emails"].added == ()
    assert by_field["custom"].added == (("role", "trésorière"),)
    # the whole vault's diary reads the same, a membership is named by its person
    m = members.join(vault, ident, start=date(2026, 1, 1), end=date(2026, 12, 31))
    members.renew(vault, m.id, until=date(2027, 12, 31))
    whole = history.diary(vault, None, limit=20)
    renewal = whole[0]
    assert (renewal.change.entity, renewal.record) == ("membership", "Émilie Dupré")
    assert [(f.field, f.old, f.new) for f in renewal.fields] == [("end", "2026-12-31", "2027-12-31")]
    assert [f.old for e in whole if e.change.entity_id == ident and e.op == "update" for f in e.fields
            if f.field == "given"] == ["Emilie"]


def test_undo_of_an_older_change_while_its_fields_are_untouched(vault):
    ident = _emilie(vault)
    person = lists.person(vault, ident)
    person.given = "Émilie"
    lists.save_person(vault, ident, person)
    first = _latest(vault, ident).seq
    person.family = "Dupré-Martin"
    lists.save_person(vault, ident, person)
    second = _latest(vault, ident).seq
    # the older change's field (given) was not changed since: it can be undone, the later change stays
    assert history.undo_refusal(vault, first) is None
    assert history.undo(vault, first) == ["given"]
    now = lists.person(vault, ident)
    assert (now.given, now.family) == ("Emilie", "Dupré-Martin")
    undo_entry = _latest(vault, ident)
    assert undo_entry.op == "update" and [(f.field, f.old, f.new) for f in undo_entry.fields] == \
        [("given", "Émilie", "Emilie")]
    # undoing the undo redoes; then the first change's field has changed since: refused, and said which
    history.undo(vault, undo_entry.seq)
    assert lists.person(vault, ident).given == "Émilie"
    refusal = history.undo_refusal(vault, first)
    assert refusal.reason == "changed_since" and refusal.fields == ["given"]
    with pytest.raises(CannotUndo):
        history.undo(vault, first)
    assert history.undo_refusal(vault, second) is None
    created = history.entries(vault, ident, limit=100)[-1]
    assert created.op == "create" and history.undo_refusal(vault, created.seq).reason == "kind"
    assert history.undo_refusal(vault, 10_000_000).reason == "no_change"


def test_undo_of_tags_deletions_and_restores(vault):
    ident = _emilie(vault)
    lists.bulk_tag(vault, [ident], "bureau")
    tagged = _latest(vault, ident).seq
    assert history.undo(vault, tagged) == ["tags"]
    assert lists.person(vault, ident).tags == []
    assert history.undo_refusal(vault, tagged).reason == "already"
    untagged = _latest(vault, ident).seq
    history.undo(vault, untagged)
    assert lists.person(vault, ident).tags == ["bureau"]

    lists.bulk_delete_people(vault, [ident])
    deleted = _latest(vault, ident)
    assert deleted.op == "delete" and deleted.record == "Emilie Dupré"
    history.undo(vault, deleted.seq)
    assert lists.person(vault, ident).given == "Emilie"
    assert lists.people_ids(vault, lists.PeopleQuery(text="liege")) == [ident]  # back in the search index
    assert history.undo_refusal(vault, deleted.seq).reason == "already"
    restored = _latest(vault, ident)
    assert restored.op == "restore"
    lists.bulk_delete_people(vault, [ident])
    assert history.undo_refusal(vault, tagged).reason == "record_gone"


def test_an_erased_person_has_nothing_to_undo(vault):
    ident = _emilie(vault)
    person = lists.person(vault, ident)
    person.given = "Émilie"
    lists.save_person(vault, ident, person)
    seq = _latest(vault, ident).seq
    erase_person(vault, ident)
    assert history.undo_refusal(vault, seq).reason == "record_gone"
    entry = next(e for e in history.diary(vault, None, limit=50) if e.seq == seq)
    assert entry.record == "" and entry.change.fields is None


def test_undo_last_change_of_the_record_editor_is_the_same_undo(vault):
    ident = _emilie(vault)
    assert lists.undo_last_change(vault, ident) == []
    person = lists.person(vault, ident)
    person.notes = "Vient le mardi"
    lists.save_person(vault, ident, person)
    assert lists.undo_last_change(vault, ident) == ["notes"]
    assert lists.person(vault, ident).notes == ""


def test_changes_carry_the_name_given_on_this_computer_not_the_account_name(tmp_path):
    dirs = AppDirs(tmp_path / "data", tmp_path / "config", tmp_path / "cache")
    session = Session(dirs, keystore=None)
    path = tmp_path / "club.commons"
    vault = session.create(path, PASSPHRASE, name="Club")
    try:
        People(vault).add(Person(given="Jack"))
        assert changelog.history(vault, limit=1)[0].author == ""  # no name given yet: none, not the account name
        assert authors.set_name_here(vault, "  Anne (secrétaire) ") == "Anne (secrétaire)"
        People(vault).add(Person(given="Jill"))
        assert changelog.history(vault, limit=1)[0].author == "Anne (secrétaire)"
    finally:
        vault.close()
    device_file = json.loads((dirs.config / "device.json").read_text("utf-8"))
    assert set(device_file) == {"device"} and getpass.getuser() not in json.dumps(device_file)
    vault = session.open_with_passphrase(path, PASSPHRASE)  # the name is the vault's, for this computer
    try:
        assert vault.author == "Anne (secrétaire)"
        People(vault).add(Person(given="Joe"))
        assert changelog.history(vault, limit=1)[0].author == "Anne (secrétaire)"
    finally:
        vault.close()
    other = Session(AppDirs(tmp_path / "d2", tmp_path / "c2", tmp_path / "k2"), keystore=None)
    vault = other.open_with_passphrase(path, PASSPHRASE)  # another computer: another device, no name given there
    try:
        assert vault.author == "" and vault.device != changelog.history(vault, limit=1)[0].device
    finally:
        vault.close()


def test_the_value_replaced_is_the_one_the_change_names_by_its_clock(vault):
    """A change received from another laptop replaced the value it names by its clock (``replaced``), even when a
    change made here since was logged before it: the diary shows that value, not the latest one logged."""
    ident = _emilie(vault)
    create = changelog.history(vault, ident, limit=history.WHOLE)[-1]
    person = lists.person(vault, ident)
    person.given = "Émilie"
    lists.save_person(vault, ident, person)  # made here, after the other laptop's change, logged first
    wall, _, counter = create.hlc.partition(".")
    received = Change.update("person", ident, {"given": FieldSet("Emily", create.hlc)},
                             hlc=f"{wall}.{int(counter) + 1:05d}", device="other-laptop", author="Jo")
    with vault.transaction():
        assert changelog.write(vault, received)
    entry = history.diary(vault, ident, limit=1)[0]
    assert (entry.change.device, entry.change.author) == ("other-laptop", "Jo")
    assert [(f.field, f.old, f.new, f.known) for f in entry.fields] == [("given", "Emilie", "Emily", True)]
    # the record's clock says the given name was set here since (it is "Émilie"): that change is not undone over it
    refusal = history.undo_refusal(vault, entry.seq)
    assert refusal is not None and (refusal.reason, refusal.fields) == ("changed_since", ["given"])
    assert lists.person(vault, ident).given == "Émilie"
