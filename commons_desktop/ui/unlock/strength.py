"""A rough passphrase strength estimate for the meter (not a guarantee): length, variety, common words."""

from __future__ import annotations

import math
import re

COMMON = {"password", "motdepasse", "123456", "12345678", "azerty", "qwerty", "letmein", "admin", "welcome",
          "bonjour", "soleil", "iloveyou", "monkey", "dragon", "football", "commons", "demo", "secret"}


def entropy_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", passphrase):
        pool += 33
    distinct = len(set(passphrase))
    bits = len(passphrase) * math.log2(max(pool, 2)) * min(1.0, distinct / max(4, len(passphrase) * 0.5))
    lowered = passphrase.casefold()
    if any(word in lowered for word in COMMON):
        bits *= 0.5
    return bits


def score(passphrase: str) -> int:
    """0 (very weak) to 4 (strong)."""
    bits = entropy_bits(passphrase)
    if len(passphrase) < 8 or bits < 28:
        return 0
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4
