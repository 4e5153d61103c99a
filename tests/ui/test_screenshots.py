"""make screenshots: every main screen renders offscreen (in English and French, on a small demo vault); and every
dialog it opens fits a 1024×600 screen (issue 15): it opens no larger than the screen, its minimum size fits in it,
and no button's or label's words are cut at the size it opened at."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from commons_desktop.ui import i18n, screenshots
from commons_desktop.ui.main_window import MainWindow
from commons_desktop.ui.widgets import screen_fit

from .small_screen import SCREEN, misfits


@pytest.mark.parametrize("language", ["fr", "en"])
def test_screenshots_render_every_main_screen(tmp_path, qapp, monkeypatch, language):
    monkeypatch.setattr(screen_fit, "available", lambda _widget: SCREEN)  # a small laptop's screen
    found, checked = [], set()

    def fits(window, name: str) -> None:
        if window.isWindow() and not isinstance(window, MainWindow):
            checked.add(name.split("-", 1)[1])
            found.extend(misfits(window, name))
        if name.endswith("team-1024x600"):  # the team's folders whole in view: the path is cut in its middle instead
            bar = window.team.folders.horizontalScrollBar()
            if bar.maximum() > 0:
                found.append(f"{name}: the Team page's folders table scrolls sideways")

    try:
        assert screenshots.main([str(tmp_path), "--people", "60", "--lang", language], seen=fits) == 0
    finally:
        i18n.Translations(qapp).apply("en")
    assert found == [], "\n".join(found)
    assert {"welcome", "join", "link-picker", "import-preview", "export-selection", "export-bundle", "export-labels",
            "export-labels-custom", "export-cards", "partners", "bundle-unknown-sender", "bundle-preview",
            "server-add", "server-edit-new-target", "backup", "restore-preview", "restore-older-passphrase",
            "change-passphrase", "settings", "settings-association", "settings-types", "unlock", "join-team"} <= checked
    if language == "en":
        return
    shots = sorted(tmp_path.glob("fr-*.png"))
    names = {p.stem.split("-", 2)[2] for p in shots}
    assert {"welcome", "create-vault", "people", "person-membership", "person-history", "members", "duplicates",
            "organisations", "contributions", "documents", "tags", "history", "settings", "unlock", "import-preview",
            "export-selection", "export-bundle", "partners", "bundle-unknown-sender", "bundle-preview",
            "bundle-changed-keys", "person-shared-with", "servers", "servers-1024x600", "server-add",
            "server-edit-new-target", "home", "join", "settings-association", "settings-types", "home-1024x600",
            "members-1024x600", "contributions-1024x600",
            "person-documents", "person-history-diary", "person-form-street-tags",
            "link-picker", "empty-vault", "welcome-back"} <= names
    # issue 12: a real team (a new laptop joined through a real folder), a real conflict, the join dialog
    assert {"team", "team-1024x600", "conflicts", "conflicts-1024x600", "join-team"} <= names
    assert {"banners-reminder-keyring", "banners-reminder-keyring-1024x600", "backup", "restore-preview",  # the vault's
            "restore-older-passphrase", "change-passphrase", "second-app", "vault-replaced",  # safety
            "vault-replaced-1024x600", "unlock-after-replaced"} <= names
    pages = ("people", "members", "duplicates", "organisations", "contributions", "documents", "tags", "history",
             "team", "conflicts")
    assert {f"{page}-1024x600" for page in pages} <= names  # issue 15: every main page on a small laptop's screen
    for shot in shots:
        image = QImage(str(shot))
        assert not image.isNull() and image.width() >= 300, shot
        if any(shot.stem.endswith(f"-{page}-1024x600") for page in pages):
            assert (image.width(), image.height()) == (1024, 600), shot  # exactly, not a wider window


def test_perf_probe_runs_on_a_vault(people_vault_path, people_template):
    from commons_desktop.ui import perf_probe

    found = perf_probe.measure(str(people_vault_path), people_template[1])
    assert found["people"] == 1000
    assert found["first_rows_ms"] > 0 and found["keystroke_p95_ms"] > 0 and found["scroll_rss_mb"] > 0
    slowest = found["keystroke_slowest"]  # the slowest keys, each with what ran meanwhile
    assert len(slowest) == perf_probe.SLOWEST and slowest[0]["ms"] == found["keystroke_max_ms"]
    assert all(k["text"] and k["cpu_ms"] >= 0 and k["jobs"] >= 0 and isinstance(k["collections"], list)
               for k in slowest)
