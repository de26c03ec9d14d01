"""The citizen portal (Cổng DVCQG): home, search, procedure details, login hand-off to VNeID."""
