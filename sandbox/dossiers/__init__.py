"""Pure business rules of the dossier lifecycle: statuses, deadlines, dossier codes and transitions.

No web code and no database here: the routes and repositories of the subsystems call these rules.
"""
