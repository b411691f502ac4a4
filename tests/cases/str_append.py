# `s += t` on a str held only by a local appends in place (as CPython does);
# every other holder of the old value must keep seeing it unchanged.
def f():
    s = "ab"
    s += "c"
    t = s
    s += "d"
    print(t, s)
    d = {}
    s2 = "x" * 3
    for i in range(5):
        s2 += str(i)
        d[s2] = i
    print(d, s2)
    u = ""
    for ch in "héllo wörld":
        u += ch
    print(u, len(u), u[1], u[-1], u.upper(), hash(u) == hash("héllo wörld"), u == "héllo wörld")
    parts = []
    w = "start"
    for i in range(4):
        w = w + "-" + str(i)
        parts.append(w)
        w += "!"
    print(parts, w)
    k = "k" * 2
    k += "1"
    h1 = hash(k)
    k += "2"
    print(h1 == hash("kk1"), hash(k) == hash("kk12"), k)
    v = "é" * 2
    v += "a"
    print(len(v), v[2], v.isascii())
    z = "ab" * 2
    z += ""
    z += "é"
    print(z, len(z), z[4])
    return s
print(f())
# ---
def g(n):
    out = ""
    for i in range(n):
        out += "K" + str(i % 10) + "|"
    return out
r = g(3000)
print(len(r), r[:12], r[-6:], r.count("K1"))
s = "a" * 3
def add(x):
    x += "b"
    return x
print(add(s), s)
# ---
# Short strs are allocated with their bytes (concatenation, str(int), f-strings).
for v in [0, 7, 10, -3, 12345678901234567890, -9223372036854775808, 2**63-1, 99999]:
    print(str(v), f'{v}', f'{v!s}', f'{v:>5}', len(str(v)), str(v) == repr(v), hash(str(v)) == hash(repr(v)))
class I(int):
    def __str__(self): return 'I!'
    def __format__(self, s): return 'F!'
print(str(I(5)), f'{I(5)}')
print(str(True), f'{True}', f'{False!s}')
a = 'ab'
b = 'cd' * 5
x = a + b
print(x, len(x), x + x, (x + 'é')[-1], hash(a + 'c') == hash('abc'), {a + 'c': 1}['abc'])
parts = [str(i) + "-" + str(i * i) for i in range(12)]
print(parts, "|".join(parts), sorted(parts)[:3])
