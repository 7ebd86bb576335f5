"""The task worker outlives a lost database connection, and a task its dead worker left
RUNNING is run again once its lease has expired, by one worker only."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from config.worker import ResilientWorker, expired_tasks_requeue
from eservices.models import OutboxMessage
from tests.cases import FAULT_REPORT, file_case, publish_form
from tests.processes import database_url, spawn
from tests.smtp import Mailbox, smtp_delivery

RUNS: list[str] = []


@task()
def record_run(label: str) -> str:
    RUNS.append(label)
    return label


@task()
def slow_run(label: str, seconds: float) -> str:
    RUNS.append(label)
    time.sleep(seconds)
    return label


def left_running(label: str, *, seconds_ago: int) -> DBTaskResult:
    """A task a worker claimed `seconds_ago` and never finished (it died)."""
    result = DBTaskResult.objects.get(pk=record_run.enqueue(label).id)
    result.claim("dead-worker")
    started = timezone.now() - dt.timedelta(seconds=seconds_ago)
    DBTaskResult.objects.filter(pk=result.pk).update(started_at=started)
    return result


def run_worker_batch() -> None:
    call_command(
        "db_worker", "--batch", "--no-reload", "--no-startup-delay", "--queue-name", "*",
        verbosity=0,
    )  # fmt: skip


# A worker closes its connection after each round: outside a test's transaction.
@pytest.mark.django_db(transaction=True)
def test_a_task_left_running_past_its_lease_runs_again_exactly_once(settings: Any) -> None:
    settings.TASK_LEASE_SECONDS = 60
    RUNS.clear()
    expired = left_running("expired", seconds_ago=61)
    within = left_running("within", seconds_ago=30)

    run_worker_batch()
    assert expired_tasks_requeue(backend_name="default") == 0  # nothing left to take up
    run_worker_batch()

    assert RUNS == ["expired"]
    expired.refresh_from_db()
    assert expired.status == "SUCCESSFUL"
    assert expired.worker_ids[0] == "dead-worker" and len(expired.worker_ids) == 2
    within.refresh_from_db()
    assert (within.status, within.worker_ids) == ("RUNNING", ["dead-worker"])


def worker_thread(worker_id: str) -> threading.Thread:
    """A live worker beside the test, running what is queued, then ending."""
    worker = ResilientWorker(
        queue_names=["*"], interval=0, batch=True, backend_name="default",
        startup_delay=False, max_tasks=None, worker_id=worker_id, excluded_queue_names=[],
    )  # fmt: skip

    def run() -> None:
        try:
            worker.run()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True)
def test_a_task_running_past_its_lease_in_a_live_worker_is_not_run_again(settings: Any) -> None:
    settings.TASK_LEASE_SECONDS = 2
    RUNS.clear()
    result_id = slow_run.enqueue("slow", 6).id
    live = worker_thread("live-worker")
    for _ in range(100):
        if RUNS:
            break
        time.sleep(0.1)
    time.sleep(3)  # past the lease since it started, and still running

    run_worker_batch()  # another worker: requeues expired leases, runs what is ready
    live.join(timeout=30)

    assert RUNS == ["slow"]
    result = DBTaskResult.objects.get(pk=result_id)
    assert (result.status, result.worker_ids) == ("SUCCESSFUL", ["live-worker"])


@pytest.fixture
def mail(settings: Any) -> Iterator[tuple[Mailbox, int]]:
    with smtp_delivery(settings) as (mailbox, port):
        yield mailbox, port


def terminate_other_connections() -> int:
    """What a database restart or failover does to every other session."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return len(cursor.fetchall())


@pytest.mark.django_db(transaction=True)
def test_the_worker_goes_on_after_its_database_connection_is_killed_mid_task(
    home: Any, mail: tuple[Mailbox, int]
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("Killing a worker's connection needs PostgreSQL (CI runs this test there).")
    mailbox, port = mail
    publish_form("felanmalan")
    no_phone = {k: v for k, v in FAULT_REPORT.items() if k != "phone"}
    mailbox.hold = True  # the first receipt is received but not answered
    first = file_case(data=no_phone)
    worker = spawn(
        "db_worker", "--queue-name", "*", "--no-reload", "--no-startup-delay", "--interval", "0.2",
        DATABASE_URL=database_url(), EMAIL_URL=f"smtp://127.0.0.1:{port}", CONN_MAX_AGE="60",
    )  # fmt: skip
    try:
        assert mailbox.holding.wait(timeout=90), "the worker never started sending"
        assert terminate_other_connections() >= 1
        mailbox.hold = False
        mailbox.release.set()  # the send fails; recording it meets the dead connection

        second = file_case(data=no_phone)
        receipt = second.outbox.get()
        for _ in range(300):
            if mailbox.messages or worker.poll() is not None:
                break
            time.sleep(0.1)
        assert worker.poll() is None, "the worker died with its database connection"
        assert mailbox.message_ids() == [f"<{receipt.pk}@stad.example>"]
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    # The first receipt waits for its claim to expire, to be sent by a later attempt.
    assert first.outbox.get().state == OutboxMessage.State.PENDING
