"""Root conftest: the harness's pytest plugins. `pytest` alone means `pytest --env=sandbox`."""

pytest_plugins = [
    "fixtures.evidence",
    "fixtures.unstarted_scenarios",
    "fixtures.tags",
    "fixtures.env",
    "fixtures.defects",
    "fixtures.shards",
    "fixtures.sandbox_server",
    "fixtures.browser",
    "fixtures.actors",
    "fixtures.secret_audit",
    "fixtures.audits",
    "steps.login_steps",
    "steps.officer_login_steps",
    "steps.portal_steps",
    "steps.citizen_steps",
    "steps.back_office_steps",
    "steps.sandbox_clock_steps",
    "steps.audit_steps",
]
