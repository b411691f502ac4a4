# cases: full-stderr
# Tracebacks compared line for line with CPython 3.11: the source lines and
# the ~~^~~ marker lines (PEP 657) under them, uncaught and from the traceback
# module.
import traceback
def f(a, b):
    return a / b + 1
try:
    f(1, 0)
except ZeroDivisionError:
    traceback.print_exc()
# ---
import traceback, sys
d = {'a': {}}
try:
    d['a']['b']
except KeyError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(''.join(traceback.format_tb(e.__traceback__)), end='')
# ---
import traceback
x = None
try:
    y = [x.foo]  # trailing comment  
except AttributeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
    traceback.print_exception(e)
# ---
import traceback
z = {}
try:
    w = z [ 'k' ] 
except KeyError:
    print(traceback.format_exc(), end='')
# ---
import traceback
é = 1
try:
    x = é + 'a' + 2
except TypeError:
    traceback.print_exc()
# ---
import traceback
try:
    s = '日本' ; x = s + 1
except TypeError:
    traceback.print_exc()
# ---
import traceback
def g():
    return len(
        1)
try:
    g()
except TypeError:
    traceback.print_exc()
# ---
import traceback
fs = traceback.FrameSummary("nofile.py", 3, "f", line="a + b", end_lineno=3, colno=0, end_colno=5)
print(fs.colno, fs.end_colno, fs.end_lineno, fs.line)
print(''.join(traceback.StackSummary.from_list([fs]).format()), end='')
fs = traceback.FrameSummary("nofile.py", 3, "f", line="    x = a + b", end_lineno=3, colno=8, end_colno=13)
print(''.join(traceback.StackSummary.from_list([fs]).format()), end='')
fs = traceback.FrameSummary("nofile.py", 3, "f", line="    x = a[1]", end_lineno=3, colno=8, end_colno=12)
print(''.join(traceback.format_list([fs])), end='')
fs = traceback.FrameSummary("nofile.py", 3, "f", line="    x = a.b.c", end_lineno=4, colno=8, end_colno=2)
print(''.join(traceback.format_list([fs])), end='')
print(''.join(traceback.format_list([("nofile.py", 3, "f", "x = a.b")])), end='')
# ---
import traceback
def h():
    return traceback.extract_stack()
for fs in h():
    print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
# ---
import traceback
class C:
    def __getitem__(self, k):
        raise IndexError(k)
c = C()
try:
    c[1, 2]
except IndexError as e:
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format()), end='')
# ---
def a():
    return b() * 2
def b():
    return {}['x']
try:
    a()
except KeyError as e:
    raise ValueError('wrapped') from e
# ---
def r(n):
    return r(n + 1) + 1
r(0)
# ---
class A:
    def m(self):
        return self.missing
A().m()
# ---
def gen():
    yield 1
    yield [][1]
for v in gen():
    pass
# ---
x = [1, 2]
x[1:3:0]
# ---
x = None
x[0]['a'] = 1
# ---
d = {}
d['k'] += 1
# ---
def f():
    pass
f(1)(2)
# ---
import nosuchmodule_xyz
# ---
x = None
y = x.attr.other
# ---
x = 1
y = x / 0
# ---
d = {}
d['k']
# ---
d = {}
z = d [ 'k' ] 
# ---
a=[1]
print(a[5])
# ---
x = (1 +
  None)
# ---
def f():
    return g(
        1)
f()
# ---
é = 1
x = é + 'a' + 2
# ---
s = '日本' ; x = s + 1
# ---
x = 1//0  # c
# ---
x = 1 ** 'a'
# ---
x = 1 /\
 0
# ---
a = {}
a[1][2]
# ---
None.foo
# ---
x = None.foo.bar
# ---
y = [][0]
# ---
y = (1)/(0)
# ---
y = (1) / (0)
# ---
def f():
    return len(
        1)
f()
# ---
def f():
    x = 0; return len(  # c
        1)
f()
# ---
def f():
    é = 0; return len(é,  
        1)
f()
# ---
x = None
x.foo   
# ---
if 1:
	x = None; x.foo
# ---
if 1:
 	x = None;	 x.foo
# ---
x = None
x = [x.foo]  # hi  
# ---
raise ValueError(
  'x')
