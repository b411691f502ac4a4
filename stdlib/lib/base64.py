"""Base16, Base32, Base64 (and URL-safe) data encodings (RFC 4648), Ascii85
and Base85, over binascii."""
import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode",
           "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "b85encode",
           "b85decode", "a85encode", "a85decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__)


def _need_bytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    return bytes(s)


def b64encode(s, altchars=None):
    """Base64-encode bytes; altchars (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(_need_bytes(s), newline=False)
    if altchars is not None:
        altchars = _need_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64; with validate, characters outside the alphabet are an error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode = bytes.maketrans(b"+/", b"-_")
_urlsafe_decode = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(_urlsafe_encode)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode)
    return b64decode(s)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = _need_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        for k in range(8):
            out.append(alphabet[(n >> (35 - 5 * k)) & 31])
        pad = {1: 6, 2: 4, 3: 3, 4: 1, 5: 0}[len(chunk)]
        if pad:
            out[-pad:] = b"=" * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    n = len(s)
    s = s.rstrip(b"=")
    padchars = n - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        acc = 0
        for c in quanta:
            try:
                acc = (acc << 5) + values[c]
            except KeyError:
                raise binascii.Error("Non-base32 digit found") from None
        acc <<= 5 * (8 - len(quanta))
        out += acc.to_bytes(5, "big")
    if n % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error("Incorrect padding")
    if padchars and out:
        keep = (43 - 5 * padchars) // 8
        out[-5:] = out[-5:][:keep]
    return bytes(out)


def b32encode(s):
    """Base32-encode bytes."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32; casefold accepts lower case, map01 maps 0/1 to O and I or L."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Base16 (upper-case hex) encoding."""
    return binascii.hexlify(_need_bytes(s)).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


_A85START = b"<~"
_A85END = b"~>"


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _need_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    words = [int.from_bytes(b[i:i + 4], "big") for i in range(0, len(b), 4)]
    chunks = []
    for word in words:
        if foldnuls and not word:
            chunks.append(b"z")
        elif foldspaces and word == 0x20202020:
            chunks.append(b"y")
        else:
            chunks.append(bytes((chars[word // 52200625], chars[word // 614125 % 85],
                                 chars[word // 7225 % 85], chars[word // 85 % 85], chars[word % 85])))
    if padding and not pad:
        if chunks[-1] == b"z":
            chunks[-1] = chars[0:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b"".join(chunks)


_a85chars = bytes(range(33, 118))
_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode bytes."""
    result = _85encode(b, _a85chars, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe:
            if len(chunks[-1]) + 2 > wrapcol:
                chunks.append(b"")
        result = b"\n".join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode Ascii85."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for c in b + b"u" * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for x in group:
                    acc = 85 * acc + (x - 33)
                try:
                    out += acc.to_bytes(4, "big")
                except OverflowError:
                    raise ValueError("Ascii85 overflow") from None
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    padding = 4 - len(group)
    if padding:
        del out[-padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85-encode bytes (the alphabet of git and Mercurial)."""
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    """Decode Base85."""
    b = _bytes_from_decode_data(b)
    values = {c: i for i, c in enumerate(_b85alphabet)}
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        acc = 0
        for j, c in enumerate(chunk):
            v = values.get(c)
            if v is None:
                raise ValueError("bad base85 character at position %d" % (i + j)) from None
            acc = acc * 85 + v
        try:
            out += acc.to_bytes(4, "big")
        except OverflowError:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i) from None
    if padding:
        del out[-padding:]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Base64-encode a binary file into lines of at most 76 characters."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a Base64 file."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodebytes(s):
    """Base64 in lines of 76 characters, each ending in a newline."""
    s = _need_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i: i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode the output of encodebytes."""
    return binascii.a2b_base64(_need_bytes(s))
