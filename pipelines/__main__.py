"""Command line: `python -m pipelines run | summary | check | sql | bench [FOLDER ...]`."""
from __future__ import annotations

import argparse
import sys

from pipelines import cli


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="materialise every asset over SEEDS_DIR and publish WAREHOUSE_PATH")
    sub.add_parser("summary", help="print what the published warehouse holds")
    sub.add_parser("check", help="check SEEDS_DIR, WAREHOUSE_PATH and the limits; exit 2 with one line if one cannot work")
    sub.add_parser("sql", help="DuckDB CLI on the published warehouse, read-only, with a banner")
    bench = sub.add_parser("bench", help="time each stage and the whole run over corpus folders")
    bench.add_argument("folders", nargs="*", help="default: SEEDS_DIR, and ../shared/corpora/bbc when present")
    args = parser.parse_args(argv)
    if args.command == "run":
        return cli.run()
    if args.command == "summary":
        return cli.summary()
    if args.command == "check":
        return cli.check()
    if args.command == "sql":
        from pipelines.shell import open_shell

        return open_shell()
    return cli.bench(args.folders)


if __name__ == "__main__":
    sys.exit(main())
