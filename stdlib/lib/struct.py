"""Conversion between Python values and C structs packed in bytes (_struct
is the Go implementation)."""
__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]

from _struct import *
from _struct import _clearcache
