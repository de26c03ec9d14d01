# language: vi
@thanh_toan
Tính năng: Thanh toán trực tuyến phí, lệ phí hồ sơ
  Là công dân có hồ sơ phải nộp lệ phí
  Tôi muốn thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia
  Để không phải nộp tiền tại Bộ phận Một cửa và nhận biên lai điện tử

  @smoke @tthc:1.004222 @id:thanh-toan-bien-lai
  Kịch bản: Thanh toán lệ phí đăng ký thường trú trực tuyến và nhận biên lai điện tử
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004222" tại "Công an Phường Tuy Hòa" ở trạng thái "Mới đăng ký"
    Khi công dân mở hồ sơ của mình
    Thì số tiền phải nộp bằng lệ phí nộp trực tuyến của thủ tục "1.004222"
    Khi công dân thanh toán trực tuyến qua "VietQR"
    Thì hồ sơ ở trạng thái thanh toán "Đã thanh toán"
    Và biên lai điện tử ghi đúng mã hồ sơ, người nộp và số tiền

  @tthc:1.004222 @id:thanh-toan-ho-ngheo-mien
  Kịch bản: Công dân thuộc hộ nghèo được miễn lệ phí đăng ký thường trú và không phải thanh toán
    Cho công dân thuộc hộ nghèo đã đăng nhập bằng VNeID
    Và công dân có hồ sơ thủ tục "1.004222" tại "Công an Phường Tuy Hòa" ở trạng thái "Mới đăng ký"
    Khi công dân mở hồ sơ của mình
    Thì hồ sơ được miễn lệ phí theo quy tắc của thủ tục "1.004222" cho công dân đó và không có nút thanh toán

  @tthc:1.004222 @id:thanh-toan-callback-gia-mao
  Kịch bản: Callback giả mạo bị từ chối và hủy thanh toán thì hồ sơ vẫn chưa được thanh toán
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004222" tại "Công an Phường Tuy Hòa" ở trạng thái "Mới đăng ký"
    Khi công dân mở hồ sơ của mình
    Và công dân bắt đầu thanh toán trực tuyến
    Và một bên thứ ba gửi Cổng callback thanh toán thành công với mã xác thực sai
    Thì Cổng trả lời callback "Mã xác thực không chính xác"
    Khi công dân hủy thanh toán
    Thì hồ sơ ở trạng thái thanh toán "Hủy thanh toán"

  @tthc:1.004222 @id:thanh-toan-callback-mot-lan
  Kịch bản: Callback đúng khóa được ghi nhận một lần, callback sai số tiền hoặc gửi lại bị từ chối
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004222" tại "Công an Phường Tuy Hòa" ở trạng thái "Mới đăng ký"
    Khi công dân mở hồ sơ của mình
    Và công dân bắt đầu thanh toán trực tuyến
    Và nền tảng thanh toán gửi Cổng callback thành công, ký đúng khóa, với số tiền ít hơn lệ phí 1.000 đồng
    Thì Cổng trả lời callback "Số tiền không khớp với yêu cầu thanh toán"
    Khi nền tảng thanh toán gửi Cổng callback thành công, ký đúng khóa, với số tiền bằng lệ phí
    Thì Cổng trả lời callback thành công
    Khi công dân mở hồ sơ của mình
    Thì hồ sơ ở trạng thái thanh toán "Đã thanh toán"
    Và biên lai điện tử ghi đúng mã hồ sơ, người nộp và số tiền
    Khi nền tảng thanh toán gửi lại callback vừa được ghi nhận
    Thì Cổng trả lời callback "Giao dịch đã được xác nhận trước đó"
    Và tải lại hồ sơ thì vẫn "Đã thanh toán" với đúng biên lai đó

  @moi_truong:sandbox @tthc:1.004222 @id:thanh-toan-doi-soat-query
  Kịch bản: Callback bị mất thì việc đối soát QUERY ghi nhận thanh toán trong thời hạn
    Cho nền tảng thanh toán gặp sự cố "thanhtoan.mat_callback"
    Và công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004222" tại "Công an Phường Tuy Hòa" ở trạng thái "Mới đăng ký"
    Khi công dân mở hồ sơ của mình
    Và công dân thanh toán trực tuyến qua "Ngân hàng"
    Thì hồ sơ đạt trạng thái thanh toán "Đã thanh toán" trong thời hạn đồng bộ
    Và việc đối soát đã hỏi nền tảng bằng bản tin QUERY và được trả lời giao dịch thành công với đúng số tiền

  @tthc:1.004222 @id:thanh-toan-hoan-phi
  Kịch bản: Hồ sơ đã thanh toán bị từ chối tiếp nhận thì bộ phận một cửa hoàn phí và công dân thấy đã hoàn phí
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004222" tại "Công an Phường Tuy Hòa" ở trạng thái "Mới đăng ký"
    Khi công dân mở hồ sơ của mình
    Và công dân thanh toán trực tuyến qua "Ví điện tử"
    Thì hồ sơ ở trạng thái thanh toán "Đã thanh toán"
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Khi cán bộ mở mục "Hồ sơ đã thu phí trực tuyến" thuộc nhóm "Thu phí/lệ phí"
    Thì danh sách ghi hồ sơ "Đã thanh toán" với số tiền bằng lệ phí nộp trực tuyến
    Khi cán bộ mở hồ sơ
    Thì cán bộ không có thao tác "Hoàn phí"
    Khi cán bộ bấm "Từ chối tiếp nhận" với lý do "Giấy tờ nộp không đúng thủ tục đăng ký thường trú"
    Và cán bộ mở hồ sơ
    Và cán bộ bấm "Hoàn phí" với lý do "Hồ sơ không được tiếp nhận: hoàn lại lệ phí đã nộp trực tuyến"
    Thì phí, lệ phí của hồ sơ ghi "Đã hoàn phí" với lý do "Hồ sơ không được tiếp nhận: hoàn lại lệ phí đã nộp trực tuyến"
    Khi cán bộ mở mục "Đã hoàn phí" thuộc nhóm "Thu phí/lệ phí"
    Thì danh sách ghi hồ sơ "Đã hoàn phí" với số tiền bằng lệ phí nộp trực tuyến
    Khi công dân mở hồ sơ của mình
    Thì hồ sơ ở trạng thái thanh toán "Đã hoàn phí"
