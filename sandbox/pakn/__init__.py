"""Phản ánh, kiến nghị (DOMAIN §1.9, §4.1)."""
