"""Articles per second of the Python paths on CNN-sized articles (README, "Python").

    PYTHONPATH=build/native/pylib /usr/bin/python3 python/bench/throughput.py [--copies 4] [--repeat 3]

The archive is the CNN/DailyMail dev split (../shared/data/cnndm/dev.jsonl, 500
articles) written --copies times into one JSON Lines file. Each path reads that
file and writes its results as JSON Lines, as an archive job would:
  analyze()   one Analyzer, one article after another, in this process
  batch -j1   python3 -m newslens batch IN OUT --jobs 1
  batch -j2   the same with --jobs 2 (two threads; the core runs without the GIL)
  dask 2w     distributed.LocalCluster(n_workers=2, threads_per_worker=1): read_text →
              analyze_bag → json.dumps → to_textfiles; the cluster's start-up is timed apart
  dask json   the same with analyze_bag(..., as_json=True): the core's JSON, no dicts
Run it under the CPU lock on a shared machine: other work on the cores shows up here.
"""

import argparse
import json
import os
from pathlib import Path
import subprocess
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parents[2]
CNN_DEV = Path(os.environ.get("NEWSLENS_DATA_DIR", ROOT.parent / "shared")) / "data" / "cnndm" / "dev.jsonl"


def timed(label, articles, run, repeat):
    """Articles per second of ``run()``, the best of ``repeat`` runs: on a shared
    machine the slower runs measure the neighbours, not NewsLens."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    print(f"{label:<12} {articles:>6} articles {best:7.2f} s {articles / best:8.1f} articles/s", flush=True)
    return articles / best


def bench_analyze(archive, out):
    from newslens import Analyzer

    analyzer = Analyzer()
    with open(archive, encoding="utf-8") as source, open(out, "w", encoding="utf-8") as sink:
        for line in source:
            sink.write(json.dumps(analyzer.analyze(json.loads(line)["article"]), ensure_ascii=False) + "\n")


def bench_batch(archive, out, jobs):
    subprocess.run([sys.executable, "-m", "newslens", "batch", str(archive), str(out), "--jobs", str(jobs),
                    "--quiet"], check=True)


def bench_dask(archive, out_dir, articles, repeat):
    import dask.bag as db
    from distributed import Client, LocalCluster

    from newslens.dask import analyze_bag

    started = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
        print(f"{'  (cluster start-up':<12} {time.perf_counter() - started:.2f} s)", flush=True)

        def run(as_json, out):
            # Blocks of 256 KiB: enough partitions (~70 here) that both workers stay busy to the end.
            bag = db.read_text(str(archive), blocksize="256KiB").map(json.loads)
            results = analyze_bag(bag, text_field="article", as_json=as_json)
            (results if as_json else results.map(json.dumps)).to_textfiles(str(out_dir / out / "*.jsonl"))

        return {"dask 2w": timed("dask 2w", articles, lambda: run(False, "dicts"), repeat),
                "dask json": timed("dask json", articles, lambda: run(True, "json"), repeat)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="copies of the 500 dev articles (default 4)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each path, the fastest reported (default 1)")
    args = parser.parse_args()
    repeat = max(1, args.repeat)
    lines = CNN_DEV.read_text(encoding="utf-8").splitlines()
    articles = len(lines) * args.copies
    mean_chars = sum(len(json.loads(line)["article"]) for line in lines) / len(lines)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        archive = tmp / "archive.jsonl"
        archive.write_text("\n".join(lines * args.copies) + "\n", encoding="utf-8")
        print(f"{articles} CNN dev articles ({mean_chars:.0f} characters on average), {os.cpu_count()} CPUs")
        rates = {
            "analyze()": timed("analyze()", articles, lambda: bench_analyze(archive, tmp / "a.jsonl"), repeat),
            "batch -j1": timed("batch -j1", articles, lambda: bench_batch(archive, tmp / "b1.jsonl", 1), repeat),
            "batch -j2": timed("batch -j2", articles, lambda: bench_batch(archive, tmp / "b2.jsonl", 2), repeat),
        }
        (tmp / "dask").mkdir()
        rates.update(bench_dask(archive, tmp / "dask", articles, repeat))
    for label, rate in rates.items():
        print(f"1 million CNN-sized articles with {label}: {1e6 / rate / 60:.0f} min")


if __name__ == "__main__":
    main()
