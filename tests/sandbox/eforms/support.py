"""What the e-form and submission tests share: a sandbox with its clock frozen, citizens with a portal session,
valid answers and files for each e-form, and posting "Lưu và nộp hồ sơ" as a browser would."""

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from fastapi.testclient import TestClient
from httpx import Response

from sandbox.app import create_app
from sandbox.clock import VIETNAM
from sandbox.context import SandboxContext
from sandbox.identity.sessions import open_session
from sandbox.portal.auth import REALM, SESSION_COOKIE
from sandbox.settings import SandboxSettings

MONDAY_9AM = datetime(2026, 11, 9, 9, 0, tzinfo=VIETNAM)
PDF = b"%PDF-1.4\n% to khai thu nghiem\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 16
CITIZEN = {
    "so_dinh_danh": "066190001234", "ho_va_ten": "Trần Thị Mai", "ngay_sinh": "1990-03-08", "gioi_tinh": "Nữ",
    "so_dien_thoai": "0912345678", "email": "mai.tran@example.vn",
    "thuong_tru": "25 Trần Hưng Đạo, Phường Tuy Hòa, Tỉnh Đắk Lắk",
    "noi_o_hien_nay": "25 Trần Hưng Đạo, Phường Tuy Hòa, Tỉnh Đắk Lắk", "level": 2, "password": "Mat-khau-2026!",
}
OTHER_CITIZEN = {**CITIZEN, "so_dinh_danh": "079190000111", "ho_va_ten": "Nguyễn Thị Lan"}


@dataclass(frozen=True)
class FormCase:
    """A valid submission of one e-form: the procedure, the agency, the answers, and files by component code."""

    code: str
    unit: str
    answers: dict[str, str]
    files: dict[str, str] = field(default_factory=dict)

    def url(self) -> str:
        return f"/nop-ho-so/{self.code}?co_quan={self.unit}"


TAM_TRU = FormCase("1.004194", "000.21.31.H15", {
    "noi_o_tinh": "66", "noi_o_xa": "22015", "noi_o_chi_tiet": "Số 5 đường Hùng Vương",
    "tam_tru_den_ngay": "09/05/2027", "so_dien_thoai": "0912345678", "email": "mai.tran@example.vn",
    "chu_ho": "Nguyễn Văn An", "quan_he_chu_ho": "Người thuê nhà", "so_dinh_danh_chu_ho": "066090001234",
    "noi_dung": "Đăng ký tạm trú tại nhà thuê để đi làm.",
}, {"000.00.00.G01-KQ003630": "to-khai-ct01.pdf"})

FORMS = {
    "1.004194": TAM_TRU,
    "1.004222": FormCase("1.004222", "000.21.32.H15", {
        "noi_o_tinh": "66", "noi_o_xa": "24133", "noi_o_chi_tiet": "Số 8 đường Nguyễn Huệ",
        "so_dien_thoai": "0912345678", "chu_ho": "Trần Văn Bình", "quan_he_chu_ho": "Con",
        "so_dinh_danh_chu_ho": "066060004321", "noi_dung": "Đăng ký thường trú vào nhà của cha mẹ.",
    }, {"000.00.00.G01-KQ003604": "to-khai-ct01.pdf"}),
    "1.001193": FormCase("1.001193", "000.20.31.H15", {
        "quan_he": "Mẹ", "con_ho_ten": "Trần Minh Khang", "con_ngay_sinh": "02/11/2026", "con_gioi_tinh": "Nam",
        "con_dan_toc": "Kinh", "con_quoc_tich": "Việt Nam", "noi_sinh_tinh": "66", "noi_sinh_xa": "22015",
        "noi_sinh_chi_tiet": "Bệnh viện Đa khoa Phú Yên", "me_ho_ten": "Trần Thị Mai", "me_ngay_sinh": "08/03/1990",
        "me_dan_toc": "Kinh", "me_quoc_tich": "Việt Nam",
    }, {"000.00.00.G15-KQ004389": "giay-chung-sinh.jpg"}),
    "2.000635": FormCase("2.000635", "000.00.01.HX75", {
        "quan_he": "Bản thân", "loai_giay_to": "Giấy khai sinh", "ho_ten": "Trần Thị Mai", "ngay_sinh": "08/03/1990",
        "noi_dang_ky": "Ủy ban nhân dân phường 5, thị xã Tuy Hòa, tỉnh Phú Yên", "so_ban": "2",
    }),
    "1.013225": FormCase("1.013225", "000.20.33.H15", {
        "so_dien_thoai": "0912345678", "dia_diem_tinh": "66", "dia_diem_xa": "24373", "dia_diem_chi_tiet": "Thôn 3",
        "so_thua": "152", "to_ban_do": "18", "ten_cong_trinh": "Nhà ở riêng lẻ", "cap_cong_trinh": "Cấp III",
        "dien_tich_lo_dat": "120,5", "dien_tich_xay_dung": "96", "tong_dien_tich_san": "288", "chieu_cao": "11,4",
        "so_tang": "3", "thoi_gian_hoan_thanh": "8",
    }, {"G17-KQ003215": "giay-chung-nhan.pdf", "000.00.00.G17-KQ002712": "ban-ve.pdf"}),
    "2.001610": FormCase("2.001610", "000.00.02.H15", {
        "ten_tieng_viet": "Doanh nghiệp tư nhân Mai Phát Đạt", "tru_so_tinh": "66", "tru_so_xa": "24133",
        "tru_so_chi_tiet": "Số 12 đường Lê Duẩn", "dien_thoai": "0912345678",
        "nganh_nghe": "5610 - Nhà hàng và các dịch vụ ăn uống phục vụ lưu động", "von_dau_tu": "500.000.000",
    }),
}


