"""`rasd import doc`: keep a document byte for byte with the claims read from it, audited."""

from __future__ import annotations

import hashlib
import json
import mimetypes
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from rasd.claims.check import CheckReport, check_all
from rasd.claims.document import load_document
from rasd.claims.extract import extract_claims
from rasd.claims.model import LINKS, Claim
from rasd.errors import InputError
from rasd.register import Register, ensure_source, file_sha256, store_original
from rasd.register.models import ClaimRow, Document, Source, Victim

DEFAULT_SOURCE = "documents"


@dataclass
class DocumentResult:
    """What `rasd import doc --json` prints."""

    source: str
    name: str
    file_sha256: str
    document_id: int
    published: str | None
    claims: int
    unchanged: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class StoredDocument:
    """A document in the register with its claims, for the checks."""

    id: int
    source: str
    name: str
    published: str | None
    author: str | None
    claims: list[Claim]


def import_document(register: Register, path: Path, *, actor: str,
                    source: str | None = None) -> DocumentResult:
    """Read a document, extract its claims, and store both with the original bytes; the same
    file again from the same source adds nothing."""
    if not path.is_file():
        raise InputError("file not found", file=str(path))
    source = source or DEFAULT_SOURCE
    sha256 = file_sha256(path)
    with register.read() as conn:
        found = conn.execute(select(Document.id, Document.published).join(
            Source, Source.id == Document.source_id).where(
            Document.sha256 == sha256, Source.name == source)).first()
        if found is not None:
            count = len(conn.execute(select(ClaimRow.position)
                                     .where(ClaimRow.document_id == found.id)).all())
            return DocumentResult(source, path.name, sha256, int(found.id), found.published,
                                  count, unchanged=True)
    document = load_document(path)
    claims = extract_claims(document)
    rows = [json.dumps(claim.to_dict(), ensure_ascii=False, sort_keys=True) for claim in claims]
    media_type = document.media_type or mimetypes.guess_type(path.name)[0] or "text/plain"
    with register.write(actor) as change:
        source_id = ensure_source(change, source)
        store_original(change.conn, path, sha256)
        document_id = int(change.conn.execute(insert(Document).returning(Document.id).values(
            source_id=source_id, sha256=sha256, name=path.name, size=path.stat().st_size,
            media_type=media_type, published=document.published, title=document.title,
            author=document.author, text=document.text, imported_at=change.at,
            imported_by=change.actor, audit_seq=change.next_seq)).scalar_one())
        if rows:
            change.conn.execute(insert(ClaimRow), [
                {"document_id": document_id, "position": position, "claim": row}
                for position, row in enumerate(rows)])
        change.audit("document.import", f"document:{document_id}", after={
            "document_id": document_id, "source_id": source_id, "sha256": sha256,
            "name": path.name, "size": path.stat().st_size, "media_type": media_type,
            "published": document.published, "claims": len(rows),
            "claims_digest": _digest("\n".join(rows)), "text_digest": _digest(document.text)})
    return DocumentResult(source, path.name, sha256, document_id, document.published,
                          len(rows), unchanged=False)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def stored_documents(register: Register) -> list[StoredDocument]:
    """Every document in the register with its claims, oldest first."""
    with register.read() as conn:
        documents = conn.execute(
            select(Document.id, Source.name.label("source"), Document.name,
                   Document.published, Document.author)
            .join(Source, Source.id == Document.source_id).order_by(Document.id)).all()
        claims: dict[int, list[Claim]] = {}
        for document_id, row in conn.execute(select(ClaimRow.document_id, ClaimRow.claim)
                                             .order_by(ClaimRow.document_id, ClaimRow.position)):
            claims.setdefault(document_id, []).append(claim_from_dict(json.loads(row)))
    return [StoredDocument(int(doc.id), doc.source, doc.name, doc.published, doc.author,
                           claims.get(doc.id, [])) for doc in documents]


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """A Claim back from design.md's JSON form."""
    links = {name: data.pop(name) for name in LINKS if data.get(name) is not None}
    for name in LINKS:
        data.pop(name, None)
    return Claim(**data, links=links)


def check_documents(files: Sequence[Path], register: Register | None) -> CheckReport:
    """Check the claims of these files (read now) and of every document in the register,
    and, when there is a register with victims, the claims against its counts."""
    documents: dict[str, tuple[str | None, list[Claim]]] = {}
    for path in files:
        document = load_document(path)
        documents[path.name] = (document.published, extract_claims(document))
    if register is not None:
        for stored in stored_documents(register):
            name = stored.name if stored.name not in documents else f"{stored.name} ({stored.id})"
            documents[name] = (stored.published, stored.claims)
    if not documents:
        raise InputError("no documents to check: give files, or `rasd import doc` some first",
                         field="FILES")
    return check_all(documents, register if register is not None and _has_victims(register)
                     else None)


def _has_victims(register: Register) -> bool:
    with register.read() as conn:
        return conn.execute(select(Victim.id).limit(1)).first() is not None
