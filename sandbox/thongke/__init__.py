"""Statistics: the provincial "Tiến độ giải quyết" report and the QĐ 766 indicators (DOMAIN §4.3)."""
