"""asyncio for minipy: an event loop, tasks, futures, synchronization
primitives and queues, following CPython 3.11's behaviour (minipy's own
implementation). There are no sockets, streams or subprocesses: the loop
waits on timers and on callbacks handed over by other threads
(run_in_executor, call_soon_threadsafe), with the GIL released."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .threads import *
from .timeouts import *
from .base_events import SelectorEventLoop, DefaultEventLoopPolicy


async def _no_streams(*args, **kwargs):
    raise NotImplementedError('minipy asyncio has no sockets, streams or subprocesses')

open_connection = start_server = _no_streams
create_subprocess_exec = create_subprocess_shell = _no_streams

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ +
           exceptions.__all__ + futures.__all__ + locks.__all__ +
           queues.__all__ + runners.__all__ + tasks.__all__ +
           threads.__all__ + timeouts.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy'))
