#!/usr/bin/env python3
"""Record (or check) the expected output of tests/cases/*.py with CPython.

Each case file is valid Python split into independent chunks by lines that
read exactly `# ---`. Every chunk runs as its own program (python3 -S, so no
third-party packages) in a fresh temporary directory; its stdout, the last
line of its stderr and its exit status form the expectation, stored in
NAME.golden next to the case file. The Go test tests/cases_test.go runs the
same chunks with minipy and compares.

A case file whose first line is exactly `# cases: full-stderr` keeps the whole
stderr of each chunk instead of its last line (for tracebacks, whose every
line matters).

usage: record_cases.py [--check] [FILE...]
  --check   do not write: report every chunk whose recorded golden differs
            from what python3 prints now (exit status 1 if any)
"""
import os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
SEP = "# ---"
FULL = "# cases: full-stderr"


def chunks(path):
    """Yield (first_line, source) for each chunk of a case file."""
    lines = open(path, encoding="utf-8").read().split("\n")
    start, cur = 1, []
    for i, line in enumerate(lines, 1):
        if line.strip() == SEP:
            yield start, "\n".join(cur) + "\n"
            start, cur = i + 1, []
        else:
            cur.append(line)
    if any(l.strip() for l in cur):
        yield start, "\n".join(cur) + "\n"


def run_chunk(src, timeout=60, full=False):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "case.py")
        open(p, "w", encoding="utf-8").write(src)
        r = subprocess.run([sys.executable, "-S", "case.py"], cwd=d, capture_output=True,
                           text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        # The script's absolute path (tracebacks, __file__) reads "case.py".
        stdout = r.stdout.replace(d + "/", "")
        if full:
            err = r.stderr.replace(d + "/", "")
            if err and not err.endswith("\n"):
                err += "\n"
            return stdout, err, r.returncode
        err = [l.replace(d + "/", "") for l in r.stderr.splitlines() if l.strip()]
    return stdout, (err[-1] if err else ""), r.returncode


def golden_text(path):
    out = []
    full = open(path, encoding="utf-8").read().startswith(FULL + "\n")
    for line, src in chunks(path):
        stdout, err, rc = run_chunk(src, full=full)
        if full:
            out.append(f"=== chunk at line {line}\n{stdout}--- stderr:\n{err}--- rc: {rc}\n")
        else:
            out.append(f"=== chunk at line {line}\n{stdout}--- stderr last line: {err}\n--- rc: {rc}\n")
    return "".join(out)


def main(argv):
    check = "--check" in argv
    files = [a for a in argv if not a.startswith("--")] or sorted(
        os.path.join(CASES, f) for f in os.listdir(CASES) if f.endswith(".py"))
    bad = 0
    for f in files:
        text = golden_text(f)
        gpath = f[:-3] + ".golden"
        if check:
            old = open(gpath, encoding="utf-8").read() if os.path.exists(gpath) else ""
            if old != text:
                bad += 1
                print(f"DIFFERS: {os.path.relpath(gpath, HERE)}")
        else:
            open(gpath, "w", encoding="utf-8").write(text)
    n = sum(1 for f in files for _ in chunks(f))
    print(f"{len(files)} files, {n} chunks" + (f", {bad} goldens differ" if check else " recorded"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
