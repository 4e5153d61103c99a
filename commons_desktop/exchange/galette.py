"""Galette's own exports, and member numbers: the column tables and what Galette's values mean.

Galette (https://galette.eu, the membership manager many French-speaking associations use) writes three files a
secretary brings here, all with ``;`` between values, every value quoted:

- the **members list export** ("Exporter en CSV" in the list of members): its headers are the field labels in the
  interface language ("Numéro adhérent :", "Statut :", "Personne morale :", "Autres informations (admin) :"...),
  dates as the language writes them (``d/m/Y`` in French), unknown dates left empty;
- the **database export** of the members table (``galette_adherents``): its headers are the column names
  (``num_adh``, ``id_statut``, ``titre_adh``, ``sexe_adh``...), codes as numbers, dates ``Y-m-d`` and
  ``1901-01-01`` where a date is unknown;
- the **contributions export** (the list of contributions): "Contributeur :" (the member's name, FAMILY Given),
  "Type de contribution :", "Montant :", "Type de paiement :", "Commentaires :", "Date", "Date de début d'adhésion
  : / Date contribution :", "Date de fin d'adhésion :" (and their English labels).

How they are kept (docs/galette.md says it for users):

- **Statut** (``id_statut``) is a role in the association (Président, Trésorier, Membre actif, Non membre...),
  not the state of a membership: it becomes a **tag** named as the file says (a number of the database export
  becomes Galette's default label, in French). A row whose role says it is not a member (Non membre, Non-member)
  never gets a membership; its membership dates are kept as custom fields.
- **Numéro adhérent** (``num_adh``), and Galette's own member id (``id_adh``, "ID de l'adhérent") when the file has no
  member number, become the person's **member number**; with both, the id is kept as the custom field
  "galette id".
- **Personne morale** (``societe_adh``, the legal entity the member stands for) becomes an organisation the
  person is the contact for.
- **Autres informations (admin)** (``info_adh``) goes to the person's notes (after "Autres informations", the
  public ones, when both are there).
- ``titre_adh`` and ``sexe_adh`` codes become Galette's default labels (custom fields "title" and "gender");
  "unspecified" stays empty.
- A contribution's begin and end dates become its **period**; its date is the export's "Date" (when it was
  recorded), else the period's start. Its type says dues or donation (Galette's donation types: donation in kind,
  in money, partnership) and is kept in the contribution's notes with the comments.

Galette's default labels come from its source: Status::$defaults (galette/lib/Galette/Entity/Status.php),
ContributionsTypes::$defaults, PaymentType's constants, Adherent::NC/MAN/WOMAN, the titles of
Repository/Titles.php, and their French translations in galette/lang/galette_fr_FR.utf8.po (includes/i18n.inc.php,
includes/fields_defs/members_fields.php, Entity/Contribution.php). "Homme"/"Femme" for Adherent::MAN/WOMAN are the
usual words, not checked against that catalogue.

Member numbers of other tools: a union's card number ("numéro de carte", "n° de carte syndicale", "matricule"),
"member number", "membership number", "numéro de membre".
"""

from __future__ import annotations

import re

from ..core.text import fold

# field -> headers (any case, accents and punctuation: see fields.normalise), added to fields' synonyms
HEADERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("member_number", ("num_adh", "numéro adhérent", "numero adherent", "numéro d'adhérent", "n° adhérent",
                       "n° d'adhérent", "no adhérent", "num adhérent", "numéro de membre", "n° de membre",
                       "member number", "membership number", "member no", "membership no", "member #",
                       "numéro de carte", "n° de carte", "numéro carte", "n° carte", "carte syndicale",
                       "n° de carte syndicale", "numéro de carte syndicale", "card number", "union card number",
                       "membership card number", "matricule", "numéro d'affilié", "n° d'affilié", "numero affilie",
                       "id_adh", "id de l'adhérent", "member id", "member's id")),
    ("role", ("id_statut",)),
    ("company", ("societe_adh", "personne morale", "company", "company name", "raison sociale")),
    ("notes", ("info_adh", "autres informations (admin)", "other information (admin)",
               "other informations (admin)", "autres informations", "other information", "info_public_adh")),
    ("contribution_kind", ("type de contribution", "contribution type", "id_type_cotis", "type de cotisation")),
    ("contribution_notes", ("info_cotis",)),
    ("contribution_date", ("date_enreg", "date d'enregistrement", "record date")),
    ("contribution_period_start", ("date_debut_cotis", "date de début d'adhésion / date contribution",
                                   "start date of membership / date of contribution", "période du",
                                   "period start", "début de la période")),
    ("contribution_period_end", ("date_fin_cotis", "période au", "period end", "fin de la période")),
    ("contribution_method", ("type de paiement", "payment type")),
    ("name", ("contributeur", "contributor")),
    ("custom:gender", ("genre", "gender")),
    ("custom:exempt de cotisation", ("exempt de cotisation", "freed of dues", "bool_exempt_adh")),
    ("ignore", ("contribution id", "id_cotis", "id transaction", "transaction id", "trans_id",
                "administrateur galette", "galette admin", "compte", "account", "état cotisations",
                "state of dues", "apparaître sur les pages publiques", "be visible on public pages",
                "be visible in the members list", "date de modification", "modification date", "id_legal_status",
                "id gnupg (gpg)", "parent")),
)

