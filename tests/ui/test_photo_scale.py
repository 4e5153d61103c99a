"""ui/photo_scale.py, the photo scaler the contacts sync is given: a real noisy photo made to fit a limit with its
aspect ratio kept, turned upright by its EXIF orientation, transparency on white, and hostile files (dimensions too
large, a compression bomb, truncated, not an image, SVG) refused before anything is decoded."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QColor, QImage

from commons_desktop.ui.photo_scale import LONG_SIDE, scale_photo
from tests.ui.photos import noisy_jpeg, png_declaring, with_orientation


@pytest.fixture(scope="module")
def photo() -> bytes:
    data = noisy_jpeg(2400, 1600)
    assert 3_000_000 < len(data) < 4_500_000, len(data)
    return data


def decoded(result: tuple[bytes, str] | None) -> QImage:
    assert result is not None
    data, media_type = result
    assert media_type == "image/jpeg" and data.startswith(b"\xff\xd8")
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


@pytest.mark.parametrize("limit", [700_000, 60_000, 8_000])
def test_a_large_photo_fits_the_limit_with_its_aspect_ratio(photo, limit):
    result = scale_photo(photo, "image/jpeg", limit)
    image = decoded(result)
    assert len(result[0]) <= limit
    assert max(image.width(), image.height()) <= LONG_SIDE
    assert abs(image.width() / image.height() - 1.5) < 2 / image.height()


def test_the_exif_orientation_turns_the_photo_upright(photo):
    image = decoded(scale_photo(with_orientation(photo, 6), "image/jpeg", 500_000))
    assert image.height() > image.width() and abs(image.height() / image.width() - 1.5) < 2 / image.width()


def test_transparency_becomes_white_and_the_media_type_is_not_trusted():
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    clear = QImage(1600, 1200, QImage.Format.Format_ARGB32)
    clear.fill(QColor(0, 0, 0, 0))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert clear.save(buffer, "PNG")
    image = decoded(scale_photo(bytes(data.data()), "image/jpeg", 20_000))  # a PNG stored as a JPEG
    assert (image.width(), image.height()) == (1024, 768)
    assert QColor(image.pixel(10, 10)).lightness() > 250


@pytest.mark.parametrize("name, content", [
    ("huge dimensions, truncated", png_declaring(100_000, 100_000, rows=2)),
    ("a compression bomb", png_declaring(6000, 6000, rows=6000)),
    ("a JPEG header of 65535x65535", b"\xff\xd8\xff\xc0\x00\x11\x08\xff\xff\xff\xff\x03\x01\x22\x00\x02\x11\x01\x03"
                                     b"\x11\x01" + bytes(100)),
    ("not an image", b"BEGIN:VCARD\r\n" * 5000),
    ("SVG", b'<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="5000"><rect width="5000" height="5000"/>'
            b'</svg>'),
    ("empty", b""),
])
def test_hostile_content_is_refused_before_it_is_decoded(name, content):
    started = time.perf_counter()
    assert scale_photo(content, "image/png", 100_000) is None, name
    assert time.perf_counter() - started < 2, name  # (refused from the header: nothing decoded)


def test_a_truncated_photo_or_an_impossible_limit_never_raises(photo):
    cut = scale_photo(photo[: len(photo) // 3], "image/jpeg", 200_000)  # libjpeg fills what is missing with grey
    assert cut is None or len(cut[0]) <= 200_000
    assert scale_photo(photo, "image/jpeg", 300) is None    # not even a 32-pixel photo fits
    assert scale_photo(photo, "image/jpeg", 0) is None


def test_the_cache_scales_a_photo_once_per_limit_bounded_and_cleared(photo):
    from commons_desktop.ui.photo_scale import PhotoCache
    cache = PhotoCache()
    first = cache(photo, "image/jpeg", 500_000)
    assert cache(photo, "image/jpeg", 500_000) is first and len(cache) == 1  # remembered, not scaled again
    assert cache(photo, "image/jpeg", 60_000) is not first and len(cache) == 2  # another limit: another scaling
    assert cache(b"not an image", "image/png", 60_000) is None and len(cache) == 3  # a refusal is remembered too
    cache.clear()
    assert len(cache) == 0 and cache(photo, "image/jpeg", 500_000) is not first
    small = PhotoCache(limit=len(first[0]) + 1)  # room for one result: the least recently used goes
    kept = small(photo, "image/jpeg", 500_000)
    small(photo, "image/jpeg", 60_000)
    assert len(small) == 1 and small(photo, "image/jpeg", 500_000) is not kept
