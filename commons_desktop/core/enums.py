"""Closed vocabularies of the domain. Values are stored in the vault; labels are translated at the edge."""

from __future__ import annotations

from enum import StrEnum


class ContactKind(StrEnum):
    HOME = "home"
    WORK = "work"
    MOBILE = "mobile"
    OTHER = "other"


class MembershipStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    LAPSED = "lapsed"
    RESIGNED = "resigned"
    HONORARY = "honorary"


class RelationshipKind(StrEnum):
    MEMBER_OF = "member_of"
    WORKS_AT = "works_at"
    CONTACT_FOR = "contact_for"
    HOUSEHOLD = "household"


class ContributionKind(StrEnum):
    DUES = "dues"
    DONATION = "donation"


class PaymentMethod(StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"
    CARD = "card"
    CHEQUE = "cheque"
    DIRECT_DEBIT = "direct_debit"
    OTHER = "other"
