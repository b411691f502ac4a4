# tempfile: mkstemp, mkdtemp, names, permissions, gettempdir
import tempfile, os, stat
print(tempfile.gettempdir() == os.path.abspath(tempfile.gettempdir()), tempfile.gettempprefix(), tempfile.template)
fd, path = tempfile.mkstemp(suffix=".txt", prefix="job_", dir=".")
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path).startswith("job_"), path.endswith(".txt"))
print(len(os.path.basename(path)), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b"hello"); os.close(fd)
print(open(path).read())
d = tempfile.mkdtemp(prefix="w", dir=".")
print(os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)), len(os.path.basename(d)))
fd2, p2 = tempfile.mkstemp(dir=d); os.close(fd2)
print(os.path.dirname(p2) == d, os.path.basename(p2)[:3])
names = {tempfile.mkstemp(dir=d)[1] for _ in range(20)}
print(len(names), set(os.path.basename(n)[3:].strip("abcdefghijklmnopqrstuvwxyz0123456789_") for n in names))
fd3, p3 = tempfile.mkstemp(dir=b"."); os.close(fd3); print(type(p3).__name__)
try:
    tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e:
    print(e)
m = tempfile.mktemp(dir="."); print(os.path.exists(m), os.path.isabs(m))
# ---
# TemporaryDirectory
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    print(type(d).__name__, os.path.isdir(d))
    os.makedirs(os.path.join(d, "a", "b"))
    open(os.path.join(d, "a", "b", "f.txt"), "w").write("x")
    keep = d
print(os.path.exists(keep))
t = tempfile.TemporaryDirectory(prefix="pre", suffix="suf", dir=".")
print(repr(t).startswith("<TemporaryDirectory '"), os.path.basename(t.name)[:3], t.name.endswith("suf"))
t.cleanup(); print(os.path.exists(t.name)); t.cleanup()
t2 = tempfile.TemporaryDirectory(dir="."); n = t2.name; del t2
print(os.path.exists(n))
with tempfile.TemporaryDirectory(dir=".") as d2:
    os.chmod(d2, 0o500) if False else None
    import shutil; shutil.rmtree(d2)
print("removed early ok")
# ---
# NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile
import tempfile, os
with tempfile.NamedTemporaryFile(dir=".", suffix=".log") as f:
    print(type(f).__name__, f.name.endswith(".log"), os.path.exists(f.name), f.mode)
    f.write(b"abc\ndef\n"); f.flush(); f.seek(0)
    print(f.read(), open(f.name).read() == "abc\ndef\n", f.closed)
    name = f.name
print(os.path.exists(name), f.closed)
g = tempfile.NamedTemporaryFile("w+", dir=".", delete=False)
g.write("text\n"); g.seek(0); print(g.readline(), end=""); print(list(g)); g.close()
print(os.path.exists(g.name), open(g.name).read()); os.unlink(g.name)
h = tempfile.NamedTemporaryFile(dir="."); hn = h.name; h.close(); print(os.path.exists(hn))
with tempfile.TemporaryFile() as t:
    t.write(b"data"); t.seek(0); print(t.read(), type(t.name).__name__)
with tempfile.TemporaryFile("w+") as t:
    t.write("txt"); t.seek(0); print(t.read())
s = tempfile.SpooledTemporaryFile(max_size=10)
s.write(b"abc"); print(s._rolled, s.tell()); s.write(b"x" * 20); print(s._rolled, s.tell()); s.seek(0); print(s.read(5)); s.close()
with tempfile.SpooledTemporaryFile(mode="w+") as s:
    s.write("hello"); s.seek(0); print(s.read(), s._rolled)
