"""VNeID emulation: the citizen identity provider the portal sends people to for login."""
