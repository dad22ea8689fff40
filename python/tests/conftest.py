"""Shared set-up of the Python tests: import the package from the CMake build
(build/native/pylib, or $NEWSLENS_PYLIB) and read CNN dev articles from the
shared data folder (../shared next to the clone, or $NEWSLENS_DATA_DIR)."""

import json
import os
from pathlib import Path
import sys

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYLIB = Path(os.environ.get("NEWSLENS_PYLIB", ROOT / "build" / "native" / "pylib"))
DATA_DIR = Path(os.environ.get("NEWSLENS_DATA_DIR", ROOT.parent / "shared"))
CNN_DEV = DATA_DIR / "data" / "cnndm" / "dev.jsonl"
ARTICLES = 300  # "a few hundred": enough for every worker to take many partitions

if not (PYLIB / "newslens").is_dir():
    pytest.exit(f"{PYLIB}/newslens is missing: run scripts/build.sh first", returncode=2)
sys.path.insert(0, str(PYLIB))
# Dask workers are new processes: they find the package through the environment.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PYLIB), os.environ.get("PYTHONPATH")]))

CHAR_KEYS = {"startChar", "endChar", "firstChar"}


def schema_only(result):
    """``result`` without what may rightly differ between runs or front ends: its
    timing, and the Python-only code-point offsets."""
    if isinstance(result, dict):
        return {k: schema_only(v) for k, v in result.items() if k != "timing" and k not in CHAR_KEYS}
    if isinstance(result, list):
        return [schema_only(v) for v in result]
    return result


@pytest.fixture(scope="session")
def cnn_records():
    """The first ARTICLES records of the CNN/DailyMail dev split (id, article, highlights)."""
    with open(CNN_DEV, encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(ARTICLES), f)]
    assert len(records) == ARTICLES
    return records


@pytest.fixture(scope="session")
def single_results(cnn_records):
    """Each record's result from one Analyzer in this process, one at a time: the
    reference every parallel path must reproduce."""
    from newslens import Analyzer

    analyzer = Analyzer()
    return [analyzer.analyze(r["article"]) for r in cnn_records]
