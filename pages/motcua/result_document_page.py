"""The sandbox system's result document, at the address the steps still import it from: steps that reach it through
flows.back_office instead work with every one-stop system (docs/ARCHITECTURE.md, "One-stop back office")."""

from pages.motcua.sandbox.result_document_page import ResultDocumentPage

__all__ = ["ResultDocumentPage"]
