# abs, round incl. banker's rounding, divmod, pow 3-arg
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7))
print(round(2.675, 2), round(3.14159, 3), round(1234, -2), round(1250, -2), round(1.0), round(7, 1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(-2.5), round(0.125, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(3, -1, 7), pow(2.0, 0.5))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
# ---
# hex / oct / bin / chr / ord
print(hex(255), hex(-255), oct(8), oct(-8), bin(10), bin(-10), bin(0), hex(2 ** 64))
print(chr(65), chr(955), chr(0x1F600), ord("A"), ord("λ"), ord("\n"))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
# ---
# int() conversions and errors
print(int("42"), int(" -17 "), int("+5"), int(3.99), int(-3.99), int(True), int("1010", 2), int("z", 36))
print(int("0o17", 0), int("0x_ff", 16), int(), int("9" * 30), int(1e20))
for bad in ["x", "1.5", "", "12abc", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
# ---
# float() conversions and errors, float reprs
print(float("3.5"), float("  -1e3 "), float(7), float("inf"), float("-Infinity"), float("nan"), float())
print(float("1_000.5"), float(".5"), float("5."), float(True), float(2 ** 60))
print(0.1, 0.2 + 0.1, 1 / 7, 1e16, 1.23e-10, 5e-324, 1.7976931348623157e308, 123.456e5)
print(repr(2.5), str(1e-5), 1e15 + 0.3, -1.5e-3, float(10 ** 16), 3.0 * 1.1)
print(float("nan") == float("nan"), float("inf") > 10 ** 100, (0.1).as_integer_ratio(), (2.5).is_integer())
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 1100)
except OverflowError as e:
    print(type(e).__name__, e)
# ---
# str() and bool() conversions
print(str(12), str(-1.5), str(True), str(None), str([None]), str("s"), repr(str(b"b")))
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None), bool(set()), bool(0j))
print(bool(1), bool(-1), bool("0"), bool([0]), bool(" "), bool(float("nan")), bool())
print(True + 1, True == 1, str(True).lower(), repr(False), int(False))
# ---
# isinstance with tuples, type checks
print(isinstance(1, (str, int)), isinstance("s", (int, float)), isinstance(1.0, (int, float)))
print(isinstance([], (list, tuple)), isinstance((), ((list,), (tuple,))), isinstance(None, type(None)))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
# ---
# getattr / setattr / hasattr / delattr
class C:
    cls_attr = "class"
obj = C()
setattr(obj, "x", 10)
print(getattr(obj, "x"), getattr(obj, "cls_attr"), getattr(obj, "nope", "default"), hasattr(obj, "x"))
delattr(obj, "x")
print(hasattr(obj, "x"), hasattr(C, "cls_attr"), hasattr(5, "real"), getattr(5, "imag"))
try:
    getattr(obj, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(obj, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
# ---
# Identity checks without id(); callable
a = [1]
b = a
c = list(a)
print(a is b, a is c, c == a, None is None, type(None)() is None)
print(callable(len), callable(print), callable(lambda: 0), callable(int), callable("str"), callable(C := type("C", (), {})))
print(callable(C()), callable([].append))
# ---
# iter with sentinel, next with default
data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
it = iter([10])
print(next(it), next(it, "dflt"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
it = iter("ab")
print(iter(it) is it, list(it))
# ---
# vars and dir of a simple class
class Simple:
    kind = "simple"
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
s = Simple()
print(vars(s), sorted(vars(Simple).keys() - {"__module__", "__init__", "__dict__", "__weakref__", "__doc__"}))
print([n for n in dir(s) if not n.startswith("_")])
print([n for n in dir(Simple) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""), s.__dict__ is vars(s))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
# ---
# format()
print(format(1234.5678, ".2f"), format(42, "08b"), format(255, "#X"), format(0.25, "%"), format("s", ">3"))
print(format(1e6, ",.1f"), format(-5, "+"), format(3), format(12, ""), format(True, "d"), format(3.0, "g"))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
# ---
# hash of ints/tuples/strings equality
print(hash(1) == hash(1.0) == hash(True), hash((1, "a")) == hash((1, "a")), hash("abc") == hash("ab" + "c"))
print(hash(42), hash(-7), hash(0), hash(2 ** 61 - 1), hash(-1), hash(1.5))
print(hash(None) == hash(None), hash(()) == hash(()), hash(frozenset()) == hash(frozenset()))
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
# ---
# len, repr, ascii, type, object, sorted on dicts, print options
print(len("abc"), repr([1, "2", 3.0]), ascii("ä"), type(3) is int, type(object()).__name__)
print(1, 2, 3, sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print()
print(*range(3), sep="")
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
# ---
# slice, complex, bytes/bytearray basic builtins
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, list(range(20))[s], slice(3))
print(complex(1, 2), complex("3+4j"), complex(2), (1 + 2j).conjugate(), (3 + 4j) == complex(3, 4))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba), ba.decode(), bytes.fromhex("4142"), b"AB".hex())
