"""Images for the photo tests (tests/ui/test_photo_scale.py, tests/sync/test_contacts_photos.py), made by Qt: a noisy
photo JPEG cannot shrink trivially, EXIF orientation written by hand, hostile files, and the photo read back out of
a card."""

from __future__ import annotations

import base64
import random
import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage


def noisy_jpeg(width: int, height: int, quality: int = 90, seed: int = 13) -> bytes:
    """A photo of random pixels (JPEG keeps noise: 2400x1600 at quality 90 is about 3.4 MB)."""
    pixels = random.Random(seed).randbytes(width * height * 3)
    image = QImage(pixels, width, height, width * 3, QImage.Format.Format_RGB888).copy()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", quality)
    return bytes(data.data())


def with_orientation(jpeg: bytes, orientation: int) -> bytes:
    """The JPEG with an EXIF segment saying how it is to be turned (6: a quarter turn clockwise, as phones write a
    portrait photo taken with the sensor in landscape)."""
    entry = struct.pack("<HHII", 0x0112, 3, 1, orientation)
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1) + entry + struct.pack("<I", 0)
    app1 = b"Exif\x00\x00" + tiff
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg[2:]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_declaring(width: int, height: int, rows: int = 0) -> bytes:
    """A PNG whose header declares ``width`` x ``height``, with ``rows`` rows of data (a compression bomb when they
    are all there), cut short when fewer."""
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    packer = zlib.compressobj(9)
    row = b"\x00" + bytes(3 * width)
    body = b"".join(packer.compress(row) for _ in range(rows)) + packer.flush()
    end = _chunk(b"IEND", b"") if rows >= height else b""
    return b"\x89PNG\r\n\x1a\n" + header + _chunk(b"IDAT", body) + end


def card_photo(card: str) -> tuple[bytes, str] | None:
    """The PHOTO of a vCard (3.0 or 4.0) as (bytes, its TYPE or media type), None without one."""
    for line in card.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "").split("\n"):
        name, _, value = line.partition(":")
        if name.split(";")[0].upper() != "PHOTO":
            continue
        if value.startswith("data:"):
            media, _, data = value[5:].partition(";base64,")
            return base64.b64decode(data), media
        kind = [p.split("=", 1)[1] for p in name.split(";")[1:] if p.upper().startswith("TYPE=")]
        return base64.b64decode(value), kind[0] if kind else ""
    return None
