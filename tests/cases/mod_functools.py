# partial basics and attributes
from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5), p(2, c=7, d=0))
print(p.func is f, p.args, p.keywords)
print(repr(partial(max, 1, 2)))
print(repr(partial(max, key=abs)))
q = partial(p, 2)
print(q.func is f, q.args, q.keywords, q())
print(type(p).__name__, callable(p))
try:
    partial(5)
except TypeError as e:
    print(e)
# ---
# partial repr with a user function and a subclass
from functools import partial
def g(x, y): return x + y
r = repr(partial(g, 1))
print(r.startswith("functools.partial(<function g at 0x"), r.endswith(">, 1)"))
class MyP(partial):
    pass
m = MyP(g, 10)
print(m(5), repr(m).startswith("MyP(<function g"))
int2 = partial(int, base=2)
print(int2("1010"), int2.keywords)
# ---
# reduce
from functools import reduce
import operator
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(operator.add, ["a", "b", "c"], ""))
print(reduce(lambda a, b: a + b, [], 42))
print(reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(e)
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
# ---
# wraps and update_wrapper
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper
@deco
def greet(name: str) -> str:
    """Say hello."""
    return "hello " + name
greet.extra = 1
print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__.__name__, greet.__annotations__)
def inner(): pass
inner.attr = "x"
def outer(): pass
functools.update_wrapper(outer, inner)
print(outer.__name__, outer.attr, outer.__wrapped__ is inner)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class C:
    def method(self):
        "m doc"
w = functools.wraps(C.method)(lambda self: 1)
print(w.__qualname__, w.__doc__)
# ---
# decorator with arguments using wraps
import functools
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    "doc"
    return x * 2
print(hi(4), hi.__name__, hi.__doc__)
# ---
# lru_cache: bare, with maxsize, cache_info
from functools import lru_cache
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().misses, fib.cache_info().maxsize, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__(5))
# ---
# lru_cache: typed, maxsize None / 0, kwargs, unhashable
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None, typed=True)
def f(x):
    calls.append(x)
    return x
f(1); f(1.0); f(1); f(True)
print(calls, f.cache_info())
@lru_cache(maxsize=0)
def g(x):
    return x
g(1); g(1)
print(g.cache_info())
@lru_cache()
def h(a, b=2, *, c=3):
    return a + b + c
print(h(1), h(1, b=2), h(1), h(a=1), h.cache_info())
try:
    h([1])
except TypeError as e:
    print(e)
@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10), fact.cache_info())
print(h.cache_parameters())
# ---
# lru_cache on methods
from functools import lru_cache
class A:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def m(self, x):
        return self.k * x
a = A(3)
print(a.m(2), a.m(2), A.m.cache_info())
# ---
# total_ordering
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), b >= a, a <= V(1))
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__())
print([x.v for x in sorted([V(3), V(1), V(2)])], max(V(5), V(7)).v)
@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(2) <= W(2), W(3) > W(2))
try:
    @total_ordering
    class Z:
        pass
except ValueError as e:
    print(e)
# ---
# total_ordering NotImplemented
from functools import total_ordering
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, N):
            return NotImplemented
        return self.v < o.v
try:
    N(1) >= 3
except TypeError as e:
    print(e)
# ---
# cached_property
from functools import cached_property
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
del c.area
print(c.area)
c.area = 5
print(c.area)
print(type(Circle.area).__name__)
class S:
    __slots__ = ()
    @cached_property
    def x(self):
        return 1
try:
    S().x
except TypeError as e:
    print(e)
# ---
# cmp_to_key
from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print(e)
# ---
# singledispatch
from functools import singledispatch
@singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int %d" % x
@show.register
def _(x: list):
    return "list of %d" % len(x)
@show.register(str)
def _(x):
    return "str " + x
print(show(1), show("a"), show([1, 2]), show(2.5), show(True))
print(show.dispatch(bool) is show.dispatch(int), show.registry[object].__name__)
class MyList(list): pass
print(show(MyList([1])))
try:
    show()
except TypeError as e:
    print(e)
# ---
# singledispatchmethod and partialmethod
from functools import singledispatchmethod, partialmethod
class P:
    @singledispatchmethod
    def f(self, x):
        return "base"
    @f.register
    def _(self, x: int):
        return "int"
    def set(self, state, flag):
        self.state = (state, flag)
    on = partialmethod(set, True)
    off = partialmethod(set, False, flag=0)
p = P()
print(p.f(1), p.f("s"))
p.on(5); print(p.state)
p.off(); print(p.state)
