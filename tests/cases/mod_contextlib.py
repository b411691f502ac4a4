# contextmanager: enter value, cleanup, exceptions thrown into the generator
from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)
with tag("h1") as t:
    print("body", t)
@contextmanager
def managed():
    print("acquire")
    try:
        yield 42
    except ValueError as e:
        print("handled", e)
    finally:
        print("release")
with managed() as v:
    print("using", v)
with managed():
    raise ValueError("boom")
print("after suppressed")
try:
    with managed():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
print(tag.__name__, type(tag("x")).__name__)
# ---
# contextmanager error cases
from contextlib import contextmanager
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with reraise_other():
        raise ValueError("orig")
except TypeError as e:
    print(repr(e), repr(e.__cause__))
@contextmanager
def ignore_exc():
    try:
        yield
    except Exception:
        pass
    yield
try:
    with ignore_exc():
        raise ValueError
except RuntimeError as e:
    print(e)
# ---
# contextmanager as a decorator; timing pattern
from contextlib import contextmanager
@contextmanager
def announce(msg):
    print("start", msg)
    yield
    print("end", msg)
@announce("work")
def work(x):
    print("working", x)
    return x * 2
print(work(1))
print(work(2))
# ---
# suppress, closing, nullcontext
from contextlib import suppress, closing, nullcontext
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with suppress(ZeroDivisionError):
    print("no error")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed", e)
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)
def maybe(cm=None):
    with cm or nullcontext("default") as v:
        return v
print(maybe())
# ---
# ExitStack
from contextlib import ExitStack, contextmanager
@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)
with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback", 1, end="!\n")
    print("inside", names)
with ExitStack() as stack:
    stack.enter_context(res("x"))
    saved = stack.pop_all()
print("stack exited")
saved.close()
def cleanup_exit(*exc):
    print("exit called with", exc[0])
    return True
with ExitStack() as stack:
    stack.push(cleanup_exit)
    raise ValueError("swallowed")
print("after")
try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print(e)
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print("raised", repr(e), "context", repr(e.__context__))
# ---
# redirect_stdout / redirect_stderr
import io, sys
from contextlib import redirect_stdout, redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print("got:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__)
# ---
# class-based context managers and AbstractContextManager
from contextlib import AbstractContextManager, ContextDecorator
class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])
with CM() as c:
    print(type(c).__name__)
class deco(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
        return False
@deco()
def f():
    print("in f")
f()
# ---
# async with on the async side of nullcontext and AbstractAsyncContextManager (driven by hand)
from contextlib import nullcontext, AbstractAsyncContextManager
class A(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
async def main():
    async with nullcontext("v") as v:
        print("got", v)
    async with A() as a:
        print(type(a).__name__)
coro = main()
try:
    coro.send(None)
except StopIteration:
    print("done")
