# basic dataclass: __init__, __repr__, __eq__
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
p = Point(1, 2)
print(p, repr(p), p.x, p.y)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 3), p == (1, 2))
print(Point(x=3, y=4), Point(5, y=6))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(Point.__init__.__name__, Point.__eq__ is not object.__eq__, Point.__hash__)
# ---
# defaults, default_factory, field options
from dataclasses import dataclass, field
@dataclass
class Inventory:
    name: str
    quantity: int = 0
    price: float = 1.5
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)
a = Inventory("apple")
b = Inventory("pear", 3, tags=["fruit"])
print(a, b)
a.tags.append("x")
print(Inventory("z").tags, a.tags is not Inventory("z").tags)
print(Inventory("q", cache={1: 2}) == Inventory("q"), Inventory.quantity, Inventory.price)
print(hasattr(Inventory, "tags"))
# ---
# non-default after default, mutable default, both default and factory
from dataclasses import dataclass, field
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
for default in ([], {}, set()):
    try:
        @dataclass
        class Bad2:
            items: object = default
    except ValueError as e:
        print("ValueError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
# ---
# __post_init__, init=False fields, InitVar
from dataclasses import dataclass, field, InitVar, fields
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area)
print(Rect(2, 3, 2.0))
print([f.name for f in fields(Rect)])
try:
    Rect(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
# ---
# order=True, frozen=True, hashing
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5), max(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.5, 2.5)
try:
    c.lat = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(c) == hash(Coord(1.5, 2.5)), {c: 1}[Coord(1.5, 2.5)], len({c, Coord(1.5, 2.5)}))
try:
    @dataclass(order=True, eq=False)
    class X:
        a: int
except ValueError as e:
    print("ValueError", e)
# ---
# unsafe_hash, eq=False, repr=False, init=False
from dataclasses import dataclass
@dataclass(unsafe_hash=True)
class U:
    a: int
    b: str = "b"
print(hash(U(1)) == hash((1, "b")), U(1) == U(1))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))
@dataclass(init=False)
class NoInit:
    a: int = 5
n = NoInit()
print(n, n.a)
@dataclass
class Explicit:
    a: int
    def __repr__(self):
        return "custom"
print(Explicit(1))
# ---
# fields(), asdict(), astuple(), replace(), is_dataclass
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
@dataclass
class Address:
    city: str
    zip: str = "00000"
@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
p = Person("Ann", 30, Address("Paris"), ["a", "b"], {"k": Address("Rome", "1")})
print([(f.name, f.type.__name__) for f in fields(p)])
from dataclasses import MISSING
print([f.default is MISSING for f in fields(Address)], fields(Address)[1].default, fields(Person)[3].default_factory is list)
print(asdict(p))
print(astuple(p))
q = replace(p, age=31)
print(q, q is not p, q.address is p.address)
print(is_dataclass(p), is_dataclass(Person), is_dataclass(1), is_dataclass(dict))
try:
    fields(1)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Person)
except TypeError as e:
    print("TypeError", e)
try:
    replace(p, height=3)
except TypeError as e:
    print("TypeError", e)
# ---
# inheritance: fields accumulate in base-first order, overriding defaults
from dataclasses import dataclass, field, fields
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    y: int = 10
d = Derived(1)
print(d, [f.name for f in fields(d)])
@dataclass(frozen=True)
class FrozenBase:
    a: int
try:
    @dataclass
    class Thawed(FrozenBase):
        b: int = 0
except TypeError as e:
    print("TypeError", e)
class Plain(Base):
    def total(self):
        return self.x + self.y
print(Plain(2, 3).total(), Plain(2, 3))
# ---
# repr of nested, recursive and qualname
from dataclasses import dataclass, field
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
root.children.append(root)
print(root)
def make():
    @dataclass
    class Local:
        a: int
    return Local(1)
print(make())
# ---
# kw_only, KW_ONLY, match_args, __match_args__
from dataclasses import dataclass, field, KW_ONLY
@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
print(Opts(a=1), Opts(b=3, a=4))
try:
    Opts(1)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int
print(Mixed(1, z=3), Mixed.__match_args__)
@dataclass
class KO:
    a: int = field(kw_only=True, default=1)
    b: int = 0
print(KO(5), KO.__match_args__)
# ---
# make_dataclass and dataclass with methods/properties/classmethods
from dataclasses import make_dataclass, field, dataclass
P3 = make_dataclass("P3", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(P3(3, -4), P3(3, -4).norm(), P3.__name__)
@dataclass
class Money:
    amount: int
    currency: str = "EUR"
    @property
    def display(self):
        return f"{self.amount} {self.currency}"
    @classmethod
    def zero(cls):
        return cls(0)
    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)
print((Money(5) + Money(7)).display, Money.zero(), Money(1).__dict__)
# ---
# a dataclass used as a record in a tutorial-style program
from dataclasses import dataclass, field, asdict
import json
@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    done: bool = field(default=False, compare=False)
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code")]
for t in sorted(tasks):
    print(t.priority, t.title)
tasks[0].done = True
print(json.dumps([asdict(t) for t in tasks]))
print(Task(1, "a") == Task(1, "b"))
