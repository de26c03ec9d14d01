"""The provincial side's listener: each dossier change goes into the outbox, to be delivered later.

Dossiers converted from the old system (`converted`, ViTriDeHoSo='Convert') are never sent (DOMAIN §3.10).
"""

import time

from sandbox.context import SandboxContext
from sandbox.dongbo import switches
from sandbox.dongbo.config import read_config
from sandbox.dongbo.outbox import Outbox
from sandbox.dongbo.projection import sync_messages
from sandbox.dossiers.records import DossierRecords
from sandbox.dossiers.service import DossierChanged


def enqueue_change(ctx: SandboxContext, change: DossierChanged) -> bool:
    """Puts the change's messages in the outbox; False when the dossier is not synced at all."""
    dossier = change.dossier
    if dossier.converted:
        return False
    messages = sync_messages(change, DossierRecords(ctx.store), ctx.faults.is_on(switches.MERGED_STATUSES))
    due = time.monotonic() + read_config(ctx.store).delay_ms / 1000
    Outbox(ctx.store).add(dossier.ma_ho_so, dossier.unit_code, messages, ctx.clock.now(), due)
    return True
