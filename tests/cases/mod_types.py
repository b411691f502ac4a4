# SimpleNamespace
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, ns.c)
print(ns == types.SimpleNamespace(a=1, b="x", c=[3]), ns != types.SimpleNamespace())
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
# ---
# type objects for isinstance checks
import types
def f(): pass
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
def g(): yield 1
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(C().m, types.MethodType), isinstance(C.cm, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType))
print(types.NoneType, types.GenericAlias, types.UnionType, types.EllipsisType, types.NotImplementedType)
print(types.FunctionType.__name__, types.ModuleType.__name__, types.MethodType.__name__, types.GeneratorType.__name__)
print(isinstance(f.__code__, types.CodeType), types.MappingProxyType.__name__)
print(type(int | str) is types.UnionType, type(list[int]) is types.GenericAlias)
# ---
# MethodType, ModuleType and MappingProxyType constructors
import types
class Obj:
    x = 10
def getx(self):
    return self.x
o = Obj()
bm = types.MethodType(getx, o)
print(bm(), bm.__self__ is o, bm.__func__ is getx)
o.getx = types.MethodType(getx, o)
print(o.getx())
m = types.ModuleType("mymod", "my docs")
m.value = 42
print(m, m.__name__, m.__doc__, m.value)
m2 = types.ModuleType("other")
print(m2.__doc__)
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0))
try:
    mp["c"] = 3
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
# ---
# new_class and prepare_class
import types
def body(ns):
    ns["greet"] = lambda self: "hi"
    ns["n"] = 3
X = types.new_class("X", (), {}, body)
print(X.__name__, X().greet(), X.n)
class Meta(type):
    pass
Y = types.new_class("Y", (X,), {"metaclass": Meta})
print(type(Y) is Meta, Y.__mro__[1] is X)
meta, ns, kw = types.prepare_class("Z", (X,))
print(meta, ns, kw)
