"""The six synthetic lists, in the fixed order of the capture patterns in truth.json."""

from __future__ import annotations

from rasd.synth.lists.base import SourceList
from rasd.synth.lists.council import CouncilList
from rasd.synth.lists.detainees import DetaineesList
from rasd.synth.lists.hospital import HospitalList
from rasd.synth.lists.monitor import MonitorList
from rasd.synth.lists.network import NetworkList
from rasd.synth.lists.news import NewsList

LISTS: tuple[type[SourceList], ...] = (
    NetworkList, MonitorList, NewsList, HospitalList, CouncilList, DetaineesList,
)

__all__ = ["LISTS", "SourceList"]