@contextmanager
def running_portal(folder: Path) -> Iterator[TestClient]:
    """A fresh sandbox whose clock stands at Monday 9 November 2026, 09:00."""
    with TestClient(create_app(SandboxSettings(db_path=folder / "db.sqlite3"))) as client:
        client.post("/_setup/clock", json={"now": MONDAY_9AM.isoformat()})
        yield client


def context(client: TestClient) -> SandboxContext:
    return client.app.state.sandbox


def log_in(client: TestClient, person: dict = CITIZEN, level: int = 2) -> dict:
    """Creates the citizen (setup API) and gives the client their portal session, as after a VNeID login."""
    assert client.post("/_setup/citizens", json={**person, "level": level}).status_code == 201
    day = datetime.fromisoformat(person["ngay_sinh"])
    claims = {"SoDinhDanh": person["so_dinh_danh"], "HoVaTen": person["ho_va_ten"],
              "NgayThangNamSinh": f"{day:%d/%m/%Y}", "GioiTinh": person["gioi_tinh"],
              "SoDienThoai": person["so_dien_thoai"], "ThuDienTu": person["email"],
              "ThuongTru": person["thuong_tru"], "NoiOHienNay": person["noi_o_hien_nay"], "loAs": str(level)}
    client.cookies.set(SESSION_COOKIE, open_session(context(client), REALM, person["so_dinh_danh"], claims))
    return person


SAMPLES = {"pdf": (PDF, "application/pdf"), "jpg": (JPEG, "image/jpeg")}


def upload(component: str, name: str, content: bytes | None = None, content_type: str | None = None) -> tuple:
    """A file for a component's input; a .pdf or .jpg name gets a matching sample unless told otherwise."""
    if content is None:
        content, content_type = SAMPLES[name.rsplit(".", 1)[-1]]
    return (f"tep:{component}", (name, content, content_type))


def post_form(client: TestClient, case: FormCase, changes: dict[str, str] | None = None,
              files: list[tuple] | None = None, **extra: str) -> Response:
    """"Lưu và nộp hồ sơ" with the case's answers (some changed) and its files (or `files` instead)."""
    uploads = files if files is not None else [upload(code, name) for code, name in case.files.items()]
    return client.post(case.url(), data={**case.answers, **(changes or {}), **extra}, files=uploads or None,
                       follow_redirects=False)


def alerts(page: str) -> list[str]:
    return [" ".join(html.unescape(text).split()) for text in re.findall(r'role="alert"[^>]*>([^<]*)<', page)]


def field_error(page: str, name: str) -> str:
    """The message shown for field `name`: the text its aria-describedby points to."""
    found = re.search(rf'id="f-{re.escape(name)}-loi"[^>]*>([^<]*)<', page) or re.search(
        rf'id="{re.escape(name)}-loi"[^>]*>([^<]*)<', page)
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


def uploaded(page: str) -> list[str]:
    return [" ".join(html.unescape(name).split()) for name in re.findall(r"Đã tải lên: ([^<]+?)\s*<button", page)]


def details(page: str) -> dict[str, str]:
    """Each value of a page's description list by the label that names it (aria-labelledby)."""
    labels = dict(re.findall(r'<dt id="([^"]+)">([^<]*)</dt>', page))
    return {labels[ref]: html.unescape(value).strip()
            for ref, value in re.findall(r'<dd aria-labelledby="([^"]+)">([^<]*)</dd>', page)}