# ---
assert 1 == 2, (
  'm')
# ---
import nosuchmod
# ---
import os, nosuchmod
# ---
del nosuchname
# ---
x = None
x += 1
# ---
x = None
x.a = 1
# ---
x = None
x.a.b = 1
# ---
for x in 5:
    pass
# ---
with None:
    pass
# ---
x, y = 5
# ---
x = [1]
x[5] = 2
# ---
x = None
x[0] += 1
# ---
def f(a): pass
f(1, 2)
# ---
x = {}
y = x['a'
   ]
# ---
x = {}
y = foo(1,
  2) + x['a']
# ---
def g():
    yield 1/0
list(g())
# ---
class A:
    x = 1/0
# ---
print(f"{1/0}")
# ---
x = [1/0 for i in range(2)]
# ---
x = lambda: 1/0
x()
# ---
if 1/0:
    pass
# ---
while 1/0:
    pass
# ---
x = 1 if 1/0 else 2
# ---
a = None
a.b.c.d()
# ---
a = None
a.b(
  1)
# ---
a = 1
a(
  1)
# ---
x = None
x.\
  foo
# ---
x = None
(x
 .foo)
# ---
x = None
x = (x.
  foo())
# ---
raise
# ---
assert False
# ---
x = 1; raise KeyError(1)
# ---
try:
    1/0
finally:
    pass
# ---
try:
    1/0
except KeyError:
    pass
# ---
def f():
    return 1/0
x = [f()]
# ---
x = not None + 1
# ---
x = -None
# ---
x = 1 < None
# ---
x = 1 in 5
# ---
x = 1 and None + 1
# ---
a, *b = 5
# ---
x = [*5]
# ---
x = {**5}
# ---
print(*5)
# ---
x = 1
x()
# ---
x = 5
x.y
# ---
x = None; x.日本
# ---
x = None; x.日本 
# ---
x = 1; y = x + '日本' + 1
# ---
y = (1 +
 '日本')
# ---
y = ('日本' + 1 +
 2)
# ---
x = {}; y = x[
'日本']
# ---
x = {}; y = x['日本',
1]
# ---
x = '日' + 1
# ---
x = 1
y = {'日本': 1}['日本語'] 
# ---
def f():
    x = '日本'; return len(x,
        1)
f()
# ---
x = ('日本' +
  1)
# ---
x = {}; x['日本']
# ---
x = None; y = '😀'; x.foo
# ---
x = None
y = x.foo(1)
# ---
x = None
y = (x
  .foo(1))
# ---
y = ''.join(5)
# ---
y = (''
  .join(5))
# ---
y = (''.
  join(5))
# ---
y = ''.join(
  5)
# ---
assert 0, 'm'
# ---
x = 0
assert x
# ---
x = 0
assert x, 'mm'
# ---
x = 0
assert (x ==
 1)
# ---
assert 1 < 0 and 2
# ---
x = [1]
assert x[0] == 2, x
# ---
print(f"a{1/0}b")
# ---
print(f'{None.x}')
# ---
x = f"""
{1/0}"""
# ---
print(f"{'a'}{1/0}")
# ---
y = {*5}
# ---
y = (*5,)
# ---
y = (1, *5)
# ---
y = [1, *5, 2]
# ---
y = {**5, 'a': 1}
# ---
y = {'a': 1, **5}
# ---
x = None
x.a += 1
# ---
x = None
x.a.b += 1
# ---
x = [1]
x[0].y = 2
# ---
x, = 5
# ---
[x, y] = [1]
# ---
x = None
with x.y:
    pass
# ---
for x in None.y:
    pass
# ---
def g():
    yield from 5
list(g())
# ---
import os
os.nosuch()
# ---
x = 1
x.y.z()
# ---
class C:
    @property
    def p(self):
        return 1/0
C().p
# ---
def f():
    return 1
f().x
# ---
x = -'a'
# ---
x = 'a' - 'b' - 'c'
# ---
x = 1
y = x(
)
# ---
import sys
sys.exit(nosuch)
# ---
y = not_defined.attr
# ---
y = (1, 2)[5]
# ---
y = 'abc'[5]
# ---
def f():
    nonlocal_thing = 1
    return undefined_name
f()
# ---
def f(x):
    return x.y
