# The default output: file:line: Category: message, then the source line; shown once per location
import sys, warnings
sys.stderr = sys.stdout
def helper():
    warnings.warn("careful with helper")
def deprecated_api():
    warnings.warn("deprecated_api() is deprecated", DeprecationWarning, stacklevel=2)
for i in range(3):
    helper()
    warnings.warn("loop warning %d" % (i % 2))
deprecated_api()
deprecated_api()
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("future", FutureWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("from the top", UserWarning, stacklevel=1)
warnings.warn("too high", UserWarning, stacklevel=10)
print(sorted(k for k in __warningregistry__ if k != 'version'))
print(warnings.filters)
# ---
# DeprecationWarning: shown when attributed to __main__, ignored in other modules
import sys, warnings
sys.stderr = sys.stdout
sys.path.insert(0, '.')
with open('libmod.py', 'w') as f:
    f.write('import warnings\n'
            'def inside():\n'
            '    warnings.warn("inside libmod", DeprecationWarning)\n'
            'def blame_caller():\n'
            '    warnings.warn("blames the caller", DeprecationWarning, stacklevel=2)\n'
            'def user():\n'
            '    warnings.warn("user warning from libmod")\n')
import libmod
libmod.inside()
libmod.blame_caller()
libmod.user()
warnings.warn("direct", DeprecationWarning)
print(hasattr(libmod, '__warningregistry__'), '__warningregistry__' in globals())
# ---
# simplefilter actions: ignore, error, always, once, module, default
import sys, warnings
sys.stderr = sys.stdout
def w(msg, cat=UserWarning):
    warnings.warn(msg, cat)
warnings.simplefilter("ignore")
w("ignored")
warnings.simplefilter("error", RuntimeWarning)
try:
    w("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e, e.args)
w("still ignored")
warnings.simplefilter("always")
for i in range(2):
    w("always shown")
warnings.simplefilter("once")
for i in range(2):
    w("once only")
    warnings.warn("once only")
warnings.simplefilter("module")
for i in range(2):
    w("per module")
    warnings.warn("per module")
warnings.simplefilter("default")
for i in range(2):
    w("per location")
    warnings.warn("per location")
print(len(warnings.filters), warnings.filters[0])
warnings.resetwarnings()
print(warnings.filters)
w("after reset")
# ---
# filterwarnings: message patterns, categories, modules, line numbers, append
import sys, warnings
sys.stderr = sys.stdout
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("ignore", message=r".*secret\d+")
warnings.filterwarnings("error", category=FutureWarning)
warnings.filterwarnings("ignore", module="__ma(in|x)__", category=SyntaxWarning)
warnings.filterwarnings("ignore", lineno=14)
warnings.filterwarnings("ignore", message="appended", append=True)
for text in ["skip me", "SKIP too", "do not skip", "the secret42 plan", "secret", "appended"]:
    warnings.warn(text)
warnings.warn("line 14 is ignored")
warnings.warn("syntax", SyntaxWarning)
try:
    warnings.warn("future error", FutureWarning)
except FutureWarning as e:
    print("FutureWarning raised:", e)
for f in warnings.filters[:3]:
    print(f[0], f[1], f[2].__name__, f[3], f[4])
for bad in [dict(action="bogus"), dict(action="ignore", category=str), dict(action="ignore", lineno=-1),
            dict(action="ignore", message=5)]:
    try:
        warnings.filterwarnings(**bad)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.warn("x", str)
except TypeError as e:
    print("TypeError", e)
# ---
# catch_warnings: record=True, restoring filters and showwarning, action=
import sys, warnings
sys.stderr = sys.stdout
before = list(warnings.filters)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(UserWarning("third"))
    warnings.warn("first")
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
w = caught[0]
print(type(w).__name__, w.filename == __file__, w.lineno, w.line, w.file, type(w.message).__name__)
print(str(w).replace(__file__, 'FILE'))
print(warnings.filters == before)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.warn("visible again")
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner")
    warnings.warn("outer")
print([str(x.message) for x in outer], [str(x.message) for x in inner])
cw = warnings.catch_warnings(record=True)
print(repr(cw))
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print("RuntimeError", str(e)[:30])
cw.__exit__(None, None, None)
# ---
# showwarning and formatwarning hooks, warn_explicit
import sys, warnings
sys.stderr = sys.stdout
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  code line  ")))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "nofile.py", 7)))
seen = []
def hook(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))
orig = warnings.showwarning
warnings.showwarning = hook
warnings.warn("to the hook")
warnings.showwarning = orig
warnings.warn("to stderr")
print(seen)
reg = {}
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, registry=reg)
warnings.warn_explicit("explicit", DeprecationWarning, "somefile.py", 43, module="mymod")
warnings.warn_explicit("explicit main", DeprecationWarning, "somefile.py", 44, module="__main__")
print(sorted(k for k in reg if k != 'version'))
warnings.showwarning("direct call", UserWarning, "x.py", 1, sys.stdout, "source text")
warnings.simplefilter("error")
warnings.warn("uncaught error warning")
