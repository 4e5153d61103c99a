"""vCard unfolding and quoted-printable decoding grow linearly with a value's size (issue 11 item 7: 800,000 soft
line breaks took 84 s, each break copying and re-scanning the whole line so far). One card whose NOTE is
quoted-printable with 100,000 and then 800,000 soft breaks is read by the importer's reader
(``vcard.read_batch``: split, unfold, parse, decode); the floor is the standard library's quoted-printable decoder
(``binascii.a2b_qp``) over the same file. Each size is read three times, alternating, and the fastest kept; the
ratio of the two sizes is 8 for linear work (64 for quadratic)."""

from __future__ import annotations

import binascii

from commons_desktop.exchange import vcard

from .registry import Row, measurement
from .timing import timed

SIZES = (100_000, 800_000)


def card(breaks: int) -> bytes:
    """One character between soft breaks (the shape of the file in the issue): 800,000 breaks make an 800 KB note,
    within the 1 MB a card may hold."""
    body = "=\r\n".join(["a"] * breaks) + "=C3=A9"
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Dupré;Émilie;;;\r\n"
            f"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:{body}\r\nEND:VCARD\r\n").encode()


def fastest(files: dict[int, bytes], read, repeat: int = 3) -> dict[int, float]:
    best = dict.fromkeys(files, float("inf"))
    for _ in range(repeat):
        for n, data in files.items():
            best[n] = min(best[n], timed(lambda data=data: read(data)))
    return best


@measurement("vcard unfolding", federation=False)
def measure(ctx) -> list[Row]:
    files = {n: card(n) for n in SIZES}
    for data in files.values():
        assert not vcard.read_batch(data).errors  # what is measured is the reading of the whole note
    got = fastest(files, vcard.read_batch)
    floor = fastest(files, binascii.a2b_qp)
    small, big = SIZES
    ratio = got[big] / got[small]
    return [
        Row(f"vCard read, one NOTE with {n:,} quoted-printable soft breaks", got[n], "s", floor[n],
            "binascii.a2b_qp over the same file", "grows linearly: 8x the breaks < 16x the time" if n == big else "",
            (ratio < 16) if n == big else None,
            extra={"file MB": round(len(files[n]) / 1e6, 1),
                   **({f"ratio {big:,} / {small:,} breaks": round(ratio, 1)} if n == big else {})})
        for n in SIZES]
