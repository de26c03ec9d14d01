"""The owner's mobile number, a fact the harness knows: the person it generated on the sandbox, or the number
a real environment file states for the actor in `[sms.so_dien_thoai]` (as testers know their test phones)."""

from harness.config import Environment
from harness.errors import HarnessError


def declared_number(env: Environment, actor: str) -> str:
    numbers = env.section("sms").get("so_dien_thoai", {})
    number = numbers.get(actor) if isinstance(numbers, dict) else None
    if not isinstance(number, str) or not number:
        raise HarnessError(f"Môi trường '{env.name}' không ghi số di động của '{actor}': thêm {actor} = \"0…\" "
                           f"vào [sms.so_dien_thoai] trong {env.source}.")
    return number
