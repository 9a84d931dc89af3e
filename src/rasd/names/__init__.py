"""Arabic and Latin personal names: normalisation, cross-script keys, parts and placeholders.

The linker calls ``name_features`` once per record and compares its columns; the other
functions are the pieces it is built from, for tests, review screens and other callers.
"""

from rasd.names.arabic import normalize_arabic
from rasd.names.features import NameFeatures, name_features, normalize_name, same_name_likely
from rasd.names.keys import cross_script_key, strip_article
from rasd.names.latin import fold_latin
from rasd.names.parts import NameParts, kunya, split_name
from rasd.names.text import Script, detect_script
from rasd.names.unnamed import Unnamed, unnamed, unnamed_hints

__all__ = [
    "NameFeatures",
    "NameParts",
    "Script",
    "Unnamed",
    "cross_script_key",
    "detect_script",
    "fold_latin",
    "kunya",
    "name_features",
    "normalize_arabic",
    "normalize_name",
    "same_name_likely",
    "split_name",
    "strip_article",
    "unnamed",
    "unnamed_hints",
]
