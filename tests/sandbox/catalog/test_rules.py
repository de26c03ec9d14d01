"""Which procedures citizens may see and submit online, read from the catalogue's own fields."""

from sandbox.catalog.loader import Catalog
from sandbox.catalog.rules import is_offline_only, is_public


def test_internal_procedures_are_the_internal_type_and_the_5_and_6_series() -> None:
    assert not is_public({"code": "1.014978", "type": "STANDARD_INTERNAL"})
    assert not is_public({"code": "5.003863", "type": "STANDARD"})
    assert not is_public({"code": " 6.006726", "type": "SPECIFIC"})
    assert is_public({"code": " 1.014325", "type": "SPECIFIC"})


def test_the_catalogue_counts_match_the_crawl(catalog: Catalog) -> None:
    internal = len(catalog.procedures) - len(catalog.public)

    assert len(catalog.procedures) == 5670
    # DOMAIN §2.1: 4 STANDARD_INTERNAL in the 1. series, about 85 in 5. and 103 in 6.
    assert internal == 4 + 85 + 103


def test_a_procedure_without_an_online_method_is_offline_only(catalog: Catalog) -> None:
    assert is_offline_only(catalog.detail(catalog.by_code("2.000986")))
    assert not is_offline_only(catalog.detail(catalog.by_code("1.004222")))
    assert is_offline_only({"isOfflineOnly": True, "executionMethods": [{"submissionMethod": "ONLINE"}]})


def test_the_records_mess_is_kept(catalog: Catalog) -> None:
    online = catalog.detail(catalog.by_code("2.001610"))["executionMethods"][0]
    fractional = catalog.detail(catalog.by_code("1.115336"))["executionMethods"][0]

    assert online["submissionMethod"] == "ONLINE" and online["fees"][0]["value"] == 100
    assert fractional["processingTime"] == 6.25
    assert catalog.detail(catalog.by_code("1.001193"))["executionMethods"][0]["processingTimeUnit"] == "OTHER"
    assert catalog.detail(catalog.by_code("3.000616")) is None
