# uuid: parsing, formats, fields, namespaces, versions
import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.urn, u.version, u.variant)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for text in ("{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678"):
    print(uuid.UUID(text) == u, end=" ")
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u, int(u) == u.int)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"))
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b"bytes")
except TypeError as e:
    print("TypeError", e)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4(); print(r.version, r.variant == uuid.RFC_4122, len(str(r)), str(r)[14], str(r)[19] in "89ab", r != uuid.uuid4())
t = uuid.uuid1(); t2 = uuid.uuid1(); print(t.version, t.variant, t.time < t2.time, t.node == t2.node == uuid.getnode(), 0 <= t.clock_seq < 2 ** 14)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node, uuid.uuid1(clock_seq=5).clock_seq, uuid.UUID(int=1, version=4), uuid.UUID(int=0).variant)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), {u: 1}[uuid.UUID(str(u))], u < uuid.UUID(int=2 ** 127), u.is_safe)
for kw in ({"hex": "123"}, {"int": -1}, {"bytes": b"x"}, {"fields": (1, 2)}, {}, {"hex": str(u), "int": 1}, {"int": 1, "version": 9}):
    try:
        uuid.UUID(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(e)
# ---
# secrets
import secrets, string
print(len(secrets.token_bytes()), len(secrets.token_bytes(10)), len(secrets.token_hex()), len(secrets.token_hex(5)), len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe()))
print(all(c in string.hexdigits for c in secrets.token_hex(16)), all(c.isalnum() or c in "-_" for c in secrets.token_urlsafe(48)))
print(secrets.choice("abc") in "abc", 0 <= secrets.randbelow(10) < 10, 0 <= secrets.randbits(8) < 256, secrets.compare_digest(b"a", b"a"), type(secrets.SystemRandom()).__name__)
alphabet = string.ascii_letters + string.digits
pw = "".join(secrets.choice(alphabet) for _ in range(12)); print(len(pw), pw.isalnum())
for n in (0, -1):
    try:
        secrets.randbelow(n)
    except ValueError as e:
        print(e)
# ---
# platform
import platform, sys, os
print(platform.system(), platform.machine() == os.uname().machine, platform.node() == os.uname().nodename, platform.release() == os.uname().release)
print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation().lower() == sys.implementation.name)
u = platform.uname()
print(type(u).__name__, u.system, len(u), u[:3] == (u.system, u.node, u.release), u._fields, list(u)[:5] == [u.system, u.node, u.release, u.version, u.machine])
print(platform.architecture()[0], platform.platform().startswith("Linux-" + u.release + "-" + u.machine), platform.platform(terse=True) == platform.platform())
print(isinstance(platform.python_compiler(), str), platform.python_build()[0], platform.mac_ver(), platform.win32_ver(), platform.java_ver()[0])
info = platform.freedesktop_os_release(); print("ID" in info, "NAME" in info)
