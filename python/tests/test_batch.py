"""newslens batch: JSON Lines in, one line out per record, in order, errors inline."""

import io
import json
import subprocess
import sys

import pytest

from newslens.batch import run_batch
from conftest import schema_only

BATCH_RECORDS = 40


def write_input(path, records):
    """The records as JSON Lines, with a bad line of each kind and a blank line among them."""
    lines = [json.dumps(r) for r in records]
    lines[3:3] = ["{not json"]                       # line 4
    lines[7:7] = ['["an", "array"]']                 # line 8
    lines[10:10] = [json.dumps({"id": "no-text"})]   # line 11
    lines[12:12] = [""]                              # line 13: blank, no output line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "newslens", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_writes_one_line_per_record_in_order(tmp_path, cnn_records, single_results, jobs):
    records = cnn_records[:BATCH_RECORDS]
    lines = write_input(tmp_path / "in.jsonl", records)
    done = run_cli("batch", tmp_path / "in.jsonl", tmp_path / "out.jsonl", "--text-field", "article", "--jobs", jobs)
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(out) == len([line for line in lines if line.strip()])
    assert [o["line"] for o in out] == [n for n, line in enumerate(lines, start=1) if line.strip()]
    errors = {o["line"]: o["error"]["code"] for o in out if "error" in o}
    assert errors == {4: "bad_record", 8: "bad_record", 11: "bad_record"}
    assert next(o for o in out if o["line"] == 11)["id"] == "no-text"
    results = [o for o in out if "error" not in o]
    assert [o["id"] for o in results] == [r["id"] for r in records]
    for got, want in zip(results, single_results):
        assert got["schema"] == 1
        assert schema_only({k: v for k, v in got.items() if k not in ("line", "id")}) == schema_only(want)
        assert "startChar" not in got["mentions"][0]  # the JS schema, unless --char-offsets
    assert f"done: {len(out)} records, 3 errors" in done.stderr


def test_char_offsets_and_options_reach_each_record(tmp_path, cnn_records):
    (tmp_path / "in.jsonl").write_text(json.dumps({"body": cnn_records[0]["article"]}) + "\n", encoding="utf-8")
    done = run_cli("batch", tmp_path / "in.jsonl", "-", "--text-field", "body", "--char-offsets",
                   "--key-points", 2, "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    (result,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert result["line"] == 1 and "id" not in result
    assert len(result["keyPoints"]) == 2
    text = cnn_records[0]["article"]
    assert all(text[m["startChar"]:m["endChar"]] == m["text"] for m in result["mentions"])


@pytest.mark.parametrize("args, status, message", [
    (["--jobs", 0], 2, "--jobs must be at least 1"),
    (["--key-points", 500], 2, "bad_options"),
])
def test_usage_errors_stop_before_any_work(tmp_path, args, status, message):
    (tmp_path / "in.jsonl").write_text('{"article": "Paris."}\n', encoding="utf-8")
    done = run_cli("batch", tmp_path / "in.jsonl", tmp_path / "out.jsonl", *args)
    assert (done.returncode, message in done.stderr) == (status, True)


def test_a_missing_input_file_is_exit_status_1(tmp_path):
    done = run_cli("batch", tmp_path / "absent.jsonl", tmp_path / "out.jsonl")
    assert done.returncode == 1 and "absent.jsonl" in done.stderr


class CountingSource:
    """A JSON Lines stream that counts how many lines have been read from it."""

    def __init__(self, line, count):
        self.line, self.count, self.read = line, count, 0

    def __iter__(self):
        for _ in range(self.count):
            self.read += 1
            yield self.line


class CheckingSink(io.BytesIO):
    """Records, at each write, how far the source had been read."""

    def __init__(self, source):
        super().__init__()
        self.source, self.read_at_write = source, []

    def write(self, data):
        self.read_at_write.append(self.source.read)
        return super().write(data)


def test_batch_streams_instead_of_reading_the_archive_first():
    source = CountingSource(b'{"article": "Angela Merkel visited Paris on Monday."}\n', 200)
    sink = CheckingSink(source)
    stats = run_batch(source, sink, jobs=2, progress=None)
    assert stats.records == 200 and stats.errors == 0
    assert len(sink.read_at_write) == 200
    assert sink.read_at_write[0] <= 1 + 4 * 2  # the first result left before the 10th record was read
    assert max(r - w for w, r in enumerate(sink.read_at_write, start=1)) <= 4 * 2


def test_progress_lines_count_records_and_errors():
    source = [b'{"article": "Rome is in Italy."}\n', b"oops\n", b'{"article": "Paris."}\n']
    progress = io.StringIO()
    stats = run_batch(source, io.BytesIO(), jobs=1, progress=progress, progress_seconds=0)
    lines = progress.getvalue().splitlines()
    assert (stats.records, stats.errors) == (3, 1)
    assert lines[0].startswith("newslens batch: progress: 1 records, 0 errors")
    assert lines[-1].startswith("newslens batch: done: 3 records, 1 errors")
