# language: vi
@nop_ho_so
Tính năng: Nộp hồ sơ trực tuyến
  Là công dân có tài khoản định danh điện tử mức độ 2
  Tôi muốn kê khai và nộp hồ sơ thủ tục hành chính trên Cổng Dịch vụ công quốc gia
  Để không phải đến Bộ phận Một cửa, và theo dõi được hồ sơ bằng mã hồ sơ

  @smoke @tthc:1.004194 @id:nop-ho-so-tam-tru
  Kịch bản: Nộp hồ sơ đăng ký tạm trú tại Công an phường
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Khi công dân nộp hồ sơ thủ tục "1.004194" tại "Phường Tuy Hòa" thuộc "Tỉnh Đắk Lắk"
    Thì Cổng báo nộp hồ sơ thành công với mã hồ sơ của "Công an Phường Tuy Hòa" mang ngày nộp và số thứ tự trong ngày
    Và hồ sơ ở trạng thái "Mới đăng ký" tại "Công an Phường Tuy Hòa"
    Và tra cứu hồ sơ cho trạng thái "Mới đăng ký"

  @tthc:1.004222 @tthc:1.001193 @tthc:2.000635 @tthc:1.013225 @tthc:2.001610 @id:nop-ho-so-to-khai-dien-tu
  Khung kịch bản: Nộp hồ sơ các thủ tục có tờ khai điện tử tại cơ quan đã áp dụng dịch vụ công trực tuyến
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Khi công dân nộp hồ sơ thủ tục "<thủ tục>" tại "<nơi nộp>" thuộc "<tỉnh>"
    Thì Cổng báo nộp hồ sơ thành công với mã hồ sơ của "<cơ quan tiếp nhận>" mang ngày nộp và số thứ tự trong ngày
    Và hồ sơ ở trạng thái "Mới đăng ký" tại "<cơ quan tiếp nhận>"

    Dữ liệu: Đăng ký thường trú (Mẫu CT01)
      | thủ tục  | tỉnh         | nơi nộp              | cơ quan tiếp nhận            |
      | 1.004222 | Tỉnh Đắk Lắk | Phường Buôn Ma Thuột | Công an Phường Buôn Ma Thuột |

    Dữ liệu: Đăng ký khai sinh
      | thủ tục  | tỉnh         | nơi nộp        | cơ quan tiếp nhận              |
      | 1.001193 | Tỉnh Đắk Lắk | Phường Tuy Hòa | Ủy ban nhân dân Phường Tuy Hòa |

    Dữ liệu: Cấp bản sao trích lục hộ tịch
      | thủ tục  | tỉnh               | nơi nộp         | cơ quan tiếp nhận               |
      | 2.000635 | Thành phố Đồng Nai | Phường Biên Hòa | Ủy ban nhân dân Phường Biên Hòa |

    Dữ liệu: Cấp giấy phép xây dựng nhà ở riêng lẻ
      | thủ tục  | tỉnh         | nơi nộp   | cơ quan tiếp nhận         |
      | 1.013225 | Tỉnh Đắk Lắk | Xã Ea Kar | Ủy ban nhân dân Xã Ea Kar |

    Dữ liệu: Đăng ký thành lập doanh nghiệp tư nhân
      | thủ tục  | tỉnh         | nơi nộp      | cơ quan tiếp nhận |
      | 2.001610 | Tỉnh Đắk Lắk | Sở Tài chính | Sở Tài chính      |

  @tthc:2.000635 @id:nop-ho-so-le-phi-ban-sao
  Kịch bản: Lệ phí cấp bản sao trích lục hộ tịch tính theo số bản
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Khi công dân nộp hồ sơ thủ tục "2.000635" tại "Phường Tuy Hòa" thuộc "Tỉnh Đắk Lắk" với "Số bản sao đề nghị cấp" là "3"
    Thì hồ sơ ở trạng thái "Mới đăng ký" tại "Ủy ban nhân dân Phường Tuy Hòa"
    Và lệ phí của hồ sơ là "24.000 đồng"

  @tthc:1.004194 @id:nop-ho-so-muc-1-tu-choi
  Kịch bản: Công dân tài khoản mức độ 1 không nộp được hồ sơ trực tuyến
    Cho công dân đã đăng nhập bằng VNeID mức độ 1
    Khi công dân bấm "Nộp hồ sơ" thủ tục "1.004194" tại "Phường Tuy Hòa" thuộc "Tỉnh Đắk Lắk"
    Thì Cổng từ chối nộp hồ sơ với thông báo "Bạn cần tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến."

  @tthc:1.004194 @id:nop-ho-so-tep-sai
  Khung kịch bản: Tệp đính kèm sai định dạng hoặc quá dung lượng bị từ chối mà thông tin đã kê khai vẫn còn
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Khi công dân kê khai hồ sơ thủ tục "1.004194" tại "Phường Tuy Hòa" thuộc "Tỉnh Đắk Lắk" nhưng đính kèm <loại tệp> "<tên tệp>" ở mục "Tờ khai thay đổi thông tin cư trú"
    Và công dân bấm "Lưu và nộp hồ sơ"
    Thì Cổng báo "<thông báo>" tại thành phần hồ sơ "Tờ khai thay đổi thông tin cư trú"
    Và các thông tin đã kê khai vẫn còn nguyên

    Dữ liệu:
      | loại tệp               | tên tệp         | thông báo                                                                    |
      | một chương trình       | to-khai.exe     | Tệp to-khai.exe không đúng định dạng cho phép (PDF, JPG, PNG, DOC, DOCX).    |
      | một chương trình       | to-khai.pdf     | Tệp to-khai.pdf không đúng định dạng cho phép (PDF, JPG, PNG, DOC, DOCX).    |
      | một tệp PDF quá 10 MB  | ban-chup-lon.pdf | Tệp ban-chup-lon.pdf vượt quá dung lượng tối đa 10 MB.                     |

  @tthc:1.004194 @id:nop-ho-so-thieu-thong-tin
  Kịch bản: Thiếu thông tin bắt buộc thì được báo tại mục đó và không mất gì đã kê khai hay đã tải lên
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Khi công dân kê khai hồ sơ thủ tục "1.004194" tại "Phường Buôn Ma Thuột" thuộc "Tỉnh Đắk Lắk" nhưng bỏ trống "Số điện thoại liên hệ"
    Và công dân bấm "Lưu và nộp hồ sơ"
    Thì Cổng báo "Vui lòng nhập số điện thoại liên hệ." tại mục "Số điện thoại liên hệ"
    Và mục "Tờ khai thay đổi thông tin cư trú" ghi "Đã tải lên" tệp "to-khai-ct01.pdf"
    Và các thông tin đã kê khai vẫn còn nguyên
    Khi công dân điền "Số điện thoại liên hệ" là "0912345678" rồi bấm "Lưu và nộp hồ sơ" mà không tải lại tệp nào
    Thì hồ sơ ở trạng thái "Mới đăng ký" tại "Công an Phường Buôn Ma Thuột"

  @tthc:1.004194 @id:nop-ho-so-dia-chi-hai-cap
  Khung kịch bản: Địa chỉ kê khai mới phải theo đơn vị hành chính hai cấp
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Khi công dân kê khai hồ sơ thủ tục "1.004194" tại "Phường Tuy Hòa" thuộc "Tỉnh Đắk Lắk" nhưng ghi "Nơi đề nghị đăng ký tạm trú › Số nhà, đường phố, tổ, thôn, xóm" là "<địa chỉ>"
    Và công dân bấm "Lưu và nộp hồ sơ"
    Thì Cổng báo "<thông báo>" tại mục "Nơi đề nghị đăng ký tạm trú › Số nhà, đường phố, tổ, thôn, xóm"

    Dữ liệu:
      | địa chỉ                               | thông báo                                                                                                                                                      |
      | Số 12 đường Lê Lợi, huyện Tuy An      | Địa chỉ không còn cấp huyện từ ngày 01/7/2025: chỉ ghi số nhà, đường phố, tổ, thôn, xóm; tỉnh, thành phố và phường, xã, đặc khu chọn trong danh sách. |
      | Số 12 đường Lê Lợi, tỉnh Phú Yên      | Tỉnh Phú Yên đã sáp nhập vào Tỉnh Đắk Lắk từ ngày 01/7/2025: vui lòng ghi địa chỉ theo đơn vị hành chính mới.                                              |

  @tthc:1.004194 @id:nop-ho-so-co-quan-chua-ap-dung
  Kịch bản: Cơ quan chưa áp dụng dịch vụ công trực tuyến không có trong danh sách và không nhận hồ sơ
    Cho công dân đã đăng nhập bằng VNeID mức độ 2
    Khi công dân xem các phường, xã nộp được hồ sơ thủ tục "1.004194" ở "Tỉnh Đắk Lắk"
    Thì danh sách có "Phường Tuy Hòa" nhưng không có "Xã Ea Kar"
    Khi công dân mở tờ khai thủ tục "1.004194" của "Công an Phường Tuy Hòa" rồi đổi cơ quan trong địa chỉ của trang thành "Công an Xã Ea Kar"
    Thì Cổng từ chối nộp hồ sơ với thông báo "Công an Xã Ea Kar chưa áp dụng dịch vụ công trực tuyến cho thủ tục này. Hệ thống chỉ hiển thị những cơ quan đã áp dụng dịch vụ công trực tuyến: vui lòng chọn lại cơ quan thực hiện trên trang thủ tục."
