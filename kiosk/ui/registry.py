"""Hands the controllers the application built to the QML engine's singleton factories."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlEngine

T = TypeVar("T", bound=QObject)

_provided: dict[type, QObject] = {}


def provide(obj: QObject) -> None:
    """Makes `obj` the instance QML gets for its type's singleton."""
    _provided[type(obj)] = obj


def provided(cls: type[T]) -> T:
    """The instance provided for `cls`, kept owned by Python (the engine must not delete it).

    Raises:
        LookupError: no instance of `cls` was provided before the QML loaded.
    """
    try:
        obj = _provided[cls]
    except KeyError:
        raise LookupError(f"no {cls.__name__} provided to QML") from None
    QQmlEngine.setObjectOwnership(obj, QQmlEngine.ObjectOwnership.CppOwnership)
    assert isinstance(obj, cls)
    return obj


def clear() -> None:
    """Forgets every provided instance (between tests, or on reload)."""
    _provided.clear()
