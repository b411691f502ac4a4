# Deep recursion raises RecursionError, through Python frames and through
# paths that recurse in the interpreter itself; never a crash.
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("after")
# ---
# The program can go on recursing after a RecursionError.
def g(n):
    return g(n + 1)
for i in range(3):
    try:
        g(0)
    except RecursionError as e:
        print(i, e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
# ---
# __repr__ calling repr(self)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError")
# ---
# __repr__ of an object whose list contains the object
class C:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "C(" + repr(self.items) + ")"
try:
    print(repr(C()))
except RecursionError as e:
    print("RecursionError")
# ---
# Self-containing containers print [...] and {...}
l = [1]
l.append(l)
print(l)
d = {}
d["d"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
# ---
# __getattr__ calling getattr(self, ...)
class G:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    G().a
except RecursionError as e:
    print("RecursionError")
# ---
# __eq__ recursing through ==
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("RecursionError")
# ---
# __eq__ recursing through a list comparison
class L:
    def __init__(self):
        self.l = [self]
    def __eq__(self, other):
        return self.l == other.l
try:
    print(L() == L())
except RecursionError as e:
    print("RecursionError")
# ---
# Self-containing lists compared
a = []
a.append(a)
b = []
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError")
print(a == a)
# ---
# A deeply nested list: repr, str, ==
l = []
for _ in range(100000):
    l = [l]
for fn in (repr, str):
    try:
        fn(l)
        print("no error")
    except RecursionError as e:
        print("RecursionError")
m = []
for _ in range(100000):
    m = [m]
try:
    print(l == m)
except RecursionError as e:
    print("RecursionError")
# ---
# Deeply nested tuples and dicts
t = ()
for _ in range(100000):
    t = (t,)
try:
    str(t)
except RecursionError as e:
    print("RecursionError")
d = {}
for _ in range(100000):
    d = {1: d}
try:
    repr(d)
except RecursionError as e:
    print("RecursionError")
try:
    hash(t)
    print("hashed")
except RecursionError as e:
    print("RecursionError")
# ---
# __str__ and __hash__ recursing
class S:
    def __str__(self):
        return str(self)
    def __hash__(self):
        return hash(self)
try:
    str(S())
except RecursionError as e:
    print("RecursionError")
try:
    hash(S())
except RecursionError as e:
    print("RecursionError")
# ---
# __len__, __bool__, __iter__ and __getitem__ recursing
class M:
    def __len__(self):
        return len(self)
    def __bool__(self):
        return bool(self)
    def __getitem__(self, i):
        return self[i]
    def __iter__(self):
        return iter(self)
for fn in (len, bool, lambda m: m[0], iter):
    try:
        fn(M())
    except RecursionError as e:
        print("RecursionError")
# ---
# Properties and descriptors recursing
class P:
    @property
    def p(self):
        return self.p
try:
    P().p
except RecursionError as e:
    print("RecursionError")
# ---
# Recursion through a generator and through map
def gen(n):
    yield from gen(n + 1)
try:
    list(gen(0))
except RecursionError as e:
    print("RecursionError")
def h(x):
    return list(map(h, [x]))
try:
    h(0)
except RecursionError as e:
    print("RecursionError")
# ---
# eval of deeply nested brackets: the parser refuses them
for src in ("[" * 100000, "[" * 100000 + "]" * 100000, "(" * 100000 + ")" * 100000):
    try:
        eval(src)
        print("no error")
    except RecursionError as e:
        print("RecursionError")
    except MemoryError as e:
        print("MemoryError")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
# ---
# A raised limit: deep recursion still ends with RecursionError
import sys
sys.setrecursionlimit(100000)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError")
print(sys.getrecursionlimit())
