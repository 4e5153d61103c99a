"""The table of `commons` commands, and options shared by several commands (the fields of people and organisations)
and turning them into edits.

This module is imported by every run of `commons`, `--version` included: it imports nothing beyond argparse at
load time (a command's own modules, and the services they use, are imported when that command runs).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.errors import InvalidField, Reason

if TYPE_CHECKING:
    from ..services.records import RecordEdit

# Every command of `commons`: name -> (the module under cli/commands/ whose ``register(subparsers)`` adds its parser,
# the one line `commons --help` shows for it). The top-level parser is built from this table alone; the module of
# the command that runs is imported then, and registers its full parser. The line here is the one shown:
# tests/cli/test_command_table.py checks that it is the help the module gives, and that every command a module
# registers is listed here (a new command: a new row).
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("vault", "create a new, empty vault at --vault"),
    "info": ("vault", "what the vault holds: name, schema version, counts per kind of record"),
    "check": ("vault", "check the vault's integrity (every page's HMAC, the WAL's frames, the database, the schema) "
              "without changing anything; exit 1 on damage"),
    "passwd": ("vault", "change the vault's passphrase (an encrypted backup is taken first)"),
    "person": ("person", "people: add, edit, show, list, delete, erase"),
    "org": ("org", "organisations: add, edit, show, list, delete"),
    "member": ("member", "memberships: join, renew, status; the list of membership types"),
    "contribution": ("contribution", "contributions (dues, donations): add, list"),
    "renewals": ("renewals", "memberships to renew: ending within DAYS days, then lapsed ones"),
    "receipt": ("renewals", "a receipt for one contribution, as a PDF"),
    "certificate": ("renewals", "a membership certificate of a person's latest membership, as a PDF"),
    "settings": ("settings", "the association's name, address and IBAN, and its documents' language"),
    "tag": ("tag", "tags on any record: add, remove, list, rename, merge, delete"),
    "search": ("search", "find people and organisations (every word a prefix, accents ignored)"),
    "doc": ("doc", "documents inside the vault: add, add-version, get, list, versions"),
    "history": ("history", "the change log of a record (or of everything), newest first"),
    "backup": ("backup", "write an encrypted backup into DIR, keeping the newest N"),
    "restore": ("backup", "replace the vault by a backup (the current vault is kept aside)"),
    "demo": ("demo", "add a realistic demo collective (French and English names, seeded)"),
    "server": ("server", "the group's servers: add, edit, list, test, remove"),
    "sync": ("sync", "sync with the group's servers (all, or those named)"),
    "conflicts": ("conflicts", "edits made differently on two laptops, and notices: list, resolve"),
    "team": ("team", "several laptops of one collective: init, invite, join, status, remove, folder"),
    "import": ("exchange_import", "import people and organisations from CSV, a spreadsheet (.ods, .xlsx, .xls), "
               "vCard, JSON or a bundle"),
    "mapping": ("exchange_mappings", "saved CSV column mappings (import --save-mapping): list, show, remove"),
    "export": ("exchange_export", "export records to a spreadsheet (.ods, .xlsx), CSV, vCard, JSON, PDF or an "
               "encrypted bundle"),
    "report": ("exchange_export", "everything held about one person, as a PDF (GDPR access request)"),
    "profile": ("exchange_keys", "export profiles: a named selection and the fields it may carry"),
    "identity": ("exchange_keys", "this group's exchange identity"),
    "partner": ("exchange_keys", "partner groups that bundles are exchanged with"),
    "disclosures": ("exchange_keys", "what left the vault, which fields, to whom, when"),
}
COMMANDS_PACKAGE = "commons_desktop.cli.commands"
VAULT_ENV = "COMMONS_VAULT"  # the vault file when --vault is not given

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
            raise InvalidField("custom field", Reason.NOT_KEY_VALUE, item)
        out[key.strip()] = value
    return out


def edit_from_args(args: argparse.Namespace, *, person: bool) -> RecordEdit:
    from ..services.records import ORGANISATION_FIELDS, PERSON_FIELDS, RecordEdit

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
