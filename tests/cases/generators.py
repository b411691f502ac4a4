# Basic yield and laziness
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(gen()))
# ---
# send
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(acc.send(None))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
# ---
# throw
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
def fragile():
    yield 1
g = fragile()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
# ---
# close and GeneratorExit, finally in generator
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("generator finally")
g = closable()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# ---
# yield from with return value and delegation of send
def sub():
    x = yield "sub1"
    print("sub received", x)
    yield "sub2"
    return "sub result"
def outer():
    r = yield from sub()
    print("outer got", r)
    yield "outer done"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
# ---
# Generator expressions
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
print(list(x for x in "abc" if x != "b"))
print(max(len(w) for w in ["a", "bbb", "cc"]), sorted((c for c in "cab"), reverse=True))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
ge = (i for i in [1, 2])
print(next(ge), next(ge), next(ge, "default"))
# ---
# StopIteration inside generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("inner")
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
# ---
# Infinite generators with manual stopping
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n >= 5:
        break
    out.append(n)
print(out)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def take(n, it):
    it = iter(it)
    for _ in range(n):
        yield next(it)
print(list(take(3, naturals())))
# ---
# Generator state and return inside generator
def g1():
    return "early"
    yield
print(list(g1()))
def states():
    yield 1
g = states()
print(g.gi_running, list(g), list(g))
def counter(n):
    for i in range(n):
        yield i
    return n
gen = counter(2)
r = []
while True:
    try:
        r.append(next(gen))
    except StopIteration as e:
        r.append(("ret", e.value))
        break
print(r)
# ---
# Generators as methods and __iter__ implemented as a generator
class Tree:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), 3 in t)
# ---
# Generator calling itself recursively
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(perms([1, 2, 3])))
# ---
# Uncaught exception from inside a generator
def exploding():
    yield 1
    raise ZeroDivisionError("from generator")
for x in exploding():
    print("got", x)
# ---
# A suspended generator's frame has no f_back (the frame that resumed it is
# not kept alive); a running one's is its caller.
import sys
def gen():
    while True:
        yield sys._getframe().f_back.f_code.co_name
g = gen()
def first():
    return next(g)
def second():
    return next(g)
print(first(), second(), g.gi_frame.f_back)
