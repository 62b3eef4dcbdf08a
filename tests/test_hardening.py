"""Hostile text, safe output, no network, same answer every time.

Time limits here are generous on purpose: only a runaway (a pattern that backtracks, a
quadratic loop) would hit them on a busy machine; the speed itself is measured in
benchmarks/, not here.
"""

from __future__ import annotations

import hashlib
import socket
import time
from pathlib import Path

import pytest

from tracker import extract_text
from tracker.cli import main

DATA = Path(__file__).resolve().parent.parent / "data"

HOSTILE = {
    "1 MB of digits and commas": ("1,2" * 350_000)[:1_000_000],
    "100,000 times killed": "killed " * 100_000,
    "one sentence of 1 MB": ("twelve people were killed in Osh on Monday and " * 21_000)[:1_000_000],
    "200,000 quotation marks": '"' * 200_000,
    "400,000 full stops after letters": "a." * 400_000,
    "deeply nested brackets": "(" * 100_000 + "12 people were killed" + ")" * 100_000,
    "a number of 100,000 digits": "9" * 100_000 + " people were killed",
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_finishes_and_never_raises(text: str) -> None:
    # no wall-clock limit (it flakes on a loaded machine): growth with size is checked as a
    # ratio in the same run below, and benchmarks/scaling.py prints the times
    extract_text(text, published="2020-01-01")


def test_time_grows_linearly_with_one_long_sentence() -> None:
    unit = "twelve people were killed in Osh on Monday and "

    def seconds(n: int) -> float:
        started = time.perf_counter()
        extract_text(unit * n, published="2020-01-01")
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(8_000)
    assert large < 10 * small + 1  # 4x the input: about 4x the time, never 16x


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 1\u200b500 people were killed.", 1500),  # zero-width space inside a number
        ("At least 1\u00a0500 people were killed.", 1500),  # non-breaking space as a separator
        ("At least 1\u202f500 people were killed.", 1500),  # narrow no-break space
        ("At least 1\u2009500 people were killed.", 1500),  # thin space
        ("At least \u202a12\u202c people were kil\u200dled.", 12),  # bidi embedding, zero-width joiner
        ("At least \uff11\uff12 people were killed.", 12),  # full-width digits: parsed
        ("At least \u0661\u0662 people were killed.", 12),  # Arabic-Indic digits: parsed
    ],
    ids=["zero-width space", "no-break space", "narrow no-break space", "thin space", "bidi controls",
         "full-width digits", "Arabic-Indic digits"],
)
def test_invisible_characters_and_other_digits(text: str, value: int) -> None:
    assert extract_text(text)["value"].tolist() == [value]


def test_no_network_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the tracker opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert main(["report", str(DATA), "--out", str(tmp_path / "r"), "-q"]) == 0


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith(".tracker-cache")}


def test_same_files_and_charts_in_any_order_and_with_any_jobs(tmp_path: Path) -> None:
    files = sorted(p for p in DATA.rglob("*") if p.is_file() and p.name != "README.md")
    runs = [(files, "1"), (list(reversed(files)), "2")]
    digests = []
    for n, (inputs, jobs) in enumerate(runs):
        out = tmp_path / f"r{n}"
        assert main(["report", *map(str, inputs), "--out", str(out), "-q", "--jobs", jobs]) == 0
        digests.append(_digest(out))
    assert digests[0] == digests[1]
    assert any(name.endswith(".png") for name in digests[0])


def test_a_forced_report_keeps_the_files_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "folder"
    (out / "notes").mkdir(parents=True)
    (out / "notes" / "mine.txt").write_text("my notes")
    (out / "claims.csv").write_text("my own claims table")
    assert main(["report", str(DATA / "andijan-2005"), "--out", str(out), "-q", "--force"]) == 0
    assert (out / "notes" / "mine.txt").read_text() == "my notes"
    assert (out / "claims.csv.kept").read_text() == "my own claims table"
    assert (out / "summary.md").is_file()
    # a second run over the report keeps them too, and adds no second copy
    assert main(["report", str(DATA / "andijan-2005"), "--out", str(out), "-q"]) == 0
    assert (out / "notes" / "mine.txt").read_text() == "my notes"
    assert not list(tmp_path.glob(".folder.*"))  # no staging or old folder left behind


def test_an_interrupted_report_leaves_the_previous_one_whole(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "r"
    assert main(["report", str(DATA / "andijan-2005"), "--out", str(out), "-q"]) == 0
    before = _digest(out)

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("tracker.report.summary_markdown", interrupt)
    assert main(["report", str(DATA), "--out", str(out), "-q"]) == 130
    assert _digest(out) == before
    assert not list(tmp_path.glob(".r.*"))
