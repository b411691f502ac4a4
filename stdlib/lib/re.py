"""Regular expression operations, with CPython 3.11's syntax and behaviour.

The matching engine is the built-in module _re (minipy's own backtracking
machine, stdlib/re_*.go); this module builds Pattern and Match objects,
replacement templates, split and the compiled-pattern cache on top of it.
"""

import enum
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        return _flags_repr(int(self), "NOFLAG")

    __str__ = __repr__


_FLAG_NAMES = [(1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
               (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"),
               (256, "ASCII")]


def _flags_repr(value, zero):
    if not value:
        return "re." + zero
    parts = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            parts.append("re." + name)
            value &= ~bit
    if value:
        parts.append(hex(value))
    return "|".join(parts)


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


def _sliceable(string):
    """What slices of the subject come from: str and bytes themselves;
    a str subclass as str, other bytes-like objects as bytes."""
    t = type(string)
    if t is str or t is bytes:
        return string
    if isinstance(string, str):
        return str(string)
    try:
        return bytes(string)
    except TypeError:
        return string


def _clamp(n, length):
    if n < 0:
        return 0
    if n > length:
        return length
    return n


class Pattern:
    """A compiled regular expression (made by re.compile)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return _mappingproxy(self._groupindex)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        r = self._prog.match(string, pos, endpos, 0, 0)
        return None if r is None else _new_match(self, string, pos, endpos, r)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        r = self._prog.match(string, pos, endpos, 1, 0)
        return None if r is None else _new_match(self, string, pos, endpos, r)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        r = self._prog.match(string, pos, endpos, 2, 0)
        return None if r is None else _new_match(self, string, pos, endpos, r)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return _finditer(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        prog = self._prog
        groups = self.groups
        text = _sliceable(string)
        out = []
        must = 0
        p = pos
        while True:
            r = prog.match(string, p, endpos, 1, must)
            if r is None:
                return out
            b = r[1]
            e = r[2]
            if groups == 0:
                out.append(text[b:e])
            elif groups == 1:
                out.append(text[r[3]:r[4]] if r[3] >= 0 else text[:0])
            else:
                empty = text[:0]
                out.append(tuple(text[r[i]:r[i + 1]] if r[i] >= 0 else empty
                                 for i in range(3, 2 * groups + 3, 2)))
            must = b == e
            p = e

    def split(self, string, maxsplit=0):
        text = _sliceable(string)
        if maxsplit < 0:
            return [text[:]]
        prog = self._prog
        groups = self.groups
        out = []
        last = 0
        n = 0
        must = 0
        p = 0
        while not maxsplit or n < maxsplit:
            r = prog.match(string, p, _MAXSIZE, 1, must)
            if r is None:
                break
            b = r[1]
            e = r[2]
            out.append(text[last:b])
            for i in range(3, 2 * groups + 3, 2):
                out.append(text[r[i]:r[i + 1]] if r[i] >= 0 else None)
            last = e
            n += 1
            must = b == e
            p = e
        out.append(text[last:])
        return out

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            filter = repl
            literal = None
        else:
            items = _compile_template(self, repl)
            if len(items) == 1 and not isinstance(items[0], int):
                literal = items[0]
                filter = None
            elif not items:
                literal = repl[:0]
                filter = None
            else:
                literal = None
                filter = items
        prog = self._prog
        text = _sliceable(string)
        pieces = []
        last = 0
        n = 0
        must = 0
        p = 0
        while not count or n < count:
            r = prog.match(string, p, _MAXSIZE, 1, must)
            if r is None:
                break
            b = r[1]
            e = r[2]
            if last < b:
                pieces.append(text[last:b])
            if literal is not None:
                pieces.append(literal)
            elif isinstance(filter, list):
                for item in filter:
                    if item.__class__ is int:
                        s = r[2 * item + 1]
                        if s >= 0:
                            pieces.append(text[s:r[2 * item + 2]])
                    else:
                        pieces.append(item)
            else:
                v = filter(_new_match(self, string, 0, _MAXSIZE, r))
                if v is not None:
                    pieces.append(v)
            last = e
            n += 1
            must = b == e
            p = e
        if last < len(text):
            pieces.append(text[last:])
        if isinstance(self.pattern, str):
            return "".join(pieces), n
        return b"".join(pieces), n

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        r = repr(self.pattern)[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        if flags:
            return "re.compile(%s, %s)" % (r, _flags_repr(flags, "NOFLAG"))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = 're'


def _mappingproxy(d):
    try:
        import types
        return types.MappingProxyType(d)
    except Exception:
        return dict(d)


def _finditer(pattern, string, pos, endpos):
    prog = pattern._prog
    must = 0
    p = pos
    while True:
        r = prog.match(string, p, endpos, 1, must)
        if r is None:
            return
        yield _new_match(pattern, string, pos, endpos, r)
        must = r[1] == r[2]
        p = r[2]


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must = 0

    def _next(self, mode):
        if self._pos is None:
            return None
        r = self.pattern._prog.match(self._string, self._pos, self._endpos, mode, self._must)
        if r is None:
            self._pos = None
            return None
        self._must = r[1] == r[2]
        self._pos = r[2]
        return _new_match(self.pattern, self._string, 0, self._endpos, r)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)


class Match:
    """The result of a successful match."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def lastindex(self):
        li = self._r[0]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self._r[0]
        if li < 0:
            return None
        for name, index in self.re._groupindex.items():
            if index == li:
                return name
        return None

    @property
    def regs(self):
        r = self._r
        return tuple((r[i], r[i + 1]) for i in range(1, len(r), 2))

    def _index(self, g):
        if g.__class__ is int:
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(type(g), '__index__'):
            i = g.__index__()
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError("no such group")

    def _get(self, g, default=None):
        r = self._r
        i = 2 * g + 1
        s = r[i]
        if s < 0:
            return default
        return self._s[s:r[i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._r[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._r[2 * self._index(group) + 2]

    def span(self, group=0):
        i = 2 * self._index(group) + 1
        return (self._r[i], self._r[i + 1])

    def expand(self, template):
        items = _compile_template(self.re, template)
        empty = self._s[:0]
        out = []
        for item in items:
            if item.__class__ is int:
                out.append(self._get(item) or empty)
            else:
                out.append(item)
        return empty.join(out)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._r[1], self._r[2], self._get(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = 're'


def _new_match(pattern, string, pos, endpos, r):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m._s = _sliceable(string)
    n = len(string)
    m.pos = _clamp(pos, n)
    m.endpos = _clamp(endpos, n)
    m._r = r
    return m


# --- the compiled-pattern cache

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                      "without an obvious purpose. Don't use it.", DeprecationWarning)
    prog = _re.compile(pattern, flags)
    if type(prog) is tuple:
        raise error(prog[0], None if prog[1] is None else pattern, prog[1])
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = prog.flags
    p.groups = prog.groups
    p._groupindex = prog.groupindex
    p._prog = prog
    p._templates = {}
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    s = str(pattern, 'latin1')
    return ''.join(['\\' + c if c in _SPECIAL else c for c in s]).encode('latin1')


# --- replacement templates

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                     't': '\t', 'v': '\v', '\\': '\\'}
_OCT = '01234567'
_DIGITS = '0123456789'


def _template_error(msg, source, pos, istext):
    if not istext:
        msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
    return error(msg, source, pos)


def _compile_template(pattern, repl):
    """Parse a replacement template into a list of literal pieces and
    group numbers (cached on the pattern)."""
    key = (type(repl), repl)
    try:
        return pattern._templates[key]
    except (KeyError, TypeError):
        pass
    istext = isinstance(repl, str)
    s = repl if istext else str(repl, 'latin1')
    items = []
    lit = []
    n = len(s)
    i = 0
    groupindex = pattern._groupindex
    ngroups = pattern.groups

    def addgroup(index, pos):
        if index > ngroups:
            raise _template_error("invalid group reference %d" % index, repl, pos, istext)
        if lit:
            items.append(''.join(lit))
            del lit[:]
        items.append(index)

    while i < n:
        c = s[i]
        i += 1
        if c != '\\':
            lit.append(c)
            continue
        if i >= n:
            raise _template_error("bad escape (end of pattern)", repl, n - 1, istext)
        c = s[i]
        i += 1
        if c == 'g':
            if i >= n or s[i] != '<':
                raise _template_error("missing <", repl, i, istext)
            i += 1
            j = s.find('>', i)
            if j < 0:
                if i >= n:
                    raise _template_error("missing group name", repl, i, istext)
                raise _template_error("missing >, unterminated name", repl, i, istext)
            name = s[i:j]
            if not name:
                raise _template_error("missing group name", repl, i, istext)
            i = j + 1
            if name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise _template_error("bad character in group name %r" % name,
                                          repl, i - len(name) - 1, istext) from None
                if index >= _re.MAXGROUPS:
                    raise _template_error("invalid group reference %d" % index,
                                          repl, i - len(name) - 1, istext)
            addgroup(index, i - len(name) - 1)
        elif c == '0':
            digits = c
            if i < n and s[i] in _OCT:
                digits += s[i]
                i += 1
                if i < n and s[i] in _OCT:
                    digits += s[i]
                    i += 1
            lit.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            start = i - 2
            digits = c
            if i < n and s[i] in _DIGITS:
                digits += s[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and s[i] in _OCT:
                    digits += s[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise _template_error('octal escape value \\%s outside of range 0-0o377'
                                              % digits, repl, start, istext)
                    lit.append(chr(v))
                    continue
            addgroup(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise _template_error('bad escape \\' + c, repl, i - 2, istext)
        else:
            lit.append('\\' + c)
    if lit:
        items.append(''.join(lit))
    if not istext:
        items = [x if x.__class__ is int else x.encode('latin1') for x in items]
    if len(pattern._templates) < 100:
        try:
            pattern._templates[key] = items
        except TypeError:
            pass
    return items

