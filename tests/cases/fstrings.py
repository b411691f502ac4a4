# Conversions !r !s !a
name = "café"
print(f"{name}|{name!r}|{name!s}|{name!a}")
print(f"{'q'!r} {3!r} {[1, 'a']!s}")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "a P"
print(f"{P()} {P()!r} {P()!s}")
# ---
# Format specs: width, alignment, fill, sign, precision
x = 3.14159
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:^10.2f}] [{x:>+10.2f}]")
print(f"[{42:5d}] [{42:<5d}] [{42:^5}] [{42:*^7}] [{42:05d}] [{-42:05d}]")
print(f"[{'ab':>5}] [{'ab':<5}] [{'ab':^6}] [{'ab':-^6}] [{'abcdef':.3}]")
print(f"[{1234567:,}] [{1234567:_}] [{0.5:%}] [{0.256:.1%}] [{12345.678:,.2f}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{8:o}] [{8:#o}] [{5:b}] [{5:#010b}]")
print(f"[{1e-5:e}] [{123456.0:.2e}] [{1.5:g}] [{1e20:g}] [{0.0001:g}] [{3:.2f}]")
print(f"[{65:c}] [{-3: d}] [{3: d}] [{3:+d}] [{-3.5:+.1f}]")
# ---
# Nested replacement fields inside the spec
x = 2.718281828
w, p = 10, 3
print(f"[{x:{w}.{p}f}]")
print(f"[{'hi':{'>'}{w}}]")
fmt = ".1f"
print(f"[{x:{fmt}}]")
# ---
# Expressions: slicing, subscripts, calls, arithmetic
p = "python"
d = {"k": 5, "other": [1, 2]}
print(f"{p[:3]} {p[-2:]} {p[::2]}")
print(f"{d['k']} {d['other'][1]} {len(p)} {p.upper()}")
print(f"{1 + 2 * 3} {[i * i for i in range(4)]} {'yes' if d else 'no'}")
print(f"{{literal braces}} {{{d['k']}}}")
# ---
# Debug specifier =
x = 10
name = "ann"
print(f"{x=}")
print(f"{x + 1=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x=:>5}")
print(f"{ x = }")
# ---
# Multi-line and nested f-strings, format() and str.format with specs
a, b = 3, 4
s = (f"a={a} "
     f"b={b}")
print(s)
print(f"{f'{a}+{b}'}={a + b}")
print(format(3.5, "08.3f"), format(10, "b"), format("x", "^5"), "|")
print("{:>6}|{:<4}|{:^5}|".format("r", "l", "c"))
print("{0}{1}{0}".format("ab", "-"), "{name}!".format(name="N"))
print("{0[1]} {1[k]} {2.real}".format([7, 8], {"k": "v"}, 3))
print("{!r} {:.2f} {:,d}".format("s", 1 / 3, 10 ** 6))
# ---
# Format errors
try:
    f"{'abc':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
# ---
# Int fields of an f-string are written straight into the result; anything
# that is not an exact int (bool, int subclasses, big ints, conversions,
# specs) goes through format() as before.
x = 12345; y = -7; b = 10**30; t = True
class I(int):
    def __str__(self): return "I!"
    def __format__(self, spec): return "F!"
print(f"key{x}_{y}|{b}|{t}|{I(3)}|{x!r}|{x:>8}|{0}{-0}|{-9223372036854775808}|{9223372036854775807}")
print(f"{x}", f"{x}{y}", f"a{1}", f"{''}{5}", f"{x:{y+10}}")
print(f"{3.5}{x}", f"{[1]}{x}", f"{-1}", repr(f"{x}{x}{x}{x}{x}{x}{x}{x}"))
print(f"{'a'}{''}" == "a", type(f"{1}{2}").__name__, len(f"{10**18}{-10**18}"))
try:
    f"{x:{y+10}.{3}}"
except ValueError as e:
    print("ValueError", e)
