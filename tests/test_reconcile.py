"""Incidents, independent sources, disagreements and estimates, on articles of our own."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from tracker import Article, clean_text, extract_claims
from tracker.cli import main
from tracker.reconcile import Reconciled, reconcile

from .test_article import ARTICLE as SEED_SHAPED


def _reconcile(*texts: tuple[str, str], event: str = "test") -> Reconciled:
    """Articles (published, text) of one user-labelled event."""
    articles = [Article(id=f"a{n}", text=clean_text(text), published=published, outlet=f"Paper {n % 2}",
                        event=event) for n, (published, text) in enumerate(texts)]
    claims = [c for a in articles for c in extract_claims(a)]
    return reconcile(claims, articles)


def _kinds(result: Reconciled) -> list[tuple[str, str, object, object, float]]:
    return [(c.kind, c.category, c.value_a, c.value_b, c.ratio) for c in result.conflicts]


def test_contradiction_exact_against_lower_bound_same_day() -> None:
    result = _reconcile(("2010-06-14", "Exactly 124 people were killed on Monday, the ministry said."),
                        ("2010-06-14", "At least 170 people were killed on Monday, a rights group said."))
    assert _kinds(result) == [("contradiction", "killed", 124, 170, 1.37)]
    assert "cannot both be true" in result.conflicts[0].note


def test_divergence_compatible_but_far_apart() -> None:
    result = _reconcile(("2015-07-05", "At least 100 people died in the floods, officials said."),
                        ("2015-07-05", "About 300 people died in the floods, aid groups said."))
    assert _kinds(result) == [("divergence", "killed", 100, 300, 3.0)]
    assert "aid groups' about 300" in result.conflicts[0].note


def test_no_divergence_below_the_ratio() -> None:
    result = _reconcile(("2015-07-05", "At least 100 people died in the floods, officials said."),
                        ("2015-07-05", "More than 120 people died in the floods, aid groups said."))
    assert result.conflicts == []


def test_about_allows_ten_percent() -> None:
    result = _reconcile(("2015-07-05", "About 100 people died in the floods, officials said."),
                        ("2015-07-05", "Exactly 108 people died in the floods, aid groups said."),
                        ("2015-07-05", "Exactly 130 people died in the floods, the army said."))
    # 100 and 108 say the same against 130: one flag, which names the other source
    assert [(k, a, b) for k, _, a, b, _ in _kinds(result)] == [("contradiction", 100, 130)]
    assert "Also giving about the same figures: aid groups." in result.conflicts[0].note


def test_part_exceeds_whole() -> None:
    result = _reconcile(
        ("2010-06-15", "Clashes killed at least 124 people in the two provinces by Monday, the ministry said."),
        ("2010-06-15", "A community leader said about 700 people were killed in the city of Osh alone."))
    assert _kinds(result) == [("part_exceeds_whole", "killed", 124, 700, 5.65)]
    assert "part of the area" in result.conflicts[0].note


def test_an_outlets_own_figure_far_below_its_articles_toll_is_a_part() -> None:
    # the 19 is of a part the text names by no group word: the article does not dispute its toll
    result = _reconcile(
        ("2022-10-30", "At least 154 people died in the crush on Saturday night, officials said on Sunday. "
                       "Witnesses described chaos in the narrow lane. Near the club's door, 19 people died "
                       "after the crowd surged."),
        ("2022-10-30", "The crush killed 151 people on Saturday night, the fire department said on Sunday."))
    assert result.conflicts == []
    # another source's figure in the article stays that source's word
    result = _reconcile(
        ("2022-10-30", "At least 154 people died in the crush on Saturday night, officials said on Sunday. "
                       "The fire chief said on Sunday that 19 people had died."),
        ("2022-10-30", "The crush killed 151 people on Saturday night, the fire department said on Sunday."))
    assert [(k, a, b) for k, _, a, b, _ in _kinds(result)] == [("contradiction", 151, 19)]


def test_a_rising_toll_is_an_update_and_a_drop_a_decrease() -> None:
    result = _reconcile(("2023-09-12", "The storm killed 2,000 people, the ministry said on Tuesday."),
                        ("2023-09-14", "The storm killed 5,000 people, the ministry said on Thursday."),
                        ("2023-09-16", "The ministry said on Saturday that 3,900 people were killed."))
    assert [(k, a, b) for k, _, a, b, _ in _kinds(result)] == [("decrease", 5000, 3900)]
    assert "went down" in result.conflicts[0].note


def test_a_breakdown_and_other_categories_are_not_disagreements() -> None:
    result = _reconcile(("2017-04-04", "At least 19 people were killed, including six children, a monitor said."),
                        ("2017-04-04", "Rescuers said 60 people were wounded in the strikes."))
    assert result.conflicts == []


def test_different_events_are_never_compared() -> None:
    articles = [Article(id="f", text="About 100 people died in the floods.", published="2015-07-05", event="floods"),
                Article(id="b", text="More than 300 people died in the blast.", published="2015-07-05", event="blast")]
    both = reconcile([c for a in articles for c in extract_claims(a)], articles)
    assert sorted(both.incidents.values()) == ["blast", "floods"]
    assert both.conflicts == []


def test_sources_are_normalised_within_the_incident() -> None:
    result = _reconcile(
        ("2010-06-13", "The violence in Kyrgyzstan has killed 77 people, the Health Ministry said."),
        ("2010-06-14", "The violence in Kyrgyzstan has killed 124 people, Kyrgyzstan's health ministry said."),
        ("2010-06-15", "Clashes in Kyrgyzstan killed 170 people, the Kyrgyz Health Ministry said."))
    rows = [(e.as_of, e.sources) for e in result.estimates]
    assert rows == [("2010-06-13", 1), ("2010-06-14", 1), ("2010-06-15", 1)]
    assert result.conflicts == []  # one source, rising


def test_estimates_rule() -> None:
    result = _reconcile(
        ("2023-09-13", "More than 2,000 people were killed, the prime minister said on Wednesday."),
        ("2023-09-13", "The mayor said on Wednesday that up to 20,000 people may have died."),
        ("2023-09-13", "Rescue teams said on Wednesday that 5,300 bodies had been recovered."),
        ("2023-09-13", "About 4,000 people were killed in the eastern districts alone, a doctor said on Wednesday."))
    (row,) = [e for e in result.estimates if e.category == "killed"]
    # the doctor's figure is for part of the area: no toll of the whole, but a lower bound of it
    assert (row.sources, row.current_sources, row.low, row.best, row.high) == (3, 3, 2000, 3650, 5300)
    assert (row.claims, row.latest_source) == (3, "Rescue teams")


def test_historical_figure_is_its_own_incident_and_seed_shapes() -> None:
    article = Article(id="alliance", text=clean_text(SEED_SHAPED), published="2010-06-15")
    result = reconcile(extract_claims(article), [article])
    assert sorted(result.incidents.values()) == ["Kyrgyzstan June 2010", "Osh 1990"]
    killed = sorted((c.kind, c.value_a, c.value_b, c.ratio) for c in result.conflicts if c.category == "killed")
    # 124 and 170 are one position against the 700 of a part: one flag
    assert killed == [("part_exceeds_whole", 124, 700, 5.65)]
    assert [c for c in result.conflicts if c.category == "injured"] == []


def _report(tmp_path: Path, inputs: list[Path], name: str) -> Path:
    out = tmp_path / name
    assert main(["report", *map(str, inputs), "--out", str(out)]) == 0
    return out


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.csv"))}


def test_same_input_gives_byte_identical_files_in_any_order(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parent.parent / "data"
    files = sorted(p for p in data.rglob("*") if p.is_file() and p.name != "README.md")
    one = _report(tmp_path, files, "one")
    two = _report(tmp_path, list(reversed(files)), "two")
    again = _report(tmp_path, files, "one")  # a second run over the previous report
    assert _digest(one) == _digest(two) == _digest(again)
    assert {p.name for p in one.iterdir()} >= {"claims.csv", "articles.csv", "incidents.csv", "conflicts.csv"}


def test_report_files_have_the_contract_columns(tmp_path: Path) -> None:
    out = _report(tmp_path, [Path(__file__).resolve().parent.parent / "data"], "r")
    incidents = pd.read_csv(out / "incidents.csv")
    assert list(incidents.columns[:11]) == ["incident_id", "label", "category", "as_of", "claims", "sources",
                                            "low", "best", "high", "latest_value", "latest_source"]
    conflicts = pd.read_csv(out / "conflicts.csv")
    assert list(conflicts.columns[:14]) == ["conflict_id", "incident_id", "category", "kind", "claim_a", "claim_b",
                                            "source_a", "source_b", "value_a", "value_b", "as_of_a", "as_of_b",
                                            "ratio", "note"]
    claims = pd.read_csv(out / "claims.csv")
    assert claims.columns[17] == "incident_id" and claims["incident_id"].notna().all()
    assert set(conflicts["kind"]) >= {"decrease", "part_exceeds_whole"}


def test_sample_data_rising_toll_is_an_update_and_the_drop_is_flagged(tmp_path: Path) -> None:
    out = _report(tmp_path, [Path(__file__).resolve().parent.parent / "data"], "r")
    conflicts = pd.read_csv(out / "conflicts.csv")
    ministry = conflicts[conflicts["source_a"].str.contains("Health Ministry")
                         & conflicts["source_b"].str.contains("Health Ministry")]
    assert ministry.empty  # 37, 77, 124, 191, 251: one source's rising toll
    (drop,) = conflicts[conflicts["kind"] == "decrease"].itertuples()
    assert (drop.value_a, drop.value_b, drop.source_a) == (11300, 3958, "UN humanitarian office OCHA")


def test_formulas_in_article_text_are_neutralised(tmp_path: Path) -> None:
    record = {"id": "=cmd|' /C calc'!A0", "outlet": "@evil", "published": "2020-01-02",
              "text": "=HYPERLINK(\"http://x\") 12 people were killed, -the ministry said."}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n")
    out = _report(tmp_path, [tmp_path / "in.jsonl"], "r")
    text = (out / "claims.csv").read_text()
    assert "'=HYPERLINK" in text and "'=cmd" in text and "'@evil" in text
    for line in text.splitlines():
        for cell in line.split(","):
            assert not cell.startswith(("=", "+", "@")), cell


def test_a_folder_that_is_not_a_report_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("precious")
    (tmp_path / "a.txt").write_text("Seven soldiers died in the ambush.")
    assert main(["report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "mine")]) == 1
    assert "not a tracker report" in capsys.readouterr().err
    assert (tmp_path / "mine" / "thesis.docx").read_text() == "precious"
    assert main(["report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "mine"), "--force"]) == 0
    shutil.rmtree(tmp_path / "mine")


def test_report_draws_readable_charts_and_a_summary(tmp_path: Path) -> None:
    out = _report(tmp_path, [Path(__file__).resolve().parent.parent / "data"], "r")
    charts = sorted((out / "charts").glob("*"))
    assert len(charts) >= 8
    for chart in charts:
        data = chart.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000, chart.name
        assert chart.name == "overview.png" or (chart.name.startswith("I") and chart.suffix == ".png")
    summary = (out / "summary.md").read_text()
    for chart in charts:
        assert f"(charts/{chart.name})" in summary
    assert "decrease" in summary and "libya-floods-2023" in summary


def test_chart_names_never_come_from_article_text(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    evil = {"id": "../../etc/x", "event": "../../../tmp/evil\u0000name", "published": "2020-01-02",
            "text": "At least 12 people were killed on Thursday, the ministry said. "
                    "Rescuers said on Thursday that about 40 people were killed."}
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps(evil) + "\n")
    out = _report(tmp_path, [tmp_path / "in"], "r")
    written = {p.relative_to(out).as_posix() for p in out.rglob("*")}
    assert all(".." not in p and "evil" not in p for p in written)
    assert not (tmp_path / "tmp").exists()


def test_a_toll_chart_is_linear_from_zero_or_says_it_is_a_log_scale() -> None:
    from tracker.charts import toll_chart

    def axis(*values: int) -> tuple[str, float, str]:
        claims = [c for n, v in enumerate(values) for c in extract_claims(Article(
            id=f"a{n}", text=f"{v:,} people were killed, official {n} said on Monday.", published="2015-04-28"))]
        ax = toll_chart("test", "killed", claims, [], []).axes[0]
        return ax.get_yscale(), ax.get_ylim()[0], ax.get_ylabel()

    assert axis(2_800_000, 2_800_000)[:2] == ("linear", 0)
    scale, _, label = axis(13, 5_000)
    assert scale == "log" and "log scale" in label


def test_a_toll_chart_of_one_day_shows_days_and_a_vague_amount_sets_no_scale() -> None:
    from matplotlib import dates as mdates

    from tracker.charts import toll_chart

    texts = ["200,000 people were killed, the government said on Monday.",
             "Thousands were killed, a senator said on Monday."]
    claims = [c for n, text in enumerate(texts)
              for c in extract_claims(Article(id=f"a{n}", text=text, published="2010-01-18"))]
    ax = toll_chart("test", "killed", claims, [], []).axes[0]
    low, high = ax.get_xlim()
    assert high - low >= 2  # the day and a day either side, not the hours of one day
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.DateFormatter)
    assert ax.get_yscale() == "linear"  # "thousands" (1,000 to 9,999) beside 200,000 sets no log scale


def test_a_toll_chart_lists_figures_given_long_after_the_weeks_of_reports() -> None:
    from matplotlib import dates as mdates

    from tracker.charts import toll_chart

    texts = [("2020-08-05", "The explosion killed 78 people, the minister said on Wednesday."),
             ("2020-08-11", "The explosion has killed 171 people, the ministry said on Tuesday."),
             ("2020-08-30", "The explosion has killed 190 people, the government said on Sunday."),
             ("2021-08-03", "The explosion killed 218 people, the rights group said on Tuesday.")]
    claims = [c for n, (day, text) in enumerate(texts)
              for c in extract_claims(Article(id=f"a{n}", text=text, published=day))]
    ax = toll_chart("test", "killed", claims, [], []).axes[0]
    high = mdates.num2date(ax.get_xlim()[1]).date().isoformat()
    assert high < "2020-10-01"  # the weeks of reports fill the axis
    listed = " ".join(t.get_text() for t in ax.texts)
    assert "2021-08-03" in listed and "218" in listed and "rights group" in listed


def test_a_figure_that_disagrees_with_several_sources_is_ringed_not_fanned() -> None:
    from tracker.charts import toll_chart
    from tracker.reconcile import reconcile

    texts = [("2018-09-13", "Between 6 and 18 people died in the storm, the president said on Thursday."),
             ("2018-09-13", "The storm killed 2,975 people, the governor said on Thursday."),
             ("2018-09-13", "The storm killed 4,645 people, a university study said on Thursday."),
             ("2018-09-13", "The storm killed 1,052 people, a newspaper analysis found on Thursday.")]
    articles = [Article(id=f"a{n}", text=text, published=day, event="storm") for n, (day, text) in enumerate(texts)]
    result = reconcile([c for a in articles for c in extract_claims(a)], articles)
    ranged = next(c for c in result.claims if c.qualifier == "range")
    assert sum(ranged.claim_id in (f.claim_a, f.claim_b) for f in result.conflicts) >= 3
    ax = toll_chart("storm", "killed", result.claims, [], result.conflicts).axes[0]
    labels = [t.get_text() for t in ax.texts]
    assert any(label.startswith("disagrees with") for label in labels)
    dotted = [line for line in ax.get_lines() if line.get_linestyle() == ":"]
    assert len(dotted) <= 1  # no fan of lines to the ringed figure
