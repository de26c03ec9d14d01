# language: vi
@ra_soat_tai_khoan
Tính năng: Rà soát tài khoản và phân quyền cán bộ trên hệ thống Một cửa điện tử
  Là đơn vị được yêu cầu rà soát tài khoản cán bộ
  Tôi muốn biết tài khoản nào chưa có, không đăng nhập được, thiếu hoặc thừa quyền, hay với tới hồ sơ của đơn vị khác
  Để sửa phân quyền trên hệ thống trước khi báo cáo kết quả rà soát

  @id:ra-soat-tai-khoan-danh-sach-mau
  Kịch bản: Danh sách mẫu có đủ loại tài khoản cho đúng kết luận từng dòng
    Cho danh sách mẫu "data/audits/ra_soat_tai_khoan/danh-sach-can-bo.csv" của "Công an Phường Tuy Hòa"
    Khi rà soát từng tài khoản của danh sách bằng cách đăng nhập và thử quyền trên hệ thống Một cửa điện tử
    Thì kết luận của từng dòng đúng như tệp "data/audits/ra_soat_tai_khoan/ket-luan-du-kien.csv"

  @moi_truong:sandbox @id:ra-soat-tai-khoan-may-chu-khong-chan
  Kịch bản: Máy chủ mở trang quản trị cho cán bộ không có vai trò thì rà soát báo thừa quyền dù thực đơn ẩn
    Cho danh sách mẫu "data/audits/ra_soat_tai_khoan/danh-sach-can-bo.csv" của "Công an Phường Tuy Hòa"
    Và máy chủ Một cửa điện tử không kiểm tra vai trò ở các trang quản trị, dù thực đơn vẫn ẩn chúng
    Khi rà soát từng tài khoản của danh sách bằng cách đăng nhập và thử quyền trên hệ thống Một cửa điện tử
    Thì kết luận của từng dòng đúng như tệp "data/audits/ra_soat_tai_khoan/ket-luan-khi-may-chu-khong-chan-quan-tri.csv"

  @danh_sach_don_vi @id:ra-soat-tai-khoan-danh-sach-don-vi
  Kịch bản: Mọi tài khoản trong danh sách đơn vị gửi đều đủ quyền và đúng phạm vi
    Cho danh sách đơn vị gửi để rà soát
    Khi rà soát từng tài khoản của danh sách bằng cách đăng nhập và thử quyền trên hệ thống Một cửa điện tử
    Thì mọi dòng của danh sách đều đạt
