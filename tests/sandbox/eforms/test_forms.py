"""The e-form definitions are consistent: names unique, labels unique within a group, choices with options,
every Phường/Xã/Đặc khu tied to a Tỉnh/Thành phố of its own form."""

import pytest

from sandbox.eforms.fields import Kind
from sandbox.eforms.forms import FORMS, form_for


@pytest.mark.parametrize("code", sorted(FORMS))
def test_a_form_is_well_formed(code: str) -> None:
    form = FORMS[code]
    names = [field.name for group in form.groups for field in group.fields]
    assert len(names) == len(set(names))
    for group in form.groups:
        labels = [field.label for field in group.fields]
        assert len(labels) == len(set(labels)), group.title
    for field in form.fields:
        assert field.kind is not Kind.CHOICE or field.options, field.name
        assert field.kind is not Kind.WARD or form.fields_by_name[field.province_field].kind is Kind.PROVINCE
        assert not field.default or field.kind is not Kind.CHOICE or field.default in field.options


def test_any_other_procedure_gets_the_generic_form() -> None:
    form = form_for("1.003677")
    assert form.generic and [field.label for field in form.fields] == ["Trích yếu nội dung"]
    assert FORMS["1.004194"].generic is False
