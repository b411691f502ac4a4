# The with statement's protocol: how __enter__ and __exit__ are found and called.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress


with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("boom")
print("after suppress")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("d") as p, CM("e") as q:
    print(p, q)
# ---
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a)


def f():
    with CM():
        return "returned"


print(f())


def g():
    out = []
    for i in range(4):
        with CM():
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


print(g())


def h():
    try:
        with CM():
            return 1
    finally:
        print("finally")


print(h())
# ---
class Static:
    @staticmethod
    def __enter__():
        print("static enter")
        return 1

    @classmethod
    def __exit__(cls, *a):
        print("class exit", cls.__name__, a)


with Static() as v:
    print("v", v)


class Callable:
    def __call__(self, *a):
        print("callable called", len(a))
        return True


class WithCallable:
    __enter__ = lambda self: "lam"
    __exit__ = Callable()


with WithCallable() as v:
    print(v)
    raise RuntimeError
print("suppressed by a callable object")
# ---
class Late:
    pass


try:
    with Late():
        pass
except TypeError as e:
    print(e)
Late.__enter__ = lambda self: "late"
try:
    with Late():
        pass
except TypeError as e:
    print(e)
Late.__exit__ = lambda self, *a: print("late exit", a)
with Late() as v:
    print(v)
Late.__exit__ = lambda self, *a: print("replaced exit")
with Late() as v:
    print(v)
inst = Late()
inst.__exit__ = lambda *a: print("instance attribute is not used")
with inst:
    pass
# ---
class Sub(Exception):
    pass


class Enter:
    def __enter__(self):
        raise Sub("in enter")

    def __exit__(self, *a):
        print("not called")


try:
    with Enter():
        print("not run")
except Sub as e:
    print("enter raised", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise Sub("from exit")


try:
    with ExitRaises():
        raise ValueError("inner")
except Sub as e:
    print("exit raised", e, "context", repr(e.__context__))
# ---
import threading

lock = threading.Lock()
rlock = threading.RLock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked())
with rlock:
    with rlock:
        print("rlock held twice", rlock._is_owned())
print("rlock free", rlock._is_owned())
try:
    with lock:
        raise ValueError("x")
except ValueError:
    print("released after exception", lock.locked())


class MyLock(type(rlock)):
    def __exit__(self, *a):
        print("subclass exit", a)
        return super().__exit__(*a)


m = MyLock()
with m:
    print("in subclass lock")
print(lock.__enter__(), lock.locked())
print(lock.__exit__(None, None, None), lock.locked())
try:
    with 5:
        pass
except TypeError as e:
    print(e)
# ---
import asyncio


class ACM:
    async def __aenter__(self):
        print("aenter")
        return "av"

    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return True


async def main():
    async with ACM() as v:
        print("abody", v)
    async with ACM():
        raise ValueError
    print("suppressed")

    def inner():
        pass

    try:
        async with object():
            pass
    except TypeError as e:
        print(e)
    for i in range(3):
        async with ACM():
            if i == 1:
                break
    return "done"


print(asyncio.run(main()))
# ---
import asyncio


class OnlyEnter:
    async def __aenter__(self):
        return 1


async def main():
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print(e)


asyncio.run(main())