f(None)
# ---
y = [i for i in 5]
# ---
y = {i: 1 for i in 5}
# ---
y = list(i for i in 5)
# ---
x = 5
del x.y
# ---
x = {}
del x['a']
# ---
return 1
# ---
x = 1
return x + 1
# ---
def f():
    nonlocal x
# ---
nonlocal x
# ---
def f():
    x = 1
    def g():
        global x
        nonlocal x
# ---
1 = x
# ---
f() = 1
# ---
x = (yield)
# ---
await x
# ---
break
# ---
continue
# ---
def f():
    yield 1
    return 2
async def g():
    yield 1
    return 2
# ---
def f(a, a): pass
# ---
class C:
    return 1
# ---
x = [1, 2
# ---
print "hi"
# ---
def f():
    x = 1
    global x
# ---
x = 1 +
# ---
f(**x, *y)
# ---
def f(x):
    global x
# ---
yield from x
# ---
async def f():
    yield from x
# ---
del f()
# ---
(a, b) += 1
# ---
for x in 1, 2:
    pass
else:
    break
# ---
def f():
    from os import *
# ---
import __future__
from __future__ import nosuch
# ---
x = 1
from __future__ import braces
# ---
lambda: (yield)
# ---
return (1,
  2)
# ---
class C:
    def f(self):
        nonlocal q
# ---
x = 1
async def f():
    yield from (a,
 b)
# ---
import traceback
sources = [
    'return 1\n',
    'x = 1\nreturn x + 1\n',
    'def f():\n    nonlocal x\n',
    'nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    '1 = x\n',
    'f() = 1\n',
    'x = (yield)\n',
    'await x\n',
    'break\n',
    'continue\n',
    'def f():\n    yield 1\n    return 2\nasync def g():\n    yield 1\n    return 2\n',
    'def f(a, a): pass\n',
    'class C:\n    return 1\n',
    'x = [1, 2\n',
    'print "hi"\n',
    'def f():\n    x = 1\n    global x\n',
    'x = 1 +\n',
    'f(**x, *y)\n',
    'def f(x):\n    global x\n',
    'yield from x\n',
    'async def f():\n    yield from x\n',
    'del f()\n',
    '(a, b) += 1\n',
    'for x in 1, 2:\n    pass\nelse:\n    break\n',
    'def f():\n    from os import *\n',
    'import __future__\nfrom __future__ import nosuch\n',
    'x = 1\nfrom __future__ import braces\n',
    'lambda: (yield)\n',
    'return (1,\n  2)\n',
    'class C:\n    def f(self):\n        nonlocal q\n',
    'x = 1\nasync def f():\n    yield from (a,\n b)\n',
]
for src in sources:
    try:
        compile(src, 'prog.py', 'exec')
    except SyntaxError as e:
        print(e.args, e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(e)), end='')
# ---
import sys, traceback
def where():
    f = sys._getframe(1)
    return f.f_lineno
x = [
    where(),
    where()]
print(x)
y = (where()
     + 1)
print(y)
def g(*a):
    return sys._getframe(1).f_lineno
print(g(1,
        2,
        3))
print(g(
    1))
z = (1 +
     g())
print(z)
class A:
    def m(self, *a):
        return sys._getframe(1).f_lineno
a = A()
print(a.m(
   1), (a
  .m(2)))
try:
    d = {}
    v = (1,
         d['missing'])
except KeyError as e:
    print(e.__traceback__.tb_lineno)
    print([(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno) for fs in traceback.extract_tb(e.__traceback__)])
try:
    (None
     .attr)
except AttributeError as e:
    print(e.__traceback__.tb_lineno)
def h():
    return [fs.lineno for fs in traceback.extract_stack()]
print(h(
))
for i in (
    1,
    2):
    pass
try:
    assert (1 ==
            2), "msg"
except AssertionError as e:
    print(e.__traceback__.tb_lineno)
try:
    raise ValueError(
        "x")
except ValueError as e:
    print(e.__traceback__.tb_lineno)
with open(
    "case.py") as f:
    print(sys._getframe().f_lineno)
# ---
exec("x = 1\ny = x / 0")
# ---
eval("1 + None")
# ---
import traceback
try:
    exec("x = None\nx.attr")
except AttributeError:
    traceback.print_exc()
