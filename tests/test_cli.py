"""The command line: formats, bad inputs, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from tracker import CONTRACT_COLUMNS
from tracker.cli import main

ARTICLE = ("Fighting in the city killed at least 37 people and wounded about 500, "
           "the Health Ministry said on Saturday.\n")
LATER = "By Sunday the toll had risen to 77, the Health Ministry said.\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_text_file_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path / "a.txt"), "--published", "2010-06-12"], capsys)
    assert code == 0, err
    frame = pd.read_csv(io.StringIO(out))
    assert tuple(frame.columns[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS
    assert list(frame["value"]) == [37, 500]
    assert list(frame["as_of"]) == ["2010-06-12", "2010-06-12"]
    assert list(frame["article_id"]) == ["a.txt", "a.txt"]


def test_front_matter_gives_date_and_outlet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.md").write_text("---\npublished: 2010-06-12\noutlet: Test Wire\n---\n" + ARTICLE)
    code, out, _ = run(["extract", str(tmp_path)], capsys)
    frame = pd.read_csv(io.StringIO(out))
    assert code == 0
    assert set(frame["outlet"]) == {"Test Wire"}
    assert set(frame["published"]) == {"2010-06-12"}


def test_folder_ids_are_relative_paths_in_stable_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(LATER)
    (tmp_path / "a.txt").write_text(ARTICLE)
    out_file = tmp_path / "claims.csv"
    code, _, _ = run(["extract", str(tmp_path), "-o", str(out_file)], capsys)
    frame = pd.read_csv(out_file)
    assert code == 0
    assert list(dict.fromkeys(frame["article_id"])) == ["a.txt", "b/z.txt"]


def test_jsonl_with_a_malformed_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": "one", "text": ARTICLE, "published": "2010-06-12"}),
             "{not json",
             json.dumps({"id": "two", "text": LATER, "published": "2010-06-13T08:00:00Z"})]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n")
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert set(frame["article_id"]) == {"one", "two"}
    assert err.count("\n") == 1
    assert f"{path}:2" in err and "malformed JSON" in err
    assert "Traceback" not in err


def test_record_without_text_field_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "x", "title": "no body"}) + "\n"
                    + json.dumps({"id": "y", "content": ARTICLE}) + "\n")
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 0
    assert "no text field" in err
    assert set(pd.read_csv(io.StringIO(out))["article_id"]) == {"y"}


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("notes.docx", b"PK\x03\x04", "unsupported"),
    ],
    ids=["0-byte file", "only spaces", "PNG renamed .txt", "unknown extension"],
)
def test_bad_files_are_skipped_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(ARTICLE)
    articles = tmp_path / "articles.csv"
    code, _, err = run(["extract", str(tmp_path), "--articles", str(articles)], capsys)
    assert code == 0
    assert reason in err and name in err
    status = pd.read_csv(articles).set_index("article_id")["status"]
    assert status["good.txt"] == "ok"
    assert reason in status[name]


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1", "utf-16", "utf-8-sig"])
def test_legacy_encodings_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str) -> None:
    place = "Оше" if encoding in {"cp1251", "utf-16"} else "Kaïrouan"
    (tmp_path / "a.txt").write_bytes(ARTICLE.replace("the city", place).encode(encoding))
    code, out, _ = run(["extract", str(tmp_path / "a.txt")], capsys)
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert list(frame["value"]) == [37, 500]
    assert place in frame["sentence"][0]


def test_no_usable_input_exits_1_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    code, _, err = run(["extract", str(tmp_path / "empty.txt")], capsys)
    assert code == 1
    assert err.splitlines()[-1].startswith("tracker: error: no input could be used")


def test_missing_path_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", str(tmp_path / "nope.txt")], capsys)
    assert code == 1
    assert "no such file" in err


@pytest.mark.parametrize(
    "argv",
    [["extract"], ["frobnicate", "x"], ["extract", "x", "--published", "June"], []],
    ids=["no input", "unknown command", "bad date", "no command"],
)
def test_usage_errors_exit_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("tracker: error:")


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    assert "INPUT" in capsys.readouterr().out


def test_unwritable_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "c.csv")], capsys)
    assert code == 1
    assert err.startswith("tracker: error: cannot write")
