"""What every estimator returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Estimate:
    """A population estimate with its interval (design.md `rasd estimate --json`)."""

    method: str
    lists: tuple[str, ...]
    observed: int
    estimate: float
    interval: tuple[float, float]
    level: float = 0.95
    diagnostics: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "lists": list(self.lists), "observed": self.observed,
                "estimate": self.estimate, "interval": list(self.interval),
                "level": self.level, "diagnostics": self.diagnostics}