# headers (normalised) that only Galette writes: a file with one of them is read as a Galette export
MARKERS = frozenset((
    "id adh", "nom adh", "prenom adh", "num adh", "id statut", "info adh", "titre adh", "sexe adh", "ddn adh",
    "societe adh", "date crea adh", "id cotis", "montant cotis", "date debut cotis", "id de l adherent",
    "numero adherent", "autres informations admin", "exempt de cotisation", "administrateur galette",
    "apparaitre sur les pages publiques", "etat cotisations", "personne morale", "member id",
    "other information admin", "other informations admin", "freed of dues", "galette admin",
    "be visible on public pages", "state of dues", "contributeur", "contributor", "id transaction",
    "transaction id", "contribution id", "date de debut d adhesion date contribution",
    "start date of membership date of contribution",
))
# in a Galette export: Statut is the role; a member id column is kept aside when there is a member number;
# Commentaires are the contribution's (in the contributions export)
STATUS_HEADERS = frozenset(("statut", "status", "id statut"))
MEMBER_IDS = frozenset(("id adh", "id de l adherent", "member id", "member s id"))
CONTRIBUTION_FILE = frozenset(("contributeur", "contributor", "id cotis", "montant cotis", "type de contribution",
                               "contribution type", "id transaction", "transaction id", "contribution id"))
# in the contributions export: these are the contribution's, not the member's
CONTRIBUTION_CONTEXT = {"commentaires": "contribution_notes", "commentaire": "contribution_notes",
                        "comments": "contribution_notes", "comment": "contribution_notes", "date": "contribution_date",
                        "date de fin d adhesion": "contribution_period_end",
                        "end date of membership": "contribution_period_end"}

# Status::$defaults (ids 1-10), in French as Galette shows them
STATUSES = {"1": "Président", "2": "Trésorier", "3": "Secrétaire", "4": "Membre actif", "5": "Membre bienfaiteur",
            "6": "Membre fondateur", "7": "Ancien membre", "8": "Société", "9": "Non membre", "10": "Vice-président"}
TITLES = {"1": "M.", "2": "Mme.", "3": "Mlle"}
GENDERS = {"0": "", "1": "Homme", "2": "Femme"}
CONTRIBUTION_TYPES = {"1": "cotisation annuelle", "2": "cotisation annuelle réduite",
                      "3": "cotisation personne morale", "4": "don en nature", "5": "donation pécuniaire",
                      "6": "partenariat", "7": "cotisation annuelle (à payer)"}
PAYMENT_TYPES = {"1": "espèces", "2": "carte", "3": "chèque", "4": "virement", "5": "paypal", "6": "autre"}
# database-export columns whose numbers are codes: normalised header -> code -> label
CODES = {"id statut": STATUSES, "titre adh": TITLES, "sexe adh": GENDERS, "id type cotis": CONTRIBUTION_TYPES,
         "type paiement cotis": PAYMENT_TYPES}
NO_DATES = frozenset(("1901-01-01", "01/01/1901", "1901-01-01 00:00:00", "0000-00-00", "00/00/0000"))
# list-export columns whose words say "nothing": normalised header -> folded word -> what is kept
_YES_NO = {"1": "oui", "oui": "oui", "yes": "oui", "0": "", "non": "", "no": ""}
_UNSPECIFIED = {"0": "", "unspecified": "", "non specifie": "", "non precise": "", "non renseigne": ""}
_PAYMENTS = {"carte de credit": "carte", "paiement planifie": "autre", "payment schedule": "other"}
WORDS = {"exempt de cotisation": _YES_NO, "freed of dues": _YES_NO, "bool exempt adh": _YES_NO,
         "genre": _UNSPECIFIED, "gender": _UNSPECIFIED, "type de paiement": _PAYMENTS, "payment type": _PAYMENTS}

_NOT_MEMBER = frozenset(("non membre", "non member", "nonmember", "non adherent", "not a member", "non-membre"))
_DONATION = re.compile(r"\b(don|dons|donation|donations|partenariat|partnership|mecenat)\b")
_INCLUSIVE = re.compile(r"[·•.][a-zè]+\b")  # "Président·e", "Trésorier·ère" -> the word before the mark


def is_galette(keys: list[str]) -> bool:
    """Whether normalised headers are a Galette export's."""
    return any(k in MARKERS for k in keys)


def not_a_member(role: str) -> bool:
    """Whether a role (Galette's Statut) says the person is not a member: 'Non membre', 'Non-member'..."""
    folded = " ".join(re.split(r"[\W_]+", _INCLUSIVE.sub("", fold(role)))).strip()
    return folded in _NOT_MEMBER


def contribution_kind(label: str) -> str:
    """'dues' or 'donation' from a contribution type's label (Galette's, or any French or English words)."""
    return "donation" if _DONATION.search(fold(label)) else "dues"


def decoded(header_key: str, value: str) -> str:
    """A Galette export's cell as it means: a code of the database export as its label (CODES), Galette's unknown
    date as no date, 'unspecified' and 'no' as nothing (WORDS)."""
    if value in NO_DATES:
        return ""
    table = CODES.get(header_key)
    if table is not None:
        found = table.get(value.strip())
        if found is not None:
            return found
    words = WORDS.get(header_key)
    if words is not None:
        return words.get(fold(value), value)
    return value
