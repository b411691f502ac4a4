"""Regular expression operations, with CPython 3.11's syntax and behaviour.

The engine, re.Pattern and re.Match are the built-in module _re
(minipy's own backtracking machine, stdlib/re_*.go); this module adds the
module-level functions, the compiled-pattern cache, RegexFlag, re.error,
escape, the parser of replacement templates and Scanner.
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
        return _flags_repr(int(self), "NOFLAG", _MEMBER_ORDER)

    __str__ = __repr__


# Pattern reprs list flags in the order of CPython's C code; RegexFlag
# reprs in the order the members are defined.
_FLAG_NAMES = [(1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
               (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"),
               (256, "ASCII")]
_MEMBER_ORDER = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
                 (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"),
                 (128, "DEBUG")]


def _flags_repr(value, zero, order=_FLAG_NAMES):
    if not value:
        return "re." + zero
    parts = []
    for bit, name in order:
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


Pattern = _re.Pattern
Match = _re.Match


# --- the compiled-pattern cache

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags, warn_template=True):
    p = _cache.get((type(pattern), pattern, flags))
    if p is not None:
        return p
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE and warn_template:
        _warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
              "without an obvious purpose. Don't use it.", DeprecationWarning, 2)
    p = _re.compile(pattern, flags, _compile_template, _compile, _warn)
    if type(p) is tuple:
        raise error(p[0], None if p[1] is None else pattern, p[1])
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def _warn(msg, category=FutureWarning, stacklevel=4):
    # From _re.compile, the default stacklevel reaches past _compile and
    # the function the user called.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(msg, category, stacklevel=stacklevel)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    _warn("The re.template() function is deprecated as it is an undocumented "
          "function without an obvious purpose. Use re.compile() instead.",
          DeprecationWarning, 2)
    return _compile(pattern, flags | TEMPLATE, False)


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
    group numbers (the pattern caches it)."""
    istext = isinstance(repl, str)
    s = repl if istext else str(repl, 'latin1')
    items = []
    lit = []
    n = len(s)
    i = 0
    groupindex = pattern.groupindex
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
    return items



class Scanner:
    """A simple lexer (undocumented in CPython, but there): lexicon is a
    list of (pattern, action) pairs; scan() returns the actions' results
    and the unscanned rest."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._actions = {}
        parts = []
        index = 1
        for phrase, action in lexicon:
            groups = _compile(phrase, flags).groups
            self._actions[index] = action
            parts.append('(%s)' % phrase)
            index += 1 + groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
