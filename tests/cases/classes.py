# Attributes, methods, class vs instance attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
a, b = Dog("rex"), Dog("fido")
print(a.speak(), b.name, Dog.count, a.count)
a.species = "own"
print(a.species, b.species, Dog.species)
Dog.species = "lupus"
print(a.species, b.species)
print(sorted(vars(a)), Dog.__name__, type(a).__name__, a.__class__ is Dog)
m = a.speak
print(m(), Dog.speak(b))
# ---
# Inheritance and overriding
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.sound()}"
class Cat(Animal):
    def sound(self):
        return "meow"
class Lion(Cat):
    def sound(self):
        return super().sound().upper() + "!"
for x in [Animal("generic"), Cat("tom"), Lion("leo")]:
    print(x.describe())
print(Lion.__bases__[0].__name__, [c.__name__ for c in Lion.__mro__])
# ---
# C3 MRO with a diamond and super() chains
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([c.__name__ for c in D.__mro__])
print(D().who())
class E(C, B): pass
print([c.__name__ for c in E.__mro__])
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
# ---
# super() in __init__ with arguments
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c.x, c.y)
class Explicit(Base):
    def __init__(self):
        super(Explicit, self).__init__("explicit")
print(Explicit().x)
# ---
# classmethod, staticmethod
class Point:
    instances = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.instances += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)
    @classmethod
    def kind(cls):
        return cls.__name__
class Point3(Point): pass
o = Point.origin()
print(o.x, o.y, Point.dist(o, Point(3, 4)), o.dist(o, o))
print(Point3.origin().kind(), Point.kind(), Point.instances)
# ---
# property with getter, setter and deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
# ---
# __repr__, __str__, __eq__, __hash__, __lt__
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, other):
        return self.x < other.x
vs = [V(3), V(1), V(2)]
print(vs, str(vs[0]), repr(vs[0]))
print(sorted(vs), min(vs), max(vs))
print(V(1) == V(1), V(1) != V(2), V(1) == 1, len({V(1), V(1), V(2)}))
print(V(2) > V(1), V("a") in [V("a")])
print("%s and %r" % (V(5), V(5)), f"{V(6)} {V(6)!r}")
# ---
# Objects without __eq__ compare by identity; __eq__ without __hash__ is unhashable
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)
class NoHash:
    def __eq__(self, other): return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)
# ---
# Operator dunders and reflected ones
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w))
print(sum([v, w]))
u = v
u += w
print(u, v, u is v)
try:
    v * None
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" - v
except TypeError as e:
    print(type(e).__name__, e)
# ---
# More numeric dunders: truediv, floordiv, mod, pow, comparisons, bool
class N:
    def __init__(self, v): self.v = v
    def __truediv__(self, o): return f"truediv {self.v}/{o}"
    def __rtruediv__(self, o): return f"rtruediv {o}/{self.v}"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __pow__(self, o): return f"pow {o}"
    def __rpow__(self, o): return f"rpow {o}"
    def __matmul__(self, o): return "matmul"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __lshift__(self, o): return "lshift"
    def __invert__(self): return "invert"
    def __le__(self, o): return "le"
    def __ge__(self, o): return "ge"
