"""Issue warnings and filter them: warn, filterwarnings, simplefilter,
catch_warnings, showwarning, formatwarning.

minipy's implementation. A warning is attributed to the frame `stacklevel`
levels up (its module, file and line); the first filter whose action,
message pattern, category, module pattern and line match decides what
happens. The actions "default", "module" and "once" remember shown
warnings in the attributed module's __warningregistry__ (or, for "once",
in onceregistry); those memories are dropped whenever the filters change.
"""

import sys
import linecache
from _minipy import c_function as _c_function

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter is (action, message pattern or None, category, module pattern
# or None, lineno), newest first, as in CPython's warnings.filters.
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


# ---- patterns ----
#
# Filter patterns are regular expressions matched at the start of the text
# (the message case-insensitively). minipy has no `re` module, so the common
# subset is matched here: literals, '.', classes [...], escapes (\d \w \s
# and escaped punctuation), groups with '|', the quantifiers * + ? and {m,n}
# (greedy, backtracking), and the anchors ^, $ and \Z.

class _Pattern:

    def __init__(self, source, ignore_case=False):
        self.pattern = source
        self.flags = 2 if ignore_case else 0
        self._ignore_case = ignore_case
        self._pos = 0
        self._tree = self._alternatives()
        if self._pos != len(source):
            raise ValueError("unbalanced parenthesis in pattern %r" % source)

    def __repr__(self):
        if self._ignore_case:
            return "re.compile(%r, re.IGNORECASE)" % self.pattern
        return "re.compile(%r)" % self.pattern

    def __eq__(self, other):
        if isinstance(other, _Pattern):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # -- parsing into nodes: ('alt', [seq...]), ('seq', [node...]),
    #    ('rep', node, lo, hi), ('set', negate, items), ('any',), ('lit', c),
    #    ('bol',), ('eol',), ('end',)

    def _alternatives(self):
        branches = [self._sequence()]
        while self._pos < len(self.pattern) and self.pattern[self._pos] == '|':
            self._pos += 1
            branches.append(self._sequence())
        return ('alt', branches)

    def _sequence(self):
        items = []
        src = self.pattern
        while self._pos < len(src) and src[self._pos] not in '|)':
            atom = self._atom()
            if self._pos < len(src) and src[self._pos] in '*+?{':
                lo, hi = self._quantifier()
                if self._pos < len(src) and src[self._pos] == '?':
                    self._pos += 1          # lazy: matched greedily, same result for match()
                atom = ('rep', atom, lo, hi)
            items.append(atom)
        return ('seq', items)

    def _quantifier(self):
        src = self.pattern
        c = src[self._pos]
        self._pos += 1
        if c == '*':
            return 0, None
        if c == '+':
            return 1, None
        if c == '?':
            return 0, 1
        close = src.find('}', self._pos)
        body = src[self._pos:close] if close >= 0 else ''
        lo_text, comma, hi_text = body.partition(',')
        if close < 0 or not (lo_text.isdigit() or (comma and not lo_text)):
            self._pos -= 1
            raise ValueError("unsupported repetition in pattern %r" % src)
        self._pos = close + 1
        lo = int(lo_text) if lo_text else 0
        if not comma:
            return lo, lo
        return lo, int(hi_text) if hi_text else None

    def _atom(self):
        src = self.pattern
        c = src[self._pos]
        self._pos += 1
        if c == '(':
            if src.startswith('?:', self._pos):
                self._pos += 2
            node = self._alternatives()
            if self._pos >= len(src) or src[self._pos] != ')':
                raise ValueError("missing ), unterminated subpattern in %r" % src)
            self._pos += 1
            return node
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '[':
            return self._class()
        if c == '\\':
            return self._escape(False)
        return ('lit', c)

    _CLASS_ESCAPES = {'d': (False, [('0', '9')]), 'D': (True, [('0', '9')]),
                      's': (False, [(' ', ' '), ('\t', '\r')]),
                      'S': (True, [(' ', ' '), ('\t', '\r')]),
                      'w': (False, [('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')]),
                      'W': (True, [('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')])}

    def _escape(self, in_class):
        src = self.pattern
        if self._pos >= len(src):
            raise ValueError("bad escape (end of pattern)")
        c = src[self._pos]
        self._pos += 1
        if c in self._CLASS_ESCAPES:
            negate, ranges = self._CLASS_ESCAPES[c]
            return ('set', negate, ranges)
        if c == 'Z' and not in_class:
            return ('end',)
        special = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}
        return ('lit', special.get(c, c))

    def _class(self):
        src = self.pattern
        negate = src[self._pos:self._pos + 1] == '^'
        if negate:
            self._pos += 1
        ranges = []
        first = True
        while self._pos < len(src) and (src[self._pos] != ']' or first):
            first = False
            c = src[self._pos]
            self._pos += 1
            if c == '\\':
                node = self._escape(True)
                if node[0] == 'set':
                    ranges.append(node)
                    continue
                c = node[1]
            if src[self._pos:self._pos + 1] == '-' and src[self._pos + 1:self._pos + 2] not in ('', ']'):
                hi = src[self._pos + 1]
                self._pos += 2
                ranges.append((c, hi))
            else:
                ranges.append((c, c))
        if self._pos >= len(src):
            raise ValueError("unterminated character set in %r" % src)
        self._pos += 1
        return ('set', negate, ranges)

    # -- matching: each node yields the positions where it can end

    def _char_ok(self, node, ch):
        kind = node[0]
        if kind == 'any':
            return ch != '\n'
        if kind == 'lit':
            if self._ignore_case:
                return ch.lower() == node[1].lower()
            return ch == node[1]
        negate, ranges = node[1], node[2]
        found = False
        for r in ranges:
            if len(r) == 3:
                if self._char_ok(r, ch):
                    found = True
                    break
            elif r[0] <= ch <= r[1] or (self._ignore_case and (
                    r[0] <= ch.lower() <= r[1] or r[0] <= ch.upper() <= r[1])):
                found = True
                break
        return found != negate

    def _ends(self, node, text, pos):
        kind = node[0]
        if kind == 'seq':
            yield from self._seq_ends(node[1], 0, text, pos)
        elif kind == 'alt':
            for branch in node[1]:
                yield from self._ends(branch, text, pos)
        elif kind == 'rep':
            yield from self._rep_ends(node, text, pos, 0)
        elif kind == 'bol':
            if pos == 0:
                yield pos
        elif kind == 'eol':
            if pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n'):
                yield pos
        elif kind == 'end':
            if pos == len(text):
                yield pos
        elif pos < len(text) and self._char_ok(node, text[pos]):
            yield pos + 1

    def _seq_ends(self, items, i, text, pos):
        if i == len(items):
            yield pos
            return
        for end in self._ends(items[i], text, pos):
            yield from self._seq_ends(items, i + 1, text, end)

    def _rep_ends(self, node, text, pos, count):
        _, inner, lo, hi = node
        if hi is None or count < hi:
            for end in self._ends(inner, text, pos):
                if end != pos:
                    yield from self._rep_ends(node, text, end, count + 1)
        if count >= lo:
            yield pos

    def match(self, text):
        for _ in self._ends(self._tree, text, 0):
            return True
        return False


