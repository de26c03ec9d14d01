"""(placeholder, filled by the accounts part of issue #10)"""

from fastapi import APIRouter

router = APIRouter(prefix="/motcua", include_in_schema=False)
