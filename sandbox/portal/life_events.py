"""The home page's life-event groups (DOMAIN §1.2), each opening a search for what that event usually needs.

The real groups open lists curated by the portal (`groupEventId`), which the crawl did not capture; the
keyword behind each group is the sandbox's stand-in, chosen so that every group finds real procedures.
"""

from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class LifeEvent:
    name: str
    keyword: str

    @property
    def href(self) -> str:
        return "/tim-kiem?" + urlencode({"q": self.keyword})


CITIZEN = (
    LifeEvent("Có con nhỏ", "khai sinh"),
    LifeEvent("Học tập", "tuyển sinh"),
    LifeEvent("Việc làm", "việc làm"),
    LifeEvent("Cư trú và giấy tờ tùy thân", "cư trú"),
    LifeEvent("Hôn nhân và gia đình", "kết hôn"),
    LifeEvent("Điện lực, nhà ở, đất đai", "đất đai"),
    LifeEvent("Sức khỏe và y tế", "khám bệnh"),
    LifeEvent("Phương tiện và người lái", "giấy phép lái xe"),
    LifeEvent("Hưu trí", "hưu trí"),
    LifeEvent("Người thân qua đời", "khai tử"),
    LifeEvent("Giải quyết khiếu kiện", "khiếu nại"),
)

BUSINESS = (
    LifeEvent("Khởi sự kinh doanh", "thành lập doanh nghiệp"),
    LifeEvent("Lao động và bảo hiểm xã hội", "lao động"),
    LifeEvent("Tài chính doanh nghiệp", "thuế"),
    LifeEvent("Điện lực, đất đai, xây dựng", "giấy phép xây dựng"),
    LifeEvent("Thương mại, quảng cáo", "quảng cáo"),
    LifeEvent("Sở hữu trí tuệ, đăng ký tài sản", "sở hữu trí tuệ"),
    LifeEvent("Thành lập chi nhánh, văn phòng đại diện", "chi nhánh"),
    LifeEvent("Đấu thầu, mua sắm công", "đấu thầu"),
    LifeEvent("Tái cấu trúc doanh nghiệp", "sáp nhập"),
    LifeEvent("Giải quyết tranh chấp hợp đồng", "tranh chấp"),
    LifeEvent("Tạm dừng, chấm dứt hoạt động", "chấm dứt hoạt động"),
)
