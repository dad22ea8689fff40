"""Dask: analyze a Bag of articles or a DataFrame column where the data lives.

Each worker thread loads one Analyzer the first time one of its tasks needs it
and keeps it for every later partition: one per worker started with one thread
(``--nthreads 1``, or LocalCluster(threads_per_worker=1)), never one per task. The same code runs on a laptop's LocalCluster and on a real
cluster: only the Client's address changes (README, "Python").
"""

import threading

from .analyzer import Analyzer, NewsLensError, error_result

_analyzers = threading.local()  # one Analyzer per worker thread (a worker runs one by default)


def worker_analyzer():
    """This worker thread's Analyzer, created on first use."""
    analyzer = getattr(_analyzers, "analyzer", None)
    if analyzer is None:
        analyzer = _analyzers.analyzer = Analyzer()
    return analyzer


def _analyze_one(analyzer, text, errors, options):
    try:
        return analyzer.analyze(text, **options)
    except NewsLensError as error:
        if errors == "raise":
            raise
        return error_result(error)


def _check_errors(errors):
    if errors not in ("raise", "return"):
        raise ValueError('errors must be "raise" or "return"')


def _bag_partition(items, text_field, errors, options):
    analyzer = worker_analyzer()
    texts = items if text_field is None else (item[text_field] for item in items)
    return [_analyze_one(analyzer, text, errors, options) for text in texts]


def analyze_bag(bag, text_field=None, errors="raise", **options):
    """A dask Bag of schema-1 result dicts (with startChar/endChar, as
    Analyzer.analyze returns them), one per element of ``bag``, in order.

    Elements are texts, or dicts whose ``text_field`` holds the text (e.g. a Bag
    from ``dask.bag.read_text(...).map(json.loads)``). ``errors="return"`` turns a
    refused text into its error object instead of failing the computation.
    """
    _check_errors(errors)
    return bag.map_partitions(_bag_partition, text_field, errors, options)


def _series_partition(frame, column, errors, options):
    import pandas as pd

    analyzer = worker_analyzer()
    results = [_analyze_one(analyzer, text, errors, options) for text in frame[column]]
    return pd.Series(results, index=frame.index, name="newslens", dtype=object)


def analyze_partitions(dataframe, column, errors="raise", **options):
    """A dask Series (name "newslens", the frame's index) of the result dict of
    each row's ``column`` text in dask DataFrame ``dataframe``:
    ``df["analysis"] = analyze_partitions(df, "article")``."""
    import pandas as pd

    _check_errors(errors)
    meta = pd.Series([], name="newslens", dtype=object)
    return dataframe.map_partitions(_series_partition, column, errors, options, meta=meta)
