# language: vi
@chuyen_doi_ho_so
Tính năng: Rà soát hồ sơ chuyển đổi từ hệ thống cũ
  Là đơn vị được yêu cầu rà soát, đồng bộ hồ sơ phát sinh trước thời điểm chuyển đổi hệ thống
  Tôi muốn biết hồ sơ nào của tệp xuất chưa có trên hệ thống mới, sai trạng thái hay sai ngày, bị trùng, bị đẩy lại lên Cổng DVCQG, hay còn địa chỉ cũ
  Để sửa dữ liệu chuyển đổi trước khi báo cáo kết quả rà soát

  @id:chuyen-doi-ho-so-danh-sach-mau
  Kịch bản: Danh sách mẫu có đủ loại hồ sơ chuyển đổi cho đúng kết luận từng dòng
    Cho danh sách mẫu "data/audits/chuyen_doi_ho_so/danh-sach-ho-so-chuyen-doi.csv" của "Công an Phường Tuy Hòa"
    Khi cán bộ một cửa của đơn vị rà soát từng hồ sơ của danh sách theo mã hồ sơ cũ trên hệ thống Một cửa điện tử và Cổng DVCQG
    Thì kết luận của từng dòng đúng như tệp "data/audits/chuyen_doi_ho_so/ket-luan-du-kien.csv"

  @danh_sach_don_vi @id:chuyen-doi-ho-so-danh-sach-don-vi
  Kịch bản: Mọi hồ sơ trong tệp xuất đơn vị gửi đều đã chuyển đổi đúng
    Cho danh sách đơn vị gửi để rà soát
    Khi cán bộ một cửa của đơn vị rà soát từng hồ sơ của danh sách theo mã hồ sơ cũ trên hệ thống Một cửa điện tử và Cổng DVCQG
    Thì mọi dòng của danh sách đều đạt
