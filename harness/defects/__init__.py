"""The defect register (data/defects.toml): the problems units report, and the scenarios that reproduce them."""
