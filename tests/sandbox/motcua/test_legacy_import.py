"""The import of the old portal's dossiers ("Quản trị › Chuyển đổi hồ sơ", and the same through the setup API):
imported with the Convert marker, the legacy code kept as Mã hồ sơ khác, status, dates and old address kept; a
re-import updates ("đã tồn tại"), never duplicates; bad rows refused with the reason; only the unit
administrator, only their own unit; never synced, except an import without the marker; the search of "Theo dõi
tất cả hồ sơ" finds a dossier by its legacy code."""

import unicodedata

from sandbox.dongbo.outbox import Outbox
from tests.sandbox.identity.support import WARD_POLICE
from tests.sandbox.motcua.support import OTHER_WARD_POLICE, BackOffice, section, table, values

ADDRESS = "/motcua/quan-tri/chuyen-doi-ho-so"
HEADER = "Mã hồ sơ cũ,Chủ hồ sơ,Số giấy tờ chủ hồ sơ,Mã TTHC,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Địa chỉ\n"
GOOD = ("000.21.01.H47-250312-0003,Nguyễn Văn An,054085001234,1.004194,12/03/2025 08:30,14/03/2025 17:00,"
        "Đang xử lý,\"Thôn Phú Thạnh, Xã An Phú, Huyện Tuy An, Tỉnh Phú Yên\"\n")
SECOND = "000.21.01.H47-250313-0001,Lê Thị Bình,054190004321,1.004222,13/03/2025,20/03/2025,9,\n"
REFUSED_ROWS = ("000.21.01.H47-250314-0001,Trần Văn Cư,054085009999,9.999999,14/03/2025,20/03/2025,4,\n"
                "000.21.01.H47-250314-0002,Trần Văn Cư,054085009999,1.004194,14/03/2025,20/03/2025,Đã xong,\n"
                "000.21.01.H47-250314-0003,Trần Văn Cư,054085009999,1.004194,2025-03-14,20/03/2025,4,\n")


def upload(client, text: str, name: str = "xuat.csv"):
    return client.post(ADDRESS, files={"tep_xuat": (name, text.encode("utf-8"), "text/csv")})


def outcomes(page: str) -> list[dict[str, str]]:
    return table(page, "Kết quả chuyển đổi")


def test_the_administrator_imports_the_export_and_reads_each_row(back_office: BackOffice) -> None:
    admin = back_office.officer("qt.tuyhoa", ["QUAN_TRI_DON_VI"])

    response = upload(admin, HEADER + GOOD + SECOND + REFUSED_ROWS)

    assert response.status_code == 200, response.text
    rows = outcomes(response.text)
    assert [(r["Dòng"], r["Mã hồ sơ cũ"], r["Kết quả"]) for r in rows] == [
        ("2", "000.21.01.H47-250312-0003", "Đã nhập"), ("3", "000.21.01.H47-250313-0001", "Đã nhập"),
        ("4", "000.21.01.H47-250314-0001", "Từ chối"), ("5", "000.21.01.H47-250314-0002", "Từ chối"),
        ("6", "000.21.01.H47-250314-0003", "Từ chối")]
    assert rows[0]["Mã hồ sơ mới"] == f"{WARD_POLICE}-250312-0001"
    assert "9.999999" in rows[2]["Lý do"]
    assert "Đã xong" in rows[3]["Lý do"]
    assert "dd/MM/yyyy" in rows[4]["Lý do"]
    assert "2 hồ sơ đã nhập, 0 hồ sơ đã tồn tại được cập nhật, 3 dòng bị từ chối" in response.text


