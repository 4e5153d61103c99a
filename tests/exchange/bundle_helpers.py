"""Helpers for bundle tests: two partner groups that know each other."""

from __future__ import annotations

from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import bundles, partners
from commons_desktop.services.exports import ExportSpec
from commons_desktop.vault import exchange_store


def pair(a, b) -> None:
    """a and b each add the other as a partner (named 'A' and 'B')."""
    partners.add(b, "A", partners.show_identity(a)["card"])
    partners.add(a, "B", partners.show_identity(b)["card"])


def send(a, path, *, to=("B",), selection: Selection | None = None, **kw):
    return bundles.write(a, ExportSpec("bundle", selection or Selection()), path, partners=list(to), **kw)


def receive(b, data: bytes, mode: str = "update", **kw):
    got = bundles.open_bundle(b, data, **{k: v for k, v in kw.items() if k in ("passphrase", "accept_sender")})
    return bundles.apply(b, got, ImportOptions(mode=mode))


def age_secret(vault) -> str:
    return exchange_store.get_identity(vault).age_secret
