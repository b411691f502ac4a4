"""Secure hashes and message digests (md5, sha1, sha2, sha3, shake) over
_hashlib, which uses Go's crypto packages. No blake2."""
import _hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
           "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s", "new", "algorithms_guaranteed", "algorithms_available",
           "pbkdf2_hmac", "file_digest")

algorithms_guaranteed = set(("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
                             "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"))
algorithms_available = set(_hashlib._algorithms)
pbkdf2_hmac = _hashlib.pbkdf2_hmac


def new(name, data=b"", **kwargs):
    """new(name, data=b'') - a hash object for the named algorithm."""
    return _hashlib.new(name, data, **kwargs)


def _constructor(algo):
    def construct(string=b"", *, usedforsecurity=True):
        return _hashlib.new(algo, string)
    construct.__name__ = "openssl_" + algo
    construct.__qualname__ = "openssl_" + algo
    construct.__doc__ = "Returns a %s hash object; optionally initialized with a string" % algo
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a binary file object opened for reading."""
    if isinstance(digest, str):
        d = new(digest)
    else:
        d = digest()
    if hasattr(fileobj, "getvalue"):  # BytesIO (CPython uses getbuffer)
        d.update(fileobj.getvalue())
        return d
    if not (hasattr(fileobj, "read") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        d.update(chunk)
    return d
