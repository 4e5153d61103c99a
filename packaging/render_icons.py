"""Render the application icon from its SVG source into everything that needs a bitmap:

    resources/icons/hicolor/<N>x<N>/apps/<app id>.png    N = 16 ... 512 (Linux icon theme, the window icon)
    resources/icons/commons-desktop.ico                  Windows (executables, installer, file types)
    resources/icons/commons-desktop.icns                 macOS (the .app and its documents)

    .venv/bin/python packaging/render_icons.py      (after editing the SVG; the results are committed)

Rendered with Qt's SVG renderer (offscreen); .ico and .icns hold PNG images (both formats allow it).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import meta  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
ICONS = meta.ROOT / "resources" / "icons"


def svg_path() -> Path:
    return ICONS / "hicolor" / "scalable" / "apps" / f"{meta.app_id()}.svg"


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{meta.app_id()}.png"


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for s in sizes:
        data = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", len(pngs[s]) + 8) + pngs[s] for s, kind in ICNS_TYPES.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and image plugins
    pngs = {size: render(size) for size in SIZES}
    for size, data in pngs.items():
        png_path(size).parent.mkdir(parents=True, exist_ok=True)
        png_path(size).write_bytes(data)
    (ICONS / "commons-desktop.ico").write_bytes(ico(pngs))
    (ICONS / "commons-desktop.icns").write_bytes(icns(pngs))
    print(f"rendered {len(pngs)} sizes, .ico and .icns into {ICONS}")


if __name__ == "__main__":
    main()
