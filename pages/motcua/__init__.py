"""Page objects of the provincial one-stop back office (HT Một cửa điện tử)."""
