"""Pathname pattern expansion (shell-style, no sorting: results come in
directory order, as from CPython)."""
import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def has_magic(s):
    magic = b"*?[" if isinstance(s, bytes) else "*?["
    for c in (s if isinstance(s, str) else [bytes([b]) for b in s]):
        if c in magic:
            return True
    return False


def _hidden(name):
    return name[:1] in (".", b".")


def _is_starstar(pat):
    return pat == "**" or pat == b"**"


def _under(root, path):
    """The path to hand to the OS for `path` relative to root_dir."""
    if root and path:
        return os.path.join(root, path)
    return path or root


def _names(dirname, dirs_only):
    """Entry names of a directory (the current one for ''), [] on error."""
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode()
    out = []
    try:
        with os.scandir(dirname) as it:
            for entry in it:
                try:
                    if dirs_only and not entry.is_dir():
                        continue
                except OSError:
                    continue
                name = entry.name
                if isinstance(dirname, bytes) and isinstance(name, str):
                    name = os.fsencode(name)
                out.append(name)
    except OSError:
        return []
    return out


def _match_in(dirname, pattern, dirs_only, hidden):
    names = _names(dirname, dirs_only)
    if not (hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _literal_in(dirname, name, dirs_only, hidden):
    if name:
        return [name] if os.path.lexists(_under(dirname, name)) else []
    return [name] if os.path.isdir(dirname) else []


def _walk_names(dirname, dirs_only, hidden):
    for name in _names(dirname, dirs_only):
        if not hidden and _hidden(name):
            continue
        yield name
        sub = _under(dirname, name) if dirname else name
        for rest in _walk_names(sub, dirs_only, hidden):
            yield os.path.join(name, rest)


def _recursive_in(dirname, pattern, dirs_only, hidden):
    yield pattern[:0]
    yield from _walk_names(dirname, dirs_only, hidden)


def _expand(pathname, root, recursive, dirs_only, hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if tail:
            if os.path.lexists(_under(root, pathname)):
                yield pathname
        elif os.path.isdir(_under(root, head)):
            yield pathname
        return
    if recursive and _is_starstar(tail):
        in_dir = _recursive_in
    elif has_magic(tail):
        in_dir = _match_in
    else:
        in_dir = _literal_in
    if not head:
        yield from in_dir(root, tail, dirs_only, hidden)
        return
    if head != pathname and has_magic(head):
        parents = _expand(head, root, recursive, True, hidden)
    else:
        parents = [head]
    for parent in parents:
        for name in in_dir(_under(root, parent), tail, dirs_only, hidden):
            yield os.path.join(parent, name)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    pathname = os.fspath(pathname)
    root = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    it = _expand(pathname, root, recursive, False, include_hidden)
    if not pathname or (recursive and _is_starstar(pathname[:2])):
        # '**' alone also yields '' for the starting directory: drop it.
        def skip_empty(it=it):
            for p in it:
                if p:
                    yield p
        return skip_empty()
    return it


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching pathname (directory order, not sorted)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def escape(pathname):
    """Escape the magic characters *, ? and [ so they match literally."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for b in pathname:
            out += b"[" + bytes([b]) + b"]" if b in b"*?[" else bytes([b])
        return bytes(out)
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)


