# list methods
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(2), a.count(1), a.index(2, 1))
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b, len(a))
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
# ---
# sort with key/reverse and stability
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs, reverse=True)
print(nums, sorted([3.5, 1, 2.25]), sorted("cba"), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
# ---
# list equality, nesting, repr of recursive list, multiplication aliasing
a = [[0] * 2] * 2
a[0][0] = 1
print(a)
b = [[0] * 2 for _ in range(2)]
b[0][0] = 1
print(b)
r = [1]
r.append(r)
print(r)
print([1, 2] == [1, 2], [1, [2]] == [1, [2]], [1] != [1.0], list("ab") + list(range(2)))
# ---
# tuple methods and properties
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), len(t), t[1:], t[::-1], (1,), (), tuple("ab"))
print(hash((1, 2)) == hash((1, 2)), (1, 2) + (3,), t * 2, 2 in t, max(t))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
x = ([1],)
x[0].append(2)
print(x)
# ---
# dict methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "default"), d)
d.update({"a": 10}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
print(dict.fromkeys("xy", 0), dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", [1, 2])))
c = d.copy()
c.clear()
print(c, len(d))
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
# ---
# dict views, ordering and |
d = {"z": 1, "a": 2, "m": 3}
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
d["b"] = 4
print(k, len(k), "b" in k, d.values(), d.items())
del d["z"]
d["z"] = 0
print(d)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 1} | {"a": 2})
e = {"x": 1}
e |= {"y": 2}
print(e, d.keys() & {"a", "q"}, sorted(d.keys() - {"a"}))
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1}, list(reversed({"p": 1, "q": 2})))
# ---
# dict iteration mutation error and key types
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {(1, 2): "tuple", None: "none", "s": "str", frozenset([1]): "fs"}
print(d[(1, 2)], d[None], d[frozenset([1])])
try:
    {[1]: 1}
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
# ---
# set operations and printing small int sets
print({3, 1, 2}, set(), {5, 4, 4, 5}, set([9, 8, 7]), set("aaa"))
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a >= {1}, a.isdisjoint({7}))
print(a.union([5]), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b))
s = {1}
s.add(2); s.add(1); s.update([3, 4]); s.discard(10); s.remove(4)
print(s, len(s), 2 in s, s.issubset({1, 2, 3, 9}), s.issuperset({1}))
print(s.pop() in {1, 2, 3}, len(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted({"pear", "apple", "fig"}), {0, 10, 3})
# ---
# frozenset
fs = frozenset([3, 1, 2])
print(fs, frozenset(), fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__)
print({fs: "key"}[frozenset({1, 2, 3})], fs == {1, 2, 3}, hash(fs) == hash(frozenset([1, 2, 3])))
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
# ---
# sorted / reversed / enumerate / zip
print(sorted({3: "a", 1: "b"}), list(reversed([1, 2, 3])), list(reversed((1, 2))))
print(list(enumerate("abc")), list(enumerate("ab", start=5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(enumerate("xy")), [i * c for i, c in enumerate("abc")])
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
# ---
# map / filter
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
# ---
# min / max with key and default, sum, any, all
print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max("apple", "fig", key=len))
print(min([], default="empty"), max([], key=len, default=None), max([1, 5, 3], key=lambda x: -x))
print(max([(1, "a"), (1, "b")]), min([1, 1.0]), max([1.0, 1]))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 10), sum([]))
print(any([]), all([]), any([0, "", None]), all([1, "a"]), any(x for x in [0, 3]))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
# ---
# list/tuple/set/dict constructors and len/conversions
print(list(), tuple(), dict(), list((1, 2)), tuple([3]), list({"k": 1}), list("hi"))
print(len([1, 2]), len((1,)), len({1: 2}), len({1, 1}), len(""), len(range(3)))
print([1, 2, 3][-1], [1, 2, 3][::-1], [1, 2, 3][1:10], [][:5])
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2][5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
# ---
# Uncaught IndexError
items = [1, 2, 3]
print(items[2])
print(items[3])
# ---
# setting and deleting one key in a loop on a large dict (index full of
# deleted marks must trigger a rebuild)
d = {str(i): i for i in range(10)}
for i in range(1000):
    d["e"] = i
    del d["e"]
print(d.get("zz"), len(d))
for i in range(100):
    try:
        raise ValueError(i)
    except ValueError as e:
        pass
print("done")
