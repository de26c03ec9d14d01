"""The SHA-256 manifest of an evidence folder (`SHA256SUMS`) and its verification.

    python -m harness.evidence.manifest write <folder>
    python -m harness.evidence.manifest verify <folder>

The manifest is plain `sha256sum` output, so that anyone can check it without the project
(`cd <folder> && sha256sum -c SHA256SUMS`): one `<hex>  <path>` line per file, sorted, UTF-8, paths relative
to the folder with forward slashes. It keeps each name as it is on disk, which is what `sha256sum -c` opens;
verification compares names in Unicode NFC, so that a folder copied by a tool that rewrote its Vietnamese
names in another normal form still verifies. Verify exits 0 when every file matches, 1 naming each changed,
missing or extra file (or a manifest that cannot be read as written), 2 when the folder or its manifest is
not there.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from harness.errors import HarnessError

MANIFEST_FILE = "SHA256SUMS"
# sha256sum's line: the hash, a space, then " " (text mode) or "*" (binary mode) before the name.
_LINE = re.compile(r"(?P<digest>[0-9a-fA-F]{64}) [ *](?P<path>[^\\\r\n]+)")
# sha256sum escapes names holding a backslash, CR or LF; Python spells bytes that are not UTF-8 as lone
# surrogates. Neither can be written as a plain UTF-8 line, so such names are refused.
_UNWRITABLE = re.compile(r"[\\\r\n\udc80-\udcff]")
USE_SIGNED_COPY = f"dùng bản {MANIFEST_FILE} gốc kèm biên bản nghiệm thu"


class ManifestError(HarnessError):
    """A manifest that cannot be trusted as written: a malformed line or a path that leaves the folder."""


@dataclass(frozen=True)
class Verification:
    """A folder against its manifest: paths as the manifest writes them, extra files as they are on disk."""

    ok: tuple[str, ...]
    changed: tuple[str, ...]
    missing: tuple[str, ...]
    extra: tuple[str, ...]

    @property
    def verified(self) -> bool:
        return not (self.changed or self.missing or self.extra)

    def problems(self) -> list[str]:
        """One Vietnamese sentence per file that does not verify."""
        return (
            [f"Tệp đã bị thay đổi: {path}" for path in self.changed]
            + [f"Tệp bị thiếu: {path}" for path in self.missing]
            + [f"Tệp thừa, không có trong {MANIFEST_FILE}: {path}" for path in self.extra]
        )


class _Listed(NamedTuple):
    digest: str
    path: str
    line: int


def _inaccessible(error: OSError) -> HarnessError:
    return HarnessError(
        f"Không truy cập được {error.filename} ({error.strerror}): kiểm tra quyền trên thư mục bằng chứng."
    )


def _raise_inaccessible(error: OSError) -> None:
    raise _inaccessible(error)


def _key(relative: str) -> str:
    return unicodedata.normalize("NFC", relative)


def _folder_files(folder: Path) -> dict[str, Path]:
    """Every regular file under the folder but its manifest, by NFC relative path; symbolic links are no evidence."""
    if not folder.is_dir():
        raise HarnessError(f"Không có thư mục {folder}: kiểm tra đường dẫn tới thư mục bằng chứng.")
    files: dict[str, Path] = {}
    for directory, _, names in os.walk(folder, onerror=_raise_inaccessible):
        for name in names:
            path = Path(directory, name)
            relative = path.relative_to(folder).as_posix()
            if relative == MANIFEST_FILE or path.is_symlink() or not path.is_file():
                continue
            key = _key(relative)
            if key in files:
                raise HarnessError(
                    f"Hai tệp {files[key].relative_to(folder).as_posix()!r} và {relative!r} chỉ khác nhau ở dạng "
                    "chuẩn Unicode: đổi tên một trong hai tệp."
                )
            files[key] = path
    return files


def _digest(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()  # reads the file in chunks
    except OSError as error:
        raise _inaccessible(error) from None


def _chosen_key(folder: Path, file: Path, on_disk: dict[str, Path]) -> str:
    relative = Path(os.path.relpath(os.path.abspath(folder / file), os.path.abspath(folder))).as_posix()
    if _key(relative) not in on_disk:
        raise HarnessError(
            f"{file} không phải tệp bằng chứng trong thư mục {folder}: chỉ ghi được tệp thường nằm trong thư mục, "
            f"không phải liên kết hay chính {MANIFEST_FILE}."
        )
    return _key(relative)


def _manifest_line(folder: Path, path: Path) -> str:
    relative = path.relative_to(folder).as_posix()
    if _UNWRITABLE.search(relative):
        raise HarnessError(
            f"Tên tệp {relative!r} có dấu \\, ký tự xuống dòng hoặc byte không phải UTF-8, mà {MANIFEST_FILE} "
            "không ghi được: đổi tên tệp."
        )
    return f"{_digest(path)}  {relative}\n"


def write_manifest(folder: Path, files: Iterable[Path] | None = None) -> Path:
    """Write `folder`/SHA256SUMS for `files` (in the folder, relative to it or not; default: every file)."""
    on_disk = _folder_files(folder)
    keys = on_disk if files is None else [_chosen_key(folder, file, on_disk) for file in files]
    chosen = {key: on_disk[key] for key in keys}
    if not chosen:
        raise HarnessError(f"Thư mục {folder} không có tệp bằng chứng nào để ghi vào {MANIFEST_FILE}.")
    manifest = folder / MANIFEST_FILE
    text = "".join(_manifest_line(folder, path) for _, path in sorted(chosen.items()))
    try:
        manifest.write_bytes(text.encode("utf-8"))
    except OSError as error:
        raise _inaccessible(error) from None
    return manifest


def _parse_line(manifest: Path, number: int, line: str) -> tuple[str, str]:
    match = _LINE.fullmatch(line)
    path = PurePosixPath(match["path"]) if match else None
    if path is not None and (path.is_absolute() or ".." in path.parts):
        raise ManifestError(
            f"Dòng {number} của {manifest} trỏ ra ngoài thư mục ({match['path']}): danh sách chỉ được ghi "
            f"đường dẫn tương đối bên trong thư mục bằng chứng, {USE_SIGNED_COPY}."
        )
    # PurePosixPath drops "./", "//" and a trailing "/": a path it rewrites is not one write_manifest writes.
    if path is None or str(path) != match["path"]:
        raise ManifestError(
            f'Dòng {number} của {manifest} không đúng dạng "<mã SHA-256>  <đường dẫn tương đối>": {USE_SIGNED_COPY}.'
        )
    return match["digest"].lower(), match["path"]


def _read_manifest(folder: Path) -> dict[str, _Listed]:
    manifest = folder / MANIFEST_FILE
    if not manifest.is_file():
        raise HarnessError(
            f"Thư mục {folder} chưa có {MANIFEST_FILE}: tạo bằng python -m harness.evidence.manifest write "
            f"{folder} khi lập biên bản, hoặc đặt bản kèm biên bản vào thư mục."
        )
    try:
        text = manifest.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ManifestError(f"{manifest} không phải văn bản UTF-8 (byte {error.start}): {USE_SIGNED_COPY}.") from None
    except OSError as error:
        raise _inaccessible(error) from None
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if not lines:
        raise ManifestError(f"{manifest} không có dòng nào: {USE_SIGNED_COPY}.")
    listed: dict[str, _Listed] = {}
    for number, line in enumerate(lines, start=1):
        digest, path = _parse_line(manifest, number, line)
        key = _key(path)
        if key in listed:
            raise ManifestError(
                f"Dòng {number} của {manifest} ghi lại tệp {path} đã có ở dòng {listed[key].line}: {USE_SIGNED_COPY}."
            )
        listed[key] = _Listed(digest, path, number)
    return listed


def verify_manifest(folder: Path) -> Verification:
    """Hash every file the manifest lists and name those that changed, are missing or are not listed."""
    on_disk = _folder_files(folder)
    listed = _read_manifest(folder)
    ok: list[str] = []
    changed: list[str] = []
    missing: list[str] = []
    for key, entry in sorted(listed.items()):
        path = on_disk.get(key)
        if path is None:
            missing.append(entry.path)
        else:
            (ok if _digest(path) == entry.digest else changed).append(entry.path)
    extra = [path.relative_to(folder).as_posix() for key, path in sorted(on_disk.items()) if key not in listed]
    return Verification(tuple(ok), tuple(changed), tuple(missing), tuple(extra))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.evidence.manifest", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "verify"), help="ghi danh sách, hoặc kiểm tra thư mục theo nó")
    parser.add_argument("folder", type=Path, help="thư mục bằng chứng")
    args = parser.parse_args(argv)
    try:
        if args.action == "write":
            print(write_manifest(args.folder))
            return 0
        verification = verify_manifest(args.folder)
    except ManifestError as error:
        print(error, file=sys.stderr)
        return 1
    except HarnessError as error:
        print(error, file=sys.stderr)
        return 2
    for problem in verification.problems():
        print(problem)
    if not verification.verified:
        return 1
    print(f"Cả {len(verification.ok)} tệp khớp với {args.folder / MANIFEST_FILE}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
