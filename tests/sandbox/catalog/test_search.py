"""Search by keyword (diacritics optional, `đ` as `d`) and by code; internal procedures stay hidden."""

import pytest

from sandbox.catalog.loader import Catalog
from sandbox.catalog.search import search


def names(catalog: Catalog, query: str) -> list[str]:
    return [procedure.name for procedure in search(catalog.public, query)]


def test_a_phrase_finds_the_names_containing_it_as_the_real_portal_did(catalog: Catalog) -> None:
    found = names(catalog, "đăng ký khai sinh")

    # DOMAIN §1.2: the real portal answered "Có 11 kết quả cho từ khóa "đăng ký khai sinh"".
    assert len(found) == 11
    assert "Thủ tục đăng ký lại khai sinh" not in found


def test_the_procedure_named_by_the_phrase_comes_first(catalog: Catalog) -> None:
    assert names(catalog, "đăng ký khai sinh")[0] == "Thủ tục đăng ký khai sinh"
    assert names(catalog, "đăng ký thường trú")[0] == "Đăng ký thường trú"


@pytest.mark.parametrize("query", ["dang ky khai sinh", "DANG KY KHAI SINH", "Đăng Ký Khai Sinh", "dang ký  khai sinh"])
def test_case_diacritics_and_spacing_do_not_matter(catalog: Catalog, query: str) -> None:
    assert names(catalog, query) == names(catalog, "đăng ký khai sinh")


def test_d_stands_for_d_with_stroke(catalog: Catalog) -> None:
    assert "Đăng ký thường trú" in names(catalog, "dang ky thuong tru")


def test_a_letter_typed_with_its_diacritics_matches_only_them(catalog: Catalog) -> None:
    with_marks, without = names(catalog, "hưu trí"), names(catalog, "huu tri")

    assert with_marks and all("hưu trí" in name.lower() for name in with_marks)
    assert set(with_marks) <= set(without)


def test_the_exact_code_finds_its_procedure_first(catalog: Catalog) -> None:
    found = search(catalog.public, "1.004222")

    assert [p.code for p in found] == ["1.004222"]
    assert found[0].name == "Đăng ký thường trú"


def test_a_code_prefix_finds_every_code_starting_with_it(catalog: Catalog) -> None:
    assert sorted(p.code for p in search(catalog.public, "1.00422")) == ["1.004222", "1.004223", "1.004228"]


def test_an_exact_code_comes_before_longer_codes_starting_with_it(catalog: Catalog) -> None:
    assert [p.row["code"] for p in search(catalog.public, "1.013361")] == ["1.013361", "1.0133611"]


def test_codes_stored_with_a_leading_space_or_a_suffix_are_found(catalog: Catalog) -> None:
    # " 1.014325" is public; an internal procedure is stored as "1.014325".
    assert catalog.by_code("1.014325").row["code"] == " 1.014325"
    assert [p.row["code"] for p in search(catalog.public, "1.014325")] == [" 1.014325"]
    assert " 1.014325" in [p.row["code"] for p in search(catalog.public, " 1.014325 ")]
    assert "1.014955-Xoa" in [p.row["code"] for p in search(catalog.public, "1.014955")]


@pytest.mark.parametrize("code", ["5.003863", "6.006726", "1.014978"])
def test_internal_procedures_are_never_found_by_citizens(catalog: Catalog, code: str) -> None:
    internal = catalog.by_code(code)

    assert not internal.is_public
    assert search(catalog.public, code) == []
    assert internal not in search(catalog.public, internal.name)


def test_a_keyword_nobody_uses_finds_nothing_and_blank_finds_nothing(catalog: Catalog) -> None:
    assert search(catalog.public, "qwxz không có thủ tục này") == []
    assert search(catalog.public, "   ") == []
