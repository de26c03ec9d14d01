"""Page objects of the citizen portal (Cổng Dịch vụ công quốc gia)."""
