"""The columns an import can fill and an export can write, and how spreadsheet headers map to them.

Headers are recognised in French and English, including the columns of Galette (its database names
such as ``nom_adh`` and the labels of its list exports; exchange/galette.py holds its tables and says how its
columns are kept) and the member numbers of other tools. Repeated contact points are numbered:
``email``, ``email2``, ``email3``... each with an optional ``emailN_type``; the first address is
``street``/``postcode``/``city``/``region``/``country``/``address_type`` and later ones are
``address2_street`` and so on. ``custom:NAME`` fills a custom field; ``ignore`` drops a column.
"""

from __future__ import annotations

import re

from ..core.text import fold
from . import galette, header_words

SIMPLE = (
    "id", "given", "family", "name", "birth_date", "languages", "notes", "tags", "consents",
    "mobile", "phone_home", "phone_work", "street2",
    "membership_type", "membership_status", "membership_start", "membership_end",
    "contribution_amount", "contribution_date", "contribution_currency", "contribution_method",
    "contribution_kind", "contribution_notes", "contribution_period_start", "contribution_period_end",
    "organisation", "ignore",
    "birth_year", "birth_month", "birth_day", "groups",
    "member_number", "role", "company",
)
ADDRESS_PARTS = ("street", "postcode", "city", "region", "country", "type")
_NUMBERED = re.compile(r"^(email|phone)(\d*)(_type)?$")
_ADDRESS = re.compile(r"^(?:address(\d+)_)?(street|postcode|city|region|country|type)$")
_STREET2 = re.compile(r"^address(\d+)_street2$")


def is_field(name: str) -> bool:
    if name in SIMPLE or name.startswith("custom:") and len(name) > 7:
        return True
    if name == "address_type":
        return True
    return bool(_NUMBERED.match(name) or _ADDRESS.match(name) or _STREET2.match(name))


def split_numbered(name: str) -> tuple[str, int, bool] | None:
    """'email2_type' -> ('email', 1, True); 'phone' -> ('phone', 0, False)."""
    m = _NUMBERED.match(name)
    if not m:
        return None
    n = int(m.group(2)) - 1 if m.group(2) else 0
    return m.group(1), max(n, 0), bool(m.group(3))


def split_address(name: str) -> tuple[int, str] | None:
    """'city' -> (0, 'city'); 'address2_city' -> (1, 'city'); 'address_type' -> (0, 'type')."""
    if name == "address_type":
        return 0, "type"
    m = _ADDRESS.match(name)
    if not m:
        return None
    return (int(m.group(1)) - 1 if m.group(1) else 0), m.group(2)


def split_street2(name: str) -> int | None:
    """'street2' -> 0; 'address2_street2' -> 1: the address whose second street line a column holds; else None."""
    if name == "street2":
        return 0
    m = _STREET2.match(name)
    return int(m.group(1)) - 1 if m else None


# folded header text (see normalise) -> field
_SYNONYMS: dict[str, str] = {}


def _add(field: str, *headers: str) -> None:
    for h in headers:
        _SYNONYMS[normalise(h)] = field


def normalise(header: str) -> str:
    """'Adresse e-mail :' -> 'adresse e mail'; 'nom_adh' -> 'nom adh'."""
    return " ".join(re.split(r"[\W_]+", fold(header))).strip()


_add("id", "id", "uuid", "identifiant commons")
_add("given", "given", "first name", "firstname", "given name", "forename", "prénom", "prenom", "prénoms",
     "prenom_adh", "first")
_add("family", "family", "last name", "lastname", "family name", "surname", "nom", "nom de famille",
     "nom_adh", "last", "nom d'usage")
_add("name", "name", "full name", "nom complet", "display name", "nom et prénom", "prénom et nom")
_add("email", "email", "e-mail", "e mail", "mail", "courriel", "adresse e-mail", "adresse email",
     "adresse électronique", "adresse mail", "mél", "email address", "e-mail address", "email_adh",
     "e-mail 1 - value", "email 1", "courriel 1")
