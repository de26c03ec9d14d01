"""Tờ khai đăng ký khai sinh (Thông tư số 04/2024/TT-BTP) for 1.001193, thủ tục đăng ký khai sinh.

The person asking is the logged-in owner ("Thông tin định danh"); the form asks how they relate to the
child, then the child (name, date and place of birth, sex, ethnicity, nationality, home town) and the
parents. The father's block is optional: a birth can be registered without him.

Thành phần hồ sơ: the record's "Giấy tờ phải nộp" case; the Giấy chứng sinh is required, the others
(ủy quyền, trẻ bị bỏ rơi, mang thai hộ) only in their situations.
"""

from sandbox.eforms.checks import not_after_today, personal_number
from sandbox.eforms.fields import Field, FormDefinition, Group, Kind, address_fields
from sandbox.eforms.options import DAN_TOC, GIOI_TINH, QUOC_TICH

RELATIONS = ("Cha", "Mẹ", "Ông", "Bà", "Người thân thích khác", "Cá nhân, tổ chức đang nuôi dưỡng trẻ em")


def _parent(prefix: str, required: bool) -> tuple[Field, ...]:
    return (
        Field(f"{prefix}_ho_ten", "Họ, chữ đệm, tên", required=required),
        Field(f"{prefix}_ngay_sinh", "Ngày, tháng, năm sinh", Kind.DATE, required, checks=(not_after_today,)),
        Field(f"{prefix}_dan_toc", "Dân tộc", Kind.CHOICE, required, options=DAN_TOC),
        Field(f"{prefix}_quoc_tich", "Quốc tịch", Kind.CHOICE, required, options=QUOC_TICH, default="Việt Nam"),
        Field(f"{prefix}_so_dinh_danh", "Số định danh cá nhân", checks=(personal_number,)),
    )


KHAI_SINH = FormDefinition(
    procedure_code="1.001193",
    title="Tờ khai đăng ký khai sinh",
    source="Mẫu tờ khai đăng ký khai sinh ban hành kèm theo Thông tư số 04/2024/TT-BTP",
    groups=(
        Group("Người yêu cầu", (
            Field("quan_he", "Quan hệ với người được khai sinh", Kind.CHOICE, True, options=RELATIONS),
        )),
        Group("Người được khai sinh", (
            Field("con_ho_ten", "Họ, chữ đệm, tên", required=True),
            Field("con_ngay_sinh", "Ngày, tháng, năm sinh", Kind.DATE, True, checks=(not_after_today,)),
            Field("con_gioi_tinh", "Giới tính", Kind.CHOICE, True, options=GIOI_TINH),
            Field("con_dan_toc", "Dân tộc", Kind.CHOICE, True, options=DAN_TOC),
            Field("con_quoc_tich", "Quốc tịch", Kind.CHOICE, True, options=QUOC_TICH, default="Việt Nam"),
            Field("con_que_quan", "Quê quán"),
        )),
        Group("Nơi sinh", address_fields("noi_sinh", "Cơ sở y tế hoặc địa chỉ nơi sinh")),
        Group("Thông tin người mẹ", _parent("me", required=True)),
        Group("Thông tin người cha", _parent("cha", required=False)),
    ),
    summary=lambda answers: (f"Đăng ký khai sinh cho {answers.shown['con_ho_ten']}, "
                             f"sinh ngày {answers.shown['con_ngay_sinh']}"),
    cases=(0,),
    required_components=frozenset({"000.00.00.G15-KQ004389"}),
)
