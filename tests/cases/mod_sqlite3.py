# sqlite3: connections, cursors, parameters, transactions, rows, errors
import sqlite3

conn = sqlite3.connect(":memory:")
print(isinstance(conn, sqlite3.Connection), type(conn).__name__, type(conn).__module__)
cur = conn.cursor()
print(isinstance(cur, sqlite3.Cursor), cur.connection is conn)
cur.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, score REAL)")
cur.execute("INSERT INTO users (name, email, score) VALUES (?, ?, ?)", ("alice", "a@x.org", 9.5))
print(cur.lastrowid, cur.rowcount)
cur.executemany("INSERT INTO users (name, email, score) VALUES (?, ?, ?)",
                [("bob", "b@x.org", 7.25), ("carol", None, None)])
print(cur.rowcount)
conn.commit()
for row in conn.execute("SELECT id, name, email, score FROM users ORDER BY id"):
    print(row)
print(conn.execute("SELECT count(*) FROM users").fetchone())
print(conn.execute("SELECT name FROM users WHERE id = ?", (99,)).fetchone())
conn.close()

# ---
# Python <-> SQLite types
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (v)")
values = [0, 1, -1, 2**31, 2**62, 2**63 - 1, -2**63, 1.5, -0.0, 1e300, "", "text",
          "h\u00e9llo \u4e16\u754c", b"", b"\x00\xff", bytearray(b"ba"), None, True, False]
conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
for (v,) in conn.execute("SELECT v FROM t ORDER BY rowid"):
    print(type(v).__name__, repr(v))
print(conn.execute("SELECT typeof(v) FROM t ORDER BY rowid").fetchall())
print(conn.execute("SELECT 9223372036854775807 + 1, 7 / 2, 7.0 / 2, x'414243', NULL").fetchone())
for big in (2**63, -2**63 - 1, 10**30):
    try:
        conn.execute("SELECT ?", (big,))
    except OverflowError as e:
        print("OverflowError:", e)

# ---
# named and numbered parameters
import sqlite3

conn = sqlite3.connect(":memory:")
print(conn.execute("SELECT :a, :b, :a", {"a": 1, "b": "two"}).fetchone())
print(conn.execute("SELECT ?1, ?2, ?1", (10, 20)).fetchone())
print(conn.execute("SELECT $x, @y", {"x": "dollar", "y": "at"}).fetchone())
class D(dict):
    def __missing__(self, key):
        return key.upper()
print(conn.execute("SELECT :name, :other", D(name="n")).fetchone())
print(conn.execute("SELECT ?, ?", ["list", "params"]).fetchone())
print(conn.execute("SELECT ?", "a").fetchone())
print(conn.execute("SELECT 1", ()).fetchone(), conn.execute("SELECT 2", []).fetchone())

# ---
# errors in parameter binding
import sqlite3

conn = sqlite3.connect(":memory:")
tests = [
    ("SELECT ?", (1, 2)),
    ("SELECT ?, ?", (1,)),
    ("SELECT ?", ()),
    ("SELECT 1", (1,)),
    ("SELECT ?", {"a": 1}),
    ("SELECT :a", {"b": 1}),
    ("SELECT ?", 1),
    ("SELECT ?", None),
    ("SELECT ?", ([1],)),
    ("SELECT ?", ({},)),
    ("SELECT ?", (object(),)),
    ("SELECT :a", {"a": [1]}),
]
for sql, params in tests:
    try:
        conn.execute(sql, params)
        print("no error", sql)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    conn.execute(1)
except TypeError as e:
    print("TypeError:", e)
try:
    conn.execute()
except TypeError as e:
    print("TypeError:", e)
try:
    conn.execute("SELECT 1", parameters=())
except TypeError as e:
    print("TypeError:", e)
try:
    conn.executemany("SELECT 1")
except TypeError as e:
    print("TypeError:", e)
try:
    conn.executemany("INSERT INTO x VALUES (?)", 5)
except TypeError as e:
    print("TypeError:", e)
