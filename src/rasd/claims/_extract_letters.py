"""Who an e-mail speaks for: the organisation its signature block names.

An e-mail opens on header fields ("From:", "To:", "Date:", "Subject:"); they are metadata,
not text. Its own figures are the sender's organisation's, which the signature under a "--"
line names with its acronym ("Tamsk Community Aid (TCA) - registered NGO"); without one,
the person in its "From:" line.
"""

from __future__ import annotations

import re

from rasd.claims._extract_vocab import HEADER_FIELDS

# a header field opens a line, or follows another where short lines were joined
_HEADER = re.compile(rf"(?:^|(?<=\s))(?:{'|'.join(sorted(HEADER_FIELDS))}):\s")
_HEADER_LINES = 8  # an e-mail's headers are its first lines
_HEADERS_NEEDED = 2  # one "To:" line may open a letter; an e-mail has several
# the signature's rule: "--" or "-- " alone on a line
_SIGNATURE_RULE = re.compile(r"^--[ \t]*$", re.M)
_SIGNATURE_CHARS = 400  # a signature is a few short lines
# an organisation named with its acronym: "Tamsk Community Aid (TCA)"
_ACRONYM = re.compile(r"\((?P<acronym>[A-Z]{2,8})\)")
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "in", "on"})
_SENDER = re.compile(r"^\s*From\s*:\s*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})",
                     re.M)


def is_email(text: str) -> bool:
    """Whether `text` opens on an e-mail's header fields."""
    lines = [line for line in text.splitlines() if line.strip()][:_HEADER_LINES]
    return sum(len(_HEADER.findall(line)) for line in lines) >= _HEADERS_NEEDED


def email_sender(text: str) -> str | None:
    """The organisation an e-mail's signature names, else the person it is from; None for a
    text that is no e-mail."""
    if not is_email(text):
        return None
    rule = _SIGNATURE_RULE.search(text)
    if rule is not None:
        for found in _ACRONYM.finditer(text, rule.end(), rule.end() + _SIGNATURE_CHARS):
            name = _spelled_out(text[:found.start()], found.group("acronym"))
            if name is not None:
                return name
    sender = _SENDER.search(text)
    return sender.group("name") if sender is not None else None


def _spelled_out(before: str, acronym: str) -> str | None:
    """The words just before an acronym whose initials spell it ("Hollow Valley Relief"
    before "(HVR)", even after a job title on the same line)."""
    words = before.split()
    initials = ""
    for start in range(len(words) - 1, -1, -1):
        word = words[start]
        if word in _SMALL_WORDS:
            continue
        if not word[:1].isupper():
            return None
        initials = word[0] + initials
        if initials == acronym:
            return " ".join(words[start:])
        if not acronym.endswith(initials):
            return None
    return None
