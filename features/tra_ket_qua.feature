# language: vi
@tra_ket_qua
Tính năng: Trả kết quả giải quyết hồ sơ
  Là cán bộ Bộ phận Một cửa
  Tôi muốn trả cho công dân kết quả đã được lãnh đạo ký số, và chỉ kết quả đó
  Để công dân nhận đúng văn bản có giá trị, đúng hạn

  @smoke @tthc:1.004194 @id:tra-ket-qua-da-ky-so
  Kịch bản: Trả kết quả đã ký số cho công dân
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đã xử lý xong" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở mục "Chờ trả trực tuyến" thuộc nhóm "Trả kết quả"
    Thì danh sách có hồ sơ với trạng thái "Đã xử lý xong"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Trả kết quả"
    Thì hồ sơ ở trạng thái "Đã trả kết quả" trên hệ thống Một cửa điện tử
    Và quá trình xử lý ghi cán bộ đã chuyển hồ sơ sang "Đã trả kết quả"
    Và hồ sơ có ngày trả kết quả là lúc cán bộ bấm "Trả kết quả"
    Khi cán bộ mở mục "Đã trả" thuộc nhóm "Trả kết quả"
    Thì danh sách có hồ sơ với trạng thái "Đã trả kết quả"

  @tthc:1.004194 @id:tra-ket-qua-chua-ky-so
  Kịch bản: Hồ sơ chưa có kết quả ký số thì không trả được
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở mục "Chờ trả trực tuyến" thuộc nhóm "Trả kết quả"
    Thì danh sách không có hồ sơ
    Khi cán bộ mở hồ sơ
    Thì cán bộ không có thao tác "Trả kết quả"
    Khi cán bộ gửi thẳng yêu cầu "Trả kết quả" hồ sơ tới hệ thống Một cửa điện tử
    Thì hệ thống Một cửa điện tử từ chối với mã 409 và thông báo "Không thể trả kết quả hồ sơ ở trạng thái “Đang xử lý”."
    Và hồ sơ ở trạng thái "Đang xử lý" trên hệ thống Một cửa điện tử

  @tthc:1.004194 @id:tra-ket-qua-chu-ky-lanh-dao
  Kịch bản: Văn bản kết quả mang chữ ký số của lãnh đạo đã phê duyệt
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa"
    Và lãnh đạo của "Công an Phường Tuy Hòa" đã phê duyệt và ký số kết quả hồ sơ
    Khi cán bộ mở hồ sơ
    Và cán bộ xem văn bản kết quả
    Thì văn bản kết quả ghi người ký, chứng thư số và thời điểm ký đúng như lãnh đạo đã ký
    Và mã băm SHA-256 của văn bản kết quả là mã băm của nội dung đã ký ghi trên văn bản

  @tthc:1.004222 @id:tra-ket-qua-ho-so-bi-tu-choi
  Kịch bản: Hồ sơ bị từ chối tiếp nhận không có kết quả để trả
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004222" của công dân mức độ 2 đang ở trạng thái "Không được tiếp nhận" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở mục "Từ chối tiếp nhận" thuộc nhóm "Tiếp nhận hồ sơ"
    Thì danh sách có hồ sơ với trạng thái "Không được tiếp nhận"
    Khi cán bộ mở hồ sơ
    Thì hồ sơ không có kết quả giải quyết và chỉ được cấp "Mẫu số 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ"
    Và cán bộ không có thao tác "Trả kết quả"

  @tthc:1.004194 @id:tra-ket-qua-tai-van-ban
  Kịch bản: Công dân tải văn bản kết quả mang đúng chữ ký số mà cơ quan đã ký
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đã trả kết quả" tại "Công an Phường Tuy Hòa"
    Khi công dân mở hồ sơ của mình và bấm "Tải kết quả"
    Thì tệp tải về mang tên theo mã hồ sơ và là văn bản kết quả của hồ sơ đó
    Và văn bản tải về có cùng số, chứng thư số và mã băm với văn bản kết quả trên hệ thống Một cửa điện tử
