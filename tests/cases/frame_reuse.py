# Frames are reused after a call returns; frames that escape (tracebacks,
# sys._getframe(), generators) must stay intact.
import sys

def boom(a):
    b = a * 2
    1 / 0

def keep():
    try:
        boom(21)
    except ZeroDivisionError as e:
        return e

e = keep()
def other(x, y):
    return x + y
for i in range(50):
    other(i, i)
tb = e.__traceback__
names = []
while tb is not None:
    names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(names)
# ---
import sys
def grab(n):
    x = n * 10
    return sys._getframe()
frames = [grab(i) for i in range(5)]
def noise(a):
    return a
for i in range(100):
    noise(i)
print([f.f_code.co_name for f in frames], len(set(map(id, frames))))
print(frames[0].f_back.f_code.co_name)
# ---
def gen(n):
    for i in range(n):
        yield i * i
gs = [gen(3) for _ in range(4)]
print([next(g) for g in gs], [list(g) for g in gs])
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(200), rec(50), rec(300))
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)
try:
    deep(40)
except ValueError as e:
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)
print(rec(60))
# ---
import sys
def outer():
    def inner():
        return sys._getframe().f_back
    return inner()
fb = outer()
def spin(k):
    return k
for i in range(10):
    spin(i)
print(fb.f_code.co_name)
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, sys._getframe().f_code.co_name)
def make():
    d = D("make")
    return 1
print(make())
def g():
    d = D("in g")
    return 5
print(g())
print("end")
# ---
def f(a, b=2, *args, k=3, **kw):
    return (a, b, args, k, sorted(kw.items()))
print(f(1), f(1, 5), f(1, 2, 3, 4), f(1, k=9, z=1))
def p(a, b):
    return a - b
print(p(5, 3), p(b=5, a=3), p(*[7, 1]))
try:
    p(1)
except TypeError as e:
    print(e)
try:
    p(1, 2, 3)
except TypeError as e:
    print(e)
print(p(10, 1))
