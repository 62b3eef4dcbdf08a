"""The compiled extractor, on request: ``TRACKER_COMPILE=1 pip install .``.

The extraction modules are ordinary typed Python; mypyc compiles the same files to C
extensions, which read articles about 1.6 times as fast and give the same claims, byte for
byte (the test suite runs on both builds in CI). Without the variable, or in an editable
install (where a compiled module would hide edits to its source), the package stays pure
Python. Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup

# The per-sentence hot path: every module of tracker/extractor/ (the folder is the list; the
# cache digest in tracker/engine.py reads the same folder). Not models.py: its frozen records
# cross process boundaries by pickle, which compiled frozen dataclasses do not support.
COMPILED = sorted(path.as_posix() for path in Path("tracker", "extractor").glob("*.py")
                  if path.name != "__init__.py")


def ext_modules() -> list[Extension]:
    if os.environ.get("TRACKER_COMPILE") != "1":
        return []
    if "editable_wheel" in sys.argv:
        print("TRACKER_COMPILE ignored in an editable install: the package stays pure Python",
              file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        if "bdist_wheel" in sys.argv:
            raise SystemExit("TRACKER_COMPILE=1 needs mypy (mypyc) in the build environment") from None
        return []  # pip is asking for the build requirements: mypy comes with them
    # The project's strict mypy settings are for CI, with the type stubs of the test extra; the
    # build environment has none of them, and the modules outside COMPILED are not compiled.
    options = ["--config-file=", "--ignore-missing-imports", "--follow-imports=silent"]
    return list(mypycify([*options, *COMPILED], opt_level="3", group_name="tracker"))


setup(ext_modules=ext_modules())
