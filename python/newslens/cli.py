"""The ``newslens`` command of the Python package (also ``python3 -m newslens``):

    newslens batch IN.jsonl OUT.jsonl [--text-field article] [--id-field id] [--jobs N]
                   [--key-points N] [--keywords N] [--char-offsets] [--quiet]
    newslens --version

IN or OUT may be "-" (stdin, stdout). Exit status: 0 when the batch ran (bad
records are error lines, counted on stderr), 1 when a file cannot be opened,
2 for a usage error.
"""

import argparse
import os
import sys

from . import __version__
from .analyzer import Analyzer, NewsLensError, options_json
from .batch import run_batch


def _parser():
    parser = argparse.ArgumentParser(prog="newslens", description="NewsLens on JSON Lines archives.")
    parser.add_argument("--version", action="version", version=f"newslens {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    batch = commands.add_parser("batch", help="analyze every record of a JSON Lines file, in order")
    batch.add_argument("input", help='JSON Lines, one record (object) a line; "-" for stdin')
    batch.add_argument("output", help='JSON Lines, one result or error a line; "-" for stdout')
    batch.add_argument("--text-field", default="article", help="the field holding the text (default: article)")
    batch.add_argument("--id-field", default="id", help="a field copied to each output line (default: id)")
    batch.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="threads analyzing (default: CPUs)")
    batch.add_argument("--key-points", type=int, help="key points per article, 0 to 50 (default: 3)")
    batch.add_argument("--keywords", type=int, help="keywords per article (default: 10)")
    batch.add_argument("--char-offsets", action="store_true",
                       help="add startChar/endChar (code points) beside the UTF-16 offsets")
    batch.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return parser


def _open(path, mode):
    if path == "-":
        return (sys.stdin if "r" in mode else sys.stdout).buffer
    return open(path, mode)


def main(argv=None):
    """Runs the command line ``argv`` (default: sys.argv[1:]); returns the exit status."""
    args = _parser().parse_args(argv)
    if args.jobs < 1:
        print("newslens: --jobs must be at least 1", file=sys.stderr)
        return 2
    options = {k: v for k, v in (("keyPoints", args.key_points), ("keywords", args.keywords)) if v is not None}
    try:
        options_text = options_json(options)
        Analyzer().analyze("", **options)  # bad options: one usage error, not an error line per record
        with _open(args.input, "rb") as source, _open(args.output, "wb") as sink:
            run_batch(source, sink, text_field=args.text_field, id_field=args.id_field, jobs=args.jobs,
                      options_text=options_text, char_offsets=args.char_offsets,
                      progress=None if args.quiet else sys.stderr)
    except OSError as error:
        print(f"newslens: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return 1
    except NewsLensError as error:
        print(f"newslens: {error}", file=sys.stderr)
        return 2
    return 0
