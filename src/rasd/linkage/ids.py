"""Victim ids that outlive re-linking, so that a published list can be cited.

The rule, applied after every `rasd link`:

1. Each earlier victim goes *home* to the new group that holds most of its records (a tie goes
   to the group whose first record, by source and key, sorts first).
2. A new group that is home to one earlier victim keeps that victim's id. A group that is home
   to several (they were merged) keeps the oldest id, the smallest; the others are recorded as
   merged into it and are never reused.
3. A group that is home to none gets a new id. So when a victim is split, its id stays with the
   larger part and the other part is a new victim.
4. An earlier victim none of whose records is linked any more (all withdrawn) is retired.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

Ref = tuple[int, str]  # (source id, record key): a record whatever its version


@dataclass
class IdPlan:
    """What re-linking does to victim ids."""

    ids: dict[int, int] = field(default_factory=dict)         # group -> victim id
    created: list[int] = field(default_factory=list)
    kept: list[int] = field(default_factory=list)
    merged: dict[int, int] = field(default_factory=dict)      # old id -> id it merged into
    split: dict[int, list[int]] = field(default_factory=dict)  # old id -> where the rest went
    retired: list[int] = field(default_factory=list)


def assign_ids(groups: Mapping[int, Sequence[Ref]], previous: Mapping[Ref, int],
               next_id: int) -> IdPlan:
    """Victim ids for `groups` (group -> its records), given each record's earlier victim id
    (`previous`) and the first id never used."""
    plan = IdPlan()
    first_ref = {group: min(refs) for group, refs in groups.items()}
    parts: dict[int, Counter[int]] = defaultdict(Counter)
    for group, refs in groups.items():
        for ref in refs:
            victim = previous.get(ref)
            if victim is not None:
                parts[victim][group] += 1
    home = {victim: min(counts, key=lambda group: (-counts[group], first_ref[group]))
            for victim, counts in parts.items()}
    homed: dict[int, list[int]] = defaultdict(list)
    for victim, group in home.items():
        homed[group].append(victim)
    for group in sorted(groups, key=first_ref.__getitem__):
        victims = sorted(homed.get(group, ()))
        if victims:
            plan.ids[group] = victims[0]
            plan.kept.append(victims[0])
            for other in victims[1:]:
                plan.merged[other] = victims[0]
        else:
            plan.ids[group] = next_id
            plan.created.append(next_id)
            next_id += 1
    for victim, counts in parts.items():
        others = sorted(plan.ids[group] for group in counts if group != home[victim])
        if others:
            plan.split[victim] = others
    plan.retired = sorted(set(previous.values()) - set(parts))
    return plan
