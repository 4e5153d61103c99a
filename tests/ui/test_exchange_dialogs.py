"""The Exchange menu driven like a user against real vaults: import a CSV (preview, row errors, nothing
imported, then the fixed file), export the list's selection (what leaves, the disclosure on the person),
partners and a bundle received by a second vault that accepts the sender."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from commons_desktop.core.model import Email, Person
from commons_desktop.exchange import identity
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import bundles, lists, partners, profiles
from commons_desktop.services.lists import PeopleQuery
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People

LEFT = Qt.MouseButton.LeftButton

BAD = ("Prénom;Nom;Courriel;Ville;Zone\n"
       "Ada;Lovelace;ada@example.org;London;Nord\n"
       "Bob;Martin;bob@@example;Paris;Sud\n"
       "Cléo;Durand;cleo@example.org;Lyon;Est\n")


@pytest.fixture
def window(make_desktop, vault):
    People(vault).add_many([Person(given=f"Given{n}", family=f"Family{n}", emails=[Email(f"p{n}@example.org")])
                            for n in range(5)])
    desktop = make_desktop()
    desktop.show_vault(vault)
    desktop.window.desktop = desktop
    return desktop.window


def test_import_a_csv_with_a_bad_row_imports_nothing_then_the_fixed_file(window, tmp_path, qtbot):
    vault = window.vault
    path = tmp_path / "adherents.csv"
    path.write_text(BAD, encoding="utf-8")
    window.exchange.import_action.trigger()
    dialog = window.exchange.dialogs["import"]
    window.ask.answers.append(str(path))
    qtbot.mouseClick(dialog.choose_button, LEFT)

    assert dialog.mapping.field_of("Courriel") == "email" and dialog.mapping.field_of("Zone") == "ignore"
    assert dialog.preview.shown_lines() == [3]  # the rows with an error, with their line in the file
    detail = dialog.preview.model.data(dialog.preview.model.index(0, 5))
    assert "bob@@example" in detail
    assert "2 new" in dialog.preview.summary.text() and "1 invalid" in dialog.preview.summary.text()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert lists.people_count(vault) == 5  # nothing imported

    path.write_text(BAD.replace("bob@@example", "bob@example.org"), encoding="utf-8")
    window.ask.answers.append(str(path))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    dialog.mapping.choose("Zone", "custom:Zone")  # an unrecognised column kept as a custom field
    assert "3 new" in dialog.preview.summary.text()
    assert dialog.import_button.isEnabled()

    def cancel_at_once(_job):  # the user presses Cancel as soon as the import starts
        qtbot.mouseClick(dialog.progress.cancel_button, LEFT)

    window.bridge.job_started.connect(cancel_at_once)
    qtbot.mouseClick(dialog.import_button, LEFT)
    window.bridge.job_started.disconnect(cancel_at_once)
    assert "Cancelled" in dialog.message.text() and lists.people_count(vault) == 5  # rolled back
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert lists.people_count(vault) == 8
    assert "Imported" in dialog.preview.summary.text() and not dialog.import_button.isEnabled()
    assert window.people.model.rowCount() == 8  # the list was reloaded
    ada = People(vault).find_by_contact("email", "ada@example.org")
    assert lists.person(vault, ada[0]).custom == {"Zone": "Nord"}

    window.desktop.lock()  # the dialogs close with the vault
    assert window.exchange.dialogs == {} and not dialog.isVisible()


def test_export_the_selection_to_csv_and_see_the_disclosure_on_the_person(window, tmp_path, qtbot):
    people = window.people
    people.select_ids(lists.people_ids(window.vault, PeopleQuery())[:3])
    qtbot.mouseClick(people.export_button, LEFT)
    dialog = window.exchange.dialogs["export"]
    assert dialog.selection.kind.currentData() == "ids"
    dialog.choose_format("csv")
    dialog.set_field("phones", False)
    counts = {dialog.leaves_table.item(r, 0).text(): dialog.leaves_table.item(r, 1).text()
              for r in range(dialog.leaves_table.rowCount())}
    assert counts["People"] == "3" and counts["Organisations"] == "0"
    shown = dialog.leaves_fields.text().split(", ")
    assert "email" in shown and "given" in shown and not any(f.startswith("phone") for f in shown)

    target = tmp_path / "selection.csv"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(dialog.export_button, LEFT)
    lines = target.read_text("utf-8-sig").splitlines()  # with a BOM, for spreadsheets
    assert len(lines) == 4 and lines[0].split(",") == shown
    assert "Written" in dialog.message.text()

    people.select_row(0)
    panel = people.editor.disclosures
    people.editor.tabs.setCurrentWidget(panel)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 3).text() == "selection.csv"
    assert "Email" in panel.table.item(0, 4).text()

    report = tmp_path / "access.pdf"  # "everything we hold about you", itself recorded as a disclosure
    window.ask.answers.append(str(report))
    qtbot.mouseClick(panel.report_button, LEFT)
    assert report.read_bytes().startswith(b"%PDF") and panel.table.rowCount() == 2
    people.select_row(4)  # not exported
    assert panel.table.rowCount() == 0


def test_a_bundle_to_a_partner_is_received_by_a_second_vault_accepting_the_sender(
        window, make_desktop, vault_template, tmp_path, qtbot, monkeypatch):
    plans: list[int] = []
    make_plan = bundles.make_plan
    monkeypatch.setattr(bundles, "make_plan", lambda *a, **k: plans.append(1) or make_plan(*a, **k))  # a spy
    path_b = tmp_path / "partner.commons"
    shutil.copyfile(vault_template[0], path_b)
    vault_b = Vault.open(path_b, key=vault_template[1], device="device-b", author="tester")
    vault_b.set_meta("name", "Fédération")
    card_b = partners.show_identity(vault_b)

    window.exchange.partners_action.trigger()
    dialog = window.exchange.dialogs["partners"]
    dialog.new_card.setPlainText(card_b["card"])
    assert card_b["fingerprint"] in dialog.new_fingerprint.text()
    assert dialog.name.text() == "Fédération"
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == card_b["fingerprint"]
    card_a = dialog.fingerprint.text()

    lists.bulk_tag(window.vault, lists.people_ids(window.vault, PeopleQuery())[:2], "coalition")
    window.exchange.export_action.trigger()
    export = window.exchange.dialogs["export"]
    export.choose_format("bundle")
    export.selection.choose("tag", "coalition")
    assert not export.export_button.isEnabled()  # nobody can open it yet
    export.recipients.check_partner("Fédération")
    assert export.leaves.people == 2 and export.export_button.isEnabled()
    bundle = tmp_path / "to-federation.commonsx"
    window.ask.answers.append(str(bundle))
    qtbot.mouseClick(export.export_button, LEFT)
    assert bundle.exists()
    assert profiles.disclosures(window.vault)[0].recipients == ["Fédération"]

    other = make_desktop()
    other.show_vault(vault_b)
    sender_name = partners.show_identity(window.vault)["name"]
    impostor = identity.card_of(identity.generate(sender_name)).text()  # B knows "A" under other keys
    partners.add(vault_b, sender_name, impostor)
    receive = other.window.exchange.open_bundle()
    other.window.ask.answers.append(str(bundle))
    qtbot.mouseClick(receive.choose_button, LEFT)
    assert receive.danger.isVisible() and "CHANGED" in receive.danger.text() and card_a in receive.danger.text()
    assert not receive.accept_button.isVisible() and not receive.import_button.isEnabled()

    partners.remove(vault_b, sender_name)
    other.window.ask.answers.append(str(bundle))
    qtbot.mouseClick(receive.choose_button, LEFT)
    assert not receive.danger.isVisible()
    assert receive.accept_button.isVisible() and card_a in receive.sender_note.text()
    assert not receive.import_button.isEnabled()
    qtbot.mouseClick(receive.accept_button, LEFT)
    assert "2 new" in receive.preview.summary.text()
    planned = len(plans)
    qtbot.mouseClick(receive.import_button, LEFT)
    assert lists.people_count(vault_b) == 2
    assert len(plans) == planned  # the import wrote the preview's plan, planned nothing again
    assert [p.fingerprint for p in partners.list_all(vault_b)] == [card_a]

    other.window.ask.answers.append(str(bundle))  # the same bundle again: a replay, refused
    qtbot.mouseClick(receive.choose_button, LEFT)
    assert receive.report is None and not receive.import_button.isEnabled()
    assert "not newer" in receive.message.text()
    other.quit()


def test_export_through_a_profile_offers_only_its_fields(window, tmp_path, qtbot):
    ids = lists.people_ids(window.vault, PeopleQuery())
    lists.bulk_tag(window.vault, ids[:4], "lettre")
    profiles.add(window.vault, "Lettre d'info", Selection(tag="lettre"), ["given", "family", "emails"])
    window.exchange.export_action.trigger()
    dialog = window.exchange.dialogs["export"]
    dialog.choose_format("vcard")
    dialog.selection.choose("profile", "Lettre d'info")
    offered = [dialog.fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.fields.count())]
    assert offered == ["given", "family", "emails"]
    assert dialog.leaves.people == 4 and set(dialog.leaves.fields) <= {"given", "family", "emails", "id"}
    target = tmp_path / "lettre.vcf"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(dialog.export_button, LEFT)
    text = target.read_text("utf-8")
    assert text.count("BEGIN:VCARD") == 4 and "TEL" not in text
    assert profiles.disclosures(window.vault)[0].profile == "Lettre d'info"


def test_dialogs_refuse_a_fifo_instead_of_hanging(window, tmp_path, qtbot):
    import os
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    window.exchange.import_action.trigger()
    dialog = window.exchange.dialogs["import"]
    dialog.load(str(fifo))  # returns at once (a FIFO would block a plain read forever)
    assert not getattr(dialog, "data", None)
    bundle = window.exchange.open_bundle(str(fifo))
    bundle = bundle or window.exchange.dialogs["bundle"]
    assert not getattr(bundle, "data", None)


def test_save_a_column_mapping_from_the_import_dialog(window, tmp_path, qtbot):
    """The mapping is saved under the name as cleaned (and offered in the list); a name too long is refused with a
    message and nothing saved."""
    from commons_desktop.services import imports

    path = tmp_path / "adherents.csv"
    path.write_text(BAD.replace("bob@@example", "bob@example.org"), encoding="utf-8")
    window.exchange.import_action.trigger()
    dialog = window.exchange.dialogs["import"]
    window.ask.answers.append(str(path))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    dialog.mapping.choose("Zone", "custom:Zone")
    window.ask.answers.append("x" * 101)
    qtbot.mouseClick(dialog.save_mapping_button, LEFT)
    assert "Mapping name" in dialog.message.text() and imports.mappings(window.vault) == []
    window.ask.answers.append("  Adhérents   2026 ")
    qtbot.mouseClick(dialog.save_mapping_button, LEFT)
    assert imports.mappings(window.vault) == ["Adhérents 2026"]
    assert dialog.saved.currentData() == "Adhérents 2026"
    assert imports.mapping(window.vault, "Adhérents 2026")["zone"] == "custom:Zone"
