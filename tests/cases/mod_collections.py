# deque basics
from collections import deque
d = deque()
d.append(1); d.append(2); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[1], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([9, 8])
print(d, list(d), 5 in d, 7 in d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.rotate(); print(d)
print(d.count(5), d.index(5), d.index(5, 2) if d.count(5) > 1 else d.index(6))
d.remove(9); print(d)
d.clear(); print(d, len(d))
print(deque("abc"), deque(range(3)), deque((1, 2), 5), deque(maxlen=2))
# ---
# deque maxlen
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1); print(d)
d.extend([10, 11]); print(d)
d.extendleft([20]); print(d)
print(d.maxlen, deque().maxlen)
last = deque([1, 2, 3, 4, 5], maxlen=2)
print(last, repr(deque(maxlen=0)))
z = deque(maxlen=0); z.append(1); print(z)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print(e)
# ---
# deque errors and indexing
from collections import deque
d = deque([1, 2, 3])
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: d[3], lambda: d[-4]):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
try:
    d.remove(10)
except ValueError as e:
    print(e)
try:
    d.index(10)
except ValueError as e:
    print(e)
try:
    d["a"]
except TypeError as e:
    print(e)
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__)
d[0] = 10; del d[1]; print(d)
d.insert(1, "x"); d.insert(-10, "first"); d.insert(100, "last"); print(d)
d.reverse(); print(d)
# ---
# deque operators, comparison, copy, iteration
from collections import deque
import copy
a = deque([1, 2]); b = deque([3])
print(a + b, a * 2, 2 * a, a == deque([1, 2]), a != b, a < b, deque([1, 2]) <= deque([1, 2, 0]))
a += [9]; print(a)
a *= 2; print(a)
c = a.copy(); c.append(0); print(a, c, copy.copy(a) == a, copy.deepcopy(a))
print(list(reversed(deque([1, 2, 3]))), sum(deque([1, 2, 3])), max(deque([4, 7, 1])))
d = deque([1, 2])
it = iter(d)
print(next(it))
d.append(3)
try:
    next(it)
except RuntimeError as e:
    print(e)
print(a == [1, 2, 9, 1, 2, 9], deque() == deque())
class MyDeque(deque):
    pass
m = MyDeque([1, 2], maxlen=4)
m.append(3)
print(m, type(m).__name__, isinstance(m, deque), m.maxlen, m.copy())
# ---
# deque as a queue: BFS and sliding window
from collections import deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
seen, order, q = {"a"}, [], deque(["a"])
while q:
    node = q.popleft()
    order.append(node)
    for n in graph[node]:
        if n not in seen:
            seen.add(n)
            q.append(n)
print(order)
def moving_average(seq, n=3):
    it = iter(seq)
    window = deque((next(it) for _ in range(n - 1)), maxlen=n)
    for x in it:
        window.append(x)
        yield sum(window) / n
print(list(moving_average([40, 30, 50, 46, 39, 44])))
# ---
# defaultdict
from collections import defaultdict
dd = defaultdict(int)
for w in "the cat the dog the end".split():
    dd[w] += 1
print(dd, dd["missing"], len(dd))
g = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    g[k].append(v)
print(g, dict(g), g.default_factory)
s = defaultdict(set); s["x"].add(1); print(s)
n = defaultdict(); print(n)
try:
    n["k"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(lambda: "dflt")["q"])
tree = lambda: defaultdict(tree)
t = tree(); t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], isinstance(t, dict))
c = g.copy(); print(c, type(c).__name__, c.default_factory)
print(dd.get("nothing"), "nothing" in dd)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
dd2 = defaultdict(int, {"a": 1}, b=2); print(dd2)
print(dd2.__missing__("z"), dd2)
# ---
# Counter basics and most_common
from collections import Counter
c = Counter("mississippi")
print(c)
print(c.most_common(), c.most_common(1), c.most_common(0))
print(c["s"], c["zzz"], len(c), sorted(c.elements()))
print(Counter(a=3, b=1), Counter({"x": 2, "y": 5}), Counter())
words = "a b c a b a".split()
print(Counter(words).most_common(2), Counter(words).total())
c2 = Counter(cats=4, dogs=8)
c2.update({"cats": 1}); c2.update(["dogs", "birds"]); print(c2)
c2.subtract(dogs=10); print(c2)
del c2["nope"]; del c2["birds"]; print(c2)
print(list(Counter(a=2, b=0, c=-1, d=1).elements()))
# ---
# Counter arithmetic and comparison
from collections import Counter
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b)
print(+Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2))
x = Counter(a=1); x += Counter(a=2, b=-1); print(x)
x -= Counter(a=5); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(e)
c = Counter("hello world")
print(sorted(c.items()), c.most_common(3))
print(isinstance(c, dict), c.copy() == c, type(c.copy()).__name__)
# ---
# OrderedDict
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(od.keys()))
od.move_to_end("b"); print(list(od))
od.move_to_end("b", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1)]) == OrderedDict([("x", 1)]))
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(b=2, a=1), dict(o1) == dict(o2))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.fromkeys("abc", 0), list(reversed(o1)))
# LRU cache built on OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
lru = LRU(2)
lru.put(1, 1); lru.put(2, 2); print(lru.get(1)); lru.put(3, 3); print(lru.get(2), lru.get(3), list(lru.d.items()))
# ---
# namedtuple basics
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point._fields, p._asdict(), p._replace(x=100), Point._make([1, 2]))
print(Point.__name__, Point.__doc__, Point.x.__doc__, type(p).__module__)
Color = namedtuple("Color", "red green blue")
print(Color(1, 2, 3), Color._fields)
E = namedtuple("E", "a, b")
print(E(1, 2), p.count(11), p.index(22), p + (1,), p[:1])
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(1, 2), Point(1, 3)))
# ---
# namedtuple defaults, rename, errors
from collections import namedtuple
Acc = namedtuple("Acc", "owner balance kind", defaults=[0, "checking"])
print(Acc("bob"), Acc("al", 5), Acc._field_defaults)
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x"], rename=True)
print(R._fields)
for args in (("1bad", "x"), ("T", "x class"), ("T", "_x"), ("T", "x x")):
    try:
        namedtuple(*args)
    except ValueError as e:
        print(e)
