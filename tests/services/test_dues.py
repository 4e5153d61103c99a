"""Members and dues (issue 15): the vault's list of membership types (records of their own, through their codec and
the change writer; the migration of free-text types),
joining with a type and a first payment, dues that renew, the association's settings, the renewal list and its
exports, the contributions page's totals and filters, the home page's overview."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date
from decimal import Decimal

import pytest

from commons_desktop.core.errors import Conflict, InvalidField, NotFound
from commons_desktop.core.model import Address, Email, Membership, MembershipType, Person
from commons_desktop.services import dues, home, members, renewals, settings
from commons_desktop.vault import backup, changelog, exchange_log
from commons_desktop.vault.connection import SALT_BYTES, Vault, VaultKey, _configure, _connect
from commons_desktop.vault.memberships import Memberships, MembershipTypes
from commons_desktop.vault.migrations import LATEST, TYPES_VERSION, migrate
from commons_desktop.vault.people import People

TODAY = date(2026, 6, 15)


@pytest.fixture
def person(vault):
    return People(vault).add(Person(given="Émilie", family="Dupré", emails=[Email("emilie@exemple.org")],
                                    addresses=[Address("Rue Haute 12", "4000", "Liège", country="Belgique")])).id


# -- the migration of free-text types --------------------------------------------------------------------------------
def _vault_before_types(tmp_path):
    """A vault really written by the schema before the list of types (the migrations up to it, then the rows as that
    code wrote them)."""
    path = tmp_path / "old.commons"
    key = VaultKey.from_passphrase("old", bytes(range(SALT_BYTES)))
    conn = _connect(path, key)
    _configure(conn)
    v = Vault(path, conn, key, device="old-device", author="old")
    migrate(v, backup=False, target=TYPES_VERSION - 1)
    return v, key


def test_migration_turns_every_free_text_type_into_the_list_losing_none(tmp_path):
    old, key = _vault_before_types(tmp_path)
    people = People(old)
    ids = [people.add(Person(given=f"P{n}")).id for n in range(6)]
    texts = ["membre", "membre", "membre de soutien", "member", "étudiant·e", "Membre"]
    repo = Memberships(old)
    made = [repo.add(Membership(i, t, start=date(2025, 1, 1))).id for i, t in zip(ids, texts, strict=True)]
    repo.tombstone(made[3])  # a deleted membership's type is kept too (it can be restored)
    logged = changelog.count(old)
    old.close()
    with Vault.open(tmp_path / "old.commons", key=key.hex) as v:
        assert v.schema_version == LATEST
        listed = MembershipTypes(v).all()
        assert [t.code for t in listed] == ["membre", "Membre", "member", "membre de soutien", "étudiant·e"]
        assert all(t.label == t.code and t.fee is None and t.months == 12 for t in listed)
        assert [Memberships(v).get(m).type for m in made if m != made[3]] == ["membre", "membre",
                                                                               "membre de soutien", "étudiant·e",
                                                                               "Membre"]
        # no membership row changed; each type is a record whose creation the change log holds (it replicates)
        made_now = changelog.history(v, limit=changelog.count(v) - logged)
        assert changelog.count(v) == logged + 5
        assert sorted((c.op, c.entity, c.entity_id) for c in made_now) == sorted(
            ("create", "membership_type", t.code) for t in listed)
        assert next(c for c in made_now if c.entity_id == "Membre").fields == {
            "label": "Membre", "fee": None, "currency": "EUR", "months": 12, "position": 1}
        # whatever writes a membership later keeps the list whole (an import writes through insert_many)
        Memberships(v).insert_many([Membership(ids[0], "bienfaiteur", "active", date(2026, 1, 1))])
        assert MembershipTypes(v).get("bienfaiteur").position == 5
        MembershipTypes(v).remove("member")  # its only membership is deleted
        Memberships(v).update(made[0], Membership(ids[0], "member", start=date(2025, 1, 1)))  # back in the list
        assert [t.code for t in MembershipTypes(v).all()] == ["membre", "Membre", "member", "membre de soutien",
                                                             "étudiant·e", "bienfaiteur"]  # at its place again
        assert [c.op for c in changelog.history(v, "member")] == ["restore", "delete", "create"]


def test_the_fixture_of_the_types_schema_keeps_its_types_and_settings(tmp_path):
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parent.parent / "fixtures" / "vaults" / f"schema-v{TYPES_VERSION}.commons"
    path = tmp_path / "types.commons"
    shutil.copyfile(fixture, path)
    with Vault.open(path, passphrase=f"fixture passphrase v{TYPES_VERSION}") as v:
        assert [(t.code, t.label, t.fee) for t in members.types(v)] == [
            ("member", "Membre", Decimal("20.00")), ("membre-de-soutien", "Membre de soutien", Decimal("50.00"))]
        a = settings.association(v)
        assert (a.name, a.address, a.iban, a.language) == (f"Fixture v{TYPES_VERSION}", "Rue Haute 12\n4000 Liège",
                                                           "BE71096123456769", "fr")



def test_check_names_a_missing_list_of_types(vault):
    from commons_desktop.vault.integrity import check

    assert check(vault) == []
    vault.conn.execute("DROP TABLE membership_type")
    assert "schema: table membership_type is missing" in check(vault)

# -- the list of types ----------------------------------------------------------------------------------------------
def test_types_have_stable_codes_and_the_collectives_labels(vault, person):
    supporter = members.add_type(vault, MembershipType("Membre de soutien", Decimal("50"), months=12))
    assert supporter.code == "membre-de-soutien" and supporter.fee == Decimal("50.00")
    again = members.add_type(vault, MembershipType("Membre  de  SOUTIEN"))
    assert again.code == "membre-de-soutien-2"
    members.update_type(vault, supporter.code, MembershipType("Soutien", Decimal("60"), months=6))
    assert members.membership_type(vault, supporter.code).label == "Soutien"
    assert members.find_type(vault, "soutien") == supporter.code  # by label, case ignored
    assert members.find_type(vault, "membre-de-soutien") == supporter.code  # by code
    with pytest.raises(InvalidField, match="not a membership type of this vault"):
        members.find_type(vault, "honoraire")
    with pytest.raises(InvalidField, match="duration"):
        members.add_type(vault, MembershipType("Bad", months=-1))
    with pytest.raises(InvalidField, match="membership type"):
        members.add_type(vault, MembershipType("  "))
    with pytest.raises(Conflict):
        members.add_type(vault, MembershipType("X", id="membre-de-soutien"))


def test_removing_a_type_moves_its_memberships_to_another_each_change_logged(vault, person):
    old = members.add_type(vault, MembershipType("member"))
    new = members.add_type(vault, MembershipType("Membre", Decimal("20")))
    joined = members.join(vault, person, type="member", start="2026-01-01", today=TODAY)
    with pytest.raises(Conflict):
        members.remove_type(vault, old.code)
    before = changelog.count(vault)
    assert members.remove_type(vault, old.code, replace_with=new.code) == 1
    assert Memberships(vault).get(joined.id).type == new.code
    assert changelog.count(vault) == before + 2  # the membership moved, the type removed: each a change
    assert [(c.op, c.entity) for c in changelog.history(vault, old.code)] == [("delete", "membership_type"),
                                                                           ("create", "membership_type")]
    assert [t.code for t in members.types(vault)] == [new.code]
    with pytest.raises(NotFound):
        members.remove_type(vault, "nothing")


# -- joining, renewing, dues ----------------------------------------------------------------------------------------
def test_joining_takes_a_type_a_start_and_an_optional_first_payment(vault, person):
    half = members.add_type(vault, MembershipType("Semestre", Decimal("12.50"), months=6))
    m = members.join(vault, person, type="Semestre", start="2026-01-01",
                     payment=members.Payment("12.50", "cash", "2026-01-03"), today=TODAY)
    assert (m.type, m.start, m.end, m.status) == (half.code, date(2026, 1, 1), date(2026, 6, 30), "active")
    (paid,) = members.list_contributions(vault, person_id=person)
    assert (paid.amount, paid.currency, paid.method, paid.kind, paid.date) == (
        Decimal("12.50"), "EUR", "cash", "dues", date(2026, 1, 3))
    assert (paid.period_start, paid.period_end) == (date(2026, 1, 1), date(2026, 6, 30))
    before = changelog.count(vault)
    with pytest.raises(InvalidField, match="amount"):  # all or nothing: no membership without its payment
        members.join(vault, person, type=half.code, payment=members.Payment("-1"), today=TODAY)
    assert changelog.count(vault) == before


def test_an_empty_list_gets_its_first_type_when_someone_joins(vault, person):
    m = members.join(vault, person, start="2026-03-01", today=TODAY)
    assert m.type == "member" and m.end == date(2027, 2, 28)
    assert [t.code for t in members.types(vault)] == ["member"]


def test_dues_renew_the_membership_for_the_period_paid(vault, person):
    members.join(vault, person, start="2026-01-01", end="2026-12-31", today=TODAY)
    assert members.renewal_period(vault, person, TODAY) == (date(2027, 1, 1), date(2027, 12, 31))
    paid = members.add_contribution(vault, person, "20", renew=True, today=TODAY)
    assert (paid.period_start, paid.period_end) == (date(2027, 1, 1), date(2027, 12, 31))
    status, (m,) = members.status_of(vault, person, TODAY)
    assert (status, m.end) == ("active", date(2027, 12, 31))
    # a period given is the period renewed; an earlier one does not shorten the membership
    members.add_contribution(vault, person, "20", period_start="2026-01-01", period_end="2026-12-31", renew=True,
                             today=TODAY)
    assert Memberships(vault).get(m.id).end == date(2027, 12, 31)
    with pytest.raises(InvalidField, match="kind"):
        members.add_contribution(vault, person, "5", kind="donation", period_end="2030-12-31", renew=True)


def test_dues_of_a_long_lapsed_member_renew_from_today(vault, person):
    old = members.join(vault, person, start="2020-01-01", end="2020-12-31", status="lapsed", today=TODAY)
    paid = members.add_contribution(vault, person, "20", renew=True, today=TODAY)
    assert (paid.period_start, paid.period_end) == (TODAY, date(2027, 6, 14))
    assert Memberships(vault).get(old.id).status == "active"
    other = People(vault).add(Person(given="Nobody")).id
    with pytest.raises(NotFound, match="membership for the person"):
        members.add_contribution(vault, other, "20", renew=True, today=TODAY)


def test_add_months_keeps_the_day_or_the_months_last():
    assert members.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert members.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert members.period_end(date(2026, 7, 1), 1) == date(2026, 7, 31)
    assert members.period_end(date(2026, 1, 1), 0) is None


# -- settings -------------------------------------------------------------------------------------------------------
def test_settings_check_the_iban_and_write_nothing_when_one_value_is_wrong(vault):
    a = settings.set_value(vault, "iban", "be71 0961 2345 6769")
    assert a.iban == "BE71096123456769" and a.iban_shown == "BE71 0961 2345 6769"
    with pytest.raises(InvalidField, match="iban"):
        settings.set_value(vault, "iban", "BE71 0961 2345 6760")  # one wrong check digit
    with pytest.raises(InvalidField, match="iban"):
        settings.set_many(vault, {"name": "Locataires", "address": "Rue Haute 12", "iban": "FR76 3000"})
    assert settings.association(vault).name == "Template" and settings.association(vault).iban == "BE71096123456769"
    a = settings.set_many(vault, {"name": "Locataires de la Rue Haute", "address": "Rue Haute 12\n4000 Liège",
                                  "iban": ""})
    assert (a.name, a.address, a.iban) == ("Locataires de la Rue Haute", "Rue Haute 12\n4000 Liège", "")
    with pytest.raises(InvalidField, match="name"):
        settings.set_value(vault, "name", " ")
    assert settings.language(vault) == "en"
    assert settings.write_language(vault, "fr_BE") and settings.language(vault) == "fr"
    assert not settings.write_language(vault, "fr") and not settings.write_language(vault, "de")


# -- the renewal list -----------------------------------------------------------------------------------------------
@pytest.fixture
def renewing(vault, person):
    """Émilie ends in 10 days (type with a fee), Jack lapsed in March, Ann is covered for a year."""
    fee = members.add_type(vault, MembershipType("Membre", Decimal("20"), months=12))
    members.join(vault, person, type=fee.code, start="2025-06-26", today=TODAY)
    people = People(vault)
    jack = people.add(Person(given="Jack", family="Smith", emails=[Email("jack@example.net")])).id
    members.join(vault, jack, type=fee.code, start="2025-03-01", end="2026-02-28", today=TODAY)
    ann = people.add(Person(given="Ann", emails=[Email("emilie@exemple.org")])).id
    members.join(vault, ann, type=fee.code, start="2026-06-01", today=TODAY)
    return person, jack, ann


def test_the_renewal_list_has_what_a_reminder_needs(vault, renewing):
    emilie, jack, _ann = renewing
    rows = renewals.renewal_list(vault, within_days=30, today=TODAY)
    assert [r.person_id for r in rows] == [emilie, jack]
    first, lapsed = rows
    assert (first.email, first.type_label, first.amount, first.currency, first.end, first.days_left, first.due) == (
        "emilie@exemple.org", "Membre", Decimal("20.00"), "EUR", date(2026, 6, 25), 10, date(2026, 6, 25))
    assert first.address_lines == ("Rue Haute 12", "4000 Liège", "Belgique")
    assert (lapsed.status, lapsed.ended, lapsed.due) == ("lapsed", True, date(2026, 7, 15))
    assert renewals.bcc_list(rows) == "emilie@exemple.org, jack@example.net"
    assert [r.person_id for r in renewals.renewal_list(vault, within_days=30, today=TODAY,
                                                       include_lapsed=False)] == [emilie]


def test_the_renewal_list_exports_as_csv_and_spreadsheets_recorded_as_disclosures(vault, renewing, tmp_path):
    rows = renewals.renewal_list(vault, within_days=30, today=TODAY)
    assert renewals.export_list(vault, rows, "csv", tmp_path / "r.csv") == 2
    table = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text("utf-8-sig"))))
    assert table[0] == list(renewals.COLUMNS)
    assert table[1][:9] == ["Émilie Dupré", "emilie@exemple.org", "active", "Membre", "2026-06-25", "10", "20.00",
                            "EUR", "2026-06-25"]
    renewals.export_list(vault, rows, "ods", tmp_path / "r.ods", header=["Nom"] * len(renewals.COLUMNS),
                         sheet="Renouvellements")
    content = zipfile.ZipFile(tmp_path / "r.ods").read("content.xml").decode()
    assert "Renouvellements" in content and "jack@example.net" in content
    logged = exchange_log.disclosures(vault, renewing[1])
    assert [d.kind for d in logged] == ["renewals-ods", "renewals-csv"]
    assert (tmp_path / "r.csv").stat().st_mode & 0o077 == 0


# -- the contributions page -----------------------------------------------------------------------------------------
def test_contributions_filter_by_year_kind_method_and_total_per_year_and_kind(vault, person, tmp_path):
    for amount, when, method, kind in (("20", "2025-01-10", "transfer", "dues"), ("20", "2026-01-10", "cash", "dues"),
                                       ("5", "2026-03-01", "cash", "donation"),
                                       ("7.50", "2026-04-01", "transfer", "donation")):
        members.add_contribution(vault, person, amount, when=when, method=method, kind=kind)
    members.add_contribution(vault, person, "10", currency="GBP", when="2026-05-01", kind="donation")
    assert dues.years(vault) == [2026, 2025]
    assert dues.count(vault, dues.Filter()) == 5
    assert dues.count(vault, dues.Filter(year=2026, kind="donation")) == 3
    assert [c.amount for c in dues.page(vault, dues.Filter(method="cash"), 0, 10)] == [Decimal("5.00"),
                                                                                      Decimal("20.00")]
    assert [(t.year, t.kind, t.currency, t.amount, t.count) for t in dues.totals(vault, dues.Filter())] == [
        (2026, "donation", "EUR", Decimal("12.50"), 2), (2026, "donation", "GBP", Decimal("10.00"), 1),
        (2026, "dues", "EUR", Decimal("20.00"), 1), (2025, "dues", "EUR", Decimal("20.00"), 1)]
    assert dues.export(vault, dues.Filter(year=2026, kind="dues"), "csv", tmp_path / "c.csv") == 1
    lines = (tmp_path / "c.csv").read_text("utf-8-sig").splitlines()
    assert lines[1].startswith("2026-01-10,Émilie Dupré,20.00,EUR,cash,dues")
    assert [d.kind for d in exchange_log.disclosures(vault, person)] == ["contributions-csv"]


# -- the home page --------------------------------------------------------------------------------------------------
def test_the_overview_counts_statuses_renewals_this_month_dues_this_year_and_says_the_last_backup(
        vault, renewing, tmp_path):
    emilie, _jack, _ann = renewing
    People(vault).add(Person(given="Not", family="Member"))
    members.add_contribution(vault, emilie, "20", when="2026-02-01")
    members.add_contribution(vault, emilie, "30", when="2025-12-01")
    members.add_contribution(vault, emilie, "9", when="2026-02-02", kind="donation")
    seen = home.overview(vault, TODAY)
    assert seen.statuses == {"active": 2, "pending": 0, "honorary": 0, "lapsed": 1, "resigned": 0, "none": 1}
    assert (seen.renewals_this_month, seen.days_to_month_end) == (1, 15)
    assert (seen.dues_this_year, seen.dues_count) == ({"EUR": Decimal("20.00")}, 1)
    assert seen.last_changes[0].entity == "contribution" and seen.last_backup is None
    backup.backup_to(vault, tmp_path / "backups")
    when, folder = home.overview(vault, TODAY).last_backup
    assert folder == str((tmp_path / "backups").resolve()) and when.endswith("Z")
    assert json.loads(vault.get_meta("last_backup"))["folder"] == folder



@pytest.mark.parametrize("today", [date(2026, 12, 1), date(2026, 12, 20), date(2026, 6, 15), date(2025, 1, 31)])
def test_the_overviews_counts_agree_with_the_renewal_list_and_the_status_filter(vault, today):
    """The home page counts in one pass what the pages its links open show: on a demo federation, the people per
    status of the people list's filter, and the renewals of the renewal list (without the lapsed) up to the month's
    end."""
    from collections import Counter

    from commons_desktop.services import demo, status_filter

    demo.generate(vault, people=400, seed=5)
    seen = home.overview(vault, today)
    expected = Counter(status_filter.statuses(vault, today).values())
    assert {k: v for k, v in seen.statuses.items() if k != "none"} == {
        s: expected.get(s, 0) for s in status_filter.STATUSES if s != "none"}
    listed = renewals.renewal_list(vault, within_days=seen.days_to_month_end, today=today, include_lapsed=False)
    assert seen.renewals_this_month == len(listed)
    if today.month == 12 and today.year == 2026:  # the demo's active memberships mostly end on 31 December 2026
        assert len(listed) > 10
