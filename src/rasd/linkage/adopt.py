"""`rasd import links`: adopt a linkage made elsewhere (another team's matching, a
statistician's hand review, a synthetic world's truth) as the register's victims.

The file has the shape `rasd export links` writes: `source,record_key,victim_id`, where
`victim_id` is any label that is the same for the records of one person. Victim ids in the
register follow the same stable-id rule as `rasd link`; people's link decisions still hold,
and a file that contradicts one is refused.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from rasd.errors import InputError, RasdError
from rasd.inputs import open_csv
from rasd.linkage.ids import Ref
from rasd.linkage.run import LinkResult, _decisions, _store
from rasd.linkage.settings import LinkSettings
from rasd.register import Register
from rasd.register.models import Record, Source

HEADER = ("source", "record_key", "victim_id")


def adopt_links(register: Register, path: Path, *, actor: str) -> LinkResult:
    """Make the victims those of the links file; current records it does not list stay alone."""
    uids = _current_records(register)
    if not uids:
        raise RasdError("the register holds no records to link: import a list first")
    labels = _read_links(path, register)
    groups: dict[int, list[Ref]] = {}
    roots: dict[str, int] = {}
    for ref, uid in uids.items():
        label = labels.get(ref)
        root = uid if label is None else roots.setdefault(label, uid)
        groups.setdefault(root, []).append(ref)
    unknown = [ref for ref in labels if ref not in uids]
    if unknown:
        raise InputError(f"{len(unknown)} records are not current records of the register, "
                         f"e.g. {unknown[0][1]!r}", file=str(path), field="record_key")
    group_of = {ref: root for root, refs in groups.items() for ref in refs}
    refs = {uid: ref for ref, uid in uids.items()}
    must, cannot = _decisions(register, uids)
    for pairs, same in ((must, True), (cannot, False)):
        for a, b in pairs:
            if (group_of[refs[a]] == group_of[refs[b]]) != same:
                raise InputError(
                    f"the file {'separates' if same else 'joins'} records {refs[a][1]!r} and "
                    f"{refs[b][1]!r}, which a person decided are "
                    f"{'the same person' if same else 'different people'}", file=str(path))
    return _store(register, actor, LinkSettings(), "imported", groups, {"file": path.name}, [],
                  refs, counts={"pairs_compared": 0, "pairs_linked": 0, "refused_joins": 0,
                                "decisions_obeyed": len(must) + len(cannot)})


def _current_records(register: Register) -> dict[Ref, int]:
    with register.read() as conn:
        rows = conn.execute(select(Record.source_id, Record.record_key)
                            .where(Record.current, ~Record.withdrawn).order_by(Record.id))
        return {(int(source), str(key)): uid for uid, (source, key) in enumerate(rows)}


def _read_links(path: Path, register: Register) -> dict[Ref, str]:
    with register.read() as conn:
        sources = {name: int(id_) for id_, name in conn.execute(select(Source.id, Source.name))}
    file = str(path)
    labels: dict[Ref, str] = {}
    rows_of: dict[Ref, int] = {}
    with open_csv(path) as handle:
        reader = csv.reader(handle)
        header = tuple(cell.strip() for cell in next(reader, []))
        if header[:3] != HEADER:
            raise InputError(f"the header must be {','.join(HEADER)}", file=file, row=1)
        for number, row in enumerate(reader, start=2):
            if len(row) < 3 or not all(cell.strip() for cell in row[:3]):
                raise InputError("a row needs a source, a record key and a victim id",
                                 file=file, row=number, value=",".join(row))
            source, key, label = (cell.strip() for cell in row[:3])
            if source not in sources:
                raise InputError("no such source in the register", file=file, row=number,
                                 field="source", value=source)
            ref = (sources[source], key)
            if ref in rows_of:
                raise InputError(f"record listed twice, rows {rows_of[ref]} and {number}",
                                 file=file, row=number, field="record_key", value=key)
            rows_of[ref] = number
            labels[ref] = label
    return labels
