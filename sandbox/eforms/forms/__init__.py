"""One module per e-form; `form_for` picks the one of a procedure, or the generic form."""

from sandbox.eforms.fields import FormDefinition
from sandbox.eforms.forms.ct01 import TAM_TRU, THUONG_TRU
from sandbox.eforms.forms.dntn import DOANH_NGHIEP_TU_NHAN
from sandbox.eforms.forms.generic import generic_form
from sandbox.eforms.forms.gpxd import GIAY_PHEP_XAY_DUNG
from sandbox.eforms.forms.khai_sinh import KHAI_SINH
from sandbox.eforms.forms.trich_luc import TRICH_LUC

FORMS = {form.procedure_code: form for form in (
    TAM_TRU, THUONG_TRU, KHAI_SINH, TRICH_LUC, GIAY_PHEP_XAY_DUNG, DOANH_NGHIEP_TU_NHAN,
)}


def form_for(procedure_code: str) -> FormDefinition:
    return FORMS.get(procedure_code) or generic_form(procedure_code)