conn.execute("SELECT ?", (1, 2))

# ---
# SQL errors and their messages
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL, age INTEGER CHECK (age >= 0))")
conn.execute("INSERT INTO users (email, age) VALUES ('a@x', 1)")
cases = [
    "SELECT * FROM messages",
    "SELEC 1",
    "INSERT INTO users (email) VALUES ('a@x')",
    "INSERT INTO users (id, email) VALUES (1, 'b@x')",
    "INSERT INTO users (email) VALUES (NULL)",
    "INSERT INTO users (email, age) VALUES ('c@x', -1)",
    "INSERT INTO users (id, email) VALUES ('x', 'd@x')",
    "SELECT nosuchcolumn FROM users",
    "SELECT 1; SELECT 2",
    "SELECT 'a\0b'",
    "CREATE TABLE users (x)",
]
for sql in cases:
    try:
        conn.execute(sql)
        print("ok:", sql)
    except sqlite3.Error as e:
        print(type(e).__name__, "|", e, "|", getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))
print(conn.execute("SELECT 1; ").fetchone(), conn.execute("SELECT 2 -- comment").fetchone())
try:
    conn.executemany("SELECT ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    sqlite3.connect("no/such/dir/x.db")
except sqlite3.OperationalError as e:
    print("OperationalError:", e, e.sqlite_errorname)

# ---
# the exception hierarchy
import sqlite3

for name in ["Warning", "Error", "InterfaceError", "DatabaseError", "InternalError", "OperationalError",
             "ProgrammingError", "IntegrityError", "DataError", "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, [c.__name__ for c in cls.__mro__])
conn = sqlite3.connect(":memory:")
print(conn.Error is sqlite3.Error, conn.IntegrityError is sqlite3.IntegrityError)
try:
    raise sqlite3.IntegrityError("custom")
except sqlite3.DatabaseError as e:
    print(repr(e), e.args)
try:
    conn.execute("SELECT * FROM nope")
except Exception as e:
    print(isinstance(e, sqlite3.Error), isinstance(e, sqlite3.DatabaseError), isinstance(e, sqlite3.IntegrityError))

# ---
# an uncaught OperationalError
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("SELECT * FROM messages")

# ---
# an uncaught IntegrityError
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (email TEXT UNIQUE)")
conn.execute("INSERT INTO users VALUES ('x@y')")
conn.execute("INSERT INTO users VALUES ('x@y')")

# ---
# implicit transactions (Python 3.11 rules)
import sqlite3

conn = sqlite3.connect(":memory:")
print(repr(conn.isolation_level), conn.in_transaction)
conn.execute("CREATE TABLE t (x)")
print("after DDL", conn.in_transaction)
conn.execute("INSERT INTO t VALUES (1)")
print("after INSERT", conn.in_transaction)
conn.execute("SELECT * FROM t").fetchall()
print("after SELECT", conn.in_transaction)
conn.commit()
print("after commit", conn.in_transaction)
conn.execute("UPDATE t SET x = 2")
print("after UPDATE", conn.in_transaction)
conn.rollback()
print("after rollback", conn.in_transaction, conn.execute("SELECT x FROM t").fetchall())
conn.execute("DELETE FROM t")
conn.execute("REPLACE INTO t VALUES (5)")
print(conn.in_transaction)
conn.commit()
conn.commit()
conn.rollback()
print(conn.execute("SELECT x FROM t").fetchall(), conn.total_changes)
conn.execute("  /* leading comment */ INSERT INTO t VALUES (6)")
print("commented INSERT", conn.in_transaction)
conn.rollback()
try:
    conn.execute("INSERT INTO t VALUES (?)", (1, 2))
except sqlite3.ProgrammingError as e:
    print(e, conn.in_transaction)
conn.rollback()
conn.execute("BEGIN")
print("explicit BEGIN", conn.in_transaction)
try:
    conn.execute("BEGIN")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
conn.commit()

# ---
# isolation_level values and autocommit
import sqlite3

for level in ["", "DEFERRED", "immediate", "Exclusive", None]:
    c = sqlite3.connect(":memory:", isolation_level=level)
    c.execute("CREATE TABLE t (x)")
    c.execute("INSERT INTO t VALUES (1)")
    print(repr(level), repr(c.isolation_level), c.in_transaction)
    c.close()
for bad in ["SERIALIZABLE", 1, "DEFERRED\0"]:
    try:
        sqlite3.connect(":memory:", isolation_level=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
c = sqlite3.connect(":memory:")
c.execute("CREATE TABLE t (x)")
c.execute("INSERT INTO t VALUES (1)")
print(c.in_transaction)
c.isolation_level = None
print("set None", c.in_transaction, c.isolation_level)
c.execute("INSERT INTO t VALUES (2)")
print(c.in_transaction)
c.isolation_level = "IMMEDIATE"
c.execute("INSERT INTO t VALUES (3)")
print(c.in_transaction, c.isolation_level)
try:
    c.isolation_level = "bogus"
except ValueError as e:
    print("ValueError:", e)
try:
    del c.isolation_level
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.in_transaction = True
except AttributeError as e:
    print("AttributeError:", e)

# ---
# the connection as a context manager
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (x UNIQUE)")
with conn as c:
    print(c is conn)
    conn.execute("INSERT INTO t VALUES (1)")
print(conn.in_transaction, conn.execute("SELECT x FROM t").fetchall())
try:
    with conn:
        conn.execute("INSERT INTO t VALUES (2)")
        conn.execute("INSERT INTO t VALUES (1)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print(conn.in_transaction, conn.execute("SELECT x FROM t").fetchall())
try:
    with conn:
        conn.execute("INSERT INTO t VALUES (3)")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e)
print(conn.execute("SELECT x FROM t").fetchall())
print(conn.__exit__(None, None, None), conn.__exit__(ValueError, ValueError(), None))
conn.execute("SELECT 1")
conn.close()
try:
    with conn:
        pass
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

# ---
# cursor results: fetchone, fetchmany, fetchall, arraysize, iteration
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE n (i)")
conn.executemany("INSERT INTO n VALUES (?)", ((i,) for i in range(10)))
cur = conn.execute("SELECT i FROM n ORDER BY i")
print(cur.fetchone(), cur.fetchone())
print(cur.arraysize, cur.fetchmany())
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchmany(2), cur.fetchmany(size=1))
print(next(cur), list(cur))
print(cur.fetchone(), cur.fetchall(), cur.fetchmany(5))
try:
    next(cur)
except StopIteration:
    print("StopIteration")
cur = conn.execute("SELECT i FROM n ORDER BY i")
print(len(cur.fetchmany(0)), len(cur.fetchmany(-1)))
print(iter(cur) is cur)
print(conn.cursor().fetchall(), conn.cursor().fetchone())
try:
    cur.arraysize = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    cur.fetchone(1)
except TypeError as e:
    print("TypeError:", e)

# ---
# description, rowcount and lastrowid
import sqlite3

conn = sqlite3.connect(":memory:")
cur = conn.cursor()
print(cur.description, cur.rowcount, cur.lastrowid, cur.arraysize)
cur.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
print(cur.description, cur.rowcount, cur.lastrowid)
cur.execute("INSERT INTO t (v) VALUES ('a')")
print(cur.description, cur.rowcount, cur.lastrowid)
cur.executemany("INSERT INTO t (v) VALUES (?)", [("b",), ("c",), ("d",)])
print(cur.rowcount, cur.lastrowid)
cur.execute("UPDATE t SET v = v || '!' WHERE id > 1")
print(cur.rowcount)
cur.execute("DELETE FROM t WHERE id = 99")
print(cur.rowcount)
cur.execute("SELECT id, v AS value, 1 + 1 FROM t")
print(cur.description)
print(cur.rowcount, cur.lastrowid)
cur.execute("SELECT * FROM t WHERE 0")
print(cur.description, cur.fetchall())
cur.execute("INSERT INTO t (v) VALUES ('e') RETURNING id, v")
print(cur.rowcount, cur.description, cur.fetchall(), cur.rowcount)
for attr in ["rowcount", "description", "lastrowid", "connection"]:
    try:
        setattr(cur, attr, 1)
    except AttributeError as e:
        print(attr, "AttributeError:", e)

# ---
# sqlite3.Row
import sqlite3

conn = sqlite3.connect(":memory:")
conn.row_factory = sqlite3.Row
conn.execute("CREATE TABLE p (Name TEXT, Age INTEGER)")
conn.execute("INSERT INTO p VALUES ('ann', 31)")
row = conn.execute("SELECT Name, Age FROM p").fetchone()
print(type(row).__name__, type(row).__module__, isinstance(row, sqlite3.Row))
print(row[0], row[1], row[-1], row["Name"], row["name"], row["AGE"])
print(row.keys(), len(row), list(row), tuple(row), dict(row))
print(row[0:1], row[::-1], "ann" in row, 31 in row)
for key in [2, -3, "missing", 1.0, None]:
    try:
        row[key]
    except IndexError as e:
        print(repr(key), "IndexError:", e)
other = conn.execute("SELECT Name, Age FROM p").fetchone()
print(row == other, row != other, row == tuple(row), hash(row) == hash(other))
print(row == conn.execute("SELECT Name AS n, Age FROM p").fetchone())
try:
    row < other
except TypeError as e:
    print("TypeError")
cur = conn.cursor()
cur.execute("SELECT 1 AS a")
made = sqlite3.Row(cur, (5,))
print(made["a"], made.keys())
for args in [(1, (1,)), (cur, [1])]:
    try:
        sqlite3.Row(*args)
    except TypeError as e:
        print("TypeError:", e)
print(conn.execute("SELECT 1").fetchone().keys())

# ---
# row_factory functions and text_factory
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (a, b)")
conn.execute("INSERT INTO t VALUES ('x', 1), ('y', 2)")

def dict_factory(cursor, row):
    return {col[0]: value for col, value in zip(cursor.description, row)}

conn.row_factory = dict_factory
print(conn.execute("SELECT a, b FROM t").fetchall())
cur = conn.cursor()
conn.row_factory = None
print(cur.row_factory is dict_factory, conn.cursor().row_factory)
print(cur.execute("SELECT a FROM t").fetchone())
cur.row_factory = lambda c, r: r[0]
print(cur.execute("SELECT a FROM t").fetchall())
conn.text_factory = bytes
print(conn.execute("SELECT a, b FROM t").fetchall())
conn.text_factory = bytearray
print(conn.execute("SELECT a FROM t").fetchone())
conn.text_factory = lambda b: b.decode().upper()
print(conn.execute("SELECT a FROM t").fetchall())
conn.text_factory = str
print(conn.text_factory, conn.execute("SELECT a FROM t").fetchall())
conn.execute("INSERT INTO t VALUES (CAST(x'66ff' AS TEXT), 3)")
try:
    conn.execute("SELECT a AS bad FROM t WHERE b = 3").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
conn.text_factory = bytes
print(conn.execute("SELECT a FROM t WHERE b = 3").fetchall())

# ---
# closed connections and cursors
import sqlite3

conn = sqlite3.connect(":memory:")
cur = conn.execute("SELECT 1 UNION SELECT 2")
other = conn.cursor()
other.close()
other.close()
for name, f in [("execute", lambda: other.execute("SELECT 1")), ("fetchone", other.fetchone),
                ("fetchall", other.fetchall), ("iterate", lambda: list(other))]:
    try:
        f()
    except sqlite3.ProgrammingError as e:
        print(name, "ProgrammingError:", e)
conn.close()
conn.close()
for name, f in [("execute", lambda: conn.execute("SELECT 1")), ("cursor", conn.cursor),
                ("commit", conn.commit), ("rollback", conn.rollback),
                ("in_transaction", lambda: conn.in_transaction), ("total_changes", lambda: conn.total_changes),
                ("isolation_level", lambda: conn.isolation_level), ("fetchone", cur.fetchone),
                ("cursor.close", cur.close), ("executescript", lambda: conn.executescript("SELECT 1"))]:
    try:
        f()
        print(name, "no error")
    except sqlite3.ProgrammingError as e:
        print(name, "ProgrammingError:", e)
print(cur.description, conn.row_factory, conn.text_factory)

# ---
# executescript
import sqlite3

conn = sqlite3.connect(":memory:")
cur = conn.executescript("""
    CREATE TABLE a (x);  -- a comment
    INSERT INTO a VALUES (1);
    INSERT INTO a VALUES (2);
    /* another */ SELECT * FROM a;
""")
print(type(cur).__name__, cur.fetchall(), conn.in_transaction)
conn.execute("INSERT INTO a VALUES (3)")
print(conn.in_transaction)
conn.executescript("INSERT INTO a VALUES (4)")
print(conn.in_transaction, conn.execute("SELECT count(*) FROM a").fetchone())
conn.rollback()
print(conn.execute("SELECT count(*) FROM a").fetchone())
try:
    conn.executescript("INSERT INTO a VALUES (5); SELEC oops; INSERT INTO a VALUES (6);")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(conn.execute("SELECT x FROM a").fetchall())
conn.executescript("BEGIN; INSERT INTO a VALUES (7);")
print(conn.in_transaction)
for arg in [1, None]:
    try:
        conn.executescript(arg)
    except TypeError as e:
        print("TypeError:", e)
print(conn.cursor().executescript("SELECT 1;").fetchone())

# ---
# a database file in the working directory
import os
import sqlite3

conn = sqlite3.connect("app.db")
conn.execute("CREATE TABLE messages (session_id TEXT, content TEXT)")
conn.execute("INSERT INTO messages (session_id, content) VALUES (?, ?)", ("s1", "hello"))
conn.commit()
conn.execute("INSERT INTO messages (session_id, content) VALUES (?, ?)", ("s1", "uncommitted"))
conn.close()
print(os.path.exists("app.db"))
conn = sqlite3.connect("app.db", timeout=1.0)
print(conn.execute("SELECT * FROM messages").fetchall())
a = sqlite3.connect("app.db", timeout=0)
b = sqlite3.connect("app.db", timeout=0)
a.execute("INSERT INTO messages VALUES ('s2', 'from a')")
try:
    b.execute("INSERT INTO messages VALUES ('s3', 'from b')")
except sqlite3.OperationalError as e:
    print("OperationalError:", e, e.sqlite_errorname)
print(b.in_transaction, b.execute("SELECT count(*) FROM messages").fetchone())
b.rollback()
a.commit()
print(b.execute("SELECT count(*) FROM messages").fetchone())
del a, b
conn2 = sqlite3.connect(b"app.db")
print(conn2.execute("SELECT count(*) FROM messages").fetchone())

# ---
# connect() arguments
import sqlite3

for kwargs in [{}, {"timeout": "x"}, {"foo": 1}, {"check_same_thread": "x"}, {"detect_types": "x"}]:
    try:
        sqlite3.connect(**kwargs) if not kwargs else sqlite3.connect(":memory:", **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    sqlite3.connect(1)
except TypeError as e:
    print("TypeError:", e)
c = sqlite3.connect(database=":memory:", timeout=2, detect_types=0, isolation_level=None,
                    check_same_thread=False, cached_statements=10, uri=False)
print(c.isolation_level, c.execute("SELECT 1").fetchone())
c = sqlite3.connect("file::memory:?cache=shared", uri=True)
print(c.execute("SELECT 2").fetchone())

class MyConnection(sqlite3.Connection):
    def tables(self):
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

c = sqlite3.connect(":memory:", factory=MyConnection)
c.execute("CREATE TABLE t1 (x)")
print(type(c).__name__, isinstance(c, sqlite3.Connection), c.tables(), c.cursor().connection is c)

class MyCursor(sqlite3.Cursor):
    def one(self, sql):
        return self.execute(sql).fetchone()[0]

print(type(c.cursor(MyCursor)).__name__, c.cursor(factory=MyCursor).one("SELECT 42"))
print(type(sqlite3.Cursor(c)).__name__)
for bad in [lambda: c.cursor(1), lambda: c.cursor(lambda conn: 5), lambda: sqlite3.Cursor(1), lambda: sqlite3.Cursor()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# ---
# module attributes
import sqlite3

print(sqlite3.version, sqlite3.version_info, sqlite3.apilevel, sqlite3.paramstyle, sqlite3.threadsafety)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
print(type(sqlite3.sqlite_version).__name__, len(sqlite3.sqlite_version_info), sqlite3.sqlite_version_info >= (3, 7))
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_ERROR, sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_CONSTRAINT_UNIQUE,
      sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE, sqlite3.SQLITE_LIMIT_LENGTH)
print(sqlite3.complete_statement("SELECT 1"), sqlite3.complete_statement("SELECT 1;"),
      sqlite3.complete_statement("CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1;"))
try:
    sqlite3.complete_statement(5)
except TypeError as e:
    print("TypeError:", e)
print(sqlite3.Connection.__name__, sqlite3.Cursor.__name__, sqlite3.Row.__name__, sqlite3.Cursor.__module__)

def get_connection(db_path: str) -> sqlite3.Connection:
    return sqlite3.connect(db_path)

print(get_connection.__annotations__["return"] is sqlite3.Connection)

# ---
# adapters and converters
import sqlite3

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def adapt_point(p):
    return f"{p.x};{p.y}"

def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
sqlite3.register_converter("Tag", lambda b: ("tag", b))
conn = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
conn.execute("CREATE TABLE test (p point, q POINT NOT NULL DEFAULT '0;0', n integer)")
conn.execute("INSERT INTO test (p, n) VALUES (?, ?)", (Point(4.0, -3.2), 1))
conn.execute("INSERT INTO test (p, n) VALUES (NULL, 2)")
print(conn.execute("SELECT p, q, n FROM test").fetchall())
print(conn.execute('SELECT n AS "n [tag]", p AS "[tag]", n AS "x [nothing]" FROM test').fetchall())
cur = conn.execute('SELECT p AS "p [point]", n AS "plain", n AS "m [tag]" FROM test')
print(cur.description)
print(conn.execute("SELECT p FROM test").fetchone()[0].__class__.__name__)

class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"

print(conn.execute("SELECT ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(1, 2)), sqlite3.adapt([], sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt([])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
plain = sqlite3.connect(":memory:")
plain.execute("CREATE TABLE test (p point)")
plain.execute("INSERT INTO test VALUES ('1;2')")
print(plain.execute("SELECT p FROM test").fetchone())
sqlite3.register_adapter(int, lambda i: i * 10)
print(plain.execute("SELECT ?", (4,)).fetchone())

# ---
# a connection closes its database when it is freed (CPython 3.11 frees
# it in gc.collect(): its statement cache refers back to it)
import gc
import sqlite3
import sys

a = sqlite3.connect("locks.db")
a.execute("CREATE TABLE t (x)")
a.execute("INSERT INTO t VALUES (1)")
b = sqlite3.connect("locks.db", timeout=0)
try:
    b.execute("INSERT INTO t VALUES (2)")
except sqlite3.OperationalError as e:
    print("while a is open:", e)
b.rollback()
del a
gc.collect()
b.execute("INSERT INTO t VALUES (3)")
b.commit()
print(b.execute("SELECT x FROM t").fetchall())
cur = b.cursor()
base = sys.getrefcount(b), sys.getrefcount(cur)
for i in range(50):
    b.execute("SELECT ?", (i,)).fetchall()
    cur.execute("SELECT x FROM t").fetchone()
    with b:
        b.execute("INSERT INTO t VALUES (?)", (i,))
    for row in b.execute("SELECT x FROM t LIMIT 2"):
        pass
print(sys.getrefcount(b) - base[0], sys.getrefcount(cur) - base[1])
b.row_factory = sqlite3.Row
rows = b.execute("SELECT x FROM t").fetchall()
print(len(rows), rows[0].keys(), sys.getrefcount(b) - base[0])
del rows
sqlite3.connect(":memory:").execute("SELECT 1").fetchone()
print(sqlite3.Connection(":memory:").execute("SELECT 'direct'").fetchone()[0])

# ---
# user-defined functions, aggregates and collations
import sqlite3


def main():  # (in a function: locals, not module globals)

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x, s TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(1, "b"), (2, "A"), (3, "c"), (4, "B")])
    conn.create_function("double", 1, lambda v: v * 2)
    print(conn.execute("SELECT double(21), double('ab'), double(1.5), double(x'01')").fetchone())
    conn.create_function("nargs", -1, lambda *a: len(a), deterministic=True)
    print(conn.execute("SELECT nargs(), nargs(1, 2, 3)").fetchone())
    results = {"boom": lambda: 1 / 0, "bad": lambda: [1], "big": lambda: 2**70, "none": lambda: None,
               "text": lambda: "\u00e9t\u00e9", "blob": lambda: b"", "flag": lambda: True}
    for name, fn in results.items():
        conn.create_function(name, 0, fn)
        try:
            print(name, conn.execute(f"SELECT {name}()").fetchone())
        except sqlite3.Error as e:
            print(name, type(e).__name__ + ":", e)
    for sql in ["SELECT double(1, 2)", "SELECT nosuch(1)"]:
        try:
            conn.execute(sql)
        except sqlite3.OperationalError as e:
            print("OperationalError:", e)
    # a function may use its own connection
    conn.create_function("count_s", 1, lambda v: conn.execute("SELECT count(*) FROM t WHERE s = ?", (v,)).fetchone()[0])
    print(conn.execute("SELECT s, count_s(s) FROM t ORDER BY x").fetchall())

    class Mean:
        def __init__(self):
            self.total, self.n = 0, 0
        def step(self, value):
            self.total += value
            self.n += 1
        def finalize(self):
            return self.total / self.n if self.n else None

    conn.create_aggregate("mean", 1, Mean)
    print(conn.execute("SELECT mean(x) FROM t").fetchone(), conn.execute("SELECT mean(x) FROM t WHERE 0").fetchone())
    print(conn.execute("SELECT x % 2, mean(x) FROM t GROUP BY x % 2").fetchall())
    class BadStep(Mean):
        def step(self, value):
            raise ValueError
    class BadFinal(Mean):
        def finalize(self):
            raise ValueError
    class BadInit(Mean):
        def __init__(self):
            raise ValueError
    for name, cls in [("bad_step", BadStep), ("bad_final", BadFinal), ("bad_init", BadInit)]:
        conn.create_aggregate(name, 1, cls)
        try:
            conn.execute(f"SELECT {name}(x) FROM t").fetchone()
        except sqlite3.OperationalError as e:
            print("OperationalError:", e)
    conn.create_collation("nocase_rev", lambda a, b: (a.lower() < b.lower()) - (a.lower() > b.lower()))
    print(conn.execute("SELECT s FROM t ORDER BY s COLLATE nocase_rev, s").fetchall())
    conn.create_collation("nocase_rev", None)
    try:
        conn.execute("SELECT s FROM t ORDER BY s COLLATE nocase_rev")
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
    for bad in [lambda: conn.create_function("f", 1), lambda: conn.create_function(1, 1, len),
                lambda: conn.create_function("f", "x", len), lambda: conn.create_collation("c", 1)]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        conn.create_function("f", -2, len)
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
    sqlite3.enable_callback_tracebacks(True)
    conn.create_function("oops", 0, lambda: {}["key"])
    try:
        conn.execute("SELECT oops()")
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)


main()
