"""The citizen's PAKN form (DOMAIN §1.9): its fields, choices and server-side checks, messages at the field."""

import re
from datetime import date

from sandbox.eforms.checks import email, mobile_number

DOI_TUONG = ("Người dân", "Tổ chức", "Doanh nghiệp", "Cơ quan nhà nước")
VE_VIEC = ("Quy định hành chính", "Hành vi, thái độ của cán bộ, công chức", "Chất lượng dịch vụ công trực tuyến",
           "Khác")
WARNING = ("Nội dung phản ánh, kiến nghị về quy định hành chính, hành vi hành chính. "
           "Hệ thống không tiếp nhận đơn thư khiếu nại, tố cáo và hướng dẫn giải đáp pháp luật")
FIELDS = ("doi_tuong", "ho_ten", "cccd", "dia_chi", "dien_thoai", "email", "ve_viec", "tieu_de", "noi_dung")
_CMTND_CCCD = re.compile(r"\d{9}|\d{12}", re.ASCII)
REQUIRED = {
    "doi_tuong": "Vui lòng chọn đối tượng PAKN.",
    "ho_ten": "Vui lòng nhập họ tên.",
    "cccd": "Vui lòng nhập số CMTND/CCCD.",
    "dia_chi": "Vui lòng nhập địa chỉ.",
    "dien_thoai": "Vui lòng nhập số điện thoại.",
    "ve_viec": "Vui lòng chọn PAKN về việc.",
    "tieu_de": "Vui lòng nhập tiêu đề.",
    "noi_dung": "Vui lòng nhập nội dung.",
}
MAX_LENGTH = {"ho_ten": 100, "dia_chi": 250, "tieu_de": 250, "noi_dung": 4000}


def field_problems(values: dict[str, str], today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    for name, message in REQUIRED.items():
        if not values.get(name):
            problems[name] = message
    for name, limit in MAX_LENGTH.items():
        if len(values.get(name, "")) > limit and name not in problems:
            problems[name] = f"Không nhập quá {limit} ký tự."
    if values.get("doi_tuong") and values["doi_tuong"] not in DOI_TUONG:
        problems["doi_tuong"] = REQUIRED["doi_tuong"]
    if values.get("ve_viec") and values["ve_viec"] not in VE_VIEC:
        problems["ve_viec"] = REQUIRED["ve_viec"]
    if values.get("cccd") and not _CMTND_CCCD.fullmatch(values["cccd"]):
        problems["cccd"] = "Số CMTND/CCCD phải gồm 9 hoặc 12 chữ số."
    if values.get("dien_thoai") and (problem := mobile_number(values["dien_thoai"], today)):
        problems["dien_thoai"] = problem
    if values.get("email") and (problem := email(values["email"], today)):
        problems["email"] = problem
    return problems
