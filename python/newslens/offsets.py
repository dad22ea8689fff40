"""UTF-16 offsets (the schema's, shared with JS) to Python code-point offsets.

The core reports every span as UTF-16 code-unit indices, so that JS slices
``text.slice(start, end)``. Python slices ``str`` by code point: the two differ
after each character outside the Basic Multilingual Plane (an emoji, say), which
is one code point but two UTF-16 units.
"""

from bisect import bisect_left
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")

# Span fields of the result that get code-point twins: start/end on any object
# that has both, and entities' "first" (their first mention's start).
_CHAR_TWINS = (("start", "startChar"), ("end", "endChar"), ("first", "firstChar"))


class CharOffsets:
    """Maps UTF-16 offsets into ``text`` to code-point offsets (``str`` indices)."""

    def __init__(self, text):
        # The UTF-16 index of each astral character: the i-th one sits i units
        # further than its code-point index.
        self._astral_units = [m.start() + i for i, m in enumerate(_ASTRAL.finditer(text))]

    def __call__(self, unit):
        """The code-point index of UTF-16 offset ``unit``."""
        return unit - bisect_left(self._astral_units, unit) if self._astral_units else unit


def add_char_offsets(result, text):
    """Adds ``startChar``/``endChar`` (and entities' ``firstChar``) beside every
    UTF-16 offset in ``result``, a schema-1 dict of ``text``, so that
    ``text[m["startChar"]:m["endChar"]] == m["text"]``. Returns ``result``."""
    to_char = CharOffsets(text)
    for value in result.values():
        if isinstance(value, list):
            _add_to_spans(value, to_char)
    return result


def _add_to_spans(items, to_char):
    for item in items:
        if not isinstance(item, dict):
            continue
        for unit_key, char_key in _CHAR_TWINS:
            unit = item.get(unit_key)
            if isinstance(unit, int) and not isinstance(unit, bool):
                item[char_key] = to_char(unit)
        for value in item.values():  # nested spans, e.g. keyPoints[].refersTo
            if isinstance(value, list):
                _add_to_spans(value, to_char)
