"""asyncio.to_thread."""

__all__ = ('to_thread',)

import contextvars

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's default executor (a thread),
    in a copy of the current context, and return its result."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, lambda: ctx.run(func, *args, **kwargs))
