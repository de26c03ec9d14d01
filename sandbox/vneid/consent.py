"""The personal-data consent a citizen gives once per relying party before VNeID shares their data."""

from sandbox.context import SandboxContext

CONSENT_STATEMENT = ("Tôi đã đọc và hiểu rõ nội dung mục đích; Quyền, nghĩa vụ của chủ thể dữ liệu "
                     "và đồng ý với các nội dung này.")


def has_consented(ctx: SandboxContext, so_dinh_danh: str, client_id: str) -> bool:
    return ctx.store.one("SELECT 1 FROM vneid_consents WHERE so_dinh_danh = ? AND client_id = ?",
                         (so_dinh_danh, client_id)) is not None


def record_consent(ctx: SandboxContext, so_dinh_danh: str, client_id: str) -> None:
    with ctx.store.transaction() as db:
        db.execute("INSERT OR IGNORE INTO vneid_consents VALUES (?, ?, ?)",
                   (so_dinh_danh, client_id, ctx.clock.now().isoformat()))
