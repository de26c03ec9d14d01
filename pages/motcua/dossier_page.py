"""The sandbox system's dossier page, at the address the steps still import it from: steps that reach it through
flows.back_office instead work with every one-stop system (docs/ARCHITECTURE.md, "One-stop back office")."""

from pages.motcua.sandbox.dossier_page import OfficerDossierPage

__all__ = ["OfficerDossierPage"]
