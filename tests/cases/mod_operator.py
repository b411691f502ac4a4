import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.__add__("a", "b"), operator.mul(3, 4), operator.truediv(1, 2), operator.floordiv(7, 2))
print(itemgetter(1)([1,2,3]), itemgetter(0, 2)("abc"), itemgetter('k')({'k': 5}))
print(itemgetter(1), attrgetter('a', 'b.c'), methodcaller('split', ',', maxsplit=1))
print(methodcaller('split', ',', maxsplit=1)("a,b,c"))
class O: pass
o = O(); o.a = 1; o.b = O(); o.b.c = 2
print(attrgetter('a', 'b.c')(o), attrgetter('b.c')(o))
print(sorted([(1,'b'),(0,'z'),(1,'a')], key=itemgetter(0)))
try: operator.add(1)
except TypeError as e: print(e)
try: attrgetter('zz')(o)
except AttributeError as e: print(e)
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.neg(3), operator.inv(5), operator.abs(-2))
print(operator.contains([1,2], 2), operator.countOf([1,2,1], 1), operator.indexOf([4,5], 5), operator.concat([1], [2]))
l = [1,2,3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, -1))
x = [1]; y = operator.iadd(x, [2]); print(x, y is x, operator.iadd(1, 2))
print(operator.lt(1,2), operator.ge(1,2), operator.eq("a","a"), operator.pow(2, 10), operator.mod(7, 3), operator.xor(5, 3), operator.or_(4, 1), operator.and_(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.length_hint([1,2,3]), operator.length_hint(iter([1,2])), operator.length_hint(5, 7), operator.index(7))
try: operator.concat(1, 2)
except TypeError as e: print(e)
print(operator.itemgetter(slice(1, 3))([0,1,2,3]))
# ---
# itemgetter / attrgetter / methodcaller as sort keys and errors
from operator import itemgetter, attrgetter, methodcaller
rows = [{"name": "b", "age": 3}, {"name": "a", "age": 5}, {"name": "c", "age": 1}]
print([r["name"] for r in sorted(rows, key=itemgetter("age"))])
print(sorted([(2, "x"), (1, "y"), (2, "a")], key=itemgetter(0, 1)))
print(list(map(itemgetter(-1), ["abc", "de"])))
class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
    def __repr__(self):
        return "P(%s)" % self.name
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
ps = [P("x", 30), P("y", 20)]
print(sorted(ps, key=attrgetter("age")), max(ps, key=attrgetter("age")))
print(list(map(methodcaller("greet", "hi"), ps)), methodcaller("greet", "yo", punct="?")(ps[0]))
print(list(map(methodcaller("upper"), ["a", "b"])))
for bad in (lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(5)):
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print(e)
try:
    itemgetter(0)()
except TypeError as e:
    print(e)
print(type(itemgetter(1)).__name__, type(itemgetter(1)).__module__)
# ---
# operator functions with reduce, map and dunder aliases
import operator
from functools import reduce
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [{1}, {2}, {3}]))
print(list(map(operator.add, [1, 2], [10, 20])), list(map(operator.neg, [1, -2])))
print(operator.__mul__(3, 3), operator.__getitem__("abc", 1), operator.__not__(1), operator.__lt__(1, 2), operator.__inv__(0))
print(operator.truediv(7, 2), operator.sub(5, 8), operator.matmul.__name__, operator.is_not(1, None))
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    operator.add(1, "a")
except TypeError as e:
    print(e)
try:
    operator.lt(1, "a")
except TypeError as e:
    print(e)
print(operator.add)
l = [1, 2, 3]
print(operator.getitem(l, slice(0, 2)), operator.indexOf("abc", "c"))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print(e)
s = {1}
print(operator.ior(s, {2}) is s, s, operator.imul([1], 2), operator.ipow(2, 3))
print(operator.call(max, 1, 5), operator.countOf("banana", "a"))
