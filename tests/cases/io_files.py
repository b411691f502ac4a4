# write then read
with open("notes.txt", "w") as f:
    n = f.write("line one\nline two\n")
    f.write("line three\n")
print(n)
with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt", "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
# ---
# append mode and readlines
with open("log.txt", "w") as f:
    f.write("a\n")
with open("log.txt", "a") as f:
    f.write("b\n")
    f.write("c")
with open("log.txt") as f:
    print(f.readlines())
with open("log.txt", "a") as f:
    print(f.write("\nd\n"))
with open("log.txt") as f:
    print(f.read().splitlines())
# ---
# Iterating a file line by line, and writelines / print(file=)
with open("lines.txt", "w") as f:
    f.writelines(["x\n", "y\n", "z"])
    print("printed line", file=f)
with open("lines.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open("lines.txt") as f:
    print([l.rstrip("\n") for l in f])
# ---
# Binary mode
data = bytes(range(5)) + b"\xff\n"
with open("blob.bin", "wb") as f:
    print(f.write(data))
with open("blob.bin", "rb") as f:
    raw = f.read()
print(raw, type(raw).__name__, len(raw), raw == data)
with open("blob.bin", "rb") as f:
    print(f.read(2), f.read(2), f.read())
with open("text.txt", "w", encoding="utf-8") as f:
    f.write("héllo")
with open("text.txt", "rb") as f:
    print(f.read())
with open("text.txt", encoding="utf-8") as f:
    print(f.read(), len(open("text.txt", "rb").read()))
# ---
# Errors: missing file, wrong types, read on write-only file
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
print(issubclass(FileNotFoundError, OSError), OSError is IOError)
with open("w.txt", "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open("w.bin", "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
# ---
# seek/tell and r+ mode, "x" mode
with open("s.txt", "w") as f:
    f.write("0123456789")
with open("s.txt", "r+") as f:
    print(f.read(3), f.tell())
    f.seek(0)
    f.write("AB")
    f.seek(0)
    print(f.read())
try:
    open("s.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
with open("new.txt", "x") as f:
    f.write("created")
print(open("new.txt").read())
# ---
# File object attributes
f = open("attrs.txt", "w")
print(f.name, f.mode, f.closed, f.writable(), f.readable())
f.close()
f = open("attrs.txt", "rb")
print(f.name, f.mode, f.readable(), f.writable())
f.close()
# ---
# sys.stdout replaced by io.StringIO then restored
import io
import sys
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured line")
print("second", 2)
sys.stdout = old
print("restored")
print(repr(buf.getvalue()))
print(sys.stdout is sys.__stdout__)
# ---
# io.StringIO and io.BytesIO as files
import io
s = io.StringIO("first\nsecond\nthird")
print(s.readline(), end="")
print(list(s))
s = io.StringIO()
s.write("abc")
s.write("def")
print(s.getvalue(), s.tell())
s.seek(0)
print(s.read(2))
b = io.BytesIO(b"xyz")
print(b.read(1), b.read(), b.getvalue())
out = io.StringIO()
print("to buffer", 1, 2, sep="-", file=out)
print(repr(out.getvalue()))
# ---
# Unicode round trip and newline translation
with open("u.txt", "w", encoding="utf-8") as f:
    f.write("日本\r\nline2\n")
with open("u.txt", encoding="utf-8") as f:
    print(f.read().split("\n"))
with open("u.txt", "rb") as f:
    print(f.read())
with open("u.txt", encoding="utf-8", newline="") as f:
    print(repr(f.read()))
