"""Possible duplicates: the selected pair side by side with the fields needed to decide (emails, phones, birth
dates, addresses, organisations, membership), what they share in bold."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from commons_desktop.core.model import Address, Email, Organisation, Person, Phone, Relationship
from commons_desktop.services import members
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

LEFT = Qt.MouseButton.LeftButton


def test_the_pair_side_by_side(make_desktop, vault, qtbot):
    people = People(vault)
    a = people.add(Person(given="Émilie", family="Dupré", emails=[Email("emilie@exemple.org")],
                          phones=[Phone("+32 470 12 34 56", "mobile")], birth_date=date(1984, 3, 2),
                          addresses=[Address("Rue Haute 12\nBâtiment B", "4000", "Liège")]))
    b = people.add(Person(given="Emilie", family="Dupre", emails=[Email("EMILIE@exemple.org", "work")],
                          phones=[Phone("0470 99 99 99")], birth_date=date(1948, 3, 2),
                          addresses=[Address("Place Verte 3", "5000", "Namur")]))
    people.add(Person(given="Jack", family="Smith"))
    org = Organisations(vault).add(Organisation(name="Comité Jambes"))
    Relationships(vault).add(Relationship("member_of", b.id, org.id))
    members.join(vault, a.id, start=date(2025, 1, 1), end=date(2099, 1, 1))
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.show_section("duplicates")
    view = window.duplicates
    assert len(view.pairs) == 1 and view.table.currentRow() == 0
    texts = view.side_by_side.texts
    assert texts["name"] == ("Émilie Dupré", "Emilie Dupre")
    assert texts["emails"] == ("emilie@exemple.org (home)", "EMILIE@exemple.org (work)")
    assert texts["phones"] == ("+32 470 12 34 56 (mobile)", "0470 99 99 99 (mobile)")
    assert texts["birth_date"] == ("03/02/1984", "03/02/1948")  # a typo in a year, or two people
    assert texts["addresses"] == ("Rue Haute 12\nBâtiment B\n4000 Liège (home)", "Place Verte 3\n5000 Namur (home)")
    assert texts["organisations"] == ("", "Comité Jambes")
    assert texts["status"] == ("active", "not a member")
    assert "member_number" not in texts  # neither has one: no empty row
    table = view.side_by_side
    rows = {table.cellWidget(r, 0).text(): r for r in range(table.rowCount())}
    emails = rows["<b>Emails</b>"]
    assert table.cellWidget(emails, 1).text() == "<b>emilie@exemple.org (home)</b>"  # shared: in bold
    assert table.cellWidget(rows["<b>Phones</b>"], 1).text() == "+32 470 12 34 56 (mobile)"  # not shared
    assert table.cellWidget(rows["<b>Addresses</b>"], 1).text() == "Rue Haute 12<br>Bâtiment B<br>4000 Liège (home)"

    qtbot.mouseClick(view.dismiss_button, LEFT)  # not the same person: the pair and the comparison go
    assert view.pairs == [] and table.rowCount() == 0
