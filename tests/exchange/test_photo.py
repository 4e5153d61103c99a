"""Contact photos made to fit an address book's limit: kept as they are when they fit, scaled down as JPEG when not,
left out when they are not images or are decompression bombs."""

from __future__ import annotations

import io
import random

from PIL import Image

from commons_desktop.exchange import photo


def _png(width: int, height: int, noisy: bool = True) -> bytes:
    data = random.Random(width).randbytes(width * height * 3) if noisy else None
    img = Image.frombytes("RGB", (width, height), data) if data else Image.new("RGB", (width, height))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_a_photo_that_fits_is_kept_and_one_that_does_not_is_scaled():
    small = _png(20, 20)
    assert photo.fit(small, "image/png", 10_000) == ("image/png", small)
    big = _png(600, 400)
    media, data = photo.fit(big, "image/png", 20_000)
    assert media == "image/jpeg" and len(data) <= 20_000
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "JPEG" and max(img.size) < 600 and img.size[0] > img.size[1]


def test_what_is_not_an_image_or_too_many_pixels_is_left_out():
    assert photo.fit(b"not an image at all" * 100, "image/jpeg", 100) is None
    bomb = _png(8000, 8000, noisy=False)  # small file, 64 million pixels
    assert len(bomb) < 1_000_000 and photo.fit(bomb, "image/png", 100) is None
    assert photo.fit(_png(300, 300), "image/png", 10) is None  # never fits
