"""A synthetic world imports whole into a real register, and its truth accounts for every
record the register then holds."""

from __future__ import annotations

from collections import Counter

import pytest

from rasd.register import load_mapping
from rasd.synth import LIST_NAMES, World
from tests.synth.conftest import Imported, read_csv


def test_the_world_has_at_least_five_lists_in_different_formats(world: World) -> None:
    assert [item.name for item in world.lists] == list(LIST_NAMES)
    assert len(world.lists) >= 5
    suffixes = {item.path.suffix for item in world.lists}
    assert {".csv", ".tsv", ".jsonl", ".xlsx"} <= suffixes


@pytest.mark.parametrize("name", LIST_NAMES)
def test_every_list_imports_with_no_rejected_row(imported: Imported, world: World,
                                                 name: str) -> None:
    item = next(item for item in world.lists if item.name == name)
    result = imported.results[name]
    assert result.source == name
    assert (result.rows, result.imported, result.rejected) == (item.records, item.records, 0)
    assert len(imported.records[name]) == item.records > 0


@pytest.mark.parametrize("name", LIST_NAMES)
def test_each_mapping_names_its_list_as_source(world: World, name: str) -> None:
    item = next(item for item in world.lists if item.name == name)
    assert load_mapping(item.mapping).source == name


def test_truth_records_cover_every_imported_record_exactly_once(imported: Imported,
                                                                world: World) -> None:
    truth = Counter((row["source"], row["record_key"])
                    for row in read_csv(world.truth_records))
    assert max(truth.values()) == 1
    in_register = {(name, record.record_key)
                   for name, records in imported.records.items() for record in records}
    assert set(truth) == in_register


def test_hospital_list_has_unidentified_bodies(imported: Imported, world: World) -> None:
    names = [record.fields["full_name"] for record in imported.records["field-hospital"]]
    unidentified = [name for name in names if "مجهول" in name or name.startswith("Unidentified")]
    item = next(item for item in world.lists if item.name == "field-hospital")
    assert len(unidentified) == item.unnamed > 0


def test_hospital_gives_sex_and_an_estimated_age_for_unidentified_bodies(
        imported: Imported) -> None:
    unidentified = [record.fields for record in imported.records["field-hospital"]
                    if "مجهول" in record.fields["full_name"]
                    or record.fields["full_name"].startswith("Unidentified")]
    assert all(fields["age_estimated"] for fields in unidentified)
    assert sum(fields["sex"] != "unknown" for fields in unidentified) > len(unidentified) / 2


def test_news_list_has_month_only_and_year_only_dates(imported: Imported) -> None:
    precision = Counter(record.fields["date_precision"]
                        for record in imported.records["news-reports"])
    assert precision["month"] > precision["year"] > 0
    assert precision["day"] > 0


def test_news_list_has_partial_and_unnamed_names(imported: Imported, world: World) -> None:
    names = [record.fields["name_latin"] for record in imported.records["news-reports"]]
    unnamed = [n for n in names if n.startswith(("unnamed ", "a child of the "))]
    item = next(item for item in world.lists if item.name == "news-reports")
    assert len(unnamed) == item.unnamed > 0
    assert any(len(n.split()) == 2 and n.split()[1].startswith("al-") for n in names)
    assert any(n.startswith(("Abu ", "Umm ")) for n in names)


def test_news_ages_are_often_estimated(imported: Imported) -> None:
    fields = [record.fields for record in imported.records["news-reports"]]
    assert any(f["age_estimated"] for f in fields)
    assert any(f["age"] is None and f["age_group"] in ("child", "adult") for f in fields)


def test_council_list_has_separate_name_columns_and_a_constant_governorate(
        imported: Imported) -> None:
    fields = [record.fields for record in imported.records["local-councils"]]
    assert all(f["first_name"] and f["governorate"] == "ريف دمشق" for f in fields)
    assert any(f["grandfather_name"] is None for f in fields)
    assert any(f["birth_year"] for f in fields)


def test_detainees_list_is_all_torture_by_the_regime(imported: Imported) -> None:
    fields = [record.fields for record in imported.records["detainees-association"]]
    assert {(f["cause"], f["perpetrator"]) for f in fields} == {("torture", "syrian_regime")}


def test_lists_were_read_in_their_own_encodings(imported: Imported) -> None:
    detected = {name: result.detected for name, result in imported.results.items()}
    assert detected["syrian-network"]["encoding"] == "utf-8-sig"
    assert detected["detainees-association"]["encoding"] == "cp1256"
    assert detected["local-councils"]["delimiter"] == ";"
    assert detected["bilingual-monitor"]["delimiter"] == "\t"
    assert detected["field-hospital"]["format"] == "xlsx"
    assert detected["news-reports"]["format"] == "jsonl"
