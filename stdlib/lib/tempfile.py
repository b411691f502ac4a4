"""Temporary files and directories (POSIX).

Names are prefix + 8 characters drawn from [a-z0-9_] + suffix; files are
created with O_EXCL and mode 0o600, directories with mode 0o700, retrying on
a name clash, as CPython does.
"""
import os as _os
import io as _io
import errno as _errno
import shutil as _shutil
import _thread

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_FILE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, "O_NOFOLLOW", 0) | getattr(_os, "O_CLOEXEC", 0)
_lock = _thread.allocate_lock()
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        import random
        _rng = random.Random()
    choose = _rng.choice
    return "".join(choose(_CHARS) for _ in range(8))


def _candidate_dirs():
    out = []
    for var in ("TMPDIR", "TEMP", "TMP"):
        d = _os.getenv(var)
        if d:
            out.append(d)
    out.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        out.append(_os.getcwd())
    except OSError:
        out.append(_os.curdir)
    return out


def _usable_dir():
    """The first candidate directory in which a file can really be created."""
    for d in _candidate_dirs():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            path = _os.path.join(d, _random_name())
            try:
                fd = _os.open(path, _FILE_FLAGS, 0o600)
            except FileExistsError:
                continue
            except PermissionError:
                break
            except OSError:
                break
            try:
                _os.write(fd, b"blat")
            finally:
                _os.close(fd)
                _os.unlink(path)
            return d
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" % _candidate_dirs())


def gettempdir():
    """The directory temporary files go in (the tempdir global once set)."""
    global tempdir
    if tempdir is None:
        with _lock:
            if tempdir is None:
                tempdir = _usable_dir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {bytes}
    if suffix is None:
        suffix = b"" if as_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, as_bytes


def _names(prefix, suffix, dir, as_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if as_bytes:
            name = name.encode()
        yield _os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only this user can read and write; return (fd, absolute path)."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    for path in _names(prefix, suffix, dir, as_bytes):
        try:
            fd = _os.open(path, _FILE_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only this user can use; return its absolute path."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    for path in _names(prefix, suffix, dir, as_bytes):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path  # as given (3.11; 3.12 makes it absolute)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(prefix, suffix, dir, False):
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileCloser:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """A file object whose .name is on disk, removed on close when delete is true.

    Attribute access is forwarded to the real file (.file)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), deleted on close if delete."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        try:
            _os.close(fd)
        except OSError:
            pass
        raise
    try:
        raw = getattr(file, "buffer", file)
        raw = getattr(raw, "raw", raw)
        raw.name = name
    except AttributeError:
        pass
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file (its name is unlinked at once; .name is the fd)."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    """Kept in memory (BytesIO/StringIO) until it grows past max_size or
    fileno() is asked for, then moved to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {"mode": mode, "buffering": buffering, "suffix": suffix,
                                   "prefix": prefix, "encoding": encoding, "newline": newline,
                                   "dir": dir, "errors": errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        if hasattr(newfile, "buffer"):
            newfile.buffer.write(file.getvalue().encode(newfile.encoding))
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory:
    """A directory removed with its contents by cleanup(), at the end of a
    with block, or when the object is freed."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def _remove(self):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                try:
                    if path != self.name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    if _os.path.isdir(path) and not _os.path.islink(path):
                        _shutil.rmtree(path, onerror=onerror)
                    else:
                        _os.unlink(path)
                    return
                except FileNotFoundError:
                    return
                except OSError:
                    if not self._ignore_cleanup_errors:
                        raise
                    return
            if issubclass(exc_info[0], FileNotFoundError):
                return
            if not self._ignore_cleanup_errors:
                raise exc_info[1]
        _shutil.rmtree(self.name, onerror=onerror)

    def cleanup(self):
        if not self._done:
            self._done = True
            if _os.path.exists(self.name):
                self._remove()

    def __del__(self):
        if not getattr(self, "_done", True):
            try:
                self.cleanup()
            except Exception:
                pass

    def __class_getitem__(cls, item):
        return cls
