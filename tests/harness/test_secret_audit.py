"""The secret audit finds a secret in any of its text forms, in plain files and inside trace zips."""

import zipfile
from pathlib import Path

from harness.secret_audit import find_leaks, read_fingerprints, write_fingerprints

SECRET = "Aa1!xY_z-9Qr"


def audit(tmp_path: Path, content: dict[str, str]) -> list[str]:
    prints = tmp_path / "prints"
    prints.mkdir()
    write_fingerprints(prints / "1.json", [SECRET, "482913"])
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for name, text in content.items():
        (evidence / name).write_text(text, encoding="utf-8")
    return find_leaks([evidence], read_fingerprints(prints))


def test_clean_evidence_has_no_leak(tmp_path: Path) -> None:
    assert audit(tmp_path, {"a.json": '{"name": "Đăng nhập", "value": "[CENSORED]"}'}) == []


def test_plain_url_encoded_and_json_forms_are_found(tmp_path: Path) -> None:
    leaks = audit(tmp_path, {
        "plain.txt": f"password={SECRET}&x=1",
        "form.txt": "password=Aa1%21xY_z-9Qr",
        "otp.json": '{"code": "482913"}',
    })
    assert sorted(Path(leak).name for leak in leaks) == ["form.txt", "otp.json", "plain.txt"]


def test_secrets_inside_a_trace_zip_are_found(tmp_path: Path) -> None:
    evidence = tmp_path / "zipped"
    evidence.mkdir()
    with zipfile.ZipFile(evidence / "trace.zip", "w") as archive:
        archive.writestr("trace.trace", f'{{"method":"fill","params":{{"value":"{SECRET}"}}}}')
    prints = tmp_path / "p"
    prints.mkdir()
    write_fingerprints(prints / "w.json", [SECRET])
    assert find_leaks([evidence], read_fingerprints(prints)) == [f"{evidence / 'trace.zip'}!trace.trace"]


def test_fingerprint_files_hold_no_secret(tmp_path: Path) -> None:
    write_fingerprints(tmp_path / "f.json", [SECRET])
    assert SECRET not in (tmp_path / "f.json").read_text(encoding="utf-8")


def test_a_login_code_is_found_wherever_it_stands_as_a_number(tmp_path: Path) -> None:
    leaks = audit(tmp_path, {
        "fill.trace": '{"method":"fill","params":{"selector":"internal:label=\\"Mã xác nhận\\"s","value":"482913"}}',
        "number.json": '{"code":482913}',
        "sentence.txt": "Mã xác nhận đăng nhập: 482913.",
        "escaped.json": '{"text":"Mã của bạn\\n482913\\n"}',
        "query.txt": "/vneid/xac-nhan?ma=482913&tiep=1",
    })
    assert sorted(Path(leak).name for leak in leaks) == [
        "escaped.json", "fill.trace", "number.json", "query.txt", "sentence.txt"]


def test_a_login_code_inside_another_number_or_id_is_a_coincidence_not_a_leak(tmp_path: Path) -> None:
    assert audit(tmp_path, {
        "timestamp.json": '{"wallTime":1796135482913}',
        "ids.trace": '{"pageId":"page@d2c118bdf7ff482913afd2c297967f5b"}',
        "colour.css": ".alert { color: #482913; }",
        "decimal.json": '{"time":0.482913,"end":482913.25}',
        "dossier.txt": "Mã hồ sơ 000.21.31.H15-482913-0006",
    }) == []
