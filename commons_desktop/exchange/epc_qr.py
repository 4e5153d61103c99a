"""The EPC payment QR code ("SEPA credit transfer" QR, EPC069-12, version 002) that European banking apps scan to
fill in a transfer: its text, and the code drawn by ``segno`` as a PNG in memory (never a file).

The text is twelve lines at most, in this order, each on its own line (a field not given is an empty line; empty
lines at the end are left out):

    BCD            service tag
    002            version (the BIC may then be empty inside the EEA)
    1              character set: UTF-8
    SCT            identification: SEPA credit transfer
    BIC            of the beneficiary's bank, 8 or 11 characters, optional
    name           of the beneficiary, 1 to 70 characters
    IBAN           of the beneficiary
    EUR20.00       amount in euro, 0.01 to 999999999.99 (optional)
    purpose        four-letter purpose code (optional)
    reference      structured creditor reference, at most 35 characters (or the text below, never both)
    text           unstructured remittance information, at most 140 characters
    information    beneficiary to originator information, at most 70 characters (optional)

The whole text is at most 331 bytes; the QR code uses error correction level M and version 13 at most."""

from __future__ import annotations

import base64
import io
import re
import unicodedata
from decimal import Decimal

from ..core.errors import InvalidField, Reason

MAX_BYTES = 331
MAX_VERSION = 13
MIN_AMOUNT, MAX_AMOUNT = Decimal("0.01"), Decimal("999999999.99")
_NOT_SEPA = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]+")


def sepa_text(text: str) -> str:
    """Remittance text in the SEPA basic character set every bank carries (a-z, A-Z, 0-9, / - ? : ( ) . , ' + and
    space): accents taken off (Émilie -> Emilie), any other character a space."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(ch))
    return " ".join(_NOT_SEPA.sub(" ", plain).split())


def _line(text: str, limit: int) -> str:
    """One field on one line, cut to ``limit`` characters (a line break inside would shift every later field)."""
    return " ".join((text or "").split())[:limit].strip()


def payload(name: str, iban: str, amount: Decimal | None = None, text: str = "", *, bic: str = "",
            purpose: str = "", reference: str = "", information: str = "") -> str:
    """The text of an EPC QR code (version 002, UTF-8). ``iban``: compact (services.settings checks it)."""
    beneficiary = _line(name, 70)
    if not beneficiary:
        raise InvalidField("name", Reason.EMPTY)
    account = "".join((iban or "").split()).upper()
    if not 5 <= len(account) <= 34:
        raise InvalidField("iban", Reason.NOT_IBAN, account[:40])
    bic = "".join((bic or "").split()).upper()
    if bic and len(bic) not in (8, 11):
        raise ValueError(f"a BIC has 8 or 11 characters: {bic!r}")  # (never typed by a person: a caller's error)
    money = ""
    if amount is not None:
        value = Decimal(amount).quantize(Decimal("0.01"))
        if not MIN_AMOUNT <= value <= MAX_AMOUNT:
            raise InvalidField("amount", Reason.NOT_POSITIVE_AMOUNT, str(amount))
        money = f"EUR{value:.2f}"
    if reference and text:
        raise ValueError("a structured reference and a text cannot both be given")  # (a caller's error)
    lines = ["BCD", "002", "1", "SCT", bic, beneficiary, account, money, _line(purpose, 4), _line(reference, 35),
             _line(text, 140), _line(information, 70)]
    while lines[-1] == "":
        lines.pop()
    out = "\n".join(lines)
    while len(out.encode("utf-8")) > MAX_BYTES:  # only long names and texts in a many-byte script get here
        lines[10] = lines[10][:-1]
        out = "\n".join(lines)
    return out


def png(text: str, scale: int = 8) -> bytes:
    """The QR code of ``text`` as PNG bytes (error correction level M as the EPC requires, a quiet zone of four
    modules)."""
    import segno

    code = segno.make_qr(text.encode("utf-8"), error="m", boost_error=False)
    if code.version > MAX_VERSION:  # 331 bytes fit in version 13 at level M: cannot happen with ``payload``
        raise ValueError("too much text for an EPC QR code")
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def data_uri(text: str) -> str:
    """The QR code of ``text`` as a data: URI for an <img> of the printable HTML (nothing written to disk)."""
    return "data:image/png;base64," + base64.b64encode(png(text)).decode("ascii")
