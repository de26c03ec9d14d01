# language: vi
@sms
Tính năng: Gửi nhận SMS Brandname khi hồ sơ đổi trạng thái
  Là công dân có hồ sơ thủ tục hành chính
  Tôi muốn nhận tin SMS Brandname đúng mẫu ở mỗi bước hồ sơ được giải quyết
  Để biết hồ sơ đã được nhận, ngày nào nhận kết quả, mà không phải tra cứu

  @smoke @tthc:1.004194
  Kịch bản: Tiếp nhận hồ sơ thì chủ hồ sơ nhận đúng một tin SMS báo ngày hẹn trả
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của chủ hồ sơ có số di động đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ tiếp nhận hồ sơ
    Thì chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "Được tiếp nhận" với ngày hẹn trả trên Mẫu số 01
