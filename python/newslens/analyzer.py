"""The Python face of the native core: dicts in the JS API's schema 1, errors as
NewsLensError, and many articles at once on threads that run the core in parallel
(the extension releases the GIL while it analyzes)."""

from collections import deque
from concurrent.futures import ThreadPoolExecutor
import json
import os
import re
import threading

from . import _core
from .offsets import add_char_offsets

MAX_INPUT_BYTES = _core.MAX_INPUT_BYTES

# As web/analyzer.js's MAX_OPTIONS_BYTES: an options object is a few keys, never megabytes.
MAX_OPTIONS_BYTES = 64 * 1024

# A surrogate code point has no UTF-8 form. Each becomes U+FFFD, which has the
# same length in code points and in UTF-16 units, so offsets still fit the caller's str.
_SURROGATE = re.compile("[\ud800-\udfff]")


class NewsLensError(Exception):
    """An analysis refused or failed. ``code`` is stable and the same as the JS
    API's: ``bad_input``, ``bad_options``, ``input_too_large``, ``out_of_memory``,
    ``internal``…; the message is for people."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"{self.code}: {self.args[0]}"

    def __reduce__(self):  # pickled whole, so a Dask worker's error reaches the client with its code
        return (NewsLensError, (self.code, self.args[0]))


def _camel_case(key):
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def options_json(options):
    """The core's options object for keyword ``options``: the JS names
    (``keyPoints``) or their snake_case spelling (``key_points``)."""
    try:
        text = json.dumps({_camel_case(k): v for k, v in options.items()}, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as error:
        raise NewsLensError("bad_options", f"options must be plain JSON data: {error}") from None
    if len(text) > MAX_OPTIONS_BYTES:
        raise NewsLensError("bad_options", f"the options are {len(text)} characters of JSON; "
                                           f"the limit is {MAX_OPTIONS_BYTES} bytes")
    return text


def encode_text(text):
    """(UTF-8 bytes for the core, the str its offsets refer to) for ``text``, a
    ``str`` or UTF-8 ``bytes`` (invalid sequences decode to U+FFFD)."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text).decode("utf-8", "replace")
    elif not isinstance(text, str):
        raise NewsLensError("bad_input", f"analyze() takes a str or bytes, not {type(text).__name__}")
    try:
        return text.encode("utf-8"), text
    except UnicodeEncodeError:  # lone surrogates
        return _SURROGATE.sub("\ufffd", text).encode("utf-8"), text


def result_from_json(raw, text):
    """The dict of the core's answer ``raw`` for ``text``, with code-point offsets
    added; raises NewsLensError when it is an error object."""
    result = json.loads(raw)
    error = result.get("error")
    if error is not None:
        raise NewsLensError(error["code"], error["message"])
    add_char_offsets(result, text)
    if _SURROGATE.search(text):  # span texts cut from the caller's str, as JS does
        for key in ("mentions", "quotes", "keyPoints"):
            for span in result.get(key, ()):
                span["text"] = text[span["startChar"]:span["endChar"]]
    return result


def error_result(error):
    """The schema-1 error object of a NewsLensError, as the core writes it."""
    return {"schema": 1, "error": {"code": error.code, "message": error.args[0]}}


def check_errors_mode(errors):
    """Refuses an ``errors`` argument other than "raise" or "return"."""
    if errors not in ("raise", "return"):
        raise ValueError('errors must be "raise" or "return"')


def analyze_with(core, text, options_text, errors="raise"):
    """``Analyzer.analyze`` on native analyzer ``core`` with options already JSON;
    ``errors="return"`` gives a failure's error object instead of raising it."""
    try:
        utf8, decoded = encode_text(text)
        result = result_from_json(core.analyze(utf8, options_text), decoded)
    except NewsLensError as error:
        if errors == "raise":
            raise
        return error_result(error)
    if decoded is not text:
        result["text"] = decoded
    return result


def analyze_json_with(core, text, options_text):
    """The core's JSON bytes for ``text`` (UTF-16 offsets only, as the JS API and
    ``newslens batch`` write them), or its error object: never raises for the text."""
    try:
        utf8, _ = encode_text(text)
    except NewsLensError as error:
        return json.dumps(error_result(error)).encode()
    return core.analyze(utf8, options_text)


class Analyzer:
    """One loaded core (model included). ``analyze`` may be called from several
    threads at once; ``analyze_many`` gives each of its threads an analyzer of its own."""

    def __init__(self):
        self._core = _core.Analyzer()

    @property
    def version(self):
        """Version of the native core, "MAJOR.MINOR.PATCH"."""
        return _core.version()

    @property
    def model_info(self):
        """Which tagger model the core runs."""
        return self._core.model_info()

    def analyze(self, text, **options):
        """The schema-1 result dict for ``text`` (``str``, or UTF-8 ``bytes``).

        Offsets ``start``/``end`` (and entities' ``first``) are UTF-16 units, as in
        JS; ``startChar``/``endChar`` (``firstChar``) are the same positions as
        ``str`` indices: ``text[m["startChar"]:m["endChar"]] == m["text"]``. For
        ``bytes`` input, ``result["text"]`` is the decoded str they refer to.
        Options: ``keyPoints``/``key_points``, ``keywords``, ``fields`` (a list of
        result parts to produce, e.g. ``["entities", "keyPoints"]``; unknown names
        are ``bad_options``). Raises NewsLensError.
        """
        return analyze_with(self._core, text, options_json(options))

    def analyze_many(self, texts, jobs=None, errors="raise", **options):
        """Yields ``analyze(text, **options)`` for each of ``texts`` (any iterable,
        read lazily), in input order, on ``jobs`` threads (default: one per CPU).

        ``errors="raise"`` raises the first NewsLensError; ``"return"`` yields its
        error object ``{"schema": 1, "error": {"code", "message"}}`` instead.
        """
        check_errors_mode(errors)
        options_text = options_json(options)
        return map_in_order(lambda core, text: analyze_with(core, text, options_text, errors), texts, jobs)


def map_in_order(work, items, jobs=None):
    """Yields ``work(core, item)`` for each of ``items`` in order, ``jobs`` at a
    time, each thread with a native analyzer ``core`` of its own; at most a few
    items per thread are read ahead, so an archive is never held in memory."""
    jobs = (os.cpu_count() or 1) if jobs is None else int(jobs)
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if jobs == 1:
        core = _core.Analyzer()
        return (work(core, item) for item in items)
    return _map_on_threads(work, items, jobs)


def _map_on_threads(work, items, jobs):
    local = threading.local()

    def run(item):
        core = getattr(local, "core", None)
        if core is None:
            core = local.core = _core.Analyzer()
        return work(core, item)

    pending = deque()
    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="newslens") as pool:
        try:
            for item in items:
                pending.append(pool.submit(run, item))
                if len(pending) >= 4 * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
