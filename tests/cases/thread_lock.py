# _thread.lock and RLock under contention: waiters wake, timeouts expire, counts stay exact.
import threading
import time

lock = threading.Lock()
counter = 0


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=work, args=(3000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter, lock.locked())
# ---
import threading
import time

lock = threading.Lock()
lock.acquire()
t0 = time.monotonic()
print("timeout", lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
print("nonblocking", lock.acquire(False), lock.acquire(blocking=False))
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print(e)
got = []


def waiter():
    got.append(lock.acquire(timeout=5))


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
lock.release()  # released by a thread that did not take it: wakes the waiter
t.join()
print("waiter got it", got, lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
# ---
import threading

lock = threading.Lock()
order = []
lock.acquire()


def w(i):
    with lock:
        order.append(i)


ts = [threading.Thread(target=w, args=(i,)) for i in range(20)]
for t in ts:
    t.start()
lock.release()
for t in ts:
    t.join()
print(sorted(order) == list(range(20)), lock.locked())
# ---
import threading

r = threading.RLock()
n = 0


def rw():
    global n
    for _ in range(2000):
        with r:
            with r:
                n += 1


ts = [threading.Thread(target=rw) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("rlock", n, r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print(e)
cond = threading.Condition()
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        print("consumed", items.pop())


t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append(42)
    cond.notify()
t.join()
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01))
