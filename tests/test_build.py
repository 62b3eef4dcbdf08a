"""The compiled build (``TRACKER_COMPILE=1 pip install .``, see setup.py) runs the same suite.

CI installs it in a second environment and runs every test there with
``TRACKER_EXPECT_COMPILED=1``; the first test makes sure that run really imported the
compiled modules, not the source tree beside it.
"""

from __future__ import annotations

import ast
import importlib
import os
from pathlib import Path

import pytest

SETUP = Path(__file__).resolve().parent.parent / "setup.py"


def _compiled() -> list[str]:
    """The module names setup.py's COMPILED list is made of (read, not run: it calls setup())."""
    tree = ast.parse(SETUP.read_text(encoding="utf-8"))
    value = next(node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets))
    return [node.value for node in ast.walk(value)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier()]


COMPILED = _compiled()


@pytest.mark.skipif(os.environ.get("TRACKER_EXPECT_COMPILED") != "1", reason="the pure Python build")
@pytest.mark.parametrize("name", COMPILED)
def test_the_extraction_modules_are_compiled(name: str) -> None:
    module = importlib.import_module(f"tracker.{name}")
    assert module.__file__ is not None and module.__file__.endswith(".so"), module.__file__


def test_setup_compiles_the_extractor_and_not_the_records() -> None:
    """The records (models.py) stay pure Python: compiled frozen dataclasses cannot be
    unpickled, and records cross process boundaries by pickle. Every compiled module is one
    the cache's extractor digest covers."""
    from tracker.engine import _SOURCES

    assert "extraction" in COMPILED and "models" not in COMPILED
    assert set(COMPILED) <= set(_SOURCES)
