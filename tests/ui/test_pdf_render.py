"""The PDF renderer writes a file readable by its owner alone from its first byte, and all or nothing."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtGui import QTextDocument

from commons_desktop.ui.pdf.render import render_pdf

HTML = "<html><body><h1>Liste des membres</h1><p>Émilie Dupré</p></body></html>"


def test_the_pdf_is_private_while_it_is_written(qapp, tmp_path, monkeypatch):
    target = tmp_path / "list.pdf"
    seen: list[int] = []
    real = QTextDocument.print_

    def printing(self, writer):
        real(self, writer)
        seen.extend(stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir())

    monkeypatch.setattr(QTextDocument, "print_", printing)
    old = os.umask(0o022)
    try:
        render_pdf(HTML, target)
    finally:
        os.umask(old)
    assert seen and all(mode == 0o600 for mode in seen), [oct(m) for m in seen]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF")


def test_a_failed_rendering_leaves_no_file(qapp, tmp_path, monkeypatch):
    target = tmp_path / "list.pdf"
    real = QTextDocument.print_

    def failing(self, writer):
        real(self, writer)
        raise RuntimeError("disk full")

    monkeypatch.setattr(QTextDocument, "print_", failing)
    with pytest.raises(RuntimeError):
        render_pdf(HTML, target)
    assert list(tmp_path.iterdir()) == []
