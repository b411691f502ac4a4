# try/except/else/finally ordering
def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
run(True)
# ---
# except (A, B) as e, order of handlers, and the name is unbound after
for exc in [KeyError("k"), IndexError("i"), TypeError("t")]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("tuple handler", type(e).__name__)
    except Exception as e:
        print("generic handler", type(e).__name__)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
# ---
# Bare except and handler matching by base class
try:
    1 / 0
except:
    print("bare caught")
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, repr(e))
try:
    int("z")
except ArithmeticError:
    print("wrong")
except Exception as e:
    print("Exception caught", type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
# ---
# Re-raise with bare raise
def inner():
    try:
        raise RuntimeError("original")
    except RuntimeError:
        print("logging and re-raising")
        raise
try:
    inner()
except RuntimeError as e:
    print("outer got", e)
# ---
# raise from: __cause__ and __suppress_context__
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
# ---
# Implicit __context__
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__context__, e.__cause__)
# ---
# finally overriding return, finally runs on return/break/continue
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return "done"
print(h())
def k():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"
        print("finally saw", x)
print(k())
# ---
# Exceptions in __init__
class Fragile:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v
try:
    Fragile(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(Fragile(2).v)
# ---
# Custom exceptions with args, str and repr
class MyError(Exception):
    pass
e = MyError("a", 2)
print(e.args, str(e), repr(e))
e = MyError("single")
print(e.args, str(e), repr(e))
e = MyError()
print(e.args, repr(str(e)), repr(e))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("x")), repr(WithStr("x")))
print(repr(ValueError("v")), str(TypeError("t")), repr(Exception(1, "two")))
# ---
# KeyError repr/str quirks
try:
    {}["key"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(str(e), e.args)
print(str(KeyError()), str(KeyError("a", "b")))
# ---
# Exception attributes and raising classes vs instances
try:
    raise IndexError
except IndexError as e:
    print(type(e).__name__, e.args, repr(e))
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
# ---
# Nested try and exceptions crossing function boundaries
def level3():
    raise LookupError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")
def level1():
    try:
        level2()
    except LookupError as e:
        return f"caught {e}"
print(level1())
# ---
# Exception raised in except and finally blocks
try:
    try:
        raise ValueError("a")
    finally:
        print("in finally")
except ValueError as e:
    print("propagated", e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
    finally:
        print("finally still runs")
except KeyError as e:
    print("got", repr(e))
# ---
# with statement and context manager protocol with exceptions
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.suppress
with CM(False) as r:
    print("body", r)
with CM(True):
    raise ValueError("suppressed")
print("continued")
try:
    with CM(False):
        raise KeyError("passes")
except KeyError as e:
    print("outer", repr(e))
# ---
# assert
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
assert True, "not raised"
print("ok")
# ---
# Uncaught exception: exit status 1 and last stderr line
print("before")
raise ValueError("uncaught problem")
# ---
# Uncaught custom exception from a function
class CustomError(Exception):
    pass
def fail():
    raise CustomError("custom message", 42)
fail()
# ---
# Uncaught chained exception: the last line is the final exception
try:
    1 / 0
except ZeroDivisionError as e:
    raise RuntimeError("wrapped") from e
# ---
# SystemExit(3) exit status
import sys
print("exiting")
raise SystemExit(3)
# ---
# sys.exit("msg") prints msg to stderr with status 1
import sys
sys.exit("fatal: something went wrong")
# ---
# sys.exit() and sys.exit(0) exit cleanly; finally blocks run
import sys
try:
    sys.exit(0)
finally:
    print("cleanup on exit")
# ---
# SystemExit can be caught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(Exception, BaseException))
# ---
# Uncaught KeyError last line
d = {"a": 1}
print(d["a"])
print(d["b"])
