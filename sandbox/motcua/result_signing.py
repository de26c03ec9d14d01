"""A leader's digital signature on a dossier's result, made only once the leader may approve it."""

from sandbox.context import SandboxContext
from sandbox.dossiers.reach import officer_refusal
from sandbox.dossiers.records import Dossier
from sandbox.dossiers.service import Actor, NotYours
from sandbox.dossiers.signing import result_title, sign_result
from sandbox.dossiers.state_machine import Action, find_transition
from sandbox.identity.roles import ROLES
from sandbox.units.routes import find_unit


def sign_for(ctx: SandboxContext, dossier: Dossier, actor: Actor) -> dict:
    """The signed result of `dossier` by `actor`; raises what DossierService would (NotYours, TransitionRefused)
    before signing, so that nobody signs what they may not approve, and SigningFailed from the signing tool."""
    if refusal := officer_refusal(dossier, actor.unit_code, actor.procedures):
        raise NotYours(refusal)
    find_transition(dossier.trang_thai, Action.APPROVE_AND_SIGN, actor.role)
    procedure = ctx.catalog.by_code(dossier.ma_tthc)
    name, code = result_title(ctx.catalog.detail(procedure) if procedure else None, dossier.ten_tthc)
    unit = find_unit(ctx, dossier.unit_code)
    return sign_result(ctx.faults, ma_ho_so=dossier.ma_ho_so, ten_giay_to=name, ma_ket_qua=code, signer=actor.name,
                       signer_title=ROLES[actor.role.value], unit_name=dossier.unit_name,
                       province=unit.province_name if unit else "", now=ctx.clock.now())
