"""Routes of the portal subsystem."""

from fastapi import APIRouter

router = APIRouter()
