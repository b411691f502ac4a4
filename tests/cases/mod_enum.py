# basic Enum: members, name/value, repr/str, iteration order
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(type(Color.RED), isinstance(Color.GREEN, Color), type(Color))
print(repr(Color), str(Color))
print(f"{Color.BLUE}", "{}".format(Color.GREEN), format(Color.RED))
# ---
# lookup by value and by name; errors
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color(1), Color["GREEN"], Color(2) is Color.GREEN, getattr(Color, "RED"))
try:
    Color(5)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color("RED")
except ValueError as e:
    print("ValueError", e)
# ---
# comparisons and hashing
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED is Color(1), Color.RED == 1)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.GREEN], Color.RED in d, len({Color.RED, Color.RED, Color.GREEN}))
print(hash(Color.RED) == hash(Color.RED))
# ---
# aliases and __members__
from enum import Enum
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2))
print(list(Shape.__members__))
print([(name, m.value) for name, m in Shape.__members__.items()])
print([name for name, m in Shape.__members__.items() if m.name != name])
# ---
# auto, _generate_next_value_
from enum import Enum, auto
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
print([(m.name, m.value) for m in Ordinal])
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(Named.NORTH.value, Named("south"))
# ---
# methods, properties, classmethods on enums
from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
    def describe(self):
        return "%s has mass %s" % (self.name, self.mass)
    @classmethod
    def biggest(cls):
        return max(cls, key=lambda p: p.mass)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet.MERCURY.describe(), Planet.biggest())
print(Planet((5.976e+24, 6.37814e6)))
# ---
# IntEnum: compares with ints, str() is the int's
from enum import IntEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}")
print(Priority.LOW < Priority.HIGH, Priority.HIGH == 3, Priority.LOW + 1, sorted([Priority.HIGH, Priority.LOW]))
print(isinstance(Priority.LOW, int), Priority(2), int(Priority.HIGH), [1, 2, 3][Priority.LOW])
print(max(Priority), Priority.HIGH * 2, hash(Priority.LOW) == hash(1))
# ---
# Flag and IntFlag
from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(repr(Perm(0)), list(rw), rw.value, Perm(6) is rw)
print(repr(~Perm.R), repr(Perm.R ^ rw))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([c.value for c in Color], repr(Color.WHITE), repr(Color.RED | Color.GREEN))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), IP.R | IP.W, IP.R | 1, IP.R + 1, IP.W == 2, repr(IP(7)))
# ---
# unique decorator
from enum import Enum, unique
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError", e)
@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))
# ---
# members cannot be reassigned; duplicate names; not instantiable with new values
from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color.RED = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError", e)
# ---
# enums with mixed value types and string values
from enum import Enum
class Status(str, Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
print(Status.ACTIVE, repr(Status.ACTIVE), Status.ACTIVE == "active", Status("inactive"))
print(Status.ACTIVE.upper(), isinstance(Status.ACTIVE, str))
class Mixed(Enum):
    A = "a"
    B = 2
    C = (1, 2)
    D = None
print(list(Mixed), Mixed(None), Mixed((1, 2)))
# ---
# functional API
from enum import Enum, IntEnum
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Dir = Enum("Dir", ["N", "S"])
print([(d.name, d.value) for d in Dir])
Num = IntEnum("Num", [("ONE", 1), ("TEN", 10)])
print(Num.TEN, Num.TEN + 1, Num(1))
Dict = Enum("Dict", {"X": "x", "Y": "y"})
print(Dict.Y, Dict("x"))
# ---
# _missing_ and value lookup customisation; iteration in a loop
from enum import Enum
class Level(Enum):
    DEBUG = 10
    INFO = 20
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Level("info"), Level(10))
try:
    Level(99)
except ValueError as e:
    print("ValueError", e)
for lvl in Level:
    print(lvl.name, lvl.value, lvl is Level[lvl.name])
print(Level.DEBUG in Level, [m for m in reversed(Level)])
# ---
# enum members in comparisons and as dict keys
from enum import Enum
class Cmd(Enum):
    START = "start"
    STOP = "stop"
def run(c):
    if c is Cmd.START:
        return "starting"
    elif c == Cmd.STOP:
        return "stopping"
print(run(Cmd.START), run(Cmd("stop")))
counts = {c: 0 for c in Cmd}
counts[Cmd.STOP] += 2
print(counts)
# ---
# StrEnum and dir / vars-ish introspection
from enum import StrEnum, auto, Enum
class Method(StrEnum):
    GET = auto()
    POST = auto()
print(Method.GET, repr(Method.POST), Method.GET == "get", f"{Method.POST}")
class E(Enum):
    A = 1
    def hello(self): return "hi"
print("hello" in dir(E.A), "A" in dir(E), E.A.hello(), E.__name__, E.A.__class__.__name__)
print(E._member_names_, E._value2member_map_)
# ---
# membership of non-members, class-level checks
from enum import Enum, IntEnum, Flag
class C(Enum):
    A = 1
print(C.A in C, isinstance(C.A, Enum), issubclass(C, Enum), bool(C), C.A.__class__ is C)
class P(Flag):
    X = 1
    Y = 2
try:
    P(8)
except ValueError as e:
    print("ValueError", str(e).splitlines()[0])
print(len(P.X | P.Y), len(P(0)), bool(P(0)), P.X | P.Y == P(3))
# ---
# enum with __str__/__repr__ overrides, custom __new__ and extra attributes
from enum import Enum
class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    def __str__(self):
        return self.name.title()
class Sized(Enum):
    SMALL = ("S", 1)
    LARGE = ("L", 3)
    def __new__(cls, code, n):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.n = n
        return obj
print(Coin.PENNY, repr(Coin.NICKEL), f"{Coin.NICKEL}")
print(Sized.SMALL, Sized("L"), Sized.LARGE.n, Sized.LARGE.value)
try:
    Sized(("S", 1))
except ValueError as e:
    print("ValueError", e)
# ---
# IntFlag from real permission bits (os-style), iteration and names
from enum import IntFlag
class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.EXEC
print(m, repr(m), [x.name for x in m], m & Mode.READ, bool(m & Mode.WRITE))
print(Mode(6).name, Mode(0), repr(Mode(0)), int(m), m == 5, repr(Mode(13)))
