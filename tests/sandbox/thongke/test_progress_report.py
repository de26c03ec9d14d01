"""The "Tiến độ giải quyết" report moves as docs/sandbox-statistics.md defines it, for the officer's unit only;
its CSV and XLSX hold the page's numbers."""

import csv
import io
import re

from openpyxl import load_workbook

from sandbox.thanhtoan.signing import SECRET_ENV
from tests.sandbox.identity.support import WARD_POLICE
from tests.sandbox.motcua.support import OTHER_WARD_POLICE, BackOffice
from tests.sandbox.motcua.test_fee_collection import start_paying

REPORT = "/motcua/thong-ke-bao-cao/tien-do-giai-quyet"


def row_of(page: str) -> list[int]:
    body = page.split("<tbody>")[1].split("</tbody>")[0]
    return [int(v) for v in re.findall(r"<td>(\d+)</td>", body)]


def test_an_accepted_online_dossier_counts_as_new_online_and_open_in_time(back_office: BackOffice) -> None:
    officer = back_office.officer("thongke.ca", ["THONG_KE"])
    before = row_of(officer.get(REPORT).text)
    back_office.dossier(2)
    back_office.dossier(1)  # submitted, not accepted: only "phải đồng bộ" (and its fee)
    after = row_of(officer.get(REPORT).text)
    delta = [b - a for a, b in zip(before, after, strict=True)]
    # 1.004194 owes 7.000 đồng online: both owe a fee from submission on, neither has paid.
    assert delta == [0, 1, 0, 0, 0, 0, 1, 0, 2, delta[9], 2, 0]


def test_a_returned_dossier_is_resolved_on_time(back_office: BackOffice) -> None:
    officer = back_office.officer("thongke.ca", ["THONG_KE"])
    back_office.dossier(10)
    counts = row_of(officer.get(REPORT).text)
    assert counts[:8] == [0, 1, 0, 0, 1, 0, 0, 0]


def test_another_unit_is_refused_and_other_roles_too(back_office: BackOffice) -> None:
    officer = back_office.officer("thongke.ca", ["THONG_KE"])
    assert officer.get(REPORT, params={"don_vi": OTHER_WARD_POLICE}).status_code == 403
    assert officer.get(REPORT, params={"don_vi": WARD_POLICE}).status_code == 200
    one_stop = back_office.officer("motcua.ca", ["MOT_CUA"])
    assert one_stop.get(REPORT).status_code == 403
    assert one_stop.get(f"{REPORT}/xuat-xlsx").status_code == 403


def test_the_files_hold_the_page_numbers(back_office: BackOffice) -> None:
    officer = back_office.officer("thongke.ca", ["THONG_KE"])
    back_office.dossier(2)
    shown = row_of(officer.get(REPORT, params={"tu_ngay": "09/11/2026", "den_ngay": "09/11/2026"}).text)
    csv_answer = officer.get(f"{REPORT}/xuat-csv", params={"tu_ngay": "09/11/2026", "den_ngay": "09/11/2026"})
    assert csv_answer.content.startswith(b"\xef\xbb\xbf")
    assert "20261109-20261109.csv" in csv_answer.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(csv_answer.content.decode("utf-8-sig"))))
    assert [int(v) for v in rows[1][1:]] == shown
    xlsx = officer.get(f"{REPORT}/xuat-xlsx", params={"tu_ngay": "09/11/2026", "den_ngay": "09/11/2026"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.freeze_panes == "B2"
    assert [c.value for c in sheet[2]][1:] == shown


def test_a_period_not_in_dates_is_refused_at_the_form(back_office: BackOffice) -> None:
    officer = back_office.officer("thongke.ca", ["THONG_KE"])
    answer = officer.get(REPORT, params={"tu_ngay": "2026-11-09"})
    assert answer.status_code == 422
    assert "không đúng định dạng dd/mm/yyyy" in answer.text


def test_the_evaluation_api_scores_tdgq(back_office: BackOffice) -> None:
    back_office.dossier(10)
    back_office.dossier(2)
    answer = back_office.setup.post("/thongke/api/v1/reporting/evaluation/dvc-progress-tree",
                                    json={"timeType": "month", "rootDepartmentId": WARD_POLICE})
    groups = {g["key"]: g for g in answer.json()["data"][0]["groups"]}
    assert groups["TDGQ"]["score"] == 10.0  # 20 × 1 on time / 2 received


def test_a_fee_is_a_duty_from_submission_and_counts_as_paid_online_once_paid(back_office: BackOffice,
                                                                            monkeypatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "bi-mat-cua-tien-trinh")
    officer = back_office.officer("thongke.ca", ["THONG_KE"])
    back_office.dossier(1, form={"doi_tuong_mien": "ho_ngheo"})  # exempt subject: no duty
    ma_ho_so, owner, session = start_paying(back_office)
    waiting = row_of(officer.get(REPORT).text)
    owner.post("/thanhtoan/payment/xac-nhan", data={"sessionId": session})
    paid = row_of(officer.get(REPORT).text)

    assert (waiting[8], waiting[10], waiting[11]) == (2, 1, 0)
    assert (paid[10], paid[11]) == (1, 1)


def test_both_report_pages_share_the_period_form_and_show_their_tables(back_office: BackOffice) -> None:
    officer = back_office.officer("thongke.ca", ["THONG_KE"])
    back_office.dossier(10)
    for address, caption in ((REPORT, "Tiến độ giải quyết từ 09/11/2026 đến 09/11/2026"),
                             ("/motcua/thong-ke-bao-cao/chi-tieu-dvc-truc-tuyen", "Điểm theo nhóm chỉ số")):
        page = officer.get(address, params={"tu_ngay": "09/11/2026", "den_ngay": "09/11/2026"})
        assert page.status_code == 200, page.text
        assert 'aria-label="Kỳ báo cáo"' in page.text and caption in page.text
