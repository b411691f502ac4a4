# inspect: signatures of functions, methods, classes, partials
import inspect, functools
def f(a, b: int = 2, /, c=3, *args, d, e: "str" = 5, **kw) -> bool:
    return True
async def co(x, *, y=None): pass
def gen(): yield 1
async def agen(): yield 1
class Base:
    def __init__(self, name, size=0): pass
    def method(self, x, y=1): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=2): pass
    def __call__(self, z, /): pass
class Plain: pass
class WithNew:
    def __new__(cls, a, *, b): return super().__new__(cls)
class Meta(type):
    def __call__(cls, q): pass
class Metered(metaclass=Meta): pass
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def decorated(p, q=1): pass
for obj in (f, co, gen, lambda *a, **k: 0, lambda: 0, Base, Base("n").method, Base.method, Base.cm, Base.sm, Base("n"), Plain, WithNew, Metered, decorated,
            functools.partial(f, 1), functools.partial(lambda a, b, c=2: 0, b=1), functools.partial(Base.method, None, 5)):
    print(inspect.signature(obj))
sig = inspect.signature(f)
print(repr(sig), list(sig.parameters), sig.return_annotation, sig.parameters["b"], repr(sig.parameters["e"]))
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is p.empty, p.annotation, int(p.kind))
print(inspect.signature(decorated, follow_wrapped=False), repr(inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)
# (minipy's builtins have no __text_signature__: signature(len) is a ValueError)
for bad in (1, int, "s"):
    try:
        print(inspect.signature(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
P = inspect.Parameter
s2 = inspect.Signature([P("x", P.POSITIONAL_ONLY), P("y", P.POSITIONAL_OR_KEYWORD, default=1, annotation=float), P("rest", P.VAR_KEYWORD)], return_annotation=list)
print(s2, s2.replace(return_annotation=inspect.Signature.empty), s2 == inspect.Signature(list(s2.parameters.values()), return_annotation=list), P("v", P.KEYWORD_ONLY).replace(default=3))
for params in ([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)], [P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)], [P("a", 1), P("a", 1)]):
    try:
        inspect.Signature(params)
    except ValueError as e:
        print("ValueError", e)
for args in (("1x", P.POSITIONAL_ONLY), ("ok", 9), ("v", P.VAR_POSITIONAL)):
    try:
        P(*args, default=0) if args[0] == "v" else P(*args)
    except ValueError as e:
        print("ValueError", e)
# ---
# inspect: bind, BoundArguments, getfullargspec, getcallargs
import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
sig = inspect.signature(f)
ba = sig.bind(1, d=4)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults(); print(ba, ba.args, ba.kwargs)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7); print(ba, ba.args, ba.kwargs)
print(sig.bind_partial(d=1), sig.bind_partial())
def g(x, y, *, z): pass
for args, kwargs in (((1,), {}), ((1, 2, 3), {"z": 0}), ((1,), {"x": 1, "y": 2, "z": 3}), ((1, 2), {"z": 1, "w": 2}), ((), {"y": 1, "z": 2})):
    try:
        print(inspect.signature(g).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
try:
    sig.bind(a=1, d=1)
except TypeError as e:
    print("TypeError", e)
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(lambda x, *, y=1: 0))
print(inspect.getcallargs(g, 1, 2, z=3), inspect.getcallargs(lambda a, b=5, *c: 0, 1))
# ---
# inspect: predicates, getmembers, getdoc/cleandoc, getmodule/getfile
import inspect, types, abc, sys
def fn(): pass
async def co(): pass
def gen(): yield
async def agen(): yield
class K:
    """Class doc.

        Indented more.
    """
    attr = 1
    def m(self):
        """Method doc."""
    @property
    def p(self): return 1
class Sub(K):
    def m(self): pass
class A(abc.ABC):
    @abc.abstractmethod
    def need(self): ...
c = co(); g = gen()
print(inspect.isfunction(fn), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(K().m), inspect.ismethod(K.m), inspect.isclass(K), inspect.ismodule(inspect))
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(fn), inspect.isgeneratorfunction(gen), inspect.isasyncgenfunction(agen), inspect.iscoroutine(c), inspect.isgenerator(g), inspect.isawaitable(c), inspect.isawaitable(g))
c.close()
print(inspect.isroutine(fn), inspect.isroutine(len), inspect.isroutine(K.m), inspect.isroutine(1), inspect.isabstract(A), inspect.isabstract(K), inspect.isdatadescriptor(K.p), inspect.iscode(fn.__code__))
print([n for n, v in inspect.getmembers(K, inspect.isfunction)], [n for n, v in inspect.getmembers(Sub(), inspect.ismethod)], [n for n, v in inspect.getmembers(K) if not n.startswith("__")])
print(inspect.getmro(Sub) == (Sub, K, object), inspect.getdoc(K), repr(inspect.getdoc(K.m)), inspect.getdoc(Sub.m), inspect.getdoc(Sub().m), inspect.getdoc(Sub))
print(repr(inspect.cleandoc("  first\n    second\n      third\n\n")), repr(inspect.cleandoc("\n\n  x\n  y")))
print(inspect.getmodule(K) is sys.modules[__name__], inspect.getmodule(inspect.signature) is inspect, inspect.getfile(fn), inspect.getfile(K), inspect.getfile(fn.__code__))
try:
    inspect.getfile(len)
except TypeError as e:
    print("TypeError", e)
print(inspect.unwrap(fn) is fn, inspect.getattr_static(K(), "p").__class__.__name__, inspect.get_annotations(lambda x: 0), inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
# ---
# inspect: getsource
import inspect
def simple(a):
    return a + 1
def deco(f):
    return f
@deco
def decorated(x,
              y=2):
    # a comment
    if x:

        return y
    return x
class Outer:
    """Doc."""
    def method(self):
        return "m"

    class Inner:
        pass
lam = lambda v: v * 2
def after(): pass
print(inspect.getsource(simple), end="")
print(inspect.getsource(decorated), end="")
print(inspect.getsource(Outer.method), end="")
print(inspect.getsource(Outer), end="")
print(inspect.getsource(Outer.Inner), end="")
print(inspect.getsource(lam), end="")
lines, start = inspect.getsourcelines(simple); print(start, len(lines))
print(inspect.getsourcelines(after))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError", e)
