"""Step patterns whose quoted values stop at the closing quote.

`parsers.parse('… "{agency}" thuộc "{province}"')` lets `{province}` swallow `Tỉnh Đắk Lắk" với "Số bản" là "3`,
so a longer sentence would also match the shorter step. `quoted('… "{agency}" thuộc "{province}"')` is the same
template as a regular expression where a quoted value cannot contain a quote.
"""

import re

from pytest_bdd import parsers

_PLACEHOLDER = re.compile(r'"\{(\w+)\}"|\{(\w+)\}')


def quoted(template: str) -> parsers.re:
    parts, last = [], 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[last:match.start()]))
        quoted_name, bare_name = match.groups()
        parts.append(f'"(?P<{quoted_name}>[^"]*)"' if quoted_name else f"(?P<{bare_name}>.+?)")
        last = match.end()
    parts.append(re.escape(template[last:]))
    return parsers.re("".join(parts))

# Who an officer of a sentence is, and the role the environment file gives such an officer (env.officer_at).
OFFICER = "(?P<kind>cán bộ một cửa|chuyên viên|lãnh đạo)"
OFFICER_ROLES = {"cán bộ một cửa": "MOT_CUA", "chuyên viên": "CHUYEN_VIEN", "lãnh đạo": "LANH_DAO_DON_VI"}
