"""The compiled build (``TRACKER_COMPILE=1 pip install .``, see setup.py) runs the same suite.

CI installs it in a second environment and runs every test there with
``TRACKER_EXPECT_COMPILED=1``; the first test makes sure that run really imported the
compiled modules, not the source tree beside it.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _compiled() -> list[str]:
    """The module names of setup.py's COMPILED list, as setup.py computes it (read, not run:
    it calls setup()); the list is made from the extractor folder."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    value = next(node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets))
    with contextlib.chdir(ROOT):  # pip runs setup.py in the project folder
        paths = eval(compile(ast.Expression(value), "setup.py", "eval"), {"Path": Path})
    return [Path(path).stem for path in paths]


COMPILED = _compiled()


@pytest.mark.skipif(os.environ.get("TRACKER_EXPECT_COMPILED") != "1", reason="the pure Python build")
@pytest.mark.parametrize("name", COMPILED)
def test_the_extraction_modules_are_compiled(name: str) -> None:
    module = importlib.import_module(f"tracker.extractor.{name}")
    assert module.__file__ is not None and module.__file__.endswith(".so"), module.__file__


def test_setup_compiles_the_extractor_folder_and_not_the_records() -> None:
    """The compiled modules are the extractor folder's (setup.py reads the folder, from the
    project root, as pip runs it), and the cache's extractor digest hashes the same modules,
    plus the records and the gazetteer with its data. The records (models.py) stay pure
    Python: compiled frozen dataclasses cannot be unpickled, and records cross process
    boundaries by pickle."""
    from tracker.engine import _SOURCES

    compiled = COMPILED
    folder = sorted(p.stem for p in (ROOT / "tracker" / "extractor").glob("*.py") if p.stem != "__init__")
    assert compiled == folder and {"extraction", "figures", "lexicon"} <= set(compiled)
    assert "models" not in compiled
    code = [p for p in _SOURCES if p.suffix == ".py"]
    assert sorted(p.stem for p in code) == sorted([*compiled, "__init__", "models", "gazetteer"])
    # the gazetteer's index and tables decide locations and scopes: a new index is a new extractor
    assert {p.name for p in _SOURCES if p.suffix != ".py"} >= {"gazetteer.tsv.gz", "gazetteer_stop.txt"}
