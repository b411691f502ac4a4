# Completed variant of listing executor_08 (thread-local sqlite3 connections,
# issue #4): the listing, unmodified, between our own set-up and follow-up
# code. The follow-up runs it in a ThreadPoolExecutor against a database file
# on disk, in a directory of its own under the case's temporary directory.
# executor_08: set-up
import os, threading
from concurrent.futures import ThreadPoolExecutor
workdir = os.path.join(os.getcwd(), 'executor08')
os.mkdir(workdir)
db_path = os.path.join(workdir, 'orders.db')
# executor_08: the listing
import threading
import sqlite3

_thread_local = threading.local()

def get_connection(db_path: str) -> sqlite3.Connection:
    if not hasattr(_thread_local, "conn"):
        _thread_local.conn = sqlite3.connect(db_path)
    return _thread_local.conn   # each thread gets its own connection
# executor_08: follow-up
setup = sqlite3.connect(db_path)
setup.execute('CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT, qty INTEGER, worker TEXT)')
setup.commit()
setup.close()

connections = {}            # thread ident -> ids of the connections it used
lock = threading.Lock()
all_started = threading.Barrier(3)

def place_order(n):
    if n < 3:
        all_started.wait()  # the first three orders keep all three workers busy
    conn = get_connection(db_path)
    with lock:
        connections.setdefault(threading.get_ident(), set()).add(id(conn))
    with conn:
        conn.execute('INSERT INTO orders (item, qty, worker) VALUES (?, ?, ?)',
                     ('item%02d' % n, n, threading.current_thread().name))
    return conn.execute('SELECT COUNT(*) FROM orders WHERE qty = ?', (n,)).fetchone()[0]

with ThreadPoolExecutor(max_workers=3, thread_name_prefix='db') as pool:
    print(list(pool.map(place_order, range(12))))

print(len(connections), sorted(len(ids) for ids in connections.values()))
print(len(set().union(*connections.values())), hasattr(_thread_local, 'conn'))
main_conn = get_connection(db_path)
print(hasattr(_thread_local, 'conn'), get_connection(db_path) is main_conn, isinstance(main_conn, sqlite3.Connection))
print(main_conn.execute('SELECT COUNT(*), SUM(qty), COUNT(DISTINCT worker) FROM orders').fetchone())
print([row[0] for row in main_conn.execute('SELECT item FROM orders ORDER BY qty LIMIT 4')])
workers = sorted(w for (w,) in main_conn.execute('SELECT DISTINCT worker FROM orders'))
print([w.rsplit('_', 1)[0] for w in workers])

def other_threads_connection():
    return get_connection(db_path)

with ThreadPoolExecutor(max_workers=1) as pool:
    foreign = pool.submit(other_threads_connection).result()
try:
    foreign.execute('SELECT 1')
except sqlite3.ProgrammingError as e:
    print('ProgrammingError', str(e).split('.')[0])
main_conn.close()
print(os.path.getsize(db_path) > 0, sorted(os.listdir(workdir)))
