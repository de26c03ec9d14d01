"""Business tasks across pages (log in, submit a dossier…): what an actor does, in the portal's own steps."""
