# language: vi
@tiep_nhan
Tính năng: Tiếp nhận hồ sơ trực tuyến tại Bộ phận Một cửa
  Là cán bộ Bộ phận Một cửa của cơ quan tiếp nhận
  Tôi muốn tiếp nhận hoặc từ chối hồ sơ công dân nộp trực tuyến và cấp đúng phiếu theo mẫu
  Để công dân biết hồ sơ đã được nhận, ngày nào nhận kết quả, hoặc vì sao bị từ chối

  @smoke @tthc:1.004194 @id:tiep-nhan-tam-tru
  Kịch bản: Tiếp nhận hồ sơ đăng ký tạm trú và cấp giấy tiếp nhận, hẹn trả kết quả
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở mục "Chờ tiếp nhận trực tuyến" thuộc nhóm "Tiếp nhận hồ sơ"
    Thì danh sách có hồ sơ với trạng thái "Mới đăng ký"
    Khi cán bộ tiếp nhận hồ sơ
    Thì Mẫu số 01 ghi đúng mã hồ sơ, chủ hồ sơ, thủ tục "Đăng ký tạm trú", cơ quan "Công an Phường Tuy Hòa" và cán bộ tiếp nhận
    Và ngày hẹn trả kết quả là ngày tiếp nhận cộng 3 ngày làm việc
    Và hồ sơ ở trạng thái "Được tiếp nhận" trên hệ thống Một cửa điện tử

  @tthc:1.004222 @id:tiep-nhan-tu-choi
  Kịch bản: Từ chối tiếp nhận hồ sơ có lý do thì công dân nhận phiếu từ chối
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004222" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Từ chối tiếp nhận" với lý do "Chỗ ở đăng ký thường trú không thuộc địa bàn Phường Tuy Hòa."
    Thì Mẫu số 03 ghi lý do từ chối "Chỗ ở đăng ký thường trú không thuộc địa bàn Phường Tuy Hòa."
    Và hồ sơ ở trạng thái "Không được tiếp nhận" trên hệ thống Một cửa điện tử

  @tthc:1.004194 @id:tiep-nhan-tu-choi-thieu-ly-do
  Kịch bản: Từ chối mà chưa nhập lý do thì được báo tại ô lý do và hồ sơ chưa bị từ chối
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Từ chối tiếp nhận" nhưng không nhập lý do
    Thì hộp thoại "Từ chối tiếp nhận" báo "Vui lòng nhập lý do từ chối tiếp nhận." tại ô "Lý do từ chối"
    Và trang hồ sơ vẫn ghi trạng thái "Mới đăng ký" và chưa cấp phiếu nào
    Khi cán bộ nhập lý do "Thiếu giấy tờ chứng minh chỗ ở hợp pháp." vào hộp thoại "Từ chối tiếp nhận" và xác nhận
    Thì Mẫu số 03 ghi lý do từ chối "Thiếu giấy tờ chứng minh chỗ ở hợp pháp."

  @tthc:1.004194 @id:tiep-nhan-don-vi-khac
  Kịch bản: Cán bộ một cửa đơn vị khác không thấy và không tiếp nhận được hồ sơ
    Cho cán bộ một cửa của "Công an Phường Buôn Ma Thuột" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở mục "Chờ tiếp nhận trực tuyến" thuộc nhóm "Tiếp nhận hồ sơ"
    Thì danh sách không có hồ sơ
    Khi cán bộ gửi thẳng yêu cầu "Tiếp nhận" hồ sơ tới hệ thống Một cửa điện tử
    Thì hệ thống Một cửa điện tử từ chối với mã 403 và thông báo "Hồ sơ không thuộc đơn vị của bạn: bạn không có quyền xử lý hồ sơ này."
    Và cán bộ một cửa của "Công an Phường Tuy Hòa" thấy hồ sơ vẫn ở trạng thái "Mới đăng ký"

  @tthc:1.004194 @moi_truong:sandbox @id:tiep-nhan-sau-15-gio
  Kịch bản: Hồ sơ tiếp nhận sau 15 giờ được hẹn trả tính từ ngày làm việc tiếp theo
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và đồng hồ của sandbox chỉ 15:30 ngày 12/11/2026
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ tiếp nhận hồ sơ
    Thì ngày hẹn trả kết quả là ngày tiếp nhận cộng 3 ngày làm việc
    Và ngày hẹn trả kết quả là "17/11/2026 17:00"
