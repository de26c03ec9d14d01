# language: vi
@dong_bo_trang_thai
Tính năng: Đồng bộ trạng thái hồ sơ từ hệ thống Một cửa điện tử lên Cổng Dịch vụ công quốc gia
  Là công dân theo dõi hồ sơ trên Cổng Dịch vụ công quốc gia
  Tôi muốn thấy đúng trạng thái và quá trình xử lý mà Bộ phận Một cửa của tỉnh đã cập nhật, trong thời hạn đồng bộ
  Để biết hồ sơ đến đâu mà không phải gọi điện hay đến cơ quan hỏi

  @smoke @tthc:1.004194 @loi:TB1970-01 @id:dong-bo-tiep-nhan-mau-01
  Kịch bản: Cán bộ tiếp nhận hồ sơ thì Tra cứu hồ sơ trên Cổng cho "Được tiếp nhận" và đúng ngày hẹn trả của Mẫu số 01
    Cho cán bộ một cửa của "Công an Phường Tuy Hòa" đã đăng nhập hệ thống Một cửa điện tử
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Khi cán bộ tiếp nhận hồ sơ
    Thì trong thời hạn đồng bộ, Tra cứu hồ sơ trên Cổng cho trạng thái "Được tiếp nhận"
    Và Cổng ghi ngày tiếp nhận và ngày hẹn trả như Mẫu số 01
    Và "Dịch vụ công của tôi" của chủ hồ sơ có hồ sơ với trạng thái "Được tiếp nhận"

  @tthc:1.004194 @loi:TB1970-01 @id:dong-bo-moi-buoc-xu-ly
  Khung kịch bản: Mỗi bước xử lý trên hệ thống Một cửa điện tử đều lên Cổng với đúng tên trạng thái
    Cho hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "<trạng thái>" tại "Công an Phường Tuy Hòa"
    Thì trong thời hạn đồng bộ, Cổng có đủ các bước xử lý và trạng thái như trên hệ thống Một cửa điện tử
    Và "Dịch vụ công của tôi" của chủ hồ sơ có hồ sơ với trạng thái "<trạng thái>"

    Dữ liệu:
      | trạng thái              |
      | Không được tiếp nhận    |
      | Yêu cầu bổ sung giấy tờ |
      | Dừng xử lý              |
      | Đã trả kết quả          |

  @tthc:1.004194 @moi_truong:sandbox @id:dong-bo-gui-lai-khi-loi
  Kịch bản: Cổng DVCQG báo "Lỗi hệ thống" thì tỉnh gửi lại đến khi đồng bộ được
    Cho Cổng DVCQG đang trả "Lỗi hệ thống" cho mọi lời gọi đồng bộ
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Được tiếp nhận" tại "Công an Phường Tuy Hòa"
    Thì hệ thống của tỉnh ghi hồ sơ đang chờ gửi lại với lỗi "Lỗi hệ thống"
    Và Tra cứu hồ sơ trên Cổng chưa thấy hồ sơ
    Khi Cổng DVCQG hoạt động lại
    Thì trong thời hạn đồng bộ, Tra cứu hồ sơ trên Cổng cho trạng thái "Được tiếp nhận"
    Và hệ thống của tỉnh ghi hồ sơ đã đồng bộ sau hơn một lần gửi

  @tthc:1.004194 @moi_truong:sandbox @id:dong-bo-loi-keo-dai
  Kịch bản: Cổng DVCQG lỗi kéo dài thì hồ sơ bị đánh dấu đồng bộ thất bại và Cổng không hiện trạng thái nào
    Cho hệ thống của tỉnh gửi mỗi thay đổi tối đa 2 lần
    Và Cổng DVCQG đang trả "Lỗi hệ thống" cho mọi lời gọi đồng bộ
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Được tiếp nhận" tại "Công an Phường Tuy Hòa"
    Thì trong thời hạn đồng bộ, hệ thống của tỉnh đánh dấu hồ sơ đồng bộ thất bại sau 2 lần gửi
    Và Tra cứu hồ sơ trên Cổng chưa thấy hồ sơ

  @tthc:1.004222 @moi_truong:sandbox @id:dong-bo-ban-cu-cap-nhat
  Kịch bản: Cổng DVCQG còn bản cũ của hồ sơ thì tỉnh gửi lại dạng cập nhật và Cổng thay bằng hồ sơ mới nộp
    Cho Cổng DVCQG đã lưu sẵn bản cũ của mọi hồ sơ mới
    Và hồ sơ thủ tục "1.004222" của công dân mức độ 2 đang ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Thì trong thời hạn đồng bộ, hệ thống của tỉnh gặp "đã tồn tại trên Cổng DVCQG" và gửi lại hồ sơ dạng cập nhật
    Và Tra cứu hồ sơ trên Cổng cho trạng thái "Mới đăng ký" và ngày nộp như trên hệ thống Một cửa điện tử

  @tthc:1.004194 @moi_truong:sandbox @id:dong-bo-phien-het-han
  Kịch bản: Phiên làm việc với Cổng DVCQG hết hạn giữa chừng thì tỉnh xác thực lại và vẫn đồng bộ được
    Cho phiên làm việc với Cổng DVCQG chỉ dùng được cho một lời gọi
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Đang xử lý" tại "Công an Phường Tuy Hòa"
    Thì trong thời hạn đồng bộ, Cổng có đủ các bước xử lý và trạng thái như trên hệ thống Một cửa điện tử
    Và Cổng DVCQG đã từ chối phiên hết hạn và nhận mỗi lời gọi đồng bộ của hồ sơ trong một phiên xác thực lại

  @tthc:1.004194 @moi_truong:sandbox @id:dong-bo-doi-chieu-gop-trang-thai
  Kịch bản: Tỉnh gộp "Yêu cầu bổ sung giấy tờ" thành "Đã xử lý xong" khi gửi lên Cổng thì phép đối chiếu phát hiện
    Cho hệ thống của tỉnh gộp các trạng thái 5, 6 và 8 thành 9 khi gửi lên Cổng DVCQG
    Và hồ sơ thủ tục "1.004194" của công dân mức độ 2 đang ở trạng thái "Yêu cầu bổ sung giấy tờ" tại "Công an Phường Tuy Hòa"
    Khi hệ thống của tỉnh đã gửi xong mọi thay đổi của hồ sơ
    Thì đối chiếu thấy hệ thống Một cửa điện tử ghi "Yêu cầu bổ sung giấy tờ" còn Cổng DVCQG ghi "Đã xử lý xong"