n = N(2)
print(n / 3, 3 / n, n // 1, n % 1, n ** 2, 2 ** n, n @ n)
print(n & 1, n | 1, n << 1, ~n, n <= 1, n >= 1, 1 >= n)
# ---
# Container protocol: __len__, __bool__, __getitem__, __setitem__, __delitem__, __contains__
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
b = Bag()
print(len(b), bool(b))
b["a"] = 1
b["b"] = 2
print(len(b), bool(b), b["a"], "a" in b, "z" in b)
del b["a"]
print(len(b), "a" in b)
try:
    b["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class Falsy:
    def __bool__(self): return False
print(bool(Falsy()), "yes" if Falsy() else "no", not Falsy())
# ---
# __getitem__-based iteration and slicing
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, s[1:3], s[::2])
for x in s:
    print(x, end=" ")
print()
# ---
# __iter__ and __next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Range2(3)
print(list(r), list(r), sum(r))
# ---
# __call__
class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x, y=1): return self.k * x * y
m = Multiplier(3)
print(m(2), m(2, y=5), callable(m), callable(Multiplier), callable(3))
# ---
# __getattr__ and __setattr__
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn_" + name
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "nope"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
l = Logged()
l.a = "hi"
l.b = 2
print(l.a, l.b)
class Attrs:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
at = Attrs()
at.other = 1
print(at.magic, at.other)
# ---
# __init_subclass__ and class registry
class Plugin:
    registry = []
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Plugin.registry.append(cls.__name__)
class First(Plugin, tag="one"): pass
class Second(Plugin): pass
print(Plugin.registry, First.tag, Second.tag)
# ---
# __slots__ accepted
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
s = Slotted(1, 2)
print(s.x, s.y, Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
# ---
# isinstance / issubclass
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)), issubclass(A, A))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(None, object))
print(isinstance(A, type), isinstance(type, type), type(type).__name__, type(A).__name__)
# ---
# Subclassing list and dict
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
d = DefaultDict()
d["a"].append(1)
d["a"].append(2)
print(d, d.get("b"), "b" in d)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict()
ld["KEY"] = 1
print(ld)
# ---
# Subclassing Exception
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, AppError))
class Simple(ValueError): pass
try:
    raise Simple("bad value")
except ValueError as e:
    print(type(e).__name__, e, repr(e))
# ---
# type(name, bases, dict)
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (object,), {"greet": hello, "x": 5})
d = Dyn()
print(d.greet(), d.x, Dyn.__name__, type(d).__name__)
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
print(type(5) is int, type("s") is str, type(d) is Dyn)
# ---
# Class repr and default object repr shape, class body scope
class K:
    a = 1
    b = a + 1
    lst = [i * 2 for i in range(3)]
print(K.b, K.lst)
try:
    class Hidden:
        a = 1
        lst = [a * i for i in range(3)]
except NameError as e:
    print(type(e).__name__, e)
print(repr(K).startswith("<class '__main__.K'>"), repr(K()).startswith("<__main__.K object at "))
print(K.__module__, K.__qualname__)
# ---
# Uncaught AttributeError on missing attribute
class Thing:
    pass
t = Thing()
print("before")
t.missing
# ---
# metaclasses: __prepare__ returning a dict subclass, a metaclass without
# __new__, attributes of classes made by a metaclass, super().__call__
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()
    def __getitem__(cls, k):
        return "item " + k
class A(metaclass=Meta):
    X = 1
    Y = X + 1
    def f(self): return "f"
print(type(A).__name__, A.X, A.Y, A().f(), A['k'], isinstance(A, type))
class Plain(type):
    pass
class B(metaclass=Plain):
    def __init__(self, v): self.v = v
print(type(B) is Plain, B(4).v, B.__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class DB(metaclass=Singleton):
    def __init__(self, x): self.x = x
a = DB(1); b = DB(2)
print(a is b, a.x)
del A, B, DB
print("ok")
# ---
# type.__new__ calls __init_subclass__ with the keywords it receives; a
# metaclass can consume class keywords first; mappingproxy(mapping)
class Meta(type):
    def __new__(mcls, name, bases, ns, *, tag=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = tag
        return cls
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(Base, tag="t", extra=1):
    def who(self):
        return super().who() if False else __class__.__name__
print(Child.tag, Child().who())
T = type("T", (Base,), {}, extra=2)
MP = type(type.__dict__)
m = MP({"a": 1})
print(m["a"], len(m), list(m))
try:
    MP([1, 2])
except TypeError as e:
    print("TypeError", e)
# ---
# __hash__ results: a value that fits is kept, -1 becomes -2, big ints are hashed
class A:
    def __hash__(self): return 2**62
class B:
    def __hash__(self): return -1
class C:
    def __hash__(self): return 2**70
print(hash(A()), hash(B()), hash(C()), hash(A()) == hash(2**62) or "differs from int hash")
