# contextvars: get/set/reset, tokens, copy_context, Context.run
import contextvars
v = contextvars.ContextVar("v", default=0)
w = contextvars.ContextVar("w")
print(v.name, v.get(), v.get(5), w.get("dflt"), repr(v).startswith("<ContextVar name='v' default=0 at 0x"))
try:
    w.get()
except LookupError as e:
    print("LookupError", str(e).startswith("<ContextVar name='w' at 0x"))
t = v.set(1)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING), repr(t).startswith("<Token var=<ContextVar name='v'"))
t2 = v.set(2); v.reset(t2); print(v.get()); v.reset(t); print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    w.reset(v.set(3))
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
ctx = contextvars.copy_context()
print(type(ctx).__name__, v in ctx, ctx[v], ctx.get(w, "none"), len(ctx), list(ctx.keys()) == [v], dict(ctx.items()) == {v: 3})
def work(x):
    v.set(x)
    w.set("inside")
    return v.get(), w.get()
print(ctx.run(work, 10), v.get(), w.get("unset"), ctx[v], ctx[w])
try:
    ctx.run(ctx.run, print, 1)
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
c2 = ctx.copy(); c2.run(v.set, 99); print(ctx[v], c2[v])
tok = ctx.run(v.set, 7)
try:
    v.reset(tok)
except ValueError as e:
    print("ValueError", "was created in a different Context" in str(e))
print(contextvars.Context().get(v), len(contextvars.Context()), type(ctx).__module__, type(v).__name__, type(t).__name__)
try:
    hash(ctx)
except TypeError:
    print("unhashable")
try:
    contextvars.Context(1)
except TypeError as e:
    print(e)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print(e)
print(sorted(iter(ctx), key=lambda var: var.name) == [v, w], ctx == ctx.copy(), ctx != contextvars.Context())
try:
    ctx["x"]
except TypeError as e:
    print("TypeError", e)
# ---
# contextvars with threads and asyncio tasks
import contextvars, threading, asyncio
req = contextvars.ContextVar("req", default="none")
req.set("main")
seen = []
th = threading.Thread(target=lambda: seen.append(req.get()))
th.start(); th.join()
ctx = contextvars.copy_context()
th = threading.Thread(target=ctx.run, args=(lambda: seen.append(req.get()),))
th.start(); th.join()
print(seen, req.get())
async def handler(n):
    req.set(f"request-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    return req.get()
async def main():
    req.set("in-main")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, req.get())
    t = asyncio.create_task(handler(9), context=contextvars.copy_context())
    print(await t, req.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(req.get()))
    print(await fut)
    print(await asyncio.to_thread(req.get))
asyncio.run(main())
print(req.get())
# ---
# shlex: split, quote, join, the shlex class
import shlex
for s in ['ls -l "my file.txt"', "echo 'single quoted' and\\ escaped", 'a"b c"d', "x '' y", 'say "a \\"q\\" b" \'c\\d\'',
          "cmd --opt=val # comment", "  lead  trail  ", "", "tab\tsep\nnewline", 'mixed"dq"\'sq\'end', "back\\\\slash", "é ü"]:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ('unclosed "quote', "trailing\\", "'single"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for s in ("simple", "", "has space", "it's", "$HOME", "a;b", "--opt=1,2", "ünï", "x@y%z+w:v,u./-"):
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "hello world", "it's", ""]), shlex.split(shlex.join(["a b", "c'd", "$x"])))
lex = shlex.shlex("a = b + 'c d' # tail\nnext_line", posix=False)
print(list(lex), lex.lineno)
lex = shlex.shlex("x=1; y='two words' && z", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("one two three"); print(lex.get_token(), lex.get_token()); lex.push_token("again"); print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("a b", posix=True); print(list(lex), lex.get_token())
