"""The "Tìm kiếm nhiều nhất" panel: the procedures the real portal listed there in July 2026 (reference screens)."""

from sandbox.catalog.loader import Procedure
from sandbox.catalog.publication import is_published
from sandbox.context import SandboxContext

POPULAR_CODES = (
    "1.014023",  # Hỗ trợ phát triển sản xuất cộng đồng (UBND tỉnh Sơn La)
    "1.014748",  # Hưởng trợ cấp thất nghiệp (Cấp tỉnh)
    "3.000333",  # Cấp Phiếu Lý lịch tư pháp
    "1.115362",  # Đăng ký biến động quyền sử dụng đất (UBND tỉnh Gia Lai)
    "1.012789",  # cung cấp thông tin, dữ liệu đất đai (UBND tỉnh Tây Ninh)
    "3.000347",  # Đổi giấy phép lái xe
    "1.115241",  # Đăng ký biến động quyền sử dụng đất (UBND Thành phố Đồng Nai)
    "1.013833",  # Đăng ký biến động đối với trường hợp đổi tên
    "1.014749",  # Thông báo hằng tháng về việc tìm kiếm việc làm (Cấp tỉnh)
    "1.115240",  # Đăng ký đất đai, cấp Giấy chứng nhận (UBND Thành phố Đồng Nai)
)


def popular_procedures(ctx: SandboxContext) -> list[Procedure]:
    found = (ctx.catalog.by_code(code) for code in POPULAR_CODES)
    return [procedure for procedure in found if procedure is not None and is_published(ctx.store, procedure)]
