# Completed variants of the listings that only define functions or stop at a
# missing name (issue #4): each chunk is the listing, unmodified, between our
# own set-up and follow-up code. Listings needing asyncio or sqlite3 are in
# the module case files; gil_01 needs the third-party requests package.
# gil_07: set-up
import threading, time
# gil_07: the listing
results = []

def worker():
    # Simulate slow work
    time.sleep(1)
    results.append("done")

t = threading.Thread(target=worker)
t.start()
# Forgot to join!

print(results)  # Prints [] - the thread hasn't finished yet
# gil_07: follow-up
t.join()
print(results)
# ---
# gil_08: set-up
import threading, time, sys, io
_real, sys.stdout = sys.stdout, io.StringIO()
# gil_08: the listing
def background_work():
    while True:
        print("Background task running...")
        time.sleep(1)

# This thread runs in the background
t = threading.Thread(target=background_work, daemon=True)
t.start()

# Main thread does its work
time.sleep(3)
print("Main thread done")

# Process exits here - daemon thread is killed
# gil_08: follow-up
_out, sys.stdout = sys.stdout.getvalue(), _real
lines = _out.splitlines()
print(lines[-1], 3 <= lines.count('Background task running...') <= 4)
# ---
# gil_12: set-up
import threading
lock = threading.Lock()
counter = 0
# gil_12: the listing
lock.acquire()  # Wait until we get the lock
try:
    counter += 1
finally:
    lock.release()  # Always release, even if exception
# gil_12: follow-up
print(counter, lock.locked())
# ---
# gil_13: set-up
import threading
# gil_13: the listing
lock = threading.Lock()

def outer():
    with lock:
        inner()  # Deadlock! We already hold the lock

def inner():
    with lock:  # Waits forever for outer() to release
        pass
# gil_13: follow-up
t = threading.Thread(target=outer, daemon=True)
t.start()
t.join(timeout=0.3)
print('deadlocked:', t.is_alive(), lock.locked())
# ---
# gil_14: set-up
import threading
# gil_14: the listing
rlock = threading.RLock()

def outer():
    with rlock:
        inner()  # Works fine

def inner():
    with rlock:  # Same thread, can acquire again
        pass
# gil_14: follow-up
outer()
print('re-entered fine')
# ---
# gil_15: set-up
import threading, time
# gil_15: the listing
lock_a = threading.Lock()
lock_b = threading.Lock()

def thread_1():
    with lock_a:
        time.sleep(0.1)  # Simulate work
        with lock_b:  # Waits for thread_2 to release lock_b
            pass

def thread_2():
    with lock_b:
        time.sleep(0.1)
        with lock_a:  # Waits for thread_1 to release lock_a
            pass

# Deadlock! Each thread holds one lock and waits for the other
# gil_15: follow-up
t1 = threading.Thread(target=thread_1, daemon=True)
t2 = threading.Thread(target=thread_2, daemon=True)
t1.start(); t2.start()
t1.join(timeout=0.5); t2.join(timeout=0.1)
print('deadlocked:', t1.is_alive(), t2.is_alive())
# ---
# gil_16: set-up
import threading
lock_a = threading.Lock()
lock_b = threading.Lock()
# gil_16: the listing
def thread_1():
    with lock_a:  # Always acquire A first
        with lock_b:
            pass

def thread_2():
    with lock_a:  # Same order: A first, then B
        with lock_b:
            pass
# gil_16: follow-up
ts = [threading.Thread(target=f) for f in (thread_1, thread_2) * 50]
for t in ts: t.start()
for t in ts: t.join()
print('no deadlock', lock_a.locked(), lock_b.locked())
# ---
# gil_31: set-up
import threading
def worker():
    print('working in', threading.current_thread().name)
# gil_31: the listing
t = threading.Thread(target=worker, name="API-Fetcher-1")
# or
t.name = "API-Fetcher-1"
# gil_31: follow-up
t.start(); t.join()
# ---
# executor_03: set-up
import time, sys, io
from concurrent.futures import ThreadPoolExecutor

def fetch_sync(url):
    time.sleep(0.1)
    if url.endswith('c.com'):
        raise ConnectionError('refused')
    return f'Result from {url}'

urls = ['https://api.source-a.com', 'https://api.source-b.com', 'https://api.source-c.com']
_real, sys.stdout = sys.stdout, io.StringIO()
# executor_03: the listing
with ThreadPoolExecutor(max_workers=3) as executor:
    futures = {executor.submit(fetch_sync, url): url for url in urls}

from concurrent.futures import as_completed
for future in as_completed(futures):
    url = futures[future]
    try:
        result = future.result()
        print(f"{url}: {result}")
    except Exception as e:
        print(f"{url} failed: {e}")
# executor_03: follow-up
_out, sys.stdout = sys.stdout.getvalue(), _real
print(''.join(sorted(_out.splitlines(True))), end='')
# ---
# executor_07: set-up
import threading
# executor_07: the listing
rlock = threading.RLock()

def outer():
    with rlock:
        inner()           # safe  same thread can re-acquire

def inner():
    with rlock:           # would deadlock with regular Lock
        print("inner")
# executor_07: follow-up
outer()
# ---
# gil_02: set-up
# gil_02: the listing
# This does NOT benefit from threading - CPU-bound Python code
def cpu_bound_work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

# Running this in 4 threads is slower than running it sequentially
# because threads contend for the GIL
# gil_02: follow-up
import threading
results = []
ts = [threading.Thread(target=lambda: results.append(cpu_bound_work(100_000))) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(results == [cpu_bound_work(100_000)] * 4, results[0])
# ---
# gil_25: set-up
# gil_25: the listing
import os

# A common heuristic: 5x the number of CPU cores for I/O-bound work
workers = min(32, os.cpu_count() * 5)
# gil_25: follow-up
print(workers == min(32, os.cpu_count() * 5), workers >= 5)
# ---
# gil_33: set-up
import io
# gil_33: the listing
import sys
import traceback

def dump_threads():
    for thread_id, frame in sys._current_frames().items():
        print(f"\nThread {thread_id}:")
        traceback.print_stack(frame)
# gil_33: follow-up
import threading
_buf = io.StringIO()
_real, sys.stdout = sys.stdout, _buf
dump_threads()
sys.stdout = _real
print(_buf.getvalue().replace(str(threading.get_ident()), '<ident>'), end='')
print(threading.get_ident() in sys._current_frames())
