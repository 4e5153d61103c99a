"""Numbers shown the way the interface language writes them (25.50 EUR / 25,50 EUR)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale


def money(amount: Decimal, currency: str) -> str:
    return f"{QLocale().toString(float(amount), 'f', 2)} {currency}"
