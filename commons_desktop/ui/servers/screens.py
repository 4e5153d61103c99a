"""``make screenshots``: the Servers page (at the usual size and at 1024x600), the sync state in the status bar, and
the server dialog (adding; editing with a new address and plain http). The servers are made up and never
contacted: their last runs are written as a sync would have written them."""

from __future__ import annotations

from ...exchange.selection import Selection
from ...services import profiles, servers, sync
from ...sync.jobs import Counts

SITE = "https://cloud.example.org/remote.php/dav/files/asso/Site/"


def shoot(window, grab) -> None:
    """``grab(widget, name)`` saves one screenshot."""
    vault, scheduler = window.vault, window.sync
    secrets = scheduler.secrets
    profiles.add(vault, "site", Selection(search="Lyon"))
    servers.add(vault, secrets, "documents", "webdav", SITE, "asso", profile="site")
    servers.add(vault, secrets, "nuage", "webdav", "https://nuage.example.net/dav/asso/", "secretariat",
                profile="site")
    servers.add(vault, secrets, "contacts", "carddav", "https://dav.example.net/asso/contacts/", "asso",
                profile="site")
    servers.log_run(vault, "documents", error=None)
    servers.log_run(vault, "nuage", error="auth", status=401, auth_failed=True)
    servers.log_run(vault, "contacts", error=sync.NOT_AVAILABLE)
    servers.mark_conflict(vault, "documents", "/remote.php/dav/files/asso/Site/budget 2026.ods", "shot")
    scheduler.reload()
    scheduler.timer.stop()  # nothing is contacted while the screens are taken
    scheduler.first.stop()
    scheduler.outcomes["documents"] = sync.Outcome(Counts(sent=3, conflicts=1), requests=9)
    window.show_section("servers")
    page = window.servers
    page.select("documents")
    grab(window, "24-servers")
    page.select("nuage")
    size = window.size()
    _stack_minimum(window, 1)  # the widest page's minimum (the people list's) set aside for this one
    window.resize(1024, 600)
    grab(window, "24b-servers-1024x600")
    _stack_minimum(window, 0)
    window.resize(size)
    dialog = page.add_server()
    dialog.name.setText("archives")
    dialog.url.setText("https://archives.example.org/dav/")
    dialog.user.setText("asso")
    dialog.password.setText("app-token")
    grab(dialog, "24c-server-add")
    dialog.reject()
    page.select("documents")
    dialog = page.edit_server()
    dialog.url.setText("http://192.0.2.10/dav/asso/Site/")
    grab(dialog, "24d-server-edit-new-target")
    dialog.reject()


def _stack_minimum(window, size: int) -> None:
    window.stack.setMinimumSize(size, size)
    for layout in (window.centralWidget().layout(), window.layout()):
        layout.invalidate()
        layout.activate()
