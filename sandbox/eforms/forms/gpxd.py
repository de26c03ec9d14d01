"""Đơn đề nghị cấp giấy phép xây dựng, Mẫu số 1 Phụ lục II Nghị định số 175/2024/NĐ-CP, for 1.013225
(giấy phép xây dựng mới, công trình cấp III, cấp IV, nhà ở riêng lẻ).

The investor is the logged-in owner; the form asks for the site (two-level address, land parcel and map
sheet) and the building: name, grade, plot and footprint areas, total floor area, height, storeys and the
expected time to finish. The footprint cannot exceed the plot.

Thành phần hồ sơ: the record's case "(1.7) Đối với công trình nhà ở riêng lẻ". The land papers and the
design drawings are required; the land-use certificates already in CSDL quốc gia về đất đai are read from it;
the đơn (Mẫu số 1) is this e-form.
"""

from sandbox.eforms.checks import between, mobile_number, positive
from sandbox.eforms.fields import Answers, Field, FormDefinition, Group, Kind, address_fields

GRADES = ("Cấp III", "Cấp IV")


def _footprint_within_plot(answers: Answers) -> dict[str, str]:
    plot, footprint = answers.parsed.get("dien_tich_lo_dat"), answers.parsed.get("dien_tich_xay_dung")
    if plot is not None and footprint is not None and footprint > plot:
        return {"dien_tich_xay_dung": "Diện tích xây dựng tầng 1 không được lớn hơn diện tích lô đất."}
    return {}


GIAY_PHEP_XAY_DUNG = FormDefinition(
    procedure_code="1.013225",
    title="Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 1)",
    source="Mẫu số 1 Phụ lục II ban hành kèm theo Nghị định số 175/2024/NĐ-CP",
    groups=(
        Group("Thông tin liên hệ", (
            Field("so_dien_thoai", "Số điện thoại liên hệ", required=True, checks=(mobile_number,)),
        )),
        Group("Địa điểm xây dựng", (
            *address_fields("dia_diem", "Lô đất số, số nhà, đường phố, thôn, xóm"),
            Field("so_thua", "Thửa đất số", required=True),
            Field("to_ban_do", "Tờ bản đồ số", required=True),
        )),
        Group("Thông tin công trình", (
            Field("ten_cong_trinh", "Tên công trình", required=True, default="Nhà ở riêng lẻ"),
            Field("cap_cong_trinh", "Cấp công trình", Kind.CHOICE, True, options=GRADES),
            Field("dien_tich_lo_dat", "Diện tích lô đất (m²)", Kind.DECIMAL, True, checks=(positive,)),
            Field("dien_tich_xay_dung", "Diện tích xây dựng tầng 1 (m²)", Kind.DECIMAL, True, checks=(positive,)),
            Field("tong_dien_tich_san", "Tổng diện tích sàn (m²)", Kind.DECIMAL, True, checks=(positive,)),
            Field("chieu_cao", "Chiều cao công trình (m)", Kind.DECIMAL, True, checks=(positive,)),
            Field("so_tang", "Số tầng", Kind.INTEGER, True, checks=(between(1, 7, "tầng"),)),
            Field("thoi_gian_hoan_thanh", "Dự kiến thời gian hoàn thành (tháng)", Kind.INTEGER, True,
                  checks=(between(1, 60, "tháng"),)),
        )),
    ),
    summary=lambda answers: (f"Cấp giấy phép xây dựng {answers.shown['ten_cong_trinh']} tại "
                             f"{answers.address('dia_diem')}"),
    cases=(6,),
    form_components=frozenset({"000.00.00.G17-KQ002695"}),
    required_components=frozenset({"G17-KQ003215", "000.00.00.G17-KQ002712"}),
    cross_checks=(_footprint_within_plot,),
)
