"""Interop with the standard `age` tool (Debian package `age`), both directions, binary and armored."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile

import pytest

from commons_desktop.exchange import bundle
from commons_desktop.services import partners

from .bundle_helpers import age_secret, pair, receive, send

pytestmark = pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")


@pytest.fixture
def groups(filled, make_vault):
    a, ids, org = filled
    b = make_vault("b")
    pair(a, b)
    return a, b, ids


def age(*args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(["age", *args], input=data, capture_output=True, check=True, timeout=30).stdout


@pytest.mark.parametrize("armor", [False, True])
def test_age_tool_decrypts_our_bundles(groups, tmp_path, armor):
    a, b, ids = groups
    out = tmp_path / "a.commonsx"
    send(a, out, armor=armor)
    key = tmp_path / "b.key"
    key.write_text(age_secret(b) + "\n")
    plain = age("-d", "-i", str(key), str(out))
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        records = json.loads(zf.read("records.json"))
    assert {"README.txt", "manifest.json", "manifest.sig", "records.json"} <= names
    assert manifest["sender"]["fingerprint"] == partners.show_identity(a)["fingerprint"]
    assert {p["id"] for p in records["people"]} == set(ids)


@pytest.mark.parametrize("armor", [False, True])
def test_we_import_what_the_age_tool_encrypted(groups, tmp_path, armor):
    a, b, ids = groups
    out = tmp_path / "a.commonsx"
    send(a, out)
    payload = bundle.decrypt(out.read_bytes(), age_secret=age_secret(b))
    recipient = partners.show_identity(b)["recipient"]
    encrypted = age(*(["-a"] if armor else []), "-r", recipient, data=payload)
    assert encrypted.startswith(b"-----BEGIN AGE" if armor else b"age-encryption.org/v1")
    report = receive(b, encrypted, mode="create")
    assert report.created == 4


def test_ssh_recipient(groups, tmp_path):
    if shutil.which("ssh-keygen") is None:
        pytest.skip("ssh-keygen is not installed")
    a, b, ids = groups
    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True, timeout=30)
    out = tmp_path / "ssh.commonsx"
    from commons_desktop.exchange.selection import Selection
    from commons_desktop.services import bundles
    bundles.write(a, bundles.ExportSpec("bundle", Selection(ids=ids[:1])), out,
                  keys=[key.with_suffix(".pub").read_text().strip()])
    plain = age("-d", "-i", str(key), str(out))
    assert zipfile.ZipFile(io.BytesIO(plain)).read("manifest.json")
