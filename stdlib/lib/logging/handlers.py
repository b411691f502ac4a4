"""More logging handlers: rotating files (by size or by time), a file
handler that reopens a moved file, buffering handlers, and the queue pair
QueueHandler / QueueListener that moves the slow part of logging to a
thread of its own.

minipy's implementation of the handlers of CPython 3.11's
logging.handlers that need no network; the socket, syslog, SMTP, HTTP and
NT event log handlers are not provided.
"""

import copy
import os
import queue
import threading
import time

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may switch to a fresh file before a record is
    written: subclasses say when (shouldRollover) and how (doRollover).
    `namer` and `rotator`, when set, name and move the old files."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: namer(default_name) if a namer is set."""
        if callable(self.namer):
            return self.namer(default_name)
        return default_name

    def rotate(self, source, dest):
        """Move the current file aside: rotator(source, dest) if set, else a rename."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the next record would take the file to maxBytes:
    app.log becomes app.log.1, app.log.1 becomes app.log.2, ... keeping
    backupCount old files (no rollover at all when either is 0)."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            base = self.baseFilename
            # Shift the old files up by one, dropping the oldest.
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename('%s.%d' % (base, i))
                newer = self.rotation_filename('%s.%d' % (base, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False            # a device or a pipe never rolls over
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = '%s\n' % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return True
        return False


# when -> (seconds per unit, suffix of rotated files)
_TIMED_UNITS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S'),
    'M': (60, '%Y-%m-%d_%H-%M'),
    'H': (60 * 60, '%Y-%m-%d_%H'),
    'D': (_MIDNIGHT, '%Y-%m-%d'),
    'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d'),
    'W': (7 * _MIDNIGHT, '%Y-%m-%d'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over every `interval` units of `when`: S, M, H, D, MIDNIGHT or
    W0..W6 (weekly, 0 is Monday). Old files get a date suffix; backupCount
    of them are kept."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if unit[1] < '0' or unit[1] > '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        seconds, self.suffix = _TIMED_UNITS[unit]
        self.interval = seconds * interval
        filename = self.baseFilename
        if os.path.exists(filename):
            start = int(os.stat(filename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        # Daily or weekly: at the next midnight (or atTime), local or UTC.
        parts = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        now = parts[3] * 3600 + parts[4] * 60 + parts[5]
        if self.atTime is None:
            at = _MIDNIGHT
        else:
            at = self.atTime.hour * 3600 + self.atTime.minute * 60 + self.atTime.second
        wait = at - now
        day = parts[6]
        if wait < 0:
            wait += _MIDNIGHT
            day = (day + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W') and day != self.dayOfWeek:
            result += (self.dayOfWeek - day) % 7 * _MIDNIGHT
            if not self.utc:
                # Keep the wall-clock time across a DST change.
                dst_now, dst_then = parts[-1], time.localtime(result)[-1]
                if dst_now != dst_then:
                    result += 3600 if dst_now else -3600
        return result

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        return int(time.time()) >= self.rolloverAt

    def _is_rotated_name(self, name, prefix):
        """Whether name is prefix + a suffix made by self.suffix."""
        if not name.startswith(prefix):
            return False
        rest = name[len(prefix):]
        sample = time.strftime(self.suffix, time.gmtime(0))
        if len(rest) < len(sample):
            return False
        stamp = rest[:len(sample)]
        for a, b in zip(stamp, sample):
            if b.isdigit() != a.isdigit() or (not b.isdigit() and a != b):
                return False
        return True

    def getFilesToDelete(self):
        """The rotated files beyond backupCount, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        prefix = base + '.'
        found = sorted(os.path.join(folder, name) for name in os.listdir(folder)
                       if self._is_rotated_name(name, prefix))
        if len(found) <= self.backupCount:
            return []
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        start = self.rolloverAt - self.interval
        parts = time.gmtime(start) if self.utc else time.localtime(start)
        target = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, parts))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        next_at = self.computeRollover(now)
        while next_at <= now:
            next_at += self.interval
        self.rolloverAt = next_at


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when the file was moved or
    deleted (by logrotate, say) since the last record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is None or (st.st_dev, st.st_ino) != (self.dev, self.ino):
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flush() (here: forget them) runs when
    shouldFlush says so, by default when `capacity` records are held."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full
    or a record of flushLevel or above arrives (and at close)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts records on a queue (queue.Queue, SimpleQueue, ...) instead of
    writing them; a QueueListener on the other end does the writing."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of record ready to cross to another thread or process:
        the message formatted in, arguments and exception info dropped."""
        text = self.format(record)
        record = copy.copy(record)
        record.message = text
        record.msg = text
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and passes them to
    its handlers (all of them, or with respect_handler_level=True only
    those whose level the record reaches)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        done = getattr(q, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is self._sentinel:
                if done is not None:
                    done()
                break
            self.handle(record)
            if done is not None:
                done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Let the thread handle what is queued, then end it."""
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
