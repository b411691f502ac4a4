# Python-to-Python calls run in the caller's eval loop (as in CPython 3.11):
# recursion deeper than the Go stack would allow when each call nested eval.
import sys
sys.setrecursionlimit(60000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def kwdepth(n, *, step=1):
    if n <= 0:
        return 0
    return 1 + kwdepth(n - step, step=step)
print(kwdepth(30000, step=1))
def stardepth(*args):
    n, = args
    return 0 if n == 0 else 1 + stardepth(*(n - 1,))
print(stardepth(20000))
# ---
# RecursionError at the default limit, caught, and the interpreter carries on.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def count(n):
    return n if n == 0 else count(n - 1)
print(count(500))
# ---
# Exceptions cross in-line frames: tracebacks list every frame, handlers in
# callers catch, finally blocks run in order.
import traceback
def inner(x):
    try:
        return 1 / x
    finally:
        print("inner finally")
def middle(x):
    try:
        return inner(x)
    finally:
        print("middle finally")
def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("caught in outer", [f.name for f in tb])
        return -1
print(outer(0), outer(4))
# ---
# Bound methods held in variables, f(*args, **kwargs) on methods, defaults and
# keyword-only arguments, generators returned (not run) by a call.
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, x, y=10, *, z=100):
        self.total += x + y + z
        return self
    def gen(self, n):
        for i in range(n):
            yield i * self.total
a = Acc()
add = a.add
add(1)
add(1, 2, z=3)
a.add(*(1,), **{"y": 0, "z": 0})
m = getattr(a, "add")
m(*[5], z=5)
print(a.total, list(a.gen(3)))
def kw(a, b=2, *args, c, **kw):
    return (a, b, args, c, sorted(kw.items()))
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, d=6))
try:
    kw(1)
except TypeError as e:
    print(e)
try:
    a.add()
except TypeError as e:
    print(e)
# ---
# with statements whose __enter__ and __exit__ are Python methods: results,
# suppression, exceptions raised in either, nesting.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress = name, suppress
        self.fail_enter, self.fail_exit = fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise KeyError(self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        if self.fail_exit:
            raise ValueError("exit " + self.name)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise IndexError
print("after suppressed")
for cm in (CM("e", fail_enter=True), CM("f", fail_exit=True)):
    try:
        with cm:
            print("body of", cm.name)
    except Exception as e:
        print("caught", type(e).__name__, e)
try:
    with CM("g", fail_exit=True):
        raise IndexError("in body")
except ValueError as e:
    print("context", repr(e.__context__))
def ret_from_with():
    with CM("r"):
        return "returned"
print(ret_from_with())
# ---
# The frame chain seen from inside in-line calls.
import sys
def a():
    return b()
def b():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
print(a())
# ---
# Threads whose targets call Python functions, methods and context managers.
import threading
results = []
lock = threading.Lock()
class Box:
    def __init__(self):
        self.items = []
    def put(self, x):
        with lock:
            self.items.append(x)
box = Box()
def work(i, *, scale):
    def sq(v):
        return v * v
    box.put(sq(i) * scale)
ts = [threading.Thread(target=work, args=(i,), kwargs={"scale": 2}) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(box.items))
