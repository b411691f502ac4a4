# list.sort/sorted compare small ints, floats and strs directly; the order
# (stability, reverse, NaN, identity of equal items) must not change.
xs = [(i * 7919) % 1009 - 500 for i in range(2000)]
print(sorted(xs)[:10], sorted(xs, reverse=True)[:5])
a = 10 ** 6
objs = [a + 1 - 1, a * 1, int(str(a))]
s = sorted(objs)
print([id(x) == id(y) for x, y in zip(s, objs)])
r = sorted(objs, reverse=True)
print([id(x) == id(y) for x, y in zip(r, objs)])
fl = [3.5, -1.0, float('nan'), 2.0, 0.5, float('nan'), -7.25, 1e300, -1e-300]
print(sorted(fl))
print(sorted(["b", "a", "é", "Z", "aa", "", "ab"]))
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, 2, -0.5]), sorted([True, 2, 0, False]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted(["a", 1])
except TypeError as e:
    print(e)
big = [2 ** 70, 5, -2 ** 65, 3]
print(sorted(big))
ls = [5, 3, 9, 1]
ls.sort()
print(ls)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted(range(40, 0, -3)))
