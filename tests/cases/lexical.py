# Integer literals: underscores, hex/oct/bin
print(1_000_000)
print(0xFF, 0xff_ff, 0o17, 0O7_7, 0b1010, 0B1_0)
print(0, 00, 0_0)
print(123456789012345678901234567890)
print(-0x10, +0b11)
# ---
# Float literals and their reprs
print(1.5, 1., .5, 1_0.2_5)
print(1e16, 1e15, 1.5e-7, 1e-4, 0.0001)
print(123456789012345678.0)
print(1e22, 1e300 * 1e10, -1e300 * 1e10)
print(0.1 + 0.2, 1/3, 2.0, -0.0)
print(repr(1e100), str(3.14), 100.0)
# ---
# Imaginary literals
print(2j, 1.5j, 1 + 2j, 3e2j)
print((1 + 2j) * (3 - 1j))
print((2j).imag, (2j).real, type(1j).__name__)
print(abs(3 + 4j), complex(1, -1))
# ---
# Bytes literals
print(b"abc", b'a\x00b', b"\n\t\\")
print(rb"\n", br"\x41", len(b"\x41\x42"))
print(b"abc"[0], b"abc"[1:], list(b"hi"))
print(bytes([65, 66, 67]), bytes(3), b"a" + b"b", b"ab" * 2)
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))
# ---
# String escapes
print("a\tb|", "line1\nline2")
print("\x41\101\u00e9\U0001F600", len("\U0001F600"))
print("\N{LATIN SMALL LETTER A}", "back\\slash", 'q\'s', "d\"q")
print(r"raw\n\t", R"\d+", len(r"\n"))
print(repr("tab\there"), repr("nl\n"), repr("\x00\x7f"), repr("é"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print("\a\b\f\v\r" == "\x07\x08\x0c\x0b\x0d")
# ---
# Implicit concatenation, triple quotes, line continuation
s = "abc" 'def' """ghi"""
print(s)
t = ("multi "
     "line "
     f"{1 + 1}")
print(t)
x = 1 + \
    2 + \
    3
print(x)
print("""first
second""")
print('''a\
b''')
y = [1,
     2,
     3]
print(y)
# ---
# Comments and semicolons, pass
a = 1; b = 2; print(a + b)  # trailing comment
if a: pass
print("done")  # another
# ---
# Identifiers: unicode names and keywords-adjacent names
café = 3
_private = 4
__dunder = 5
match = 6
case = 7
type_ = 8
print(café, _private, __dunder, match, case, type_)
# ---
# Number edge cases
print(0x7fffffffffffffff, 0xffffffffffffffff + 1)
print(-2**63, 2**64)
print(1_0e1_0, 0e0, 1E+2)
print(int("1_000"), float("1_0.5"), int("0x1f", 16), int("ff", 16), int("0b101", 0))
