"""The desktop's sync scheduler gives the contacts sync Qt's photo scaler (ui/photo_scale.py): Sync now, in the
worker thread as the app runs, against a real Radicale, puts a 3-4 MB photo in a card under 1 MB; the photo is
scaled once (the next sync finds it in the scheduler's cache and sends nothing), and the cache is emptied on
locking."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from commons_desktop.services import servers
from commons_desktop.vault.documents import Documents
from tests.sync.conftest import PASSWORDS, proxy, radicale, secrets  # noqa: F401 - the real servers
from tests.sync.federation import federation
from tests.sync.test_contacts import stored
from tests.sync.test_contacts_photos import assert_scaled, photo
from tests.ui.test_servers import CTRL_SHIFT, desktop_for, wait_idle  # noqa: F401 - the desktop on a vault


def test_sync_now_scales_a_contacts_photo(desktop_for, vault, radicale, proxy, secrets, qtbot):  # noqa: F811
    fed = federation(vault)  # profile 'site': Émilie and an organisation, every field, documents included
    Documents(vault).add("Photo", photo(), "emilie.jpg", "image/jpeg", [("person", fed.emilie)])
    path = f"/alice/{uuid.uuid4().hex}/"
    vault_id = servers.vault_id(vault)
    servers.add(vault, secrets, "book", "carddav", proxy(radicale.port).url(path), "alice",
                password=PASSWORDS["alice"], profile="site")
    try:
        servers.test(vault, secrets, "book", create=True)
        desktop = desktop_for()
        window = desktop.window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)  # Sync now
        wait_idle(qtbot, window)
        outcome = window.sync.outcomes["book"]
        assert (outcome.counts.sent, outcome.error) == (2, None)
        assert_scaled(stored(radicale, path)[f"{fed.emilie}.vcf"])
        photos = window.sync.photos
        assert len(photos) == 1
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)  # again: the same card, nothing sent
        wait_idle(qtbot, window)
        outcome = window.sync.outcomes["book"]
        assert (outcome.counts.sent, outcome.error) == (0, None) and len(photos) == 1
        desktop.lock()
        assert len(photos) == 0
    finally:
        secrets.forget(vault_id, "book")
