"""Choice lists the e-forms share.

DAN_TOC: the 54 ethnic groups of the official list (Danh mục các dân tộc Việt Nam, QĐ 121-TCTK/PPCĐ of
the General Statistics Office, used by the hộ tịch and cư trú forms). NGANH_NGHE: a few level-4 codes of
VSIC 2018 (QĐ 27/2018/QĐ-TTg), enough for a sandbox; the real register has hundreds. QUOC_TICH: a short
list, Việt Nam first.
"""

GIOI_TINH = ("Nam", "Nữ")

DAN_TOC = (
    "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na", "Sán Chay",
    "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông", "Thổ", "Xtiêng", "Khơ Mú", "Bru Vân Kiều",
    "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co", "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí",
    "Kháng", "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống",
    "Si La", "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu",
)

QUOC_TICH = ("Việt Nam", "Lào", "Campuchia", "Trung Quốc", "Hàn Quốc", "Nhật Bản", "Hoa Kỳ", "Pháp", "Úc")

QUAN_HE_CHU_HO = ("Chủ hộ", "Vợ", "Chồng", "Con", "Cha", "Mẹ", "Ông", "Bà", "Cháu", "Anh", "Chị", "Em",
                  "Người ở nhờ", "Người thuê nhà", "Khác")

NGANH_NGHE = (
    "1071 - Sản xuất các loại bánh từ bột",
    "4649 - Bán buôn đồ dùng khác cho gia đình",
    "4711 - Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong các cửa hàng "
    "kinh doanh tổng hợp",
    "4933 - Vận tải hàng hóa bằng đường bộ",
    "5510 - Dịch vụ lưu trú ngắn ngày",
    "5610 - Nhà hàng và các dịch vụ ăn uống phục vụ lưu động",
    "5630 - Dịch vụ phục vụ đồ uống",
    "6201 - Lập trình máy vi tính",
    "8559 - Giáo dục khác chưa được phân vào đâu",
    "9631 - Cắt tóc, làm đầu, gội đầu",
)
