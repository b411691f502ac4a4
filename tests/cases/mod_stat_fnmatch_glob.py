# stat constants and helpers
import stat, os
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IRWXU, stat.S_IXOTH, stat.ST_MTIME)
os.mkdir("d")
open("f", "w").close()
os.chmod("f", 0o640)
os.symlink("f", "l")
for p in ("d", "f"):
    m = os.stat(p).st_mode
    print(p, stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), oct(stat.S_IMODE(m)) if p == "f" else "", stat.S_IFMT(m) == stat.S_IFDIR)
print(stat.S_ISLNK(os.lstat("l").st_mode), stat.filemode(os.lstat("f").st_mode))
for m in (0o40755, 0o100644, 0o120777, 0o104755, 0o102711, 0o41777, 0o41776, 0o20620, 0o10600, 0o140755, 0o60660, 0o0):
    print(stat.filemode(m), end=" ")
print()
print(stat.S_ISCHR(os.stat("/dev/null").st_mode), stat.S_ISFIFO(0o10600), stat.S_ISSOCK(0o140755), stat.S_ISBLK(0o60660))
# ---
# fnmatch: translate, fnmatch, fnmatchcase, filter
import fnmatch
pats = ['*.py', 'a?c', '[a-c]x', '[!ab]*', '*a*b*', '[', '[]]', 'x[a-]', '[z-a]', '*', '**x', 'a.b',
        '[\\]', '[!]', '[a-c-e]', '[-a]', '[!-a]', '[^x]', '[[]', 'a[b-a-c]d', '[&~|]', '*?*',
        '[a-z0-9_]*.txt', 'x*y?z', '?', '', '[!a-']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'abc', 'bx', 'cx', 'dx', 'x', 'ab', 'ba', 'aab', '[', 'a]', ']', 'x-', 'xa', '-', '!', '^', 'z',
         'a-d', 'abd', 'a-b', '', 'a.b', '&', 'file_1.txt', 'xyyz', 'xayz', 'FOO.PY', 'ab.py', 'a\nb']
for p in pats:
    print(p, [n for n in names if fnmatch.fnmatchcase(n, p)], fnmatch.filter(names, p))
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'), fnmatch.fnmatch("A.PY", "*.py"))
print(fnmatch.fnmatchcase("a" * 40, "*a*a*a*a*a*a*a*a*a*b"))
# ---
# glob: patterns, recursion, hidden files, root_dir, escape, has_magic
import glob, os
for d in ("src/pkg/sub", "src/.hid", "docs"):
    os.makedirs(d)
for f in ("src/a.py", "src/b.txt", "src/pkg/c.py", "src/pkg/sub/d.py", "src/.e.py", "src/.hid/f.py",
          "docs/x[1].md", "top.py"):
    open(f, "w").close()
print(sorted(glob.glob("*.py")), sorted(glob.glob("src/*.py")), sorted(glob.glob("src/.*")))
print(sorted(glob.glob("src/**/*.py")), sorted(glob.glob("src/**/*.py", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("src/**", recursive=True)), sorted(glob.glob("src/**/", recursive=True)))
print(sorted(glob.glob("*/")), sorted(glob.glob("s?c/p*/s*")), glob.glob("nope/*"), glob.glob("top.py"), glob.glob("nope.py"))
print(sorted(glob.glob("*.py", root_dir="src")), sorted(glob.glob("**/*.py", root_dir="src", recursive=True)))
print(sorted(glob.glob("src/*", include_hidden=True)), sorted(glob.glob("src/**/*.py", recursive=True, include_hidden=True)))
print(glob.glob("docs/x[1].md"), glob.glob(glob.escape("docs/x[1].md")), glob.escape("a*b?c[d]"), glob.escape(b"x*"))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"), glob.has_magic(b"x"))
it = glob.iglob("src/*.txt"); print(type(it).__name__ in ("generator", "chain"), list(it))
print(sorted(glob.glob(b"src/*.py")), glob.glob(""), glob.glob("src/pkg/"))
