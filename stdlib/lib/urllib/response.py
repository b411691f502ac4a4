"""Response wrappers: addbase (a file with a context manager), addinfourl
(plus headers, url and status)."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(object):
    def __init__(self, fp):
        self.fp = fp

    def __getattr__(self, name):
        fp = self.__dict__.get('fp')
        if fp is None:
            raise AttributeError(name)
        return getattr(fp, name)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    def __enter__(self):
        if self.fp is None or getattr(self.fp, 'closed', False):
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return iter(self.fp)

    def read(self, *args):
        return self.fp.read(*args)

    def readline(self, *args):
        return self.fp.readline(*args)

    def readlines(self, *args):
        return self.fp.readlines(*args)

    def close(self):
        if self.fp is not None:
            self.fp.close()


class addclosehook(addbase):
    def __init__(self, fp, closehook, *hookargs):
        addbase.__init__(self, fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            addbase.close(self)


class addinfo(addbase):
    def __init__(self, fp, headers):
        addbase.__init__(self, fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    def __init__(self, fp, headers, url, code=None):
        addinfo.__init__(self, fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
