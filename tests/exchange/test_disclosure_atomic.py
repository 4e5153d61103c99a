"""A file never leaves without its disclosure-log entry, and a failed write leaves no entry."""

from __future__ import annotations

import pytest

from commons_desktop.services import exports
from commons_desktop.vault import exchange_log
from tests.full_disk import fail_after


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
    fail_after(monkeypatch, 100)  # the disk fills up after 100 bytes of the file
    with pytest.raises(OSError):
        exports.export_file(vault, exports.ExportSpec("csv"), tmp_path / "out.csv")
    assert len(exchange_log.disclosures(vault)) == before
    assert not list(tmp_path.glob("*out.csv*"))  # no file, no temporary file left
    monkeypatch.undo()
    exports.export_file(vault, exports.ExportSpec("csv"), tmp_path / "out.csv")
    assert len(exchange_log.disclosures(vault)) == before + 1
