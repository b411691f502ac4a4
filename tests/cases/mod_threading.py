# threading: threads, names, errors, and every synchronisation primitive.
import threading

def work(n):
    pass

t = threading.Thread(target=work, args=(1,))
print(t.name, t.daemon, t.ident, t.is_alive())
print(repr(t))
t.start()
t.join()
print(t.is_alive(), repr(t).startswith("<Thread(Thread-1 (work), stopped "))
t2 = threading.Thread(target=work, args=(2,), name="worker-A", daemon=True)
print(t2.name, t2.daemon)
t2.name = "renamed"
print(t2.name)
class Sub(threading.Thread):
    def run(self):
        print("run in", threading.current_thread().name)
s = Sub()
s.start(); s.join()
print(s.name)
l = threading.Thread(target=lambda: None)
print(l.name)
# ---
import threading
t = threading.Thread(target=print)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
# ---
import threading
print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
print(threading.active_count(), len(threading.enumerate()))
print(type(threading.get_ident()), type(threading.get_native_id()))
print(threading.TIMEOUT_MAX > 1e6)
seen = []
def who():
    seen.append((threading.current_thread().name, threading.get_ident() != threading.main_thread().ident))
t = threading.Thread(target=who, name="W")
t.start(); t.join()
print(seen)
# ---
import threading
lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside", lock.locked())
print(lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(threading.ThreadError is RuntimeError)
# ---
import threading
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
got = []
r.acquire()
def other():
    got.append(r.acquire(blocking=False))
t = threading.Thread(target=other); t.start(); t.join()
print(got)
r.release()
with r:
    with r:
        print("nested ok")
# ---
import threading
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) == 3)
        print("consumer saw", items)
t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
# ---
import threading
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
with b:
    pass
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
# ---
import threading
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
def setter():
    ev.set()
t = threading.Thread(target=setter); t.start()
print(ev.wait(), ev.is_set())
t.join()
ev.clear()
print(ev.is_set())
# ---
import threading
order = []
b = threading.Barrier(3, action=lambda: order.append("action"))
def party(i):
    b.wait()
    order.append("after")
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(order, b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken", b2.broken)
b2.reset()
print(b2.broken)
# ---
import threading
fired = []
t = threading.Timer(0.01, fired.append, args=["yes"])
t.start(); t.join()
c = threading.Timer(10, fired.append, args=["no"])
c.start(); c.cancel(); c.join()
print(fired)
# ---
import threading
data = threading.local()
data.x = "main"
class Counter(threading.local):
    def __init__(self, start):
        self.n = start
c = Counter(10)
c.n += 1
out = []
def worker():
    out.append(hasattr(data, "x"))
    data.x = "worker"
    out.append(c.n)
    c.n += 5
    out.append(c.n)
t = threading.Thread(target=worker); t.start(); t.join()
print(out, data.x, c.n)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
# ---
import threading, sys
def boom():
    raise ValueError("bad thing")
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=boom, name="B")
t.start(); t.join()
print(caught)
threading.excepthook = threading.__excepthook__
def quit():
    sys.exit(3)
t = threading.Thread(target=quit); t.start(); t.join()
print("SystemExit in a thread is silent")
# ---
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
# ---
import _thread, time
lock = _thread.allocate_lock()
lock.acquire()
res = []
def f(a, b=0):
    res.append(a + b)
    lock.release()
ident = _thread.start_new_thread(f, (1,), {"b": 2})
lock.acquire()
print(res, type(ident), _thread.get_ident() != ident)
for bad in [(1, ()), (f, [1]), (f, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.error is RuntimeError, _thread.LockType is type(lock))
