# sys basics
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.platform in ("linux", "darwin", "win32"), type(sys.version).__name__)
print(sys.byteorder in ("little", "big"), sys.float_info.max == 1.7976931348623157e308)
# ---
# sys.getrefcount of a fresh local list
import sys
def f():
    lst = []
    return sys.getrefcount(lst)
print(f())
x = []
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
# ---
# sys.setrecursionlimit
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
# ---
# sys.stdout / sys.stderr writes; stderr output only affects the last stderr line
import sys
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("to stderr", file=sys.stderr)
sys.stderr.write("last stderr line\n")
# ---
# math functions and constants
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.floor(3.9), type(math.floor(3.9)).__name__, math.fabs(-3), math.pow(2, 10))
print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(20), math.isqrt(99))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), round(math.atan2(1, 1), 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180) == math.pi, math.copysign(3, -0.0))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.comb(5, 2), math.perm(5, 2), math.modf(2.5))
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
# ---
# from-imports and aliases
from math import sqrt, pi as PI
import math as m
import os.path
print(sqrt(25), PI == m.pi, m.__name__, os.path.__name__ in ("posixpath", "ntpath"))
from sys import maxsize
print(maxsize > 0)
# ---
# os.path.join / basename / dirname and friends
import os
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.basename("dir/"))
print(os.path.split("/a/b/c"), os.path.splitext("archive.tar.gz"), os.path.splitext("noext"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.normpath("a/./b/../c"), os.sep)
print(os.path.exists("definitely_not_here.txt"), os.path.isdir("."), os.path.isfile("case.py"))
print(type(os.getcwd()).__name__, os.path.abspath("f").endswith("f"), os.getpid() > 0)
# ---
# os: files in the chunk's cwd, environment
import os
print(sorted(os.listdir(".")))
with open("made.txt", "w") as f:
    f.write("x")
os.mkdir("sub")
print(sorted(os.listdir(".")), os.path.getsize("made.txt"))
os.rename("made.txt", "sub/moved.txt")
print(os.listdir("sub"), os.path.exists("made.txt"))
os.remove("sub/moved.txt")
os.rmdir("sub")
print(sorted(os.listdir(".")))
os.environ["MINIPY_TEST_VAR"] = "value"
print(os.environ.get("MINIPY_TEST_VAR"), os.environ.get("MINIPY_SURELY_UNSET", "unset"), os.getenv("MINIPY_SURELY_UNSET"))
# ---
# time basics (types only; values are not deterministic)
import time
t = time.time()
print(type(t).__name__, t > 1_600_000_000)
p1 = time.perf_counter()
time.sleep(0.01)
p2 = time.perf_counter()
print(type(p1).__name__, p2 - p1 >= 0.005, type(time.monotonic()).__name__)
print(type(time.time_ns()).__name__, type(time.localtime().tm_year).__name__)
# ---
# __name__ == "__main__" and module attributes
def main():
    print("main ran", __name__)
if __name__ == "__main__":
    main()
import math, sys
print(math.__name__, sys.__name__, type(math).__name__)
print(sys.modules["__main__"].main is main)
# ---
# import caching: same module object
import math
import math as again
import sys
print(math is again, sys.modules["math"] is math)
print(__import__("math") is math)
# ---
# Importing a local module from the chunk's cwd
with open("helper_mod.py", "w") as f:
    f.write("print('helper imported', __name__)\nVALUE = 41\ndef inc(x):\n    return x + 1\n")
import helper_mod
import helper_mod
from helper_mod import inc
print(helper_mod.VALUE, inc(helper_mod.VALUE), helper_mod.__name__)
