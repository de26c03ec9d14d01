"""Evidence for the Allure report: secrets scrubbing, attachments, traces, categories and run information."""
