"""Claims: the quantitative statements documents make about the dead, and their checks.

`load_document` reads a txt, html or pdf file and cleans it, keeping a map back to the
original; `extract_claims` finds every claim in it; `check_all` checks claims within each
document, across documents and against the register's counts; `import_document` keeps a
document and its claims in the register, and `check_documents` checks files and the
register's documents together.
"""

from rasd.claims.check import CheckReport, Verdict, check_all
from rasd.claims.document import clean_text, load_document
from rasd.claims.extract import extract_claims
from rasd.claims.model import LINKS, MEASURES, QUALIFIERS, UNITS, VAGUE_FLOORS, Claim, Document
from rasd.claims.store import (
    DocumentResult,
    StoredDocument,
    check_documents,
    import_document,
    stored_documents,
)

__all__ = ["LINKS", "MEASURES", "QUALIFIERS", "UNITS", "VAGUE_FLOORS", "CheckReport", "Claim",
           "Document", "DocumentResult", "StoredDocument", "Verdict", "check_all",
           "check_documents", "clean_text", "extract_claims", "import_document",
           "load_document", "stored_documents"]
