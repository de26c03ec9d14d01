# language: vi
@ra_soat_tthc
Tính năng: Rà soát việc công khai và cấu hình thủ tục hành chính theo từng mã
  Là đơn vị được yêu cầu xác định rõ thủ tục nào đã công khai, đã cấu hình, chưa công khai hay chưa cấu hình đầy đủ
  Tôi muốn biết với từng mã TTHC: Cổng có công khai đúng quyết định không, đơn vị có trong "Chọn cơ quan thực hiện" không, thời hạn và phí của từng cách thức có hợp lý không, hồ sơ nộp thử có đến đúng cơ quan không
  Để sửa cấu hình trên Cổng và hệ thống Một cửa điện tử trước khi báo cáo kết quả rà soát

  @id:ra-soat-tthc-danh-sach-mau
  Kịch bản: Danh sách mẫu có đủ loại mã thủ tục cho đúng kết luận từng dòng
    Cho danh sách mẫu "data/audits/ra_soat_tthc/danh-sach-thu-tuc.csv" của "Công an Phường Tuy Hòa"
    Khi rà soát từng mã thủ tục của danh sách trên Cổng Dịch vụ công quốc gia và hệ thống Một cửa điện tử
    Thì kết luận của từng dòng đúng như tệp "data/audits/ra_soat_tthc/ket-luan-du-kien.csv"

  @danh_sach_don_vi @id:ra-soat-tthc-danh-sach-don-vi
  Kịch bản: Mọi mã thủ tục trong danh sách đơn vị gửi đều đã công khai, đã cấu hình
    Cho danh sách đơn vị gửi để rà soát
    Khi rà soát từng mã thủ tục của danh sách trên Cổng Dịch vụ công quốc gia và hệ thống Một cửa điện tử
    Thì mọi dòng của danh sách đều đạt
