# The cycle collector: gc.collect() finds cycles reference counting cannot
# free, runs their finalisers and frees them.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print("nothing freed yet")
print("collected", gc.collect())
print("collected again", gc.collect())
# ---
# Self-referencing containers of each kind.
import gc
gc.collect()
l = []; l.append(l); del l
print("list", gc.collect())
d = {}; d["self"] = d; del d
print("dict", gc.collect())
class C: pass
c = C(); c.me = c; del c
print("instance", gc.collect())
def outer():
    def inner():
        return inner
    return inner
f = outer(); del f
print("closure", gc.collect())
s = C(); s.items = {1: [s]}; del s
print("nested", gc.collect())
t = C(); t.pair = (t, 1); del t
print("through a tuple", gc.collect())
# ---
# Objects still reachable are left alone, and so is what they reach.
import gc
class C: pass
keep = C(); keep.me = keep; keep.data = [1, 2, 3]
print(gc.collect())
print(keep.data, keep.me is keep)
holder = [[]]
holder[0].append(holder)
print(gc.collect(), len(holder), holder[0][0] is holder)
# ---
# A finaliser that resurrects its object: the object survives and its
# __del__ does not run a second time.
import gc
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
p = Phoenix(); p.me = p; del p
print(gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
print("end")
# ---
# Weak references to collected objects are cleared and their callbacks run.
import gc, weakref
class C: pass
x = C(); x.me = x
r = weakref.ref(x, lambda ref: print("callback", ref() is None))
del x
print(r() is not None)
gc.collect()
print(r())
# ---
# A generator in a cycle is closed (its finally block runs) when collected.
import gc
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
box = []
g = gen(box)
box.append(g)
next(g)
print("suspended")
del g, box
print(gc.collect() > 0)
# ---
# Automatic collection: with no gc.collect() call, cycles are freed once
# enough new containers accumulate (threshold 700).
import gc
freed = 0
class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        global freed
        freed += 1
for i in range(5000):
    Cyc()
print(freed > 1000)
gc.disable()
freed = 0
for i in range(5000):
    Cyc()
print(freed, gc.isenabled())
gc.enable()
print(gc.collect() >= 5000, freed >= 5000)
# ---
# Thresholds, counters and tracking.
import gc
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.isenabled())
gc.collect()
print(gc.get_count()[1:])
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}),
      gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(set()))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(lambda: 0))
t = (1, "a")
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(([],)))
d = {"k": 1}
print(gc.is_tracked(d))
d["l"] = []
print(gc.is_tracked(d))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
# ---
# gc.callbacks see each collection start and stop.
import gc
def cb(phase, info):
    print(phase, info["generation"], info["collected"], info["uncollectable"])
gc.callbacks.append(cb)
l = []; l.append(l); del l
print(gc.collect())
gc.callbacks.remove(cb)
print(gc.collect(0))
# ---
# get_referents and get_referrers.
import gc
a = [1]
b = [a, "x"]
print(gc.get_referents(b))
print(gc.get_referents({"k": a}))
print(gc.get_referrers(a) == [b])
print(gc.get_referents(1, "s"))
class C: pass
c = C(); c.x = a
print(a in gc.get_referents(c.__dict__))
# ---
# Threads creating cycles while automatic collections run on whichever
# thread holds the GIL: every finaliser runs exactly once.
import gc, threading
lock = threading.Lock()
freed = 0
class Cyc:
    def __init__(self, n):
        self.me = self
        self.payload = [n, {"n": n}]
    def __del__(self):
        global freed
        with lock:
            freed += 1
def work():
    for i in range(20000):
        Cyc(i)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
print(freed)
# ---
# A frame a traceback still holds keeps its locals until the traceback
# goes (f_locals shows them; __del__ runs when the exception is cleared).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    d = D(1)
    raise ValueError("x")
try:
    f()
except ValueError:
    print("caught")
print("after")
def g():
    d = D(2)
    1/0
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(sorted(tb.tb_next.tb_frame.f_locals))
print("after2")
del tb
print("end")
def h():
    x = [1, 2]
    try:
        1/0
    except Exception as e:
        return e
err = h()
print(err.__traceback__.tb_frame.f_locals["x"])
# ---
# A cycle through a frame: the exception's traceback holds the frame whose
# locals hold the exception. The cycle collector frees it.
import gc
class D:
    def __del__(self): print("D freed")
def f():
    d = D()
    try:
        1/0
    except ZeroDivisionError as e:
        err = e
    raise ValueError("again")
try:
    f()
except ValueError:
    pass
print("collecting")
gc.collect()
print("done")
