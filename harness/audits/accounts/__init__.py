"""The officer accounts audit (`ra_soat_tai_khoan`, issue #10 item 1): does every account of a unit's roster log in,
at its unit, with exactly the roles the roster gives it and no reach into another unit's dossiers."""
