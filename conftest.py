"""Root conftest: the harness's pytest plugins. `pytest` alone means `pytest --env=sandbox`."""

pytest_plugins = [
    "fixtures.env",
    "fixtures.sandbox_server",
    "fixtures.browser",
    "fixtures.actors",
    "fixtures.evidence",
    "fixtures.tags",
]
