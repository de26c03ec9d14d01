"""Steps of sms.feature: the Brandname text each transition of the scenario's own dossier sends, computed by
the harness's rule, read from the inbox the environment file picks (manual: attached, left for a tester)."""

import re
from dataclasses import dataclass

import pytest
from pytest_bdd import given, parsers, scenarios, then

from flows.preconditions import Dossiers, Wanted
from harness.actors import Account, new_password
from harness.config import Environment
from harness.data.people import person
from harness.evidence.attachments import attach_seen
from harness.evidence.redaction import SECRETS
from harness.rules.sms import expected_sms, gateway_number
from harness.sms.inbox import SentSms, inbox_for
from harness.sms.owners import declared_number
from steps.back_office_steps import prepare
from steps.patterns import quoted

scenarios("sms.feature")


@dataclass(frozen=True)
class Owner:
    account: Account
    number: str


@pytest.fixture
def inbox(env: Environment):
    return inbox_for(env)


def owner_with_mobile(accounts, setup_api, env: Environment, level: int, number: str | None = None) -> Owner:
    if setup_api is None:
        assert number is None, "Chủ hồ sơ có số tự chọn chỉ tạo được bằng API thiết lập: gắn @moi_truong:sandbox."
        account = accounts.get(f"citizen_l{level}")
        return Owner(account, declared_number(env, account.actor))
    someone = person(accounts.faker)
    password = new_password()
    SECRETS.register(password, "mật khẩu của chủ hồ sơ SMS")
    setup_api.create_citizen({
        "so_dinh_danh": someone.so_dinh_danh, "ho_va_ten": someone.ho_va_ten,
        "ngay_sinh": someone.ngay_sinh.isoformat(), "gioi_tinh": someone.gioi_tinh,
        "so_dien_thoai": number or someone.so_dien_thoai, "email": someone.email, "thuong_tru": str(someone.thuong_tru),
        "noi_o_hien_nay": str(someone.noi_o_hien_nay)}, level=level, password=password)
    return Owner(Account("chu_ho_so_sms", "citizen", someone.so_dinh_danh, password, someone.ho_va_ten, level=level),
                 number or someone.so_dien_thoai)


@given(quoted('hồ sơ thủ tục "{code}" của chủ hồ sơ có số di động đang ở trạng thái "{status}" tại "{unit}"'),
       target_fixture="ma_ho_so")
def dossier_of_owner_with_mobile(request, dossiers: Dossiers, accounts, setup_api, env: Environment, code: str,
                                 status: str, unit: str) -> str:
    return prepare_for(request, owner_with_mobile(accounts, setup_api, env, 2), dossiers, Wanted(code, unit, status))


@given(quoted('hồ sơ thủ tục "{code}" của chủ hồ sơ có số điện thoại "{number}" đang ở trạng thái "{status}" '
              'tại "{unit}"'), target_fixture="ma_ho_so")
def dossier_of_owner_with_number(request, dossiers: Dossiers, accounts, setup_api, env: Environment, code: str,
                                 number: str, status: str, unit: str) -> str:
    owner = owner_with_mobile(accounts, setup_api, env, 2, number)
    return prepare_for(request, owner, dossiers, Wanted(code, unit, status))


@given(quoted('gateway SMS Brandname gặp sự cố "{fault}"'))
def gateway_fault(setup_api, request, fault: str) -> None:
    setup_api.switch_fault(fault, True)
    request.addfinalizer(lambda: setup_api.switch_fault(fault, False))


def prepare_for(request, owner: Owner, dossiers: Dossiers, wanted: Wanted) -> str:
    request.node.sms_owner = owner
    ma_ho_so = prepare(dossiers, owner.account, wanted)
    inbox = inbox_for(dossiers.env)
    # What the owner got while the dossier was prepared, to tell a later message from these.
    request.node.sms_before = None if inbox.manual else inbox.messages(ma_ho_so=ma_ho_so)
    return ma_ho_so


def sms_with(inbox, env: Environment, ma_ho_so: str, text: str) -> list[SentSms]:
    """The dossier's messages once the expected text has arrived (or the status-sync deadline has passed)."""
    return inbox.wait_for(ma_ho_so, text, env.deadlines.status_sync, env.deadlines.poll_interval)


@then(parsers.parse('chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "{status}" với ngày hẹn trả trên Mẫu số 01'))
def one_receipt_sms(request, inbox, env: Environment, ma_ho_so: str, receipt: dict[str, str], status: str) -> None:
    date = re.search(r"\d{2}/\d{2}/\d{4}", receipt["Ngày hẹn trả kết quả"])
    assert date, f"Mẫu 01 không ghi ngày hẹn trả dạng dd/MM/yyyy: {receipt['Ngày hẹn trả kết quả']!r}"
    expect_one_sms(request.node.sms_owner, inbox, env, ma_ho_so, expected_sms(status, ma_ho_so, date.group()))


