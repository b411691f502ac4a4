# The eval loop's fast paths and fused instructions must behave exactly like
# the general ones: calls, int/float arithmetic, x[CONST], x[k] op= v.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15))


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
print(fib(10))


class P:
    def __init__(self, x):
        self.x = x

    def get(self, k):
        return self.x + k


p = P(3)
print(p.get(4), P.get(p, 5))
try:
    p.get()
except TypeError as e:
    print(e)
try:
    fib(1, 2)
except TypeError as e:
    print(e)
# ---
big = 2 ** 62
print(big + big, big * 4, -big - big - big, 3 - 5, 7 * -3)
print(1.5 + 2, 2 + 1.5, 0.1 * 3, 3 * 0.1, 1.0 - 1e-17)
print((1 << 31) * (1 << 31), (1 << 31) * -(1 << 31))
x = 10
x += 5
x -= 20
x *= 3
print(x)
f = 1.5
f += f
f *= f
f -= 0.25
print(f)
s = "ab"
s += "cd"
s = s * 2
print(s, "x" + "y", [1] + [2], (1,) * 3)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o)

    def __radd__(self, o):
        return V(o * 100 + self.v)

    def __sub__(self, o):
        return "sub"

    def __mul__(self, o):
        return "mul"


print((V(1) + 2).v, (2 + V(1)).v, V(1) - 1, V(1) * 2)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" - 1
except TypeError as e:
    print(e)
print(True + True, True * 3.5, 2 - False)
# ---
def f(l, t, d):
    print(l[0], l[-1], t[1], t[-2], d[0])
    l[0] += 1
    l[-1] -= 2.5
    d[0] += 10
    d["x"] = 1
    d["x"] += 1
    t2 = [1, "a"]
    t2[1] += "b"
    t2[1] *= 2
    print(l, d, t2)
    try:
        print(l[10])
    except IndexError as e:
        print("IE", e)
    try:
        l[10] += 1
    except IndexError as e:
        print("IE2", e)
    s = "abc"
    print(s[0], s[-1])

    class C:
        def __getitem__(self, k):
            return k * 2

        def __setitem__(self, k, v):
            print("set", k, v)

    c = C()
    print(c[3])
    c[3] += 1
    n = [[1, 2], [3, 4]]
    n[0][1] += n[1][0]
    print(n)


def g():
    try:
        print(u[0])
    except UnboundLocalError as e:
        print("ULE", e)
    u = [1]


f([1, 2, 3.5], (4, 5, 6), {0: 1})
g()
# ---
for i in range(5):
    k = "key" + str(i * 1234) + "_" + str(i & 7)
    print(k, len(k), hash(k) == hash("key" + str(i * 1234) + "_" + str(i & 7)), k == "key%d_%d" % (i*1234, i & 7))
a = "ab"
b = a + "c"
c = b + "d" + "é" + "f"
print(a, b, c, len(c), c[4], c.upper())
d = {}
x = "q" + str(5)
d[x] = 1
y = x + "z"
print(d, x, y, x in d, "q5" in d)
s = "abc" + "def" + "ghi" + "jkl" + "mno" + "pqr" + "stu" + "vwx" + "yz" + "0123456789" * 2
print(s, len(s))
t = str(12) + "x"
print(t, t.isdigit(), t[-1])
z = "a" + "b"
w = z
z2 = z + "c"
print(w, z2)
# ---
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def drops():
    l = [D(1), D(2), [D(3), 4.5, 10**20], D(4)]
    l = None
    t = (D(5), (D(6), 7), D(8))
    t = 0
    big = [i * 1000 for i in range(3000)]
    big2 = [x + 1 for x in big]
    big = None
    big3 = [x * 2.5 for x in big2]
    print(len(big2), big2[-1], big3[-1], sum(big3[:10]))
    print("end", l, t)


drops()
# ---
def call_missing():
    return missing_function(1)


try:
    call_missing()
except NameError as e:
    print("NameError", e)
print(len([1, 2]), abs(-3), max(1, 5, 2))
missing_function = lambda x: x + 1
print(call_missing())
del missing_function
try:
    call_missing()
except NameError as e:
    print("NameError again", e)
# ---
def edges(a, b, c):
    print(a + 1, a - 1, b + 1, b - 1, c + 1, c - 2, c - -3)
    print(a + 9223372036854775807, a - 9223372036854775807)
    t = True
    print(t + 1, t - 1)
    f = 2.5
    print(f + 1, f - 1)
    s = "x"
    try:
        print(s + 1)
    except TypeError as e:
        print(e)
    try:
        print(u - 1)
    except UnboundLocalError as e:
        print(e)
    u = 5
    print(u - 1)


edges(9223372036854775807, -9223372036854775808, 10**30)
edges(0, 1, -1)
# ---
def cmp(x):
    out = []
    if x < 2:
        out.append("lt")
    if x >= 2:
        out.append("ge")
    if not x == 3:
        out.append("ne3")
    if x != "a":
        out.append("ne-a")
    while x > 100:
        x = x // 2
    out.append(x)
    return out


for v in [0, 1, 2, 3, 1.5, 2.0, True, False, 10**30, -10**30, 250]:
    print(v, cmp(v))
try:
    cmp(None)
except TypeError as e:
    print(e)
try:
    cmp("s")
except TypeError as e:
    print(e)


def unb():
    if w < 2:
        pass
    w = 1


try:
    unb()
except UnboundLocalError as e:
    print(e)
# ---
def arith(a, b):
    return [a + b, a - b, a * b, b - a]


for a, b in [(1, 2), (3, 1.5), (2.5, 4), (0.1, 0.2), (2**31, 2**31), (2**62, 2**62), (-2**63, 1),
             (9223372036854775807, 1), (10**20, 3), ("ab", "cd"), ([1], [2]), (True, 2), (-0.0, 0.0)]:
    try:
        print(a, b, arith(a, b))
    except TypeError as e:
        print(a, b, "TypeError", e)


def acc(n):
    total = 0
    f = 0.0
    for i in range(n):
        total += i
        f += f * 0.5 + i
    return total, f


print(acc(10), acc(0))


def unb2():
    a = 1
    return a + b2
    b2 = 2


try:
    unb2()
except UnboundLocalError as e:
    print(e)
# ---
def aug(t, l, s):
    try:
        t[0] += 1
    except TypeError as e:
        print(e)
    l[1] += 10
    l[-1] *= 2
    try:
        s[0] += "x"
    except TypeError as e:
        print(e)
    print(t, l, s)


aug((1, 2), [1, 2, 3], "abc")
# ---
def modand(x):
    out = [x % 7, x % -7, x & 6, x * 3, x - 10, x + 10]
    try:
        out.append(x % 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


for v in [0, 5, -5, 2**40, -(2**40), 10**25, 2.5, -7.25, True]:
    print(v, modand(v))
# ---
d = {}
for i in range(200):
    d[i] = i * i
    if i % 3 == 0:
        del d[i // 2]
print(len(d), sum(d), sum(d.values()), list(d)[:10], list(d)[-5:])
for i in range(0, 200, 7):
    d.pop(i, None)
d2 = d.copy()
d2.update({k: -k for k in range(300, 320)})
print(len(d2), sorted(d2)[:5], d2 == dict(d2.items()), 350 in d2, 305 in d2)
s = {str(i): i for i in range(1000)}
print(len(s), s["999"], "1000" in s, list(s)[500])
e = dict.fromkeys(range(50))
e.clear()
e[1] = 2
print(e, len({i: i for i in range(9)}), len({i: i for i in range(17)}))
