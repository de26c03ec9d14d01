"""The sandbox system's login page, at the address the steps still import it from: steps that reach it through
flows.back_office instead work with every one-stop system (docs/ARCHITECTURE.md, "One-stop back office")."""

from pages.motcua.sandbox.login_page import OfficerLoginPage

__all__ = ["OfficerLoginPage"]
