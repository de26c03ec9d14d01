"""Giấy đề nghị đăng ký doanh nghiệp tư nhân, Mẫu số 1 (Thông tư số 68/2025/TT-BTC), for 2.001610.

The owner of a doanh nghiệp tư nhân is the logged-in person; the form asks for the names (a private
enterprise's name starts with "Doanh nghiệp tư nhân" or "DNTN", Luật Doanh nghiệp 2020 Điều 38), the head
office (two-level address, phone, email), the main business line (VSIC level 4) and the investment capital.

Thành phần hồ sơ: the record's case "Đăng ký thành lập doanh nghiệp tư nhân:". The giấy đề nghị is this
e-form; the owner's identity papers are optional, since the số định danh is checked against CSDL dân cư.
"""

from sandbox.eforms.checks import email, mobile_number, positive, starts_with
from sandbox.eforms.fields import Field, FormDefinition, Group, Kind, address_fields
from sandbox.eforms.options import NGANH_NGHE

NAME_PREFIXES = ("Doanh nghiệp tư nhân ", "DNTN ", "Doanh nghiệp TN ")

DOANH_NGHIEP_TU_NHAN = FormDefinition(
    procedure_code="2.001610",
    title="Giấy đề nghị đăng ký doanh nghiệp tư nhân (Mẫu số 1)",
    source="Mẫu số 1 ban hành kèm theo Thông tư số 68/2025/TT-BTC",
    groups=(
        Group("Tên doanh nghiệp", (
            Field("ten_tieng_viet", "Tên doanh nghiệp viết bằng tiếng Việt", required=True,
                  hint="Bắt đầu bằng \"Doanh nghiệp tư nhân\" hoặc \"DNTN\".",
                  checks=(starts_with(NAME_PREFIXES, "Tên doanh nghiệp tư nhân phải bắt đầu bằng "
                                                     "\"Doanh nghiệp tư nhân\" hoặc \"DNTN\"."),)),
            Field("ten_nuoc_ngoai", "Tên doanh nghiệp viết bằng tiếng nước ngoài"),
            Field("ten_viet_tat", "Tên doanh nghiệp viết tắt"),
        )),
        Group("Địa chỉ trụ sở chính", (
            *address_fields("tru_so"),
            Field("dien_thoai", "Điện thoại", required=True, checks=(mobile_number,)),
            Field("thu_dien_tu", "Thư điện tử", checks=(email,)),
        )),
        Group("Ngành, nghề kinh doanh", (
            Field("nganh_nghe", "Ngành, nghề kinh doanh chính", Kind.CHOICE, True, options=NGANH_NGHE),
        )),
        Group("Vốn đầu tư", (
            Field("von_dau_tu", "Vốn đầu tư của chủ doanh nghiệp (đồng)", Kind.MONEY, True, checks=(positive,)),
        )),
    ),
    summary=lambda answers: f"Đăng ký thành lập {answers.shown['ten_tieng_viet']}",
    cases=(7,),
    form_components=frozenset({"000.00.00.G05-KQ3233"}),
)
