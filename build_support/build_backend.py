"""The project's build backend: setuptools, and mypy as well when ``TRACKER_COMPILE=1`` asks
for the compiled extractor (``setup.py``). A plain install needs nothing more than setuptools."""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the whole PEP 517 interface, as setuptools has it)


def _compiler() -> list[str]:
    return ["mypy>=1.10"] if os.environ.get("TRACKER_COMPILE") == "1" else []


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *_compiler()]
