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
