# hashlib: constructors, update/digest/hexdigest/copy, attributes
import hashlib
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512"):
    h = getattr(hashlib, name)(b"hello ")
    h.update(b"world")
    c = h.copy(); c.update(b"!")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), len(h.digest()), c.hexdigest()[:16], h.hexdigest() == hashlib.new(name, b"hello world").hexdigest())
print(hashlib.sha256().hexdigest(), hashlib.md5(b"").digest())
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest(), hashlib.new("sha512_256", b"").hexdigest()[:20])
big = bytes(range(256)) * 1000
h = hashlib.sha1(); h.update(big); h.update(bytearray(b"tail")); print(h.hexdigest())
print(hashlib.md5(string=b"kw").hexdigest(), hashlib.sha256(b"x", usedforsecurity=False).hexdigest()[:8])
s = hashlib.shake_128(b"data"); print(s.name, s.digest_size, s.hexdigest(10), s.digest(4), hashlib.shake_256(b"").hexdigest(8))
print(type(hashlib.md5()).__name__, repr(hashlib.sha256()).startswith("<sha256 _hashlib.HASH object @ 0x"))
print(sorted(hashlib.algorithms_guaranteed), hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for bad in (lambda: hashlib.md5("text"), lambda: hashlib.sha1(5), lambda: hashlib.new("nope"), lambda: hashlib.md5().update("s")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"NaCl", 2, dklen=10).hex())
import io
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest()[:16])
open("f.bin", "wb").write(b"file contents\n" * 100)
with open("f.bin", "rb") as f:
    print(hashlib.file_digest(f, hashlib.md5).hexdigest())
# ---
# hmac
import hmac, hashlib
m = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print(m.hexdigest(), m.digest_size, m.block_size, m.name)
m2 = m.copy(); m2.update(b" jumps"); print(m2.hexdigest()[:16], m.hexdigest()[:16])
print(hmac.new(b"k" * 100, b"msg", "md5").hexdigest(), hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"key")
except TypeError as e:
    print(e)
try:
    hmac.compare_digest("a", b"a")
except TypeError as e:
    print(e)
# ---
# base64 and binascii
import base64, binascii
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)) + b"\xfb\xff?>"):
    print(base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.b32hexencode(data), base64.b85encode(data), base64.a85encode(data))
    assert base64.b64decode(base64.b64encode(data)) == data and base64.b32decode(base64.b32encode(data)) == data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data and base64.a85decode(base64.a85encode(data)) == data
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="), base64.b64decode("aGVsbG8=extra"), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=None), base64.b16decode("666f6f", casefold=True), base64.standard_b64encode(b"x"))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"), base64.a85encode(b"\0\0\0\0 spaces    ", foldspaces=True, adobe=True))
for bad in (lambda: base64.b64decode("abc"), lambda: base64.b64decode("a"), lambda: base64.b64decode("ab$c=", validate=True),
            lambda: base64.b64encode("str"), lambda: base64.b32decode("MZXW6"), lambda: base64.b16decode("zz"),
            lambda: base64.b64decode("é"), lambda: base64.b32decode("M1XW6YQ=")):
    try:
        print(bad())
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"xyz", "-"), binascii.hexlify(b"abcdef", b":", 2))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"abc", 0), binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk=\n"))
print(binascii.b2a_base64(b"hi", newline=False), issubclass(binascii.Error, ValueError))
for bad in (lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64("a===", strict_mode=True)):
    try:
        bad()
    except binascii.Error as e:
        print("Error", e)
# ---
# hashlib: blake2b and blake2s (keys, salts, personalisation, sizes)
import hashlib
for data in (b"", b"abc", bytes(range(256)) * 5):
    for kw in ({}, {"digest_size": 16}, {"key": b"secret"}, {"salt": b"NaCl", "person": b"me"}, {"key": b"k" * 32, "digest_size": 20, "last_node": True, "node_offset": 3, "fanout": 2, "depth": 3, "leaf_size": 7, "node_depth": 1, "inner_size": 9}):
        print(hashlib.blake2b(data, **kw).hexdigest(), hashlib.blake2s(data, **kw).hexdigest())
h = hashlib.blake2b(b"part1", digest_size=32); c = h.copy(); c.update(b"part2"); h.update(b"part2")
print(h.hexdigest() == c.hexdigest(), h.name, h.digest_size, h.block_size, hashlib.blake2s().block_size, type(h).__name__, repr(h).startswith("<_blake2.blake2b object at 0x"))
print(hashlib.new("blake2b", b"x", digest_size=16).hexdigest(), hashlib.new("blake2s", b"y").hexdigest())
for f, kw in ((hashlib.blake2b, {"digest_size": 0}), (hashlib.blake2b, {"digest_size": 65}), (hashlib.blake2b, {"key": b"x" * 65}), (hashlib.blake2b, {"salt": b"x" * 17}),
              (hashlib.blake2b, {"person": b"x" * 17}), (hashlib.blake2b, {"fanout": 256}), (hashlib.blake2b, {"depth": 0}), (hashlib.blake2b, {"leaf_size": -1}),
              (hashlib.blake2s, {"digest_size": 33}), (hashlib.blake2s, {"key": b"x" * 33}), (hashlib.blake2s, {"salt": b"x" * 9}), (hashlib.blake2s, {"node_offset": 2 ** 48})):
    try:
        f(**kw)
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
