"""Options shared by several commands (the fields of people and organisations) and turning them into edits."""

from __future__ import annotations

import argparse

from ..core.errors import InvalidField
from ..services.records import ORGANISATION_FIELDS, PERSON_FIELDS, RecordEdit

EDIT_EPILOG = (
    "Options given replace what is stored; options left out keep it. --email/--phone/--language replace "
    "the whole list; --add-email/--remove-email/--add-phone/--remove-phone change one entry. An empty "
    "value clears a field (--notes ''); --custom KEY= removes a custom field. --tag adds a tag, --untag "
    "removes one."
)


def _contact_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--email", action="append", metavar="ADDRESS", help="email address (repeatable)")
    p.add_argument("--phone", action="append", metavar="NUMBER", help="phone number (repeatable)")
    p.add_argument("--street", help="street and number (first postal address)")
    p.add_argument("--postcode", help="postcode")
    p.add_argument("--city", help="city")
    p.add_argument("--region", help="region or province")
    p.add_argument("--country", help="country")
    p.add_argument("--notes", help="free notes")
    p.add_argument("--custom", action="append", metavar="KEY=VALUE", help="custom field (repeatable)")
    p.add_argument("--tag", action="append", metavar="TAG", help="add this tag (repeatable)")


def _edit_only_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--add-email", action="append", default=[], metavar="ADDRESS", help="add one email address")
    p.add_argument("--remove-email", action="append", default=[], metavar="ADDRESS",
                   help="remove one email address")
    p.add_argument("--add-phone", action="append", default=[], metavar="NUMBER", help="add one phone number")
    p.add_argument("--remove-phone", action="append", default=[], metavar="NUMBER", help="remove one phone number")
    p.add_argument("--untag", action="append", default=[], metavar="TAG", help="remove this tag (repeatable)")


def person_options(p: argparse.ArgumentParser, *, edit: bool = False) -> None:
    p.add_argument("--given", help="given name")
    p.add_argument("--family", help="family name")
    p.add_argument("--birth-date", metavar="DATE", help="birth date")
    p.add_argument("--member-number", metavar="NUMBER",
                   help="the association's member number (unique: another person's is refused with exit 4)")
    p.add_argument("--language", action="append", metavar="CODE", help="language spoken, e.g. fr, nl-BE (repeatable)")
    _contact_options(p)
    if edit:
        _edit_only_options(p)


def organisation_options(p: argparse.ArgumentParser, *, edit: bool = False) -> None:
    p.add_argument("--name", required=not edit, help="name of the organisation")
    p.add_argument("--kind", help="kind (association, union, federation, ...)")
    p.add_argument("--website", help="web address")
    _contact_options(p)
    if edit:
        _edit_only_options(p)


def parse_custom(items: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidField("custom field", "expected KEY=VALUE", item)
        out[key.strip()] = value
    return out


def edit_from_args(args: argparse.Namespace, *, person: bool) -> RecordEdit:
    names = PERSON_FIELDS if person else ORGANISATION_FIELDS
    fields = {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}
    address = {n: getattr(args, n) for n in ("street", "postcode", "city", "region", "country")
               if getattr(args, n) is not None}
    return RecordEdit(
        fields=fields, emails=args.email, add_emails=getattr(args, "add_email", []),
        remove_emails=getattr(args, "remove_email", []), phones=args.phone, add_phones=getattr(args, "add_phone", []),
        remove_phones=getattr(args, "remove_phone", []), languages=getattr(args, "language", None) if person else None,
        address=address, custom=parse_custom(args.custom), add_tags=args.tag or [],
        remove_tags=getattr(args, "untag", []),
    )


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value
