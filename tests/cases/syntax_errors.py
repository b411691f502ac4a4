# Deliberately NOT valid Python as a whole: every chunk in this file is a
# complete program with a syntax error, so nothing in it runs and the last
# stderr line is the SyntaxError (exit status 1). Kept apart from errors.py
# so that every other case file is valid Python.
print("never printed")
x = (1,
y = 2
# ---
# Indentation error
def f():
print("bad")
# ---
# Invalid syntax at an operator
print("never")
a = 1 +* 2
# ---
# Unterminated string literal
print("never")
s = "abc
# ---
# Unexpected indent
x = 1
    y = 2
# ---
# Assignment to a literal
print("never")
1 = x
# ---
# SyntaxError args and attributes from compile(), exec() and eval() of bad
# source (this chunk itself is valid).
def show(e):
    print(type(e).__name__, e.args)
    print(" ", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
cases = [("x = (1,\n", "exec"), ("a = 1 +* 2\n", "exec"), ("def f():\nprint(1)\n", "exec"),
         ("x y", "eval"), ("if 1:\n\tx\n        y\n", "exec"), ("f(**a, *b)", "eval")]
for src, mode in cases:
    for fn in ("compile", "exec", "eval"):
        if fn == "exec" and "\n" not in src:
            continue
        try:
            if fn == "compile":
                compile(src, "<f>", mode)
            elif fn == "exec":
                exec(src)
            else:
                eval(src)
        except SyntaxError as e:
            print(fn, end=" ")
            show(e)
            print(e.args == (e.msg, (e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)))
# ---
# A SyntaxError raised by the program with CPython's args (valid chunk).
e = SyntaxError("bad thing", ("f.py", 3, 5, "x = 1 +\n", 3, 8))
print(e.args, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e = SyntaxError("bad thing", ("f.py", 3, 5, "x = 1 +\n"))
print(e.args, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e = SyntaxError("only msg")
print(e.args, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e = SyntaxError()
print(e.args, e.msg, e.filename, e.lineno, str(e))
e = IndentationError("m", ("g.py", 1, 2, "t", 1, 3))
print(e.args, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
try:
    raise SyntaxError("user", ("u.py", 7, 1, "oops\n", 7, 5))
except SyntaxError as x:
    print(x.args, x.lineno, x.end_offset, str(x))
    e = x
e.msg = "changed"
e.lineno = 9
print(e.args, str(e))
for bad in [("a", (1, 2)), ("a", ("f", 1, 2, "t", 1, 2, 3))]:
    try:
        SyntaxError(*bad)
    except TypeError as x:
        print("TypeError", x)
try:
    raise SyntaxError("user", ("u.py", 2, 3, "a b\n", 2, 4))
except SyntaxError as x:
    print(x)
raise SyntaxError("uncaught", ("u.py", 2, 3, "a b\n", 2, 4))
