"""Analyzer: the schema-1 dict, both kinds of offsets, errors, analyze_many."""

import itertools

import pytest

import newslens
from newslens import Analyzer, NewsLensError

# Astral characters (two UTF-16 units, one code point) and a CJK one before,
# between and inside the spans, so UTF-16 and code-point offsets drift apart.
TEXT = ("😀 WASHINGTON (Reuters) - 🇺🇸 Secretary of State Antony Blinken met Wang Yi in Beijing on Monday. "
        "\"We had 𝒸𝓁𝑒𝒶𝓇 talks,\" Blinken said. 北京 officials welcomed the visit, which cost $3 million.")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def test_result_has_schema_1_sections(analyzer):
    result = analyzer.analyze(TEXT)
    assert result["schema"] == 1
    for key in ("stats", "sentences", "mentions", "entities", "keyPoints", "quotes", "keywords", "timing"):
        assert key in result
    assert result["stats"]["chars"] == utf16_len(TEXT)
    assert {"PERSON", "GPE"} <= {m["type"] for m in result["mentions"]}


def test_utf16_and_code_point_offsets_name_the_same_spans(analyzer):
    result = analyzer.analyze(TEXT)
    spans = result["mentions"] + result["quotes"] + result["keyPoints"]
    assert result["mentions"] and result["quotes"]
    for span in spans:
        assert TEXT[span["startChar"]:span["endChar"]] == span["text"]
        assert utf16_len(TEXT[:span["startChar"]]) == span["start"]
        assert utf16_len(TEXT[:span["endChar"]]) == span["end"]
    assert result["mentions"][0]["start"] > result["mentions"][0]["startChar"]  # the emoji shifted it
    for sentence in result["sentences"]:
        assert utf16_len(TEXT[:sentence["endChar"]]) == sentence["end"]
    for entity in result["entities"]:
        first = next(m for m in result["mentions"] if m["start"] == entity["first"])
        assert entity["firstChar"] == first["startChar"]


def test_bytes_are_decoded_and_the_decoded_text_returned(analyzer):
    result = analyzer.analyze("Angela Merkel \xff spoke in Berlin.".encode("latin-1"))
    assert "\ufffd" in result["text"]
    assert [m["text"] for m in result["mentions"] if m["type"] == "GPE"] == ["Berlin"]


def test_lone_surrogates_do_not_shift_offsets(analyzer):
    text = "A \udc80 note: Barack Obama spoke in Chicago."
    result = analyzer.analyze(text)
    for m in result["mentions"]:
        assert text[m["startChar"]:m["endChar"]] == m["text"]
    assert "Chicago" in [m["text"] for m in result["mentions"]]


def test_options_take_js_or_snake_case_names(analyzer, cnn_records):
    article = cnn_records[0]["article"]
    assert len(analyzer.analyze(article, keyPoints=2)["keyPoints"]) == 2
    assert len(analyzer.analyze(article, key_points=1, keywords=3)["keyPoints"]) == 1
    assert len(analyzer.analyze(article, keywords=3)["keywords"]) == 3


@pytest.mark.parametrize("call, code", [
    (lambda a: a.analyze(None), "bad_input"),
    (lambda a: a.analyze(42), "bad_input"),
    (lambda a: a.analyze("text", keyPoints=500), "bad_options"),
    (lambda a: a.analyze("text", keywords="ten"), "bad_options"),
    (lambda a: a.analyze("text", keywords=object()), "bad_options"),
    (lambda a: a.analyze("text", keywords=float("nan")), "bad_options"),
    (lambda a: a.analyze("text", note="x" * 70000), "bad_options"),
    (lambda a: a.analyze("x" * (newslens.MAX_INPUT_BYTES + 1)), "input_too_large"),
])
def test_errors_carry_the_js_codes_and_leave_the_analyzer_usable(analyzer, call, code):
    with pytest.raises(NewsLensError) as caught:
        call(analyzer)
    assert caught.value.code == code
    assert str(caught.value).startswith(code + ": ")
    assert analyzer.analyze("Paris is in France.")["mentions"]


