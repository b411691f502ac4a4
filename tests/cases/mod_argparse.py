# argparse: parsing positionals, options, actions, nargs, types, defaults
import argparse
p = argparse.ArgumentParser(prog="tool", description="Process some files.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=1, help="number of runs")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("-I", "--include", action="append", default=[], metavar="DIR")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, type=float)
p.add_argument("--tags", nargs="*")
p.add_argument("--ratio", type=float, default="0.5")
for argv in (["a"], ["a", "b", "-vv", "--num", "3"], ["-v", "a", "--mode=slow", "-q", "-Iinc", "-I", "lib", "--include=x"],
             ["a", "--pair", "1", "2.5", "--tags", "x", "y", "--no-cache", "--const"], ["--nu", "7", "a", "--tags"], ["-vvq", "a", "--", "-b"],
             ["-n5", "a"], ["a", "--ratio", "2"]):
    print(p.parse_args(argv))
ns = p.parse_args(["x"]); print(ns.src, ns.num, vars(ns)["mode"], "src" in ns, ns == argparse.Namespace(**vars(ns)))
print(p.parse_known_args(["a", "--unknown", "b", "c"]))
print(argparse.Namespace(b=1, a="x"), argparse.Namespace(**{"not valid": 1, "ok": 2}))
# ---
# argparse: help and usage output
import argparse
p = argparse.ArgumentParser(prog="tool", description="Process some files and do a great many useful things with them, wrapping this long description.", epilog="See the manual for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=1, help="number of runs to perform; this help text is long enough that it has to wrap onto a second line")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed (one of %(choices)s)")
p.add_argument("-I", "--include", action="append", metavar="DIR")
p.add_argument("--pair", nargs=2, metavar=("X", "Y"))
p.add_argument("--tags", nargs="*")
p.add_argument("--more", nargs="+", help=argparse.SUPPRESS)
p.add_argument("--a-very-long-option-name-indeed", help="goes on its own line")
g = p.add_argument_group("network", "Options for the network.")
g.add_argument("--host", default="localhost")
g.add_argument("--port", type=int)
m = p.add_mutually_exclusive_group()
m.add_argument("--json", action="store_true")
m.add_argument("--xml", action="store_true")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.print_help()
print(repr(p.format_usage()))
q = argparse.ArgumentParser(prog="q", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("--rate", type=float, default=0.5, help="the rate")
q.add_argument("items", nargs="*", default=[1], help="things")
q.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
q.print_help()
r = argparse.ArgumentParser(prog="r", formatter_class=argparse.RawDescriptionHelpFormatter, description="line one\n  indented two\n", add_help=False)
r.add_argument("x")
print(r.format_help(), end="")
print(argparse.ArgumentParser(prog="empty", add_help=False).format_help(), end="")
# ---
# argparse: errors go to stderr with usage and exit status 2
import argparse, sys, io
p = argparse.ArgumentParser(prog="tool")
p.add_argument("src")
p.add_argument("-n", type=int)
p.add_argument("--mode", choices=["a", "b"])
p.add_argument("--two", nargs=2)
m = p.add_mutually_exclusive_group(required=True)
m.add_argument("--x", action="store_true")
m.add_argument("--y", action="store_true")
for argv in ([], ["s"], ["s", "--x", "-n", "abc"], ["s", "--x", "--mode", "c"], ["s", "--x", "--y"], ["s", "--x", "--two", "1"],
             ["s", "--x", "extra"], ["s", "--x", "-n"], ["s", "--x", "--bogus"], ["s", "--x", "--mo"]):
    err = io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        p.parse_args(argv)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr = old
    print(argv, code, repr(err.getvalue()))
amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--verbose"); amb.add_argument("--version")
try:
    sys.stderr = io.StringIO()
    amb.parse_args(["--ver", "1"])
except SystemExit as e:
    msg = sys.stderr.getvalue()
    sys.stderr = sys.__stderr__
    print(e.code, repr(msg))
p2 = argparse.ArgumentParser(prog="p2", exit_on_error=False)
p2.add_argument("--n", type=int)
try:
    p2.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e, e.argument_name)
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{s} is not positive")
    return v
p3 = argparse.ArgumentParser(prog="p3", exit_on_error=False)
p3.add_argument("k", type=positive)
try:
    p3.parse_args(["-3"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
for bad in (lambda: p3.add_argument("k"), lambda: p3.add_argument("z", dest="w"), lambda: p3.add_argument("x", required=True),
            lambda: p3.add_argument("--s", nargs=0), lambda: p3.add_argument("--t", action="bogus"), lambda: p3.add_argument("--u", type="int"),
            lambda: p3.add_argument("bad-", "x")):
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
# ---
# argparse: sub-commands, parents, set_defaults
import argparse
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--debug", action="store_true")
p = argparse.ArgumentParser(prog="git", parents=[parent])
sub = p.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(func="do_commit")
pu = sub.add_parser("push", help="update remote", aliases=["ps"])
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("branches", nargs="*")
pu.set_defaults(func="do_push")
for argv in (["commit", "-m", "msg"], ["--debug", "push"], ["push", "up", "main", "dev"], ["ps", "x"], []):
    print(p.parse_args(argv))
p.print_help()
c.print_help()
print(p.get_default("debug"), c.get_default("func"))
import sys, io
sys.stderr = io.StringIO()
try:
    p.parse_args(["nope"])
except SystemExit as e:
    out = sys.stderr.getvalue(); sys.stderr = sys.__stderr__
    print(e.code, repr(out))
sys.stderr = io.StringIO()
try:
    p.parse_args(["commit"])
except SystemExit as e:
    out = sys.stderr.getvalue(); sys.stderr = sys.__stderr__
    print(e.code, repr(out))
p.set_defaults(debug="yes"); print(p.parse_args(["push"]).debug)
print(repr(c.add_argument("--author")))
# ---
# argparse: long usage lines wrap like CPython's
import argparse
p = argparse.ArgumentParser(prog="downloader")
for name in ("url", "output-dir", "retries", "timeout", "user-agent", "proxy", "threads", "chunk-size"):
    p.add_argument("--" + name, help="the " + name.replace("-", " "))
p.add_argument("--dry-run", action="store_true")
m = p.add_mutually_exclusive_group()
m.add_argument("--fast", action="store_true"); m.add_argument("--safe", action="store_true")
p.add_argument("sources", nargs="+")
p.add_argument("target")
p.print_usage()
long = argparse.ArgumentParser(prog="a-program-with-an-extremely-long-name-that-takes-most-of-the-line")
long.add_argument("--alpha"); long.add_argument("--beta"); long.add_argument("--gamma"); long.add_argument("inputs", nargs="*")
long.print_usage()
only_pos = argparse.ArgumentParser(prog="pos", add_help=False)
for i in range(12):
    only_pos.add_argument("argument%d" % i)
only_pos.print_usage()
x = argparse.ArgumentParser(prog="x")
x.add_argument("first", nargs="*"); x.add_argument("-f"); x.add_argument("last", nargs="?")
for argv in (["a", "b", "-f", "1", "c"], ["-f", "1", "a", "b"], ["a", "-f", "2"]):
    print(x.parse_args(argv))
