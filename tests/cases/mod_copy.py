# shallow copy of built-in containers
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
print(b == a, b is a, b[1] is a[1])
d = {"x": [1], "y": 2}
e = copy.copy(d); e["x"].append(9); e["y"] = 0
print(d, e)
s = {1, 2}; t = (1, [2]); fs = frozenset([1])
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(t) is t, copy.copy(fs) is fs)
for x in (1, 2.5, "s", None, True, b"b", range(3), len, int):
    print(copy.copy(x) is x, end=" ")
print()
print(copy.copy(bytearray(b"ab")), copy.Error, copy.error is copy.Error)
# ---
# deepcopy of nested containers, shared references and cycles
import copy
inner = [1, 2]
a = [inner, inner, {"k": inner}, (inner, 3)]
b = copy.deepcopy(a)
print(b, b[0] is b[1], b[0] is inner, b[2]["k"] is b[0], b[3][0] is b[0])
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
c = [1]
c.append(c)
dc = copy.deepcopy(c)
print(dc[0], dc[1] is dc, dc is not c)
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd)
memo = {}
x = [[1]]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y)
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset([1])))
# ---
# copy of user instances
import copy
class P:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
    def __repr__(self):
        return "P(%r, %r)" % (self.name, self.tags)
p = P("a", ["x"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("y")
print(q, r, q.tags is p.tags, r.tags is p.tags, type(q) is P)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is not n1)
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s2 = copy.deepcopy(S())
print(s2.a, s2.b)
# ---
# __copy__ and __deepcopy__ hooks
import copy
class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return C(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return C(copy.deepcopy(self.v, memo))
c = C([1])
c2 = copy.copy(c); c3 = copy.deepcopy(c)
print(c2.v is c.v, c3.v is c.v, c3.v)
class R:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        print("reduce")
        return (R, (self.a,))
r = copy.copy(R(5))
print(r.a)
class St:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {"x": self.x * 10}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True
st = copy.copy(St())
print(st.x, st.restored)
# ---
# copies of subclasses of built-in types and named tuples
import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter
class MyList(list):
    pass
ml = MyList([1, [2]]); ml.attr = "a"
c = copy.copy(ml); d = copy.deepcopy(ml)
print(type(c).__name__, c, c.attr, d, d[1] is ml[1], c[1] is ml[1])
class MyDict(dict):
    pass
md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)
P = namedtuple("P", "x y")
print(copy.copy(P(1, 2)), copy.deepcopy(P([1], 2)))
od = copy.deepcopy(OrderedDict(a=1)); dd = copy.deepcopy(defaultdict(list, a=[1])); cc = copy.copy(Counter("aab"))
print(od, dd, cc)
# ---
# objects that cannot be copied
import copy
def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print(e)
try:
    copy.deepcopy(gen())
except TypeError as e:
    print(e)
