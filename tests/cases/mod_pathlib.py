# PurePath parsing, str/repr, parts and name properties
from pathlib import PurePath, PurePosixPath, Path, PosixPath
for s in ("/a/b/c.tar.gz", "a//b/./c/", "", ".", "/", "//x/y", "///x", "../up/./f.txt", "a/..", "~/.bashrc", "x."):
    p = PurePosixPath(s)
    print(repr(str(p)), repr(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute())
print(PurePath("a", "b", "/c", "d"), PurePath("a", PurePath("b/c"), "d"), type(PurePath("x")).__name__, type(Path("x")).__name__)
print(repr(Path("/usr") / "lib" / "python3"), "/etc" / PurePosixPath("passwd"), PurePath("a") / "/abs")
print(PurePosixPath("a/b").joinpath("c", "d"), Path("rel").as_posix(), bytes(PurePath("/x")), PurePath("/a b/ü").as_uri())
for bad in (b"bytes", 1, None):
    try:
        PurePath(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    Path("a") / 3
except TypeError as e:
    print(e)
# ---
# parent, parents, with_name/with_suffix/with_stem, relative_to, match
from pathlib import PurePosixPath as P, Path
p = P("/home/u/proj/src/main.py")
print(p.parent, p.parent.parent, P("/").parent, P(".").parent, P("a").parent, P("..").parent)
ps = p.parents
print(len(ps), ps[0], ps[-1], ps[1:3], list(P("a/b/c").parents), repr(ps))
try:
    ps[10]
except IndexError as e:
    print("IndexError", e)
print(p.with_name("test.py"), p.with_suffix(".txt"), p.with_suffix(""), P("a.tar.gz").with_suffix(".bz2"), p.with_stem("lib"))
print(P("noext").with_suffix(".c"), P("a/b").with_name("c"))
for f, arg in ((P("/").with_name, "x"), (p.with_name, ""), (p.with_name, "a/b"), (p.with_suffix, "txt"), (p.with_suffix, "."), (P("").with_suffix, ".x")):
    try:
        print(f(arg))
    except ValueError as e:
        print("ValueError", e)
print(p.relative_to("/home/u"), p.relative_to("/"), P("a/b/c").relative_to("a"), P("a/b").relative_to("a/b"), p.relative_to("/home", "u", "proj"))
for a, b in (("/a/b", "/c"), ("a/b", "/a"), ("/a", "a"), ("/a", "")):
    try:
        P(a).relative_to(b)
    except ValueError as e:
        print("ValueError", e)
print(p.is_relative_to("/home"), p.is_relative_to("/etc"))
print(p.match("*.py"), p.match("src/*.py"), p.match("/*.py"), p.match("/home/*/*/src/*.py"), P("a/b.py").match("*/b.py"), P("b.py").match("a/b.py"))
try:
    p.match("")
except ValueError as e:
    print("ValueError", e)
# ---
# equality, hashing, ordering
from pathlib import PurePosixPath as P, Path, PurePath
print(P("a/b") == P("a//b/."), P("a") == Path("a"), P("a") == "a", hash(P("x/y")) == hash(P("x//y")), P("a") != P("b"))
print(sorted([P("b"), P("a/c"), P("a"), P("/z"), P("a/b")]))
print(P("a") < P("b"), P("a/b") > P("a"), P("a") <= P("a"))
try:
    P("a") < "b"
except TypeError as e:
    print(e)
d = {P("k"): 1}; print(d[Path("k")], len({P("a"), P("a/"), P("./a")}))
import os
print(os.fspath(Path("q/r")), os.path.join(Path("x"), "y"), open.__name__)
# ---
# file system: mkdir, touch, write/read, exists, is_*, iterdir, stat, unlink, rename
from pathlib import Path
import os
base = Path("work")
base.mkdir()
try:
    base.mkdir()
except FileExistsError as e:
    print("FileExistsError", e)
base.mkdir(exist_ok=True)
try:
    Path("x/y/z").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
(base / "deep" / "er").mkdir(parents=True)
f = base / "notes.txt"
print(f.write_text("line1\nline2\n"), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), base.is_dir())
print((base / "b.bin").write_bytes(b"\x00\x01"), (base / "b.bin").read_bytes(), (base / "b.bin").stat().st_size)
try:
    f.write_text(b"x")
except TypeError as e:
    print(e)
print(Path("nope").exists(), Path("nope").is_file(), Path("nope").is_dir(), Path("nope").is_symlink())
(base / "empty").touch(); print((base / "empty").exists(), (base / "empty").stat().st_size)
(base / "empty").touch()
try:
    (base / "empty").touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e)
print(sorted(p.name for p in base.iterdir()), all(isinstance(p, Path) for p in base.iterdir()), sorted(base.iterdir())[0])
with f.open() as fh:
    print(fh.readline(), end="")
with (base / "app.log").open("a") as fh:
    fh.write("x\n")
g = f.rename(base / "renamed.txt"); print(repr(g), f.exists(), g.exists())
h = g.replace("top.txt"); print(h, h.read_text().count("\n"))
h.unlink(); print(h.exists())
try:
    h.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
h.unlink(missing_ok=True)
(base / "deep" / "er").rmdir(); print((base / "deep").exists(), (base / "deep" / "er").exists())
link = base / "lnk"; link.symlink_to("b.bin"); print(link.is_symlink(), link.readlink(), link.is_file(), link.resolve() == (base / "b.bin").resolve())
print(Path("work/b.bin").samefile("work/lnk"))
# ---
# glob, rglob
from pathlib import Path
for d in ("proj/src/pkg", "proj/tests", "proj/.git"):
    Path(d).mkdir(parents=True)
for f in ("proj/setup.py", "proj/src/a.py", "proj/src/pkg/b.py", "proj/src/pkg/data.json", "proj/tests/test_a.py", "proj/.git/HEAD", "proj/.hidden.py"):
    Path(f).touch()
root = Path("proj")
print(sorted(str(p) for p in root.glob("*.py")))
print(sorted(str(p) for p in root.glob("*/*.py")))
print(sorted(str(p) for p in root.glob("**/*.py")))
print(sorted(str(p) for p in root.rglob("*.json")), sorted(str(p) for p in root.rglob("pkg")))
print(sorted(str(p) for p in root.glob("**")), sorted(str(p) for p in root.glob("*/")))
print(sorted(str(p) for p in root.glob("src/pkg/b.py")), list(root.glob("missing/*.py")), sorted(str(p) for p in root.glob("s?c/[p]*")))
print(type(root.glob("*")).__name__)
for pat in ("", "/abs/*.py", "a**b"):
    try:
        list(root.glob(pat))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
# ---
# cwd, home, absolute, resolve, expanduser
from pathlib import Path
import os
print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(), Path.home() == Path(os.path.expanduser("~")))
print(Path("a/b").absolute() == Path(os.getcwd()) / "a" / "b", Path("/x").absolute())
os.mkdir("real"); os.symlink("real", "alias")
print(Path("alias/../alias/f").resolve() == Path(os.getcwd()).resolve() / "real" / "f", Path("/usr/../etc").resolve())
try:
    Path("missing/f").resolve(strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError")
print(Path("~/x").expanduser() == Path(os.path.expanduser("~/x")), Path("plain").expanduser())
