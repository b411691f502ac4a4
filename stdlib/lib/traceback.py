"""Extract, format and print stack traces and exceptions, as CPython 3.11's
traceback module does (minipy's own implementation).

Frames come from tracebacks (tb_frame/tb_lineno/tb_next) and from frame
objects (f_code/f_lineno/f_back); source lines from linecache. The last
line of an exception is formatted by the interpreter itself (_traceback),
so a printed traceback reads exactly like an uncaught one.
"""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

# A frame repeated more than this many times in a row is shown this many
# times, then summarised ("[Previous line repeated 996 more times]").
_RECURSIVE_CUTOFF = 3

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


class FrameSummary:
    """One entry of a stack: file, line number, function name, source, and
    the source range of the instruction (end_lineno; colno and end_colno,
    which count UTF-8 bytes), when known."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        """The source line as it is, blanks and line end included."""
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from f outwards; f=None starts at the caller
    of the function that called walk_stack."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_positions(tb):
    """Like walk_tb, with the source range of the instruction that raised:
    (frame, (lineno, end_lineno, colno, end_colno))."""
    while tb is not None:
        pos = None
        if tb.tb_lasti >= 0:
            for i, p in enumerate(tb.tb_frame.f_code.co_positions()):
                if i == tb.tb_lasti // 2:
                    pos = p
                    break
        if pos is None:
            pos = (tb.tb_lineno, None, None, None)
        elif pos[0] is None:
            pos = (tb.tb_lineno,) + tuple(pos[1:])
        yield tb.tb_frame, pos
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        return klass._extract_positions(
            ((f, (lineno, None, None, None)) for f, lineno in frame_gen),
            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_positions(klass, frame_gen, *, limit=None, lookup_lines=True,
                           capture_locals=False):
        # frame_gen yields (frame, (lineno, end_lineno, colno, end_colno)).
        entries = list(frame_gen)
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in entries:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line.strip())
            row += _marker_line(frame_summary)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == last:
                count += 1
            else:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last, count = key, 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _char_offset(s, offset):
    """The number of characters in the first `offset` UTF-8 bytes of s."""
    return len(s.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _marker_line(fs):
    """The ~~^^~~ line under a frame's source line (PEP 657), or ''.

    These are the rules of CPython 3.11's traceback module, which differ a
    little from the interpreter's own printer (runtime/tbcarets.go): the
    line is stripped of blanks at both ends, the segment's anchors mix byte
    and character offsets, and the indentation is measured from the line as
    read, line end and trailing blanks included."""
    if fs.colno is None or fs.end_colno is None:
        return ''
    stripped = fs.line.strip()
    line = fs._original_line
    margin = len(line) - len(fs.line.lstrip())
    start = _char_offset(line, fs.colno)
    end = _char_offset(line, fs.end_colno)
    segment = line[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _anchors(segment)
        except Exception:
            anchors = None
    else:
        end = len(line.rstrip())
    if not (end - start < len(stripped) or
            (anchors and anchors[1] - anchors[0] > 0)):
        return ''
    width = _traceback.display_width
    dp_start = width(line, start) + 1
    dp_end = width(line, end) + 1
    out = '    ' + ' ' * (dp_start - margin)
    if anchors:
        left = width(segment, anchors[0])
        right = width(segment, anchors[1])
        out += '~' * left + '^' * (right - left) + '~' * (dp_end - dp_start - right)
    else:
        out += '^' * (dp_end - dp_start)
    return out + '\n'


def _anchors(segment):
    """(left_end, right_start) of the '^' part inside segment, in
    characters (as CPython computes them), or None."""
    found = _traceback.segment_anchors(segment)
    if found is None:
        return None
    kind, a, b = found
    n = len(segment)
    if kind == 1:
        # A binary operation: a is the left operand's end, b the right
        # operand's start (bytes). The operator is the first non-blank
        # between them; parentheses and comments are skipped.
        between = segment[_char_offset(segment, a):_char_offset(segment, b)]
        skip = len(between) - len(between.lstrip())
        left = a + skip
        right = left + 1
        if skip + 1 < len(between) and not between[skip + 1].isspace():
            right += 1
        while left < n and (segment[left].isspace() or segment[left] in ')#'):
            left += 1
            right += 1
        return _char_offset(segment, left), _char_offset(segment, right)
    # A subscript: from the '[' after the value to just past the ']'.
    left = _char_offset(segment, a)
    right = _char_offset(segment, b + 1)
    while left < n and (segment[left].isspace() or segment[left] != '['):
        left += 1
    while right < n and (segment[right].isspace() or segment[right] != ']'):
        right += 1
    if right < n:
        right += 1
    return left, right


def _repeated(n):
    return '  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else '')


def extract_tb(tb, limit=None):
    return StackSummary._extract_positions(_walk_tb_positions(tb), limit=_tb_limit(limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def _tb_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


_sentinel = object()


def _exc_args(exc, value, tb):
    """Accept both print_exception(exc) and the old (type, value, tb)."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None or not isinstance(value, BaseException):
        return ['%s\n' % _type_name(exc if value is None else type(value), value)]
    return _lines(_traceback.format_exception_only(value))


