# __del__ runs when the last reference goes away
class X:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = X("one")
b = a
print("del a")
del a
print("del b")
del b
print("after")
# ---
# Rebinding a name releases the old object immediately
class X:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
v = X("first")
v = X("second")
print("rebound")
v = None
print("end")
# ---
# Locals released at the end of a function call
class X:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def work():
    local = X("local")
    print("in work")
def keep():
    obj = X("returned")
    return obj
work()
print("after work")
r = keep()
print("after keep")
del r
print("done")
# ---
# Objects in a list are released when the list is cleared or dropped
class X:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
items = [X(1), X(2), X(3)]
print("clearing")
items.clear()
print("cleared")
items = [X("a"), X("b")]
items.pop()
print("popped")
items[0] = X("c")
print("replaced")
items = None
print("list dropped")
# ---
# Dict values and temporary objects
class X:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
d = {"k": X("in dict")}
del d["k"]
print("key deleted")
X("temporary")
print("after temporary")
print(X("arg").name)
print("after arg")
# ---
# Remaining objects are finalized at interpreter exit
class X:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
survivor = X("survivor")
print("exiting")
# ---
# Containers holding references keep objects alive
class X:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = X("held")
holder = [a]
del a
print("still held")
holder.pop()
print("released")
# ---
# sys.getrefcount tracks references
import sys
def fresh():
    lst = []
    return sys.getrefcount(lst)
print(fresh())
def counts():
    obj = object()
    before = sys.getrefcount(obj)
    others = [obj, obj]
    mid = sys.getrefcount(obj)
    del others
    return before, mid, sys.getrefcount(obj)
print(counts())
# ---
# with open(...) closes the file at block end
with open("data.txt", "w") as f:
    f.write("hello")
    print(f.closed)
print(f.closed)
with open("data.txt") as f:
    content = f.read()
print(content, f.closed)
g = open("data.txt")
print(g.closed)
g.close()
print(g.closed)
try:
    g.read()
except ValueError as e:
    print(type(e).__name__, e)
# ---
# __del__ of exception-holding objects in a with-block and exceptions
class Res:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
    def __del__(self):
        print("res freed")
try:
    with Res():
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
print("end")
