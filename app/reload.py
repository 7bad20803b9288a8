"""Live dataset reload: a new ``plapi load`` is picked up without a restart.

``plapi load`` renames a complete database over the old one, so a change of the file's identity
(inode, size, modification time) means a new dataset. The watcher notices it by polling (every
``reload_interval`` seconds) or at once on ``SIGHUP``, opens the new file, and swaps it in
(warming its response cache first, while the previous dataset serves).
Requests already running keep the database they started with; the old one is closed a little
later. A file that cannot be opened as a dataset is logged and ignored: the previous dataset
keeps serving.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path

from app.db import Database

logger = logging.getLogger("app.reload")

CLOSE_OLD_AFTER_SECONDS = 30.0
Signature = tuple[int, int, int] | None


def file_signature(path: Path) -> Signature:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


class DatasetWatcher:
    def __init__(
        self,
        path: Path,
        *,
        current: Callable[[], Database | None],
        swap: Callable[[Database], Awaitable[None]],
        interval: float,
    ) -> None:
        self.path = path
        self.current = current
        self.swap = swap
        self.interval = interval
        self.signature = file_signature(path)
        self.wake = asyncio.Event()

    async def check(self) -> bool:
        """Swap in the file at ``path`` if it changed and opens; True when it did."""
        signature = file_signature(self.path)
        if signature == self.signature or signature is None:
            return False
        self.signature = signature
        try:
            fresh = await asyncio.to_thread(Database, self.path)
        except Exception as error:
            logger.error(
                "new database at %s not loaded, still serving the old one: %s", self.path, error
            )
            return False
        old = self.current()
        if old is not None and old.version == fresh.version:
            # Same content rebuilt: keep the warm one.
            fresh.close()
            return False
        await self.swap(fresh)
        logger.info(
            "dataset reloaded",
            extra={"fields": {"version": fresh.version, "previous": old.version if old else None}},
        )
        if old is not None:
            asyncio.get_running_loop().call_later(CLOSE_OLD_AFTER_SECONDS, old.close)
        return True

    async def run(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.wake.set)
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout=self.interval or None)
            self.wake.clear()
            try:
                await self.check()
            except Exception:
                logger.exception("dataset reload check failed")
