"""``python -m nlp.corpus fill-offsets|validate|agreement CORPUS [--only INCIDENT]``"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import fill_offsets, validate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.corpus")
    parser.add_argument("command", choices=["fill-offsets", "validate", "agreement"])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--only", default=None, help="one incident id")
    args = parser.parse_args(argv)
    if args.command == "agreement":
        from .agreement import agreement
        print(json.dumps(agreement(args.corpus), indent=1))
        return 0
    problems = (fill_offsets if args.command == "fill-offsets" else validate)(args.corpus, args.only)
    for p in problems:
        print(p)
    print(f"{args.command}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
