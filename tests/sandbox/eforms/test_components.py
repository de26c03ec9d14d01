"""Thành phần hồ sơ from the procedure records: uploads, data read from national databases, the e-form itself."""

import pytest

from sandbox.catalog.loader import load_catalog
from sandbox.eforms.components import Source, components
from sandbox.eforms.forms import FORMS, form_for
from sandbox.settings import DATA_DIR

CATALOG = load_catalog(DATA_DIR)


def of(code: str) -> dict[str, tuple[Source, bool]]:
    record = CATALOG.detail(CATALOG.by_code(code))
    return {c.code: (c.source, c.required) for c in components(record, form_for(code))}


def test_temporary_residence_reads_the_home_from_csdl_and_asks_for_the_signed_ct01() -> None:
    assert of("1.004194") == {
        "000.00.00.G01-KQ003631": (Source.DATABASE, False),
        "000.00.00.G01-KQ003630": (Source.UPLOAD, True),
    }


def test_building_permit_reads_land_certificates_from_csdl_and_is_its_own_application() -> None:
    found = of("1.013225")
    assert found["G17-KQ003215"] == (Source.UPLOAD, True)
    assert found["000.00.00.G17-KQ002712"] == (Source.UPLOAD, True)
    assert found["G17-KQ005479"] == (Source.DATABASE, False)
    assert found["000.00.00.G17-KQ002695"] == (Source.EFORM, False)


def test_notes_without_a_quantity_are_not_documents() -> None:
    assert "000.00.00.G01-KQ003632" not in of("1.004194")  # "Ví dụ: …", no copy asked for


def test_the_generic_form_asks_for_every_case_without_requiring_what_the_record_does_not() -> None:
    found = of("1.003677")
    assert found and all(source is Source.UPLOAD and not required for source, required in found.values())


@pytest.mark.parametrize("code", sorted(FORMS))
def test_every_listed_component_of_a_form_exists_in_its_chosen_cases(code: str) -> None:
    form, found = form_for(code), of(code)
    assert form.required_components <= found.keys()
    assert form.form_components <= found.keys()
