"""Counts of victims and the statistical report.

`stats(register, StatsQuery(...))` counts victims (never records) SNHR-style, with low and
high beside each count where partial dates, missing values or disagreeing records leave a
victim's membership uncertain; `victim_facts` gives each victim's resolved fields.
"""

from rasd.report.facts import FIELDS, Span, VictimFacts, span, victim_facts
from rasd.report.stats import BY_FIELDS, COUNTS, StatsQuery, parse_where, stats

__all__ = ["BY_FIELDS", "COUNTS", "FIELDS", "Span", "StatsQuery", "VictimFacts", "parse_where",
           "span", "stats", "victim_facts"]
