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
