# ExceptionGroup and BaseExceptionGroup: construction, str/repr, split/subgroup/derive, subclasses
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__mro__, eg.args)
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(3)])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__, str(ExceptionGroup("one", (KeyError('k'),))))
for args in [("m", []), (1, [ValueError()]), ("m", [1]), ("m", {1, 2}), ("m",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = nested.split(ValueError)
print(repr(m), repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))), nested.subgroup(OSError))
print(nested.split(ExceptionGroup)[0] is nested, nested.subgroup((TypeError, KeyError)))
try:
    nested.split(5)
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(me.subgroup(ValueError)), type(me).__mro__[:3], isinstance(me, Exception))
try:
    raise nested
except ExceptionGroup as caught:
    print('caught', caught.exceptions[1].exceptions)
try:
    try:
        raise ValueError("inner cause")
    except ValueError as v:
        raise ExceptionGroup("with context", [TypeError("t"), ExceptionGroup("deep", [OSError(5, "io")])])
except ExceptionGroup as g:
    pass
    g.__notes__ = ['a note']
    s = g.split(OSError)[0]
    print(s.__notes__, s.__context__ is g.__context__, s.__traceback__ is g.__traceback__)
def f():
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
try:
    f()
except ExceptionGroup as e:
    import sys
    sys.excepthook(type(e), e, e.__traceback__) if False else None
# ---
# An uncaught group: CPython's boxed traceback layout
raise ExceptionGroup("top", [ValueError("v"), ExceptionGroup("sub", [TypeError("t")]), KeyError("k")])
# ---
# Groups with tracebacks, chained context and cause, more than 15 members; traceback.print_exc
def fail(i):
    if i % 2:
        raise ValueError(i)
    raise TypeError(i)
errs = []
for i in range(3):
    try:
        fail(i)
    except Exception as e:
        errs.append(e)
def wrap():
    try:
        raise KeyError("original")
    except KeyError:
        raise ExceptionGroup("collected", errs + [ExceptionGroup("many", [OSError(i) for i in range(17)])])
try:
    wrap()
except ExceptionGroup as g:
    import traceback, sys; traceback.print_exc(file=sys.stdout)
# ---
def fail(i):
    if i % 2:
        raise ValueError(i)
    raise TypeError(i)
errs = []
for i in range(3):
    try:
        fail(i)
    except Exception as e:
        errs.append(e)
def wrap():
    try:
        raise KeyError("original")
    except KeyError:
        raise ExceptionGroup("collected", errs + [ExceptionGroup("many", [OSError(i) for i in range(17)])])
try:
    wrap()
except ExceptionGroup as g:
    raise RuntimeError("outer") from g