_add("email2", "email 2", "e-mail 2", "courriel 2", "second email", "autre courriel", "e-mail 2 - value",
     "e-mail 2 address")
_add("phone", "phone", "telephone", "téléphone", "tél", "tel", "phone number", "numéro de téléphone",
     "téléphone fixe", "fixe", "tel_adh", "phone 1 - value", "téléphone 1")
_add("phone2", "phone 2", "téléphone 2", "autre téléphone", "phone 2 - value")
_add("mobile", "mobile", "portable", "gsm", "cell", "cellphone", "mobile phone", "téléphone portable",
     "tél portable", "tel portable", "téléphone mobile", "gsm_adh", "natel")
_add("phone_home", "home phone", "téléphone domicile", "tél domicile", "domicile")
_add("phone_work", "work phone", "business phone", "téléphone professionnel", "tél pro", "téléphone bureau")
_add("street", "street", "address", "adresse", "rue", "adresse 1", "address 1", "address line 1",
     "adresse_adh", "adresse postale", "voie", "street address")
_add("street2", "street 2", "address 2", "address line 2", "adresse 2", "complément d'adresse",
     "complément", "adresse suite", "adresse2_adh", "adresse (suite)")
_add("postcode", "postcode", "postal code", "zip", "zip code", "zipcode", "code postal", "cp", "npa",
     "cp_adh")
_add("city", "city", "town", "ville", "commune", "localité", "localite", "ville_adh")
_add("region", "region", "state", "province", "région", "département", "departement", "canton", "region_adh")
_add("country", "country", "pays", "pays_adh")
_add("birth_date", "birth date", "birthdate", "date of birth", "birthday", "dob", "date de naissance",
     "naissance", "né le", "née le", "ddn", "ddn_adh")
_add("birth_year", "birth year", "année de naissance")
_add("birth_month", "birth month", "mois de naissance")
_add("birth_day", "birth day", "jour de naissance")
_add("languages", "language", "languages", "langue", "langues", "langue préférée", "pref_lang",
     "preferred language")
_add("notes", "notes", "note", "remarks", "comment", "comments", "remarques", "remarque", "commentaire",
     "commentaires", "observations", "informations", "info_adh", "info_public_adh",
     "autres informations", "other information")
_add("tags", "tags", "tag", "labels", "étiquettes", "étiquette", "mots clés", "groupes", "groups", "categories",
     "catégories")
_add("consents", "consents", "consentements", "consentement", "consent")
_add("membership_type", "membership type", "type d'adhésion", "type d'adhesion", "type de membre",
     "catégorie de membre", "id_statut", "member type")
_add("membership_status", "status", "statut", "membership status", "statut d'adhésion", "état", "etat",
     "état de l'adhésion", "état des cotisations")
_add("membership_start", "membership start", "member since", "joined", "date joined", "start date",
     "date d'adhésion", "date d'adhesion", "adhésion", "adhérent depuis", "membre depuis", "date d'inscription",
     "date_crea_adh", "date de création", "creation date", "début d'adhésion")
_add("membership_end", "membership end", "expiry", "expires", "expiry date", "end date", "due date",
     "renewal date", "date d'échéance", "date d'echeance", "échéance", "date_echeance", "fin d'adhésion",
     "date de fin", "date de fin d'adhésion", "valable jusqu'au", "valid until", "due_date")
_add("contribution_amount", "cotisation", "cotisations", "montant", "montant cotisation", "montant de la cotisation",
     "montant_cotis", "amount", "dues", "fee", "membership fee", "contribution", "don", "donation", "somme")
_add("contribution_date", "date de cotisation", "date de paiement", "date du paiement", "date de versement",
     "payment date", "paid on", "date_debut_cotis", "date cotisation", "date du don")
