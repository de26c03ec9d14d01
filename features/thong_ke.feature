# language: vi
@thong_ke
Tính năng: Thống kê báo cáo tiến độ giải quyết và chỉ số QĐ 766 của đơn vị
  Là cán bộ thống kê của một đơn vị
  Tôi muốn xem số liệu tiến độ giải quyết hồ sơ của đơn vị mình theo kỳ, xuất ra tệp và đối chiếu điểm chỉ số
  Để báo cáo đúng số liệu theo Quyết định 766/QĐ-TTg

  @smoke @tthc:1.004222 @id:thong-ke-tiep-nhan-truc-tuyen
  Kịch bản: Tiếp nhận một hồ sơ nộp trực tuyến thì báo cáo tiến độ tăng đúng một hồ sơ mới tiếp nhận trực tuyến đang trong hạn
    Cho hồ sơ thủ tục "1.004222" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Xã Ea Kar"
    Và cán bộ thống kê của "Công an Xã Ea Kar" đã đọc báo cáo "Tiến độ giải quyết" của đơn vị trong ngày hôm nay
    Khi cán bộ một cửa của "Công an Xã Ea Kar" tiếp nhận hồ sơ đó
    Thì báo cáo "Tiến độ giải quyết" trong ngày hôm nay tăng đúng 1 ở "Mới tiếp nhận trực tuyến" và "Đang giải quyết trong hạn", các cột khác không đổi

  @tthc:1.004222 @id:thong-ke-thanh-toan-truc-tuyen
  Kịch bản: Công dân thanh toán trực tuyến lệ phí thì báo cáo tiến độ tăng đúng 1 hồ sơ đã thanh toán trực tuyến qua Cổng
    Cho hồ sơ thủ tục "1.004222" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Phường Biên Hòa"
    Và cán bộ thống kê của "Công an Phường Biên Hòa" đã đọc báo cáo "Tiến độ giải quyết" của đơn vị trong ngày hôm nay
    Khi chủ hồ sơ thanh toán trực tuyến lệ phí của hồ sơ đó qua "VietQR"
    Thì báo cáo "Tiến độ giải quyết" trong ngày hôm nay tăng đúng 1 ở "Số HS đã TTTT qua Cổng DVC QG", các cột khác không đổi

  @tthc:1.004194 @id:thong-ke-tep-xuat
  Khung kịch bản: Tệp <định dạng> xuất từ báo cáo tiến độ giữ đúng số liệu trên trang
    Cho hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Được tiếp nhận" tại "Công an Phường Tuy Hòa"
    Khi cán bộ thống kê của "Công an Phường Tuy Hòa" lưu tệp "<nút>" của báo cáo "Tiến độ giải quyết" trong ngày hôm nay
    Thì tệp <định dạng> mang tên đơn vị và kỳ báo cáo, có đúng các cột và số liệu trên trang

    Dữ liệu:
      | định dạng | nút        |
      | XLSX      | Xuất Excel |
      | CSV       | Xuất CSV   |

  @tthc:1.004194 @id:thong-ke-chi-so-qd-766
  Kịch bản: Điểm chỉ số QĐ 766 trên trang theo dõi bằng điểm tính lại từ số liệu của báo cáo tiến độ
    Cho hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đã trả kết quả" tại "Công an Phường Tuy Hòa"
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Được tiếp nhận" tại "Công an Phường Tuy Hòa"
    Khi cán bộ thống kê của "Công an Phường Tuy Hòa" đọc báo cáo "Tiến độ giải quyết" và trang "Theo dõi chỉ tiêu DVC trực tuyến" trong ngày hôm nay
    Thì điểm các chỉ số "ON_TIME", "ONLINE_DOSSIER" và "DOSSIER_SYNC" trên trang theo dõi bằng điểm tính lại từ báo cáo tiến độ

  @id:thong-ke-pham-vi-don-vi
  Kịch bản: Cán bộ thống kê chỉ xem được số liệu của đơn vị mình và cán bộ một cửa không mở được báo cáo
    Cho cán bộ thống kê của "Công an Phường Buôn Ma Thuột" đã đọc báo cáo "Tiến độ giải quyết" của đơn vị trong ngày hôm nay
    Thì báo cáo chỉ có dòng của "Công an Phường Buôn Ma Thuột"
    Khi cán bộ thống kê gửi thẳng yêu cầu xem báo cáo "Tiến độ giải quyết" của "Công an Phường Tuy Hòa"
    Thì hệ thống Một cửa điện tử từ chối với mã 403 và thông báo "Bạn chỉ được xem số liệu thống kê của đơn vị mình."
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Khi cán bộ mở thẳng địa chỉ của mục "Tiến độ giải quyết" thuộc nhóm "Thống kê báo cáo"
    Thì hệ thống Một cửa điện tử báo "Bạn không có quyền truy cập chức năng này."
