"""The exchange screens for ``make screenshots`` (ui/screenshots.py): import with a bad row, export of the
list's selection, partners and identity, a bundle from an unknown sender, and the person's "Shared with" tab.
Everything happens in the screenshots' temporary folder, with invented people."""

from __future__ import annotations

from pathlib import Path

SPREADSHEET = ("Prénom;Nom;Courriel;Téléphone;Code postal;Ville;Cotisation;Zone\n"
               "Awa;Diallo;awa.diallo@example.org;+33 6 12 34 56 78;69003;Lyon;15;Nord\n"
               "Bruno;Lefèvre;bruno.lefevre@@example.org;;59000;Lille;15;Sud\n"
               "Chloé;Martin;chloe.martin@example.org;+32 470 12 34 56;4000;Liège;;Est\n"
               "Driss;Benali;driss.benali@example.org;06 98 76 54 32;13001;Marseille;20;Ouest\n")
PARTNER = "Fédération du Nord"


def shoot(window, session, work: Path, grab) -> None:
    """``grab(widget, name)`` saves one screenshot; ``session`` (services/session.Session) makes the partner's vault."""
    from ...exchange import identity
    from ...services import partners

    exchange, people = window.exchange, window.people
    sheet = work / "adherents.csv"
    sheet.write_text(SPREADSHEET, encoding="utf-8")
    dialog = exchange.open_import(str(sheet))
    grab(dialog, "17-import-preview")
    dialog.reject()

    people.select_ids(people.model.ids_of(range(3, 9)))
    dialog = exchange.open_export(people.selected_ids())
    dialog.choose_format("csv")
    dialog.set_field("phones", False)
    grab(dialog, "18-export-selection")
    window.ask.answers.append(str(work / "selection.csv"))
    dialog.export()
    dialog.choose_format("bundle")
    grab(dialog, "19-export-bundle")
    _printing(dialog, grab)
    dialog.reject()

    bundle, fingerprint = _partner_bundle(window.vault, session, work)
    dialog = exchange.open_partners()
    dialog.new_card.setPlainText(identity.card_of(identity.generate("Coordination Sud")).text())
    dialog.add_partner()
    dialog.new_card.setPlainText(_partner_card(session, work))
    grab(dialog, "20-partners")
    dialog.reject()

    dialog = exchange.open_bundle(str(bundle))
    grab(dialog, "21-bundle-unknown-sender")
    dialog.accept_sender()
    grab(dialog, "22-bundle-preview")
    dialog.reject()
    impostor = identity.card_of(identity.generate(PARTNER)).text()  # we knew "them" under other keys
    partners.add(window.vault, PARTNER, impostor)
    dialog = exchange.open_bundle(str(bundle))
    grab(dialog, "22b-bundle-changed-keys")
    dialog.reject()
    partners.remove(window.vault, PARTNER)

    people.select_row(3)
    people.editor.tabs.setCurrentWidget(people.editor.disclosures)
    grab(window, "23-person-shared-with")
    people.editor.tabs.setCurrentIndex(0)


def _printing(dialog, grab) -> None:
    """Labels from the fifth position of a sheet, a custom sheet that does not fit (8 rows of 38.1 mm), member
    cards: each at the dialog's own size and on a 1024 x 600 screen."""
    from PySide6.QtCore import QSize

    usual = dialog.size()
    box = dialog.print_box

    def labels() -> None:
        dialog.choose_format("pdf-labels")
        box.sheet.setCurrentIndex(0)
        box.start.setValue(5)

    def custom() -> None:
        box.sheet.setCurrentIndex(box.sheet.findData("custom"))
        box.rows.setValue(8)

    def cards() -> None:
        dialog.choose_format("pdf-cards")
        dialog.selection.choose("all")  # the active members among everyone

    for name, setup in (("19b-export-labels", labels), ("19c-export-labels-custom", custom),
                        ("19d-export-cards", cards)):
        setup()
        for size, tag in ((usual, ""), (QSize(1024, 600), "-1024x600")):
            dialog.resize(size)
            grab(dialog, name + tag)
    dialog.resize(usual)


def _partner_vault(session, work: Path):
    from ...services.records import RecordEdit, add_person

    path = work / "partner.commons"
    if path.exists():
        return session.open_with_passphrase(path, "partner")
    vault = session.create(path, "partner", name=PARTNER)
    for given, family, email, city in (("Élise", "Fontaine", "elise.fontaine@example.org", "Roubaix"),
                                       ("Karim", "Haddad", "karim.haddad@example.org", "Tourcoing"),
                                       ("Lina", "Moreau", "lina.moreau@example.org", "Lille")):
        add_person(vault, RecordEdit(fields={"given": given, "family": family}, emails=[email],
                                     address={"city": city}))
    return vault


def _partner_card(session, work: Path) -> str:
    from ...services import partners

    vault = _partner_vault(session, work)
    try:
        return partners.show_identity(vault)["card"]
    finally:
        vault.close()


def _partner_bundle(ours, session, work: Path) -> tuple[Path, str]:
    """A bundle the partner group wrote for us (we do not know it yet)."""
    from ...exchange.selection import Selection
    from ...services import bundles, partners
    from ...services.exports import ExportSpec

    mine = partners.show_identity(ours)
    vault = _partner_vault(session, work)
    try:
        if not any(p.fingerprint == mine["fingerprint"] for p in partners.list_all(vault)):
            partners.add(vault, mine["name"], mine["card"])
        path = work / f"from-partner-{mine['fingerprint'][:4]}.commonsx"
        bundles.write(vault, ExportSpec("bundle", Selection()), path, partners=[mine["name"]])
        return path, partners.show_identity(vault)["fingerprint"]
    finally:
        vault.close()
