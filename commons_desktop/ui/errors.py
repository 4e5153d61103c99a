"""Typed errors of the core turned into words, in the user's language (DESIGN: words at the edge)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from ..core import errors as e

FIELDS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "given name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "family name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "birth date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "member number": QT_TRANSLATE_NOOP("Fields", "Member number"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "consent": QT_TRANSLATE_NOOP("Fields", "Consent"),
    "consent date": QT_TRANSLATE_NOOP("Fields", "Consent date"),
    "consent until": QT_TRANSLATE_NOOP("Fields", "Consent until"),
    "custom field name": QT_TRANSLATE_NOOP("Fields", "Custom field name"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "tag": QT_TRANSLATE_NOOP("Fields", "Tag"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end": QT_TRANSLATE_NOOP("Fields", "End"),
    "period start": QT_TRANSLATE_NOOP("Fields", "Period start"),
    "period end": QT_TRANSLATE_NOOP("Fields", "Period end"),
    "membership type": QT_TRANSLATE_NOOP("Fields", "Membership type"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "file name": QT_TRANSLATE_NOOP("Fields", "File name"),
    "address street": QT_TRANSLATE_NOOP("Fields", "Street"),
    "address postcode": QT_TRANSLATE_NOOP("Fields", "Postcode"),
    "address city": QT_TRANSLATE_NOOP("Fields", "City"),
    "address region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "address country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "CA file": QT_TRANSLATE_NOOP("Fields", "CA file"),
    "custom": QT_TRANSLATE_NOOP("Fields", "Custom fields"),
    "custom field": QT_TRANSLATE_NOOP("Fields", "Custom field"),
    "document": QT_TRANSLATE_NOOP("Fields", "Document"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "limit": QT_TRANSLATE_NOOP("Fields", "Limit"),
    "link": QT_TRANSLATE_NOOP("Fields", "Link"),
    "mapping name": QT_TRANSLATE_NOOP("Fields", "Mapping name"),
    "media type": QT_TRANSLATE_NOOP("Fields", "Media type"),
    "merge": QT_TRANSLATE_NOOP("Fields", "Merge"),
    "partner name": QT_TRANSLATE_NOOP("Fields", "Partner name"),
    "profile name": QT_TRANSLATE_NOOP("Fields", "Profile name"),
    "query": QT_TRANSLATE_NOOP("Fields", "Search"),
    "relationship": QT_TRANSLATE_NOOP("Fields", "Relationship"),
    "relationship target": QT_TRANSLATE_NOOP("Fields", "Relationship target"),
    "relationship type": QT_TRANSLATE_NOOP("Fields", "Relationship type"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "server name": QT_TRANSLATE_NOOP("Fields", "Server name"),
    "sort": QT_TRANSLATE_NOOP("Fields", "Sort order"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "until": QT_TRANSLATE_NOOP("Fields", "Until"),
    "url": QT_TRANSLATE_NOOP("Fields", "Address (URL)"),
    "user": QT_TRANSLATE_NOOP("Fields", "User name"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "iban": QT_TRANSLATE_NOOP("Fields", "IBAN"),
    "fee": QT_TRANSLATE_NOOP("Fields", "Fee"),
    "duration": QT_TRANSLATE_NOOP("Fields", "Duration"),
    "your name": QT_TRANSLATE_NOOP("Fields", "Your name"),
}

R = e.Reason
# core.errors.Reason's codes in words (%1: the parameter named in Reason's comments)
REASONS = {
    R.EMPTY: QT_TRANSLATE_NOOP("Reasons", "must not be empty"),
    R.TOO_LONG: QT_TRANSLATE_NOOP("Reasons", "longer than %1 characters"),
    R.NOT_ONE_OF: QT_TRANSLATE_NOOP("Reasons", "must be one of %1"),
    R.LONE_SURROGATE: QT_TRANSLATE_NOOP("Reasons", "holds bytes that are not text in this computer's encoding (UTF-8 "
                                                   "is expected)"),
    R.NOT_EMAIL: QT_TRANSLATE_NOOP("Reasons", "not an email address"),
    R.NOT_PHONE: QT_TRANSLATE_NOOP("Reasons", "not a phone number"),
    R.NOT_DATE: QT_TRANSLATE_NOOP("Reasons", "not a date (expected DD/MM/YYYY or YYYY-MM-DD)"),
    R.NOT_ISO_DATE: QT_TRANSLATE_NOOP("Reasons", "not a date (expected YYYY-MM-DD)"),
    R.NOT_AMOUNT: QT_TRANSLATE_NOOP("Reasons", "not an amount"),
    R.NOT_POSITIVE_AMOUNT: QT_TRANSLATE_NOOP("Reasons", "must be a positive amount"),
    R.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP("Reasons", "at most two decimals"),
    R.NOT_CURRENCY: QT_TRANSLATE_NOOP("Reasons", "not a three-letter currency code"),
    R.NOT_URL: QT_TRANSLATE_NOOP("Reasons", "not a web address"),
    R.NOT_LANGUAGE: QT_TRANSLATE_NOOP("Reasons", "not a language code (e.g. fr, en, nl-BE)"),
    R.TAG_LENGTH: QT_TRANSLATE_NOOP("Reasons", "a tag has 1 to 80 characters"),
    R.NEEDS_NAME: QT_TRANSLATE_NOOP("Reasons", "a person needs a given or a family name"),
    R.IMPLAUSIBLE_BIRTH_DATE: QT_TRANSLATE_NOOP("Reasons", "not a plausible birth date"),
    R.CONSENT_ENDS_BEFORE: QT_TRANSLATE_NOOP("Reasons", "ends before it was given"),
    R.MEMBERSHIP_ENDS_BEFORE: QT_TRANSLATE_NOOP("Reasons", "membership ends before it starts"),
    R.PERIOD_ENDS_BEFORE: QT_TRANSLATE_NOOP("Reasons", "period ends before it starts"),
    R.NEEDS_DATE: QT_TRANSLATE_NOOP("Reasons", "a contribution needs a date"),
    R.NOT_TEXT: QT_TRANSLATE_NOOP("Reasons", "expected text"),
    R.NOT_LIST: QT_TRANSLATE_NOOP("Reasons", "expected a list"),
    R.NOT_TEXT_OBJECT: QT_TRANSLATE_NOOP("Reasons", "expected an object of texts"),
    R.NOT_TEXT_LIST: QT_TRANSLATE_NOOP("Reasons", "expected a list of texts"),
    R.NOT_KEY_VALUE: QT_TRANSLATE_NOOP("Reasons", "expected KEY=VALUE"),
    R.NOT_ON_RECORD: QT_TRANSLATE_NOOP("Reasons", "not on this record"),
    R.AT_LEAST: QT_TRANSLATE_NOOP("Reasons", "must be at least %1"),
    R.RELATED_TO_SELF: QT_TRANSLATE_NOOP("Reasons", "a person cannot be related to themselves"),
    R.MERGED_WITH_SELF: QT_TRANSLATE_NOOP("Reasons", "a record cannot be merged with itself"),
    R.CANNOT_CHOOSE: QT_TRANSLATE_NOOP("Reasons", "cannot choose %1"),
    R.NOT_MEDIA_TYPE: QT_TRANSLATE_NOOP("Reasons", "expected type/subtype"),
    R.LINK_KIND: QT_TRANSLATE_NOOP("Reasons", "documents link to people or organisations"),
    R.DIGEST_MISMATCH: QT_TRANSLATE_NOOP("Reasons", "content does not match its SHA-256"),
    R.RELATION_TARGET: QT_TRANSLATE_NOOP("Reasons", "must be a person or an organisation"),
    R.NOT_PEM_FILE: QT_TRANSLATE_NOOP("Reasons", "not a readable file of PEM certificates"),
    R.LAST_YEAR: QT_TRANSLATE_NOOP("Reasons", "the membership already runs to the last year a date can hold"),
    R.UNKNOWN_RECORD: QT_TRANSLATE_NOOP("Reasons", "links to a record that is neither in the file nor in the vault"),
    R.OVER_SIZE_LIMIT: QT_TRANSLATE_NOOP("Reasons", "over the vault's size limit (%1 MB)"),
    R.NOT_IBAN: QT_TRANSLATE_NOOP("Reasons", "not a valid IBAN (check its letters and digits)"),
    R.MONTHS_RANGE: QT_TRANSLATE_NOOP("Reasons", "must be 0 to %1 months"),
    R.UNKNOWN_TYPE: QT_TRANSLATE_NOOP("Reasons", "not a membership type of this vault (known: %1)"),
    R.ONLY_DUES_RENEW: QT_TRANSLATE_NOOP("Reasons", "only dues renew a membership"),
    R.RENEWAL_NEEDS_END: QT_TRANSLATE_NOOP("Reasons", "a renewal needs the end of the period paid"),
}
# the parameter each reason shows as %1
_PARAM = {R.TOO_LONG: "limit", R.NOT_ONE_OF: "allowed", R.AT_LEAST: "minimum", R.CANNOT_CHOOSE: "fields",
          R.OVER_SIZE_LIMIT: "limit", R.MONTHS_RANGE: "limit", R.UNKNOWN_TYPE: "allowed"}

translate = QCoreApplication.translate


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(field: str) -> str:
    if field in FIELDS:
        return _t("Fields", FIELDS[field])
    for prefix in ("email", "phone", "address"):
        if field.startswith(prefix + " ") and field.endswith(" type"):
            return _t("Fields", FIELDS[prefix])
    if field.startswith("custom field "):
        return field[len("custom field "):]
    return field


def reason_text(reason: str, params: dict | None = None) -> str:
    """A reason code (core.errors.Reason) with its parameters, in words; free text (a call not converted to a code
    yet) is shown as it is."""
    if reason not in REASONS:
        return reason
    text = _t("Reasons", REASONS[reason])
    name = _PARAM.get(reason)
    if name is None:
        return text
    value = (params or {}).get(name, "")
    if reason == R.OVER_SIZE_LIMIT:
        value = value // (1024 * 1024)
    if isinstance(value, int):
        value = QLocale().toString(value)
    elif isinstance(value, list | tuple):
        value = ", ".join(map(str, value))
    return text.replace("%1", str(value))


def describe(exc: BaseException) -> str:
    """One sentence for the user. Never a traceback, never a secret."""
    exchanged = _exchange(exc)
    if exchanged:
        return exchanged
    if isinstance(exc, e.WrongPassphrase):
        return translate("Errors", "Wrong passphrase. Check it (and the keyboard layout) and try again.")
    if isinstance(exc, e.KeyringLocked):
        return translate("Errors", "The keyring of this computer is locked: unlock it, or type the passphrase.")
    if isinstance(exc, e.KeyringUnavailable):
        return translate("Errors", "No secure keyring is available on this computer: type the passphrase.")
    if isinstance(exc, e.VaultNotFound):
        return translate("Errors", "There is no vault at %1.").replace("%1", exc.path)
    if isinstance(exc, e.VaultExists):
        return translate("Errors", "A file already exists at %1.").replace("%1", exc.path)
    if isinstance(exc, e.VaultReplaced):
        return translate("Errors", "The vault file was replaced or moved since it was opened: this change was NOT "
                                   "saved, and nothing more will be saved into the old file. Lock the vault and "
                                   "open it again.")
    if isinstance(exc, e.VaultInUse):
        return vault_in_use(exc)
    if isinstance(exc, e.VaultLocked):
        return translate("Errors", "The vault is in use by another program. Close it there and try again.")
    if isinstance(exc, e.NewerSchema):
        return translate("Errors", "This vault was written by a newer version of Commons Desktop. Please update.")
    if isinstance(exc, e.VaultDamaged):
        return translate("Errors", "The vault is damaged. Restore it from a backup.")
    if isinstance(exc, e.InvalidField):
        return f"{field_label(exc.field)}: {reason_text(exc.reason, exc.params)}"
    if isinstance(exc, e.MemberNumberTaken):
        return translate("Errors", "The member number %1 already belongs to another person.").replace(
            "%1", exc.number)
    if isinstance(exc, e.DocumentTooLarge):
        return translate("Errors", "The file is too large for this vault (limit: %1 MB).").replace(
            "%1", str(exc.limit // (1024 * 1024)))
    if isinstance(exc, e.EmptyDocument):
        return translate("Errors", "“%1” is empty (0 bytes): there is nothing to keep. Check that the file was "
                                   "fully downloaded or copied.").replace("%1", exc.name)
    if isinstance(exc, e.TagExists):
        return translate("Errors", "A tag named “%1” already exists. To give its records the same tag, merge the "
                                   "two tags instead.").replace("%1", exc.name)
    if isinstance(exc, e.TagInUse):
        return tag_in_use(exc)
    if isinstance(exc, e.CannotUndo):
        return cannot_undo(exc)
    if isinstance(exc, e.Cancelled):
        return translate("Errors", "Cancelled: nothing was changed.")
    if isinstance(exc, e.NotFound):
        return translate("Errors", "This record no longer exists.")
    if isinstance(exc, e.Conflict):
        return translate("Errors", "This conflicts with an existing record.")
    if isinstance(exc, OSError):
        return translate("Errors", "The file could not be read or written (%1).").replace("%1", exc.strerror or "")
    return translate("Errors", "Something went wrong (%1).").replace("%1", type(exc).__name__)


# exchange.errors.UnreadableKind's codes: what the file is
FILE_KINDS = {
    "pdf": QT_TRANSLATE_NOOP("Errors", "a PDF document"),
    "image": QT_TRANSLATE_NOOP("Errors", "an image"),
    "zip": QT_TRANSLATE_NOOP("Errors", "a zip archive that is neither a spreadsheet nor a bundle"),
    "document": QT_TRANSLATE_NOOP("Errors", "a text or presentation document"),
    "office": QT_TRANSLATE_NOOP("Errors", "an Office document that is not a spreadsheet"),
    "archive": QT_TRANSLATE_NOOP("Errors", "a compressed archive"),
    "age": QT_TRANSLATE_NOOP("Errors", "an encrypted file that is not a Commons bundle"),
    "encrypted-sheet": QT_TRANSLATE_NOOP("Errors", "a password-protected spreadsheet (save it without a password)"),
}

# exchange/limits.py's limits, as errors.OverLimit names them (%1: the limit, in MB for those counted in bytes)
LIMITS = {
    "file_bytes": QT_TRANSLATE_NOOP("Limits", "more than %1 MB in one file"),
    "rows": QT_TRANSLATE_NOOP("Limits", "more than %1 rows, cards or people and organisations"),
    "records": QT_TRANSLATE_NOOP("Limits", "more than %1 records"),
    "columns": QT_TRANSLATE_NOOP("Limits", "more than %1 columns"),
    "cell_chars": QT_TRANSLATE_NOOP("Limits", "more than %1 characters in one cell"),
    "line_chars": QT_TRANSLATE_NOOP("Limits", "more than %1 characters in one line"),
    "record_chars": QT_TRANSLATE_NOOP("Limits", "more than %1 MB in one record"),
    "card_bytes": QT_TRANSLATE_NOOP("Limits", "more than %1 MB in one card"),
    "card_properties": QT_TRANSLATE_NOOP("Limits", "more than %1 properties in one card"),
    "archive_entries": QT_TRANSLATE_NOOP("Limits", "more than %1 entries in the archive"),
    "archive_bytes": QT_TRANSLATE_NOOP("Limits", "more than %1 MB unpacked from the archive"),
    "entry_bytes": QT_TRANSLATE_NOOP("Limits", "more than %1 MB in one archive entry"),
    "manifest_bytes": QT_TRANSLATE_NOOP("Limits", "more than %1 MB in the manifest"),
}
# errors.NotText's reasons (%1: the first bad line; %2: for "mixed", an earlier line in the other encoding); short:
# the import dialog shows them above its preview
NOT_TEXT = {
    "nul": QT_TRANSLATE_NOOP("Errors", "Line %1 holds NUL bytes: this is not a text file."),
    "control": QT_TRANSLATE_NOOP("Errors", "Line %1 holds control characters: this is not a text file."),
    "undecodable": QT_TRANSLATE_NOOP("Errors", "Line %1 is not text in UTF-8, UTF-16 or Windows-1252."),
    "mixed": QT_TRANSLATE_NOOP("Errors", "Lines %2 and %1 are in different encodings (UTF-8, Windows-1252): save "
                                         "the file in one encoding."),
}


def _over_limit(exc) -> str:
    from ..exchange.limits import shown
    what = _t("Limits", LIMITS[exc.what]).replace("%1", QLocale().toString(shown(exc.what, exc.limit))) \
        if exc.what in LIMITS else exc.what
    if exc.line:
        return translate("Errors", "Line %1: %2, over the limit of an import.").replace(
            "%1", str(exc.line)).replace("%2", what)
    return translate("Errors", "Over the limit of an import: %1.").replace("%1", what)


def vault_in_use(exc: e.VaultInUse) -> str:
    """Who has the vault open, from its lock file: restore, passphrase change and erasure wait for them."""
    if exc.this_process:
        return translate("Errors", "The vault is still open in this window: this cannot be done now.")
    named = [h for h in exc.holders if getattr(h, "pid", 0)]
    if not named:
        return translate("Errors", "Another program has this vault open: close it there and try again.")
    first = named[0]
    if exc.exclusive:
        text = translate("Errors", "%1 (process %2 on %3) is restoring, re-keying or erasing in this vault: wait "
                                   "for it to finish and try again.")
    else:
        text = translate("Errors", "%1 (process %2 on %3) has this vault open: close it there and try again.")
    return text.replace("%1", first.program).replace("%2", str(first.pid)).replace("%3", first.host)


def tag_in_use(exc: e.TagInUse) -> str:
    """A tag that saved searches or export profiles select by: which ones, and what to do."""
    named = [translate("Errors", "the saved search “%1”").replace("%1", n) for n in exc.searches]
    named += [translate("Errors", "the export profile “%1”").replace("%1", n) for n in exc.profiles]
    return translate("Errors", "The tag “%1” is not deleted: %2 select by it, and would then list nobody. Change "
                               "or delete them first, or merge the tag into another one.").replace(
        "%1", exc.name).replace("%2", ", ".join(named))


UNDO_REASONS = {
    "changed_since": QT_TRANSLATE_NOOP("Errors", "This change cannot be undone: %1 changed again since. Undo the "
                                                 "later change first."),
    "record_gone": QT_TRANSLATE_NOOP("Errors", "This change cannot be undone: the record was deleted or erased "
                                               "since."),
    "erased": QT_TRANSLATE_NOOP("Errors", "This change cannot be undone: its details were erased."),
    "kind": QT_TRANSLATE_NOOP("Errors", "This kind of change (a creation, a link, a new version, a merge or an "
                                        "erasure) cannot be undone from the history."),
    "already": QT_TRANSLATE_NOOP("Errors", "This change is already undone."),
    "no_change": QT_TRANSLATE_NOOP("Errors", "There is no change to undo."),
}


def cannot_undo(exc: e.CannotUndo) -> str:
    from .labels import FIELD_NAMES, label
    text = _t("Errors", UNDO_REASONS.get(exc.reason, UNDO_REASONS["kind"]))
    return text.replace("%1", ", ".join(label(FIELD_NAMES, f) for f in exc.fields))


NAMED = {
    "tag": QT_TRANSLATE_NOOP("Errors", "There is no tag “%1”."),
    "profile": QT_TRANSLATE_NOOP("Errors", "There is no export profile “%1”."),
    "partner": QT_TRANSLATE_NOOP("Errors", "There is no partner “%1”."),
    "import mapping": QT_TRANSLATE_NOOP("Errors", "There is no saved column mapping “%1”."),
    "membership for the person": QT_TRANSLATE_NOOP("Errors", "This person has no membership yet: join first."),
}


class Errors(QObject):
    """Error texts with plural forms (context "Errors", as the others): lupdate reads plural forms only from
    ``tr()``, not from ``translate()``."""

    def rows_invalid(self, count: int) -> str:
        return self.tr("%n rows are invalid: nothing was imported.", "", count)


def _exchange(exc: BaseException) -> str:
    """Errors of imports, exports and bundles (exchange/errors.py); '' for any other error."""
    from ..exchange import errors as x

    if isinstance(exc, x.RowErrors):
        return Errors().rows_invalid(len(exc.errors))
    if isinstance(exc, x.BundlePassphraseWrong):
        return translate("Errors", "Wrong passphrase for this bundle (or the bundle is damaged).")
    if isinstance(exc, x.NotForUs):
        return translate("Errors", "This bundle is not encrypted for this group (or it is damaged). If it was "
                                   "encrypted to a passphrase, type the passphrase.")
    if isinstance(exc, x.BadSignature):
        return translate("Errors", "The bundle's signature does not match its content: it was changed on the way. "
                                   "Refused.")
    if isinstance(exc, x.ReplayedBundle):
        return translate("Errors", "This bundle (number %1) is not newer than the last one received from this "
                                   "partner (%2): it was already imported, or it is an old copy. Refused.").replace(
            "%1", str(exc.sequence)).replace("%2", str(exc.last))
    if isinstance(exc, x.SenderKeyChanged):
        return translate("Errors", "WARNING: the keys of the partner “%1” have changed. Refused.").replace(
            "%1", exc.partner)
    if isinstance(exc, x.UnknownSender):
        return translate("Errors", "This bundle comes from a group that is not among your partners.")
    if isinstance(exc, x.UnreadableKind):
        kind = _t("Errors", FILE_KINDS[exc.kind]) if exc.kind in FILE_KINDS else exc.kind
        return translate("Errors", "This file is %1. The import reads CSV files, spreadsheets (.ods, .xlsx, .xls), "
                                   "address cards (.vcf), Commons JSON files and bundles.").replace("%1", kind)
    from ..exchange.sheet_write import CellTooLong
    if isinstance(exc, CellTooLong):
        return translate("Errors", "A value of the column “%1” is too long for an .xlsx cell (%2 characters at "
                                   "most): export to .ods or CSV instead.").replace("%1", exc.column).replace(
            "%2", "32,767")
    if isinstance(exc, x.NoSuchSheet):
        return translate("Errors", "The spreadsheet has no sheet “%1”.").replace("%1", exc.name)
    if isinstance(exc, x.OverLimit):
        return _over_limit(exc)
    if isinstance(exc, x.NotText):
        return _t("Errors", NOT_TEXT[exc.reason]).replace("%1", str(exc.line)).replace("%2", str(exc.other))
    if isinstance(exc, x.UnsafeArchive):
        return translate("Errors", "This bundle holds something unsafe (%1). Refused.").replace("%1", str(exc))
    if isinstance(exc, (x.UnreadableFile, x.BundleError)):
        return translate("Errors", "This file cannot be used: %1.").replace("%1", str(exc))
    if isinstance(exc, e.NotFound) and exc.kind in NAMED:
        return _t("Errors", NAMED[exc.kind]).replace("%1", exc.ident)
    worded = e.InvalidField | e.DocumentTooLarge | e.MemberNumberTaken | e.EmptyDocument  # said by describe()
    if isinstance(exc, e.UsageError) or (isinstance(exc, e.InvalidInput) and not isinstance(exc, worded)):
        return translate("Errors", "This cannot be done: %1.").replace("%1", str(exc))
    return ""
