"""A miniature pytest-bdd project run in a subprocess with only our evidence and tag plugins.

Its stage is a fake with the contract of fixtures/browser.py (no browser); the secret is registered on
first use, in whichever process runs the scenario, as the actors fixture does with generated passwords.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SECRET = 'Aa1!xY_z "9Qr'
ENV_SECRET = "EnvOnly-5ecret"

PYPROJECT = """
[tool.pytest.ini_options]
addopts = "-p no:cacheprovider --strict-markers"
markers = [
    "smoke: the fastest scenario of a flow",
    "dang_nhap: đăng nhập (VNeID, cán bộ)",
]
"""

FEATURE = """# language: vi
@dang_nhap
Tính năng: Đăng nhập
  Là công dân, tôi đăng nhập bằng VNeID

  @smoke @tthc:1.001193 @loi:ABC-12
  Kịch bản: Mật khẩu sai bị từ chối
    Cho công dân mở trang đăng nhập
    Khi công dân nhập mật khẩu
    Và công dân vẫn ở trang đó
    Thì cổng cho vào

  Kịch bản: Trang đăng nhập mở được
    Cho công dân mở trang đăng nhập

  @bo_qua_o_day
  Kịch bản: Kịch bản môi trường này không chạy
    Cho công dân mở trang đăng nhập
    Thì cổng cho vào

  @hong_truoc_buoc_dau
  Kịch bản: Kịch bản hỏng trước bước đầu tiên
    Cho công dân mở trang đăng nhập
"""

CONFTEST = """
import json
import os
import zipfile

import allure
import pytest
from fixtures.evidence import RUN_INFO_KEY, scenario_failed
from harness.evidence.attachments import attach_seen
from harness.evidence.redaction import SECRETS
from harness.evidence.run_info import RunInfo
from harness.evidence.tracing import finish_stage_tracing, watch_page

pytest_plugins = ["fixtures.evidence", "fixtures.unstarted_scenarios", "fixtures.tags"]
SECRET = {secret!r}
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000105fe02fea70000000049454e44ae426082"
)

# Only the start and end markers: the plugin stores the bytes, it never decodes them.
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")


def pytest_collection_modifyitems(items):
    for item in items:
        if "bo_qua_o_day" in item.keywords:
            item.add_marker(pytest.mark.skip(reason="Từ chối: môi trường chỉ đọc."))


def pytest_configure(config):
    config.addinivalue_line("markers", "bo_qua_o_day: skipped by this conftest")
    config.addinivalue_line("markers", "hong_truoc_buoc_dau: broken by this conftest before its first step")
    if not hasattr(config, "workerinput"):
        config.stash[RUN_INFO_KEY] = RunInfo(
            env_name="sandbox",
            urls={{"portal": "http://qa:pw-in-url@127.0.0.1:8765/?token=abc", "vneid": "http://127.0.0.1:8765/vneid"}},
            browser="chromium 140.0",
            sandbox=True,
        )


@pytest.fixture(autouse=True)
def precondition(request):
    if "hong_truoc_buoc_dau" in request.node.keywords:
        raise RuntimeError("sandbox không trả lời")


class FakeTracing:
    def stop(self, path=None):
        if path:
            with zipfile.ZipFile(path, "w") as archive:
                archive.writestr("trace.trace", json.dumps({{"method": "fill", "params": {{"value": SECRET}}}}))
                archive.writestr("resources/frame.png", PNG)


class FakeContext:
    def __init__(self):
        self.tracing = FakeTracing()


class FakeMessage:
    type = "error"
    location = {{"url": "http://127.0.0.1:8765/", "lineNumber": 3}}

    def __init__(self, text):
        self.text = text


class FakePage:
    def __init__(self, context):
        self.context = context
        self.handlers = {{}}
        self.screen = JPEG

    def on(self, event, handler):
        self.handlers[event] = handler

    def screenshot(self, mask, type="png", quality=None):
        assert mask == ["ô mật khẩu"]
        return self.screen if type == "jpeg" else PNG


class FakeStage:
    def __init__(self):
        self.contexts = [FakeContext()]
        self.active_page = FakePage(self.contexts[0])

    def secret_locators(self, page):
        return ["ô mật khẩu"]


@pytest.fixture
def stage(request):
    current = FakeStage()
    watch_page(current.active_page)
    yield current
    finish_stage_tracing(current, scenario_failed(request.node), request.node)


@pytest.fixture
def password():
    SECRETS.register(SECRET, "mật khẩu")
    return SECRET
"""

STEPS = """
import os

import allure
from harness.evidence.attachments import attach_seen
from pytest_bdd import given, scenarios, then, when

scenarios("dang_nhap.feature")


@given("công dân mở trang đăng nhập")
def open_login(stage):
    pass


@when("công dân nhập mật khẩu")
def type_password(stage, password):
    attach_seen("Dữ liệu đã nhập", {"mat_khau": password})
    allure.attach(f"raw {password} {os.environ['DVCQG_TEST_PASSWORD']}", name="raw", attachment_type="text/plain")
    stage.active_page.handlers["console"](FakeMessage(f"lỗi với {password}"))
    stage.active_page.screen += b"da-nhap"


@when("công dân vẫn ở trang đó")
def stay(stage):
    pass


@then("cổng cho vào")
def let_in(password):
    assert password == "khác", f"mật khẩu {password} bị từ chối"


class FakeMessage:
    type = "error"
    location = {"url": "http://127.0.0.1:8765/", "lineNumber": 3}

    def __init__(self, text):
        self.text = text
"""


def write_project(directory: Path) -> None:
    (directory / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (directory / "conftest.py").write_text(CONFTEST.format(secret=SECRET), encoding="utf-8")
    (directory / "dang_nhap.feature").write_text(FEATURE, encoding="utf-8")
    (directory / "test_dang_nhap.py").write_text(STEPS, encoding="utf-8")


@dataclass(frozen=True)
class MiniRun:
    returncode: int
    results: Path
    output: str

    def result(self, name: str) -> dict:
        for path in self.results.glob("*-result.json"):
            result = json.loads(path.read_text(encoding="utf-8"))
            if result["name"] == name:
                return result
        raise AssertionError(f"no result named {name!r} in {self.results}")

    def contents(self) -> Iterator[tuple[str, bytes]]:
        """Every file of the results, and every entry of the zips among them."""
        for path in sorted(self.results.iterdir()):
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as archive:
                    yield from ((f"{path.name}!{entry}", archive.read(entry)) for entry in archive.namelist())
            else:
                yield path.name, path.read_bytes()


def run_project(directory: Path, *pytest_args: str) -> MiniRun:
    write_project(directory)
    results = directory / "allure-results"
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", f"--alluredir={results}", *pytest_args],
        cwd=directory,
        env={**os.environ, "DVCQG_TEST_PASSWORD": ENV_SECRET},
        capture_output=True,
        text=True,
        check=False,
    )
    return MiniRun(completed.returncode, results, completed.stdout + completed.stderr)
