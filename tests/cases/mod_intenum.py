# IntEnum members: iteration, lookup by value and name, str/repr/format (3.11)
import enum
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(list(Color), len(Color), Color(2), repr(Color(2)), Color['BLUE'], repr(Color['CRIMSON']))
print(str(Color.RED), repr(Color.RED), format(Color.RED), f'{Color.GREEN:>4}|{Color.BLUE:03d}|{Color.RED!s}|{Color.RED!r}')
print('%s %d %r' % (Color.RED, Color.GREEN, Color.BLUE), Color.RED + 1, Color.BLUE * 2, Color.RED == 1, Color.RED < Color.BLUE)
print(sorted([Color.BLUE, 0, Color.RED]), hash(Color.RED) == hash(1), {1: 'x'}[Color.RED], [10, 20, 30][Color.GREEN])
print(isinstance(Color.RED, int), type(Color.RED), type(Color), Color.__mro__)
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, list(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
# ---
# IntFlag and Flag: combination, membership, iteration, str/repr/format
import enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), rw, int(rw), Perm.R in rw, Perm.X in rw, list(Perm))
print(repr(Perm(0)), repr(Perm(7)), repr(~Perm.R), repr(Perm.R & 6), repr(Perm.R ^ 7), repr(Perm(9)))
print(Perm.R | 8, type(Perm.R | 8), Perm.R + 1, bool(Perm(0)), bool(Perm.X))
class Color(enum.Flag):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = enum.auto()
    WHITE = RED | GREEN | BLUE
p = Color.RED | Color.BLUE
print(repr(p), str(p), format(p), list(Color), repr(Color.WHITE), repr(~Color.RED), repr(Color(0)))
print(Color.RED in p, Color.GREEN in p, len(Color), [m.name for m in Color.WHITE] if hasattr(Color.WHITE, '__iter__') else None)
try:
    Color(8)
except ValueError as e:
    print('ValueError', e)
# ---
# The functional API with module=, and an int-valued enum with a custom __new__
import enum
Sig = enum.IntEnum('Sig', [('HUP', 1), ('INT', 2), ('QUIT', 3)], module='mymod')
print(list(Sig), Sig(2), repr(Sig['QUIT']), Sig.__module__, Sig.__qualname__)
class Status(enum.IntEnum):
    def __new__(cls, value, phrase):
        m = int.__new__(cls, value)
        m._value_ = value
        m.phrase = phrase
        return m
    OK = 200, 'OK'
    MISSING = 404, 'Not Found'
print(Status(404), repr(Status(404)), Status(404).phrase, Status['OK'].phrase, list(Status))
print(f'{Status.OK}', str(Status.MISSING), Status.OK // 100)
# ---
# A user metaclass on an int subclass: the class is iterable and indexable
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._by_value = {}
        return cls
    def __iter__(cls):
        return iter(cls._by_value.values())
    def __getitem__(cls, key):
        return cls._by_value[key]
    def __len__(cls):
        return len(cls._by_value)
    def __call__(cls, value):
        return cls._by_value[value]
class Code(int, metaclass=Meta):
    def __repr__(self):
        return 'Code(%d)' % int(self)
for v in (3, 1, 2):
    Code._by_value[v] = int.__new__(Code, v)
print(list(Code), Code[2], len(Code), Code(1), repr(Code(1)), type(Code).__name__, Code.__name__)
print(Code(3) + 1, isinstance(Code(3), int), type(int.__new__(Code, 9)).__name__)
Dyn = Meta('Dyn', (int,), {})
Dyn._by_value[5] = int.__new__(Dyn, 5)
print(list(Dyn), Dyn(5) * 2, type(Dyn).__name__)
# ---
# A slot wrapper assigned under another dunder name is called like a method
class B(int):
    __str__ = int.__repr__
    def __repr__(self):
        return 'B(%d)' % self
print(str(B(3)), repr(B(3)), '%s' % B(4), f'{B(5)!s}', B(6))
class L(list):
    __str__ = list.__repr__
    def __repr__(self):
        return 'L!'
print(str(L([1, 2])), repr(L([1])))
class S(str):
    __repr__ = str.__str__
print(repr(S('x')), str(S('y')))
class F(float):
    __str__ = int.__repr__
try:
    print(str(F(1.5)))
except TypeError as e:
    print('TypeError', e)
# ---
# signal.Signals, Handlers and Sigmasks are IntEnums
import signal, enum
print(list(signal.Signals)[:4], len(signal.Signals) > 30, signal.Signals(2), repr(signal.Signals(15)))
print(repr(signal.Signals['SIGTERM']), signal.SIGINT is signal.Signals.SIGINT, type(signal.Signals) is enum.EnumType)
print(list(signal.Handlers), list(signal.Sigmasks), repr(signal.SIGIOT), signal.Signals.SIGABRT is signal.SIGIOT)
print(issubclass(signal.Signals, enum.IntEnum), signal.Signals.__module__, str(signal.SIGINT), f'{signal.SIGINT:>3}')
try:
    signal.Signals(99)
except ValueError as e:
    print('ValueError', e)
# ---
# http.HTTPStatus and HTTPMethod are an IntEnum and a StrEnum
from http import HTTPStatus, HTTPMethod
import enum
print(HTTPStatus(404), repr(HTTPStatus(404)), HTTPStatus['OK'], repr(HTTPStatus.OK), HTTPStatus.OK.phrase)
print(HTTPStatus.NOT_FOUND.description, len(HTTPStatus), list(HTTPStatus)[:3], HTTPStatus.OK == 200)
print(type(HTTPStatus) is enum.EnumType, issubclass(HTTPStatus, enum.IntEnum), f'{HTTPStatus.CREATED}', '%d' % HTTPStatus.ACCEPTED)
print(list(HTTPMethod)[:3], HTTPMethod('GET'), repr(HTTPMethod.POST), HTTPMethod.PUT == 'PUT', HTTPMethod.HEAD.description)
try:
    HTTPStatus(999)
except ValueError as e:
    print('ValueError', e)
import http.client
print(http.client.responses[404], http.client.OK, repr(http.client.NOT_FOUND))
