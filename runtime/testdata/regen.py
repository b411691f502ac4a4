#!/usr/bin/env python3
"""Re-records the expected results of the runtime's expression tests.

Each testdata/*.txt file holds one Python expression per line, optionally
followed by " ==> " and CPython's result: repr(value), or
"!! ExceptionType: message". Run this script with CPython 3.11 to (re)write
the expectations:

    python3 runtime/testdata/regen.py [file.txt ...]

Lines starting with '#' and blank lines are kept as they are.
"""
import glob
import os
import sys
import warnings

SEP = " ==> "


def run(expr):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = eval(expr, {})
        return repr(value)
    except Exception as ex:  # noqa: BLE001 - we record every exception
        return f"!! {type(ex).__name__}: {ex}"


def regen(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.lstrip().startswith("#"):
                out.append(line)
                continue
            expr = line.split(SEP, 1)[0].rstrip()
            result = run(expr)
            if "\n" in result:
                raise SystemExit(f"{path}: multi-line result for {expr!r}")
            out.append(expr + SEP + result)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    if sys.version_info[:2] != (3, 11):
        print("warning: expectations should be recorded with CPython 3.11", file=sys.stderr)
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "*.txt")))
    for p in paths:
        regen(p)


if __name__ == "__main__":
    main()
