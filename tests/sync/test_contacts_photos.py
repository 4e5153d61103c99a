"""Contact photos over the address book's limit, scaled by ui/photo_scale.py, against a real Radicale: a 3-4 MB
noisy photo linked to a person of a profile carrying documents arrives in a card under 1 MB whose PHOTO is the same
picture (same aspect ratio), the next sync sends nothing (the scaling gives the same bytes again); a hostile image
is left out and the sync goes on; `commons sync` scales too. Without a scaler the photo is left out
(tests/sync/test_contacts.py)."""

from __future__ import annotations

import json
import uuid

from PySide6.QtGui import QImage

from commons_desktop.exchange.selection import Selection
from commons_desktop.services import profiles, sync
from commons_desktop.ui.photo_scale import scale_photo
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.people import People
from tests.cli.conftest import cli, cli_env, populated_template  # noqa: F401 - the CLI fixtures
from tests.sync.conftest import PASSWORDS
from tests.sync.test_cli_servers import commons, fed_vault  # noqa: F401 - the federation vault and its CLI
from tests.sync.test_contacts import FIELDS, book, stored  # noqa: F401 - the address book fixture
from tests.ui.photos import card_photo, noisy_jpeg, png_declaring

LIMIT = 1024 * 1024


def photo() -> bytes:
    data = noisy_jpeg(2400, 1600)
    assert 3_000_000 < len(data) < 4_500_000, len(data)
    return data


def assert_scaled(card: str) -> None:
    """The card under 1 MB, its PHOTO a JPEG of the photo's 3:2 aspect ratio."""
    assert len(card.encode("utf-8")) < LIMIT
    found = card_photo(card)
    assert found is not None, card[:400]
    data, kind = found
    assert kind.lower() in ("jpeg", "image/jpeg")
    image = QImage.fromData(data)
    assert not image.isNull() and image.width() > 500
    assert abs(image.width() / image.height() - 1.5) < 2 / image.height()


def test_a_large_photo_is_scaled_under_the_limit_and_a_hostile_one_left_out(book):  # noqa: F811
    vault, ids, radicale, p, secrets, path = book
    profiles.remove(vault, "carnet")
    profiles.add(vault, "carnet", Selection(tag="carnet"), [*FIELDS, "documents"])
    docs = Documents(vault)
    docs.add("Photo", photo(), "emilie.jpg", "image/jpeg", [("person", ids["emilie"])])
    hostile = png_declaring(100_000, 100_000, rows=2) + bytes(2_000_000)  # over the limit: the scaler is asked
    docs.add("Photo", hostile, "marc.png", "image/png", [("person", ids["marc"])])
    out = sync.run(vault, secrets, ["book"], scale_photo=scale_photo)["book"]
    assert out.error is None and out.counts.sent == 3, out
    files = stored(radicale, path)
    assert_scaled(files[f"{ids['emilie']}.vcf"])
    marc = files[f"{ids['marc']}.vcf"]
    assert "PHOTO" not in marc and "marc@exemple.org" in marc  # left out, his card there all the same
    again = sync.run(vault, secrets, ["book"], scale_photo=scale_photo)["book"]
    assert again.error is None and again.counts.sent == 0 and again.requests <= 2, again


def test_commons_sync_scales_the_photos_of_a_contacts_server(commons, fed_vault, radicale, proxy,  # noqa: F811
                                                             vault_key):
    path, _ = fed_vault
    with Vault.open(path, key=vault_key) as v:
        people = People(v)
        (emilie,) = [i for i in people.ids() if people.get(i).given == "Émilie"]
        Documents(v).add("Photo", photo(), "emilie.jpg", "image/jpeg", [("person", emilie)])
    address = f"/alice/{uuid.uuid4().hex}/"
    p = proxy(radicale.port)
    assert commons("server", "add", "book", "--kind", "carddav", "--url", p.url(address), "--user", "alice",
                   "--profile", "site", "--password-stdin", stdin=PASSWORDS["alice"] + "\n").code == 0
    assert commons("server", "test", "book", "--create").code == 0
    r = commons("--json", "sync", "book")
    assert r.code == 0 and json.loads(r.out)["servers"]["book"]["sent"] == 2, (r.out, r.err)
    assert_scaled(stored(radicale, address)[f"{emilie}.vcf"])


def test_commons_sync_loads_no_qt_without_a_contacts_server(populated_template):  # noqa: F811
    from tests.cli.test_command_table import _modules_after
    code, out, modules = _modules_after("--vault", str(populated_template.path), "sync")
    assert code == 0 and "no servers" in out
    assert "PySide6" not in {m.split(".")[0] for m in modules} and "commons_desktop.ui.photo_scale" not in modules
