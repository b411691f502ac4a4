"""HMAC (keyed hashing for message authentication, RFC 2104), written over
hashlib's objects."""
import hashlib as _hashlib_mod
import _hashlib

compare_digest = _hashlib.compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None

__all__ = ["new", "compare_digest", "digest", "HMAC"]


def _factory(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib_mod.new(digestmod, d)
    return lambda d=b"": digestmod.new(d)


class HMAC:
    """An HMAC object: update(msg), digest(), hexdigest(), copy()."""
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._make = _factory(digestmod)
        self._outer = self._make()
        self._inner = self._make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", 64)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._make(key).digest()
        self.block_size = blocksize
        key = bytes(key) + b"\x00" * (blocksize - len(key))
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._make = self._make
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object for key (bytes) and digestmod (a name or constructor)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg in one call."""
    if isinstance(digest, str):
        try:
            return _hashlib.hmac_digest(key, msg, digest)
        except ValueError:
            pass
    h = HMAC(key, msg, digest)
    return h.digest()
