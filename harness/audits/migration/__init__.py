"""The audit of dossiers migrated from the old portal (`chuyen_doi_ho_so`, issue #10 item 3): each dossier of the
unit's export is looked for in the new one-stop system under its legacy code, compared (status, dates), checked
for copies and for a push to the national portal, and its old address flagged against the 2025 units."""
