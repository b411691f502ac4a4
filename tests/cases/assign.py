# Chained assignment
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
# ---
# Tuple and list unpacking, swapping
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = (3, 4), 5
print(e, f, g)
h, = [9]
print(h)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
# ---
# Starred unpacking
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = 1, 2
print(a, mid, z)
[p, *q], r = [1, 2, 3], 4
print(p, q, r)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *(4, 5)], (*"xy",), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
# ---
# Unpacking errors
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
# ---
# Subscript, attribute and slice targets
lst = [0, 1, 2, 3, 4, 5]
lst[0] = "a"
lst[-1] = "z"
print(lst)
lst[1:3] = ["X"]
print(lst)
lst[::2] = [7, 8, 9]
print(lst)
lst[:] = [1, 2]
print(lst)
lst[1:1] = [5, 6]
print(lst)
d = {}
d["k"] = d.get("k", 0) + 1
d[1, 2] = "tuple key"
print(d)
class O: pass
o = O()
o.attr = 3
o.attr += 1
print(o.attr)
m = [[0, 0], [0, 0]]
m[1][0] = 5
print(m)
# ---
# Extended slice assignment length mismatch
lst = [0, 1, 2, 3]
try:
    lst[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
# ---
# del statements
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
class O: pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
n = 3
del n
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
# ---
# Evaluation order of assignment
def f(s):
    print("eval", s)
    return s
d = {}
d[f("key")] = f("value")
a = [0, 0]
i = 0
i, a[i] = 1, 2
print(a)
# ---
# Annotated assignment
x: int = 5
y: str
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
