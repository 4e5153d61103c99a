"""A file never leaves without its disclosure-log entry, and a failed write leaves no entry."""

from __future__ import annotations

import pytest

from commons_desktop.services import exports
from commons_desktop.vault import exchange_log


def test_a_failed_log_removes_the_file(filled, tmp_path, monkeypatch):
    vault = filled[0]
    out = tmp_path / "out.csv"

    def broken(*args, **kwargs):
        raise RuntimeError("the vault could not log")
    monkeypatch.setattr(exchange_log, "log_disclosure", broken)
    with pytest.raises(RuntimeError):
        exports.export_file(vault, exports.ExportSpec("csv"), out)
    assert not out.exists() and not list(tmp_path.glob("out.csv*"))


def test_a_failed_write_logs_nothing(filled, tmp_path, monkeypatch):
    vault = filled[0]
    before = len(exchange_log.disclosures(vault))

    def broken(path, data):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(exports, "write_private", broken)
    with pytest.raises(OSError):
        exports.export_file(vault, exports.ExportSpec("csv"), tmp_path / "out.csv")
    assert len(exchange_log.disclosures(vault)) == before
    monkeypatch.undo()
    exports.export_file(vault, exports.ExportSpec("csv"), tmp_path / "out.csv")
    assert len(exchange_log.disclosures(vault)) == before + 1
