# language: vi
@tim_kiem
Tính năng: Tìm kiếm thủ tục hành chính
  Là người dân hoặc doanh nghiệp
  Tôi muốn tìm thủ tục hành chính theo tên, có dấu hay không dấu, hoặc theo mã thủ tục
  Để biết thủ tục cần gì, mất bao lâu, tốn bao nhiêu và nộp hồ sơ ở cơ quan nào

  @smoke @id:tim-kiem-khai-sinh
  Kịch bản: Tìm thủ tục đăng ký khai sinh theo từ khoá
    Cho người dùng mở Cổng Dịch vụ công quốc gia
    Khi người dùng tìm kiếm "đăng ký khai sinh"
    Và người dùng xem hết các trang kết quả
    Thì số kết quả trên tiêu đề bằng số thủ tục đã liệt kê, không thủ tục nào liệt kê hai lần
    Và tên mọi thủ tục đã liệt kê đều có cụm từ "đăng ký khai sinh"
    Và các thủ tục đã liệt kê có "Thủ tục đăng ký khai sinh"

  @id:tim-kiem-khong-dau
  Khung kịch bản: Tìm kiếm không dấu cho cùng kết quả như tìm có dấu
    Cho người dùng mở Cổng Dịch vụ công quốc gia
    Khi người dùng tìm kiếm "<có dấu>"
    Và người dùng tìm kiếm "<không dấu>"
    Và người dùng xem hết các trang kết quả
    Thì kết quả của hai lần tìm giống hệt nhau
    Và tên mọi thủ tục đã liệt kê đều có cụm từ "<không dấu>"
    Và các thủ tục đã liệt kê có "<thủ tục>"

    Dữ liệu:
      | có dấu             | không dấu          | thủ tục                   |
      | đăng ký khai sinh  | dang ky khai sinh  | Thủ tục đăng ký khai sinh |
      | đăng ký thường trú | dang ky thuong tru | Đăng ký thường trú        |

  @tthc:1.004222 @id:tim-kiem-theo-ma
  Kịch bản: Tra cứu thủ tục theo mã và xem phí, lệ phí, thời hạn giải quyết
    Cho người dùng mở Cổng Dịch vụ công quốc gia
    Khi người dùng tìm kiếm "1.004222"
    Và người dùng mở thủ tục "Đăng ký thường trú" trong kết quả
    Thì thông tin thủ tục ghi:
      | Mã thủ tục            | 1.004222       |
      | Cấp thực hiện         | Cấp xã         |
      | Cơ quan có thẩm quyền | Công an cấp Xã |
    Và cách thức thực hiện ghi:
      | Hình thức nộp | Thời gian       | Phí, lệ phí          | Ghi chú của phí, lệ phí |
      | Trực tuyến    | 7 Ngày làm việc | 10.000 Việt Nam Đồng | (Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến thu 10.000 đồng/lần đăng ký.) |
      | Trực tiếp     | 7 Ngày làm việc | 20.000 Việt Nam Đồng | (Trường hợp công dân thuộc diện được miễn phí theo quy định tại Điều 4 Thông tư số 75/2022/TT-BTC ngày 22/12/2022 quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú được sửa đổi, bổ sung tại Thông tư số 71/2025/TT-BTC ngày 01/7/2025 của Bộ Tài chính thì công dân phải xuất trình giấy tờ chứng minh thuộc diện được miễn trừ trường hợp thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư hoặc Cơ sở dữ liệu quốc gia, cơ sở) |

  @id:tim-kiem-trang-sau
  Kịch bản: Xem trang sau của kết quả tìm kiếm
    Cho người dùng mở Cổng Dịch vụ công quốc gia
    Khi người dùng tìm kiếm "giấy phép"
    Và người dùng chuyển sang trang sau
    Thì trang 2 liệt kê 10 thủ tục khác trang 1 và số kết quả trên tiêu đề không đổi

  @id:tim-kiem-khong-khop
  Kịch bản: Từ khoá không khớp thủ tục nào
    Cho người dùng mở Cổng Dịch vụ công quốc gia
    Khi người dùng tìm kiếm "qwxz không có thủ tục này"
    Thì cổng báo "Không tìm thấy thủ tục hành chính nào phù hợp với từ khóa "qwxz không có thủ tục này". Hãy thử từ khoá khác, hoặc tìm theo mã thủ tục."

  @id:tim-kiem-tu-khoa-trong
  Kịch bản: Tìm kiếm khi chưa nhập từ khoá
    Cho người dùng mở Cổng Dịch vụ công quốc gia
    Khi người dùng tìm kiếm mà không nhập từ khoá
    Thì cổng báo "Vui lòng nhập từ khoá tìm kiếm: tên thủ tục hành chính (có dấu hoặc không dấu) hoặc mã thủ tục."

  @tthc:5.003863 @id:tim-kiem-thu-tuc-noi-bo
  Kịch bản: Công dân không tìm thấy thủ tục hành chính nội bộ
    Cho người dùng mở Cổng Dịch vụ công quốc gia
    Khi người dùng tìm kiếm "5.003863"
    Thì cổng báo "Không tìm thấy thủ tục hành chính nào phù hợp với từ khóa "5.003863". Hãy thử từ khoá khác, hoặc tìm theo mã thủ tục."

  @tthc:1.004194 @id:tim-kiem-co-quan-ap-dung
  Kịch bản: Chỉ liệt kê cơ quan đã áp dụng dịch vụ công trực tuyến
    Cho người dùng mở thủ tục "1.004194" trên Cổng Dịch vụ công quốc gia
    Khi người dùng xem các phường, xã thực hiện thủ tục ở "Tỉnh Đắk Lắk"
    Thì danh sách phường, xã có "Phường Tuy Hòa"
    Nhưng không có "Xã Ea Kar", nơi thủ tục chưa áp dụng dịch vụ công trực tuyến

  @tthc:1.004222 @id:tim-kiem-chua-chon-co-quan
  Kịch bản: Bấm "Nộp hồ sơ" khi chưa chọn cơ quan thực hiện
    Cho người dùng mở thủ tục "1.004222" trên Cổng Dịch vụ công quốc gia
    Khi người dùng bấm "Nộp hồ sơ" mà chưa chọn cơ quan thực hiện
    Thì cổng báo "Vui lòng chọn cơ quan thực hiện" tại mục chọn cơ quan
    Và người dùng vẫn ở trang thủ tục "Đăng ký thường trú"
