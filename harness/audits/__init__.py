"""The review tasks of the provincial letters (issue #10): data-driven audits a unit runs on its own lists."""