@then(quoted('chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "{status}"'))
def one_sms_for(request, inbox, env: Environment, ma_ho_so: str, status: str) -> None:
    text = expected_sms(status, ma_ho_so)
    assert text, f"Theo mẫu SMS Brandname, bước “{status}” không gửi tin nào: kịch bản phải nói điều khác"
    expect_one_sms(request.node.sms_owner, inbox, env, ma_ho_so, text)


@then(parsers.parse('chủ hồ sơ nhận đúng một tin SMS báo hồ sơ "{status}" với ngày hẹn trả trên Mẫu số 01, '
                    'sau một lần gửi lỗi'))
def one_receipt_sms_retried(request, inbox, env: Environment, ma_ho_so: str, receipt: dict[str, str],
                            status: str) -> None:
    date = re.search(r"\d{2}/\d{2}/\d{4}", receipt["Ngày hẹn trả kết quả"])
    assert date, f"Mẫu 01 không ghi ngày hẹn trả dạng dd/MM/yyyy: {receipt['Ngày hẹn trả kết quả']!r}"
    expect_one_sms(request.node.sms_owner, inbox, env, ma_ho_so, expected_sms(status, ma_ho_so, date.group()),
                   delivery="gui_lai_thanh_cong", attempts=("99", "0"))


@then(parsers.parse('chủ hồ sơ chỉ nhận thêm đúng tin SMS báo hồ sơ "{status}" với ngày hẹn trả trên Mẫu số 01'))
def only_the_receipt_sms(request, inbox, env: Environment, ma_ho_so: str, receipt: dict[str, str],
                         status: str) -> None:
    """Every message after the preparation but the receipt's came from a transition that must send none."""
    date = re.search(r"\d{2}/\d{2}/\d{4}", receipt["Ngày hẹn trả kết quả"])
    assert date, f"Mẫu 01 không ghi ngày hẹn trả dạng dd/MM/yyyy: {receipt['Ngày hẹn trả kết quả']!r}"
    text = expected_sms(status, ma_ho_so, date.group())
    if inbox.manual:
        attach_seen("Tin SMS dự kiến (chờ xác nhận thủ công)", f"Chỉ một tin mới: {text}")
        pytest.skip(f"Chờ xác nhận thủ công: chỉ một tin SMS mới '{text}'")
    before = request.node.sms_before
    after = sms_with(inbox, env, ma_ho_so, text)
    attach_seen("Tin SMS", {"trước thao tác": [m.__dict__ for m in before], "sau": [m.__dict__ for m in after]})
    assert [m.text for m in after[len(before):]] == [text]


@then(quoted('gateway từ chối tin SMS báo hồ sơ "{status}" và không gửi tin nào tới số "{number}"'))
def refused_invalid_number(inbox, ma_ho_so: str, status: str, number: str) -> None:
    assert gateway_number(number) is None, f"Số {number} là số di động hợp lệ, kịch bản cần một số không hợp lệ"
    text = expected_sms(status, ma_ho_so, "01/01/2000")
    messages = inbox.messages(ma_ho_so=ma_ho_so)
    attach_seen("Tin SMS", [m.__dict__ for m in messages])
    refused = [m for m in messages if m.text.startswith(text.rsplit(":", 1)[0])]
    assert refused and all(m.delivery == "tu_choi_so_khong_hop_le" for m in refused), refused
    assert all(m.delivery == "tu_choi_so_khong_hop_le" and not m.attempts and m.number is None for m in messages)


def expect_one_sms(owner: Owner, inbox, env: Environment, ma_ho_so: str, text: str, delivery: str = "da_gui",
                   attempts: tuple[str, ...] = ("0",)) -> None:
    number = gateway_number(owner.number)
    assert number, f"Số di động của chủ hồ sơ không hợp lệ: {owner.number}"
    expected = {"số điện thoại": number, "nội dung": text}
    if inbox.manual:
        attach_seen("Tin SMS dự kiến (chờ xác nhận thủ công)", expected)
        pytest.skip(f"Chờ xác nhận thủ công: tin SMS '{text}' tới {number}")
    messages = sms_with(inbox, env, ma_ho_so, text)
    attach_seen("Tin SMS", {**expected, "nhật ký gateway": [m.__dict__ for m in messages]})
    same = [m for m in messages if m.text == text]
    assert len(same) == 1, f"Cần đúng một tin '{text}', có {len(same)}"
    assert (same[0].number, same[0].delivery, same[0].attempts) == (number, delivery, attempts)
