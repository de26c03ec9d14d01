"""The SHA-256 manifest of an evidence folder names every swapped, missing or added file, as sha256sum would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from harness.errors import HarnessError
from harness.evidence.manifest import MANIFEST_FILE, ManifestError, verify_manifest, write_manifest

PROJECT_ROOT = Path(__file__).resolve().parents[3]
SCREENSHOT = "ảnh chụp/bước 3 – nộp hồ sơ.png"
EVIDENCE = {
    SCREENSHOT: b"\x89PNG screenshot",
    "anh-chup/buoc-1.jpg": b"\xff\xd8 jpeg",
    "nhat-ky/trace/dang nhap.zip": b"PK trace",
    "bien-ban.pdf": b"%PDF-1.7",
}
A_DIGEST = "a" * 64
needs_sha256sum = pytest.mark.skipif(
    shutil.which("sha256sum") is None, reason="sha256sum (GNU coreutils) is not installed: nothing to compare with"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    evidence = tmp_path / "bang-chung"
    for name, content in EVIDENCE.items():
        (evidence / name).parent.mkdir(parents=True, exist_ok=True)
        (evidence / name).write_bytes(content)
    return evidence


def run_command(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harness.evidence.manifest", *args],
        cwd=cwd or PROJECT_ROOT,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )


def write_lines(folder: Path, *lines: str) -> None:
    (folder / MANIFEST_FILE).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_the_manifest_lists_every_file_sorted_by_relative_path_in_sha256sum_format(folder: Path) -> None:
    manifest = write_manifest(folder)
    lines = manifest.read_text(encoding="utf-8").splitlines()
    assert manifest == folder / MANIFEST_FILE
    assert [line.split("  ", 1)[1] for line in lines] == sorted(EVIDENCE)
    assert all(len(line.split("  ", 1)[0]) == 64 for line in lines)
    verification = verify_manifest(folder)
    assert verification.verified and verification.problems() == []
    assert sorted(verification.ok) == sorted(EVIDENCE)


def test_the_given_files_alone_are_listed_and_the_others_are_then_extra(folder: Path) -> None:
    write_manifest(folder, [Path(SCREENSHOT), folder / "bien-ban.pdf"])
    assert verify_manifest(folder).ok == ("bien-ban.pdf", SCREENSHOT)
    assert verify_manifest(folder).extra == ("anh-chup/buoc-1.jpg", "nhat-ky/trace/dang nhap.zip")


@pytest.mark.parametrize("outside", ["../khac.png", "/etc/hostname", MANIFEST_FILE, "anh-chup"])
def test_a_given_file_that_is_not_evidence_of_the_folder_is_refused(folder: Path, outside: str) -> None:
    with pytest.raises(HarnessError, match="không phải tệp bằng chứng"):
        write_manifest(folder, [Path(outside)])


def test_a_swapped_screenshot_is_named_as_changed(folder: Path) -> None:
    write_manifest(folder)
    (folder / SCREENSHOT).write_bytes(b"\x89PNG another screenshot")
    verification = verify_manifest(folder)
    assert verification.changed == (SCREENSHOT,) and not verification.verified
    assert verification.problems() == [f"Tệp đã bị thay đổi: {SCREENSHOT}"]


def test_a_deleted_file_is_missing_and_an_added_one_extra(folder: Path) -> None:
    write_manifest(folder)
    (folder / "anh-chup/buoc-1.jpg").unlink()
    (folder / "anh-chup/buoc-2.jpg").write_bytes(b"added later")
    verification = verify_manifest(folder)
    assert (verification.missing, verification.extra, verification.changed) == (
        ("anh-chup/buoc-1.jpg",),
        ("anh-chup/buoc-2.jpg",),
        (),
    )


def test_a_name_rewritten_in_another_unicode_form_still_verifies(folder: Path) -> None:
    write_manifest(folder)
    screenshot, screenshots = folder / SCREENSHOT, folder / SCREENSHOT.split("/")[0]
    screenshot.rename(screenshot.with_name(unicodedata.normalize("NFD", screenshot.name)))
    screenshots.rename(screenshots.with_name(unicodedata.normalize("NFD", screenshots.name)))
    assert not (folder / SCREENSHOT).exists()
    assert verify_manifest(folder).verified


def test_a_symbolic_link_is_not_evidence(folder: Path) -> None:
    (folder / "lien-ket.pdf").symlink_to(folder / "bien-ban.pdf")
    write_manifest(folder)
    assert "lien-ket.pdf" not in (folder / MANIFEST_FILE).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "line",
    [
        f"{A_DIGEST} bien-ban.pdf",
        f"{'a' * 63}  bien-ban.pdf",
        f"{A_DIGEST}  ",
        f"{A_DIGEST}  ./bien-ban.pdf",
        f"{A_DIGEST}  anh-chup//buoc-1.jpg",
        f"# {A_DIGEST}  bien-ban.pdf",
        f"{A_DIGEST}  bien-ban.pdf\r",
    ],
)
def test_a_malformed_line_is_refused_with_its_number(folder: Path, line: str) -> None:
    write_lines(folder, f"{A_DIGEST}  anh-chup/buoc-1.jpg", line)
    with pytest.raises(ManifestError, match="^Dòng 2 của .* không đúng dạng"):
        verify_manifest(folder)


@pytest.mark.parametrize("path", ["../ngoai.png", "anh-chup/../../ngoai.png", "/etc/passwd"])
def test_a_path_that_leaves_the_folder_is_refused_with_its_line_number(folder: Path, path: str) -> None:
    write_lines(folder, f"{A_DIGEST}  bien-ban.pdf", f"{A_DIGEST}  anh-chup/buoc-1.jpg", f"{A_DIGEST}  {path}")
    with pytest.raises(ManifestError, match="^Dòng 3 của .* trỏ ra ngoài thư mục"):
        verify_manifest(folder)


def test_a_file_listed_twice_is_refused(folder: Path) -> None:
    write_lines(folder, f"{A_DIGEST}  bien-ban.pdf", f"{'b' * 64} *bien-ban.pdf")
    with pytest.raises(ManifestError, match="^Dòng 2 .* đã có ở dòng 1"):
        verify_manifest(folder)


@needs_sha256sum
def test_sha256sum_checks_the_manifest_and_names_the_swapped_file(folder: Path) -> None:
    write_manifest(folder)
    checked = subprocess.run(["sha256sum", "-c", MANIFEST_FILE], cwd=folder, capture_output=True, check=False)
    assert checked.returncode == 0, checked.stdout.decode() + checked.stderr.decode()
    (folder / SCREENSHOT).write_bytes(b"swapped")
    checked = subprocess.run(["sha256sum", "-c", MANIFEST_FILE], cwd=folder, capture_output=True, check=False)
    assert checked.returncode == 1 and f"{SCREENSHOT}: FAILED" in checked.stdout.decode()


@needs_sha256sum
def test_a_manifest_written_by_sha256sum_verifies(folder: Path) -> None:
    names = sorted(EVIDENCE)
    listing = subprocess.run(["sha256sum", "--binary", *names], cwd=folder, capture_output=True, check=True).stdout
    (folder / MANIFEST_FILE).write_bytes(listing)
    assert verify_manifest(folder).verified


def test_the_command_writes_then_verifies_with_exit_0(folder: Path) -> None:
    written = run_command("write", str(folder))
    assert written.returncode == 0 and written.stdout.strip() == str(folder / MANIFEST_FILE)
    verified = run_command("verify", "bang-chung", cwd=folder.parent)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout == f"Cả 4 tệp khớp với {Path('bang-chung', MANIFEST_FILE)}.\n"


def test_the_command_names_each_file_that_does_not_verify_with_exit_1(folder: Path) -> None:
    write_manifest(folder)
    (folder / SCREENSHOT).write_bytes(b"swapped")
    (folder / "bien-ban.pdf").unlink()
    (folder / "ghi-chu.txt").write_text("thêm vào sau", encoding="utf-8")
    verified = run_command("verify", str(folder))
    assert verified.returncode == 1
    assert verified.stdout.splitlines() == [
        f"Tệp đã bị thay đổi: {SCREENSHOT}",
        "Tệp bị thiếu: bien-ban.pdf",
        f"Tệp thừa, không có trong {MANIFEST_FILE}: ghi-chu.txt",
    ]


def test_the_command_exits_1_on_a_malformed_manifest(folder: Path) -> None:
    write_lines(folder, "không phải mã băm")
    verified = run_command("verify", str(folder))
    assert verified.returncode == 1 and verified.stderr.startswith("Dòng 1 của ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("verify", "khong-co-thu-muc"), "Không có thư mục khong-co-thu-muc: kiểm tra đường dẫn"),
        (("verify", "{folder}"), f"chưa có {MANIFEST_FILE}: tạo bằng python -m harness.evidence.manifest write"),
        (("kiem-tra", "{folder}"), "invalid choice"),
        (("verify",), "required: folder"),
    ],
)
def test_the_command_exits_2_on_a_usage_error_or_no_folder_or_manifest(
    folder: Path, args: tuple[str, ...], message: str
) -> None:
    completed = run_command(*(arg.format(folder=folder) for arg in args), cwd=folder.parent)
    assert completed.returncode == 2 and message in completed.stderr
    assert len(completed.stderr.strip().splitlines()) <= 2  # one sentence, or argparse's usage and error


def test_scripts_verify_manifest_checks_a_folder_relative_to_where_it_runs(folder: Path) -> None:
    write_manifest(folder)
    completed = subprocess.run(
        [str(PROJECT_ROOT / "scripts" / "verify-manifest"), "bang-chung"],
        cwd=folder.parent,
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": ""},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert os.access(PROJECT_ROOT / "scripts" / "verify-manifest", os.X_OK)