def _compile(pattern, ignore_case=False):
    return _Pattern(pattern, ignore_case)


# ---- the filter list ----

def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(entry, append):
    if not append:
        try:
            filters.remove(entry)
        except ValueError:
            pass
        filters.insert(0, entry)
    elif entry not in filters:
        filters.append(entry)
    _filters_mutated()


def _check_filter_args(action, category, lineno):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'message' and 'module' are regular expressions matched at the start of
    the warning text (case-insensitively) and of the module name."""
    _check_filter_args(action, category, lineno)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    msg = _compile(message, True) if message else None
    mod = _compile(module) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front):
    any message, any module."""
    _check_filter_args(action, category, lineno)
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _option_filter(arg):
    """One -W / PYTHONWARNINGS entry: action:message:category:module:lineno."""
    parts = [p.strip() for p in arg.split(':')]
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = parts
    for name in _ACTIONS:
        if name.startswith(action) and action:
            action = name
            break
    else:
        if action != 'default' and action not in _ACTIONS:
            raise _OptionError("invalid action: %r" % (action,))
    cat = Warning
    if category:
        cat = getattr(__import__('builtins'), category, None)
        if not (isinstance(cat, type) and issubclass(cat, Warning)):
            raise _OptionError("invalid warning category: %r" % (category,))
    if message:
        message = ''.join('\\' + c if not (c.isalnum() or c == '_') else c for c in message)
    if module:
        module = ''.join('\\' + c if not (c.isalnum() or c == '_') else c for c in module) + r'\Z'
    line = 0
    if lineno:
        try:
            line = int(lineno)
            if line < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    filterwarnings(action, message, cat, module, line)


