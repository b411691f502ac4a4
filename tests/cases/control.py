# if / elif / else
for n in [-5, 0, 5, 50]:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "large")
# ---
# while / else
i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)
i = 0
while True:
    i += 1
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
# ---
# for / else with break
for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")
for x in [1, 4, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")
for x in []:
    pass
else:
    print("empty loop else")
# ---
# continue
out = []
for i in range(10):
    if i % 3:
        continue
    out.append(i)
print(out)
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print(total)
# ---
# Nested loops with break only leaving the inner loop
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
# ---
# range forms
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(5, 0)), list(range(-3, 3, 2)))
r = range(1, 10, 2)
print(r, len(r), r[2], r[-1], r[1:3], 7 in r, 8 in r)
print(range(3) == range(0, 3), list(reversed(range(4))), r.index(5), r.count(3))
print(sum(range(101)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
# ---
# Loop variable persists after loop; loop over mutating copies
for i in range(3):
    pass
print(i)
items = [1, 2, 3, 4]
for it in items[:]:
    if it % 2 == 0:
        items.remove(it)
print(items)
# ---
# Truthiness in conditions
for v in [0, 1, "", "a", [], [0], {}, None, 0.0, 3j, set(), range(0)]:
    print("T" if v else "F", end="")
print()
# ---
# pass, nested functions in loops, and return from inside a loop
def first_neg(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(first_neg([3, -1, -2]), first_neg([1]))
def count_down(n):
    while n:
        n -= 1
        if n == 2:
            return "hit two"
    return "finished"
print(count_down(5), count_down(2))
