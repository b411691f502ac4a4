# Coroutines and async generators driven by hand (no event loop): throw()
# and close() reach the awaited coroutine, async generator protocol,
# exception context across yields.
class Fut:
    def __init__(self): self.v = None
    def __await__(self):
        r = yield self
        return r
async def sub():
    try:
        x = await Fut()
        print("sub got", x)
        return x * 2
    except ValueError as e:
        print("sub caught", e)
        return -1
    finally:
        print("sub finally")
async def main():
    y = await sub()
    print("main got", y)
    return y
c = main()
f = c.send(None)
print(type(f).__name__)
try:
    c.send(21)
except StopIteration as e:
    print("stop", e.value)
c = main()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)
async def agen():
    for i in range(3):
        yield i
        await Fut()
async def m2():
    async for x in agen():
        print("ag", x)
c = m2()
try:
    while True: c.send(None)
except StopIteration: print("done")
# ---
class Fut:
    def __await__(self):
        r = yield 'fut'
        return r
def drive(c):
    vals = []
    try:
        while True:
            vals.append(c.send(None))
    except StopIteration as e:
        return vals, e.value
async def agen(n):
    try:
        for i in range(n):
            yield i
            await Fut()
    finally:
        print("agen finally")
async def m1():
    out = []
    async for x in agen(3):
        out.append(x)
    return out
print(drive(m1()))
async def m2():
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
print(drive(m2()))
async def m3():
    r = [x async for x in agen(2)]
    return r
print(drive(m3()))
async def gen2():
    try:
        yield 1
    except ValueError as e:
        yield 'caught %s' % e
async def m4():
    g = gen2()
    print(await g.__anext__())
    print(await g.athrow(ValueError('v')))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('end')
print(drive(m4()))
async def bad():
    raise StopAsyncIteration
    yield 1
async def m5():
    try:
        async for x in bad(): pass
    except RuntimeError as e:
        print("RT", e)
print(drive(m5()))
print(type(agen(1)).__name__, type(agen(1).__anext__()).__name__)
class Wrap:
    def __init__(self, it): self.it = it
    def __await__(self):
        return self.it.__await__()
async def inner(): 
    x = await Fut()
    return x + 1
async def m6():
    return await Wrap(inner())
c = m6(); print(c.send(None)); 
try: c.send(41)
except StopIteration as e: print("m6", e.value)
# ---
import sys
class Y:
    def __await__(self):
        yield 1
async def m():
    try:
        raise KeyError('a')
    except KeyError:
        await Y()
    raise ValueError('b')
def drive_in_handler(c):
    try:
        raise IndexError('i')
    except IndexError:
        return c.send(None)
c = m()
c.send(None)
try:
    drive_in_handler(c)
except ValueError as e:
    print(repr(e.__context__))
def g():
    yield 1
    raise ValueError('x')
try:
    raise KeyError('outer')
except KeyError:
    it = g(); next(it)
    try:
        next(it)
    except ValueError as e:
        print(repr(e.__context__))
def h():
    try:
        raise KeyError('h')
    except KeyError:
        yield 1
        raise
it = h(); next(it)
try:
    next(it)
except KeyError as e:
    print('reraised', repr(e), repr(e.__context__))
def gg():
    yield 1
    raise
try:
    raise TypeError('t')
except TypeError:
    it = gg(); next(it)
    try: next(it)
    except TypeError as e: print('bare', repr(e))
# ---
# close() of a coroutine suspended in an await closes the inner one first.
class Y:
    def __await__(self):
        yield 'y'
async def inner():
    try:
        await Y()
    finally:
        print('inner closed')
async def outer():
    try:
        await inner()
    finally:
        print('outer closed')
c = outer()
print(c.send(None))
c.close()
c = outer()
c.close()
print('closed unstarted: no warning')
# throw() into a custom awaitable iterator with a throw method
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(self.n)
        return self.n
    def throw(self, *a):
        raise StopIteration('thrown')
class Aw:
    def __await__(self): return It()
async def uses():
    r = await Aw()
    return r
c = uses()
print(c.send(None))
try:
    c.throw(ValueError)
except StopIteration as e:
    print('returned', e.value)
c = uses()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
# ---
# asyncgen hooks
import sys
print(sys.get_asyncgen_hooks())
seen = []
async def ag():
    try:
        yield 1
        yield 2
    finally:
        seen.append('finally')
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append('first ' + type(g).__name__),
                       finalizer=lambda g: seen.append('finalizer'))
g = ag()
s = g.__anext__()
try:
    s.send(None)
except StopIteration as e:
    print('yielded', e.value)
del s, g
print(seen)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(finalizer=1)
except TypeError as e:
    print(e)
