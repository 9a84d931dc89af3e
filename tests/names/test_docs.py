"""The public surface of rasd.names is documented, and its examples run."""

from __future__ import annotations

import doctest
import importlib
import inspect

import pytest

import rasd.names

MODULES = [
    "rasd.names.arabic", "rasd.names.features", "rasd.names.keys", "rasd.names.latin",
    "rasd.names.parts", "rasd.names.text", "rasd.names.unnamed",
]


def test_every_public_name_is_documented() -> None:
    objects = {name: getattr(rasd.names, name) for name in rasd.names.__all__}
    undocumented = [
        name for name, obj in objects.items()
        if (inspect.isclass(obj) or inspect.isfunction(obj) or hasattr(obj, "__wrapped__"))
        and not inspect.getdoc(obj)
    ]
    assert undocumented == []
    assert "name_features" in objects and "split_name" in objects


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0
