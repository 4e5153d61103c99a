"""make screenshots: every main screen renders offscreen (here in French, on a small demo vault)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from commons_desktop.ui import i18n, screenshots


def test_screenshots_render_every_main_screen(tmp_path, qapp):
    try:
        assert screenshots.main([str(tmp_path), "--people", "60", "--lang", "fr"]) == 0
    finally:
        i18n.Translations(qapp).apply("en")
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
    assert {"banners-reminder-keyring", "banners-reminder-keyring-1024x600", "backup", "restore-preview",  # the vault's
            "restore-older-passphrase", "change-passphrase", "second-app", "vault-replaced",  # safety
            "vault-replaced-1024x600", "unlock-after-replaced"} <= names
    pages = ("people", "members", "duplicates", "organisations", "contributions", "documents", "tags", "history")
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
