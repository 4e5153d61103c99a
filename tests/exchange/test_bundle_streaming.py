"""A bundle to recipients is zipped and encrypted as it is written: the signed zip is never held whole in memory
(issue 16: 100,000 people's bundle peaked at 205 MB with the zip built in memory first). Behaviour only: the memory
saved is measured in bench/export_memory.py, never asserted here."""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading

import pyrage
import pytest

from commons_desktop.exchange import bundle

PIECE = 1 << 20


def _identity():
    key = pyrage.x25519.Identity.generate()
    return key, str(key.to_public())


class _Out(io.BytesIO):
    """The bundle's file, saying how many bytes were in it each time the plaintext's writer looked."""


def test_the_plaintext_is_encrypted_into_the_file_while_it_is_still_being_written():
    key, recipient = _identity()
    plaintext = os.urandom(8 * PIECE)
    out = _Out()
    seen: list[int] = []

    def write(pipe) -> None:
        for n in range(0, len(plaintext), PIECE):
            pipe.write(plaintext[n:n + PIECE])
            seen.append(len(out.getbuffer()))
    bundle.encrypter(write, recipients=[recipient])(out)
    assert pyrage.decrypt(out.getvalue(), [key]) == plaintext
    # ciphertext was in the file before the last piece was written (main made the whole plaintext first)
    assert seen[-2] > 0
    assert seen[-2] < len(out.getvalue())


def test_an_error_while_writing_the_plaintext_stops_the_encrypter_and_is_raised():
    _, recipient = _identity()

    def write(pipe) -> None:
        pipe.write(os.urandom(3 * PIECE))
        raise ValueError("the vault went away")
    before = threading.active_count()
    with pytest.raises(ValueError, match="went away"):
        bundle.encrypter(write, recipients=[recipient])(io.BytesIO())
    assert threading.active_count() == before  # the encrypting thread ended


class _Full(io.BytesIO):
    def write(self, data) -> int:
        if self.tell() > PIECE:
            raise OSError(28, "No space left on device")
        return super().write(data)


def test_an_error_writing_the_file_stops_the_plaintext_and_is_raised():
    _, recipient = _identity()
    written: list[int] = []

    def write(pipe) -> None:
        for _ in range(64):
            pipe.write(os.urandom(PIECE))
            written.append(1)
    before = threading.active_count()
    with pytest.raises(pyrage.EncryptError, match="No space left"):  # (as pyrage says it, writing from memory too)
        bundle.encrypter(write, recipients=[recipient])(_Full())
    assert len(written) < 64  # stopped, not written to the end into nothing
    assert threading.active_count() == before


def test_a_passphrase_bundle_of_a_written_plaintext_decrypts_to_it():
    plaintext = os.urandom(PIECE + 17)
    made = bundle.encrypter(lambda out: out.write(plaintext), passphrase="correct horse")
    assert bundle.decrypt(made, passphrase="correct horse") == plaintext


def test_a_zip_written_into_a_pipe_opens_as_a_bundle_archive():
    """pack_to into a file that cannot seek (the pipe to the encrypter): each entry's sizes follow it in a data
    descriptor, and the archive reader takes it as it takes a zip made in memory."""
    from commons_desktop.exchange import archive

    class Unseekable:
        def __init__(self):
            self.buf = io.BytesIO()

        def write(self, data):
            return self.buf.write(data)

        def flush(self):
            pass
    out = Unseekable()
    zipped = archive.ZipBuilder(out)
    with zipped.stream("records.json") as fh:
        fh.write(b'{"records": []}' * 1000)
    zipped.add("README.txt", b"hello")
    zipped.finish()
    arc = archive.Archive(out.buf.getvalue())
    assert arc.read("records.json", 15000) == b'{"records": []}' * 1000
    assert arc.read("README.txt", 5) == b"hello"


class _Recorded(io.BytesIO):
    """A file saying which threads wrote into it."""

    def __init__(self):
        super().__init__()
        self.writers: set[str] = set()

    def write(self, data) -> int:
        self.writers.add(threading.current_thread().name)
        return super().write(data)


def _manifest() -> dict:
    return {"format": bundle.FORMAT, "version": bundle.VERSION}


def test_the_records_are_deflated_by_another_thread_while_they_are_being_written():
    """pack_to: the records' hash, CRC and deflate (~2 s of the whole federation's bundle) run in a thread of their
    own beside the one making their text; the zip is the same."""
    from commons_desktop.exchange import archive, identity
    ident = identity.generate("A")
    text = os.urandom(PIECE // 2).hex().encode()  # 2 pieces of text, not compressible to nothing
    out = _Recorded()

    def records(fh) -> None:
        for n in range(0, len(text), 65536):
            fh.write(text[n:n + 65536])
    bundle.pack_to(out, _manifest(), records, {}, ident)
    assert out.writers - {threading.current_thread().name}  # the compressed records came from another thread
    arc = archive.Archive(out.getvalue())
    assert arc.read("records.json", len(text)) == text
    manifest = json.loads(arc.read("manifest.json", arc.size("manifest.json")))
    assert manifest["records"] == {"path": "records.json", "sha256": hashlib.sha256(text).hexdigest(),
                                   "size": len(text)}


def test_an_error_while_writing_the_records_stops_the_deflating_thread_and_is_raised():
    from commons_desktop.exchange import identity
    ident = identity.generate("A")

    def records(fh) -> None:
        fh.write(os.urandom(3 * PIECE))
        raise ValueError("the vault went away")
    before = threading.active_count()
    with pytest.raises(ValueError, match="went away"):
        bundle.pack_to(io.BytesIO(), _manifest(), records, {}, ident)
    assert threading.active_count() == before


def test_a_full_disk_under_the_encrypter_stops_the_records_and_says_why():
    """The encrypter's error reaches the records' writer through the deflating thread: it says why (the disk)."""
    from commons_desktop.exchange import identity
    ident = identity.generate("A")
    _, recipient = _identity()
    written: list[int] = []

    def records(fh) -> None:
        for _ in range(64):
            fh.write(os.urandom(PIECE))
            written.append(1)
    before = threading.active_count()
    with pytest.raises(pyrage.EncryptError, match="No space left"):
        bundle.encrypter(lambda out: bundle.pack_to(out, _manifest(), records, {}, ident),
                         recipients=[recipient])(_Full())
    assert len(written) < 64
    assert threading.active_count() == before
