"""Import/export round trips of any valid people (hypothesis): exported to CSV (every column) or JSON and imported
into an empty vault, they come back with every field and tag they had; the golden vault's every format imports back
to the same records."""

from __future__ import annotations

import shutil
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commons_desktop.core.model import Consent, Person
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import exports, imports
from commons_desktop.vault.codecs import PERSON
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People
from tests.vault.test_codecs import PEOPLE, TEXT, _valid

from .golden_vault import build


def _csv_can_say(p):
    """What the CSV format cannot carry: a custom field with an empty value is an empty cell, read back as no field
    at all; a consent whose name holds '|' is cut there (the consents cell is 'what | given on | until'); an address
    of empty parts is empty cells, read back as no address."""
    p.custom = {k: x for k, x in p.custom.items() if x.strip()}
    p.addresses = [a for a in p.addresses if any(x.strip() for x in (a.street, a.postcode, a.city, a.region,
                                                                      a.country))]
    p.consents = [c for c in p.consents if "|" not in c.what]
    return p


PEOPLE_CSV = PEOPLE.map(_csv_can_say)
TAGS = st.lists(TEXT.map(str.strip).filter(bool), max_size=2, unique_by=str.casefold)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                            HealthCheck.too_slow])


def _everyone(vault) -> list[tuple]:
    """Each live person's plain fields and tags (ids aside), sorted."""
    people = People(vault)
    return sorted((PERSON.log_text(PERSON.row(p)), tuple(sorted(p.tags, key=str.casefold)))
                  for p in (people.get(i) for i in people.ids()))


def _round_trip(tmp_path, template, vault, fmt: str) -> list[tuple]:
    target = tmp_path / f"out.{fmt}"
    exports.export_file(vault, exports.ExportSpec(fmt), target)
    empty = tmp_path / f"empty-{fmt}.commons"
    shutil.copyfile(template[0], empty)
    with Vault.open(empty, key=template[1]) as other:
        source = imports.read(other, target.read_bytes(), fmt=fmt)
        imports.apply(other, source, ImportOptions(match=(), mode="create"))
        return _everyone(other)


@SETTINGS
@given(st.lists(st.tuples(PEOPLE_CSV, TAGS), min_size=1, max_size=4,
                unique_by=lambda pt: pt[0].member_number or object()))  # (member numbers are unique)
def test_people_come_back_from_csv_and_json(vault_template, tmp_path_factory, people):
    chosen = [(p, t) for p, t in ((_valid(p), t) for p, t in people) if p is not None]
    if not chosen:
        return
    tmp_path = tmp_path_factory.mktemp("round")
    path = tmp_path / "source.commons"
    shutil.copyfile(vault_template[0], path)
    with Vault.open(path, key=vault_template[1]) as vault:
        People(vault).insert_many([p for p, _ in chosen], tags=[t for _, t in chosen])
        want = _everyone(vault)
        for fmt in ("csv", "json"):
            assert _round_trip(tmp_path, vault_template, vault, fmt) == want, fmt


def test_a_date_of_1901_comes_back(vault_template, tmp_path):
    """1901-01-01 means "no date" in a Galette file only (found by the test above): from our own CSV it is a date."""
    path = tmp_path / "source.commons"
    shutil.copyfile(vault_template[0], path)
    with Vault.open(path, key=vault_template[1]) as vault:
        People(vault).insert_many([Person(family="Doyenne", birth_date=date(1901, 1, 1),
                                          consents=[Consent("photos", date(1901, 1, 1), None)])], tags=[[]])
        want = _everyone(vault)
        for fmt in ("csv", "json"):
            assert _round_trip(tmp_path, vault_template, vault, fmt) == want, fmt


def test_the_golden_vault_comes_back_from_every_format(vault_template, tmp_path):
    with build(tmp_path / "golden.commons") as vault:
        want = _everyone(vault)
        for fmt in ("csv", "json"):
            assert _round_trip(tmp_path, vault_template, vault, fmt) == want, fmt
        back = _round_trip(tmp_path, vault_template, vault, "vcard")
        # a vCard carries every field of a person (consents and custom fields as X- properties)
        assert back == want
