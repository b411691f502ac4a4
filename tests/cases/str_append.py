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