_add("contribution_currency", "currency", "devise", "monnaie")
_add("contribution_method", "payment method", "moyen de paiement", "mode de paiement", "mode de règlement",
     "règlement", "payment", "type_paiement_cotis")
_add("organisation", "organisation", "organization", "company", "société", "societe", "entreprise",
     "employeur", "employer", "structure", "association", "societe_adh")
_add("custom:profession", "profession", "job", "job title", "métier", "prof_adh", "fonction")
_add("custom:pseudo", "pseudo", "nickname", "surnom", "pseudo_adh")
_add("custom:website", "website", "site web", "site internet", "url", "web", "url_adh")
_add("custom:title", "title", "titre", "civilité", "civilite", "titre_adh")
_add("custom:gender", "gender", "sexe", "genre", "sexe_adh")
_add("custom:birth place", "lieu de naissance", "place of birth", "lieu_naissance")
_add("ignore", "login", "login_adh", "mot de passe", "password", "mdp_adh", "bool_admin_adh",
     "bool_exempt_adh", "bool_display_info", "date_modif_adh", "activite_adh", "gpgid", "fingerprint",
     "parent_id", "id_adh", "date_modification", "last modified")

for _field, _headers in galette.HEADERS:
    _add(_field, *_headers)

_TYPED = re.compile(r"^(email|e mail|courriel|phone|telephone|tel)\s*(\d+)\s*(type|label)?$")


def guess(header: str) -> str | None:
    """The field a header most likely means, or None."""
    key = normalise(header)
    if not key:
        return None
    raw = header.strip()
    if raw[:7].lower() == "custom:" and raw[7:].strip():
        return "custom:" + raw[7:].strip()
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    own = header_words.guess(key, raw)
    if own:
        return own
    if is_field(header.strip().lower()):
        return header.strip().lower()
    m = _TYPED.match(key)
    if m:
        base = "email" if m.group(1) in ("email", "e mail", "courriel") else "phone"
        n = int(m.group(2))
        return f"{base}{n if n > 1 else ''}{'_type' if m.group(3) else ''}"
    return None


def _in_galette(key: str, field: str | None, numbered: bool, contributions: bool) -> str | None:
    """What a header of a Galette export means there (see exchange/galette.py)."""
    if key in galette.STATUS_HEADERS:
        return "role"
    if key in galette.MEMBER_IDS and numbered:
        return "custom:galette id"
    if contributions and key in galette.CONTRIBUTION_CONTEXT:
        return galette.CONTRIBUTION_CONTEXT[key]
    return field


def guess_mapping(headers: list[str], saved: dict[str, str] | None = None,
                  known: dict[int, str] | None = None) -> dict[int, str]:
    """Column index -> field. A saved mapping (normalised header -> field) wins over ``known`` (the columns of
    another address book's export, address_books.recognise), which wins over the guesses; a field is given to
    one column only, except ``notes`` (appended) and ``ignore``."""
    known = known or {}
    saved = {normalise(k): v for k, v in (saved or {}).items()}
    out: dict[int, str] = {}
    used: set[str] = set()
    keys = [normalise(h) for h in headers]
    galette_english = "surname" in keys and "name" in keys and not {"first name", "given", "prenom"} & set(keys)
    from_galette = galette.is_galette(keys)
    numbered = any(guess(h) == "member_number" and keys[i] not in galette.MEMBER_IDS for i, h in enumerate(headers))
    contributions = from_galette and any(k in galette.CONTRIBUTION_FILE for k in keys)
    for i, h in enumerate(headers):
        k = keys[i]
        field = saved.get(k) or known.get(i) or guess(h)
        if galette_english and k in ("name", "surname"):
            field = "family" if k == "name" else "given"  # Galette's English labels: Name / Surname
        if k not in saved and i not in known and from_galette:
            field = _in_galette(k, field, numbered, contributions)
        if not field or not is_field(field):
            continue
        if field in used and field not in ("notes", "ignore") and not field.startswith("custom:"):
            continue
        used.add(field)
        out[i] = field
    return out
