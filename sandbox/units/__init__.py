"""Agencies (đơn vị) of the sandbox's default provinces, with their QCVN 102 identifier codes."""
