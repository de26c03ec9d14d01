"""The daily report ("Báo cáo tình hình vận hành Cổng DVCQG", due before 17:00): the day's archived runs, per flow,
the defects of the day and the status-sync delays, as an official report in DOCX and Markdown."""