class _OptionError(Exception):
    """Exception used by option processing helpers."""


# ---- showing ----

class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _format(WarningMessage(message, category, filename, lineno, None, line))


def _format(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        try:
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


def _write(msg):
    out = msg.file if msg.file is not None else sys.stderr
    if out is None:
        return
    try:
        out.write(_format(msg))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def _showwarnmsg_impl(msg):
    _write(msg)


_original_showwarning = showwarning


def _showwarnmsg(msg):
    """Show msg through showwarning when a program replaced it (the
    documented hook), else through _showwarnmsg_impl."""
    hook = globals().get('showwarning')
    if hook is not _original_showwarning:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---- warning ----

def _caller(stacklevel):
    """(globals, filename, lineno) of the frame stacklevel levels above warn's caller."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return sys.__dict__, "sys", 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


@_c_function
def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    g, filename, lineno = _caller(max(stacklevel, 1))
    module = g.get('__name__') or '<string>'
    registry = g.setdefault('__warningregistry__', {})
    _warn_explicit(message, category, filename, lineno, module, registry, g, source)


def _matches(pattern, text):
    """None matches anything; a plain string (the start-up filters) must be
    equal; otherwise a compiled pattern."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _decide(text, category, module, lineno):
    for action, msg, cat, mod, line in filters:
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (line == 0 or lineno == line)):
            return action
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning attributed to filename:lineno in module."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _decide(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, action))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# warn calls the Python function; the module's warn_explicit is wrapped
# like warn (no frames of its own in tracebacks).
_warn_explicit = warn_explicit
warn_explicit = _c_function(warn_explicit)


# ---- catch_warnings ----

class catch_warnings(object):
    """A context manager that copies and, upon exit, restores the warnings
    filter and the showwarning() function.

    With record=True, showwarning is replaced by a function that appends
    WarningMessage objects to the list that __enter__ returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved_filters = mod.filters
        mod.filters = self._saved_filters[:]
        mod._filters_mutated()
        self._saved_showwarning = mod.showwarning
        self._saved_showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            # Recording goes through _showwarnmsg_impl, so showwarning is
            # reset to the original one.
            mod.showwarning = mod._original_showwarning
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._saved_filters
        mod._filters_mutated()
        mod.showwarning = self._saved_showwarning
        mod._showwarnmsg_impl = self._saved_showwarnmsg_impl


# ---- start-up ----

def _install_defaults():
    # CPython's release-build defaults: DeprecationWarning is shown when it
    # is attributed to __main__ and ignored elsewhere.
    filters[:] = [("default", None, DeprecationWarning, "__main__", 0),
                  ("ignore", None, DeprecationWarning, None, 0),
                  ("ignore", None, PendingDeprecationWarning, None, 0),
                  ("ignore", None, ImportWarning, None, 0),
                  ("ignore", None, ResourceWarning, None, 0)]
    for option in sys.warnoptions:
        try:
            _option_filter(option)
        except _OptionError as e:
            print("Invalid -W option ignored:", e, file=sys.stderr)


_install_defaults()
