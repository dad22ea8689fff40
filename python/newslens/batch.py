"""Streaming JSON Lines batch: one analysis per input record, in input order.

Each non-blank input line yields exactly one output line: the schema-1 result
(UTF-16 offsets, as the JS API writes them) preceded by ``"line"`` (the input line
number, from 1) and the record's id field when it has one. A record that is not a
JSON object, lacks a string text field or is refused by the core becomes an error
line ``{"line":…, "schema":1, "error":{"code":…, "message":…}}``; the batch goes on.
"""

import json
import sys
import time

from .analyzer import NewsLensError, analyze_json_with, encode_text, error_result, map_in_order
from .offsets import add_char_offsets


class BatchStats:
    """Counts of a run, reported on stderr as it goes and returned at the end."""

    def __init__(self):
        self.records = 0
        self.errors = 0
        self.started = time.monotonic()

    def rate(self):
        """Records per second so far."""
        return self.records / max(time.monotonic() - self.started, 1e-9)

    def line(self, final=False):
        """One progress line for people."""
        state = "done" if final else "progress"
        return (f"newslens batch: {state}: {self.records} records, {self.errors} errors, "
                f"{time.monotonic() - self.started:.1f} s, {self.rate():.1f} records/s")


def _parse_record(raw):
    """The JSON object on input line ``raw``; NewsLensError("bad_record") if it is none."""
    try:
        record = json.loads(raw.decode("utf-8", "replace"))
    except ValueError as error:
        raise NewsLensError("bad_record", f"not a JSON record: {error}") from None
    if not isinstance(record, dict):
        raise NewsLensError("bad_record", "the record is not a JSON object")
    return record


def _is_error(body):
    # Both the core and error_result() open an error object with "schema" then
    # "error"; a result has "stats" there.
    return b'"error":' in body[:40]


def _analyze_line(core, item, text_field, id_field, options_text, char_offsets):
    """(output line as bytes without newline, whether it is an error line) for
    input line ``item`` = (number, raw bytes)."""
    number, raw = item
    head = {"line": number}
    try:
        record = _parse_record(raw)
        if record.get(id_field) is not None:
            head[id_field] = record[id_field]  # on error lines too: they must be traceable
        text = record.get(text_field)
        if not isinstance(text, str):
            raise NewsLensError("bad_record", f'the record has no string field "{text_field}"')
        body = analyze_json_with(core, text, options_text)
        if char_offsets and not _is_error(body):
            body = json.dumps(add_char_offsets(json.loads(body), encode_text(text)[1]), ensure_ascii=False).encode()
    except NewsLensError as error:
        body = json.dumps(error_result(error)).encode()
    # Splice the head onto the core's own JSON instead of re-serializing it.
    return json.dumps(head).encode()[:-1] + b"," + body[1:], _is_error(body)


def _numbered_lines(stream):
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield number, raw


def run_batch(source, sink, text_field="article", id_field="id", jobs=1, options_text="",
              char_offsets=False, progress=sys.stderr, progress_seconds=5.0):
    """Analyzes every JSON Lines record of binary stream ``source`` into binary
    stream ``sink``, ``jobs`` records at a time, reporting on ``progress`` (None:
    silent) every ``progress_seconds``. Returns the BatchStats; never stops for a
    bad record (``char_offsets`` adds startChar/endChar, see newslens.offsets)."""
    stats = BatchStats()
    last_report = stats.started

    def work(core, item):
        return _analyze_line(core, item, text_field, id_field, options_text, char_offsets)

    for line, failed in map_in_order(work, _numbered_lines(source), jobs):
        sink.write(line + b"\n")
        stats.records += 1
        stats.errors += failed
        if progress is not None and time.monotonic() - last_report >= progress_seconds:
            last_report = time.monotonic()
            print(stats.line(), file=progress, flush=True)
    sink.flush()
    if progress is not None:
        print(stats.line(final=True), file=progress, flush=True)
    return stats
