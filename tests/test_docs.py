"""Docs that run: the README's Python examples and its first command."""

from __future__ import annotations

import doctest
import io
import re
from pathlib import Path

import pandas as pd
import pytest

from tracker.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_python_examples_run() -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(README, {}, "README.md", str(ROOT / "README.md"), 0)
    assert test.examples, "the README has no Python example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0


def test_readme_main_command_output_is_what_the_sample_data_gives(capsys: pytest.CaptureFixture[str]) -> None:
    shown = re.search(r"\$ cut -d, -f5,7-13 claims.csv \| head -4\n(.*?)```", README, re.DOTALL)
    assert shown is not None
    assert main(["extract", str(ROOT / "data")]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str, keep_default_na=False)
    columns = ["category", "value", "low", "high", "qualifier", "source", "via", "as_of"]
    lines = [",".join(columns)] + [",".join(r) for r in frame[columns].head(3).itertuples(index=False)]
    assert lines == shown.group(1).strip().splitlines()
