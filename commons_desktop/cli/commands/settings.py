"""settings show | set KEY VALUE: the association's name and address (printed on receipts, certificates and reminder
letters), its IBAN (the EPC payment QR code of reminder letters) and the language its documents are printed in."""

from __future__ import annotations

from ...services import settings


def register(sub) -> None:
    group = sub.add_parser("settings", help="the association's name, address and IBAN, and its documents' language")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("show", help="what the settings say")
    p.set_defaults(func=run_show)
    p = actions.add_parser("set", help="set one value (an empty VALUE clears the address or the IBAN)",
                           epilog="name: the association's name; address: its postal address (\\n or several lines "
                           "in one argument); iban: its bank account, checked (country, length, check digits), "
                           "else exit 4 and nothing is written; language: en or fr, the language of the PDFs "
                           "(the desktop app writes the language the user works in).")
    p.add_argument("key", choices=settings.KEYS)
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(func=run_set)


def _lines(a: settings.Association) -> list[str]:
    address = a.address.replace("\n", " / ")
    return [f"name:     {a.name}", f"address:  {address}", f"iban:     {a.iban_shown or '(not set)'}",
            f"language: {a.language or '(not set)'}"]


def run_show(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        a = settings.association(vault)
    ctx.out.result(a.to_json(), _lines(a))


def run_set(ctx, args) -> None:
    value = args.value.replace("\\n", "\n") if args.key == "address" else args.value
    with ctx.vault() as vault:
        a = settings.set_value(vault, args.key, value)
    ctx.out.result(a.to_json(), [f"{args.key} set", *_lines(a)])
