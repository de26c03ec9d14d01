"""The side menu of the one-stop back office, with the real menu texts (DOMAIN §1.8) and who may open what
(DOMAIN §7.4). The server checks the same table on every page, so hiding an entry is never the only guard."""

from dataclasses import dataclass

from sandbox.identity.roles import ROLES

LEADERS = frozenset({"LANH_DAO_PHONG", "LANH_DAO_DON_VI"})
EVERYONE = frozenset(ROLES)


@dataclass(frozen=True)
class MenuGroup:
    slug: str
    label: str
    roles: frozenset[str]
    items: tuple[tuple[str, str], ...]  # (slug, label)
    empty_text: str = "Chưa có hồ sơ."


MENU = (
    MenuGroup("tiep-nhan-ho-so", "Tiếp nhận hồ sơ", frozenset({"MOT_CUA"}), (
        ("moi-tiep-nhan", "Mới tiếp nhận"),
        ("cho-tiep-nhan-truc-tuyen", "Chờ tiếp nhận trực tuyến"),
        ("tu-choi-tiep-nhan", "Từ chối tiếp nhận"),
        ("da-chuyen-xu-ly", "Đã chuyển xử lý"),
    )),
    MenuGroup("xu-ly-ho-so", "Xử lý hồ sơ", frozenset({"CHUYEN_VIEN"}) | LEADERS, (
        ("dang-xu-ly", "Đang xử lý"),
        ("dung-xu-ly", "Dừng xử lý"),
        ("yeu-cau-nghia-vu-tai-chinh", "Yêu cầu thực hiện nghĩa vụ tài chính"),
        ("da-chuyen-xu-ly", "Đã chuyển xử lý"),
        ("da-chuyen-co-ket-qua", "Đã chuyển có kết quả"),
        ("da-chuyen-bo-sung", "Đã chuyển bổ sung"),
    )),
    MenuGroup("bo-sung-ho-so", "Bổ sung hồ sơ", frozenset({"MOT_CUA", "CHUYEN_VIEN"}), (
        ("yeu-cau-bo-sung", "Yêu cầu bổ sung"),
        ("cho-bo-sung", "Chờ bổ sung"),
        ("da-bo-sung", "Đã bổ sung"),
        ("da-hoan-thanh-bo-sung", "Đã hoàn thành bổ sung"),
    )),
    MenuGroup("tra-ket-qua", "Trả kết quả", frozenset({"MOT_CUA"}), (
        ("cho-tra-truc-tuyen", "Chờ trả trực tuyến"),
        ("cho-tra-truc-tiep", "Chờ trả trực tiếp"),
        ("cho-tra-bcci", "Chờ trả BCCI"),
        ("xin-rut", "Xin rút"),
        ("da-tra", "Đã trả"),
    )),
    MenuGroup("thu-phi-le-phi", "Thu phí/lệ phí", frozenset({"MOT_CUA", "KE_TOAN"}), (
        ("cho-thu-phi", "Chờ thu phí"),
        ("da-thu-phi", "Đã thu phí"),
        ("da-hoan-phi", "Đã hoàn phí"),
        ("da-thu-phi-truc-tuyen", "Hồ sơ đã thu phí trực tuyến"),
        ("tinh-hinh-su-dung-bien-lai", "Tình hình sử dụng biên lai"),
        ("thong-ke-thu-phi", "Thống kê thu phí"),
    )),
    MenuGroup("theo-doi-ho-so", "Theo dõi hồ sơ", EVERYONE, (
        ("ho-so-toi-han", "Hồ sơ tới hạn"),
        ("ho-so-qua-han", "Hồ sơ quá hạn"),
        ("theo-doi-tat-ca", "Theo dõi tất cả hồ sơ"),
    )),
    MenuGroup("thong-ke-bao-cao", "Thống kê báo cáo", frozenset({"THONG_KE"}), (
        ("tien-do-giai-quyet", "Tiến độ giải quyết"),
        ("chi-tieu-dvc-truc-tuyen", "Theo dõi chỉ tiêu DVC trực tuyến"),
        ("thanh-toan-truc-tuyen", "Thanh toán trực tuyến"),
    ), empty_text="Chưa có số liệu báo cáo."),
    # "Quản trị" and "Quản trị Cổng DVC" are the top-level administration apps of the real systems (DOMAIN §1.8),
    # here as menu groups: accounts and roles, procedures per unit, the import of the old portal's dossiers.
    MenuGroup("quan-tri", "Quản trị", frozenset({"QUAN_TRI_DON_VI"}), (
        ("tai-khoan-can-bo", "Tài khoản cán bộ"),
        ("cau-hinh-thu-tuc", "Cấu hình thủ tục"),
        ("chuyen-doi-ho-so", "Chuyển đổi hồ sơ"),
    ), empty_text="Chưa có dữ liệu."),
    MenuGroup("quan-tri-cong-dvc", "Quản trị Cổng DVC", frozenset({"QUAN_TRI_CSDL_TTHC"}), (
        ("cong-khai-thu-tuc", "Công khai thủ tục"),
    ), empty_text="Chưa có dữ liệu."),
)


def menu_for(roles: frozenset[str]) -> list[MenuGroup]:
    return [group for group in MENU if group.roles & roles]


def find_entry(group_slug: str, item_slug: str) -> tuple[MenuGroup, str] | None:
    """The group and the item label a menu URL names, or None for a URL the menu does not have."""
    for group in MENU:
        if group.slug == group_slug:
            return next(((group, label) for slug, label in group.items if slug == item_slug), None)
    return None
