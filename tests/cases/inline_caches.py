# The eval loop caches global, attribute and method lookups per instruction;
# every change that affects a lookup must be seen.
def use_len(x):
    return len(x)
print(use_len([1, 2]))
len = lambda x: 42
print(use_len([1, 2]))
del len
print(use_len([1, 2, 3]))
import builtins
old = builtins.abs
def use_abs(x):
    return abs(x)
print(use_abs(-3))
builtins.abs = lambda x: "patched"
print(use_abs(-3))
builtins.abs = old
print(use_abs(-4))
G = 1
def get_g():
    return G
vals = []
for i in range(3):
    vals.append(get_g())
    G = G + 10
print(vals)
del G
try:
    get_g()
except NameError as e:
    print(e)
code = get_g.__code__
print(eval(code, {"G": "other globals"}))
G = 5
print(get_g())
for i in range(20):
    globals()["g%d" % i] = i
print(get_g(), g19)
# ---
class A:
    x = "class x"
    def m(self):
        return "A.m"
def read(o):
    return o.x
def call(o):
    return o.m()
a = A()
print(read(a), call(a))
a.x = "inst x"
print(read(a), read(A()))
del a.x
print(read(a))
A.x = "new class x"
print(read(a))
a.m = lambda: "instance m"
print(call(a), call(A()))
del a.m
A.m = lambda self: "patched A.m"
print(call(a))
class B(A):
    pass
b = B()
print(read(b), call(b))
A.x = "changed in base"
A.m = lambda self: "base changed"
print(read(b), call(b))
def prop_x(self):
    return "prop"
B.x = property(prop_x)
print(read(b))
try:
    b.x = 3
except AttributeError as e:
    print("AttributeError", e)
# ---
class P:
    def __init__(self):
        self.v = 1
def setv(o, v):
    o.v = v
def getv(o):
    return o.v
p = P()
for i in range(3):
    setv(p, i)
print(getv(p), p.__dict__)
log = []
def tracing(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)
P.__setattr__ = tracing
setv(p, 10)
print(getv(p), log)
del P.__setattr__
setv(p, 11)
print(getv(p), log)
P.__getattr__ = lambda self, name: "missing " + name
def getw(o):
    return o.w
print(getw(p), getv(p))
del P.__getattr__
try:
    getw(p)
except AttributeError as e:
    print(e)
class Q:
    v = "Q's v"
p.__class__ = Q
print(getv(p))
q = Q()
print(getv(q))
# ---
class S:
    __slots__ = ("a",)
def seta(o, v):
    o.a = v
def setb(o, v):
    o.b = v
s = S()
seta(s, 1)
seta(s, 2)
print(s.a)
try:
    setb(s, 1)
except AttributeError as e:
    print(e)
class D:
    pass
objs = [D() for _ in range(4)]
for i, o in enumerate(objs):
    if i % 2:
        o.y = i
    o.x = i * 10
print([getattr(o, "y", None) for o in objs], [o.x for o in objs])
for o in objs:
    o.x += 1
print([o.x for o in objs], [sorted(o.__dict__) for o in objs])
d = objs[0]
d.__dict__.clear()
d.z = 1
d.x = 5
print(d.__dict__, d.x)
def mlist(l):
    return l.append
print(mlist([]).__name__, [].append.__self__, "abc".upper(), (1, 2).count(1))
# ---
class C:
    def f(self):
        return "C.f"
    @classmethod
    def g(cls):
        return cls.__name__
    @staticmethod
    def h():
        return "h"
c = C()
def go(o):
    return o.f(), o.g(), o.h()
print(go(c), go(c))
class E(C):
    def f(self):
        return "E.f"
print(go(E()), go(c), go(E()))
def fn():
    pass
fn.attr = 3
def fa(o):
    return o.attr
print(fa(fn), fa(fn))
import math
def mp(m):
    return m.pi
print(mp(math) == math.pi)
# ---
class A:
    X = 1
    def m(self):
        return "A.m"
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "s"
    @property
    def p(self):
        return 5
class B(A):
    pass
def go(k):
    return k.X, k.m(k()), k.c(), k.s(), type(k.p).__name__, k.__name__
print(go(A), go(B), go(A))
A.X = 2
A.m = lambda self: "new m"
print(go(A), go(B))
B.X = 3
print(go(A), go(B))
del B.X
print(go(B))
print(str.upper("ab"), dict.fromkeys([1], 0), int.__name__, list.__name__)
