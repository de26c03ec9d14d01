"""Routes of the vneid subsystem."""

from fastapi import APIRouter

router = APIRouter()
