"""Information about the underlying platform and interpreter.

python_implementation() is sys.implementation's name spelt as CPython spells
its own ('minipy'), so code that branches on 'CPython' does not mistake
minipy for it; python_version() and friends report the language version
minipy implements (sys.version_info). The interpreter is a static Go
binary: python_compiler() names the Go toolchain and libc_ver() finds no C
library in it.
"""
import collections
import os
import sys

__version__ = "1.0.8"

_uname_cache = None


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """uname() as a named tuple; processor is computed when asked for."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__getitem__(self, slice(0, 5))
        yield self.processor

    def __getitem__(self, key):
        return (*tuple.__getitem__(self, slice(0, 5)), self.processor)[key]

    def __len__(self):
        return 6

    def __reduce__(self):
        return uname_result, tuple.__getitem__(self, slice(0, 5))

    def __repr__(self):
        return "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(
            tuple.__getitem__(self, slice(0, 5)))


uname_result.__module__ = "platform"


def _processor():
    # CPython asks `uname -p` on Linux, which is usually 'unknown' and then
    # reported as ''.
    return ""


def uname():
    """(system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def python_implementation():
    """'minipy' (sys.implementation.name in CPython's capitalisation)."""
    name = sys.implementation.name
    return {"cpython": "CPython", "pypy": "PyPy"}.get(name, name)


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("main", "")


def python_compiler():
    """The toolchain that built the interpreter (from sys.version's [...])."""
    v = sys.version
    i, j = v.rfind("["), v.rfind("]")
    return v[i + 1:j] if 0 <= i < j else ""


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """The C library the executable links against: none for minipy's static
    Go binary, so (lib, version) as given."""
    return (lib, version)


def architecture(executable=sys.executable, bits="", linkage=""):
    bits = bits or "%dbit" % (8 * (sys.maxsize.bit_length() + 1) // 8)
    if not linkage and sys.platform.startswith("linux"):
        linkage = "ELF"
    elif not linkage and sys.platform == "darwin":
        linkage = "Mach-O"
    return bits, linkage


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    """The key=value pairs of /etc/os-release (or /usr/lib/os-release)."""
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            if not key.replace("_", "").isalnum():
                continue
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
                out, i = [], 0
                while i < len(value):
                    c = value[i]
                    if c == "\\" and i + 1 < len(value) and value[i + 1] in "\\$\"'`":
                        out.append(value[i + 1])
                        i += 2
                    else:
                        out.append(c)
                        i += 1
                value = "".join(out)
            info[key] = value
        return info
    raise OSError(2, "Unable to read files /etc/os-release, /usr/lib/os-release")


def platform(aliased=False, terse=False):
    """'Linux-6.1.0-x86_64' style text (no '-with-libc' part: see libc_ver)."""
    u = uname()
    if terse and u.system != "Linux":  # CPython ignores terse on Linux
        parts = [u.system, u.release]
    else:
        parts = [u.system, u.release, u.machine]
        lib, ver = libc_ver()
        if lib:
            parts.append("with")
            parts.append(lib + ver)
    text = "-".join(p for p in parts if p)
    text = text.replace(" ", "_").replace("/", "-").replace("\\", "-").replace(":", "-").replace(";", "-")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")
