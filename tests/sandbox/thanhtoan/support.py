"""What the payment tests share: a sandbox whose platform key is known, and a payment started the way the
portal starts one (a request opened, a signed INIT sent, the platform's session answered)."""

import json
from datetime import datetime

from fastapi.testclient import TestClient

from sandbox.context import SandboxContext
from sandbox.thanhtoan.messages import init_message
from sandbox.thanhtoan.payments import PaymentRequests

SECRET = "bi-mat-cua-tien-trinh"
MA = "000.21.31.H15-261202-0001"


def start(client: TestClient, ctx: SandboxContext, reference: str = "TT1", secret: str = SECRET, ma: str = MA):
    """The platform's answer to the INIT of a new 10.000 đồng request."""
    PaymentRequests(ctx.store).open(reference, ma, 10_000, "2026-12-02T15:00")
    message = {**init_message(reference, ma, 10_000, datetime(2026, 12, 2, 15), "127.0.0.1", secret, {}),
               "UrlTraVe": f"/ho-so/{ma}"}
    return client.post("/thanhtoan/api/payment", json=message)


def session_of(answer) -> str:
    return json.loads(answer.json()["message"])["UrlThanhToan"].split("sessionId=")[1]