def test_a_migrated_dossier_keeps_its_code_status_dates_and_old_address(back_office: BackOffice) -> None:
    admin = back_office.officer("qt.tuyhoa", ["QUAN_TRI_DON_VI"])
    code = outcomes(upload(admin, HEADER + GOOD).text)[0]["Mã hồ sơ mới"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    facts = values(section(desk.get(f"/motcua/ho-so/{code}").text, "Thông tin hồ sơ"))

    assert facts["Mã hồ sơ khác"] == "000.21.01.H47-250312-0003"
    assert facts["Số giấy tờ chủ hồ sơ"] == "054085001234"
    assert (facts["Chủ hồ sơ"], facts["Mã thủ tục"], facts["Trạng thái"]) == ("Nguyễn Văn An", "1.004194", "Đang xử lý")
    assert (facts["Ngày tiếp nhận"], facts["Ngày hẹn trả"]) == ("12/03/2025 08:30", "14/03/2025 17:00")
    assert facts["Địa chỉ"] == "Thôn Phú Thạnh, Xã An Phú, Huyện Tuy An, Tỉnh Phú Yên"
    assert back_office.read(code)["progress"][0]["noi_dung_xu_ly"].startswith("Chuyển đổi từ hệ thống cũ")


def test_importing_again_updates_what_already_exists(back_office: BackOffice) -> None:
    admin = back_office.officer("qt.tuyhoa", ["QUAN_TRI_DON_VI"])
    code = outcomes(upload(admin, HEADER + GOOD).text)[0]["Mã hồ sơ mới"]

    again = outcomes(upload(admin, HEADER + GOOD.replace("Đang xử lý", "Đã trả kết quả")).text)

    assert [(r["Kết quả"], r["Mã hồ sơ mới"]) for r in again] == [("Đã cập nhật (hồ sơ đã tồn tại)", code)]
    assert back_office.read(code)["trang_thai"] == 10
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    found = table(desk.get("/motcua/theo-doi-ho-so/theo-doi-tat-ca",
                           params={"tu_khoa": "000.21.01.H47-250312-0003"}).text, "Theo dõi tất cả hồ sơ")
    assert [(r["Mã hồ sơ"], r["Mã hồ sơ khác"]) for r in found] == [(code, "000.21.01.H47-250312-0003")]


def test_an_unreadable_file_is_refused_at_the_field(back_office: BackOffice) -> None:
    admin = back_office.officer("qt.tuyhoa", ["QUAN_TRI_DON_VI"])

    missing = upload(admin, "Mã hồ sơ cũ,Chủ hồ sơ\nX,Y\n")
    windows = unicodedata.normalize("NFD", HEADER).encode("cp1258", errors="replace")
    latin = admin.post(ADDRESS, files={"tep_xuat": ("xuat.csv", windows, "text/csv")})
    nothing = admin.post(ADDRESS, data={})

    assert missing.status_code == latin.status_code == nothing.status_code == 422
    assert "thiếu cột Số giấy tờ chủ hồ sơ" in missing.text
    assert "UTF-8" in latin.text
    assert "Vui lòng chọn tệp xuất" in nothing.text


def test_only_the_unit_administrator_imports_and_only_into_their_unit(back_office: BackOffice) -> None:
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    other_admin = back_office.officer("qt.bmt", ["QUAN_TRI_DON_VI"], unit_code=OTHER_WARD_POLICE)

    assert desk.get(ADDRESS).status_code == 403
    assert upload(desk, HEADER + GOOD).status_code == 403
    code = outcomes(upload(other_admin, HEADER + GOOD).text)[0]["Mã hồ sơ mới"]
    assert code.startswith(OTHER_WARD_POLICE)
    assert back_office.read(code)["unit_code"] == OTHER_WARD_POLICE


def test_converted_dossiers_are_not_synced_and_an_import_without_the_marker_is(back_office: BackOffice) -> None:
    converted = back_office.setup.post("/_setup/chuyen-doi-ho-so", json={"unit_code": WARD_POLICE,
                                                                        "csv": HEADER + GOOD}).json()
    unmarked = back_office.setup.post("/_setup/chuyen-doi-ho-so", json={"unit_code": WARD_POLICE,
                                                                       "csv": HEADER + SECOND, "convert": False}).json()
    outbox = Outbox(back_office.app.state.sandbox.store)

    assert outbox.messages(converted["rows"][0]["new_code"]) == []
    assert outbox.messages(unmarked["rows"][0]["new_code"]) != []


def test_the_setup_api_makes_the_flaws_of_an_example(back_office: BackOffice) -> None:
    imported = back_office.setup.post("/_setup/chuyen-doi-ho-so", json={"unit_code": WARD_POLICE,
                                                                       "csv": HEADER + GOOD}).json()
    code = imported["rows"][0]["new_code"]
    flaw = {"unit_code": WARD_POLICE, "legacy_code": "000.21.01.H47-250312-0003"}

    changed = back_office.setup.post("/_setup/chuyen-doi-ho-so/sai-lech", json={
        **flaw, "trang_thai": 2, "ngay_hen_tra": "2025-03-21T17:00:00+07:00", "ban_trung": True})
    twice = back_office.setup.post("/_setup/chuyen-doi-ho-so/sai-lech", json={**flaw, "ban_trung": True})

    assert changed.status_code == twice.status_code == 200
    assert twice.json()["ma_ho_so"] == [code, f"{WARD_POLICE}-250312-0002"]
    assert back_office.read(code)["trang_thai"] == 2
    assert back_office.read(code)["ngay_hen_tra"].startswith("2025-03-21T17:00")
    unknown = back_office.setup.post("/_setup/chuyen-doi-ho-so/sai-lech", json={**flaw, "legacy_code": "X"})
    assert unknown.status_code == 404


def test_the_tracking_search_matches_part_of_either_code_and_says_when_nothing_does(back_office: BackOffice) -> None:
    submitted = back_office.dossier(1)["ma_ho_so"]
    migrated = back_office.setup.post("/_setup/chuyen-doi-ho-so", json={"unit_code": WARD_POLICE,
                                                                       "csv": HEADER + GOOD}).json()["rows"][0]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    def found(text: str) -> list[str] | str:
        page = desk.get("/motcua/theo-doi-ho-so/theo-doi-tat-ca", params={"tu_khoa": text}).text
        return [row["Mã hồ sơ"] for row in table(page, "Theo dõi tất cả hồ sơ")] if "<caption>" in page else page

    assert found("h47-250312") == [migrated["new_code"]]
    assert found(submitted[-11:]) == [submitted]
    assert found(WARD_POLICE) == [migrated["new_code"], submitted]  # oldest submission first, as every queue
    assert "Không có hồ sơ nào có mã “XYZ-1”." in found("XYZ-1")
