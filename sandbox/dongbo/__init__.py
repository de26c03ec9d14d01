"""Status sync from the provincial one-stop system to the national portal ("đồng bộ trạng thái hồ sơ").

Two halves in one process, talking only through the national sync API v1 (DOMAIN §3.6):
- the national side (`national_*`): the DVCQG adapter under `/dongbo` and its own tables, which know only
  what was synced;
- the provincial sender (`projection`, `outbox`, `courier`): every dossier change becomes outbox messages
  that a background thread delivers, in order per dossier, with retries.
"""
