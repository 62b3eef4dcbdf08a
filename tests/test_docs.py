"""Docs that run: the README's Python examples and its first command."""

from __future__ import annotations

import doctest
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


def test_readme_main_command_output_is_what_the_sample_data_gives(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    command = r"\$ cut -d, -f4,7,8,11,12,13 report/conflicts.csv \| head -4\n(.*?)```"
    shown = re.search(command, README, re.DOTALL)
    assert shown is not None
    assert main(["report", str(ROOT / "data"), "--out", str(tmp_path / "report")]) == 0
    said = capsys.readouterr().err.strip().splitlines()[-1]
    # the README's status line, but for the report folder's path
    assert said.rsplit(" -> ", 1)[0] + " -> report" in README
    frame = pd.read_csv(tmp_path / "report" / "conflicts.csv", dtype=str, keep_default_na=False)
    columns = ["kind", "source_a", "source_b", "as_of_a", "as_of_b", "ratio"]
    lines = [",".join(columns)] + [",".join(r) for r in frame[columns].head(3).itertuples(index=False)]
    assert lines == shown.group(1).strip().splitlines()


def test_readme_chart_is_the_one_the_report_draws(tmp_path: Path) -> None:
    assert main(["report", str(ROOT / "data"), "--out", str(tmp_path / "report"), "--quiet"]) == 0
    shown = ROOT / "docs" / "libya-floods-2023-killed.png"
    charts = (tmp_path / "report" / "charts").glob("*-killed.png")
    drawn = [p for p in charts if p.read_bytes() == shown.read_bytes()]
    assert drawn, "docs/libya-floods-2023-killed.png is not what the report draws: copy the new one"
