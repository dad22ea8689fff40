"""newslens.dask on a real 2-worker distributed.LocalCluster: every result equals
the single-process one, and both workers took part."""

import json

import dask.bag as db
import dask.dataframe as dd
from distributed import Client, LocalCluster, get_task_stream
import pandas as pd
import pytest

from newslens import NewsLensError
from newslens.dask import analyze_bag, analyze_partitions
from conftest import schema_only


def without_timing(result):
    return {k: v for k, v in result.items() if k != "timing"}


@pytest.fixture(scope="module")
def client():
    # Processes, as on a real cluster: each worker imports newslens and loads its own Analyzer.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def test_bag_on_two_workers_equals_single_process(client, cnn_records, single_results):
    bag = db.from_sequence(cnn_records, npartitions=12)
    with get_task_stream(client) as tasks:
        results = analyze_bag(bag, text_field="article").compute()
    assert len(results) == len(single_results)
    for got, want in zip(results, single_results):
        assert without_timing(got) == without_timing(want)
    assert len({task["worker"] for task in tasks.data}) == 2


def test_dataframe_column_on_two_workers_equals_single_process(client, cnn_records, single_results):
    frame = pd.DataFrame(cnn_records).set_index("id")
    ddf = dd.from_pandas(frame, npartitions=6, sort=False)  # keep the file's order
    series = analyze_partitions(ddf, "article").compute()
    assert list(series.index) == list(frame.index) and series.name == "newslens"
    for got, want in zip(series, single_results):
        assert without_timing(got) == without_timing(want)


def test_bag_of_texts_returns_errors_in_place_when_asked(client):
    bag = db.from_sequence(["Paris is in France.", None, "Rome is in Italy."], npartitions=2)
    results = analyze_bag(bag, errors="return", keywords=2).compute()
    assert results[1]["error"]["code"] == "bad_input"
    assert [m["text"] for m in results[2]["mentions"]] == ["Rome", "Italy"]
    assert len(results[0]["keywords"]) <= 2
    with pytest.raises(NewsLensError) as caught:
        analyze_bag(bag).compute()
    assert caught.value.code == "bad_input"


def test_as_json_gives_the_cores_json_texts(client, cnn_records, single_results):
    bag = db.from_sequence([r["article"] for r in cnn_records[:40]] + [None], npartitions=4)
    texts = analyze_bag(bag, as_json=True).compute()
    assert json.loads(texts[-1])["error"]["code"] == "bad_input"
    assert len(texts) == 41
    for text, want in zip(texts[:-1], single_results):
        assert schema_only(json.loads(text)) == schema_only(want)
        assert "startChar" not in text
