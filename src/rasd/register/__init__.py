"""The register: the system of record for sources, original files, records and the audit log."""

from rasd.register.importer import (
    ImportResult,
    ensure_source,
    file_sha256,
    import_list,
    store_original,
)
from rasd.register.mapping import Mapping, ReadOptions, load_mapping
from rasd.register.queries import (
    AuditLogEntry,
    RecordVersion,
    SourceSummary,
    audit_log,
    list_records,
    list_sources,
    record_history,
)
from rasd.register.store import DEFAULT_URL, Register, resolve_url
from rasd.register.verify import AuditReport, verify_audit

__all__ = [
    "DEFAULT_URL",
    "AuditLogEntry",
    "AuditReport",
    "ImportResult",
    "Mapping",
    "ReadOptions",
    "RecordVersion",
    "Register",
    "SourceSummary",
    "audit_log",
    "ensure_source",
    "file_sha256",
    "import_list",
    "list_records",
    "list_sources",
    "load_mapping",
    "record_history",
    "resolve_url",
    "store_original",
    "verify_audit",
]
