"""Canonical fields and vocabularies of the register (design.md, "Vocabularies")."""

from __future__ import annotations

NAME_FIELDS = (
    "full_name", "name_ar", "name_latin", "first_name", "father_name",
    "grandfather_name", "mother_name", "family_name",
)
PLACE_FIELDS = ("governorate", "district", "locality")

# The canonical fields a mapping may name, in the order design.md lists them.
CANONICAL_FIELDS = (
    "record_key", *NAME_FIELDS, "sex", "age", "age_group", "birth_year", "date_of_death",
    *PLACE_FIELDS, "cause", "perpetrator", "status", "notes",
)

SEX = ("male", "female", "unknown")
AGE_GROUP = ("child", "adult", "unknown")
CAUSE = (
    "shelling", "airstrike", "shooting", "torture", "siege", "execution", "chemical",
    "explosion", "other", "unknown",
)
PERPETRATOR = (
    "syrian_regime", "russia", "iran_backed_militias", "isis", "hts", "opposition", "sdf",
    "coalition", "other", "unknown",
)

# Fields whose values must come from a closed list.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "sex": SEX,
    "age_group": AGE_GROUP,
    "cause": CAUSE,
    "perpetrator": PERPETRATOR,
}

CHILD_AGE_LIMIT = 18
MAX_AGE = 120
