#!/usr/bin/env python3
"""Write testdata/cases/mutated.txt: test programs with random edits that
CPython 3.11 rejects. Run from the parser directory, then testdata/record.py.

    python3 testdata/mutate.py [seed] [count]

The same generator, run with larger counts and compared with the parser
without recording, is how the error emulation was checked (thousands of
edited programs, all with CPython's message, line and column)."""
import ast
import glob
import random
import sys
import warnings

warnings.simplefilter("ignore")
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 7
count = int(sys.argv[2]) if len(sys.argv) > 2 else 80
rnd = random.Random(seed)
files = sorted(glob.glob("testdata/*/*.py"))
tokens = [":", "(", ")", "[", "]", ",", "=", "==", "+", "if", "else", "for", "in", "def", "class",
          "return", "x", "1", "'s'", "lambda", "*", "**", ".", "\n", "    ", "not", "and", "yield", "{",
          "}", "@", "->", "import", "from", "as", "pass", ";", "\\", "f'{x}'", "async", "await", "try:",
          "except", "with"]


def mutate(src):
    lines = src.split("\n")
    for _ in range(rnd.choice([1, 1, 1, 2])):
        i = rnd.randrange(len(lines))
        line = lines[i]
        kind = rnd.randrange(5)
        if kind == 0 and line:
            j = rnd.randrange(len(line))
            line = line[:j] + line[j + 1:]
        elif kind == 1:
            j = rnd.randrange(len(line) + 1)
            line = line[:j] + rnd.choice(tokens) + line[j:]
        elif kind == 2 and line:
            j = rnd.randrange(len(line))
            line = line[:j] + line[rnd.randrange(j, min(len(line), j + 6) + 1):]
        elif kind == 3:
            line = " " * rnd.choice([1, 2, 4]) + line
        elif kind == 4 and line.strip():
            line = line.replace(":", "", 1) if ":" in line else line + " " + rnd.choice(tokens)
        lines[i] = line
    return "\n".join(lines)


out, seen = [], set()
small = [f for f in files if len(open(f).read()) < 700]
while len(out) < count:
    src = mutate(open(rnd.choice(small)).read())
    if src in seen:
        continue
    try:
        ast.parse(src)
    except SyntaxError:
        seen.add(src)
        out.append(src)
    except (ValueError, RecursionError, MemoryError):
        pass
with open("testdata/cases/mutated.txt", "w", encoding="utf-8") as fh:
    fh.write("# Test programs with random edits (testdata/mutate.py %d %d).\n" % (seed, count))
    for src in out:
        fh.write(repr(src) + "\n")
print(len(out), "cases")
