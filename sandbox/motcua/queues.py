"""The dossier queues behind the menu entries (DOMAIN §1.8): which dossiers of the officer's reach each lists.

"Quá hạn" and "tới hạn" are derived from the appointment date and the sandbox clock, never stored
(DOMAIN §3.3). "Đang xử lý" depends on the role: the officer in charge sees what is received or in
processing (2, 4), a leader what waits for approval (4): the statuses where the officer's roles may act.
The desk's "Đã chuyển xử lý" is what it handed over and processing still holds (4, 6, 8); "Yêu cầu bổ sung"
is every dossier a supplement was asked for, "Chờ bổ sung" those still waiting (5), "Đã bổ sung" those
answered. The fee lists go by the dossier's latest payment request (DOMAIN §3.7): "Chờ thu phí" a payment
started and not yet confirmed by the platform, "Đã thu phí" paid, "Đã hoàn phí" handed back, "Hồ sơ đã thu phí
trực tuyến" every dossier whose fee was collected through the portal, refunded since or not (the sandbox has no
counter collection, so every fee it holds was paid online). Entries not listed here (direct and BCCI returns,
receipts' use, reports) keep their placeholder page.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sandbox.context import SandboxContext
from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.dossiers.statuses import Status, is_due_soon, is_overdue
from sandbox.identity.accounts import Officer
from sandbox.motcua.scope import offered_actions, reach_of
from sandbox.thanhtoan.payments import PaymentRequest, PaymentRequests
from sandbox.thanhtoan.states import PaymentState


@dataclass(frozen=True)
class Facts:
    """What a queue may look at besides the dossier itself."""

    officer: Officer
    now: datetime
    records: DossierRecords
    payments: dict[str, PaymentRequest]  # each dossier's latest payment request, by mã hồ sơ


Selects = Callable[[Dossier, Facts], bool]


def in_status(*statuses: Status) -> Selects:
    return lambda dossier, facts: dossier.trang_thai in statuses


def _being_processed(dossier: Dossier, facts: Facts) -> bool:
    return (dossier.trang_thai in (Status.DA_TIEP_NHAN, Status.DANG_XU_LY)
            and bool(offered_actions(facts.officer, dossier.trang_thai)))


def _supplement_requested(dossier: Dossier, facts: Facts) -> bool:
    return bool(facts.records.supplements(dossier.id))


def _supplement_answered(dossier: Dossier, facts: Facts) -> bool:
    return any(row["ngay_bo_sung"] for row in facts.records.supplements(dossier.id))


def payment_in(*states: PaymentState) -> Selects:
    def selects(dossier: Dossier, facts: Facts) -> bool:
        payment = facts.payments.get(dossier.ma_ho_so or "")
        return payment is not None and payment.trang_thai in states
    return selects


QUEUES: dict[tuple[str, str], Selects] = {
    ("tiep-nhan-ho-so", "cho-tiep-nhan-truc-tuyen"): in_status(Status.MOI_DANG_KY),
    ("tiep-nhan-ho-so", "moi-tiep-nhan"): in_status(Status.DA_TIEP_NHAN),
    ("tiep-nhan-ho-so", "tu-choi-tiep-nhan"): in_status(Status.KHONG_DUOC_TIEP_NHAN),
    ("tiep-nhan-ho-so", "da-chuyen-xu-ly"): in_status(Status.DANG_XU_LY, Status.YEU_CAU_NGHIA_VU_TAI_CHINH,
                                                      Status.DUNG_XU_LY),
    ("bo-sung-ho-so", "yeu-cau-bo-sung"): _supplement_requested,
    ("bo-sung-ho-so", "cho-bo-sung"): in_status(Status.YEU_CAU_BO_SUNG),
    ("bo-sung-ho-so", "da-bo-sung"): _supplement_answered,
    ("tra-ket-qua", "cho-tra-truc-tuyen"): in_status(Status.DA_XU_LY_XONG),
    ("tra-ket-qua", "xin-rut"): in_status(Status.CONG_DAN_RUT),
    ("tra-ket-qua", "da-tra"): in_status(Status.DA_TRA_KET_QUA),
    ("xu-ly-ho-so", "dang-xu-ly"): _being_processed,
    ("xu-ly-ho-so", "dung-xu-ly"): in_status(Status.DUNG_XU_LY),
    ("xu-ly-ho-so", "yeu-cau-nghia-vu-tai-chinh"): in_status(Status.YEU_CAU_NGHIA_VU_TAI_CHINH),
    ("thu-phi-le-phi", "cho-thu-phi"): payment_in(PaymentState.CHO_THANH_TOAN),
    ("thu-phi-le-phi", "da-thu-phi"): payment_in(PaymentState.DA_THANH_TOAN),
    ("thu-phi-le-phi", "da-hoan-phi"): payment_in(PaymentState.DA_HOAN_PHI),
    ("thu-phi-le-phi", "da-thu-phi-truc-tuyen"): payment_in(PaymentState.DA_THANH_TOAN, PaymentState.DA_HOAN_PHI),
    ("theo-doi-ho-so", "ho-so-toi-han"): lambda d, facts: is_due_soon(d.trang_thai, d.ngay_hen_tra, facts.now),
    ("theo-doi-ho-so", "ho-so-qua-han"): lambda d, facts: is_overdue(d.trang_thai, d.ngay_hen_tra, facts.now),
    ("theo-doi-ho-so", "theo-doi-tat-ca"): lambda d, facts: True,
}


def queue_dossiers(ctx: SandboxContext, officer: Officer, selects: Selects) -> list[Dossier]:
    """The dossiers of the officer's unit (and assigned procedures) the queue lists, oldest submission first."""
    records = DossierRecords(ctx.store)
    facts = Facts(officer, ctx.clock.now(), records, PaymentRequests(ctx.store).latest_by_dossier())
    reach = reach_of(ctx, officer)
    return [dossier for dossier in records.of_unit(officer.unit_code, tuple(Status))
            if reach.refusal(dossier) is None and selects(dossier, facts)]
