"""Emulated digital signing (ký số) of a result document, in place of the VGCA plugin or a remote CA.

The signature is a stub with the fields a reviewer checks on a real one: signer, certificate subject and
serial, signing time, algorithm and the digest of the signed content (DOMAIN §3.9). As on a real signed
document, what was signed travels with the document ("Nội dung đã ký": `Nhãn: giá trị` parts joined by
" | ", whitespace as a page shows it), so that anyone can recompute its SHA-256 and compare it with "Mã băm".
Faults let a test reach "plugin not running" and "certificate expired".
"""

import hashlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sandbox.clock import VIETNAM
from sandbox.faults import FaultSwitches

PLUGIN_DOWN = "ky_so.plugin_khong_chay"
CERTIFICATE_EXPIRED = "ky_so.chung_thu_het_han"
REFUSAL_RESULT_PREFIX = "Phiếu từ chối"


class SigningFailed(Exception):
    """Signing did not happen; `str()` is the message the officer sees."""


def declare_faults(faults: FaultSwitches) -> None:
    faults.declare(PLUGIN_DOWN, "Công cụ ký số (VGCA Sign Service) không chạy: mọi lần ký số đều lỗi.")
    faults.declare(CERTIFICATE_EXPIRED, "Chứng thư số của lãnh đạo đã hết hạn: ký số bị từ chối.")


def result_title(record: Mapping[str, Any] | None, fallback: str) -> tuple[str, str]:
    """(name, KQ code) of the result a procedure issues, skipping refusal slips listed among results."""
    for result in (record or {}).get("resultsDetails") or []:
        if not result.get("name", "").startswith(REFUSAL_RESULT_PREFIX):
            return result["name"].strip(), result.get("code", "")
    return fallback, ""


def sign_result(faults: FaultSwitches, *, ma_ho_so: str, ten_giay_to: str, ma_ket_qua: str, signer: str,
                signer_title: str, unit_name: str, province: str, now: datetime) -> dict:
    if faults.is_on(PLUGIN_DOWN):
        raise SigningFailed("Không kết nối được công cụ ký số (VGCA Sign Service): kiểm tra phần mềm ký số rồi ký lại.")
    if faults.is_on(CERTIFICATE_EXPIRED):
        raise SigningFailed("Chứng thư số đã hết hạn: liên hệ Ban Cơ yếu Chính phủ để gia hạn rồi ký lại.")
    so_van_ban = f"{ma_ho_so.rsplit('-', 1)[-1]}/KQ-{now:%Y}"
    certificate = f"CN={signer}, O={unit_name}, L={province}, C=VN"
    content = signed_content({"Mã hồ sơ": ma_ho_so, "Tên giấy tờ": ten_giay_to, "Số": so_van_ban,
                              "Người ký": signer, "Chứng thư số": certificate,
                              "Thời điểm ký": f"{now.astimezone(VIETNAM):%d/%m/%Y %H:%M:%S}"})
    return {
        "ten_giay_to": ten_giay_to,
        "ma_ket_qua": ma_ket_qua,
        "so_van_ban": so_van_ban,
        "nguoi_ky": signer,
        "chuc_vu": signer_title,
        "co_quan": unit_name,
        "chung_thu": certificate,
        "so_hieu_chung_thu": hashlib.sha256(f"{signer}|{unit_name}".encode()).hexdigest()[:16].upper(),
        "thoi_diem_ky": now.isoformat(),
        "thuat_toan": "SHA256withRSA",
        "noi_dung_ky": content,
        "ma_bam": hashlib.sha256(content.encode("utf-8")).hexdigest(),
    }


def signed_content(parts: Mapping[str, str]) -> str:
    """The text a signature covers, each value with its spaces as an HTML page renders them."""
    return " | ".join(f"{label}: {' '.join(str(value).split())}" for label, value in parts.items())
