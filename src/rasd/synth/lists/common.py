"""Rendering helpers the lists share: names in Arabic and Latin with their errors, the list's
own words for sex, cause and perpetrator, and places written finely or coarsely."""

from __future__ import annotations

import random
from dataclasses import dataclass

from rasd.synth.names import ARTICLE_STYLES, Weighted, latin_family
from rasd.synth.noise import ar_article, ar_compound, ar_spelling, ar_typo, latin_typo
from rasd.synth.population import Victim


@dataclass(frozen=True, slots=True)
class NameErrors:
    """How often a list's names carry each error (chances per record)."""

    typo: float = 0.0
    spelling: float = 0.0
    compound: float = 0.0  # per compound name in the record
    article: float = 0.0
    honorific: float = 0.0
    drop_grandfather: float = 0.0
    drop_father: float = 0.0
    swap: float = 0.0


@dataclass(slots=True)
class Parts:
    """A name as one record gives it: a part is None where the record leaves it out."""

    first: str
    father: str | None
    grandfather: str | None
    family: str | None

    def words(self) -> list[str]:
        return [p for p in (self.first, self.father, self.grandfather, self.family) if p]


def arabic_parts(victim: Victim, errors: NameErrors, rng: random.Random,
                 flags: set[str]) -> Parts:
    """The victim's four names in Arabic, with the list's errors."""
    parts = Parts(victim.first.ar, victim.father.ar, victim.grandfather.ar, victim.family.ar)
    if rng.random() < errors.drop_grandfather:
        parts.grandfather = None
        flags.add("dropped_part")
    if rng.random() < errors.drop_father:
        parts.father = None
        flags.add("dropped_part")
    names = ["first", "father", "grandfather", "family"]
    for name in names:
        word = getattr(parts, name)
        if word and rng.random() < errors.compound and (joined := ar_compound(word)):
            setattr(parts, name, joined)
            flags.add("compound")
    if parts.family and rng.random() < errors.article:
        parts.family = ar_article(parts.family)
        flags.add("article")
    if rng.random() < errors.spelling:
        # Among the parts that have a letter lists spell both ways.
        variants = [(n, v) for n in names
                    if (w := getattr(parts, n)) and (v := ar_spelling(w, rng))]
        if variants:
            name, variant = rng.choice(variants)
            setattr(parts, name, variant)
            flags.add("spelling")
    if rng.random() < errors.typo:
        name = rng.choice([n for n in names if getattr(parts, n)])
        setattr(parts, name, ar_typo(getattr(parts, name), rng))
        flags.add("typo")
    return parts


def arabic_full(parts: Parts, victim: Victim, errors: NameErrors, rng: random.Random,
                flags: set[str]) -> str:
    """A one-column Arabic name: maybe family name first, maybe a title before it."""
    words = parts.words()
    if parts.family and rng.random() < errors.swap:
        words = [parts.family, *words[:-1]]
        flags.add("swapped_order")
    if rng.random() < errors.honorific:
        words.insert(0, honorific(victim, rng))
        flags.add("honorific")
    return " ".join(words)


def honorific(victim: Victim, rng: random.Random) -> str:
    if victim.child:
        return "الطفلة" if victim.female else "الطفل"
    if victim.age >= 55 and rng.random() < 0.5:
        return "الحاجة" if victim.female else "الحاج"
    if victim.detained and not victim.female and rng.random() < 0.5:
        return "المعتقل"
    return "الشهيدة" if victim.female else "الشهيد"


class Latin:
    """A list's habits of transliteration: how often it uses the usual spelling, and how it
    writes the article of family names."""

    def __init__(self, usual: float, articles: dict[str, float], typo: float) -> None:
        self.usual = usual
        self.articles = Weighted(list(articles), list(articles.values()))
        self.typo = typo
        assert set(articles) <= set(ARTICLE_STYLES)

    def name(self, victim: Victim, keep: Parts, rng: random.Random, flags: set[str]) -> str:
        """The victim's name in Latin, with the same parts as `keep` gives."""
        words: list[str] = []
        variant = False
        # A record is written by one volunteer: the usual spellings throughout, or their own.
        usual = rng.random() < self.usual
        for given, kept in ((victim.first, True), (victim.father, keep.father),
                            (victim.grandfather, keep.grandfather)):
            if kept:
                index = 0 if usual else rng.randrange(len(given.latin))
                variant |= index > 0
                words.append(given.latin[index])
        if keep.family:
            family = victim.family
            index = 0 if usual else rng.randrange(len(family.latin))
            article = "al-" if usual else self.articles.pick(rng)
            variant |= index > 0 or (family.article and article != "al-")
            words.append(latin_family(family, index, article))
        if variant:
            flags.add("translit")
        if rng.random() < self.typo:
            at = rng.randrange(len(words))
            words[at] = latin_typo(words[at], rng)
            flags.add("typo")
        return " ".join(words)



class Words:
    """A list's own words for the values of one field, with how often it leaves it empty and
    how often it writes a neighbouring value instead (shelling for an air strike)."""

    def __init__(self, words: dict[str, tuple[str, ...]], *, missing: float = 0.0,
                 confused: float = 0.0, field: str = "") -> None:
        self.words = words
        self.missing = missing
        self.confused = confused
        self.field = field

    def say(self, value: str, rng: random.Random, flags: set[str]) -> str:
        if rng.random() < self.missing:
            if self.field:
                flags.add(f"missing_{self.field}")
            return ""
        neighbour = _NEIGHBOURS.get(value, "")
        if rng.random() < self.confused and neighbour in self.words:
            value = neighbour
            flags.add("cause_confused")
        options = self.words[value]
        # The first word is the list's usual one; synonyms are rarer.
        return options[0] if len(options) == 1 or rng.random() < 0.7 else rng.choice(options[1:])

    def values(self) -> dict[str, str]:
        """The mapping's `values` table for this field: every word to its canonical value."""
        return {word: value for value, words in self.words.items() for word in words}


_NEIGHBOURS = {"shelling": "airstrike", "airstrike": "shelling", "execution": "shooting",
               "explosion": "shelling", "siege": "other", "shooting": "execution"}
