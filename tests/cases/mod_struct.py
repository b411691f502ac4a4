# struct: pack/unpack with byte orders, sizes, alignment
import struct
for fmt in ("<i", ">i", "!H", "=q", "<d", ">f", "<e", "@id", "@di", "ci", "<ci", "3s2xh", "0s", "2p", "4sQ", "i i", "<?bBhHiIlLqQ", "@?bBhHiIlLqQnNP", "<10s", ">3c", "=efd"):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("<i", 1), struct.pack(">i", -2), struct.pack("!H", 65535), struct.pack("<q", -1), struct.pack(">Q", 2 ** 64 - 1))
print(struct.pack("<d", 1.5), struct.pack(">f", 0.1), struct.pack("<e", 1.5), struct.pack("<e", 65504.0), struct.pack(">e", -2.0 ** -24), struct.pack("<e", 1e-10), struct.pack("<e", float("inf")), struct.pack("<e", float("nan")))
print(struct.pack("@id", 7, 2.0), struct.pack("<3s2xh", b"abcdef", 5), struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("2s", b"a"), struct.pack("?", [1]), struct.pack("3?", 0, "x", None))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.unpack("<e", b"\x00\x3c"), struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\x00\x7c"), struct.unpack(">f", struct.pack(">f", 0.1)), struct.unpack("<d", struct.pack("<d", -0.0)))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("<3s2xh", b"abc\0\0\x05\x00"), struct.unpack("??", b"\x00\x05"), struct.unpack(">3c", b"xyz"), struct.unpack("<BbHh", b"\xff\xff\xff\xff\xff\xff"))
rec = struct.pack("<I8sd?", 42, b"name", 3.25, True)
print(rec, len(rec), struct.unpack("<I8sd?", rec))
class Idx:
    def __index__(self):
        return 7
print(struct.pack("<h", Idx()), struct.pack("<d", 1), struct.pack("<f", True), struct.pack(b"<H", 1))
import random
r = random.Random(1)
for _ in range(200):
    v = r.uniform(-70000, 70000) * 2.0 ** r.randrange(-30, 3)
    try:
        h = struct.pack("<e", v)
    except OverflowError:
        continue
    assert struct.pack("<e", struct.unpack("<e", h)[0]) == h
    print(h.hex(), end=" ")
print()
# ---
# struct: Struct objects, pack_into/unpack_from, iter_unpack
import struct
s = struct.Struct("<hhl")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00"), type(s).__name__, repr(s).startswith("<_struct.Struct object at 0x"))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3); print(buf)
struct.pack_into(">H", buf, 0, 0xABCD); print(buf, struct.unpack_from("<h", buf, 2), s.unpack_from(buf, 2), struct.unpack_from(">H", buf))
struct.pack_into("<b", buf, -1, 9); print(buf[-1], struct.unpack_from("<b", buf, -1))
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(type(it).__name__, it.__length_hint__(), list(it), list(s.iter_unpack(b"")))
print(struct.Struct(b">I").format, struct.Struct("i").size)
points = [(1, 2), (3, 4), (5, 6)]
pt = struct.Struct("<ii")
blob = b"".join(pt.pack(*p) for p in points)
print([pt.unpack_from(blob, i * pt.size) for i in range(3)] == points, [p for p in pt.iter_unpack(blob)])
# ---
# struct: errors
import struct
cases = [("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2 ** 31), ("I", -1), ("I", 2 ** 32), ("l", 2 ** 63), ("L", -1), ("q", 2 ** 63), ("Q", -1),
         ("<h", 40000), ("<H", 70000), ("<i", 2 ** 31), ("<I", -1), ("<I", 2 ** 32), ("<l", 2 ** 31), ("<L", 2 ** 32), ("<q", 2 ** 63), ("<Q", 2 ** 64), (">Q", -1), (">q", 2 ** 63),
         ("n", 2 ** 63), ("N", -1), ("i", 1.0), ("i", "x"), ("f", "x"), ("d", None), ("<f", 1e300), ("e", 1e10), ("<e", 65520.0), ("c", b"ab"), ("c", "a"), ("s", "x"), ("p", 1)]
for fmt, v in cases:
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for f in ("z", "10000000000000000000i", "3"):
    try:
        struct.calcsize(f)
    except struct.error as e:
        print(repr(f), e)
tests = [lambda: struct.unpack("<i", b"abc"), lambda: struct.unpack_from("<i", b"abcde", 3), lambda: struct.iter_unpack("<i", b"abcde"),
         lambda: struct.pack("<ii", 1), lambda: struct.pack("<i", 1, 2), lambda: struct.pack_into("<i", bytearray(2), 0, 1),
         lambda: struct.unpack_from("<i", b"abcde", -10), lambda: struct.pack_into("<i", b"abcd", 0, 1), lambda: struct.unpack("<i", "abcd"),
         lambda: struct.Struct(5), lambda: struct.iter_unpack("", b""), lambda: struct.pack_into("<h", bytearray(4), 5, 1),
         lambda: struct.unpack_from("<i", b"abcde", 10), lambda: struct.pack_into("<i", bytearray(5), -2, 1), lambda: struct.pack_into("<i", bytearray(5), -20, 1)]
for t in tests:
    try:
        t()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__)
