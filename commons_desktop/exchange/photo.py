"""A contact's photo made small enough for an address book: CardDAV servers refuse cards over their
``max-resource-size`` (Baïkal and Nextcloud: 1 MB), so a photo that does not fit is scaled down (a JPEG, its longer
side halved step by step) until it does. A photo that cannot be read as an image, or is absurdly large in pixels (a
decompression bomb), is left out rather than sent as it is."""

from __future__ import annotations

import io

MAX_PIXELS = 50_000_000          # a photo of more pixels than this is not decoded
SIDES = (1600, 1024, 768, 512, 384, 256, 192, 128, 96, 64)
QUALITY = 85


def fit(content: bytes, media_type: str, budget: int) -> tuple[str, bytes] | None:
    """The photo (media type, bytes) as it is when it is at most ``budget`` bytes, else scaled down as a JPEG until it
    is; None when it cannot be read or never fits."""
    if len(content) <= budget:
        return media_type, content
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as img:
            width, height = img.size
            if width * height > MAX_PIXELS:
                return None
            img.load()
            rgb = img.convert("RGB")
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    for side in SIDES:
        if side >= max(rgb.size) and side != SIDES[0]:
            continue
        small = rgb.copy()
        small.thumbnail((side, side))
        out = io.BytesIO()
        small.save(out, "JPEG", quality=QUALITY)
        if out.tell() <= budget:
            return "image/jpeg", out.getvalue()
    return None
