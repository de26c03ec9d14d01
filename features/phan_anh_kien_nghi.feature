# language: vi
@phan_anh_kien_nghi
Tính năng: Phản ánh, kiến nghị về quy định hành chính
  Là người dân
  Tôi muốn gửi phản ánh, kiến nghị, nhận mã số PAKN và tra cứu câu trả lời
  Để biết cơ quan nhà nước đã tiếp nhận, trả lời hoặc vì sao không tiếp nhận phản ánh của mình

  @smoke @id:pakn-tra-loi-cong-khai
  Kịch bản: PAKN được trả lời và công khai thì tra cứu theo mã số thấy đúng câu trả lời
    Cho cán bộ xử lý PAKN của "Ủy ban nhân dân Phường Tuy Hòa" đã đăng nhập hệ thống phản ánh kiến nghị
    Và người dân đã gửi phản ánh về việc "Quy định hành chính" với tiêu đề "Thời hạn cấp xác nhận tạm trú"
    Thì mã số PAKN ghi ngày gửi và hạn xử lý là ngày làm việc thứ 10 sau ngày gửi
    Khi cán bộ phân loại PAKN là "Quy định hành chính (TTHC)" và chuyển "Ủy ban nhân dân Phường Tuy Hòa" xử lý
    Và cán bộ trả lời "Từ 01/12/2026 thời hạn xác nhận tạm trú là 3 ngày làm việc." và chọn "Công khai"
    Thì tra cứu theo mã số PAKN thấy trạng thái "Đã trả lời" và nội dung trả lời "Từ 01/12/2026 thời hạn xác nhận tạm trú là 3 ngày làm việc."
    Và danh sách PAKN đã trả lời công khai có PAKN này

  @id:pakn-khong-cong-khai
  Kịch bản: Câu trả lời không công khai thì không hiện cho công chúng
    Cho cán bộ xử lý PAKN của "Ủy ban nhân dân Phường Tuy Hòa" đã đăng nhập hệ thống phản ánh kiến nghị
    Và người dân đã gửi phản ánh về việc "Hành vi, thái độ của cán bộ, công chức" với tiêu đề "Cán bộ tiếp dân chậm trễ"
    Khi cán bộ phân loại PAKN là "Hành vi, thái độ của cán bộ, công chức" và chuyển "Ủy ban nhân dân Phường Tuy Hòa" xử lý
    Và cán bộ trả lời "Đơn vị đã nhắc nhở cán bộ Nguyễn Văn A." và chọn "Không công khai"
    Thì tra cứu theo mã số PAKN thấy trạng thái "Đã trả lời" và nội dung trả lời "Nội dung trả lời không được công khai."
    Và danh sách PAKN đã trả lời công khai không có PAKN này

  @id:pakn-to-cao-tu-choi
  Kịch bản: Đơn tố cáo bị từ chối tiếp nhận và người gửi tra cứu thấy lý do
    Cho cán bộ xử lý PAKN của "Ủy ban nhân dân Phường Tuy Hòa" đã đăng nhập hệ thống phản ánh kiến nghị
    Và người dân đã gửi phản ánh về việc "Khác" với tiêu đề "Tố cáo cán bộ địa chính nhận tiền"
    Khi cán bộ từ chối tiếp nhận PAKN với lý do "Nội dung là đơn tố cáo, không thuộc phạm vi tiếp nhận phản ánh, kiến nghị."
    Thì tra cứu theo tên người gửi thấy PAKN ở trạng thái "Từ chối tiếp nhận" với lý do "Nội dung là đơn tố cáo, không thuộc phạm vi tiếp nhận phản ánh, kiến nghị."

  @id:pakn-thieu-tieu-de
  Kịch bản: Bỏ trống tiêu đề thì biểu mẫu báo tại ô tiêu đề và chưa cấp mã số PAKN
    Khi người dân gửi phản ánh về việc "Quy định hành chính" nhưng bỏ trống "Tiêu đề"
    Thì biểu mẫu báo "Vui lòng nhập tiêu đề." tại ô "Tiêu đề"
    Và nội dung đã nhập vẫn còn và chưa có mã số PAKN nào được cấp
    Và ô "Nội dung" nhắc "Hệ thống không tiếp nhận đơn thư khiếu nại, tố cáo và hướng dẫn giải đáp pháp luật"

  @moi_truong:sandbox @id:pakn-qua-han
  Kịch bản: PAKN chưa trả lời quá hạn xử lý thì bị đánh dấu quá hạn
    Cho cán bộ xử lý PAKN của "Ủy ban nhân dân Phường Tuy Hòa" đã đăng nhập hệ thống phản ánh kiến nghị
    Và đồng hồ của sandbox chỉ 09:00 ngày 09/11/2026
    Và người dân đã gửi phản ánh về việc "Quy định hành chính" với tiêu đề "Hồ sơ đất đai chậm giải quyết"
    Khi đồng hồ của sandbox chuyển đến 23:00 ngày 23/11/2026
    Thì danh sách "PAKN chưa trả lời" ghi PAKN với hạn xử lý theo quy tắc và tình trạng "Trong hạn"
    Khi đồng hồ của sandbox chuyển đến 08:00 ngày 24/11/2026
    Thì danh sách "PAKN chưa trả lời" ghi PAKN với hạn xử lý theo quy tắc và tình trạng "Quá hạn"
