"""The layers of DESIGN.md: imports point down only, and no Qt outside ui/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "commons_desktop"
RANK = {"core": 0, "vault": 1, "exchange": 2, "sync": 2, "services": 3, "cli": 4, "ui": 4}


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(parts[:len(parts) - node.level])  # parts end with the module (or __init__)
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((module, node.lineno))
    return found


def _layer(path: Path) -> str | None:
    rel = path.relative_to(PACKAGE).parts
    return rel[0] if len(rel) > 1 else None


def test_no_qt_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if _layer(path) == "ui":
            continue
        for module, line in _imports(path):
            if module.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
    assert offenders == []


def test_imports_point_down_only():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        layer = _layer(path)
        if layer not in RANK:
            continue
        for module, line in _imports(path):
            parts = module.split(".")
            if parts[0] != "commons_desktop" or len(parts) < 2 or parts[1] not in RANK:
                if parts[0] == "commons_desktop" and len(parts) >= 2 and parts[1] == "app":
                    offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports the composition root")
                continue
            target = parts[1]
            if target != layer and RANK[target] >= RANK[layer]:
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} ({layer}) imports {module}")
    assert offenders == []


def test_the_ui_reaches_the_vault_only_through_services():
    """DESIGN.md's layers, "ui -> services -> exchange/sync -> vault -> core": ui/ asks services/ for everything it
    needs of the vault (use-cases, and the types they take and give, e.g. services/servers.ServerSecrets). DESIGN.md
    names no exception, so none here: no ui/ module imports a vault/ module, at the top, lazily inside a function, or
    by name. (A Vault object ui/ is handed by services/ and passes back to them needs no import.)"""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for module, line in _imports(path):
            if module == "commons_desktop.vault" or module.startswith("commons_desktop.vault."):
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
        offenders += [f"{path.relative_to(PACKAGE)} names {ref}"
                      for ref in re.findall(r"commons_desktop\.vault\b[\w.]*", path.read_text("utf-8"))]
    assert offenders == []


HEADLESS = ("commons_desktop.ui.pdf", "commons_desktop.ui.photo_scale")  # what the CLI may load by name


def test_the_cli_never_imports_the_gui():
    """The CLI runs without any GUI code. Two deliberate exceptions, loaded by name, lazily, so that every other
    command works on a machine without Qt: the headless PDF renderer (ui/pdf: QtGui only, no widgets) for the PDF
    commands, and the photo scaler (ui/photo_scale.py: QtGui only) when a contacts server syncs. Any other
    reference to ui/ from the CLI, static or by name, fails here."""
    for path in (PACKAGE / "cli").rglob("*.py"):
        for module, line in _imports(path):
            assert not module.startswith("commons_desktop.ui"), f"{path}:{line} imports {module}"
        text = path.read_text("utf-8")
        for ref in re.findall(r"commons_desktop\.ui[\w.]*", text):
            assert ref.startswith(HEADLESS), f"{path} refers to {ref}"


def test_the_photo_scaler_needs_no_widgets():
    for module, line in _imports(PACKAGE / "ui" / "photo_scale.py"):
        assert "QtWidgets" not in module and not module.startswith("commons_desktop"), f"photo_scale.py:{line} {module}"


def test_the_pdf_renderer_needs_no_widgets():
    for path in (PACKAGE / "ui" / "pdf").rglob("*.py"):
        for module, line in _imports(path):
            assert "QtWidgets" not in module, f"{path}:{line} imports {module}"
            if module.startswith("commons_desktop.ui"):
                assert module.startswith("commons_desktop.ui.pdf"), f"{path}:{line} imports {module}"
