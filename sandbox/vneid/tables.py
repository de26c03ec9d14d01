"""Tables of the VNeID emulation. Secrets that only need checking (flow cookies, codes, tokens) are kept
as SHA-256 digests; the login code is kept as it is because the setup API plays the phone that shows it."""

DDL = """
CREATE TABLE IF NOT EXISTS vneid_login_flows (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    state TEXT NOT NULL,
    step TEXT NOT NULL,
    so_dinh_danh TEXT,
    started_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS vneid_login_codes (
    flow_id TEXT PRIMARY KEY REFERENCES vneid_login_flows (id) ON DELETE CASCADE,
    so_dinh_danh TEXT NOT NULL,
    code TEXT NOT NULL,
    wrong_attempts INTEGER NOT NULL DEFAULT 0,
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS vneid_consents (
    so_dinh_danh TEXT NOT NULL,
    client_id TEXT NOT NULL,
    consented_at TEXT NOT NULL,
    PRIMARY KEY (so_dinh_danh, client_id)
);
CREATE TABLE IF NOT EXISTS vneid_authorization_codes (
    code_digest TEXT PRIMARY KEY,
    so_dinh_danh TEXT NOT NULL,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS vneid_access_tokens (
    token_digest TEXT PRIMARY KEY,
    so_dinh_danh TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
"""