def _type_name(etype, value):
    if etype is None or value is None:
        return 'NoneType: None' if value is None else str(value)
    return etype.__qualname__


def _lines(text):
    return [line + '\n' for line in text.split('\n')[:-1]]


def _chain(value, tb, chain):
    """The exceptions to print, oldest first, each with the text that
    introduces the next one (None for the last)."""
    out = []
    seen = set()
    link = None
    while value is not None and id(value) not in seen:
        seen.add(id(value))
        out.append((value, tb, link))
        if not chain:
            break
        if value.__cause__ is not None:
            link = _CAUSE
            value = value.__cause__
        elif value.__context__ is not None and not value.__suppress_context__:
            link = _CONTEXT
            value = value.__context__
        else:
            break
        tb = value.__traceback__
    out.reverse()
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _exc_args(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if any(isinstance(v, BaseExceptionGroup) for v, _, _ in _chain(value, tb, chain)):
        return _GroupFormatter(limit, chain).format(value, tb)
    result = []
    for v, t, link in _chain(value, tb, chain):
        if t is not None:
            result.append('Traceback (most recent call last):\n')
            result.extend(format_tb(t, limit=limit))
        result.extend(format_exception_only(v))
        if link:
            result.append(link)
    return result


class _GroupFormatter:
    """format_exception for chains holding exception groups: CPython's
    boxed layout, each member numbered, nested groups indented (at most 15
    members and 10 levels shown)."""

    max_width = 15
    max_depth = 10

    def __init__(self, limit, chain):
        self.limit = limit
        self.chain = chain
        self.depth = 0
        self.need_close = False
        self.out = []

    def emit(self, lines, margin='|'):
        prefix = ' ' * (2 * self.depth)
        if self.depth:
            prefix += margin + ' '
        for text in lines:
            for line in text.splitlines(True):
                self.out.append(prefix + line)

    def format(self, value, tb):
        self._format(value, tb)
        return self.out

    def _format(self, value, tb):
        for v, t, link in _chain(value, tb, self.chain):
            if not isinstance(v, BaseExceptionGroup):
                if t is not None:
                    self.emit(['Traceback (most recent call last):\n'])
                    self.emit(format_tb(t, limit=self.limit))
                self.emit(format_exception_only(v))
            elif self.depth > self.max_depth:
                self.emit(['... (max_group_depth is %d)\n' % self.max_depth])
            else:
                self._format_group(v, t)
            if link:
                self.emit([link])

    def _format_group(self, group, tb):
        toplevel = self.depth == 0
        if toplevel:
            self.depth += 1
        if tb is not None:
            self.emit(['Exception Group Traceback (most recent call last):\n'],
                      '+' if toplevel else '|')
            self.emit(format_tb(tb, limit=self.limit))
        self.emit(format_exception_only(group))
        members = group.exceptions
        shown = min(len(members), self.max_width + 1)
        self.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                self.need_close = True
            cut = i >= self.max_width
            title = '...' if cut else str(i + 1)
            self.out.append(' ' * (2 * self.depth) + ('+-' if i == 0 else '  ')
                            + '+---------------- %s ----------------\n' % title)
            self.depth += 1
            if not cut:
                self._format(members[i], members[i].__traceback__)
            else:
                more = len(members) - self.max_width
                self.emit(['and %d more exception%s\n' % (more, 's' if more > 1 else '')])
            if last and self.need_close:
                self.out.append(' ' * (2 * self.depth) + '+------------------------------------\n')
                self.need_close = False
            self.depth -= 1
        if toplevel:
            self.depth = 0


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def clear_frames(tb):
    """Frames are cleared when they return in minipy: nothing to do."""


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._str = str(exc_value) if exc_value is not None else ''
        self.stack = StackSummary._extract_positions(
            _walk_tb_positions(exc_traceback), limit=_tb_limit(limit),
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_value is not None:
            for attr in ('__cause__', '__context__'):
                e = getattr(exc_value, attr)
                if e is not None and id(e) not in _seen:
                    setattr(self, attr, TracebackException(type(e), e, e.__traceback__,
                                                           limit=limit, _seen=_seen))
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self.exc_type, self._exc)

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _CAUSE
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield _CONTEXT
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