@pytest.mark.parametrize("options, message", [
    ({"keypoints": 3}, "options.keypoints is not an option; did you mean keyPoints?"),
    ({"key_point": 3}, "options.keyPoint is not an option; did you mean keyPoints?"),  # snake_case folded first
    ({"keyPoints": -1}, "options.keyPoints must be an integer from 0 to 50"),
])
def test_unknown_keys_and_ranges_are_the_cores_messages(analyzer, options, message):
    with pytest.raises(NewsLensError) as caught:
        analyzer.analyze("Paris is in France.", **options)
    assert caught.value.code == "bad_options"
    assert str(caught.value).startswith("bad_options: " + message)


def test_empty_and_whitespace_texts_give_empty_results(analyzer):
    for text in ("", "  \n\t "):
        result = analyzer.analyze(text)
        assert result["mentions"] == [] and result["keyPoints"] == []


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_analyze_many_matches_one_at_a_time_in_order(analyzer, cnn_records, single_results, jobs):
    texts = (r["article"] for r in cnn_records)  # a generator: read lazily
    many = list(analyzer.analyze_many(texts, jobs=jobs))
    assert len(many) == len(single_results)
    for got, want in zip(many, single_results):
        assert {k: v for k, v in got.items() if k != "timing"} == {k: v for k, v in want.items() if k != "timing"}


def test_analyze_many_reads_ahead_only_a_little(analyzer, cnn_records):
    consumed = []

    def texts():
        for r in itertools.cycle(cnn_records[:5]):
            consumed.append(1)
            yield r["article"]

    results = analyzer.analyze_many(texts(), jobs=2)
    first = [next(results) for _ in range(3)]
    assert all(r["mentions"] for r in first)
    assert len(consumed) <= 3 + 4 * 2 + 1  # a bounded window, not the whole (endless) input
    results.close()


def test_analyze_many_errors_raise_or_return_in_place(analyzer):
    texts = ["Paris is in France.", None, "Rome is in Italy."]
    returned = list(analyzer.analyze_many(texts, jobs=2, errors="return"))
    assert returned[1] == {"schema": 1, "error": {"code": "bad_input",
                                                  "message": "analyze() takes a str or bytes, not NoneType"}}
    assert returned[2]["mentions"][0]["text"] == "Rome"
    with pytest.raises(NewsLensError):
        list(analyzer.analyze_many(texts, jobs=2))
    with pytest.raises(ValueError):
        analyzer.analyze_many(texts, jobs=0)


def test_errors_survive_pickling_with_their_code():
    import pickle

    error = pickle.loads(pickle.dumps(NewsLensError("bad_options", "options.keywords must be an integer")))
    assert (error.code, str(error)) == ("bad_options", "bad_options: options.keywords must be an integer")


def test_one_analyzer_shared_by_threads_gives_the_single_thread_results(cnn_records, single_results):
    from concurrent.futures import ThreadPoolExecutor

    shared = Analyzer()
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(shared.analyze, (r["article"] for r in cnn_records[:100])))
    for got, want in zip(results, single_results):
        assert {k: v for k, v in got.items() if k != "timing"} == {k: v for k, v in want.items() if k != "timing"}


def test_fields_option_returns_only_the_parts_asked_for(analyzer):
    article = TEXT
    full = analyzer.analyze(article)
    some = analyzer.analyze(article, fields=["entities", "keyPoints"])
    assert list(some) == ["schema", "entities", "keyPoints", "timing"]
    assert some["entities"] == full["entities"]
    assert some["keyPoints"] == full["keyPoints"]
    with pytest.raises(NewsLensError) as error:
        analyzer.analyze(article, fields=["entity"])
    assert error.value.code == "bad_options"
