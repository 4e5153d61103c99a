"""The macOS build (packaging/macos/build-dmg.sh runs on a Mac, in CI): what can be checked here — the script's
syntax, the Info.plist that declares the version and the two file types, the signing wiring."""

from __future__ import annotations

import plistlib
import subprocess

from .conftest import PACKAGING, meta


def test_the_app_declares_the_version_and_the_file_types():
    info = plistlib.loads(plistlib.dumps(meta.macos_info_plist()))
    assert info["CFBundleShortVersionString"] == meta.version()
    assert info["CFBundleLocalizations"] == ["en", "fr"]
    declared = {d["UTTypeIdentifier"]: d["UTTypeTagSpecification"] for d in info["UTExportedTypeDeclarations"]}
    assert declared == {
        f"{meta.app_id()}.vault": {"public.filename-extension": ["commons"],
                                   "public.mime-type": ["application/x-commons-vault"]},
        f"{meta.app_id()}.bundle": {"public.filename-extension": ["commonsx"],
                                    "public.mime-type": ["application/x-commons-bundle"]}}
    opened = {t for d in info["CFBundleDocumentTypes"] for t in d["LSItemContentTypes"]}
    assert opened == set(declared)


def test_the_build_script_signs_notarizes_and_staples_when_given_a_key():
    script = PACKAGING / "macos" / "build-dmg.sh"
    assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
    text = script.read_text()
    for step in ("hdiutil create", "codesign --force --timestamp --sign", "xcrun notarytool submit",
                 "xcrun stapler staple", "spctl --assess", "--self-test"):
        assert step in text, step
    spec = (PACKAGING / "pyinstaller" / "commons.spec").read_text()
    assert "MACOS_SIGN_IDENTITY" in spec and "entitlements.plist" in spec and "BUNDLE(" in spec
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True)
    assert done.returncode == 2 and "runs on macOS" in done.stderr  # here: says so, builds nothing
