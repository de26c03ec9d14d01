"""An officer assigned to some procedures sees and handles only those; the setup API assigns them."""

from tests.sandbox.motcua.support import BackOffice, alerts, table


def assign(back_office: BackOffice, username: str, procedures: list[str]):
    return back_office.setup.put(f"/_setup/officers/{username}/procedures", json={"procedures": procedures})


def test_an_assigned_officer_sees_only_the_assigned_procedures(back_office: BackOffice) -> None:
    temporary = back_office.dossier(1, "1.004194")["ma_ho_so"]
    permanent = back_office.dossier(1, "1.004222")["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    answer = assign(back_office, "motcua.tuyhoa", ["1.004222"])
    page = desk.get("/motcua/tiep-nhan-ho-so/cho-tiep-nhan-truc-tuyen").text

    assert answer.json() == {"username": "motcua.tuyhoa", "procedures": ["1.004222"]}
    assert [row["Mã hồ sơ"] for row in table(page, "Chờ tiếp nhận trực tuyến")] == [permanent]
    refused = desk.get(f"/motcua/ho-so/{temporary}")
    assert (refused.status_code, alerts(refused.text)) == (403, ["Bạn không được phân công thủ tục của hồ sơ này."])


def test_an_unassigned_procedure_cannot_be_acted_on(back_office: BackOffice) -> None:
    temporary = back_office.dossier(1, "1.004194")["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    assign(back_office, "motcua.tuyhoa", ["1.004222"])

    response = desk.post(f"/motcua/ho-so/{temporary}/tiep-nhan")

    assert (response.status_code, alerts(response.text)) == (403, ["Bạn không được phân công thủ tục của hồ sơ này."])
    assert back_office.read(temporary)["trang_thai"] == 1


def test_an_empty_assignment_lifts_the_limit(back_office: BackOffice) -> None:
    temporary = back_office.dossier(1, "1.004194")["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    assign(back_office, "motcua.tuyhoa", ["1.004222"])

    assign(back_office, "motcua.tuyhoa", [])

    assert desk.get(f"/motcua/ho-so/{temporary}").status_code == 200


def test_assigning_an_unknown_officer_or_procedure_is_refused(back_office: BackOffice) -> None:
    back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    unknown_officer = assign(back_office, "khong.co", ["1.004194"])
    unknown_procedure = assign(back_office, "motcua.tuyhoa", ["9.999999"])

    assert (unknown_officer.status_code, unknown_procedure.status_code) == (404, 422)
    assert unknown_procedure.json()["detail"] == "Không có thủ tục mã 9.999999 trong danh mục."
