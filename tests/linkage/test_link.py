"""`rasd link` on a synthetic world: victims are found, decisions are obeyed on every later run,
and victim ids survive re-linking after more records arrive. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.linkage import decide, export_links, link, victim_detail
from rasd.linkage.evaluate import bcubed
from rasd.register import Register, import_list, load_mapping
from rasd.synth import synthesize

VICTIMS = 600


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> object:
    return synthesize(tmp_path_factory.mktemp("world"), victims=VICTIMS, seed=7)


def import_lists(register: Register, world: object, names: set[str] | None = None) -> None:
    for entry in world.lists:  # type: ignore[attr-defined]
        if names is None or entry.name in names:
            import_list(register, entry.path, actor="tester", source=entry.name,
                        mapping=load_mapping(entry.mapping))


def links(register: Register, tmp_path: Path) -> dict[tuple[str, str], str]:
    out = tmp_path / "links.csv"
    export_links(register, out)
    with open(out, encoding="utf-8") as stream:
        return {(row["source"], row["record_key"]): row["victim_id"]
                for row in csv.DictReader(stream)}


def truth(world: object) -> dict[tuple[str, str], str]:
    with open(world.truth_records, encoding="utf-8") as stream:  # type: ignore[attr-defined]
        return {(row["source"], row["record_key"]): row["victim_id"]
                for row in csv.DictReader(stream)}


@pytest.fixture
def linked(register: Register, world: object) -> Iterator[Register]:
    import_lists(register, world)
    link(register, actor="tester")
    yield register


def test_every_record_belongs_to_one_victim(linked: Register, world: object,
                                            tmp_path: Path) -> None:
    assert links(linked, tmp_path).keys() == truth(world).keys()


def test_victims_are_people_not_records(linked: Register, world: object,
                                        tmp_path: Path) -> None:
    found, known = links(linked, tmp_path), truth(world)
    assert len(set(found.values())) < len(found)
    assert bcubed(found, known).f1 >= 0.93


def pair_of(linked: Register, tmp_path: Path, *, together: bool) -> tuple[str, str]:
    """Two named records that the model put in one victim (or in two)."""
    found = links(linked, tmp_path)
    by_victim: dict[str, list[tuple[str, str]]] = {}
    for ref, victim in sorted(found.items()):
        by_victim.setdefault(victim, []).append(ref)
    groups = [refs for refs in by_victim.values() if len(refs) >= 2]
    if together:
        a, b = groups[0][:2]
    else:
        a, b = groups[0][0], groups[1][0]
    return f"{a[0]}:{a[1]}", f"{b[0]}:{b[1]}"


def victim_of(linked: Register, tmp_path: Path, ref: str) -> str:
    source, key = ref.split(":", 1)
    return links(linked, tmp_path)[(source, key)]


def test_decisions_that_contradict_the_model_are_obeyed(linked: Register,
                                                        tmp_path: Path) -> None:
    same_a, same_b = pair_of(linked, tmp_path, together=False)
    apart_a, apart_b = pair_of(linked, tmp_path, together=True)
    decide(linked, same_a, same_b, same=True, actor="reviewer", note="same person")
    decide(linked, apart_a, apart_b, same=False, actor="reviewer", note="brothers")
    result = link(linked, actor="tester")
    assert result.decisions_obeyed == 2
    assert victim_of(linked, tmp_path, same_a) == victim_of(linked, tmp_path, same_b)
    assert victim_of(linked, tmp_path, apart_a) != victim_of(linked, tmp_path, apart_b)
    link(linked, actor="tester")  # and on every later run
    assert victim_of(linked, tmp_path, same_a) == victim_of(linked, tmp_path, same_b)
    assert victim_of(linked, tmp_path, apart_a) != victim_of(linked, tmp_path, apart_b)


def test_a_later_decision_supersedes_an_earlier_one(linked: Register, tmp_path: Path) -> None:
    a, b = pair_of(linked, tmp_path, together=False)
    decide(linked, a, b, same=True, actor="reviewer")
    decide(linked, a, b, same=False, actor="reviewer", note="second look: two people")
    link(linked, actor="tester")
    assert victim_of(linked, tmp_path, a) != victim_of(linked, tmp_path, b)


def test_untouched_victims_keep_their_ids_when_more_records_arrive(
        register: Register, world: object, tmp_path: Path) -> None:
    first_lists = {"syrian-network", "bilingual-monitor", "field-hospital"}
    import_lists(register, world, first_lists)
    link(register, actor="tester")
    before = links(register, tmp_path)
    import_lists(register, world, {entry.name for entry in world.lists} - first_lists)  # type: ignore[attr-defined]
    result = link(register, actor="tester")
    after = links(register, tmp_path)
    members: dict[str, set[tuple[str, str]]] = {}
    for ref, victim in before.items():
        members.setdefault(victim, set()).add(ref)
    now: dict[str, set[tuple[str, str]]] = {}
    for ref, victim in after.items():
        now.setdefault(victim, set()).add(ref)
    untouched = [victim for victim, refs in members.items()
                 if any(refs == group for group in now.values())]
    assert len(untouched) > 0.8 * len(members)
    assert all(members[victim] == now.get(victim) for victim in untouched)
    assert result.created > 0


def test_a_victim_shows_its_records_and_where_they_disagree(linked: Register,
                                                            tmp_path: Path) -> None:
    a, _ = pair_of(linked, tmp_path, together=True)
    detail = victim_detail(linked, int(victim_of(linked, tmp_path, a)))
    assert len(detail.records) >= 2
    assert detail.fields["sex"] in ("male", "female", None)
    for name, values in detail.disagreements.items():
        assert len(values) >= 2, name


def test_link_runs_and_decisions_are_audited(linked: Register, tmp_path: Path) -> None:
    from rasd.register import audit_log, verify_audit

    a, b = pair_of(linked, tmp_path, together=False)
    decide(linked, a, b, same=True, actor="reviewer")
    actions = [entry.action for entry in audit_log(linked)]
    assert actions[:2] == ["link.decide", "link.run"]
    assert verify_audit(linked).ok
