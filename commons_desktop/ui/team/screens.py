"""``make screenshots``: the Team page, the Conflicts page with real conflicts, and the "Join a team" dialog — made
with real parts. The demo vault becomes a team vault (services/team.py init) exchanging through a real folder; a NEW
laptop's vault (its own, created like any) joins it from its Team page's join dialog (an invitation written to an
age key, the join a job of the worker bridge as when clicked); both laptops are named, then both change the same
person's notes and email before syncing through the folder: the conflicts on the Conflicts page are the ones the
merge queued, with who set each value on which laptop. Each page is taken at the usual size and at 1024x600."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ...services import authors, devices, lists, sync, team
from ...sync import segments as seg

SMALL = (1024, 600)
# the laptops' names, and the person using the new one (the demo's own author is set by screenshots.py)
NAMES = {"fr": ("Secrétariat", "Trésorerie", "Bruno"), "en": ("Office", "Treasurer's laptop", "Bruno")}
PASSPHRASE = "la trésorerie a son propre portable"


def shoot(desktop, session, work: Path, grab, language: str, ident: str) -> None:
    """``grab(widget, name)`` saves one screenshot; ``ident``: the person both laptops change."""
    from ..config import DesktopConfig
    from ..desktop import Desktop
    from ..worker import SynchronousPool, WorkerBridge

    window, vault = desktop.window, desktop.vault
    office, treasurer, bruno = NAMES.get(language, NAMES["en"])
    share = work / language / "Syncthing" / "rue-haute"  # a folder Syncthing keeps alike on both laptops
    share.mkdir(parents=True)
    team.init(vault)
    devices.set_name(vault, office)
    folder = team.add_folder(vault, share).name
    _sync(vault, folder)
    identity, recipient = seg.new_identity()
    invitation = work / f"invitation-{language}.age"
    invitation.write_bytes(team.invite(vault, recipient=recipient))
    key = work / f"laptop-{language}.key"
    key.write_text(f"# the new laptop's age key\n{identity}\n")
    # the new laptop: its own empty vault, joining from its Team page's dialog
    new = session.create(work / f"new-laptop-{language}.commons", PASSPHRASE, name="Locataires de la Rue Haute")
    laptop = Desktop(session, DesktopConfig.load(work / f"laptop-config-{language}"),
                     bridge=WorkerBridge(SynchronousPool()))
    laptop.show_vault(new)
    laptop.window.resize(1366, 800)
    dialog = laptop.window.team.join()
    dialog.invitation.setText(str(invitation))
    dialog.by_key.setChecked(True)
    dialog.key_file.setText(str(key))
    grab(dialog, "34-join-team")
    dialog.accept()  # the join runs as the dialog's job (a synchronous pool: done on return)
    other = laptop.vault
    if lists.people_count(other) == 0:
        raise RuntimeError("the new laptop did not join the demo's team")
    devices.set_name(other, treasurer)
    authors.set_name_here(other, bruno)
    # the same person's notes and email, changed on both laptops before they sync: two conflicts
    _change(other, ident, "Passe le jeudi après 18 h", "home")
    _sync(other, team.transports(other)[0].name)
    _change(vault, ident, "Vient le mardi soir\nPréfère le courriel\nClés de la cave", "other")
    _sync(vault, folder)
    laptop.quit()
    laptop.window.close()
    size = window.size()
    window.statusBar().clearMessage()  # (the last screens' message)
    window.show_section("team")
    page = window.team
    page.devices.setCurrentCell(next(r for r in range(page.devices.rowCount())
                                     if not page.devices.item(r, 0).text().startswith(office)), 0)
    grab(window, "32-team")
    window.show_section("conflicts")
    conflicts = window.conflicts
    notes = next(row for row, q in enumerate(conflicts.found) if q.field == "notes")
    conflicts.table.setCurrentCell(notes, 0)  # a value on several lines, side by side
    grab(window, "33-conflicts")
    _stack_minimum(window, 1)  # the widest page's minimum (the people list's) set aside for these
    window.resize(*SMALL)
    window.show_section("team")
    grab(window, f"32b-team-{SMALL[0]}x{SMALL[1]}")
    window.show_section("conflicts")
    conflicts.table.setCurrentCell(1 - notes, 0)  # an element of a list: Keep both too
    grab(window, f"33b-conflicts-{SMALL[0]}x{SMALL[1]}")
    _stack_minimum(window, 0)
    window.resize(size)


def _sync(vault, name: str) -> None:
    outcomes = sync.run(vault, None, [name])  # type: ignore[arg-type]  (a folder needs no password)
    failed = {n: o.error for n, o in outcomes.items() if o.error}
    if failed:
        raise RuntimeError(f"team sync failed: {failed}")


def _change(vault, ident: str, notes: str, kind: str) -> None:
    """The person's notes, and the kind of their last email (one element of a list: it can keep both)."""
    person = lists.person(vault, ident)
    person.notes = notes
    last = person.emails[-1]
    person.emails = [*person.emails[:-1], replace(last, kind=kind)]
    lists.save_person(vault, ident, person)


def _stack_minimum(window, size: int) -> None:
    window.stack.setMinimumSize(size, size)
    for layout in (window.centralWidget().layout(), window.layout()):
        layout.invalidate()
        layout.activate()
