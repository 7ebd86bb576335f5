"""The task worker: django-tasks-db's, made to outlive a lost database connection and to
take up again the tasks a dead worker left running.

A worker that loses its database (a restart, a failover, a killed backend) closes the
broken connection, waits a little longer each time it fails again, and goes on. While a
worker runs a task it renews the task's lease: its background thread sets the row's
`started_at` (the library's only timestamp of a running task, so it reads "last seen
running") to now, four times a lease. A task stays RUNNING when its worker died, or lost
its database before recording the outcome; once its lease has gone unrenewed for
TASK_LEASE_SECONDS it is put back in its queue and run again by one worker. A task may
therefore run twice only after its worker died or lost its database for a whole lease
(see README, "Delivery guarantees").
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

import structlog
from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

log = structlog.get_logger(__name__)
BACKOFF_MAX_SECONDS = 30.0
READY = "READY"


def lease() -> dt.timedelta:
    return dt.timedelta(seconds=settings.TASK_LEASE_SECONDS)


def lease_renew(*, task_id: Any) -> int:
    """Renew the lease of a task this worker is running (1), unless it is no longer RUNNING."""
    return DBTaskResult.objects.running().filter(pk=task_id).update(started_at=timezone.now())


def expired_tasks_requeue(*, backend_name: str) -> int:
    """Put tasks RUNNING with a lease unrenewed for longer than TASK_LEASE_SECONDS back
    in their queue; how many.

    One conditional UPDATE: of workers doing this at once, one requeues each task, and
    claiming it again (row lock, skip locked) lets one worker run it.
    """
    expired = DBTaskResult.objects.running().filter(
        backend_name=backend_name, started_at__lt=timezone.now() - lease()
    )
    count = expired.update(status=READY)
    if count:
        log.warning("tasks_requeued", count=count)
    return count


class ResilientWorker(Worker):
    """The library's worker loop, restarted after a database error instead of ending."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.failures = 0
        self.stopped = threading.Event()
        self.current_task: Any = None  # the id of the task being run, its lease renewed

    def run(self) -> None:
        self._start_requeuing()
        try:
            while self.running:
                try:
                    expired_tasks_requeue(backend_name=self.backend_name)
                    return super().run()
                except (OperationalError, InterfaceError) as exc:
                    self._recover(exc)
        finally:
            self.stopped.set()

    def run_task(self, db_task_result: DBTaskResult) -> None:
        self.failures = 0  # a task was claimed: the database answers again
        self.current_task = db_task_result.pk
        try:
            super().run_task(db_task_result)
        finally:
            self.current_task = None

    def _recover(self, exc: Exception) -> None:
        """Drop the broken connection and wait before trying again (doubling, capped)."""
        self.failures += 1
        delay = min(self.interval * 2 ** (self.failures - 1) or 0.1, BACKOFF_MAX_SECONDS)
        log.warning("worker_database_lost", error=type(exc).__name__, retry_in=delay)
        connections.close_all()
        self.startup_delay = False
        time.sleep(delay)

    def _start_requeuing(self) -> None:
        """Renew the running task's lease and look for expired ones while a long task keeps
        the loop busy."""
        period = max(0.1, min(settings.TASK_LEASE_SECONDS / 4, 60.0))

        def loop() -> None:
            while not self.stopped.wait(period):
                try:
                    if (task_id := self.current_task) is not None:
                        lease_renew(task_id=task_id)
                    expired_tasks_requeue(backend_name=self.backend_name)
                except (OperationalError, InterfaceError):
                    pass  # the main loop reports a lost database
                finally:
                    connections.close_all()  # this thread's own connection

        threading.Thread(target=loop, name="task-lease", daemon=True).start()
