"""Dask: analyze a Bag of articles or a DataFrame column where the data lives.

Each worker thread loads one native analyzer the first time one of its tasks
needs it and keeps it for every later partition: one per worker started with one
thread (``--nthreads 1``, or LocalCluster(threads_per_worker=1)), never one per
task. The same code runs on a laptop's LocalCluster and on a real cluster: only
the Client's address changes (README, "Python").
"""

import threading

from . import _core
from .analyzer import analyze_json_with, analyze_with, check_errors_mode, options_json

_cores = threading.local()  # this worker thread's native analyzer


def worker_core():
    """This worker thread's native analyzer, created on first use."""
    core = getattr(_cores, "core", None)
    if core is None:
        core = _cores.core = _core.Analyzer()
    return core


def _analyze_texts(texts, options_text, errors, as_json):
    core = worker_core()
    if as_json:
        return [analyze_json_with(core, text, options_text).decode("utf-8") for text in texts]
    return [analyze_with(core, text, options_text, errors) for text in texts]


def _bag_partition(items, text_field, options_text, errors, as_json):
    texts = items if text_field is None else (item[text_field] for item in items)
    return _analyze_texts(texts, options_text, errors, as_json)


def analyze_bag(bag, text_field=None, errors="raise", as_json=False, **options):
    """A dask Bag of the results of each element of ``bag``, in order: schema-1
    dicts as Analyzer.analyze returns them (with startChar/endChar).

    Elements are texts, or dicts whose ``text_field`` holds the text (e.g. a Bag
    from ``dask.bag.read_text(...).map(json.loads)``). ``errors="return"`` turns a
    refused text into its error object instead of failing the computation.
    ``as_json=True`` gives each result as the core's JSON text instead (UTF-16
    offsets only, errors always as error objects): no dicts are built, which
    is the fast way to write results out with ``to_textfiles``.
    """
    check_errors_mode(errors)
    return bag.map_partitions(_bag_partition, text_field, options_json(options), errors, as_json)


def _series_partition(frame, column, options_text, errors, as_json):
    import pandas as pd

    results = _analyze_texts(frame[column], options_text, errors, as_json)
    return pd.Series(results, index=frame.index, name="newslens", dtype=object)


def analyze_partitions(dataframe, column, errors="raise", as_json=False, **options):
    """A dask Series (name "newslens", the frame's index) of the result of each
    row's ``column`` text in dask DataFrame ``dataframe`` (dicts, or JSON texts
    with ``as_json=True``, as in analyze_bag):
    ``df["analysis"] = analyze_partitions(df, "article")``."""
    import pandas as pd

    check_errors_mode(errors)
    meta = pd.Series([], name="newslens", dtype=object)
    return dataframe.map_partitions(_series_partition, column, options_json(options), errors, as_json, meta=meta)