# ---
# shutil: copy, copyfile, copy2, copymode, copystat, errors
import shutil, os, stat
open("src.txt", "w").write("payload\n")
os.chmod("src.txt", 0o751)
os.utime("src.txt", (1000000, 2000000))
print(shutil.copyfile("src.txt", "c1.txt"), open("c1.txt").read(), end="")
print(oct(stat.S_IMODE(os.stat("c1.txt").st_mode)) != "0o751")
os.mkdir("dir")
print(shutil.copy("src.txt", "dir"), oct(stat.S_IMODE(os.stat("dir/src.txt").st_mode)), os.stat("dir/src.txt").st_mtime != 2000000)
print(shutil.copy2("src.txt", "c2.txt"), os.stat("c2.txt").st_mtime)
shutil.copymode("src.txt", "c1.txt"); print(oct(stat.S_IMODE(os.stat("c1.txt").st_mode)))
for args in (("src.txt", "src.txt"), ("nope", "x"), ("src.txt", "dir"), ("src.txt", "nodir/x")):
    try:
        shutil.copyfile(*args)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError))
print(shutil.SameFileError.__mro__[1:3])
with open("src.txt", "rb") as a, open("c3.txt", "wb") as b:
    shutil.copyfileobj(a, b, 3)
print(open("c3.txt").read(), end="")
# ---
# shutil: rmtree, copytree, move
import shutil, os
os.makedirs("t/a/b"); open("t/a/b/f", "w").write("1"); open("t/g.py", "w").write("2"); open("t/h.pyc", "w").close()
os.symlink("g.py", "t/link")
print(shutil.copytree("t", "t2"), sorted(os.listdir("t2")), os.path.islink("t2/link"), open("t2/a/b/f").read())
shutil.copytree("t", "t3", symlinks=True, ignore=shutil.ignore_patterns("*.pyc", "b"))
print(sorted(os.listdir("t3")), os.listdir("t3/a"), os.path.islink("t3/link"), os.readlink("t3/link"))
try:
    shutil.copytree("t", "t2")
except FileExistsError as e:
    print("FileExistsError", e)
shutil.copytree("t", "t2", dirs_exist_ok=True); print("exist ok")
shutil.rmtree("t2"); print(os.path.exists("t2"))
for p in ("nope", "t/g.py"):
    try:
        shutil.rmtree(p)
    except OSError as e:
        print(type(e).__name__, e)
shutil.rmtree("nope", ignore_errors=True)
shutil.rmtree("nope", onerror=lambda f, p, ei: print(f.__name__, p, ei[0].__name__))
shutil.rmtree("t/g.py", onerror=lambda f, p, ei: print(f.__name__, p, ei[0].__name__))
try:
    shutil.rmtree("t/link")
except OSError as e:
    print(e)
print(shutil.move("t3", "t4"), os.path.isdir("t4"), os.path.exists("t3"))
os.mkdir("dest")
print(shutil.move("t/g.py", "dest"), os.listdir("dest"))
open("t/g.py", "w").close()
try:
    shutil.move("t/g.py", "dest")
except shutil.Error as e:
    print("Error", e)
print(shutil.move("t/g.py", "dest/renamed.py"), sorted(os.listdir("dest")))
# ---
# shutil: which, disk_usage, get_terminal_size
import shutil, os, stat
os.mkdir("bin")
open("bin/tool", "w").write("#!/bin/sh\n"); os.chmod("bin/tool", 0o755)
open("bin/data", "w").close()
here = os.path.abspath("bin")
print(shutil.which("tool", path=here) == os.path.join(here, "tool"), shutil.which("data", path=here), shutil.which("nope", path=here))
print(shutil.which("bin/tool"), shutil.which("bin/data"), shutil.which("tool", path=""))
os.environ["PATH"] = here + os.pathsep + "/nonexistent"
print(shutil.which("tool") == os.path.join(here, "tool"), shutil.which(b"tool") == os.fsencode(os.path.join(here, "tool")))
u = shutil.disk_usage(".")
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free <= u.total)
os.environ["COLUMNS"] = "100"; os.environ["LINES"] = "40"
print(shutil.get_terminal_size())
