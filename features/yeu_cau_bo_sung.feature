# language: vi
@yeu_cau_bo_sung
Tính năng: Bổ sung hồ sơ theo yêu cầu và rút hồ sơ
  Là công dân đã nộp hồ sơ trực tuyến
  Tôi muốn đọc cơ quan yêu cầu bổ sung gì, gửi giấy tờ bổ sung hoặc rút hồ sơ ngay trên Cổng
  Để hồ sơ được giải quyết tiếp mà không phải đến Bộ phận Một cửa

  @smoke @tthc:1.004194 @id:bo-sung-dang-xu-ly
  Kịch bản: Bổ sung giấy tờ khi hồ sơ đang xử lý thì hồ sơ được xử lý tiếp với ngày hẹn trả mới
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004194" tại "Công an Phường Tuy Hòa" ở trạng thái "Yêu cầu bổ sung giấy tờ"
    Khi công dân mở hồ sơ của mình
    Thì hồ sơ ở trạng thái "Yêu cầu bổ sung giấy tờ"
    Khi công dân bổ sung giấy tờ "giay-to-cho-o-hop-phap.pdf"
    Thì hồ sơ ở trạng thái "Đang xử lý"
    Và ngày hẹn trả mới là 3 ngày làm việc tính từ lúc bổ sung
    Và tra cứu hồ sơ cho trạng thái "Đang xử lý"

  @tthc:1.004222 @id:bo-sung-doc-phieu-yeu-cau
  Kịch bản: Công dân đọc đúng nội dung cán bộ ghi trong Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004222" tại "Công an Phường Tuy Hòa" mà chuyên viên yêu cầu bổ sung "Bổ sung bản sao hợp đồng thuê nhà có công chứng; giấy tờ chứng minh chỗ ở hợp pháp phải còn hiệu lực."
    Khi công dân mở hồ sơ của mình
    Thì hồ sơ ở trạng thái "Yêu cầu bổ sung giấy tờ"
    Và công dân đọc được đúng nội dung chuyên viên đã ghi trong Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)

  @tthc:1.004194 @id:bo-sung-luc-tiep-nhan
  Kịch bản: Bổ sung khi cơ quan yêu cầu ngay lúc tiếp nhận thì hồ sơ được nộp lại
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004194" tại "Công an Phường Tuy Hòa" bị yêu cầu bổ sung ngay khi tiếp nhận
    Khi công dân mở hồ sơ của mình
    Và công dân bổ sung giấy tờ "to-khai-ct01-bo-sung.pdf"
    Thì hồ sơ ở trạng thái "Mới đăng ký"
    Và hồ sơ chưa có ngày hẹn trả
    Và tra cứu hồ sơ cho trạng thái "Mới đăng ký"

  @tthc:1.004194 @id:bo-sung-chua-dinh-kem
  Kịch bản: Gửi bổ sung mà chưa đính kèm giấy tờ thì bị từ chối
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004194" tại "Công an Phường Tuy Hòa" ở trạng thái "Yêu cầu bổ sung giấy tờ"
    Khi công dân mở hồ sơ của mình
    Và công dân gửi bổ sung mà không đính kèm giấy tờ nào
    Thì Cổng báo "Vui lòng đính kèm giấy tờ bổ sung." tại mục "Giấy tờ bổ sung"
    Và hồ sơ ở trạng thái "Yêu cầu bổ sung giấy tờ"

  @tthc:1.004194 @id:bo-sung-rut-ho-so
  Khung kịch bản: Công dân rút hồ sơ chưa giải quyết xong
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Và công dân có hồ sơ thủ tục "1.004194" tại "Công an Phường Tuy Hòa" ở trạng thái "<trạng thái>"
    Khi công dân mở hồ sơ của mình
    Và công dân rút hồ sơ với lý do "Đã chuyển đến nơi ở khác, không cần đăng ký nữa"
    Thì hồ sơ ở trạng thái "Công dân yêu cầu rút hồ sơ"
    Và tra cứu hồ sơ cho trạng thái "Công dân yêu cầu rút hồ sơ"

    Dữ liệu:
      | trạng thái  |
      | Mới đăng ký |
      | Đang xử lý  |
