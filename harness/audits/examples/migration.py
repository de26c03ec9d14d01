"""The state the `chuyen_doi_ho_so` example list (data/audits/chuyen_doi_ho_so/danh-sach-ho-so-chuyen-doi.csv) is
checked against: the old portal's export of Công an Phường Tuy Hòa (xuat-he-thong-cu.csv) imported as "Quản trị ›
Chuyển đổi hồ sơ" does, with the flaws a real migration leaves:

- 000.21.01.H47-250319-0008 was never imported;
- 000.21.01.H47-250318-0007 was imported without the Convert marker, so the national sync pushed it (waited for);
- 000.21.01.H47-250313-0004 holds another status (9, Đã xử lý xong, instead of Đang xử lý);
- 000.21.01.H47-250314-0005 holds another appointment date (25/03/2025 17:00 instead of 18/03/2025 17:00);
- 000.21.01.H47-250317-0006 has a second copy under the same legacy code;
- 000.21.01.H47-250312-0003 keeps its old address (Huyện Tuy An, Tỉnh Phú Yên), accepted as migrated data;
- the others are imported as exported.

The expected findings (ket-luan-du-kien.csv) are written by hand from this list. Running it again on the same
sandbox leaves the same state: the import updates what it already holds, the copy is made once.
"""

import csv
import io
from collections.abc import MutableMapping
from datetime import datetime
from pathlib import Path

from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment
from harness.errors import HarnessError
from harness.vietnam_time import VIETNAM

UNIT = "Công an Phường Tuy Hòa"
EXPORT = Path(__file__).resolve().parents[3] / "data" / "audits" / "chuyen_doi_ho_so" / "xuat-he-thong-cu.csv"
NOT_IMPORTED = "000.21.01.H47-250319-0008"
WITHOUT_MARKER = "000.21.01.H47-250318-0007"
FLAWS = {
    "000.21.01.H47-250313-0004": {"trang_thai": 9},
    "000.21.01.H47-250314-0005": {"ngay_hen_tra": datetime(2025, 3, 25, 17, 0, tzinfo=VIETNAM)},
    "000.21.01.H47-250317-0006": {"ban_trung": True},
}


def _export_of(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO(newline="")
    csv.writer(out).writerows([header, *rows])
    return out.getvalue()


def prepare(setup: SetupClient, env: Environment, environ: MutableMapping[str, str]) -> None:
    unit_code = env.unit(UNIT).code
    header, *rows = list(csv.reader(io.StringIO(EXPORT.read_text(encoding="utf-8-sig"), newline="")))
    marked = [row for row in rows if row[0] not in (NOT_IMPORTED, WITHOUT_MARKER)]
    unmarked = [row for row in rows if row[0] == WITHOUT_MARKER]
    outcomes = (setup.import_legacy_export(unit_code, _export_of(header, marked))
                + setup.import_legacy_export(unit_code, _export_of(header, unmarked), convert=False))
    if refused := [o for o in outcomes if not o["new_code"]]:
        raise HarnessError(f"Sandbox từ chối nhập hồ sơ mẫu của {EXPORT.name}: {refused}: sửa tệp mẫu.")
    for legacy_code, flaw in FLAWS.items():
        setup.flaw_legacy_dossier(unit_code, legacy_code, **flaw)
    pushed = next(o["new_code"] for o in outcomes if o["legacy_code"] == WITHOUT_MARKER)
    synced = setup.sync_outbox(pushed, until="SYNCED", timeout_ms=env.deadlines.status_sync)
    if synced["trang_thai_dong_bo"].get(pushed) != "SYNCED":
        raise HarnessError(f"Hồ sơ mẫu {pushed} chưa đồng bộ lên Cổng sau {env.deadlines.status_sync} ms: "
                           "kiểm tra phần đồng bộ của sandbox.")
