"""The sandbox system's slip page, at the address the steps still import it from: steps that reach it through
flows.back_office instead work with every one-stop system (docs/ARCHITECTURE.md, "One-stop back office")."""

from pages.motcua.sandbox.slip_page import SlipPage

__all__ = ["SlipPage"]
