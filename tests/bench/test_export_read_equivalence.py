"""The export's bulk reads decode the vault's JSON columns with the C scanner alone: the same value as
``json.loads`` for any text, or the same error."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.vault.exchange_read import _json

VALUES = st.recursive(st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(),
                      lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=10)


def _loads(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return ("error", type(exc))


def _fast(text):
    try:
        return _json(text)
    except json.JSONDecodeError as exc:
        return ("error", type(exc))


@settings(max_examples=500, deadline=None)
@given(VALUES, st.sampled_from(["", " ", "x", "]", "\n"]), st.booleans())
def test_json_columns_decode_as_json_loads(value, tail, compact):
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":") if compact else None) + tail
    assert repr(_fast(text)) == repr(_loads(text))  # repr: NaN equals itself there
    assert _fast(" " + text) == _loads(" " + text)


@given(st.text(max_size=40))
def test_any_text_decodes_or_fails_as_json_loads(text):
    assert repr(_fast(text)) == repr(_loads(text))  # repr: NaN equals itself there
