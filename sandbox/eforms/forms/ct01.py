"""Tờ khai thay đổi thông tin cư trú, Mẫu CT01 (Thông tư số 53/2025/TT-BCA): đăng ký tạm trú (1.004194) and
đăng ký thường trú (1.004222).

The owner's items 1–4 of CT01 (họ tên, ngày sinh, giới tính, số định danh) come from VNeID in
"Thông tin định danh"; this form asks for the rest: the address applied for, contact, the household head,
and the request. Temporary residence adds its end date, at most 2 years ahead (Luật Cư trú 2020, Điều 27).

Thành phần hồ sơ: the first case of each record for an owned or lawfully used home; the signed CT01 is
uploaded (the 2026 records mark no electronic form for it), the proof of residence is read from CSDL.
"""

from sandbox.eforms.checks import after_today_within_years, email, mobile_number, personal_number
from sandbox.eforms.fields import Field, FormDefinition, Group, Kind, address_fields
from sandbox.eforms.options import QUAN_HE_CHU_HO

TITLE = "Tờ khai thay đổi thông tin cư trú (Mẫu CT01)"
SOURCE = "Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA"


def _groups(place_title: str, extra: tuple[Field, ...] = ()) -> tuple[Group, ...]:
    return (
        Group(place_title, (*address_fields("noi_o"), *extra)),
        Group("Thông tin liên hệ", (
            Field("so_dien_thoai", "Số điện thoại liên hệ", required=True, checks=(mobile_number,)),
            Field("email", "Email", checks=(email,)),
        )),
        Group("Thông tin chủ hộ", (
            Field("chu_ho", "Họ, chữ đệm và tên chủ hộ", required=True),
            Field("quan_he_chu_ho", "Mối quan hệ với chủ hộ", Kind.CHOICE, True, options=QUAN_HE_CHU_HO),
            Field("so_dinh_danh_chu_ho", "Số định danh cá nhân của chủ hộ", required=True, checks=(personal_number,)),
        )),
        Group("Nội dung đề nghị", (
            Field("noi_dung", "Nội dung đề nghị", Kind.TEXTAREA, True),
        )),
    )


TAM_TRU = FormDefinition(
    procedure_code="1.004194",
    title=TITLE,
    source=SOURCE,
    groups=_groups("Nơi đề nghị đăng ký tạm trú", (
        Field("tam_tru_den_ngay", "Thời hạn tạm trú đến ngày", Kind.DATE, True,
              hint="Tối đa 02 năm kể từ ngày đăng ký.", checks=(after_today_within_years(2),)),
    )),
    summary=lambda answers: f"Đăng ký tạm trú tại {answers.address('noi_o')}",
    cases=(0,),
    required_components=frozenset({"000.00.00.G01-KQ003630"}),
)

THUONG_TRU = FormDefinition(
    procedure_code="1.004222",
    title=TITLE,
    source=SOURCE,
    groups=_groups("Nơi đề nghị đăng ký thường trú"),
    summary=lambda answers: f"Đăng ký thường trú tại {answers.address('noi_o')}",
    cases=(6,),
    required_components=frozenset({"000.00.00.G01-KQ003604"}),
)
