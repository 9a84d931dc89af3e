"""Run an import's conversion both ways: in the importing process, as small lists are, and in
a worker process beside it, as large ones are (with small batches, so that rows and errors
cross the pipe in many messages)."""

from __future__ import annotations

import pytest

from rasd.register import importer


@pytest.fixture(params=["here", "worker"])
def converted_in(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("RASD_IMPORT_WORKER", "0" if request.param == "here" else "1")
    if request.param == "worker":
        monkeypatch.setattr(importer, "_BATCH", 64)
    return str(request.param)
