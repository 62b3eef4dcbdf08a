"""One run at a time on a report folder: a lock file beside it, in the folder's parent.

The lock is an ``flock`` (POSIX) on ``.NAME.lock``, which the system lets go of however the run ends
(an exception, Ctrl-C, SIGKILL, a crash); the file holds the pid of the run that has it, for
the message a second run gives. A lock file left by a killed run locks nothing and is taken
over. On a filesystem without ``flock`` (some network mounts) the pid is the lock: a live
process's is respected, a dead one's taken over.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

from .models import TrackerError, TrackerWarning

DEFAULT_WAIT = 60.0  # seconds a second run waits for the first before it stops
_POLL = 0.1
_NO_FLOCK = frozenset({errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP})
_held = threading.local()  # lock files this thread holds, and how deeply: a run's steps nest


def lock_path(target: Path) -> Path:
    """The lock file of the report folder ``target`` (one however the folder is named:
    relative, absolute, through a symbolic link to its parent), its parent made if need be."""
    target = Path(os.path.abspath(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    return target.parent.resolve() / f".{target.name}.lock"


@contextlib.contextmanager
def report_lock(target: Path, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """Hold the lock of the report folder ``target`` for the block: wait up to ``wait``
    seconds for a run that holds it, then stop with a ``TrackerError`` naming that run. A
    block inside one holding the same lock (a run's steps nest) holds it already."""
    if not hasattr(_held, "depth"):
        _held.depth = {}
    depth: dict[Path, int] = _held.depth
    try:
        path = lock_path(target)
        fd = None if path in depth else _acquire(path, target, wait)
    except OSError as err:
        raise TrackerError(f"cannot write {err.filename or target}: {err.strerror or err}") from None
    depth[path] = depth.get(path, 0) + 1
    try:
        yield
    finally:
        depth[path] -= 1
        if fd is not None:
            del depth[path]
            _release(fd, path)


def _acquire(path: Path, target: Path, wait: float) -> int:
    deadline = time.monotonic() + wait
    told = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if _lock(fd):
                if _same_file(fd, path):  # not a file its last holder removed as we opened it
                    os.ftruncate(fd, 0)
                    os.write(fd, f"{os.getpid()}\n".encode())
                    return fd
                os.close(fd)
                continue
            holder = _holder(fd)
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        who = f"another run (pid {holder})" if holder else "another run"
        left = deadline - time.monotonic()
        if left <= 0:
            raise TrackerError(f"{who} is writing {target}; waited {wait:g} s for it (--wait sets how long)")
        if not told:
            warnings.warn(TrackerWarning(f"{who} is writing {target}; waiting for it (up to {wait:g} s)"),
                          stacklevel=4)
            told = True
        _pause(min(_POLL, left))


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def _lock(fd: int) -> bool:
    """Take the lock on ``fd`` without waiting; False when another process has it."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as err:
        if err.errno not in _NO_FLOCK:
            raise
        return not _pid_alive(_holder(fd))
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


def _holder(fd: int) -> int | None:
    try:
        pid = int(os.pread(fd, 32, 0).decode("ascii", errors="replace").strip() or "0")
    except (OSError, ValueError):
        return None
    return pid or None


def _pid_alive(pid: int | None) -> bool:
    if pid is None or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def _release(fd: int, path: Path) -> None:
    """Remove the lock file while still holding it (a waiter that opened it then sees it gone
    and opens afresh), then let go."""
    try:
        if _same_file(fd, path):
            with contextlib.suppress(OSError):
                path.unlink()
    finally:
        os.close(fd)
