# atexit: handlers run at exit, last registered first, with their arguments.
import atexit
def bye(who, punct="!"):
    print("bye", who + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def decorated():
    print("decorated runs first")
print("main done")
# ---
# unregister removes every registration of a function; _run_exitfuncs runs
# them now (and clears the list).
import atexit
def a(): print("a")
def b(): print("b")
atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)
atexit._run_exitfuncs()
print("again:")
atexit._run_exitfuncs()
# ---
# Handlers still run after sys.exit, and after an uncaught exception.
import atexit, sys
atexit.register(print, "cleanup after exit")
sys.exit(3)
# ---
import atexit
atexit.register(print, "cleanup after error")
raise ValueError("boom")
# ---
# A handler that raises is reported and the others still run.
import atexit
def bad():
    raise RuntimeError("handler failed")
atexit.register(print, "still runs")
atexit.register(bad)
print("end")
# ---
from __future__ import annotations
import __future__
def f(x: NotDefinedAnywhere) -> AlsoUndefined:
    return x
print(f(1), f.__annotations__)
print(__future__.annotations.getMandatoryRelease() if hasattr(__future__.annotations, "getMandatoryRelease") else "")
print(sorted(__future__.all_feature_names)[:3])
