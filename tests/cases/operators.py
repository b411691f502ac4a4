# Precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(not 1 == 2, 1 + 2 << 1, 1 | 2 ^ 3 & 4, ~0 + 1, -~5)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(1 < 2 == 2, not True or True, True or False and False)
# ---
# Chained comparisons evaluate the middle once
def mid():
    print("mid called")
    return 5
print(1 < mid() < 10)
print(1 < 2 > 0 != 3, 3 > 2 > 2, 1 == 1.0 == True)
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
# ---
# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a, "ell" in "hello", "k" in {"k": 1})
print(1 in {1: "x"}, (1, 2) in [(1, 2)], "z" not in "abc")
# ---
# Short-circuit and/or return operands
def t(v):
    print("eval", v)
    return v
print(0 or "x", "" or [] or 0, 5 and 6, 0 and 1, None or None)
print(t(0) and t(1))
print(t(2) or t(3))
print([] and t("never"), [1] or t("never"))
print(not [], not [0])
# ---
# Conditional expressions
x = 5
print("big" if x > 3 else "small", "a" if 0 else "b" if 1 else "c")
y = [i if i % 2 else -i for i in range(5)]
print(y)
# ---
# Walrus
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 2, 3, 4]
print([z for v in data if (z := v * v) > 4], z)
i = 0
while (i := i + 1) < 3:
    print("loop", i)
print((w := 7) + w)
# ---
# Floor division and modulo signs
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 5 % -2.5)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2))
# ---
# Powers with negatives
print(2 ** -1, 2 ** -2, (-2) ** 3, (-8) ** 2, 0 ** 0)
print(10 ** 20, 2 ** 100, 4 ** 0.5, (-1) ** 0.5 == 1j)
print(pow(2, -1), pow(-2, 3), 2.0 ** 3)
# ---
# Big ints past int64
big = 2 ** 63
print(big, big - 1, -big, big * big)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(3 ** 50, 12345678901234567890 * 98765432109876543210)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7)
print((1 << 100) >> 98, 1 << 64, hex(2 ** 70))
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63, int(2.0 ** 70))
# ---
# int/float mixing and true division
print(1 + 2.0, 3 * 1.5, 10 / 4, 10 / 5, 1 / 3 * 3)
print(type(10 / 5).__name__, type(7 // 2).__name__, type(7.0 // 2).__name__)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 * 3)
print(True + True, True * 3, False - 1, 10 * False)
print(3 - 2.5, -3.0 * 0, 1e308 * 10, 2 ** 0.5)
# ---
# Bitwise operators
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3)
print(-5 & 0xFF, -1 >> 10, -16 >> 2, ~-1, 6 & -2)
print(True & False, True | False, True ^ True)
print({1, 2, 3} & {2, 3, 4}, {1} | {2}, {1, 2} ^ {2, 3}, {1, 2, 3} - {2})
# ---
# Augmented assignment on lists vs tuples
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s *= 2
print(s)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7
print(n)
x = 0b1100
x &= 0b1010; x |= 1; x ^= 0b11; x <<= 2; x >>= 1
print(x)
f = 1.0
f /= 4
print(f)
# ---
# Comparisons between types
print(1 < 2.5, 2 == 2.0, "a" == "a", [] == [], () == [], None == 0)
print(max(1, 2.5), min("b", "a"), 1 != "1")
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
# ---
# Unary and mixed sequence ops
print(-(-3), +3, -0.0 == 0.0, [0] * 3, 3 * "ab", (1,) * 2)
print([1, 2] + [3], (1,) + (2,), "a" + "b")
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print(1 + 2 - 3 * 4 / 5)
