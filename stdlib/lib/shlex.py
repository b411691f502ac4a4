"""A lexical analyser for shell-like syntax: split(), quote(), join() and
the shlex class (POSIX and compatibility modes, comments, punctuation)."""
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    """A tokenizer for shell-like text read from a string or stream."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token back onto the stack."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = " "

    def get_token(self):
        """The next token (a pushed-back one first), or self.eof."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        quoted = False
        after_escape = " "
        while True:
            ch = self._next_char()
            if ch == "\n":
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " ":
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and ch in self.escape:
                    after_escape = "a"
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = "a"
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = "c"
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = "a"
                else:
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
                continue
            if state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not self.posix:
                        self.token += ch
                        self.state = " "
                        break
                    self.state = "a"
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    after_escape = state
                    self.state = ch
                else:
                    self.token += ch
                continue
            if state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # Inside quotes the escape character stays unless it escapes
                # the quote or itself.
                if after_escape in self.quotes and ch != state and ch != after_escape:
                    self.token += state
                self.token += ch
                self.state = after_escape
                continue
            # state 'a' (a word) or 'c' (punctuation)
            if not ch:
                self.state = None
                break
            if ch in self.whitespace:
                self.state = " "
                if self.token or (self.posix and quoted):
                    break
                continue
            if ch in self.commenters:
                self.instream.readline()
                self.lineno += 1
                if self.posix:
                    self.state = " "
                    if self.token or (self.posix and quoted):
                        break
                continue
            if state == "c":
                if ch in self._punctuation_chars:
                    self.token += ch
                else:
                    if ch not in self.whitespace:
                        self._pushback_chars.append(ch)
                    self.state = " "
                    break
            elif self.posix and ch in self.quotes:
                self.state = ch
            elif self.posix and ch in self.escape:
                after_escape = "a"
                self.state = ch
            elif (ch in self.wordchars or ch in self.quotes
                  or (self.whitespace_split and ch not in self._punctuation_chars)):
                self.token += ch
            else:
                if self._punctuation_chars:
                    self._pushback_chars.append(ch)
                else:
                    self.pushback.appendleft(ch)
                self.state = " "
                if self.token or (self.posix and quoted):
                    break
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result

    def sourcehook(self, newfile):
        import os.path
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split s like a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """The shell-escaped text of a list of arguments."""
    return " ".join(quote(arg) for arg in split_command)


_safe_chars = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    """A shell-escaped version of s (single-quoted unless it is all safe)."""
    if not s:
        return "''"
    for c in s:
        if c not in _safe_chars:
            break
    else:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
