# NameError
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    print(prnt)
except NameError as e:
    print(type(e).__name__, e.name)
# ---
# UnboundLocalError
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def g():
    del y
    y = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
# ---
# TypeError: unsupported operand
for a, b in [(1, "a"), ("a", 1), ([], {}), (None, 1)]:
    try:
        a + b
    except TypeError as e:
        print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} - {}
except TypeError as e:
    print(type(e).__name__, e)
# ---
# TypeError: not subscriptable / not callable / not iterable
n, none, text = 5, None, "abc"
try:
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    none["k"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    text()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    for i in n:
        pass
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2]
try:
    lst["a"]
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
# ---
# ZeroDivisionError variants
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.5 // 0.0", "0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
# ---
# IndexError variants
for thunk in [lambda: [][0], lambda: ()[1], lambda: "x"[5], lambda: range(3)[3]]:
    try:
        thunk()
    except IndexError as e:
        print(type(e).__name__, e)
# ---
# KeyError variants
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print(type(e).__name__, e, e.args[0])
try:
    d[0]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().remove("q")
except KeyError as e:
    print(type(e).__name__, e)
# ---
# AttributeError variants
try:
    (1).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".nope()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
class K: pass
try:
    K.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].x = 1
except AttributeError as e:
    print(type(e).__name__, e)
import math
try:
    math.nothing
except AttributeError as e:
    print(type(e).__name__, e)
# ---
# ValueError variants
try:
    int("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = "abc"
except ValueError as e:
    print(type(e).__name__, e)
import math
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
# ---
# RecursionError from unbounded recursion
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
print(500 < count_depth() < 1000)
# ---
# ModuleNotFoundError
try:
    import requests
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from os import nonexistent_thing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))
# ---
# SyntaxError via compile, caught
try:
    compile("x = (1,", "f", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("def f(:\n  pass", "g", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("a b", "h", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("if True:\nprint(1)", "i", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("return 5", "j", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
# ---
# exec/eval of runtime errors and good code
ns = {}
exec("y = 6 * 7", ns)
print(ns["y"], eval("y + 1", ns), eval("2 ** 8"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
# ---
# Uncaught NameError
print("start")
print(missing_variable)
# ---
# Uncaught TypeError
result = "total: " + 5
# ---
# Uncaught ZeroDivisionError inside a function
def divide(a, b):
    return a / b
print(divide(1, 2))
print(divide(1, 0))
# ---
# Uncaught RecursionError
def recurse():
    recurse()
recurse()
# ---
# Uncaught ModuleNotFoundError
import requests
# ---
# Call errors name the function with its module (CPython's
# _PyObject_FunctionStr); ** merges reject repeated keywords.
def f(*a, **k): pass
class C:
    def m(self, **k): pass
for src in ["f(*1)", "f(**1)", "f(**{1: 2})", "len(*1)", "print(**[1])",
            "f(**{'a': 1}, **{'a': 2})", "f(a=1, **{'a': 2})", "C().m(**{'x': 1}, x=2)",
            "{**{'a': 1}, **{'a': 2}}"]:
    try:
        print(exec(src))
    except Exception as e:
        print(type(e).__name__, e)
