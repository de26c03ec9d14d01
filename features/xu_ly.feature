# language: vi
@xu_ly
Tính năng: Xử lý hồ sơ, phê duyệt và ký số kết quả
  Là chuyên viên thụ lý hoặc lãnh đạo của cơ quan giải quyết
  Tôi muốn nhận hồ sơ đã tiếp nhận, xử lý, rồi phê duyệt và ký số kết quả đúng thẩm quyền
  Để kết quả có giá trị và được trả cho công dân đúng hạn

  @smoke @tthc:1.004194 @id:xu-ly-chuyen-xu-ly
  Kịch bản: Chuyên viên nhận hồ sơ đã tiếp nhận và chuyển xử lý
    Cho chuyên viên của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Được tiếp nhận" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở mục "Đang xử lý" thuộc nhóm "Xử lý hồ sơ"
    Thì danh sách có hồ sơ với trạng thái "Được tiếp nhận"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Chuyển xử lý"
    Thì hồ sơ ở trạng thái "Đang xử lý" trên hệ thống Một cửa điện tử
    Và quá trình xử lý ghi cán bộ đã chuyển hồ sơ sang "Đang xử lý"

  @tthc:1.004194 @id:xu-ly-phe-duyet-ky-so
  Kịch bản: Lãnh đạo phê duyệt và ký số kết quả
    Cho lãnh đạo của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở mục "Đang xử lý" thuộc nhóm "Xử lý hồ sơ"
    Thì danh sách có hồ sơ với trạng thái "Đang xử lý"
    Khi lãnh đạo phê duyệt và ký số kết quả hồ sơ
    Thì hồ sơ ở trạng thái "Đã xử lý xong" trên hệ thống Một cửa điện tử
    Và kết quả ghi đã ký số bởi lãnh đạo, lúc lãnh đạo bấm "Phê duyệt và ký số"
    Và chứng thư số của kết quả mang tên lãnh đạo và "Công an Phường Tuy Hòa"
    Và quá trình xử lý ghi cán bộ đã chuyển hồ sơ sang "Đã xử lý xong"

  @tthc:1.004194 @moi_truong:sandbox @id:xu-ly-ky-so-loi
  Khung kịch bản: Ký số lỗi thì lãnh đạo được báo và hồ sơ giữ nguyên trạng thái
    Cho lãnh đạo của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa"
    Và ký số gặp sự cố "<sự cố>"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Phê duyệt và ký số"
    Thì trang hồ sơ báo "<thông báo>"
    Và trang hồ sơ vẫn ghi trạng thái "Đang xử lý" và chưa có kết quả giải quyết

    Dữ liệu:
      | sự cố                    | thông báo                                                                                  |
      | công cụ ký số không chạy | Không kết nối được công cụ ký số (VGCA Sign Service): kiểm tra phần mềm ký số rồi ký lại. |
      | chứng thư số hết hạn     | Chứng thư số đã hết hạn: liên hệ Ban Cơ yếu Chính phủ để gia hạn rồi ký lại.               |

  @tthc:1.004194 @id:xu-ly-chuyen-vien-khong-ky
  Kịch bản: Chuyên viên không ký số được kết quả, kể cả khi gửi thẳng yêu cầu
    Cho chuyên viên của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở hồ sơ
    Thì cán bộ không có thao tác "Phê duyệt và ký số"
    Khi cán bộ gửi thẳng yêu cầu "Phê duyệt và ký số" hồ sơ tới hệ thống Một cửa điện tử
    Thì hệ thống Một cửa điện tử từ chối với mã 403 và thông báo "Chuyên viên thụ lý không có quyền phê duyệt, ký số kết quả hồ sơ."
    Và hồ sơ ở trạng thái "Đang xử lý" trên hệ thống Một cửa điện tử

  @tthc:1.004194 @id:xu-ly-dung-xu-ly
  Kịch bản: Lãnh đạo dừng xử lý hồ sơ có lý do thì ban hành thông báo dừng giải quyết
    Cho lãnh đạo của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Dừng xử lý" với lý do "Công dân đã chuyển đi nơi khác, không còn ở địa chỉ đăng ký."
    Thì Mẫu số 05 ghi lý do dừng "Công dân đã chuyển đi nơi khác, không còn ở địa chỉ đăng ký."
    Và hồ sơ ở trạng thái "Dừng xử lý" trên hệ thống Một cửa điện tử

  @tthc:1.004194 @moi_truong:sandbox @id:xu-ly-qua-han
  Kịch bản: Hồ sơ đã quá ngày hẹn trả hiện trong "Hồ sơ quá hạn"
    Cho chuyên viên của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa", tiếp nhận lúc 09:00 ngày 02/11/2026
    Khi cán bộ mở mục "Hồ sơ quá hạn" thuộc nhóm "Theo dõi hồ sơ"
    Thì danh sách có hồ sơ với trạng thái "Đang xử lý"
    Và ngày hẹn trả của hồ sơ trong danh sách là "04/11/2026 17:00"
