"""What a synthetic citizen declares on a procedure's e-form, and which files they attach.

Answers are keyed by field label, or "Nhóm › Nhãn" for a field inside a titled group of the form; files by
(the start of) the name of their thành phần hồ sơ. Everything is synthetic: people from `people.person`,
addresses from the 2025 unit list, dates relative to the portal's today.
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from harness.data.addresses import make_address, provinces_2025
from harness.data.names import make_name
from harness.data.people import person

G = " › "


@dataclass(frozen=True)
class Declaration:
    answers: dict[str, str]
    files: dict[str, str] = field(default_factory=dict)  # component → file name to make and attach


@dataclass(frozen=True)
class Place:
    """Where the dossier is about: a province and a ward of it, with a detail line."""

    province: str
    ward: str
    detail: str


def place_in(rng: random.Random, province_name: str, ward_or_agency: str) -> Place:
    """The ward named (a ward agency's own ward), or any ward of the province (a department's dossier)."""
    province = next(p for p in provinces_2025().values() if p.name == province_name)
    wards = [w.name for w in province.wards]
    ward = ward_or_agency if ward_or_agency in wards else rng.choice(wards)
    return Place(province.name, ward, make_address(rng, province.code).detail)


def _address(group: str, place: Place, detail_label: str = "Số nhà, đường phố, tổ, thôn, xóm") -> dict[str, str]:
    return {f"{group}{G}Tỉnh/Thành phố": place.province, f"{group}{G}Phường/Xã/Đặc khu": place.ward,
            f"{group}{G}{detail_label}": place.detail}


def _residence(rng: random.Random, place: Place, today: date, permanent: bool) -> Declaration:
    head = person(rng, today=today)
    group = "Nơi đề nghị đăng ký thường trú" if permanent else "Nơi đề nghị đăng ký tạm trú"
    answers = {
        **_address(group, place),
        "Số điện thoại liên hệ": head.so_dien_thoai,
        "Họ, chữ đệm và tên chủ hộ": head.ho_va_ten,
        "Mối quan hệ với chủ hộ": "Con" if permanent else "Người thuê nhà",
        "Số định danh cá nhân của chủ hộ": head.so_dinh_danh,
        "Nội dung đề nghị": "Đăng ký thường trú vào nhà của cha mẹ." if permanent
        else "Đăng ký tạm trú tại nhà thuê để đi làm.",
    }
    if not permanent:
        answers[f"{group}{G}Thời hạn tạm trú đến ngày"] = f"{today + timedelta(days=180):%d/%m/%Y}"
    return Declaration(answers, {"Tờ khai thay đổi thông tin cư trú": "to-khai-ct01.pdf"})


def _birth(rng: random.Random, place: Place, today: date) -> Declaration:
    sex = rng.choice(("Nam", "Nữ"))
    mother = person(rng, sex="Nữ", age_range=(20, 40), today=today)
    child, born = "Người được khai sinh", today - timedelta(days=7)
    return Declaration({
        "Quan hệ với người được khai sinh": "Mẹ",
        f"{child}{G}Họ, chữ đệm, tên": make_name(rng, sex).ho_va_ten,
        f"{child}{G}Ngày, tháng, năm sinh": f"{born:%d/%m/%Y}",
        f"{child}{G}Giới tính": sex,
        f"{child}{G}Dân tộc": "Kinh",
        f"{child}{G}Quốc tịch": "Việt Nam",
        **_address("Nơi sinh", place, "Cơ sở y tế hoặc địa chỉ nơi sinh"),
        f"Thông tin người mẹ{G}Họ, chữ đệm, tên": mother.ho_va_ten,
        f"Thông tin người mẹ{G}Ngày, tháng, năm sinh": f"{mother.ngay_sinh:%d/%m/%Y}",
        f"Thông tin người mẹ{G}Dân tộc": "Kinh",
        f"Thông tin người mẹ{G}Số định danh cá nhân": mother.so_dinh_danh,
    }, {"Giấy chứng sinh": "giay-chung-sinh.jpg"})


def _civil_status_copy(rng: random.Random, today: date) -> Declaration:
    someone = person(rng, today=today)
    registered = someone.ngay_sinh + timedelta(days=20)
    return Declaration({
        "Quan hệ với người được cấp bản sao": "Bản thân",
        "Loại giấy tờ đề nghị cấp bản sao": "Giấy khai sinh",
        "Họ, chữ đệm, tên người được cấp bản sao": someone.ho_va_ten,
        f"Việc hộ tịch đã đăng ký{G}Ngày, tháng, năm sinh": f"{someone.ngay_sinh:%d/%m/%Y}",
        "Số đăng ký": str(rng.randint(1, 400)),
        "Ngày đăng ký": f"{registered:%d/%m/%Y}",
        # Registered long before 2025: the body of the day, district and old province included.
        "Cơ quan đã đăng ký": "Ủy ban nhân dân phường 5, thị xã Tuy Hòa, tỉnh Phú Yên",
        "Số bản sao đề nghị cấp": "2",
    })


def _building_permit(rng: random.Random, place: Place, today: date) -> Declaration:
    return Declaration({
        "Số điện thoại liên hệ": person(rng, today=today).so_dien_thoai,
        **_address("Địa điểm xây dựng", place, "Lô đất số, số nhà, đường phố, thôn, xóm"),
        "Thửa đất số": str(rng.randint(1, 900)),
        "Tờ bản đồ số": str(rng.randint(1, 60)),
        "Tên công trình": "Nhà ở riêng lẻ",
        "Cấp công trình": "Cấp III",
        "Diện tích lô đất (m²)": "120,5",
        "Diện tích xây dựng tầng 1 (m²)": "96",
        "Tổng diện tích sàn (m²)": "288",
        "Chiều cao công trình (m)": "11,4",
        "Số tầng": "3",
        "Dự kiến thời gian hoàn thành (tháng)": "8",
    }, {"Một trong những giấy tờ hợp pháp về đất đai": "giay-chung-nhan-qsdd.pdf",
        "Hồ sơ thiết kế xây dựng": "ban-ve-thiet-ke.docx"})


def _private_enterprise(rng: random.Random, place: Place, today: date) -> Declaration:
    owner = person(rng, today=today)
    return Declaration({
        "Tên doanh nghiệp viết bằng tiếng Việt": f"Doanh nghiệp tư nhân {owner.ho_va_ten.split()[-1]} "
                                                 f"{rng.choice(('Phát Đạt', 'Hưng Thịnh', 'An Khang'))}",
        **_address("Địa chỉ trụ sở chính", place),
        "Điện thoại": owner.so_dien_thoai,
        "Ngành, nghề kinh doanh chính": "5610 - Nhà hàng và các dịch vụ ăn uống phục vụ lưu động",
        "Vốn đầu tư của chủ doanh nghiệp (đồng)": "500.000.000",
    })


def declaration(procedure_code: str, rng: random.Random, today: date, province: str,
                ward_or_agency: str) -> Declaration:
    """A complete declaration for a procedure with its own e-form, or the generic "Trích yếu nội dung"."""
    place = place_in(rng, province, ward_or_agency)
    match procedure_code:
        case "1.004194" | "1.004222":
            return _residence(rng, place, today, permanent=procedure_code == "1.004222")
        case "1.001193":
            return _birth(rng, place, today)
        case "2.000635":
            return _civil_status_copy(rng, today)
        case "1.013225":
            return _building_permit(rng, place, today)
        case "2.001610":
            return _private_enterprise(rng, place, today)
    return Declaration({"Trích yếu nội dung": f"Đề nghị giải quyết thủ tục {procedure_code} (dữ liệu thử nghiệm)."})