try:
    namedtuple("T", "a", defaults=[1, 2])
except TypeError as e:
    print(e)
P = namedtuple("P", "x y")
for f in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P._make([1]), lambda: P(1, 2)._replace(z=3)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    P(1, 2).x = 5
except AttributeError as e:
    print("AttributeError")
One = namedtuple("One", "a")
print(One(1), namedtuple("Empty", "")())
# ---
# namedtuple subclassing
from collections import namedtuple
class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return "Point: x=%6.3f  y=%6.3f  hypot=%6.3f" % (self.x, self.y, self.hypot)
for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(1, 2)), Point(1, 2)._replace(x=3), Point._make((5, 6)).hypot)
Point3 = namedtuple("Point3", Point._fields + ("z",))
print(Point3(1, 2, 3))
class Emp(namedtuple("Emp", "name dept")):
    def greet(self):
        return "hi " + self.name
print(Emp("ann", "eng").greet(), Emp("ann", "eng"))
# ---
# ChainMap
from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.get("zz", 0), "color" in cm)
print(cm)
cm["color"] = "blue"; print(env, defaults)
child = cm.new_child({"x": 1}); print(child, child.parents)
print(dict(cm), list(cm.keys()), list(cm.items()))
del cm["color"]; print(cm)
try:
    del cm["user2"]
except KeyError as e:
    print(e)
print(ChainMap(), ChainMap({}).maps)
# ---
# collections.abc with built-in types
from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence,
                             Callable, Hashable, Sized, Container, Set, MutableSet, Collection,
                             Generator, Reversible, KeysView)
import collections.abc
vals = [[], (), "", {}, set(), frozenset(), 5, 1.5, None, len, iter([]), range(3), (x for x in []), b""]
for cls in (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Callable,
            Hashable, Sized, Container, Set, MutableSet, Collection, Generator, Reversible):
    print(cls.__name__, [isinstance(v, cls) for v in vals])
print(isinstance({}.keys(), KeysView), issubclass(list, Sequence), issubclass(dict, Sequence))
print(collections.abc.Iterable, Iterable.__module__)
# ---
# collections.abc with user classes
from collections.abc import Iterable, Iterator, Sized, Mapping, MutableSequence, Callable, Hashable
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class Sz:
    def __len__(self):
        return 0
class NoHash:
    __hash__ = None
class F:
    def __call__(self):
        pass
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(Sz(), Sized), isinstance(Sz(), Iterable))
print(isinstance(NoHash(), Hashable), isinstance(F(), Callable), isinstance(F(), Sized))
class M(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
m = M({"a": 1, "b": 2})
print(m["a"], m.get("z", 9), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m))
try:
    class Bad(Mapping):
        pass
    Bad()
except TypeError as e:
    print(e)
class L(MutableSequence):
    def __init__(self):
        self._x = []
    def __getitem__(self, i):
        return self._x[i]
    def __setitem__(self, i, v):
        self._x[i] = v
    def __delitem__(self, i):
        del self._x[i]
    def __len__(self):
        return len(self._x)
    def insert(self, i, v):
        self._x.insert(i, v)
l = L()
l.append(1); l.extend([2, 3]); l += [4]
print(list(l), l.pop(), l.index(2), 3 in l, list(reversed(l)), l.count(1))
l.reverse(); l.remove(1); print(list(l))
# ---
# UserDict, UserList, UserString
from collections import UserDict, UserList, UserString
class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1); u["b"] = 2; u.update({"c": 3})
print(u, u.data, len(u), "A" in u, u.get("A"))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], ul + [9], len(ul), ul == [0, 1, 2, 3], type(ul[1:]).__name__)
us = UserString("hello")
print(us, us.upper(), us + "!", len(us), us[1:3], "ell" in us, us == "hello", us.split("l"))
# ---
# dict churn: the same key stored and deleted many times (module globals, except-as)
for i in range(300):
    e = i
    del e
for i in range(300):
    try:
        len(5)
    except TypeError as e:
        pass
d = {"a": 1, "b": 2}
for i in range(1000):
    d["k"] = i
    del d["k"]
print("e" in globals(), d, len(d))
