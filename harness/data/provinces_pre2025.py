"""The 63 pre-2025 provinces, keyed by the 3-digit code that opens a CCCD number (TT 07/2016/TT-BCA).

These are birth-registration codes: they were not re-coded when the provinces merged on 1/7/2025.
`successor` is the GSO code of the 2025 province that took each one over (DOMAIN §5).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class BirthProvince:
    code: str
    name: str
    successor: str


_TABLE = (
    ("001", "Thành phố Hà Nội", "01"),
    ("002", "Tỉnh Hà Giang", "08"),
    ("004", "Tỉnh Cao Bằng", "04"),
    ("006", "Tỉnh Bắc Kạn", "19"),
    ("008", "Tỉnh Tuyên Quang", "08"),
    ("010", "Tỉnh Lào Cai", "15"),
    ("011", "Tỉnh Điện Biên", "11"),
    ("012", "Tỉnh Lai Châu", "12"),
    ("014", "Tỉnh Sơn La", "14"),
    ("015", "Tỉnh Yên Bái", "15"),
    ("017", "Tỉnh Hòa Bình", "25"),
    ("019", "Tỉnh Thái Nguyên", "19"),
    ("020", "Tỉnh Lạng Sơn", "20"),
    ("022", "Tỉnh Quảng Ninh", "22"),
    ("024", "Tỉnh Bắc Giang", "24"),
    ("025", "Tỉnh Phú Thọ", "25"),
    ("026", "Tỉnh Vĩnh Phúc", "25"),
    ("027", "Tỉnh Bắc Ninh", "24"),
    ("030", "Tỉnh Hải Dương", "31"),
    ("031", "Thành phố Hải Phòng", "31"),
    ("033", "Tỉnh Hưng Yên", "33"),
    ("034", "Tỉnh Thái Bình", "33"),
    ("035", "Tỉnh Hà Nam", "37"),
    ("036", "Tỉnh Nam Định", "37"),
    ("037", "Tỉnh Ninh Bình", "37"),
    ("038", "Tỉnh Thanh Hóa", "38"),
    ("040", "Tỉnh Nghệ An", "40"),
    ("042", "Tỉnh Hà Tĩnh", "42"),
    ("044", "Tỉnh Quảng Bình", "44"),
    ("045", "Tỉnh Quảng Trị", "44"),
    ("046", "Tỉnh Thừa Thiên Huế", "46"),
    ("048", "Thành phố Đà Nẵng", "48"),
    ("049", "Tỉnh Quảng Nam", "48"),
    ("051", "Tỉnh Quảng Ngãi", "51"),
    ("052", "Tỉnh Bình Định", "52"),
    ("054", "Tỉnh Phú Yên", "66"),
    ("056", "Tỉnh Khánh Hòa", "56"),
    ("058", "Tỉnh Ninh Thuận", "56"),
    ("060", "Tỉnh Bình Thuận", "68"),
    ("062", "Tỉnh Kon Tum", "51"),
    ("064", "Tỉnh Gia Lai", "52"),
    ("066", "Tỉnh Đắk Lắk", "66"),
    ("067", "Tỉnh Đắk Nông", "68"),
    ("068", "Tỉnh Lâm Đồng", "68"),
    ("070", "Tỉnh Bình Phước", "75"),
    ("072", "Tỉnh Tây Ninh", "80"),
    ("074", "Tỉnh Bình Dương", "79"),
    ("075", "Tỉnh Đồng Nai", "75"),
    ("077", "Tỉnh Bà Rịa - Vũng Tàu", "79"),
    ("079", "Thành phố Hồ Chí Minh", "79"),
    ("080", "Tỉnh Long An", "80"),
    ("082", "Tỉnh Tiền Giang", "82"),
    ("083", "Tỉnh Bến Tre", "86"),
    ("084", "Tỉnh Trà Vinh", "86"),
    ("086", "Tỉnh Vĩnh Long", "86"),
    ("087", "Tỉnh Đồng Tháp", "82"),
    ("089", "Tỉnh An Giang", "91"),
    ("091", "Tỉnh Kiên Giang", "91"),
    ("092", "Thành phố Cần Thơ", "92"),
    ("093", "Tỉnh Hậu Giang", "92"),
    ("094", "Tỉnh Sóc Trăng", "92"),
    ("095", "Tỉnh Bạc Liêu", "96"),
    ("096", "Tỉnh Cà Mau", "96"),
)

BIRTH_PROVINCES: Mapping[str, BirthProvince] = MappingProxyType(
    {code: BirthProvince(code, name, successor) for code, name, successor in _TABLE}
)
