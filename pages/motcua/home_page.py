"""The sandbox system's home page and menu, at the address the steps still import it from: steps that reach it through
flows.back_office instead work with every one-stop system (docs/ARCHITECTURE.md, "One-stop back office")."""

from pages.motcua.sandbox.home_page import BackOfficeHome

__all__ = ["BackOfficeHome"]
