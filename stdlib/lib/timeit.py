"""Time small pieces of code.

Timer compiles the statement into the body of a generated function's loop
(so `timeit` measures the statement, not a call), with the setup code before
the loop; callables are called from that loop instead.
"""
import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indent(src, level):
    pad = "    " * level
    return src.replace("\n", "\n" + pad)


class Timer:
    """Timer(stmt='pass', setup='pass', timer=default_timer, globals=None)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        params = ""
        if isinstance(setup, str):
            # Check each piece on its own, so a syntax error points at it.
            compile(setup, dummy_src_name, "exec")
            setup_src = _indent(setup, 1)
        elif callable(setup):
            local_ns["_setup"] = setup
            params += ", _setup=_setup"
            setup_src = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            prefix = setup + "\n" if isinstance(setup, str) else ""
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt_src = _indent(stmt, 2)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            params += ", _stmt=_stmt"
            stmt_src = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = ("def inner(_it, _timer%s):\n"
               "    %s\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        %s\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n") % (params, setup_src, stmt_src)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement number times (setup once)."""
        it = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) taking at least
        0.2 s; return (number, time taken)."""
        i = 1
        while True:
            for j in (1, 2, 5):
                number = i * j
                t = self.timeit(number)
                if callback:
                    callback(number, t)
                if t >= 0.2:
                    return (number, t)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Seconds to run stmt `number` times."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """A list of timings of stmt, each of `number` runs."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    """The command line: timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [stmt ...]."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    rep = default_repeat
    setup = []
    verbose = 0
    unit = None
    timer = default_timer
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    stmts = []
    i = 0
    while i < len(args):
        a = args[i]
        def value():
            nonlocal i
            if "=" in a and a.startswith("--"):
                return a.split("=", 1)[1]
            if len(a) > 2 and not a.startswith("--"):
                return a[2:]
            i += 1
            return args[i]
        if a in ("-h", "--help"):
            print(__doc__, end="")
            return 0
        elif a.startswith(("-n", "--number")):
            number = int(value())
        elif a.startswith(("-r", "--repeat")):
            rep = max(int(value()), 1)
        elif a.startswith(("-s", "--setup")):
            setup.append(value())
        elif a.startswith(("-u", "--unit")):
            unit = value()
            if unit not in units:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
        elif a in ("-p", "--process"):
            timer = time.process_time
        elif a in ("-v", "--verbose"):
            verbose += 1
        elif a == "--":
            stmts.extend(args[i + 1:])
            break
        else:
            stmts.append(a)
        i += 1
    stmt = "\n".join(stmts) or "pass"
    setup = "\n".join(setup) or "pass"
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s="s" if number != 1 else "", secs=time_taken, prec=3))
        number, _ = t.autorange(callback)
        if verbose:
            print()
    raw = t.repeat(rep, number)

    def fmt(dt):
        u = unit
        if u is not None:
            scale = units[u]
        else:
            for u, scale in sorted(units.items(), key=lambda kv: kv[1], reverse=True):
                if dt >= scale:
                    break
        return "%.*g %s" % (3, dt / scale, u)
    timings = [dt / number for dt in raw]
    if verbose:
        print("raw times: %s" % ", ".join(map(fmt, raw)))
        print()
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", rep, fmt(best)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more "
                               "than four times slower than the best time (%s)." % (fmt(worst), fmt(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
