"""Output (JSON vs text, the progress bar) and the one error handler (codes, one line, no secrets, no traceback)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from commons_desktop.cli import errors
from commons_desktop.cli.output import Output, ProgressBar
from commons_desktop.core import errors as e
from commons_desktop.vault import search as vault_search


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_and_clears():
    stream = FakeTerminal()
    bar = ProgressBar(stream, width=10, interval=0)
    bar(0, 200, "people")
    bar(100, 200, "people")
    bar(200, 200, "people")
    text = stream.getvalue()
    assert "[#####-----]  50% 100/200" in text and "[##########] 100% 200/200" in text
    bar.finish()
    assert stream.getvalue().endswith("\r")


def test_progress_is_silent_when_not_a_terminal(capsys):
    with Output().progress() as progress:
        progress(1, 2, "x")
    assert capsys.readouterr().err == ""


def test_demo_shows_a_bar_on_a_terminal(cli, tmp_path, monkeypatch):
    pytest.importorskip("commons_desktop.services.demo")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli("--vault", tmp_path / "d.commons", "demo", "--people", "30").code == 0
    assert "%" in terminal.getvalue() and "\r" in terminal.getvalue()


def test_json_output_is_plain_data(cli, populated_template):
    r = cli("--vault", populated_template.path, "--json", "person", "show", populated_template.person)
    data = json.loads(r.out)
    assert data["birth_date"] == "1984-03-02" and isinstance(data["contributions"][0]["amount"], str)


@pytest.mark.parametrize(("exc", "code"), [
    (e.UsageError("x"), 2), (e.WrongPassphrase(), 3), (e.VaultLocked(), 3), (e.KeyringLocked(), 3),
    (e.NoPassphrase(), 3), (e.InvalidField("email", "bad"), 4), (e.DocumentTooLarge(10, 5), 4),
    (e.InvalidInput("x"), 4), (e.ServerError("down"), 5), (e.NotFound("person", "1"), 1),
    (e.VaultNotFound("p"), 1), (e.VaultDamaged(["page 2"]), 1), (e.Cancelled(), 1), (e.KeyringUnavailable(), 1),
    (OSError(2, "No such file or directory", "f.txt"), 1), (RuntimeError("boom"), 1), (KeyboardInterrupt(), 130),
])
def test_exit_codes(exc, code):
    assert errors.exit_code(exc) == code
    assert "\n" not in errors.describe(exc)


def test_descriptions_are_one_bounded_line():
    assert errors.describe(OSError(2, "No such file or directory", "f.txt")) == "No such file or directory: f.txt"
    assert errors.describe(RuntimeError("a\nb")) == "unexpected RuntimeError (run with COMMONS_DEBUG=1 for details)"
    assert len(errors.describe(RuntimeError("x" * 5000))) <= errors.MAX_LINE


def test_an_unexpected_failure_is_one_line_and_exit_1(cli, populated_template, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("something broke")
    monkeypatch.setattr(vault_search, "search", broken)
    r = cli("--vault", populated_template.path, "search", "x")
    assert r.code == 1 and r.one_error_line() == ("commons: error: unexpected RuntimeError "
                                                  "(run with COMMONS_DEBUG=1 for details)")
    assert "something broke" not in r.err  # an unexpected message may hold a value: never echoed
    monkeypatch.setenv("COMMONS_DEBUG", "1")
    r = cli("--vault", populated_template.path, "search", "x")
    assert r.code == 1 and "Traceback" in r.err  # only when a developer asks for it


def test_interrupted_is_130(cli, populated_template, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(vault_search, "search", interrupted)
    r = cli("--vault", populated_template.path, "search", "x")
    assert r.code == 130 and r.one_error_line() == "commons: error: interrupted"
