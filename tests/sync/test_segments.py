"""The team's files (sync/segments.py) and the folder transport (sync/folder.py): sealed, padded, refused when
tampered, truncated or foreign; a folder never overwrites another's file."""

from __future__ import annotations

import json
import os
import subprocess

import pyrage
import pytest
from pyrage import x25519

from commons_desktop.core import signing
from commons_desktop.core.errors import TeamError
from commons_desktop.sync import segments as seg
from commons_desktop.sync.folder import Folder

TEAM = "0123456789abcdef0123456789abcdef"
SEED, PUBLIC = signing.new_key()
A = ("dev-a", SEED)                         # device a, signing with its own key
KEYS = seg.pinned_keys({"dev-a": PUBLIC})   # a reader that pinned a's key


@pytest.fixture(scope="module")
def key():
    return seg.new_identity()


def _wired(n: int) -> list[dict]:
    return [{"hlc": f"{1_700_000_000_000 + i:013d}.00000", "device": "dev-a", "author": "", "entity": "person",
             "id": f"p{i}", "op": "update", "fields": {"notes": f"note {i}"}, "replaced": {"notes": None},
             "elements": None} for i in range(n)]


def test_segment_round_trip(key):
    identity, recipient = key
    data = seg.segment(TEAM, A, 3, _wired(5), [recipient])
    assert seg.read_segment(data, [identity], TEAM, "dev-a", 3, KEYS) == _wired(5)


@pytest.mark.parametrize("damage", ["flip", "truncate", "append"])
def test_damaged_segment_is_refused(key, damage):
    identity, recipient = key
    data = bytearray(seg.segment(TEAM, A, 1, _wired(3), [recipient]))
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        data = data[:-40]
    else:
        data += b"\0" * 16
    with pytest.raises(TeamError) as caught:
        seg.read_segment(bytes(data), [identity], TEAM, "dev-a", 1, KEYS)
    assert caught.value.code == "tampered"


def test_foreign_key_team_device_or_number_is_refused(key):
    identity, recipient = key
    other_identity, other_recipient = seg.new_identity()
    foreign = seg.segment(TEAM, A, 1, _wired(2), [other_recipient])
    with pytest.raises(TeamError, match="tampered"):
        seg.read_segment(foreign, [identity], TEAM, "dev-a", 1, KEYS)
    ours = seg.segment(TEAM, A, 1, _wired(2), [recipient])
    for team, device, number in (("f" * 32, "dev-a", 1), (TEAM, "dev-b", 1), (TEAM, "dev-a", 2)):
        with pytest.raises(TeamError) as caught:
            seg.read_segment(ours, [identity], team, device, number, KEYS)
        assert caught.value.code == "tampered"
    with pytest.raises(TeamError, match="tampered"):   # an index is not a segment
        seg.read_segment(seg.index(TEAM, A, {}, [recipient]), [identity], TEAM, "dev-a", 1, KEYS)


def test_a_forged_segment_is_refused(key):
    """Someone holding the team key but not a's signing key writes a segment claiming to be a's: refused."""
    identity, recipient = key
    forger = ("dev-a", signing.new_key()[0])
    forged = seg.segment(TEAM, forger, 1, _wired(2), [recipient])
    with pytest.raises(TeamError) as caught:
        seg.read_segment(forged, [identity], TEAM, "dev-a", 1, KEYS)
    assert (caught.value.code, caught.value.why) == ("tampered", "signature")
    with pytest.raises(TeamError) as caught:   # a device whose key is not pinned: nobody to check it against
        seg.read_segment(seg.segment(TEAM, A, 1, _wired(2), [recipient]), [identity], TEAM, "dev-a", 1,
                         seg.pinned_keys({}))
    assert caught.value.why == "unknown-signer"
    unsigned = seg.seal({"kind": "segment", "team": TEAM, "device": "dev-a", "number": 1, "count": 2},
                        json.dumps(_wired(2)).encode(), [recipient])   # as written before signatures
    with pytest.raises(TeamError) as caught:
        seg.read_segment(unsigned, [identity], TEAM, "dev-a", 1, KEYS)
    assert caught.value.why == "unsigned"
    assert seg.read_segment(unsigned, [identity], TEAM, "dev-a", 1, KEYS, unsigned=True) == _wired(2)


def test_an_index_is_pinned_on_first_sight_and_a_changed_key_refused(key):
    identity, recipient = key
    data = seg.index(TEAM, A, {"segments": []}, [recipient])
    first = seg.read_index(data, [identity], TEAM, "dev-a", {})
    assert (first["trust"], first["signing"]) == ("first-sight", PUBLIC)
    assert seg.read_index(data, [identity], TEAM, None, {"dev-a": PUBLIC})["trust"] == "pinned"
    other = seg.index(TEAM, ("dev-a", signing.new_key()[0]), {"segments": []}, [recipient])
    with pytest.raises(TeamError) as caught:
        seg.read_index(other, [identity], TEAM, "dev-a", {"dev-a": PUBLIC})
    assert caught.value.why == "key-changed"
    unsigned = seg.seal({"kind": "index", "team": TEAM, "device": "dev-a"}, b"{}", [recipient])
    assert seg.read_index(unsigned, [identity], TEAM, "dev-a", {})["trust"] == "unsigned"   # before signatures
    for pins_device in ("dev-a", None):
        with pytest.raises(TeamError) as caught:   # once pinned, never again unsigned
            seg.read_index(unsigned, [identity], TEAM, pins_device, {"dev-a": PUBLIC})
        assert caught.value.why == "unsigned"


