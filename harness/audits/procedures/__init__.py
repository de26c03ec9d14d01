"""The review of procedures per code (ra_soat_tthc, issue #10 item 2): for each code of a unit's list, is it
published on the portal with its current decision, configured for online submission at the unit, are its
processing times and fees present and plausible per channel, and does a test submission reach the unit's queue."""
