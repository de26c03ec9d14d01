"""Synthetic Vietnamese people for test data: CCCD, mobile numbers, names, two-level addresses.

Start with `people.person(seed)` or add `provider.VietnamesePersonProvider` to a Faker instance.
"""
