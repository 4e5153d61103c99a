"""A Ctrl+C handled the moment SQLite's BEGIN returned (Python raises KeyboardInterrupt in the main thread between
any two bytecodes) does not leave the vault's connection inside a write transaction: before, the program's own
way out — `commons sync` writing "stopped" into the server's log — failed with "cannot start a transaction within
a transaction" and said the vault could not be read (exit 1, not 130), and the vault stayed locked for writers
until the program ended."""

from __future__ import annotations

import pytest

from commons_desktop.core.model import Person
from commons_desktop.vault.people import People


class InterruptedAfterBegin:
    """The vault's connection, where the Ctrl+C lands right after BEGIN came back (the seam: ``vault.conn``)."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, *args):
        cursor = self._conn.execute(sql, *args)
        if sql.startswith("BEGIN"):
            raise KeyboardInterrupt
        return cursor

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_ctrl_c_right_after_begin_leaves_no_transaction_open(vault):
    real = vault.conn
    vault.conn = InterruptedAfterBegin(real)
    try:
        with pytest.raises(KeyboardInterrupt), vault.transaction():
            pytest.fail("the body does not run")
    finally:
        vault.conn = real
    assert not real.in_transaction
    People(vault).add(Person(given="Ana"))  # the next write (the log of a stopped sync) goes in
    assert People(vault).count() == 1