def test_older_keys_still_read(key):
    identity, recipient = key
    new_identity, new_recipient = seg.new_identity()
    old = seg.segment(TEAM, A, 1, _wired(1), [recipient])
    assert seg.read_segment(old, [identity, new_identity], TEAM, "dev-a", 1, KEYS)
    new = seg.segment(TEAM, A, 2, _wired(1), [new_recipient])
    with pytest.raises(TeamError):   # a device removed keeps only the old key
        seg.read_segment(new, [identity], TEAM, "dev-a", 2, KEYS)


def test_sizes_are_padded_to_buckets(key):
    """What is encrypted has a bucket's length (age adds its own random-length "grease" stanza around it)."""
    identity, recipient = key
    ident = x25519.Identity.from_str(identity)
    sizes = {len(pyrage.decrypt(seg.segment(TEAM, A, 1, [{"x": os.urandom(n).hex(), "hlc": "1"}], [recipient]),
                                [ident])) for n in range(0, 200, 7)}
    assert sizes == {1024}   # notes of 0 to 400 random characters: one size
    assert all(seg.padded_length(n) >= n for n in range(1, 100_000, 997))
    assert all(seg.padded_length(n) <= n * 1.13 for n in range(1024, 1_000_000, 9973))


def test_names_are_random_hex_and_derived_names_look_alike():
    names = {seg.random_name() for _ in range(50)}
    assert len(names) == 50 and all(seg.is_name(n) for n in names)
    assert seg.is_name(seg.marker_name(TEAM)) and seg.is_name(seg.index_name(TEAM, "dev-a"))
    assert seg.index_name(TEAM, "dev-a") != seg.index_name(TEAM, "dev-b")
    assert seg.marker_name(TEAM) != seg.marker_name("e" * 32)


def test_age_tool_reads_a_segment(key, tmp_path):
    """The files are plain age: the real `age` tool decrypts them (and finds only the padded, compressed body)."""
    identity, recipient = key
    (tmp_path / "id").write_text(identity + "\n")
    (tmp_path / "s").write_bytes(seg.segment(TEAM, A, 1, _wired(2), [recipient]))
    out = subprocess.run(["age", "-d", "-i", str(tmp_path / "id"), str(tmp_path / "s")], capture_output=True,
                         check=True).stdout
    assert out.startswith(seg.SIGNED) and len(out) == seg.padded_length(len(out))


def test_invitation_passphrase_and_recipient():
    content = {"team": TEAM, "keys": [seg.new_identity()[0]], "transports": ["/x"], "devices": ["dev-a"]}
    data = seg.invitation(content, passphrase="open sesame")
    assert seg.read_invitation(data, passphrase="open sesame")["team"] == TEAM
    with pytest.raises(TeamError, match="unreadable-invitation"):
        seg.read_invitation(data, passphrase="wrong")
    identity, recipient = seg.new_identity()
    data = seg.invitation(content, recipient=recipient)
    assert seg.read_invitation(data, identity=identity)["keys"] == content["keys"]
    with pytest.raises(TeamError, match="unreadable-invitation"):
        seg.read_invitation(data, identity=seg.new_identity()[0])
    with pytest.raises(TeamError, match="unreadable-invitation"):
        seg.read_invitation(b"not age at all", passphrase="x")


def test_folder_never_overwrites_and_ignores_temporary_files(tmp_path):
    folder = Folder(tmp_path)
    name = seg.random_name()
    folder.write_new(name, b"first")
    with pytest.raises(FileExistsError):
        folder.write_new(name, b"second")
    assert folder.read(name) == b"first"
    folder.replace(name, b"third")
    assert folder.read(name) == b"third"
    (tmp_path / ".stfolder").mkdir()
    (tmp_path / f".{name}.tmp").write_bytes(b"x")
    assert folder.listing() == {name: 5} and folder.foreign_entries() == 0
    (tmp_path / "holiday.jpg").write_bytes(b"x")
    assert folder.foreign_entries() == 1
    folder.delete(name)
    assert folder.listing() == {}
    with pytest.raises(TeamError, match="tampered"):
        folder.read("../../etc/passwd")
    os.rmdir(tmp_path / ".stfolder")


def test_missing_folder(tmp_path):
    with pytest.raises(TeamError, match="folder-missing"):
        Folder(tmp_path / "gone").listing()
