from tests.sandbox.motcua.support import back_office

__all__ = ["back_office"]
