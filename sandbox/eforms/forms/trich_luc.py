"""Tờ khai đề nghị cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh, for 2.000635.

The request names the civil-status event already registered (kind, person, number and date, where) and how
many copies: the fee is 8.000 đồng per copy on every channel (DOMAIN §3.8), so the form says it and the
dossier keeps the number of copies, from which the fee engine (sandbox/thanhtoan/fees.py) charges the record's
value per copy.

Thành phần hồ sơ: the record's "Giấy tờ phải nộp" case (an authorisation, only when acting for someone)
and its unnamed case, whose tờ khai and "mẫu điện tử tương tác" this e-form is.
"""

from sandbox.eforms.checks import between, not_after_today
from sandbox.eforms.fields import Field, FormDefinition, Group, Kind

RELATIONS = ("Bản thân", "Cha", "Mẹ", "Vợ", "Chồng", "Con", "Anh, chị, em ruột", "Người được ủy quyền")
DOCUMENTS = ("Giấy khai sinh", "Trích lục kết hôn", "Trích lục khai tử", "Trích lục ghi chú ly hôn",
             "Trích lục thay đổi, cải chính hộ tịch")


TRICH_LUC = FormDefinition(
    procedure_code="2.000635",
    title="Tờ khai đề nghị cấp bản sao Trích lục hộ tịch",
    source="Mẫu tờ khai cấp bản sao trích lục hộ tịch (Thông tư số 04/2020/TT-BTP, sửa đổi bởi Thông tư số "
           "04/2024/TT-BTP)",
    groups=(
        Group("Người yêu cầu", (
            Field("quan_he", "Quan hệ với người được cấp bản sao", Kind.CHOICE, True, options=RELATIONS),
        )),
        Group("Việc hộ tịch đã đăng ký", (
            Field("loai_giay_to", "Loại giấy tờ đề nghị cấp bản sao", Kind.CHOICE, True, options=DOCUMENTS),
            Field("ho_ten", "Họ, chữ đệm, tên người được cấp bản sao", required=True),
            Field("ngay_sinh", "Ngày, tháng, năm sinh", Kind.DATE, True, checks=(not_after_today,)),
            Field("so_dang_ky", "Số đăng ký"),
            Field("ngay_dang_ky", "Ngày đăng ký", Kind.DATE, checks=(not_after_today,)),
            # A registration made before 2025 names the district-level body of the day: no two-level check.
            Field("noi_dang_ky", "Cơ quan đã đăng ký", required=True),
        )),
        Group("Số lượng bản sao", (
            Field("so_ban", "Số bản sao đề nghị cấp", Kind.INTEGER, True, hint="Lệ phí 8.000 đồng/bản.",
                  checks=(between(1, 20, "bản"),), default="1"),
        )),
    ),
    summary=lambda answers: (f"Cấp {answers.shown['so_ban']} bản sao {answers.shown['loai_giay_to']} "
                             f"của {answers.shown['ho_ten']}"),
    cases=(0, 3),
    form_components=frozenset({"000.00.00.G15-KQ003037", "000.00.00.G15-KQ003984"}),
    fee_inputs=("so_ban",),
)
