"""Report tools: the single-file Allure 3 report of a run."""
