"""Harness code that needs no pytest: configuration, clients, data, evidence, reports."""
