"""What an officer may reach in the back office: the dossiers of their unit (and of their assigned procedures),
and the role they act in for a given action.

Viewing is refused here and acting by DossierService, both by sandbox/dossiers/reach.py, so that an officer
reads one sentence whichever guard stopped them.
"""

from dataclasses import dataclass

from sandbox.context import SandboxContext
from sandbox.dossiers.reach import officer_refusal
from sandbox.dossiers.records import Dossier
from sandbox.dossiers.service import Actor
from sandbox.dossiers.state_machine import Action, Role, allowed_actions
from sandbox.dossiers.statuses import Status
from sandbox.identity.accounts import Officer
from sandbox.motcua.assignments import assigned_procedures
from sandbox.units.routes import find_unit

# The officer roles that move dossiers, in the order a multi-role officer acts in.
ACTING_ROLES = (Role.MOT_CUA, Role.CHUYEN_VIEN, Role.LANH_DAO_PHONG, Role.LANH_DAO_DON_VI, Role.QUAN_TRI_DON_VI)


def acting_roles(officer: Officer) -> list[Role]:
    return [role for role in ACTING_ROLES if role.value in officer.roles]


@dataclass(frozen=True)
class Reach:
    """The officer's unit, and the procedures they are limited to (None: every procedure of the unit)."""

    unit_code: str
    procedures: frozenset[str] | None

    def refusal(self, dossier: Dossier) -> str | None:
        """Why the officer may not open this dossier, or None when they may."""
        return officer_refusal(dossier, self.unit_code, self.procedures)


def reach_of(ctx: SandboxContext, officer: Officer) -> Reach:
    return Reach(officer.unit_code, assigned_procedures(ctx.store, officer.username))


def offered_actions(officer: Officer, status: Status | None) -> list[Action]:
    """Every action one of the officer's roles may take on a dossier in `status`, each once."""
    actions: list[Action] = []
    for role in acting_roles(officer):
        actions += [action for action in allowed_actions(status, role) if action not in actions]
    return actions


def acting_role(officer: Officer, status: Status | None, action: Action) -> Role | None:
    """The officer's role that may take `action`; else their first acting role, so that the state machine
    says why not; None for an officer with no acting role at all."""
    roles = acting_roles(officer)
    allowed = [role for role in roles if action in allowed_actions(status, role)]
    return (allowed or roles or [None])[0]


def actor_for(ctx: SandboxContext, officer: Officer, role: Role) -> Actor:
    unit = find_unit(ctx, officer.unit_code)
    return Actor(role, officer.username, officer.ho_va_ten, officer.unit_code, unit.name if unit else "",
                 reach_of(ctx, officer).procedures)
