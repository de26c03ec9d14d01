# language: vi
@sms
Tính năng: Gửi nhận SMS Brandname khi hồ sơ đổi trạng thái
  Là công dân có hồ sơ thủ tục hành chính
  Tôi muốn nhận tin SMS Brandname đúng mẫu ở mỗi bước hồ sơ được giải quyết
  Để biết hồ sơ đã được nhận, ngày nào nhận kết quả, mà không phải tra cứu

  @smoke @tthc:1.004194 @loi:TB1970-02 @id:sms-tiep-nhan
  Kịch bản: Tiếp nhận hồ sơ thì chủ hồ sơ nhận đúng một tin SMS báo ngày hẹn trả
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số di động đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ tiếp nhận hồ sơ
    Thì chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "Được tiếp nhận" với ngày hẹn trả trên Mẫu số 01

  @tthc:1.004194 @id:sms-chuyen-xu-ly-khong-them
  Kịch bản: Chuyển xử lý hồ sơ thì chủ hồ sơ không nhận thêm tin SMS nào ngoài tin tiếp nhận
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số di động đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ tiếp nhận hồ sơ
    Và cán bộ mở hồ sơ
    Và cán bộ bấm "Chuyển xử lý"
    Thì hồ sơ ở trạng thái "Đang xử lý" trên hệ thống Một cửa điện tử
    Và chủ hồ sơ chỉ nhận thêm đúng tin SMS báo hồ sơ "Được tiếp nhận" với ngày hẹn trả trên Mẫu số 01

  @moi_truong:sandbox @tthc:1.004194 @id:sms-so-khong-hop-le
  Kịch bản: Chủ hồ sơ có số điện thoại không hợp lệ thì không tin SMS nào được gửi
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số điện thoại "0212345678" đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ tiếp nhận hồ sơ
    Thì hồ sơ ở trạng thái "Được tiếp nhận" trên hệ thống Một cửa điện tử
    Và gateway từ chối tin SMS báo hồ sơ "Được tiếp nhận" và không gửi tin nào tới số "0212345678"

  @moi_truong:sandbox @tthc:1.004194 @id:sms-gateway-loi-gui-lai
  Kịch bản: Gateway SMS báo lỗi ở lần gửi đầu thì tin được gửi lại và chủ hồ sơ nhận đúng một tin
    Cho gateway SMS Brandname gặp sự cố "sms.loi_gateway_mot_lan"
    Và cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số di động đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ tiếp nhận hồ sơ
    Thì chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "Được tiếp nhận" với ngày hẹn trả trên Mẫu số 01, sau một lần gửi lỗi

  @tthc:1.004194 @id:sms-tu-choi-tiep-nhan
  Kịch bản: Từ chối tiếp nhận hồ sơ thì chủ hồ sơ nhận đúng một tin SMS báo hồ sơ không đủ điều kiện giải quyết
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số di động đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Từ chối tiếp nhận" với lý do "Chỗ ở đăng ký tạm trú không thuộc địa bàn Phường Tuy Hòa."
    Thì hồ sơ ở trạng thái "Không được tiếp nhận" trên hệ thống Một cửa điện tử
    Và chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "Không được tiếp nhận"

  @tthc:1.004194 @id:sms-ky-so-ket-qua
  Kịch bản: Lãnh đạo ký số kết quả thì chủ hồ sơ nhận đúng một tin SMS mời đến nhận kết quả
    Cho lãnh đạo của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số di động đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Phê duyệt và ký số"
    Thì hồ sơ ở trạng thái "Đã xử lý xong" trên hệ thống Một cửa điện tử
    Và chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "Đã xử lý xong"

  @tthc:1.004194 @id:sms-yeu-cau-bo-sung
  Kịch bản: Yêu cầu bổ sung hồ sơ thì chủ hồ sơ nhận đúng một tin SMS yêu cầu bổ sung
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số di động đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Yêu cầu bổ sung" với lý do "Bổ sung bản sao hợp đồng thuê nhà có công chứng."
    Thì hồ sơ ở trạng thái "Yêu cầu bổ sung giấy tờ" trên hệ thống Một cửa điện tử
    Và chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "Yêu cầu bổ sung giấy tờ"

  @tthc:1.004194 @id:sms-tra-ket-qua
  Kịch bản: Trả kết quả thì chủ hồ sơ nhận đúng một tin SMS báo đã trả kết quả
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số di động đang ở trạng thái "Đã xử lý xong" tại "Công an Phường Tuy Hòa"
    Khi cán bộ mở hồ sơ
    Và cán bộ bấm "Trả kết quả"
    Thì hồ sơ ở trạng thái "Đã trả kết quả" trên hệ thống Một cửa điện tử
    Và chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "Đã trả kết quả"
