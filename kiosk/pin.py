"""The admin PIN: no default, a random one made at first start, and a lockout that persists.

Pure Python. The PIN's scrypt hash lives in the state folder (owner-only); without a
`pin_hash` in the configuration or a hash there, the first start makes a random 8-digit
PIN, stores its hash and writes the PIN once to a file beside it that only its owner can
read. `set-pin` replaces it and removes that file. Wrong PINs lock the pad (5 in a row →
60 s, doubling each time it locks again) and the lock is on disk, so a restart keeps it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk import paths

log = logging.getLogger("kiosk.pin")

GENERATED_DIGITS = 8
MAX_TRIES = 5  # wrong PINs in a row before the pad locks
LOCK_SECONDS = 60  # the first lock; each further lock in a row doubles it
MAX_LOCK_SECONDS = 3600
HASH_FILE = "admin-pin.hash"
PIN_FILE = "admin-pin.txt"
LOCK_FILE = "admin-lockout.json"
HASH_RE = re.compile(r"scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """Hashes an admin PIN.

    Args:
        pin: the PIN as typed on the keypad.
        salt: 16 random bytes; a fresh random salt when None.

    Returns:
        `scrypt$<salt-hex>$<hash-hex>`.
    """
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def matches(pin_hash: str, pin: str) -> bool:
    """Whether `pin` is the PIN `pin_hash` was made from (False for a malformed hash)."""
    if not HASH_RE.fullmatch(pin_hash):
        return False
    salt = bytes.fromhex(pin_hash.split("$")[1])
    return hmac.compare_digest(hash_pin(pin, salt), pin_hash)


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be the admin PIN (the pad types 4 to 8 digits), or None."""
    if not pin.isdigit() or not pin.isascii():
        return "the keypad types digits only"
    if not 4 <= len(pin) <= GENERATED_DIGITS:
        return f"use 4 to {GENERATED_DIGITS} digits"
    return None


def _write_private(path: Path, text: str) -> None:
    """Writes `text` readable and writable by its owner only, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)  # an existing file keeps its mode through O_CREAT
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@dataclass
class _LockState:
    tries: int = 0  # wrong PINs in a row since the last success or lock
    strikes: int = 0  # locks in a row since the last success
    locked_until: float = 0.0  # wall-clock seconds


class Lockout:
    """Counts wrong PINs and locks the pad; persisted in `path` when given (else memory).

    Args:
        path: the JSON file that keeps the count and the lock across restarts.
        clock: wall-clock seconds (tests pass their own).
    """

    def __init__(self, path: Path | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock
        self._state = self._read()

    def _read(self) -> _LockState:
        if self._path is None or not self._path.is_file():
            return _LockState()
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            state = _LockState(int(data["tries"]), int(data["strikes"]),
                               float(data["locked_until"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("admin lockout record %s unreadable (%s): the pad locks at once",
                      self._path, exc)
            # A damaged record must not be a way round the lock: treat it as a fresh lock.
            return _LockState(0, 1, self._clock() + LOCK_SECONDS)
        # A clock set back must not stretch the lock past its longest length.
        longest = self._clock() + MAX_LOCK_SECONDS
        state.locked_until = min(state.locked_until, longest)
        return state

    def _save(self) -> None:
        if self._path is None:
            return
        try:
            _write_private(self._path, json.dumps(asdict(self._state)))
        except OSError as exc:
            log.error("could not keep the admin lockout in %s: %s", self._path, exc)

    def remaining(self) -> float:
        """Seconds until the pad takes PINs again (0 when it does now)."""
        return max(0.0, self._state.locked_until - self._clock())

    def failed(self) -> float:
        """Counts a wrong PIN.

        Returns:
            Seconds the pad is now locked for (0 while tries remain).
        """
        state = self._state
        state.tries += 1
        if state.tries >= MAX_TRIES:
            state.tries = 0
            state.strikes += 1
            seconds = min(MAX_LOCK_SECONDS, LOCK_SECONDS * 2 ** (state.strikes - 1))
            state.locked_until = self._clock() + seconds
            log.warning("admin pad locked for %d s after %d wrong PINs (lock %d in a row)",
                        seconds, MAX_TRIES, state.strikes)
        self._save()
        return self.remaining()

    def succeeded(self) -> None:
        """A right PIN: the count and the doubling start again."""
        if self._state != _LockState():
            self._state = _LockState()
            self._save()

    @property
    def tries(self) -> int:
        """Wrong PINs in a row since the last lock or success."""
        return self._state.tries


class PinStore:
    """Where the admin PIN's hash comes from and how it is checked and replaced.

    Args:
        state_dir: the owner-only folder for the hash, the first PIN and the lockout.
        configured_hash: the configuration's `pin_hash`; when set it takes precedence.
    """

    def __init__(self, state_dir: Path, configured_hash: str = "") -> None:
        self.state_dir = state_dir
        self.hash_file = state_dir / HASH_FILE
        self.pin_file = state_dir / PIN_FILE
        self.lock_file = state_dir / LOCK_FILE
        self._configured = configured_hash

    def _stored_hash(self) -> str:
        try:
            text = self.hash_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return ""
        return text if HASH_RE.fullmatch(text) else ""

    def ensure(self) -> Path | None:
        """Makes a random PIN when none is configured or stored.

        Returns:
            The file the new PIN was written to, or None when a PIN already existed.
        """
        if self._configured or self._stored_hash():
            return None
        if self.hash_file.exists():
            log.error("admin PIN hash %s is damaged: making a new PIN", self.hash_file)
        pin = f"{secrets.randbelow(10 ** GENERATED_DIGITS):0{GENERATED_DIGITS}d}"
        _write_private(self.hash_file, hash_pin(pin) + "\n")
        _write_private(self.pin_file, (
            f"Admin PIN of {paths.APP_NAME}: {pin}\n"
            f"It was made at the first start. Replace it with `{paths.APP_NAME} set-pin`,\n"
            "which also deletes this file.\n"))
        log.warning("no admin PIN was set: made one and wrote it to %s (readable by its "
                    "owner only); replace it with `%s set-pin`", self.pin_file, paths.APP_NAME)
        return self.pin_file

    def check(self, pin: str) -> bool:
        """Whether `pin` opens the admin screen (never, while no PIN exists)."""
        expected = self._configured or self._stored_hash()
        return bool(expected) and matches(expected, pin)

    def set(self, pin: str) -> None:
        """Replaces the stored PIN, deletes the first-start PIN file and clears the lock.

        Raises:
            ValueError: `pin` is not 4 to 8 digits.
        """
        if problem := pin_problem(pin):
            raise ValueError(problem)
        _write_private(self.hash_file, hash_pin(pin) + "\n")
        self.pin_file.unlink(missing_ok=True)
        self.lock_file.unlink(missing_ok=True)
        log.info("admin PIN replaced in %s", self.hash_file)

    def lockout(self, clock: Callable[[], float] = time.time) -> Lockout:
        """The persisted lockout of this kiosk's pad."""
        return Lockout(self.lock_file, clock)

    def notices(self) -> list[str]:
        """What staff should know about the PIN once unlocked."""
        if self._configured:
            return []
        if self.pin_file.exists():
            return [f"The admin PIN is still the one made at first start ({self.pin_file}): "
                    f"replace it with `{paths.APP_NAME} set-pin`."]
        return []

    @property
    def configured(self) -> bool:
        """Whether the configuration's `pin_hash` is the PIN (set-pin does not replace it)."""
        return bool(self._configured)
