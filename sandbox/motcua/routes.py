"""Routes of the motcua subsystem."""

from fastapi import APIRouter

router = APIRouter()
