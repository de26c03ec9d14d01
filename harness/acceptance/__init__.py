"""The acceptance record ("Biên bản xác nhận kết quả kiểm thử sau khắc phục") of one defect."""
