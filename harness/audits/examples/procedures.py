"""The state the example list of ra_soat_tthc (data/audits/ra_soat_tthc/) is checked against, at Công an Phường
Tuy Hòa: the catalogue as the real data has it, except one code taken off the portal (1.010039), one code no longer
applied online at the unit (1.010041), and one code whose submissions at the unit land in the queue of the ward's
People's Committee (1.003677, a broken mapping between the portal and the one-stop system). It also hands out a
CSDL TTHC administrator's account (the variables of harness/audits/procedures/admin.py), which tells a code not
yet published from one that does not exist. Every call sets a state, so a second run changes nothing but the
account it hands out."""

import secrets
from collections.abc import MutableMapping

from harness.actors import new_password
from harness.audits.procedures.admin import ACTOR, ADMIN_ID_ENV, ADMIN_PASSWORD_ENV
from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment
from harness.evidence.redaction import SECRETS

UNIT = "Công an Phường Tuy Hòa"
UNPUBLISHED = "1.010039"  # Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú
NOT_CONFIGURED = "1.010041"  # Xác nhận thông tin về cư trú
SENT_ELSEWHERE = "1.003677"  # Khai báo tạm vắng
RECEIVED_BY = "Ủy ban nhân dân Phường Tuy Hòa"
ADMIN_UNIT_KIND = "TTPVHCC_TINH"  # the province's Trung tâm Phục vụ hành chính công
ADMIN_NAME = "Phạm Thu Hà"  # synthetic


def prepare(setup: SetupClient, env: Environment, environ: MutableMapping[str, str]) -> None:
    unit = env.unit(UNIT)
    setup.set_publication(UNPUBLISHED, published=False)
    setup.unconfigure_procedure(NOT_CONFIGURED, unit.code)
    setup.send_submissions_elsewhere(SENT_ELSEWHERE, unit.code, env.unit(RECEIVED_BY).code)
    centre = next(u["code"] for u in setup.units()
                  if u["kind"] == ADMIN_UNIT_KIND and u["province_name"] == unit.province)
    username, password = f"csdl.tthc.{secrets.token_hex(3)}", new_password()
    SECRETS.register(password, f"mật khẩu của {ACTOR}")
    setup.create_officer(username, password, ADMIN_NAME, centre, ["QUAN_TRI_CSDL_TTHC"])
    environ[ADMIN_ID_ENV], environ[ADMIN_PASSWORD_ENV] = username, password
