"""Secrets are censored in every form they take, in text, bytes, trace zips and results directories."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from urllib.parse import quote, quote_plus

from harness.evidence.redaction import CENSORED, SecretRegistry, scrub_results_dir, scrub_trace

SECRET = 'Aa1!xY_z "9/Qr&é'
PNG_WITH_SECRET_BYTES = b"\x89PNG\r\n\x1a\n\xff\xfe" + SECRET.encode()


def registry(*secrets: str) -> SecretRegistry:
    secrets_of_test = SecretRegistry()
    for secret in secrets:
        secrets_of_test.register(secret, "mật khẩu")
    return secrets_of_test


def test_plain_url_encoded_and_json_escaped_forms_are_censored_in_text() -> None:
    text = "\n".join(
        [
            f"typed {SECRET}",
            f"password={quote_plus(SECRET)}&x=1",
            f"/login/{quote(SECRET)}",
            f"?p={quote(SECRET, safe='')}",
            json.dumps({"value": SECRET}),
            json.dumps({"value": SECRET}, ensure_ascii=False),
        ]
    )
    scrubbed = registry(SECRET).scrub_text(text)
    assert scrubbed.count(CENSORED) == 6
    assert "9/Qr" not in scrubbed and "9%2FQr" not in scrubbed


def test_bytes_are_scrubbed_like_text() -> None:
    body = f'{{"otp": "482913", "password": "{quote_plus(SECRET)}"}}'.encode()
    assert registry(SECRET, "482913").scrub_bytes(body) == b'{"otp": "[CENSORED]", "password": "[CENSORED]"}'


def test_values_shorter_than_four_characters_are_never_registered() -> None:
    secrets = registry("abc", "", "482913")
    assert secrets.scrub_text("abc 482913 2026") == f"abc {CENSORED} 2026"


def test_a_secret_containing_another_is_censored_whole() -> None:
    assert registry("4829", "482913").scrub_text("code 482913") == f"code {CENSORED}"


def test_credential_variables_are_registered_from_the_environment() -> None:
    secrets = SecretRegistry()
    secrets.register_environment(
        {"DVCQG_CITIZEN_PASSWORD": "pw-from-env", "GITHUB_TOKEN": "ghs_token", "DVCQG_ENV": "staging"}
    )
    assert secrets.scrub_text("pw-from-env ghs_token staging") == f"{CENSORED} {CENSORED} staging"


def test_a_printed_registry_shows_labels_not_secrets() -> None:
    assert SECRET not in repr(registry(SECRET)) and "mật khẩu" in repr(registry(SECRET))


def write_trace(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("trace.trace", json.dumps({"method": "fill", "params": {"value": SECRET}}))
        archive.writestr("trace.network", json.dumps({"postData": f"username=a&password={quote_plus(SECRET)}"}))
        archive.writestr("resources/frame.png", PNG_WITH_SECRET_BYTES)


def test_text_entries_of_a_trace_are_scrubbed_and_images_kept(tmp_path: Path) -> None:
    trace = tmp_path / "trace.zip"
    write_trace(trace)
    assert scrub_trace(trace, registry(SECRET)) is True
    with zipfile.ZipFile(trace) as archive:
        assert json.loads(archive.read("trace.trace"))["params"]["value"] == CENSORED
        assert archive.read("trace.network") == b'{"postData": "username=a&password=[CENSORED]"}'
        assert archive.read("resources/frame.png") == PNG_WITH_SECRET_BYTES


def test_a_clean_trace_is_left_as_it_was(tmp_path: Path) -> None:
    trace = tmp_path / "trace.zip"
    write_trace(trace)
    before = trace.read_bytes()
    assert scrub_trace(trace, registry("not-in-there")) is False
    assert trace.read_bytes() == before
    assert [path.name for path in tmp_path.iterdir()] == ["trace.zip"]


def test_a_results_directory_is_scrubbed_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "a-result.json").write_text(json.dumps({"parameters": [{"value": repr(SECRET)}]}), encoding="utf-8")
    (tmp_path / "b-attachment.txt").write_text(f"seen {SECRET}", encoding="utf-8")
    (tmp_path / "c-attachment.png").write_bytes(PNG_WITH_SECRET_BYTES)
    (tmp_path / "d-attachment.zip").touch()
    write_trace(tmp_path / "d-attachment.zip")
    (tmp_path / "categories.json").write_text("[]", encoding="utf-8")

    assert scrub_results_dir(tmp_path, registry(SECRET)) == 3
    result = json.loads((tmp_path / "a-result.json").read_text(encoding="utf-8"))
    assert result["parameters"][0]["value"] == f"'{CENSORED}'"
    assert (tmp_path / "b-attachment.txt").read_text(encoding="utf-8") == f"seen {CENSORED}"
    assert (tmp_path / "c-attachment.png").read_bytes() == PNG_WITH_SECRET_BYTES
