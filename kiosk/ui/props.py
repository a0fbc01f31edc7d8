"""Reading Qt properties from Python without tripping PySide6 6.12's reference bug.

PySide6 6.12.0 returns `None` for an invalid or null QVariant (a missing property, a null
object pointer) without taking a reference to it. On Python 3.11, where None is not yet
immortal, each such read lowers None's reference count until the interpreter aborts with
"deallocating None" (seen here after a few thousand reads in the UI benchmark). pyproject.toml
keeps PySide below 6.12; should an affected PySide be installed anyway, `read` notices at
import and gives the reference back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlProperty

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def _steals_none() -> bool:
    """Whether this PySide drops a reference to None when a property read finds nothing."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.property("missing")
    stolen = sys.getrefcount(None) < before - 4
    for _ in range(8 if stolen else 0):
        _incref(None)
    return stolen


_STEALS_NONE = _steals_none()


def read(obj: QObject, name: str) -> Any:
    """`obj.property(name)`, or None when it has no such property or it holds nothing.

    Args:
        obj: any QObject (QML items included).
        name: the property's name.

    Returns:
        The value as PySide converts it.
    """
    # QQmlProperty looks the name up in C++. Asking `obj.metaObject()` from Python would
    # wrap a QML type's meta-object, which QML frees with the type; PySide does not notice,
    # and an item later allocated at that address came back as a QMetaObject (seen in CI).
    if not QQmlProperty(obj, name).isValid() and name.encode() not in \
            obj.dynamicPropertyNames():
        return None
    value = obj.property(name)
    if value is None and _STEALS_NONE:
        _incref(None)
    return value
