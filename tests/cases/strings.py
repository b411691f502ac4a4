# split / rsplit / join / splitlines
s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("  lots   of   space ".split(), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("x"))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join(map(str, [1, 2])))
print("l1\nl2\r\nl3".splitlines(), "a\nb\n".splitlines(True))
try:
    "".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
# ---
# strip family
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "\t\n x \n".strip())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "keep".removeprefix("x"))
# ---
# replace / find / rfind / index / rindex / count
s = "hello world hello"
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("", "-")[:8])
print(s.find("world"), s.find("zzz"), s.rfind("hello"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), "aaaa".count("aa"))
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
# ---
# startswith / endswith with tuples and ranges
s = "filename.txt"
print(s.startswith("file"), s.endswith(".txt"), s.endswith((".py", ".txt")), s.startswith("name", 4))
print(s.startswith(""), "".endswith("x"), s.startswith(("a", "b")))
# ---
# Case methods
s = "hello wORLD, it's 3am"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("éa".upper(), "ÀB".lower(), "HELLO".casefold())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Title Case".istitle())
# ---
# is* predicates
for t in ["123", "12.5", "abc", "abc123", "", " ", "-1", "\t\n", "Ab_c"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace())
print("valid_name".isidentifier(), "2bad".isidentifier(), "abc".isascii(), "é".isascii(), "a\x00".isprintable())
# ---
# zfill / center / ljust / rjust / expandtabs
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "ab".center(7) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(6) + "]")
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]", "[" + "abcdef".rjust(3) + "]")
print("a\tbc\td".expandtabs(4))
# ---
# partition / rpartition
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
# ---
# % formatting
print("%s is %d years" % ("Ann", 30))
print("%5.2f|%-6s|%06d|%x|%X|%o|%e" % (3.14159, "ab", 42, 255, 255, 8, 12345.678))
print("%r %s %%" % ("q", "q"), "%c%c" % (72, "i"), "%(name)s=%(v)03d" % {"name": "n", "v": 7})
print("%+d % d %5s %-5d|" % (5, 5, "r", 3), "%.3s" % "abcdef", "%*d" % (5, 42))
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(type(e).__name__, e)
# ---
# str.format
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(3.14159))
print("{0!r:>10}".format("hi"), "{:,}".format(9876543210), "{:+.1e}".format(0.000123))
p = {"name": "Ann"}
print("{p[name]} has {n}".format(p=p, n=3), "{{}}".format())
# ---
# encode / decode
s = "héllo"
b = s.encode()
print(b, len(s), len(b), b.decode(), s.encode("utf-8") == b)
print("abc".encode("ascii"), b"\xc3\xa9".decode("utf-8"), s.encode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
# ---
# Slicing with steps and negative indices
s = "abcdefghij"
print(s[0], s[-1], s[-3], s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:2], s[100:], s[-100:2])
print(s[slice(1, 4)], s[slice(None, None, -3)], len(s[3:3]))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
# ---
# Immutability, comparison, multiplication, membership, ord order
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
print("abc" < "abd", "Z" < "a", "abc" < "ab", "" < "a", "a" * 3, "-" * 0, "bc" in s)
print(min("hello"), max("hello"), sorted("banana"), list(reversed("abc")))
print(len("héllo"), str(123) + "4", "abc".__len__(), "x".join(""))
# ---
# Other str methods: translate, maketrans, index on unicode, str() of objects
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), str.maketrans({"a": "1"}) == {97: "1"})
print("café"[3], "日本語"[1:], len("日本語"), "日本語".encode())
print(str(None), str(3.0), str([1, "a"]), str((1,)), str({"k": "v"}), str(b"x"))
print(repr("a'b\"c"), ascii("ü→"), "Ab" * 2 == "AbAb")
