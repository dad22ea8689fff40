"""Python and JS give the same schema-1 result: the native extension against the
WASM build (dist/, made by scripts/build.sh) through the Node CLI."""

import json
import shutil
import subprocess

import pytest

from newslens import Analyzer
from conftest import ROOT, schema_only

PARITY_ARTICLES = 30


def test_python_results_equal_the_js_api_results(tmp_path, cnn_records):
    if not (ROOT / "dist" / "newslens.wasm").exists():
        pytest.fail("dist/newslens.wasm is missing: run scripts/build.sh (it builds the WASM module too)")
    node = shutil.which("node")
    assert node, "node is not on PATH"
    files = []
    for i, record in enumerate(cnn_records[:PARITY_ARTICLES]):
        files.append(tmp_path / f"{i:03d}.txt")
        files[-1].write_text(record["article"], encoding="utf-8")
    done = subprocess.run([node, str(ROOT / "bin" / "newslens.mjs"), "analyze", *map(str, files)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    js_results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["file"] for r in js_results] == [str(f) for f in files]
    # The CLI reads files as bytes, so its results carry the decoded "text": give
    # Python the same bytes, for which it does the same.
    analyzer = Analyzer()
    for js, record in zip(js_results, cnn_records):
        del js["file"]
        assert schema_only(analyzer.analyze(record["article"].encode("utf-8"))) == schema_only(js)
