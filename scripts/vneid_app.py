#!/usr/bin/env python3
"""The tester's phone in the staging rehearsal: prints the VNeID login code an account's login is waiting for.

    scripts/vneid_app.py <số định danh> --vneid <VNeID base URL> --mat-khau-env <variable holding the password>

envs/rehearsal.toml names it as each citizen's `otp_command`, the way a tester on staging would name a helper
that reads the code from the VNeID app. It asks the sandbox's emulated app (POST /vneid/ung-dung/ma-xac-nhan,
signed in with the account's own number and password), never the sandbox's setup API. Prints only the code;
anything wrong is one sentence on stderr and exit code 1.
"""

import argparse
import os
import sys

import httpx


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/vneid_app.py", description=__doc__.splitlines()[0])
    parser.add_argument("so_dinh_danh")
    parser.add_argument("--vneid", required=True, help="địa chỉ gốc của VNeID, ví dụ http://127.0.0.1:8765/vneid")
    parser.add_argument("--mat-khau-env", required=True, help="tên biến môi trường chứa mật khẩu của tài khoản")
    args = parser.parse_args(argv)
    password = os.environ.get(args.mat_khau_env, "")
    if not password:
        print(f"Biến {args.mat_khau_env} không có mật khẩu của tài khoản {args.so_dinh_danh}.", file=sys.stderr)
        return 1
    try:
        answer = httpx.post(f"{args.vneid.rstrip('/')}/ung-dung/ma-xac-nhan", timeout=10,
                            data={"so_dinh_danh": args.so_dinh_danh, "mat_khau": password})
    except httpx.HTTPError as error:
        print(f"Không kết nối được ứng dụng VNeID giả lập ({type(error).__name__}).", file=sys.stderr)
        return 1
    if answer.status_code != 200:
        print(f"Ứng dụng VNeID giả lập từ chối (mã {answer.status_code}).", file=sys.stderr)
        return 1
    print(answer.json()["ma_xac_nhan"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
