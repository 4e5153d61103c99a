"""A contact photo made to fit an address book's size limit (Baïkal and Nextcloud refuse cards over 1 MB): decoded
by Qt, scaled down keeping its aspect ratio, written as JPEG at decreasing quality (then smaller) until it fits.

This is the ``scale_photo`` seam of services/sync (services/sync_contacts.py calls it for a photo too large for the
card): Qt lives in ui/, so the desktop's sync scheduler passes this function and the CLI's ``commons sync`` looks
it up by module name (cli/commands/sync.py PHOTO_MODULE), only when a contacts server syncs. No QApplication is
needed (QImage and QImageReader work without one, in any thread: the desktop syncs in a worker thread).

The content is read as hostile: its format is decided from its bytes (not from the media type it was stored
with) and must be one of the raster formats below (no SVG: no renderer runs on it); its declared dimensions are
read from its header and refused above ``MAX_SIDE`` or ``MAX_PIXELS`` BEFORE anything is decoded; JPEG is decoded
already scaled down (libjpeg's DCT scaling: a 48-megapixel photo never takes 192 MB), the other formats whole, so
they are bounded lower (``WHOLE_PIXELS``); Qt's allocation limit stays as a last bound; anything Qt cannot read
gives None (the photo is left out, the sync goes on). The EXIF orientation is applied (QImageReader's automatic
transformation): the photo shows upright where the EXIF is not read (the JPEG written carries no EXIF).

The contacts sync renders every card at each run (an unchanged card is recognised by its text), so the desktop,
syncing every few minutes, gives it a ``PhotoCache``: each photo is scaled once (about 0.1 s for a 12-megapixel
photo here, against 3 ms to hash it), the results kept in memory only, bounded, and forgotten when the vault locks
or closes (ui/sync_scheduler.py). The CLI, one run per process, calls ``scale_photo`` itself.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

MAX_SIDE = 20_000                   # pixels on a side declared by the header, at most
MAX_PIXELS = 60_000_000             # pixels declared, at most (a 48-megapixel phone photo passes): JPEG
WHOLE_PIXELS = 25_000_000           # the other formats are decoded whole first: 100 MB at most
ALLOCATION_MB = 256                 # Qt's own bound on one decoded image (its default), set explicitly
LONG_SIDE = 1024                    # a contact photo needs no more on its long side
MIN_SIDE = 32                       # never scaled below this on its long side: left out instead
QUALITIES = (85, 70, 55, 40)        # JPEG qualities tried in turn at each size
FORMATS = {b"jpeg", b"png", b"gif", b"webp", b"bmp", b"tiff", b"ppm", b"pgm", b"pbm"}
MEDIA_TYPE = "image/jpeg"
CACHE_BYTES = 32 * 1024 * 1024      # scaled photos kept by a PhotoCache, at most


def scale_photo(content: bytes, media_type: str, max_bytes: int) -> tuple[bytes, str] | None:
    """``content`` as a JPEG of at most ``max_bytes`` bytes, same aspect ratio, upright; None when it cannot be
    (not a readable raster image, declared dimensions too large, a limit too small for a photo of ``MIN_SIDE``).
    ``media_type`` is what the document was stored as: not trusted (the bytes decide)."""
    if max_bytes <= 0 or not content:
        return None
    decoded = _decode(content)
    if decoded is None:
        return None
    image, factor = decoded, 1.0
    width, height = decoded.width(), decoded.height()
    while True:
        data = b""
        for quality in QUALITIES:
            data = _jpeg(image, quality)
            if data and len(data) <= max_bytes:
                return data, MEDIA_TYPE
        if not data or max(image.width(), image.height()) <= MIN_SIDE:
            return None
        # the bytes of a JPEG go roughly with its pixels: shrink by what is missing and a little more (at least
        # 10%), always from the decoded image (the aspect ratio does not drift with each step's rounding)
        factor *= min(0.9, max(0.25, (max_bytes / len(data)) ** 0.5 * 0.9))
        image = decoded.scaled(_scaled(width, height, factor), Qt.AspectRatioMode.IgnoreAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)


def _decode(content: bytes) -> QImage | None:
    """The image, upright, at most ``LONG_SIDE`` on its long side, opaque (alpha on white); None when refused."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(ALLOCATION_MB)
    kind = bytes(reader.format().data()).lower()
    if kind not in FORMATS:
        return None
    declared = reader.size()  # from the header only: nothing decoded yet
    width, height = declared.width(), declared.height()
    most = MAX_PIXELS if kind == b"jpeg" else WHOLE_PIXELS
    if width <= 0 or height <= 0 or width > MAX_SIDE or height > MAX_SIDE or width * height > most:
        return None
    if max(width, height) > LONG_SIDE:
        reader.setScaledSize(_scaled(width, height, LONG_SIDE / max(width, height)))
    image = reader.read()
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        return None
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    return opaque


def _scaled(width: int, height: int, factor: float) -> QSize:
    return QSize(max(1, round(width * factor)), max(1, round(height * factor)))


def _jpeg(image: QImage, quality: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "JPEG", quality)
    buffer.close()
    return bytes(data.data()) if ok else b""


class PhotoCache:
    """``scale_photo`` remembered by (SHA-256 of the content, limit): the same photo under the same room is scaled
    once. Bounded to ``limit`` bytes of results (the least recently used go first); ``clear`` forgets them all.
    Thread-safe (the sync runs in a worker thread, the window clears it from the GUI thread)."""

    def __init__(self, limit: int = CACHE_BYTES):
        self.limit = limit
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[bytes, int], tuple[bytes, str] | None] = OrderedDict()
        self._size = 0
        self._generation = 0   # moved on by clear: a scaling begun before is not kept after

    def __call__(self, content: bytes, media_type: str, max_bytes: int) -> tuple[bytes, str] | None:
        key = (hashlib.sha256(content).digest(), max_bytes)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            generation = self._generation
        result = scale_photo(content, media_type, max_bytes)
        with self._lock:
            if key not in self._items and generation == self._generation:
                self._items[key] = result
                self._size += len(result[0]) if result else 0
            while self._size > self.limit:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped[0]) if dropped else 0
        return result

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0
            self._generation += 1
