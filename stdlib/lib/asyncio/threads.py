"""asyncio.to_thread."""

__all__ = ('to_thread',)

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's default executor (a thread)
    and return its result."""
    loop = events.get_running_loop()
    if kwargs:
        call = lambda: func(*args, **kwargs)
        return await loop.run_in_executor(None, call)
    return await loop.run_in_executor(None, func, *args)
