"""Changes on the wire (vault/replication.py): a round trip keeps every part, hostile input is a BadChange with a code
and never another exception, each vault is a device of its own, and local_changes lists this device's changes."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commons_desktop.core.changes import Op
from commons_desktop.core.errors import BadChange
from commons_desktop.core.model import Email, Person
from commons_desktop.vault import changelog, replication, tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.people import People
from tests.vault.replicas import on_the_wire, open_replicas


def _some_changes(v: Vault) -> list:
    people = People(v)
    p = people.add(Person(given="Ada", family="Lovelace", emails=[Email("ada@example.org", "home")]))
    people.update(p.id, Person(given="Ada", family="King", emails=[Email("ada@example.org", "work"),
                                                                   Email("ada@lovelace.org")]))
    tags.add_tag(v, "bureau", [p.id])
    Documents(v).add("Statuts", b"%PDF-1.4 statuts", "statuts.pdf", "application/pdf", links=[("person", p.id)])
    people.delete(p.id)
    return replication.local_changes(v, after_hlc=None)


def test_a_change_round_trips_through_json(vault):
    changes = _some_changes(vault)
    assert {c.op for c in changes} >= {Op.CREATE, Op.UPDATE, Op.TAG, Op.VERSION, Op.LINK, Op.DELETE}
    back = on_the_wire(changes)
    for a, b in zip(changes, back, strict=True):
        assert (a.hlc, a.device, a.author, a.entity, a.entity_id, a.op) == (b.hlc, b.device, b.author, b.entity,
                                                                           b.entity_id, b.op)
        assert (a.fields, a.replaced, a.elements) == (b.fields, b.replaced, b.elements)


def test_a_version_carries_its_content(vault):
    changes = _some_changes(vault)
    (version,) = [c for c in changes if c.op is Op.VERSION]
    import base64
    assert base64.b64decode(version.fields["content"]) == b"%PDF-1.4 statuts"


def test_a_delete_carries_what_it_saw(vault):
    changes = _some_changes(vault)
    (delete,) = [c for c in changes if c.op is Op.DELETE]
    before = max(c.hlc for c in changes if c.entity_id == delete.entity_id and c.op is not Op.DELETE)
    assert delete.fields == {"saw": before}


def test_each_vault_is_a_device_of_its_own(vault_template, tmp_path):
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"])
    a, b = vaults["a"], vaults["b"]
    assert replication.device_id(a) != replication.device_id(b)
    assert replication.device_id(a) == replication.device_id(a)
    People(a).add(Person(given="Ada"))
    assert changelog.history(a)[0].device == replication.device_id(a)
    path, key = a.path, a.key
    a.close()
    again = Vault.open(path, key=key, device="same-computer")
    try:
        assert again.device == replication.device_id(again)
        People(again).add(Person(given="Grace"))
        assert {c.device for c in changelog.history(again)} == {again.device}
    finally:
        again.close()
        b.close()


def test_changes_written_before_the_id_become_this_devices(vault):
    People(vault).add(Person(given="Ada"))
    me = replication.device_id(vault)
    assert [c.device for c in replication.local_changes(vault, after_hlc=None)] == [me]


def test_local_changes_after_a_stamp_and_limited(vault):
    people = People(vault)
    for name in ("A", "B", "C", "D"):
        people.add(Person(given=name))
    every = replication.local_changes(vault, after_hlc=None)
    assert [c.hlc for c in every] == sorted(c.hlc for c in every)
    assert replication.local_changes(vault, after_hlc=every[1].hlc) == every[2:]
    assert replication.local_changes(vault, after_hlc=every[0].hlc, limit=2) == every[1:3]
    assert replication.local_changes(vault, after_hlc=every[-1].hlc) == []


def test_received_changes_are_not_local(vault_template, tmp_path):
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"])
    a, b = vaults["a"], vaults["b"]
    People(a).add(Person(given="Ada"))
    with b.transaction():
        for c in on_the_wire(replication.local_changes(a, after_hlc=None)):
            changelog.write(b, c)
    assert replication.local_changes(b, after_hlc=None) == []
    a.close()
    b.close()


def _wired(vault) -> list[dict]:
    return [replication.wire(c) for c in _some_changes(vault)]


BAD = [
    ("not-an-object", lambda w: [w]),
    ("unknown-key", lambda w: {**w, "extra": 1}),
    ("missing-key", lambda w: {k: x for k, x in w.items() if k != "author"}),
    ("bad-hlc", lambda w: {**w, "hlc": "1780000000000.1"}),
    ("bad-hlc", lambda w: {**w, "hlc": 1780000000000}),
    ("bad-device", lambda w: {**w, "device": "../../etc"}),
    ("bad-device", lambda w: {**w, "device": "x" * 65}),
    ("bad-author", lambda w: {**w, "author": "x" * 201}),
    ("unknown-entity", lambda w: {**w, "entity": "secret"}),
    ("unknown-entity", lambda w: {**w, "entity": ["person"]}),
    ("unknown-op", lambda w: {**w, "op": "drop"}),
    ("unknown-op", lambda w: {**w, "op": None}),
    ("bad-id", lambda w: {**w, "id": "'; DROP TABLE person; --"}),
    ("bad-id", lambda w: {**w, "id": None}),
]


@pytest.mark.parametrize(("code", "spoil"), BAD)
def test_a_malformed_change_is_refused_with_its_code(vault, code, spoil):
    w = _wired(vault)[0]
    with pytest.raises(BadChange) as caught:
        replication.unwire(spoil(w))
    assert caught.value.code == code


def _first(vault, op: str) -> dict:
    return next(w for w in _wired(vault) if w["op"] == op)


PAYLOADS = [
    ("create", lambda f: {**f, "password": "x"}, "unknown-field"),
    ("create", lambda f: {**f, "given": 12}, "bad-value"),
    ("create", lambda f: {**f, "given": "x" * (replication.MAX_TEXT + 1)}, "too-large"),
    ("create", lambda f: {**f, "emails": [{"address": "a@b.c"}]}, "bad-value"),
    ("create", lambda f: {**f, "emails": "a@b.c"}, "bad-value"),
    ("create", lambda f: {**f, "birth_date": "1815-13-40"}, "bad-value"),
    ("create", lambda f: {**f, "custom": {"k": 1}}, "bad-value"),
    ("create", lambda f: {**f, "consents": [{"what": "x", "given_on": "x", "until": None}]}, "bad-value"),
    ("create", lambda f: [f], "bad-payload"),
    ("tag", lambda f: {"tag": ""}, "bad-value"),
    ("tag", lambda f: {"tag": "a", "more": 1}, "bad-payload"),
    ("link", lambda f: {**f, "entity": "meta"}, "bad-value"),
    ("version", lambda f: {**f, "sha256": "0" * 64}, "bad-value"),
    ("version", lambda f: {**f, "content": "not base64!"}, "bad-value"),
    ("version", lambda f: {**f, "size": -1}, "bad-value"),
    ("delete", lambda f: {"saw": "yesterday"}, "bad-value"),
]


@pytest.mark.parametrize(("op", "spoil", "code"), PAYLOADS)
def test_a_malformed_payload_is_refused_with_its_code(vault, op, spoil, code):
    w = _first(vault, op)
    with pytest.raises(BadChange) as caught:
        replication.unwire({**w, "fields": spoil(copy.deepcopy(w["fields"]))})
    assert caught.value.code == code


def test_an_update_s_clocks_and_elements_are_checked(vault):
    w = _first(vault, "update")
    for spoil, code in [
        (lambda u: {**u, "replaced": None}, "bad-replaced"),
        (lambda u: {**u, "replaced": {**u["replaced"], "notes": None}}, "bad-replaced"),
        (lambda u: {**u, "replaced": {k: "soon" for k in u["replaced"]}}, "bad-replaced"),
        (lambda u: {**u, "elements": {"family": []}}, "bad-elements"),
        (lambda u: {**u, "elements": {"emails": [["grow", "k", None, None]]}}, "bad-elements"),
        (lambda u: {**u, "elements": {"emails": [["add", "k", None]]}}, "bad-elements"),
        (lambda u: {**u, "elements": {"emails": [["add", 3, None, None]]}}, "bad-elements"),
        (lambda u: {**u, "elements": "emails"}, "bad-elements"),
        (lambda u: {**u, "fields": {}}, "bad-payload"),
    ]:
        with pytest.raises(BadChange) as caught:
            replication.unwire(spoil(copy.deepcopy(w)))
        assert caught.value.code == code


def test_a_delete_with_update_parts_is_refused(vault):
    w = _first(vault, "delete")
    with pytest.raises(BadChange) as caught:
        replication.unwire({**w, "replaced": {"given": None}})
    assert caught.value.code == "unexpected-key"


def test_an_erased_change_has_no_payload_and_is_read(vault):
    w = {**_first(vault, "update"), "fields": None, "replaced": None, "elements": None}
    assert replication.unwire(w).fields is None


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                 max_size=4), max_leaves=20)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_spoilt_part_is_a_bad_change_never_another_error(vault, data):
    if not hasattr(vault, "_wired_once"):
        vault._wired_once = _wired(vault)
    w = copy.deepcopy(data.draw(st.sampled_from(vault._wired_once)))
    key = data.draw(st.sampled_from(sorted(w)))
    w[key] = data.draw(_json)
    if isinstance(w.get("fields"), dict) and data.draw(st.booleans()):
        inner = data.draw(st.sampled_from(sorted(w["fields"]) or ["x"]))
        w["fields"][inner] = data.draw(_json)
    try:
        change = replication.unwire(json.loads(json.dumps(w)))
    except BadChange:
        return
    assert change.hlc == w["hlc"]  # what is read back is what was sent


_near_valid = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2 ** 63, max_value=2 ** 63)
    | st.sampled_from(["", "x", "2026-02-30", "2026-02-28", "10.00", "0.001", "1e3", "NaN"]) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["what", "given_on", "until", "address", "kind", "number", "street", "city", "x"]), inner,
        max_size=4), max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_the_quick_test_of_a_field_never_passes_what_the_full_check_refuses(data):
    """A snapshot's or a change's fields are first tried with each kind's quick test (replication._valid): whatever
    it passes, the full check (_check_plain) passes too, so a hostile value is never let through by the quick one."""
    from commons_desktop.vault.codecs import BY_ENTITY, DOCUMENT_VERSION
    codec = data.draw(st.sampled_from([*sorted(BY_ENTITY.values(), key=lambda c: c.entity), DOCUMENT_VERSION]))
    field = data.draw(st.sampled_from(codec.fields))
    value = data.draw(_near_valid)
    if replication._valid(field.kind)(value):
        replication._check_plain(field.kind, value, field.name, {"entity": codec.entity, "op": "create"})
