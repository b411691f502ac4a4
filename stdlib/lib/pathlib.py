"""Object-oriented filesystem paths (the POSIX flavour of CPython's pathlib).

A path is kept as its root ('', '/' or '//') and the tuple of its other
components, already normalised: repeated slashes and '.' components are
dropped, '..' is kept, as in CPython.
"""
import os
import io
import sys
import fnmatch
from errno import ENOENT, ENOTDIR, EBADF, ELOOP

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(e):
    return getattr(e, "errno", None) in _IGNORED_ERRNOS


def _split(text):
    """(root, components) of one path string."""
    root = ""
    if text.startswith("/"):
        root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    return root, [c for c in text.split("/") if c and c != "."]


def _text_of(a):
    if isinstance(a, PurePath):
        return str(a)
    t = os.fspath(a) if not isinstance(a, str) else a
    if not isinstance(t, str):
        raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r"
                        % (type(t),))
    return t


def _parse(args):
    root, parts = "", []
    for a in args:
        if isinstance(a, PurePath):
            r, p = a._root, list(a._tail)
        else:
            r, p = _split(_text_of(a))
        if r:
            root, parts = r, p
        else:
            parts.extend(p)
    return root, tuple(parts)


class _PathParents:
    """The sequence of a path's logical ancestors (path.parents)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._tail)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._make(p._root, p._tail[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path that does not touch the file system. PurePath(...) makes a
    PurePosixPath on this platform."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        self._str = None
        return self

    def _make(self, root, tail):
        p = object.__new__(type(self))
        p._root, p._tail = root, tuple(tail)
        p._str = None
        return p

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        s = self._str
        if s is None:
            s = self._str = (self._root + "/".join(self._tail)) or "."
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b"/-_.~"
        out = []
        for b in os.fsencode(str(self)):
            if (48 <= b <= 57) or (65 <= b <= 90) or (97 <= b <= 122) or b in safe:
                out.append(chr(b))
            else:
                out.append("%%%02X" % b)
        return "file://" + "".join(out)

    def _key(self):
        return (self._root != "", self._root) + self._tail

    def _cmp_parts(self):
        return list(self.parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._root == other._root and self._tail == other._tail

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    drive = property(lambda self: "", doc="The drive (always '' on POSIX).")
    root = property(lambda self: self._root, doc="The root: '', '/' or '//'.")
    anchor = property(lambda self: self._root, doc="Drive and root together.")

    @property
    def parts(self):
        if self._root:
            return (self._root,) + self._tail
        return self._tail

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._make(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _split(name) if isinstance(name, str) else ("", None)
        if not name or root or parts is None or len(parts) != 1 or parts[0] != name:
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (not suffix.startswith(".") or suffix == ".")):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._tail[:-1] + (name,))

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to = self._from_args(other)
        mine, theirs = self.parts, to.parts
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other "
                             "is absolute.".format(str(self), to._root + "/".join(to._tail)))
        rest = mine[n:]
        return self._make("", rest)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        pat = PurePosixPath(path_pattern)
        if not pat.parts:
            raise ValueError("empty pattern")
        mine = self.parts
        theirs = pat.parts
        if pat._root:
            if len(mine) != len(theirs):
                return False
        elif len(theirs) > len(mine):
            return False
        for part, p in zip(reversed(mine), reversed(theirs)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    def __class_getitem__(cls, item):
        return cls


class _PosixFlavour:
    sep = "/"
    altsep = ""


_posix_flavour = _PosixFlavour()


class PurePosixPath(PurePath):
    """A POSIX path that does not touch the file system."""
    _flavour = _posix_flavour


class PureWindowsPath(PurePath):
    """Windows paths are not supported by minipy."""

    def __new__(cls, *args):
        raise NotImplementedError("minipy's pathlib has no Windows flavour")


def _is_magic(s):
    return "*" in s or "?" in s or "[" in s


class Path(PurePath):
    """A path on the real file system. Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    # --- constructors -------------------------------------------------
    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        p = os.path.realpath(str(self.absolute()))
        if strict:
            os.stat(p)
        return self._from_args((p,))

    def expanduser(self):
        if not self._root and self._tail and self._tail[0].startswith("~"):
            home = os.path.expanduser(self._tail[0])
            if home == self._tail[0]:
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((home,) + self._tail[1:])
        return self

    def readlink(self):
        return self._from_args((os.readlink(self),))

    # --- queries ------------------------------------------------------
    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        return self._mode() is not None

    def _is_kind(self, fmt, follow=True):
        # The S_IFMT bits of st_mode name the file's kind.
        m = self._mode(follow)
        return m is not None and m & 0o170000 == fmt

    def is_dir(self):
        return self._is_kind(0o040000)

    def is_file(self):
        return self._is_kind(0o100000)

    def is_symlink(self):
        return self._is_kind(0o120000, follow=False)

    def is_fifo(self):
        return self._is_kind(0o010000)

    def is_socket(self):
        return self._is_kind(0o140000)

    def is_block_device(self):
        return self._is_kind(0o060000)

    def is_char_device(self):
        return self._is_kind(0o020000)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return (st.st_ino, st.st_dev) == (other.st_ino, other.st_dev)

    # --- directories --------------------------------------------------
    def iterdir(self):
        for name in os.listdir(self):
            yield self._make(self._root, self._tail + (name,))

    def _select(self, path, parts, seen):
        if not parts:
            key = str(path)
            if key not in seen:
                seen.add(key)
                yield path
            return
        head, rest = parts[0], parts[1:]
        if head == "**":
            for d in self._walk_dirs(path):
                yield from self._select(d, rest, seen)
        elif "**" in head:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        elif _is_magic(head):
            try:
                with os.scandir(path) as it:
                    entries = list(it)
            except OSError:
                return
            for e in entries:
                if rest:
                    try:
                        if not e.is_dir():
                            continue
                    except OSError:
                        continue
                if fnmatch.fnmatchcase(e.name, head):
                    yield from self._select(path._make(path._root, path._tail + (e.name,)), rest, seen)
        else:
            child = path._make(path._root, path._tail + (head,))
            if rest:
                if child.is_dir():
                    yield from self._select(child, rest, seen)
            elif child.exists():
                yield from self._select(child, rest, seen)

    def _walk_dirs(self, path):
        yield path
        try:
            with os.scandir(path) as it:
                entries = list(it)
        except OSError:
            return
        for e in entries:
            try:
                is_dir = e.is_dir() and not e.is_symlink()
            except OSError:
                is_dir = False
            if is_dir:
                yield from self._walk_dirs(path._make(path._root, path._tail + (e.name,)))

    def _pattern_parts(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._tail)
        if pattern.endswith("/"):
            parts.append("")
        return parts

    def _glob_parts(self, parts):
        dirs_only = parts and parts[-1] == ""
        if dirs_only:
            parts = parts[:-1]
        for p in self._select(self, parts, set()):
            if dirs_only and not p.is_dir():
                continue
            yield p

    def glob(self, pattern):
        """Iterate over the paths under this directory matching pattern."""
        return self._glob_parts(self._pattern_parts(pattern))

    def rglob(self, pattern):
        """glob() with '**/' in front of pattern: matches at any depth."""
        return self._glob_parts(["**"] + self._pattern_parts(pattern))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    # --- files --------------------------------------------------------
    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open(mode="wb") as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return self._from_args((target,))

    def replace(self, target):
        os.replace(self, target)
        return self._from_args((target,))

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)

    def link_to(self, target):
        os.link(self, target)


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
