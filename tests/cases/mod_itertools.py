import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2), 3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print(list(it.chain([1, 2], "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3, 8)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("abc", 2)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.pairwise("abcd")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(it.count(), it.count(5), it.count(5, 2), it.count(0.5), it.count(1, 1.0), it.repeat('a'), it.repeat(1, 3))
g = it.groupby("aabb")
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(type(it.chain()), isinstance(it.count(), it.count))
# ---
# argument errors
import itertools as it
tests = [lambda: it.count('a'), lambda: it.repeat(), lambda: it.islice([1]), lambda: it.islice([1], -1),
         lambda: it.islice([1], 0, 5, 0), lambda: it.islice([1], 'a'), lambda: it.combinations([1]),
         lambda: it.combinations([1], -1), lambda: it.permutations([1], -1), lambda: it.product([1], repeat=-1),
         lambda: it.starmap(), lambda: it.accumulate(), lambda: it.tee([1], -1), lambda: next(it.chain(1)),
         lambda: it.groupby(), lambda: it.zip_longest(1), lambda: it.cycle(), lambda: it.compress([1]),
         lambda: it.pairwise(), lambda: it.takewhile(len), lambda: it.chain(x=1), lambda: it.count(1, 2, 3),
         lambda: it.filterfalse(None), lambda: it.islice([1], 1, 'x'), lambda: list(it.starmap(abs, [1]))]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# ---
# laziness, exhaustion and reuse
import itertools as it
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
c = it.chain(noisy(2), noisy(1))
print("created")
print(next(c))
print(list(c))
print(list(c))
s = it.islice(noisy(10), 2)
print(list(s))
tw = it.takewhile(lambda x: x < 1, noisy(5))
print(list(tw))
r = it.repeat("x", 2)
print(list(r), list(r))
p = it.pairwise([1])
print(list(p))
print(list(it.product()), list(it.product([])), list(it.combinations([], 0)), list(it.permutations([], 0)))
print(list(it.combinations("ab", 3)), list(it.permutations("ab", 3)), list(it.combinations_with_replacement("", 2)))
print(list(it.zip_longest()), list(it.accumulate([])), list(it.accumulate([], initial=0)))
# ---
# tee and groupby details
import itertools as it
a, b, c = it.tee(iter(range(4)), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee([1], 0), len(it.tee("abc")))
gen = (x for x in "xy")
t1, t2 = it.tee(gen)
print(list(zip(t1, t2)))
groups = it.groupby("aabbbc")
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
data = [("a", 1), ("a", 2), ("b", 3)]
for key, grp in it.groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in grp])
things = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=len)
print({k: list(g) for k, g in it.groupby(things, len)})
# ---
# count / cycle / repeat with floats and zip
import itertools as it
print(list(zip(it.count(1), "abc")), list(zip(it.count(0.5, 0.25), range(3))))
print(list(map(pow, range(5), it.repeat(2))), list(zip("ab", it.cycle([0, 1]))))
c = it.count(3)
next(c); next(c)
print(c)
print(sum(it.islice(it.count(1, 2), 100)))
import operator
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(it.accumulate(range(1, 6), operator.mul)))
print(list(it.accumulate("abc")))
print(list(it.starmap(lambda a, b: a + b, zip("ab", "cd"))))
# ---
# recipes
import itertools as it
def take(n, iterable):
    return list(it.islice(iterable, n))
def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
print(take(3, it.count(5)), list(flatten([[1, 2], [3]])), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(len(list(it.permutations(range(5)))), len(list(it.combinations(range(10), 4))), len(list(it.product(range(3), repeat=4))))
