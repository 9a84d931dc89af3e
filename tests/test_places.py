"""Place keys: the same governorate or village in Arabic, English or another spelling meets."""

from __future__ import annotations

import pytest

from rasd.places import governorate_key, governorate_name, governorate_of, place_key


@pytest.mark.parametrize("text", ["ريف دمشق", "Rif Dimashq", "Damascus Countryside",
                                  "rural damascus", "محافظة ريف دمشق", "Rif Damascus province"])
def test_every_spelling_of_a_governorate_gives_its_key(text: str) -> None:
    assert governorate_key(text) == "rif_dimashq"


def test_damascus_is_not_its_countryside() -> None:
    assert governorate_key("دمشق") == "damascus" != governorate_key("ريف دمشق")


def test_a_governorate_written_in_the_place_column_is_found() -> None:
    assert governorate_of(None, None, "Aleppo province") == "aleppo"
    assert governorate_of("", None, "Douma") is None
    assert governorate_of("Homs", None, "Aleppo") == "homs"  # the governorate column wins


def test_reports_name_governorates_in_either_language() -> None:
    assert governorate_name("deir_ez_zor") == "Deir Ez-zor"
    assert governorate_name("aleppo", arabic=True) == "حلب"
    assert governorate_name("somewhere") == "somewhere"


def test_villages_meet_across_scripts_and_articles() -> None:
    assert place_key("كفر بطنا") == place_key("Kafr Batna")
    assert place_key("التل") == place_key("Al-Tall") == place_key("al-Tall city")
    assert place_key("سراقب") == place_key("Saraqib") != place_key("Douma")
    assert place_key("") is None
