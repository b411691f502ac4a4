# asyncio.Barrier: arrival indexes, rounds, abort, reset, async with
import asyncio
async def main():
    b = asyncio.Barrier(3)
    print(repr(b)[:24], b.parties, b.n_waiting, b.broken)
    order = []
    async def worker(i):
        await asyncio.sleep(i * 0.01)
        idx = await b.wait()
        order.append((i, idx))
        return idx
    r = await asyncio.gather(*(worker(i) for i in range(3)))
    print(sorted(r), sorted(order), b.n_waiting)
    r = await asyncio.gather(*(worker(i) for i in range(6)))
    print(sorted(r))
    async def waiter():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            return repr(e)
    t = [asyncio.create_task(waiter()) for _ in range(2)]
    await asyncio.sleep(0.01)
    print(b.n_waiting, repr(b).split('[')[1])
    await b.abort()
    print(await asyncio.gather(*t), b.broken, repr(b).split('[')[1])
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', repr(e))
    await b.reset()
    print(b.broken, b.n_waiting)
    t = [asyncio.create_task(waiter()) for _ in range(2)]
    await asyncio.sleep(0.01)
    await b.reset()
    print(await asyncio.gather(*t))
    async with asyncio.Barrier(1) as idx:
        print('async with', idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
asyncio.run(main())
# ---
# asyncio streams over loopback: a server started by the test, several clients
import asyncio

async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    while True:
        line = await reader.readline()
        if not line:
            break
        if line.strip() == b'quit':
            writer.write(b'bye\n')
            await writer.drain()
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), type(port).__name__)
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        for word in (b'hello\n', b'world\n'):
            writer.write(word)
            await writer.drain()
            print(await reader.readline())
        writer.write(b'abc')
        writer.write(b'def\nquit\n')
        print(await reader.readline(), await reader.readline(), await reader.read(), reader.at_eof())
        writer.close()
        await writer.wait_closed()
        # several clients at once
        async def client(i):
            r, w = await asyncio.open_connection('127.0.0.1', port)
            w.write(b'client %d\n' % i)
            line = await r.readline()
            w.write(b'quit\n')
            rest = await r.read()
            w.close()
            await w.wait_closed()
            return line, rest
        print(await asyncio.gather(*(client(i) for i in range(5))))
    print(server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except OSError as e:
        print('OSError', type(e).__name__)

asyncio.run(main())
# ---
# asyncio streams: flow control with 1 MiB, half-close, readuntil/readexactly/limits, async for, Protocol API, serve_forever
import asyncio

async def main():
    # a server that sends a large payload, then half-closes
    big = bytes(range(256)) * 4096          # 1 MiB
    async def sender(reader, writer):
        request = await reader.readexactly(4)
        writer.write(big)
        await writer.drain()
        writer.write_eof()
        extra = await reader.read()
        writer.write(b'')
        writer.close()
        received.append((request, extra))
    received = []
    server = await asyncio.start_server(sender, '127.0.0.1', 0, limit=1024)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=1000)
    writer.write(b'GIVE')
    got = bytearray()
    while True:
        chunk = await reader.read(5000)
        if not chunk:
            break
        got += chunk
    print(len(got), bytes(got) == big, reader.at_eof(), writer.can_write_eof())
    writer.write(b'after eof')
    writer.write_eof()
    await asyncio.sleep(0.1)
    print(received)
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())

    # readuntil, readexactly, async iteration, limits
    async def lines(reader, writer):
        writer.write(b'one\ntwo\nthree\r\nfour;five;' + b'x' * 50 + b'\nlast')
        writer.write_eof()
        await writer.drain()
    server2 = await asyncio.start_server(lines, '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port2, limit=20)
    print(await r.readline(), await r.readuntil(b'\n'), await r.readexactly(7))
    print(await r.readuntil(b';'), await r.readuntil(b';'))
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e, e.partial, e.expected)
    print(await r.read(), r.at_eof())
    w.close()
    r3, w3 = await asyncio.open_connection('127.0.0.1', port2)
    print([line async for line in r3])
    try:
        await r3.readuntil(b'')
    except ValueError as e:
        print('ValueError', e)
    w3.close()
    await w3.wait_closed()
    for s in (server, server2):
        s.close()
        await s.wait_closed()

    # serve_forever is cancelled; the protocol API directly
    class Echo(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport
            events.append('made')
        def data_received(self, data):
            events.append(('data', data))
            self.transport.write(data[::-1])
        def eof_received(self):
            events.append('eof')
        def connection_lost(self, exc):
            events.append(('lost', exc))
    events = []
    loop = asyncio.get_running_loop()
    server3 = await loop.create_server(Echo, '127.0.0.1', 0, start_serving=False)
    print(server3.is_serving())
    port3 = server3.sockets[0].getsockname()[1]
    task = asyncio.create_task(server3.serve_forever())
    await asyncio.sleep(0.05)
    print(server3.is_serving())
    r4, w4 = await asyncio.open_connection('127.0.0.1', port3)
    w4.write(b'stressed')
    print(await r4.readexactly(8))
    w4.write_eof()
    print(await r4.read())
    await asyncio.sleep(0.05)
    print(events)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('serve_forever cancelled', server3.is_serving())
    w4.close()
    try:
        w4.write(5)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
# ---
# asyncio.TaskGroup: waiting, failures as an ExceptionGroup, cancelling the body, outside cancellation, misuse, with timeout
import asyncio

async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
    if fail:
        raise fail
    log.append(f'{name} done')
    return name

log = []

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('a', 0.02))
        t2 = tg.create_task(work('b', 0.01))
        print(repr(tg))
    print(t1.result(), t2.result(), log, repr(tg))
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('slow', 1))
            tg.create_task(work('bad', 0.01, ValueError('boom')))
            tg.create_task(work('bad2', 0.5, TypeError('bang')))
            await asyncio.sleep(2)
            log.append('body not reached')
    except ExceptionGroup as eg:
        print(repr(eg), [type(e).__name__ for e in eg.exceptions], eg.message)
    print(sorted(log))
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('x', 0.05))
            raise KeyError('in body')
    except ExceptionGroup as eg:
        print(repr(eg))
    print(log)
    # cancelled from outside
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('inner', 1))
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('runner cancelled', log)
    tg = asyncio.TaskGroup()
    coro = work('z', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    async with tg:
        pass
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)
    # group and timeout together
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work('long', 1))
    except TimeoutError:
        print('TimeoutError')
    # except via subgroup
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('v', 0, ValueError(1)))
            tg.create_task(work('o', 0, OSError(2)))
    except ExceptionGroup as eg:
        m, r = eg.split(OSError)
        print(m.exceptions, r.exceptions)

asyncio.run(main())

async def failing():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work('p', 0, ZeroDivisionError('zero')))
asyncio.run(failing())
