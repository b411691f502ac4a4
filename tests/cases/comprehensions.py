# List, set, dict comprehensions and generator expressions
print([x * 2 for x in range(5)])
print({x % 3 for x in range(10)})
print({x: x * x for x in range(4)})
print(sorted({c.upper() for c in "hello"}))
print(list(x + 1 for x in (1, 2)))
print({k: v for k, v in zip("abc", range(3)) if v != 1})
# ---
# Nested for and if clauses
print([(i, j) for i in range(3) for j in range(i)])
print([x for x in range(20) if x % 2 if x % 3])
print([[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row])
print([list(col) for col in zip(*matrix)])
print([c for w in ["ab", "cd"] for c in w if c != "c"])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
# ---
# Loop variable does not leak; outer variables visible
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
print({i: y for i in range(2)})
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print(type(e).__name__, e)
# ---
# Comprehensions inside functions capture locals; closures in comprehensions
def f(n):
    return [n * i for i in range(3)]
print(f(2))
def g():
    base = 100
    return {k: base + k for k in range(3)}
print(g())
funcs = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in funcs])
# ---
# Conditional expression inside comprehension and walrus
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
vals = [y for x in range(6) if (y := x * x) % 2 == 0]
print(vals, y)
# ---
# First iterable evaluated eagerly in enclosing scope
def src():
    print("src evaluated")
    return [1, 2]
g = (x for x in src())
print("generator created")
print(list(g))
# ---
# Comprehension over dict items, sorted output, and string building
d = {"b": 2, "a": 1, "c": 3}
print([k for k in d])
print(sorted((v, k) for k, v in d.items()))
print({v: k for k, v in d.items()})
print(",".join(str(i) for i in range(5)))
print(sum(1 for c in "mississippi" if c == "s"))
