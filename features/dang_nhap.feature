# language: vi
@dang_nhap
Tính năng: Đăng nhập bằng tài khoản định danh điện tử VNeID và vào hệ thống Một cửa điện tử
  Là công dân có tài khoản định danh điện tử, hoặc cán bộ của bộ phận một cửa
  Tôi muốn đăng nhập an toàn và chỉ dùng được những chức năng tài khoản của tôi được phép
  Để nộp, theo dõi và giải quyết hồ sơ thủ tục hành chính trực tuyến

  @smoke @id:dang-nhap-vneid-muc-2
  Kịch bản: Công dân mức độ 2 đăng nhập bằng tài khoản định danh điện tử
    Cho một công dân mức độ 2 mới đang ở Cổng Dịch vụ công quốc gia
    Khi công dân bấm "Đăng nhập" và chọn tài khoản dành cho Công dân
    Và công dân nhập số định danh cá nhân và mật khẩu của mình
    Và công dân nhập mã xác nhận đăng nhập từ ứng dụng VNeID
    Và công dân đồng ý chia sẻ thông tin nếu được hỏi
    Thì đầu trang hiển thị họ và tên của công dân

  @id:dang-nhap-sai-mat-khau
  Khung kịch bản: Nhập sai mật khẩu thì được báo số lần thử còn lại
    Cho một công dân mức độ 2 mới đang ở Cổng Dịch vụ công quốc gia
    Khi công dân bấm "Đăng nhập" và chọn tài khoản dành cho Công dân
    Và công dân nhập sai mật khẩu <số lần> lần
    Thì VNeID báo "Số định danh cá nhân hoặc mật khẩu không đúng. Bạn còn <còn lại> lần thử."

    Dữ liệu:
      | số lần | còn lại |
      | 1      | 4       |
      | 3      | 2       |

  @moi_truong:sandbox @id:dang-nhap-tam-khoa-5-lan
  Kịch bản: Tài khoản tạm khóa sau 5 lần nhập sai mật khẩu và mở lại khi hết thời gian khóa
    Cho một công dân mức độ 2 mới đang ở Cổng Dịch vụ công quốc gia
    Và đồng hồ của sandbox chỉ 09:00 ngày 12/11/2026
    Khi công dân bấm "Đăng nhập" và chọn tài khoản dành cho Công dân
    Và công dân nhập sai mật khẩu 5 lần
    Thì VNeID báo "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 09:30."
    Nhưng công dân nhập đúng mật khẩu khi tài khoản còn khóa thì VNeID vẫn báo "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 09:30."
    Khi đồng hồ của sandbox chuyển đến 09:31 ngày 12/11/2026
    Và công dân đăng nhập lại bằng số định danh cá nhân và mật khẩu đúng
    Thì đầu trang hiển thị họ và tên của công dân

  @id:dang-nhap-sai-ma-xac-nhan
  Kịch bản: Nhập sai mã xác nhận đăng nhập thì được nhập lại mà không phải làm lại từ đầu
    Cho một công dân mức độ 2 mới đang ở Cổng Dịch vụ công quốc gia
    Khi công dân bấm "Đăng nhập" và chọn tài khoản dành cho Công dân
    Và công dân nhập số định danh cá nhân và mật khẩu của mình
    Và công dân nhập một mã xác nhận sai
    Thì hộp thoại "Nhập mã xác nhận đăng nhập" báo "Mã xác nhận không đúng. Vui lòng kiểm tra lại mã trên ứng dụng VNeID."
    Khi công dân nhập mã xác nhận đăng nhập từ ứng dụng VNeID
    Và công dân đồng ý chia sẻ thông tin nếu được hỏi
    Thì đầu trang hiển thị họ và tên của công dân

  @id:dang-nhap-khong-chia-se
  Kịch bản: Công dân không đồng ý chia sẻ thông tin thì chưa được đăng nhập
    Cho một công dân mức độ 2 mới đang ở Cổng Dịch vụ công quốc gia
    Khi công dân bấm "Đăng nhập" và chọn tài khoản dành cho Công dân
    Và công dân nhập số định danh cá nhân và mật khẩu của mình
    Và công dân nhập mã xác nhận đăng nhập từ ứng dụng VNeID
    Và công dân không đồng ý chia sẻ thông tin
    Thì Cổng báo "Bạn chưa đồng ý chia sẻ thông tin từ tài khoản định danh điện tử nên chưa đăng nhập được Cổng Dịch vụ công quốc gia."
    Và đầu trang hiển thị nút "Đăng nhập" thay cho tên công dân

  @tthc:1.004194 @id:dang-nhap-muc-1-khong-nop
  Kịch bản: Công dân mức độ 1 tra cứu được thủ tục nhưng không nộp được hồ sơ trực tuyến
    Cho công dân đã đăng nhập bằng VNeID mức độ 1
    Khi công dân tìm kiếm thủ tục "Đăng ký tạm trú"
    Thì kết quả tìm kiếm có thủ tục "Đăng ký tạm trú"
    Khi công dân bấm "Nộp hồ sơ" thủ tục "1.004194" tại "Phường Tuy Hòa" thuộc "Tỉnh Đắk Lắk"
    Thì Cổng từ chối nộp hồ sơ với thông báo "Bạn cần tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến."

  @tthc:1.004194 @id:dang-nhap-to-khai-dien-san
  Kịch bản: Công dân mức độ 2 thấy tờ khai điền sẵn thông tin định danh của chính mình
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Khi công dân bấm "Nộp hồ sơ" thủ tục "1.004194" tại "Phường Tuy Hòa" thuộc "Tỉnh Đắk Lắk"
    Thì trang "Kê khai thông tin" hiện thủ tục "Đăng ký tạm trú" tại "Công an Phường Tuy Hòa"
    Và phần "Thông tin định danh" điền sẵn thông tin của công dân và không sửa được

  @id:dang-xuat
  Kịch bản: Công dân đăng xuất
    Cho một công dân mức độ 2 mới vừa đăng nhập bằng VNeID
    Khi công dân chọn "Đăng xuất" trong menu tài khoản
    Thì đầu trang hiển thị nút "Đăng nhập" thay cho tên công dân

  @id:dang-nhap-can-bo-mot-cua
  Kịch bản: Cán bộ một cửa đăng nhập và thấy đúng các nhóm chức năng của vai trò
    Cho cán bộ một cửa đang ở trang đăng nhập hệ thống Một cửa điện tử
    Khi cán bộ đăng nhập bằng tên đăng nhập và mật khẩu của mình
    Thì đầu trang hiển thị họ và tên và đơn vị của cán bộ
    Và thực đơn "Chức năng" có đúng các nhóm:
      | Tiếp nhận hồ sơ |
      | Bổ sung hồ sơ   |
      | Trả kết quả     |
      | Thu phí/lệ phí  |
      | Theo dõi hồ sơ  |
    Và nhóm "Tiếp nhận hồ sơ" có các mục:
      | Mới tiếp nhận            |
      | Chờ tiếp nhận trực tuyến |
      | Từ chối tiếp nhận        |
      | Đã chuyển xử lý          |

  @id:dang-nhap-can-bo-khac-vai-tro
  Khung kịch bản: Cán bộ không thuộc bộ phận một cửa không thấy và không mở được "Tiếp nhận hồ sơ"
    Cho một cán bộ mới có vai trò "<vai trò>" đã đăng nhập hệ thống Một cửa điện tử
    Thì thực đơn "Chức năng" không có nhóm "Tiếp nhận hồ sơ"
    Khi cán bộ mở thẳng địa chỉ của mục "Chờ tiếp nhận trực tuyến" thuộc nhóm "Tiếp nhận hồ sơ"
    Thì hệ thống Một cửa điện tử báo "Bạn không có quyền truy cập chức năng này."

    Dữ liệu:
      | vai trò     |
      | CHUYEN_VIEN |
      | THONG_KE    |
