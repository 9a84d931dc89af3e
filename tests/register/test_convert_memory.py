"""The converter remembers what it made of each column's texts, within a limit, and stops
remembering a column whose texts hardly repeat; either way every row converts the same."""

from __future__ import annotations

import pytest

from rasd.register import Mapping, convert
from rasd.register.convert import RowConverter
from rasd.register.reading import Row

HEADER = ["id", "name", "sex"]


def test_columns_of_new_texts_are_no_longer_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "_CACHE_LIMIT", 10)
    columns = {"record_key": "id", "full_name": "name", "sex": "sex"}
    converter = RowConverter(Mapping(columns=columns), columns, HEADER, file="list.csv")

    for number in range(2, 200):
        cells = [f"K{number}", f"  Name {number}  ", "female" if number % 2 else "male"]
        fields = converter(Row(number, cells, cells))
        assert fields[:2] == [f"K{number}", f"Name {number}"]
        assert fields[9] == ("female" if number % 2 else "male")

    memory = {position: seen for position, _, _, seen in converter._plan}
    assert memory[1] is None  # full_name: every text new
    assert memory[9] == {"male": "male", "female": "female"}  # sex: two words, kept
