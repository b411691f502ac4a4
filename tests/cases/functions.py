# Defaults, evaluated once
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
print(greet.__defaults__, greet.__name__)
# ---
# *args and **kwargs
def f(a, *args, **kwargs):
    return a, args, sorted(kwargs.items())
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, x=3, y=4))
print(f(*[1, 2], **{"z": 0}))
def g(*args):
    return sum(args), type(args).__name__
print(g(), g(1, 2, 3))
# ---
# Keyword-only and positional-only parameters
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=5, b=0))
def po(a, b, /, c, *, d):
    return a + b + c + d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
def both(a, /, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(both(1, c=3), both(1, 2, 3, 4, c=5, e=6))
# ---
# Annotations
def ann(x: int, y: "str" = "s", *args: float, z: bool = True, **kw: dict) -> list:
    return []
print(ann.__annotations__)
def none(): pass
print(none.__annotations__, none())
# ---
# Closures and late binding
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
def outer():
    v = "outer"
    def inner():
        return v
    v = "changed"
    return inner()
print(outer())
# ---
# nonlocal and global
counter = 0
def incr():
    global counter
    counter += 1
incr(); incr()
print(counter)
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def scopes():
    x = "local"
    def a():
        nonlocal x
        x = "nonlocal"
    a()
    return x
print(scopes())
def create_global():
    global newname
    newname = "created"
create_global()
print(newname)
# ---
# Lambda
sq = lambda x: x * x
print(sq(7), (lambda *a, **k: (a, k))(1, k=2), (lambda: "none")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sq.__name__, (lambda x, y=2: x + y)(1))
# ---
# Recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
# ---
# Decorators without and with arguments
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"), hello.__name__)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
def trace(fn):
    print("decorating", fn.__name__)
    return fn
@trace
@shout
def bye():
    return "bye"
print(bye())
# ---
# Hand-written wrapper preserving metadata and counting calls
def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@counted
def work(x):
    "Docstring here."
    return x * 2
work(1); work(2); work(3)
print(work.calls, work.__name__, work.__doc__)
# ---
# Argument errors: missing
def f(a, b): pass
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
def k(*, x, y): pass
try:
    k()
except TypeError as e:
    print(type(e).__name__, e)
# ---
# Argument errors: too many, unexpected keyword, multiple values
def f(a, b): pass
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
def g(a=1): pass
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def p(a, /): pass
try:
    p(a=1)
except TypeError as e:
    print(type(e).__name__, e)
def n(): pass
try:
    n(1)
except TypeError as e:
    print(type(e).__name__, e)
# ---
# Function attributes and docstrings
def documented(x):
    """Return x."""
    return x
print(documented.__doc__, documented.__name__, documented.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
documented.extra = 42
print(documented.extra, callable(documented))
# ---
# Uncaught argument error ends the program
def needs_two(a, b):
    return a + b
print(needs_two(1, 2))
needs_two(1)
print("not reached")
