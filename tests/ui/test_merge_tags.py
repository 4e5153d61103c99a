"""Possible duplicates and the merge dialog; tags and saved searches; the vault history screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from commons_desktop.core.model import Email, Organisation, Person, Phone, Relationship
from commons_desktop.services import history, lists, members
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

LEFT = Qt.MouseButton.LeftButton


def test_merge_two_duplicates(make_desktop, vault, qtbot):
    people = People(vault)
    a = people.add(Person(given="Émilie", family="Dupré", emails=[Email("emilie@exemple.org")], notes="Trésorière"))
    b = people.add(Person(given="Emilie", family="Dupré-Martin", emails=[Email("EMILIE@exemple.org")],
                          phones=[Phone("+32 470 12 34 56")], notes="Vient le mardi"))
    people.add(Person(given="Paul", family="Other"))
    org = Organisations(vault).add(Organisation(name="Comité Jambes"))
    Relationships(vault).add(Relationship("member_of", b.id, org.id))
    members.join(vault, b.id, start=date(2025, 1, 1), end=date(2026, 1, 1))
    members.add_contribution(vault, b.id, "15", when=date(2025, 1, 5))
    doc = Documents(vault).add("Adhésion", b"formulaire", "adhesion.txt", "text/plain", [("person", b.id)])
    lists.bulk_tag(vault, [b.id], "bénévole")

    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.show_section("duplicates")
    view = window.duplicates
    assert len(view.pairs) == 1
    assert view.table.item(0, 2).text() == "Same email: emilie@exemple.org"
    view.table.selectRow(0)
    qtbot.mouseClick(view.compare_button, LEFT)
    dialog = view.dialog
    assert dialog.isVisible()
    assert set(dialog.choices) == {"given", "family", "notes"}
    dialog.choices["family"][1].setChecked(True)  # keep the family name of record B
    assert dialog.plan() == (a.id, b.id, {"family"})
    qtbot.mouseClick(dialog.merge_button, LEFT)
    assert not dialog.isVisible()

    kept = lists.person(vault, a.id)
    assert (kept.given, kept.family) == ("Émilie", "Dupré-Martin")
    assert kept.notes == "Trésorière\n\nVient le mardi"
    assert [p.number for p in kept.phones] == ["+32 470 12 34 56"] and len(kept.emails) == 1
    assert kept.tags == ["bénévole"]
    assert members.status_of(vault, a.id, date(2025, 6, 1))[0] == "active"
    assert len(members.list_contributions(vault, person_id=a.id)) == 1
    assert lists.document(vault, doc.id).links == [("person", a.id)]
    assert [r.from_id for r in Relationships(vault).of(org.id)] == [a.id]
    assert lists.people_count(vault) == 2  # B is tombstoned...
    assert People(vault).get(b.id, include_deleted=True).deleted
    assert [e.op for e in history.entries(vault, b.id)][:2] == ["merge", "delete"]  # ...and its history kept
    assert history.entries(vault, a.id)[0].fields == {"merged": b.id}
    assert view.pairs == [] and "1 memberships, 1 contributions, 1 documents" in window.statusBar().currentMessage()
    assert window.people.model.rowCount() == 2


def test_not_the_same_person(make_desktop, vault, qtbot):
    people = People(vault)
    people.add(Person(given="Jean", family="Martin"))
    people.add(Person(given="JEAN", family="Martin"))
    desktop = make_desktop()
    desktop.show_vault(vault)
    desktop.window.show_section("duplicates")
    view = desktop.window.duplicates
    assert view.table.item(0, 2).text() == "Same name"
    view.table.selectRow(0)
    qtbot.mouseClick(view.dismiss_button, LEFT)
    assert view.pairs == []


def test_tags_and_saved_searches(make_desktop, people_vault, qtbot):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    window = desktop.window
    ids = lists.people_ids(people_vault, lists.PeopleQuery())
    lists.bulk_tag(people_vault, ids[:4], "CA")
    people = window.people
    people.search_timer.setInterval(0)
    qtbot.keyClicks(people.search, "liege")
    qtbot.waitUntil(lambda: people.model.rowCount() == 167)
    people.ask.answers.append("Liège")
    qtbot.mouseClick(people.save_search_button, LEFT)
    window.show_section("tags")
    tags = window.tags
    assert tags.tags.count() == 1 and tags.tags.item(0).text() == "CA (4)"
    assert tags.searches.count() == 1 and tags.searches.item(0).text() == "Liège — liege"
    tags.tags.itemActivated.emit(tags.tags.item(0))
    assert window.current_section() == "people"
    assert people.model.rowCount() == 4 and people.tag_filter.currentData() == "CA" and people.search.text() == ""
    window.show_section("tags")
    tags.searches.itemActivated.emit(tags.searches.item(0))
    assert people.model.rowCount() == 167 and people.search.text() == "liege"
    assert people.tag_filter.currentIndex() == 0


def test_vault_history_screen(make_desktop, people_vault):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    lists.bulk_tag(people_vault, lists.people_ids(people_vault, lists.PeopleQuery())[:2], "x")
    desktop.window.show_section("history")
    table = desktop.window.history.table
    assert table.rowCount() == 300
    assert table.item(0, 2).text() == "tagged" and table.item(0, 4).text() == "x"
    assert table.item(0, 3).text().startswith("person: Given")
