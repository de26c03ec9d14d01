"""The provincial one-stop back office (HT Một cửa điện tử) where officers work."""
