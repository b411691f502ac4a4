# ref: call returns the referent, None once it is gone; callbacks run at once
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name, type(r).__name__, weakref.getweakrefcount(o))
del o
print(r(), r() is None)
# ---
# callback receives the dead weakref
import weakref
class Obj:
    pass
def gone(wr):
    print("callback", wr() is None, wr is r)
o = Obj()
r = weakref.ref(o, gone)
print(r.__callback__ is gone)
o = None
print("after")
# ---
# refs are reused without callbacks; equality and hashing follow the referent
import weakref
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return self.v == other.v
    def __hash__(self): return hash(self.v)
a, b = K(1), K(1)
ra, ra2, rb = weakref.ref(a), weakref.ref(a), weakref.ref(b)
print(ra is ra2, ra == rb, hash(ra) == hash(1), weakref.getweakrefcount(a))
rc = weakref.ref(a, lambda wr: None)
print(rc is ra, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
print(ra(), ra == rb, ra == ra2, hash(ra) == hash(1))
# ---
# what can be weakly referenced
import weakref
for v in [1, "s", (1,), [1], {"a": 1}, None, 2.5]:
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print("TypeError", e)
def f(): pass
class C: pass
class L(list): pass
print(weakref.ref(f)() is f, weakref.ref(C)() is C, weakref.ref(L())() is None, weakref.ref({1})() is None)
# ---
# WeakValueDictionary drops entries whose value dies
import weakref
class Image:
    def __init__(self, name): self.name = name
    def __repr__(self): return "Image(%r)" % self.name
cache = weakref.WeakValueDictionary()
a, b = Image("a"), Image("b")
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"], "a" in cache)
del a
print(len(cache), list(cache.keys()), "a" in cache, cache.get("a", "missing"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
print(dict(cache.items()), list(cache.values()))
b = None
print(len(cache), list(cache))
# ---
# WeakKeyDictionary drops entries whose key dies
import weakref
class Widget:
    def __init__(self, n): self.n = n
meta = weakref.WeakKeyDictionary()
w1, w2 = Widget(1), Widget(2)
meta[w1] = "first"
meta[w2] = "second"
print(len(meta), meta[w1], w2 in meta, sorted(meta.values()))
del w1
print(len(meta), [k.n for k in meta.keys()], list(meta.values()))
meta.clear()
print(len(meta))
# ---
# WeakSet
import weakref
class Node:
    def __init__(self, n): self.n = n
s = weakref.WeakSet()
nodes = [Node(i) for i in range(5)]
for n in nodes:
    s.add(n)
print(len(s), nodes[0] in s, sorted(x.n for x in s))
del nodes[1:3]
print(len(s), sorted(x.n for x in s))
nodes.clear()
print(len(s), [x.n for x in s])
# ---
# finalize: runs once when the object dies, or when called; alive/detach
import weakref
class Res:
    pass
def cleanup(name, mode="x"):
    print("cleanup", name, mode)
    return "done"
r = Res()
f = weakref.finalize(r, cleanup, "r1", mode="w")
print(f.alive)
del r
print(f.alive)
r2 = Res()
f2 = weakref.finalize(r2, cleanup, "r2")
print(f2(), f2(), f2.alive)
r3 = Res()
f3 = weakref.finalize(r3, cleanup, "r3")
print(f3.detach()[1] is cleanup, f3.alive)
del r3
print("end")
# ---
# finalize at exit for objects still alive
import weakref
class Res:
    pass
keep = Res()
weakref.finalize(keep, print, "finalized at exit")
print("main done")
# ---
# weakref to a bound method with WeakMethod; callback order and errors in callbacks
import weakref
class A:
    def m(self): return "m called"
a = A()
wm = weakref.WeakMethod(a.m)
print(wm()(), weakref.ref(a.m)() is None)
del a
print(wm())
class B: pass
b = B()
rs = [weakref.ref(b, lambda wr, i=i: print("cb", i)) for i in range(3)]
del b
print("done")
# ---
# __del__ runs before weakref callbacks; an object's weakrefs die with it
import weakref
class D:
    def __del__(self):
        print("__del__", r() is self)
d = D()
r = weakref.ref(d, lambda wr: print("callback", wr()))
del d
print(r())
# ---
# tutorial-style cache of expensive objects
import weakref
class Big:
    created = 0
    def __init__(self, key):
        Big.created += 1
        self.key = key
_cache = weakref.WeakValueDictionary()
def get(key):
    obj = _cache.get(key)
    if obj is None:
        obj = Big(key)
        _cache[key] = obj
    return obj
x = get("k1"); y = get("k1")
print(x is y, Big.created)
del x, y
z = get("k1")
print(Big.created, len(_cache))
