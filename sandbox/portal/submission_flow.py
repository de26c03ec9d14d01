"""What "Lưu và nộp hồ sơ" does: keep the attempt in the draft, check everything, then submit the dossier.

Files are checked one by one as they arrive; the good ones are saved in the draft at once, so a refused
attempt (a wrong file beside them, a missing field) never asks for them again.
"""

from dataclasses import asdict
from datetime import datetime

from sandbox.catalog.receiving import receiving_unit
from sandbox.context import SandboxContext
from sandbox.dossiers.records import Dossier
from sandbox.dossiers.service import Actor, DossierService, NewFile
from sandbox.dossiers.state_machine import Role
from sandbox.eforms.components import Source
from sandbox.eforms.drafts import DraftFile, Drafts
from sandbox.eforms.fields import Answers, FormDefinition
from sandbox.eforms.uploads import Upload, upload_problem
from sandbox.portal.submission_target import Target

MISSING_FILE = "Vui lòng đính kèm tệp cho thành phần hồ sơ này."


def file_field(component_code: str) -> str:
    """The name of a component's file input."""
    return f"tep:{component_code}"


def save_uploads(drafts: Drafts, draft_id: int, target: Target, uploads: dict[str, list[Upload]],
                 now: datetime) -> dict[str, list[str]]:
    """Saves the acceptable files in the draft; returns the messages of the others, by component."""
    errors: dict[str, list[str]] = {}
    for component in target.components:
        if component.source is not Source.UPLOAD:
            continue
        for upload in uploads.get(component.code, []):
            if problem := upload_problem(upload):
                errors.setdefault(component.code, []).append(problem)
            else:
                drafts.add_file(draft_id, component.code, upload, now)
    return errors


def missing_files(target: Target, files: list[DraftFile], file_errors: dict[str, list[str]]) -> dict[str, list[str]]:
    uploaded = {f.component_code for f in files}
    return {component.code: [MISSING_FILE] for component in target.components
            if component.required and component.code not in uploaded and component.code not in file_errors}


def form_content(form: FormDefinition, answers: Answers) -> dict:
    """What the dossier keeps of the e-form: its title, each answer as read under its group and label, and the
    answers its fee is computed from."""
    content: dict = {"bieu_mau": form.title, "noi_dung": {
        group.title: {item.label: answers.shown[item.name] for item in group.fields if item.name in answers.shown}
        for group in form.groups
    }}
    return content | {name: answers.parsed[name] for name in form.fee_inputs}


def submit(ctx: SandboxContext, target: Target, draft_id: int, answers: Answers) -> Dossier:
    drafts = Drafts(ctx.store)
    names = {component.code: component.name for component in target.components}
    files = [NewFile(f.component_code, names[f.component_code], f.file_name, f.content_type,
                     drafts.content(draft_id, f.id))
             for f in drafts.files(draft_id) if f.component_code in names]
    citizen = target.citizen
    dossier = DossierService(ctx).submit(
        Actor(Role.CONG_DAN, citizen.so_dinh_danh, citizen.ho_va_ten),
        procedure={"code": target.procedure.code, "id": target.procedure.id, "name": target.procedure.name},
        unit=asdict(receiving_unit(ctx, target.procedure.code, target.unit)),
        owner={"ho_va_ten": citizen.ho_va_ten, "so_dien_thoai": citizen.so_dien_thoai, "email": citizen.email,
               "dia_chi": citizen.noi_o_hien_nay},
        form=form_content(target.form, answers), files=files, processing=target.processing,
        trich_yeu=target.form.summary(answers),
    )
    drafts.discard(draft_id)
    return dossier
