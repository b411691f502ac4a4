# traceback and sys._current_frames: stacks of the current and other threads.
import traceback, sys

def inner():
    raise ValueError("inner problem")

def outer():
    inner()

try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"), end="")
    traceback.print_exc(file=sys.stdout)
    exc = sys.exception()
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(type(exc), exc))
print(len(traceback.extract_tb(exc.__traceback__)), [fs.name for fs in traceback.extract_tb(exc.__traceback__)])
print([fs.name for fs in traceback.extract_tb(exc.__traceback__, limit=1)])
fs = traceback.extract_tb(exc.__traceback__)[-1]
print(fs.lineno, fs.line, fs.name, list(fs)[1:], len(fs))
# ---
import traceback, sys
def a():
    b()
def b():
    traceback.print_stack(file=sys.stdout)
    stack = traceback.extract_stack()
    print([f.name for f in stack])
    print(traceback.format_stack(limit=1)[0].split(",")[1:])
a()
# ---
import traceback, sys
try:
    try:
        raise KeyError("first")
    except KeyError as e:
        raise RuntimeError("second") from e
except RuntimeError as e:
    traceback.print_exception(e, file=sys.stdout)
    print("---")
    traceback.print_exception(e, file=sys.stdout, chain=False)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
# ---
import traceback, sys
te = None
try:
    {}["missing"]
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
print("".join(te.format_exception_only()), end="")
print(str(te), te.exc_type.__name__, len(te.stack))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
print(traceback.format_exc())
# ---
import sys, threading, traceback
ready = threading.Event()
stop = threading.Event()
def parked():
    ready.set()
    stop.wait()
t = threading.Thread(target=parked)
t.start()
ready.wait()
frames = sys._current_frames()
print(len(frames) >= 2, threading.get_ident() in frames, t.ident in frames)
f = frames[t.ident]
names = []
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print("parked" in names, names[-1])
me = frames[threading.get_ident()]
print(me.f_code.co_name, me.f_lineno)
stop.set()
t.join()
