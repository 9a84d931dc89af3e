"""`rasd link`: read the register's records, score pairs, cluster them into victims under the
people's decisions, and write the victims back with stable ids, in one audited change."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
from sqlalchemy import delete, func, insert, select, update

from rasd.errors import RasdError
from rasd.linkage.cluster import Node, cluster
from rasd.linkage.features import count_records, read_features
from rasd.linkage.ids import IdPlan, Ref, assign_ids
from rasd.linkage.model import load_features, score
from rasd.linkage.order import reread_family_first
from rasd.linkage.settings import LinkSettings
from rasd.register import Register
from rasd.register.models import LinkDecision, LinkRun, ReviewPair, Victim, VictimRecord
from rasd.register.store import Change

Progress = Callable[[str, int, int], None]


@dataclass
class LinkResult:
    """What a link run did, as `rasd link --json` prints it."""

    run_id: int
    backend: str
    records: int
    victims: int
    pairs_compared: int    # made by the blocking rules and scored (estimated from a sample)
    pairs_linked: int      # scored at or above review_low: the candidates for clustering
    review_pairs: int
    created: int
    kept: int
    merged: int
    split: int
    retired: int
    refused_joins: int
    cluster_sizes: dict[str, int] = field(default_factory=dict)
    decisions_obeyed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def link(register: Register, *, actor: str, settings: LinkSettings | None = None,
         backend: str = "duckdb", progress: Progress | None = None) -> LinkResult:
    """Link every current record into victims and store them."""
    settings = settings or LinkSettings()
    if backend not in ("duckdb", "spark"):
        raise RasdError(f"unknown backend {backend!r}: duckdb or spark")
    total = count_records(register)
    if total == 0:
        raise RasdError("the register holds no records to link: import a list first")
    with tempfile.TemporaryDirectory(prefix="rasd-link-") as work:
        # On disk, with a memory limit: DuckDB spills what does not fit instead of failing.
        con = duckdb.connect(str(Path(work) / "link.duckdb"),
                             config={"memory_limit": os.environ.get("RASD_LINK_MEMORY", "4GB"),
                                     "temp_directory": work})
        try:
            done = 0

            def advance(rows: int) -> None:
                nonlocal done
                done += rows
                if progress:
                    progress("reading records", done, total)

            records = load_features(con, read_features(register, advance))
            reread_family_first(con)
            refs = _refs(con)
            must, cannot = _decisions(register, {ref: uid for uid, ref in refs.items()})
            if progress:
                progress("training and scoring pairs", 0, 1)
            if backend == "spark":
                from rasd.linkage.spark import score_on_spark
                scored = score_on_spark(con, records, settings, must)
            else:
                scored = score(con, records, settings, must)
            if progress:
                progress("clustering", 0, 1)
            clusterer = cluster(_nodes(con), scored.edges, settings, must=must, cannot=cannot)
        finally:
            con.close()
    groups = {root: [refs[uid] for uid in members]
              for root, members in clusterer.clusters().items()}
    return _store(register, actor, settings, backend, groups, scored.model, scored.review, refs,
                  counts={"pairs_compared": scored.pairs_compared,
                          "pairs_linked": len(scored.edges),
                          "refused_joins": len(clusterer.refused),
                          "decisions_obeyed": len(must) + len(cannot)})


def _refs(con: duckdb.DuckDBPyConnection) -> dict[int, Ref]:
    return {int(uid): (int(source), str(key)) for uid, source, key in con.execute(
        "SELECT unique_id, source_id, record_key FROM features").fetchall()}


def _nodes(con: duckdb.DuckDBPyConnection) -> dict[int, Node]:
    nodes = {}
    # An estimated age ("about 10") is left to the model: reports misjudge ages by years.
    for (uid, source, sex, dod, precision, year, age, first, family, unnamed, father,
         grandfather) in con.execute(
            "SELECT unique_id, source_id, sex, dod, dod_precision, dod_year, "
            "CASE WHEN age_estimated THEN NULL ELSE age END, first_x, family_x, unnamed, "
            "father_x, grandfather_x FROM features").fetchall():
        exact: date | None = dod if precision == "day" else None
        nodes[int(uid)] = Node(int(source), sex, exact, year, age, first, family, bool(unnamed),
                               father, grandfather)
    return nodes


def _decisions(register: Register, uids: dict[Ref, int]
               ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    must: list[tuple[int, int]] = []
    cannot: list[tuple[int, int]] = []
    with register.read() as conn:
        for a_source, a_key, b_source, b_key, same in conn.execute(
                select(LinkDecision.source_a, LinkDecision.key_a, LinkDecision.source_b,
                       LinkDecision.key_b, LinkDecision.same)
                .where(LinkDecision.superseded_by.is_(None)).order_by(LinkDecision.id)):
            a, b = uids.get((a_source, a_key)), uids.get((b_source, b_key))
            if a is not None and b is not None:
                (must if same else cannot).append((a, b))
    return must, cannot


def _previous(change: Change) -> dict[Ref, int]:
    rows = change.conn.execute(
        select(VictimRecord.source_id, VictimRecord.record_key, VictimRecord.victim_id))
    return {(source, key): victim for source, key, victim in rows}


def _store(register: Register, actor: str, settings: LinkSettings, backend: str,
           groups: dict[int, list[Ref]], model: dict[str, Any], review: list[dict[str, Any]],
           refs: dict[int, Ref], counts: dict[str, int]) -> LinkResult:
    with register.write(actor) as change:
        conn = change.conn
        previous = _previous(change)
        next_id = int(conn.execute(select(func.coalesce(func.max(Victim.id), 0))).scalar_one()) + 1
        plan = assign_ids(groups, previous, next_id)
        run_id = int(conn.execute(insert(LinkRun).returning(LinkRun.id).values(
            audit_seq=change.next_seq, at=change.at, actor=actor, backend=backend,
            settings=json.dumps(settings.to_dict()), model=json.dumps(model), summary="{}",
        )).scalar_one())
        members = {plan.ids[group]: refs_ for group, refs_ in groups.items()}
        now = {ref: victim for victim, refs_ in members.items() for ref in refs_}
        # Victims that gained or lost a record: only these (and merged, retired and new
        # ones) are written, so re-linking an unchanged million touches no victim row.
        touched = {victim for ref, victim in now.items() if previous.get(ref) != victim} | {
            victim for ref, victim in previous.items() if now.get(ref) != victim}
        _write_victims(change, run_id, plan, members, touched)
        membership = _write_membership(change, run_id, now, previous)
        _write_review(change, run_id, review, refs)
        sizes = Counter(len(group) for group in groups.values())
        result = LinkResult(
            run_id=run_id, backend=backend, records=len(refs), victims=len(groups),
            pairs_compared=counts["pairs_compared"], pairs_linked=counts["pairs_linked"],
            review_pairs=len(review),
            created=len(plan.created), kept=len(plan.kept), merged=len(plan.merged),
            split=len(plan.split), retired=len(plan.retired),
            refused_joins=counts["refused_joins"],
            cluster_sizes={str(size): n for size, n in sorted(sizes.items())},
            decisions_obeyed=counts["decisions_obeyed"],
        )
        summary = {**result.to_dict(), "membership_digest": membership}
        conn.execute(update(LinkRun).where(LinkRun.id == run_id)
                     .values(summary=json.dumps(summary)))
        change.audit("link.run", f"link_run:{run_id}", after={
            **summary, "merged_ids": plan.merged, "retired_ids": plan.retired,
            "split_ids": plan.split})
    return result


def _write_victims(change: Change, run_id: int, plan: IdPlan,
                   members: dict[int, list[Ref]], touched: set[int]) -> None:
    conn = change.conn
    if plan.created:
        conn.execute(insert(Victim), [
            {"id": victim, "created_run": run_id, "changed_run": run_id, "status": "active",
             "merged_into": None, "records": len(members[victim])} for victim in plan.created])
    for victim in touched.intersection(plan.kept):
        conn.execute(update(Victim).where(Victim.id == victim).values(
            status="active", merged_into=None, records=len(members[victim]),
            changed_run=run_id))
    for victim, into in plan.merged.items():
        conn.execute(update(Victim).where(Victim.id == victim).values(
            status="merged", merged_into=into, records=0, changed_run=run_id))
    for victim in plan.retired:
        conn.execute(update(Victim).where(Victim.id == victim).values(
            status="retired", records=0, changed_run=run_id))


def _write_membership(change: Change, run_id: int, now: dict[Ref, int],
                      previous: dict[Ref, int]) -> str:
    """Write only what changed; returns the digest of the whole membership after the run."""
    conn = change.conn
    gone = [ref for ref in previous if ref not in now]
    moved = [(ref, victim) for ref, victim in now.items() if previous.get(ref) != victim]
    for source, key in gone:
        conn.execute(delete(VictimRecord).where(
            VictimRecord.source_id == source, VictimRecord.record_key == key))
    changed = [(ref, victim) for ref, victim in moved if ref in previous]
    for (source, key), victim in changed:
        conn.execute(update(VictimRecord).where(
            VictimRecord.source_id == source, VictimRecord.record_key == key)
            .values(victim_id=victim, run_id=run_id))
    added = [{"source_id": ref[0], "record_key": ref[1], "victim_id": victim, "run_id": run_id}
             for ref, victim in moved if ref not in previous]
    if added:
        conn.execute(insert(VictimRecord), added)
    digest = hashlib.sha256()
    for (source, key), victim in sorted(now.items()):
        digest.update(f"{source}\t{key}\t{victim}\n".encode())
    return digest.hexdigest()


def _write_review(change: Change, run_id: int, review: list[dict[str, Any]],
                  refs: dict[int, Ref]) -> None:
    rows = []
    for pair in review:
        (sa, ka), (sb, kb) = sorted((refs[pair["a"]], refs[pair["b"]]))
        rows.append({"run_id": run_id, "source_a": sa, "key_a": ka, "source_b": sb,
                     "key_b": kb, "probability": pair["probability"], "weight": pair["weight"],
                     "weights": json.dumps(pair["weights"])})
    if rows:
        change.conn.execute(insert(ReviewPair), rows)
