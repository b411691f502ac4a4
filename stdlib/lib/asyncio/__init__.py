"""asyncio for minipy: an event loop, tasks, futures, synchronization
primitives, queues and TCP streams, following CPython 3.11's behaviour
(minipy's own implementation). The loop waits on timers and on callbacks
handed over by other threads (run_in_executor, call_soon_threadsafe, the
socket threads of thread_sockets.py), with the GIL released. There are no
subprocesses, UDP or Unix sockets."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *
from .base_events import SelectorEventLoop, DefaultEventLoopPolicy


async def _no_subprocesses(*args, **kwargs):
    raise NotImplementedError('minipy asyncio has no subprocesses')

create_subprocess_exec = create_subprocess_shell = _no_subprocesses

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ +
           exceptions.__all__ + futures.__all__ + locks.__all__ +
           protocols.__all__ + queues.__all__ + runners.__all__ + streams.__all__ +
           taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__ + transports.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy'))
