"""Shell-style wildcard matching: * ? [seq] [!seq].

minipy has its own matcher (there is no re dependency): a pattern is compiled
once into a token list and matched with the usual backtrack-to-last-star loop,
which is linear in practice and never exponential.
"""
import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 32768


def _bracket_end(pat, i):
    """The index of the "]" closing the set that starts at pat[i] (after
    its "["), or len(pat) when there is none: a "]" first (after "!") is a
    member, not the end."""
    n = len(pat)
    j = i
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    return j


def _parse(pat):
    """Tokens: '*', '?', a str literal char, or (negate, chars, ranges)."""
    toks = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not toks or toks[-1] != "*":
                toks.append("*")
        elif c == "?":
            toks.append("?")
        elif c == "[":
            j = _bracket_end(pat, i)
            if j >= n:
                toks.append(("lit", "["))
                continue
            body = pat[i:j]
            i = j + 1
            neg = False
            if body[:1] == "!":
                neg, body = True, body[1:]
            chars, ranges = set(), []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        ranges.append((lo, hi))
                    k += 3
                else:
                    chars.add(body[k])
                    k += 1
            toks.append((neg, frozenset(chars), tuple(ranges)))
        else:
            toks.append(("lit", c))
    return toks


def _one(tok, ch):
    if tok == "?":
        return True
    if tok[0] == "lit":
        return tok[1] == ch
    neg, chars, ranges = tok
    hit = ch in chars
    if not hit:
        for lo, hi in ranges:
            if lo <= ch <= hi:
                hit = True
                break
    return hit != neg


def _match(toks, name):
    ti = ni = 0
    star_t = star_n = -1
    nt, nn = len(toks), len(name)
    while ni < nn:
        if ti < nt and toks[ti] == "*":
            star_t, star_n = ti, ni
            ti += 1
        elif ti < nt and _one(toks[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_t >= 0:
            star_n += 1
            ni = star_n
            ti = star_t + 1
        else:
            return False
    while ti < nt and toks[ti] == "*":
        ti += 1
    return ti == nt


def _compiled(pat):
    key = (type(pat), pat)
    toks = _cache.get(key)
    if toks is None:
        if isinstance(pat, bytes):
            toks = _parse(pat.decode("latin-1"))
        else:
            toks = _parse(pat)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = toks
    return toks


def fnmatchcase(name, pat):
    """Match name against pat without normalising case."""
    toks = _compiled(pat)
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    return _match(toks, name)


def fnmatch(name, pat):
    """Match name against pat after os.path.normcase (identity on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names in the iterable that match pat."""
    pat = os.path.normcase(pat)
    toks = _compiled(pat)
    out = []
    for name in names:
        n = os.path.normcase(name)
        if isinstance(n, bytes):
            n = n.decode("latin-1")
        if _match(toks, n):
            out.append(name)
    return out


_special = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(s):
    return "".join("\\" + c if c in _special else c for c in s)


def translate(pat):
    """The regular expression text CPython's fnmatch.translate gives for pat."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not parts or parts[-1] is not None:
                parts.append(None)
        elif c == "?":
            parts.append(".")
        elif c == "[":
            j = _bracket_end(pat, i)
            if j >= n:
                parts.append("\\[")
                continue
            stuff = pat[i:j]
            i = j + 1
            if "-" not in stuff:
                stuff = stuff.replace("\\", "\\\\")
            else:
                # Split at the hyphens that separate range ends; a hyphen
                # right after the opening (or after "!") is a literal.
                pieces = []
                start = 0
                m = 2 if stuff[:1] == "!" else 1
                while True:
                    m = stuff.find("-", m)
                    if m < 0:
                        break
                    pieces.append(stuff[start:m])
                    start = m + 1
                    m += 3
                if start < len(stuff):
                    pieces.append(stuff[start:])
                else:
                    pieces[-1] += "-"  # a trailing hyphen is a literal
                for q in range(len(pieces) - 1, 0, -1):
                    if pieces[q - 1] and pieces[q] and pieces[q - 1][-1] > pieces[q][0]:
                        pieces[q - 1] = pieces[q - 1][:-1] + pieces[q][1:]
                        del pieces[q]
                stuff = "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in pieces)
            for ch in "&~|":
                stuff = stuff.replace(ch, "\\" + ch)
            if not stuff:
                parts.append("(?!)")
            elif stuff == "!":
                parts.append(".")
            else:
                if stuff[0] == "!":
                    stuff = "^" + stuff[1:]
                elif stuff[0] in ("^", "["):
                    stuff = "\\" + stuff
                parts.append("[" + stuff + "]")
        else:
            parts.append(_escape(c))
    out = []
    k = 0
    while k < len(parts) and parts[k] is not None:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1
        if k == len(parts):
            out.append(".*")
            break
        fixed = []
        while k < len(parts) and parts[k] is not None:
            fixed.append(parts[k])
            k += 1
        fixed = "".join(fixed)
        if k == len(parts):
            out.append(".*" + fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return "(?s:" + "".join(out) + ")\\Z"
