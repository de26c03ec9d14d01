"""Vietnamese full names in Vietnamese order: họ, tên đệm, tên ("Nguyễn Thị Thu Hà").

Family names follow their rough share of the population; middle names depend on sex, with "Văn"
and "Thị" the most common. All strings are NFC.
"""

import random
from dataclasses import dataclass

from harness.data.sex import Sex

FAMILY_NAMES: dict[str, float] = {
    "Nguyễn": 38.4,
    "Trần": 11.0,
    "Lê": 9.5,
    "Phạm": 7.0,
    "Hoàng": 3.2,
    "Huỳnh": 2.0,
    "Phan": 4.5,
    "Vũ": 2.0,
    "Võ": 1.9,
    "Đặng": 2.1,
    "Bùi": 2.0,
    "Đỗ": 1.4,
    "Hồ": 1.3,
    "Ngô": 1.3,
    "Dương": 1.0,
    "Lý": 0.5,
    "Đinh": 0.6,
    "Đoàn": 0.4,
    "Trịnh": 0.4,
    "Đào": 0.4,
    "Trương": 0.5,
    "Lâm": 0.3,
    "Mai": 0.3,
    "Lương": 0.3,
    "Hà": 0.3,
    "Cao": 0.2,
    "Lưu": 0.2,
    "Tạ": 0.1,
    "Tô": 0.1,
    "Quách": 0.1,
    "Châu": 0.1,
    "Kiều": 0.1,
    "Triệu": 0.1,
}

MIDDLE_NAMES: dict[Sex, dict[str, float]] = {
    "Nam": {
        "Văn": 35,
        "Đức": 8,
        "Minh": 8,
        "Hữu": 6,
        "Quang": 6,
        "Thanh": 5,
        "Ngọc": 4,
        "Công": 4,
        "Quốc": 4,
        "Xuân": 3,
        "Trọng": 3,
        "Hoàng": 3,
        "Gia": 3,
        "Duy": 3,
        "Đình": 3,
        "Bảo": 3,
        "Tuấn": 2,
        "Anh": 2,
        "Hải": 2,
        "Thành": 2,
        "Nhật": 2,
        "Văn Minh": 1,
        "Đức Anh": 1,
    },
    "Nữ": {
        "Thị": 30,
        "Thị Thu": 4,
        "Thị Ngọc": 4,
        "Thị Thanh": 3,
        "Thị Hồng": 3,
        "Thị Kim": 2,
        "Thị Minh": 2,
        "Thị Mỹ": 2,
        "Thị Bích": 2,
        "Ngọc": 7,
        "Thu": 5,
        "Thanh": 5,
        "Hồng": 3,
        "Phương": 3,
        "Minh": 3,
        "Thùy": 3,
        "Bảo": 3,
        "Khánh": 2,
        "Diệu": 2,
        "Kim": 2,
        "Hoài": 2,
        "Mỹ": 2,
        "Quỳnh": 2,
        "Lan": 1,
        "Hải": 1,
        "Tuyết": 1,
        "Ngọc Bảo": 1,
    },
}

# fmt: off
GIVEN_NAMES: dict[Sex, tuple[str, ...]] = {
    "Nam": (
        "Anh", "Tuấn", "Hùng", "Dũng", "Minh", "Nam", "Hải", "Long", "Sơn", "Thắng",
        "Quân", "Hiếu", "Huy", "Khoa", "Phúc", "Đức", "Trung", "Kiên", "Cường", "Bình",
        "Thành", "Tùng", "Vinh", "Hoàng", "Khánh", "Bảo", "Phong", "Đạt", "Lâm", "Nghĩa",
        "Tài", "Toàn", "Tiến", "Quang", "Hưng", "Duy", "Trí", "Nhân", "Lộc", "Thịnh",
    ),
    "Nữ": (
        "Hà", "Lan", "Hương", "Linh", "Trang", "Mai", "Hoa", "Thảo", "Ngọc", "Hằng",
        "Phương", "Anh", "Nhung", "Huyền", "Yến", "Vân", "Thủy", "Nga", "Hạnh", "Dung",
        "Loan", "Oanh", "Trinh", "Vy", "Nhi", "Quỳnh", "Châu", "Uyên", "Giang", "Diệp",
        "Hiền", "Tâm", "Thư", "Ly", "Ngân", "Hậu", "Tuyết", "Xuân", "Nhàn", "Thúy",
    ),
}
# fmt: on


@dataclass(frozen=True)
class VietnameseName:
    ho: str
    ten_dem: str
    ten: str

    @property
    def ho_va_ten(self) -> str:
        return f"{self.ho} {self.ten_dem} {self.ten}"


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(tuple(weights), weights=tuple(weights.values()))[0]


def make_name(rng: random.Random, sex: Sex) -> VietnameseName:
    ho = _weighted(rng, FAMILY_NAMES)
    ten_dem = _weighted(rng, MIDDLE_NAMES[sex])
    # "Nguyễn Thị Ngọc Ngọc" is not a name anyone is given.
    last_middle = ten_dem.split()[-1]
    ten = rng.choice([name for name in GIVEN_NAMES[sex] if name != last_middle])
    return VietnameseName(ho, ten_dem, ten)
