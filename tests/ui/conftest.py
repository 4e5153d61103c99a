"""Fixtures of the desktop tests: real vaults in temporary folders, a fake keyring, a fake clock, and
the Desktop built the way app.py builds it (with a synchronous worker pool unless a test wants threads)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from commons_desktop.core.errors import KeyringLocked, KeyringUnavailable
from commons_desktop.core.model import Email, Person, Phone
from commons_desktop.services.session import AppDirs, Session
from commons_desktop.ui.ask import Ask
from commons_desktop.ui.config import DesktopConfig
from commons_desktop.ui.desktop import Desktop
from commons_desktop.ui.worker import SynchronousPool, WorkerBridge
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People

from ..conftest import PASSPHRASE

CITIES = ("Liège", "Namur", "Lyon", "Montréal", "Québec", "Lille")


def type_date(qtbot, field, day) -> None:
    """Type a date into a DateField as a user does: click the first part, then the digits in the order the
    locale writes them (14071962 in French, 07141962 in US English)."""
    from PySide6.QtCore import QDate, QPoint, Qt

    line = field.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(3, line.height() // 2))
    shown = QDate(day.year, day.month, day.day).toString(field.displayFormat())
    qtbot.keyClicks(field, "".join(ch for ch in shown if ch.isdigit()))
    assert field.value() == day, (shown, field.text())


class FakeKeyStore:
    """The keyring seam: a dict, or a keyring that is locked / missing."""

    def __init__(self, mode: str = "ok"):
        self.mode = mode
        self.keys: dict[str, str] = {}

    def _check(self):
        if self.mode == "locked":
            raise KeyringLocked()
        if self.mode == "unavailable":
            raise KeyringUnavailable()

    def remember(self, path, key):
        self._check()
        self.keys[str(Path(path).resolve())] = key.hex

    def recall(self, path):
        self._check()
        from commons_desktop.vault.connection import VaultKey
        found = self.keys.get(str(Path(path).resolve()))
        return VaultKey.from_hex(found) if found else None

    def forget(self, path):
        self._check()
        return self.keys.pop(str(Path(path).resolve()), None) is not None


class FakeClock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def person(n: int) -> Person:
    return Person(given=f"Given{n:05d}", family=f"Family{n % 97:02d}", emails=[Email(f"p{n}@example.org")],
                  phones=[Phone(f"+32 470 {n:06d}")] if n % 3 else [],
                  addresses=[], notes="")


def fill(vault: Vault, count: int) -> list[str]:
    from commons_desktop.core.model import Address
    people = []
    for n in range(count):
        p = person(n)
        p.addresses = [Address(city=CITIES[n % len(CITIES)])]
        people.append(p)
    return People(vault).add_many(people)


@pytest.fixture(autouse=True)
def english_formats():
    """Dates and numbers as the English interface shows them (the test machine's own locale is "C")."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A question the test did not answer fails the test instead of waiting for a click forever."""
    monkeypatch.setattr(Ask, "strict", True)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    """The test runs once in English and once in French (the interface switched, then back to English)."""
    from commons_desktop.ui import i18n

    i18n.Translations(qapp).apply(request.param)
    yield request.param
    i18n.Translations(qapp).apply("en")


@pytest.fixture
def translations(qapp):
    """The interface's translations, for a test to switch (``apply``); English again after the test."""
    from commons_desktop.ui import i18n

    t = i18n.Translations(qapp)
    yield t
    t.apply("en")


@pytest.fixture
def dirs(tmp_path) -> AppDirs:
    return AppDirs(tmp_path / "data", tmp_path / "config", tmp_path / "cache", tmp_path / "Documents")


@pytest.fixture
def keystore() -> FakeKeyStore:
    return FakeKeyStore()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(dirs, keystore, clock) -> Session:
    return Session(dirs, keystore)


@pytest.fixture
def make_desktop(qtbot, session, dirs, clock):
    made = []

    def make(*, threads: bool = False, demo_people: int = 120) -> Desktop:
        bridge = WorkerBridge(None if threads else SynchronousPool())
        desktop = Desktop(session, DesktopConfig.load(dirs.config), bridge=bridge, clock=clock,
                          demo_people=demo_people)
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        desktop.quit()
        for widget in (desktop.window, desktop.start_dialog, desktop.unlock_dialog):
            if widget is not None:
                widget.close()


@pytest.fixture(scope="session")
def people_template(tmp_path_factory, vault_template) -> tuple[Path, str]:
    """A vault holding 1,000 people, made once per session (copied per test: no test writes the template)."""
    src, key = vault_template
    path = tmp_path_factory.mktemp("people") / "people.commons"
    shutil.copyfile(src, path)
    with Vault.open(path, key=key, device="test-device", author="tester") as v:
        fill(v, 1000)
    return path, key


@pytest.fixture
def people_vault_path(tmp_path, people_template) -> Path:
    dst = tmp_path / "people.commons"
    shutil.copyfile(people_template[0], dst)
    return dst


@pytest.fixture
def people_vault(people_vault_path, people_template):
    v = Vault.open(people_vault_path, key=people_template[1], device="test-device", author="tester")
    yield v
    v.close()


__all__ = ["PASSPHRASE", "FakeClock", "FakeKeyStore", "fill", "type_date"]
