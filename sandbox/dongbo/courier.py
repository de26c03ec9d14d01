"""The delivery thread of the provincial sender: outbox messages to the national side, in order per dossier.

It authenticates once and again whenever the national side says the session is invalid or expired, retries a
refused message after n × retry_ms until max_attempts, and turns an insert that meets "đã tồn tại" into an
update, which then counts as the delivery. Waiting is on real time, never on the sandbox clock.
"""

import logging
import threading
import time
from collections.abc import Callable

from sandbox.context import SandboxContext
from sandbox.dongbo.config import read_config
from sandbox.dongbo.contract import ALREADY_EXISTS, BAD_SESSION, SYNC_DOSSIERS, SYSTEM_ERROR, answer, succeeded
from sandbox.dongbo.national_api import ClientCredentials, NationalSyncApi
from sandbox.dongbo.outbox import Outbox, OutboxMessage, SyncStatus

log = logging.getLogger(__name__)


class Courier:
    def __init__(self, ctx: SandboxContext, national: NationalSyncApi, client: ClientCredentials) -> None:
        self.ctx = ctx
        self.national = national
        self.client = client
        self.outbox = Outbox(ctx.store)
        self._session: str | None = None
        self._stopping = threading.Event()
        self._wake = threading.Event()
        # Notified after every recorded attempt, for whoever waits for a dossier to settle (the setup API).
        self._attempted = threading.Condition()
        self._thread = threading.Thread(target=self._run, name=f"dongbo-courier {ctx.settings.db_path}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def wait_for(self, done: Callable[[], bool], timeout: float) -> bool:
        """Whether `done()` held within `timeout` seconds, asked again after each recorded attempt."""
        with self._attempted:
            return self._attempted.wait_for(done, timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self.national.close()
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            self._wake.wait(self._deliver_due())

    def _deliver_due(self) -> float | None:
        """Delivers every message now due; returns the seconds until the next one, None when none waits."""
        while not self._stopping.is_set():
            message = self.outbox.next_head()
            if message is None:
                return None
            wait = message.due - time.monotonic()
            if wait > 0:
                return wait
            self._deliver(message)
        return None

    def _deliver(self, message: OutboxMessage) -> None:
        config = read_config(self.ctx.store)
        attempts = message.attempts + 1
        overcome: list[str] = []
        reply = self._call(message, message.payload, overcome)
        if not succeeded(reply) and _is_duplicate_insert(message, reply):
            overcome.append(reply["message"])
            reply = self._call(message, {**message.payload, "isUpdating": "True"}, overcome)
        if succeeded(reply):
            # The last refusal stays as evidence of what was overcome, from this attempt or an earlier one.
            self.outbox.record_attempt(message.id, SyncStatus.SYNCED, attempts,
                                       overcome[-1] if overcome else message.last_error, message.due,
                                       self.ctx.clock.now())
        elif attempts >= config.max_attempts:
            self.outbox.record_attempt(message.id, SyncStatus.FAILED, attempts, reply["message"], message.due)
        else:
            retry_at = time.monotonic() + attempts * config.retry_ms / 1000
            self.outbox.record_attempt(message.id, SyncStatus.RETRYING, attempts, reply["message"], retry_at)
        with self._attempted:
            self._attempted.notify_all()

    def _call(self, message: OutboxMessage, params: dict, overcome: list[str]) -> dict:
        """One service call, signing in again once if the national side no longer knows the session."""
        reply = self._call_in_session(message, params)
        if reply.get("error_code") == BAD_SESSION:
            overcome.append(reply["message"])
            self._session = None
            reply = self._call_in_session(message, params)
        return reply

    def _call_in_session(self, message: OutboxMessage, params: dict) -> dict:
        if self._session is None:
            login = _request(self.national.authenticate,
                             {"username": self.client.username, "password": self.client.password})
            if not succeeded(login):
                return login
            self._session = login["session"]
        body = {"session": self._session, "madonvi": message.madonvi, "service": message.service, **params}
        return _request(self.national.call, body)


def _is_duplicate_insert(message: OutboxMessage, reply: dict) -> bool:
    return (message.service == SYNC_DOSSIERS and message.payload.get("isUpdating") == "False"
            and ALREADY_EXISTS in str(reply.get("message", "")))


def _request(endpoint: Callable[[dict], dict], body: dict) -> dict:
    """One request to the national side; a crash there reaches the sender as an HTTP 500 would: an error."""
    try:
        return endpoint(body)
    except Exception as error:
        log.exception("Cổng DVCQG (sandbox) lỗi khi xử lý yêu cầu đồng bộ")
        return answer(SYSTEM_ERROR, f"Cổng DVCQG không trả lời được: {error}")
