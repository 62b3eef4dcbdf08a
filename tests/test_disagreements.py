"""Disagreements between sources (not claim pairs), estimates from current figures, and a
fact-checker's review, on articles written for these tests."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from tracker import Article, clean_text, extract_claims
from tracker.cli import main
from tracker.pipeline import Collection, date_by_event
from tracker.reconcile import Reconciled, reconcile


def _reconcile(*texts: tuple[str, str], urls: bool = False) -> Reconciled:
    """Articles (published, text) of one event, each from another outlet."""
    articles = [Article(id=f"a{n}", text=clean_text(text), published=published,
                        outlet="" if urls else f"Paper {n}",
                        url=f"https://www.site{n}.example/story" if urls else "", event="test")
                for n, (published, text) in enumerate(texts)]
    claims = [c for a in articles for c in extract_claims(a)]
    return reconcile(claims, articles)


def test_one_stray_figure_is_one_flag_not_a_fan() -> None:
    result = _reconcile(
        ("2023-09-14", "At least 5,300 people were killed, the interior ministry said on Thursday."),
        ("2023-09-14", "The Red Crescent said on Thursday that 5,500 people were killed."),
        ("2023-09-14", "About 5,200 people were killed, the World Health Organization said on Thursday."),
        ("2023-09-14", "Only 30 people were killed, a local doctor said on Thursday."))
    assert len(result.conflicts) == 1
    (flag,) = result.conflicts
    assert {flag.value_a, flag.value_b} & {30}
    assert "Also giving about the same figures" in flag.note  # the other sources of the same position


def test_the_same_two_sources_disagree_once() -> None:
    result = _reconcile(
        ("2023-09-13", "The ministry said on Wednesday that 100 people were killed. "
                       "Residents said on Wednesday that 400 people were killed."),
        ("2023-09-14", "The ministry said on Thursday that 120 people were killed. "
                       "Residents said on Thursday that 450 people were killed."))
    pairs = [(c.source_a, c.source_b) for c in result.conflicts]
    assert len(pairs) == len(set(pairs)) == 1


def test_conflicts_carry_both_sentences_outlets_urls_and_a_rank() -> None:
    result = _reconcile(
        ("2015-07-05", "At least 100 people died in the floods, officials said on Sunday."),
        ("2015-07-05", "About 300 people died in the floods, aid groups said on Sunday."), urls=True)
    (flag,) = result.conflicts
    assert flag.rank == 1
    assert "At least 100 people died" in flag.sentence_a and "About 300 people died" in flag.sentence_b
    assert (flag.url_a, flag.url_b) == ("https://www.site0.example/story", "https://www.site1.example/story")
    assert (flag.source_kind_a, flag.source_kind_b) == ("government", "ngo")


def test_unattributed_figures_are_named_by_the_site_not_the_article_id() -> None:
    result = _reconcile(("2015-07-05", "At least 100 people died in the floods on Sunday."),
                        ("2015-07-05", "About 300 people died in the floods on Sunday."), urls=True)
    (flag,) = result.conflicts
    assert (flag.source_a, flag.source_b) == ("site0.example", "site1.example")
    assert {c.source_kind for c in result.claims} == {"unattributed"}


def test_a_stale_figure_stops_counting_once_a_later_toll_is_higher() -> None:
    result = _reconcile(
        ("2015-04-25", "At least 30 people were killed, a village chief said on Saturday."),
        ("2015-04-28", "The death toll rose to 150, the ministry said on Tuesday."),
        ("2015-04-29", "The army said on Wednesday that 160 people had been killed."))
    last = [e for e in result.estimates if e.category == "killed"][-1]
    assert (last.sources, last.current_sources) == (3, 1)
    assert (last.low, last.best, last.high) == (160, 160, 160)  # the 30 of the first day and the 150 are past
    before = [e for e in result.estimates if e.category == "killed"][-2]
    assert (before.current_sources, before.low, before.best) == (1, 150, 150)


def test_a_group_a_day_and_a_part_are_not_tolls_of_the_whole() -> None:
    result = _reconcile(
        ("2015-04-28", "The quake killed at least 5,000 people, the ministry said on Tuesday."),
        ("2015-04-28", "Six children were killed in one school, a teacher said on Tuesday."),
        ("2015-04-28", "Another 12 people died on Tuesday, police said."))
    scopes = sorted((c.value, c.scope, c.group) for c in result.claims)
    assert scopes == [(6, "group", "children"), (12, "period", "people"), (5000, "whole", "people")]
    assert result.conflicts == []


def _sample_report(tmp_path: Path, *extra: str) -> Path:
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "a.txt").write_text(
        "---\npublished: 2023-09-14\noutlet: Paper A\nevent: floods\n---\n"
        "At least 5,300 people were killed, the interior ministry said on Thursday.\n")
    (tmp_path / "in" / "b.txt").write_text(
        "---\npublished: 2023-09-14\noutlet: Paper B\nevent: floods\n---\n"
        "Only 30 people were killed, a local doctor said on Thursday.\n")
    out = tmp_path / "report"
    assert main(["report", str(tmp_path / "in"), "--out", str(out), "-q", *extra]) == 0
    return out


def _claims(out: Path) -> dict[str, dict[str, str]]:
    with (out / "claims.csv").open(encoding="utf-8") as f:
        return {r["value"]: r for r in csv.DictReader(f)}


def test_review_drops_and_sets_and_is_copied_into_the_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _claims(_sample_report(tmp_path))
    review = tmp_path / "review.csv"
    review.write_text("claim_id,field,value\n"
                      f"{first['30']['claim_id']},drop,\n"
                      f"{first['5300']['claim_id']},source,Libya's interior ministry\n"
                      "cdeadbeef0000,drop,\n")
    out = _sample_report(tmp_path, "--review", str(review))
    claims = _claims(out)
    assert "30" not in claims and claims["5300"]["source"] == "Libya's interior ministry"
    assert pd.read_csv(out / "conflicts.csv").empty  # the stray figure was the only disagreement
    assert (out / "review.csv").read_text() == review.read_text()
    err = capsys.readouterr().err
    assert f"{review}:4: no claim cdeadbeef0000 in this run" in err
    assert "2 decisions applied; 1 rows name claims this run does not have (lines 4)" in \
        (out / "summary.md").read_text()


@pytest.mark.parametrize(("content", "message"), [
    ("claim_id,value\nc1,3\n", "needs the columns claim_id,field,value"),
    ("claim_id,field,value\nc1,colour,red\n", ":2: field 'colour' is not one of"),
    ("claim_id,field,value\nc1,value,many\n", ":2: value must be a whole number"),
    ("claim_id,field,value\nc1,category,dead\n", ":2: category must be one of"),
    ("claim_id,field,value\nc1,as_of,yesterday\n", ":2: as_of must be a date"),
    ("claim_id,field,value\nc1,drop,yes\n", ":2: drop takes no value"),
])
def test_a_bad_review_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       content: str, message: str) -> None:
    review = tmp_path / "review.csv"
    review.write_text(content)
    (tmp_path / "a.txt").write_text("Seven soldiers died in the ambush.")
    argv = ["report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "r"), "--review", str(review)]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("tracker: error: ") and message in err[0], err


def test_aliases_merge_two_names_of_one_source(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,same_as\na local doctor,the interior ministry\n")
    out = _sample_report(tmp_path, "--aliases", str(aliases))
    claims = _claims(out)
    assert claims["30"]["source_key"] == claims["5300"]["source_key"]
    assert (out / "aliases.csv").exists()
    conflicts = pd.read_csv(out / "conflicts.csv")
    assert list(conflicts["kind"]) == []  # one source, two figures of the same day: no decrease either


def test_a_round_figure_allows_its_rounding() -> None:
    # "3,000" said on one day and 2,975 a year later: a rounded figure, not a falling toll
    result = _reconcile(("2018-09-13", "The storm killed 3,000 people, the governor said on Thursday."),
                        ("2019-08-28", "The storm killed 2,975 people, the university said on Wednesday."))
    assert result.conflicts == []


def test_two_incidents_with_one_label_are_told_apart() -> None:
    articles = [Article(id="a", text="Floods in Derna killed 12 people on Monday.", published="2023-09-11"),
                Article(id="b", text="A fire in Derna killed 3 people on Friday.", published="2023-09-29")]
    result = reconcile([c for a in articles for c in extract_claims(a)], articles)
    labels = sorted(result.incidents.values())
    assert len(labels) == len(set(labels)) == 2, labels


def test_a_review_that_sets_a_figure_sets_its_bounds(tmp_path: Path) -> None:
    first = _claims(_sample_report(tmp_path))
    review = tmp_path / "review.csv"
    review.write_text(f"claim_id,field,value\n{first['30']['claim_id']},value,50\n")
    claims = _claims(_sample_report(tmp_path, "--review", str(review)))
    assert (claims["50"]["low"], claims["50"]["high"]) == ("50", "50")


def test_one_pair_of_figures_is_one_flag_however_many_sources_give_them() -> None:
    result = _reconcile(
        ("2015-04-28", "The toll rose to 5,057 on Tuesday, the Home Ministry said."),
        ("2015-04-29", "The emergency operations centre of the Home Ministry reported 5,006 dead on "
                       "Wednesday. The Home Ministry said on Wednesday that 5,006 people had died."))
    assert [(c.kind, c.value_a, c.value_b) for c in result.conflicts] == [("decrease", 5057, 5006)]


# ---------------------------------------------------------------- figures said to be earlier


def test_a_source_s_own_correction_on_one_day_is_a_decrease() -> None:
    result = _reconcile(
        ("2018-04-20", "The investigative committee lowered the death toll from the fire to 60 from 64."))
    (flag,) = result.conflicts
    assert (flag.kind, {flag.value_a, flag.value_b}) == ("decrease", {60, 64})
    assert "before 2018-04-20" in flag.note  # the corrected figure is the earlier one


def test_an_earlier_figure_below_a_same_day_toll_is_a_rising_toll_not_a_contradiction() -> None:
    result = _reconcile(
        ("2022-01-18", "The health minister said on Tuesday that 227 people were killed in the unrest."),
        ("2022-01-18", "Earlier, 225 deaths were reported in the unrest."))
    assert result.conflicts == []


def test_the_missing_on_two_days_are_not_compared() -> None:
    # a count of the missing moves both ways: 16 listed one day, 67 reports the next
    result = _reconcile(
        ("2018-03-26", "Sixteen people are missing after the fire, officials said on Monday."),
        ("2018-03-27", "Rescuers said on Tuesday that 67 people are missing after the fire."))
    assert result.conflicts == []


def test_a_rumour_is_flagged_against_the_nearest_official_figure() -> None:
    # the narrowest statement of one disagreement: even the highest official figure is far below
    result = _reconcile(
        ("2018-03-25", "A blogger claimed on Sunday that more than 300 people died in the fire."),
        ("2018-03-26", "The emergencies ministry said on Monday that 48 people died in the fire."),
        ("2018-03-27", "The investigative committee said on Tuesday that 64 people died in the fire."))
    flags = [c for c in result.conflicts if 300 in {c.value_a, c.value_b}]
    assert len(flags) == 1 and 64 in {flags[0].value_a, flags[0].value_b}



# ---------------------------------------------------------------- undated articles


def _collection(*texts: tuple[str, str]) -> Reconciled:
    """Articles (published or "", text) of one event, each from another outlet, dated by their
    event where they can be (pipeline.date_by_event), reconciled."""
    articles = [Article(id=f"a{n}", text=clean_text(text), published=published, outlet=f"Paper {n}",
                        event="quake") for n, (published, text) in enumerate(texts)]
    claims = [c for a in articles for c in extract_claims(a)]
    collection = date_by_event(Collection(claims, articles, []))
    return reconcile(collection.claims, collection.articles)


_SATURDAY = ("2015-04-25", "Saturday's earthquake killed at least 1,100 people, police said on Saturday.")
_TUESDAY = ("2015-04-28",
            "The toll from Saturday's earthquake rose to 5,000 on Tuesday, the home ministry said.")


def test_an_undated_article_is_dated_by_the_weekday_of_its_event() -> None:
    result = _collection(_SATURDAY, _TUESDAY, (
        "", "The death toll from Saturday's earthquake has climbed to 4,400. Around 8,000 people were "
            "injured, police said on Tuesday."))
    undated = {c.value: c for c in result.claims if c.article_id == "a2"}
    assert (undated[8000].as_of, undated[8000].date_rule) == ("2015-04-28", "event_week")
    assert (undated[4400].as_of, undated[4400].as_of_basis) == ("2015-04-28", "estimated")
    # below what the ministry said that day, whatever day after it the article was written
    (flag,) = [c for c in result.conflicts if c.category == "killed"]
    assert ({flag.value_a, flag.value_b}, flag.kind) == ({4400, 5000}, "contradiction")
    assert "or later: an undated article's latest day" in flag.note


def test_an_undated_article_that_names_another_weekday_for_the_event_is_not_dated() -> None:
    result = _collection(_SATURDAY, _TUESDAY, (
        "", "The death toll from Friday's earthquake has climbed to 4,400. Around 8,000 people were "
            "injured, police said on Tuesday."))
    assert all(c.as_of == "" for c in result.claims if c.article_id == "a2")


def test_an_undated_figure_above_a_dated_one_may_be_newer_and_is_not_flagged() -> None:
    result = _collection(_SATURDAY, _TUESDAY, (
        "", "The death toll from Saturday's earthquake has climbed to 6,200. Around 8,000 people were "
            "injured, police said on Tuesday."))
    assert [c for c in result.conflicts if c.category == "killed"] == []


def test_a_figure_far_below_the_source_s_own_toll_of_the_moment_is_not_its_word() -> None:
    result = _reconcile(
        ("2015-04-28", "The death toll has climbed to 4,400, the news agency said on Tuesday. Thirteen "
                       "bodies have been recovered so far from the slopes, the news agency said on Tuesday."),
        ("2015-04-28", "The home ministry said on Tuesday that 5,000 people were killed."))
    (flag,) = result.conflicts
    assert {flag.value_a, flag.value_b} == {4400, 5000}



def test_two_sources_of_an_article_that_dates_nothing_are_compared_with_each_other_only() -> None:
    result = _collection(
        ("2015-04-28", "The home ministry said on Tuesday that 5,000 people were killed in the earthquake."),
        ("", "Residents say 780 people were killed in the earthquake in their valley town. Officials "
             "say 640 people were killed in the earthquake, the governor said."))
    (flag,) = result.conflicts
    assert {flag.value_a, flag.value_b} == {780, 640}  # not the ministry's 5,000 of some day



def test_a_lower_and_a_higher_figure_against_one_toll_are_two_disagreements() -> None:
    result = _reconcile(
        ("2018-03-27", "Officially, 64 people were killed in the fire, the committee said on Tuesday."),
        ("2018-03-27", "Investigators said on Tuesday that 57 people were killed in the fire."),
        ("2018-03-27", "Residents said on Tuesday that 78 people were killed in the fire."))
    pairs = {frozenset((c.value_a, c.value_b)) for c in result.conflicts}
    assert {frozenset((57, 64)), frozenset((64, 78))} <= pairs



def test_the_evacuated_those_in_shelters_and_the_displaced_are_three_measures() -> None:
    result = _reconcile(
        ("2013-11-09", "Before the storm, the evacuation of more than 800,000 people was ordered, an "
                       "official said."),
        ("2013-11-09", "More than 330,000 people were still in evacuation centers on Saturday, officials "
                       "said."),
        ("2013-11-09", "Nearly 350,000 people were displaced, the disaster council said on Saturday."))
    assert [c for c in result.conflicts if c.category == "displaced"] == []



def test_a_next_day_article_s_earlier_figure_above_a_day_s_toll_is_a_rising_toll() -> None:
    result = _reconcile(
        ("2023-09-09", "The government said on Saturday morning that the death toll rose to 632."),
        ("2023-09-10", "A previous toll indicated that 1,037 people were killed, the agency said."))
    assert result.conflicts == []



def test_bodies_recovered_so_far_are_a_lower_bound_of_the_dead() -> None:
    result = _reconcile(
        ("2017-06-19", "Police said on Monday that 79 people are presumed dead in the tower fire."),
        ("2017-06-19", "Firefighters recovered ten bodies from the stairwells on Monday, the brigade said."))
    assert result.conflicts == []
    more = _reconcile(
        ("2017-06-19", "Police said on Monday that 30 people died in the tower fire."),
        ("2017-06-19", "Firefighters recovered 45 bodies on Monday, the brigade said."))
    assert [c.kind for c in more.conflicts] == ["contradiction"]


def test_a_later_paper_with_a_higher_count_of_the_same_day_is_no_disagreement() -> None:
    # Sunday's paper has the Red Cross's morning count; Monday's paper the agency's count of
    # late Sunday: the toll rose during the day
    result = _reconcile(
        ("2023-10-08", "The Red Cross said on Sunday that 480 people had died in the earthquake."),
        ("2023-10-09", "In a statement late on Sunday, the relief agency put the earthquake's death toll "
                       "at 1,010."))
    assert result.conflicts == []


def test_a_later_paper_with_a_lower_count_of_the_same_day_still_disagrees() -> None:
    result = _reconcile(
        ("2023-10-08", "The disaster ministry said on Sunday that 2,060 people had died in the earthquake."),
        ("2023-10-09", "In a statement late on Sunday, the relief agency put the earthquake's death toll "
                       "at 1,010."))
    assert [(c.kind, c.value_a, c.value_b) for c in result.conflicts] == [("contradiction", 2060, 1010)]


def test_a_forecast_raises_no_flag_a_guess_may_diverge() -> None:
    result = _reconcile(
        ("2015-04-28", "The prime minister said the toll could reach 9,000."),
        ("2015-04-28", "The interior ministry said on Tuesday that 4,310 people had been killed."))
    assert result.conflicts == []
    result = _reconcile(
        ("2015-04-28", "Between 12,000 and 14,000 people may have died, the mayor said on Tuesday."),
        ("2015-04-28", "The interior ministry said on Tuesday that 4,310 people had been killed."))
    assert [c.kind for c in result.conflicts] == ["divergence"]


def test_a_figure_given_before_at_an_unknown_time_is_not_set_against_another_source() -> None:
    # the government's 290 is its figure before the 270; the collector's 290 is of Tuesday
    result = _reconcile(
        ("2023-06-06", "The district collector said on Tuesday that the toll stood at 290."),
        ("2023-06-07", "The government had confirmed 270 deaths after an initial count of 290."))
    assert result.conflicts == []


def test_a_figure_its_source_lowered_is_not_kept_current_by_those_who_repeated_it() -> None:
    result = _reconcile(
        ("2022-10-02", "The deputy governor said on Sunday that 170 people were killed in the crush."),
        ("2022-10-02", "The disaster agency said on Sunday that 170 people were killed in the crush."),
        ("2022-10-03", "The deputy governor revised the toll down to 120 on Monday, saying some victims "
                       "had been counted twice."))
    monday = [e for e in result.estimates if e.category == "killed" and e.as_of == "2022-10-03"]
    assert [(e.best, e.current_sources) for e in monday] == [(120, 1)]


def test_a_figure_placed_where_the_event_itself_is_is_no_part_of_it() -> None:
    # "in Seoul" places the crush, not Seoul's share of its dead: no part above the whole
    result = _reconcile(
        ("2022-10-30", "Seoul crowd crush: 151 dead in a Halloween stampede in Seoul."),
        ("2022-10-30", "A crowd crush in Seoul during Halloween killed 149 people, officials said."),
        ("2022-10-30", "Seoul mourns: the Halloween crush left 146 dead, the fire service said."))
    assert all(c.kind != "part_exceeds_whole" for c in result.conflicts)


def test_a_part_said_to_be_a_part_stays_one_where_the_event_is() -> None:
    # "... alone" makes it a part, whatever the event's own places
    result = _reconcile(
        ("2010-06-14", "Clashes in Osh: the health ministry said 124 people were killed across the south."),
        ("2010-06-14", "Osh clashes: about 700 people were killed in Osh alone, a community leader said."),
        ("2010-06-14", "In Osh, fighting went on; officials in Osh gave no new figure."))
    assert [(c.kind, c.value_a, c.value_b) for c in result.conflicts] == [("part_exceeds_whole", 124, 700)]


def test_two_reports_of_a_rising_toll_on_one_day_a_little_apart_are_no_contradiction() -> None:
    result = _reconcile(
        ("2022-10-30", "Exactly 149 people were killed in the crush, the fire service said on Sunday."),
        ("2022-10-30", "The crush killed 154 people, the interior ministry said on Sunday."),
        ("2022-10-30", "The crush killed 190 people, a rights group said on Sunday."))
    # 190 disagrees with both; 149 and 154 are one count that moved during the day
    assert sorted(frozenset((c.value_a, c.value_b)) for c in result.conflicts) != []
    assert all(190 in (c.value_a, c.value_b) for c in result.conflicts)


def test_one_text_setting_two_figures_side_by_side_still_disagrees() -> None:
    result = _reconcile(
        ("2018-03-28", "Residents said 66 people died in the fire, while the governor said 64 died."),)
    assert [frozenset((c.value_a, c.value_b)) for c in result.conflicts] == [frozenset((64, 66))]


def test_a_correction_and_another_source_s_earlier_figure_are_one_flag() -> None:
    result = _reconcile(
        ("2018-03-27", "The fire killed 64 people, the regional governor said on Tuesday."),
        ("2018-04-20", "Investigators said on Friday that 60 people died in the fire, not 64 as they "
                       "had said."))
    assert [c.kind for c in result.conflicts] == ["decrease"]


def test_two_lists_of_the_missing_on_one_day_a_little_apart_are_one_moving_list() -> None:
    result = _reconcile(
        ("2019-01-28", "Just over 300 people were still missing on Monday, the civil defence said."),
        ("2019-01-28", "On Monday 292 people were still missing, the fire department said."))
    assert result.conflicts == []


def test_a_quake_s_first_day_counts_that_the_toll_soon_passed_are_one_rising_count() -> None:
    result = _reconcile(
        ("2023-09-09", "A first report put the toll at 296 dead on Saturday, the ministry said."),
        ("2023-09-09", "At least 820 people died on Saturday, the authorities said."),
        ("2023-09-10", "The toll rose to 2,012 on Sunday, state television said."),
        ("2023-09-10", "The quake killed 452 people in Taroudant province alone, officials said on Sunday."))
    assert result.conflicts == []


def test_one_sentence_setting_two_sources_side_by_side_disagrees_though_the_toll_passed_both() -> None:
    result = _reconcile(
        ("2018-08-19", "Authorities have confirmed that 357 people have died in the floods, but a report in "
                       "the Daily Courier put the toll at 370."),
        ("2018-08-20", "The death toll has risen to 373, the disaster management authority said on Monday."))
    assert [{c.value_a, c.value_b} for c in result.conflicts] == [{357, 370}]


def test_an_assessment_the_toll_never_passes_stays_a_dispute() -> None:
    result = _reconcile(
        ("2023-10-17", "At least 500 people were killed in the blast, the health ministry said on Tuesday."),
        ("2023-10-17", "Between 10 and 50 people died in the blast on Tuesday, an intelligence source said."),
        ("2023-10-18", "The health ministry said on Wednesday that 471 people were killed in the blast."))
    assert any({c.value_a, c.value_b} & {500, 471} for c in result.conflicts)


def test_an_earlier_figure_of_another_article_s_day_is_no_decrease() -> None:
    result = _reconcile(
        ("2023-09-09", "The authorities said on Saturday that 296 people had died."),
        ("2023-09-09", "At least 820 people have died, the authorities said on Saturday, updating an earlier "
                       "toll of more than 600."))
    assert all(c.kind != "decrease" for c in result.conflicts)


def test_each_state_of_a_storm_over_several_is_a_part_not_the_whole() -> None:
    # a governor's figure is the state's, even where the state's name is also a country's
    result = _reconcile(
        ("2024-10-02", "The storm killed at least 160 people across six states, officials said on Wednesday. "
                       "In Florida, 20 people died. At least 117 people died in North Carolina."),
        ("2024-10-04", "The storm has killed more than 200 people, officials said on Friday. "
                       "Georgia Governor Ana Ruiz said 33 people had died."),
        ("2024-10-04", "At least 48 people died in South Carolina and 12 in Tennessee, officials said "
                       "on Friday."))
    assert not result.conflicts, [(c.value_a, c.value_b) for c in result.conflicts]
    scopes = {c.value: c.scope for c in result.claims if c.category == "killed"}
    assert scopes[33] == "area" and scopes[117] == "area" and scopes[200] == "whole"


def test_bodies_found_a_day_after_a_lower_toll_are_a_rising_toll() -> None:
    result = _reconcile(
        ("2013-07-09", "The toll now stands at 15 dead on Tuesday, police said."),
        ("2013-07-10", "The coroner said on Wednesday that 20 bodies have been recovered."))
    assert result.conflicts == []


def test_a_later_report_of_the_day_with_a_lower_toll_for_one_country_disagrees() -> None:
    # the second report is the later count (more dead in the first country and in all), yet
    # gives fewer dead in the second country than the first report's lower bound
    result = _reconcile(
        ("2023-02-09", "The quake has killed more than 16,400 people. In Turkey, 12,870 people were killed. "
                       "On the Syrian side of the border, over 3,550 have been reported dead."),
        ("2023-02-09", "The quake has killed 20,450 people. There were 17,130 deaths in Turkey and "
                       "another 3,320 in Syria."))
    flags = [({c.value_a, c.value_b}, c.kind) for c in result.conflicts]
    assert ({3550, 3320}, "contradiction") in flags, flags


def test_fewer_missing_beside_more_dead_the_same_day_is_the_missing_found_dead() -> None:
    result = _reconcile(
        ("2014-04-21", "The toll rose to 64 dead on Monday, with 238 people still missing."),
        ("2014-04-21", "The toll reached 87 dead on Monday, and 214 people remain missing."))
    assert not [c for c in result.conflicts if c.category == "missing"], \
        [(c.value_a, c.value_b) for c in result.conflicts]


def test_two_entries_of_one_live_page_a_little_apart_are_two_hours_of_one_count() -> None:
    result = _reconcile(
        ("2014-05-03", "Ferry updates\n\n"
                       "5/2 – 2:38 p.m.: The coast guard reports 228 dead and 74 missing.\n\n"
                       "7:00 p.m.: With 76 people still missing, divers resumed the search.\n\n"
                       "5/1 – 8:44 a.m.: The coast guard reports 221 dead and 81 missing."))
    assert not [c for c in result.conflicts if c.category == "missing"], \
        [(c.value_a, c.value_b) for c in result.conflicts]


def test_a_range_is_never_ordered_as_a_running_count() -> None:
    # an assessment of 10 to 50 dead against 300 of the same day stays a dispute, whatever
    # the other figures of either article say of which report is the later
    result = _reconcile(
        ("2023-10-17", "The health ministry said at least 500 people were killed, while a civil defence "
                       "chief said on Tuesday that more than 300 people were killed."),
        ("2023-10-19", "An intelligence official said 10-50 people died in the blast on Tuesday, against the "
                       "300-500 deaths first reported."))
    assert any(300 in {c.value_a, c.value_b} or 500 in {c.value_a, c.value_b} for c in result.conflicts), \
        [(c.value_a, c.value_b) for c in result.conflicts]


def test_a_later_exact_looking_lower_bound_below_an_earlier_one_disagrees() -> None:
    result = _reconcile(
        ("2020-08-17", "More than 200 people were killed in the blast, the governor said on Monday."),
        ("2020-08-21", "At least 180 people were killed in the blast, the UN said on Friday."))
    assert [{c.value_a, c.value_b} for c in result.conflicts] == [{200, 180}]


def test_a_later_round_lower_bound_is_a_summary_not_a_count() -> None:
    result = _reconcile(
        ("2025-04-05", "The death toll rose to 3,354 on Saturday, state media said."),
        ("2025-04-11", "The disaster has claimed over 3,000 lives, the UN agency said on Friday."))
    assert result.conflicts == []


def test_the_tolls_of_two_countries_of_one_event_are_not_compared() -> None:
    # one cyclone's dead on an island and on the mainland it reached next
    result = _reconcile(
        ("2024-12-17", "The cyclone killed 22 people in Mayotte, the interior ministry said on Tuesday."),
        ("2024-12-17", "The cyclone killed 45 people in Mozambique, the disaster agency said on Tuesday."),
        ("2024-12-17", "Officials said 28 people had died in Mayotte by Tuesday."))
    assert sorted((f.value_a, f.value_b) for f in result.conflicts) == [(22, 28)]


def test_a_source_s_older_figure_left_below_its_update_is_not_its_word() -> None:
    # a story updated in place, dated nowhere: the committee's 115 of its first version stays
    # below the update to 133; the editor's 143 is set against the update, not the older figure
    result = _collection(
        ("", "The toll of the concert hall attack has reached 143, the channel's editor wrote. Update: the "
             "Investigative Committee said that the toll had risen to 133. According to the latest data "
             "of the Investigative Committee, 115 people were killed in the attack."))
    (flag,) = result.conflicts
    assert {flag.value_a, flag.value_b} == {143, 133}


def test_a_figure_the_text_says_contradicts_another_s_is_flagged_though_the_toll_passed_both() -> None:
    # the minister's early count, which the article says contradicts the Red Cross, disagrees
    # with it though the minister's own count passed both later that day
    result = _reconcile(
        ("2020-08-05", "The blast at the port has killed more than 100 people, the Red Cross said on "
                       "Wednesday. The health minister said early on Wednesday that the toll neared 80, "
                       "contradicting the report by the Red Cross."),
        ("2020-08-05", "The toll from the port blast has risen to 135, the health minister said on "
                       "Wednesday."))
    pairs = {frozenset((c.value_a, c.value_b)) for c in result.conflicts}
    assert frozenset((100, 80)) in pairs


def test_an_outlet_s_own_toll_of_the_event_weeks_later_is_the_count_it_knew_then() -> None:
    # "6,500 were injured in the explosion" three weeks on is no count of the blast's first day
    result = _reconcile(
        ("2020-08-04", "The explosion at the port on Tuesday injured about 4,000 people, the health minister "
                       "said on Tuesday."),
        ("2020-08-26", "On August 4, a huge explosion tore through the port. At least 6,500 people were "
                       "injured in the explosion."))
    assert not result.conflicts


def test_a_contradiction_word_about_something_else_sets_no_figures_against_each_other() -> None:
    # "contrary to rumours" disputes the rumours, not the police's earlier count
    result = _reconcile(
        ("2020-08-03", "Police said on Monday morning that 12 people had died in the stampede. Contrary to "
                       "rumours, no foreigners were among the dead, the governor said on Monday evening, "
                       "adding that the toll had reached 30."),
        ("2020-08-04", "The Red Crescent said on Tuesday that the stampede toll had risen to 45."))
    assert not result.conflicts


def test_a_toll_dated_by_its_event_s_day_months_on_is_the_count_known_then() -> None:
    # eight months on, "died in the factory collapse on 24 April" is the count known then,
    # not a first-day figure above the official toll of the week after
    result = _reconcile(
        ("2013-04-30", "The official toll of the building collapse rose to 400 on Tuesday, police said."),
        ("2013-12-25", "More than 1,134 people died in the factory collapse on 24 April."))
    assert not result.conflicts


def test_a_first_figure_recalled_with_the_event_s_day_stays_of_that_day() -> None:
    # "at first only 87" a week on is the first day's count, below the later toll: no flag
    result = _reconcile(
        ("2013-04-30", "The official toll of the building collapse rose to 400 on Tuesday, police said."),
        ("2013-05-10", "At first only 87 people were reported killed in the factory collapse on 24 April."))
    assert not result.conflicts


def test_a_belief_with_an_upper_bound_against_a_count_is_flagged() -> None:
    # "as many as 500 may have died" believes about 500 dead, not any number up to 500
    result = _reconcile(
        ("2023-06-15", "Authorities said on Thursday that 79 people were confirmed dead."),
        ("2023-06-15", "As many as 500 people may have died, the UN refugee agency said on Thursday."))
    assert [(c.kind, c.value_a, c.value_b) for c in result.conflicts] == [("divergence", 79, 500)]


def test_a_belief_far_above_the_bodies_found_is_flagged_one_near_them_is_not() -> None:
    far = _reconcile(
        ("2023-06-15", "The coast guard said on Thursday that 78 bodies had been recovered."),
        ("2023-06-15", "The toll could be as high as 600, a UN official said on Thursday."))
    assert [(c.kind, c.value_a, c.value_b) for c in far.conflicts] == [("divergence", 78, 600)]
    near = _reconcile(
        ("2023-06-15", "Rescuers said on Thursday that 450 bodies had been recovered."),
        ("2023-06-15", "Up to 500 people may have died, the UN said on Thursday."))
    assert near.conflicts == []  # bodies found so far below the belief: the rest not yet found


def test_one_text_s_fear_beside_its_bodies_found_raises_no_flag() -> None:
    result = _reconcile(
        ("2023-06-15", "The coast guard said on Thursday that 78 bodies had been recovered, and officials "
                       "feared that as many as 500 people may have died."))
    assert result.conflicts == []


def test_a_sentence_that_opens_with_a_contrast_sets_its_figure_against_the_one_before() -> None:
    text = ("The defence minister said on Tuesday that 443 people had been found dead. However, the "
            "prosecutor's office said that the dead numbered 507.")
    result = _reconcile(("2016-04-20", text))
    assert [(c.kind, c.value_a, c.value_b) for c in result.conflicts] == [("contradiction", 443, 507)]
    # ... and without the contrast, the later higher figure of the next day is a toll that rose
    rose = _reconcile(("2016-04-20", text.replace("However, the", "The")))
    assert rose.conflicts == []


# ---------------------------------------------------------------- one position, several sources


def test_independent_sources_are_their_own_positions_unless_their_figures_are_about_the_same() -> None:
    # a newspaper's analysis and a statistics office each dispute the ministry's count: two flags
    result = _reconcile(
        ("2023-08-02", "The health ministry said on Wednesday that 64 people died in the storm."),
        ("2023-08-02", "An analysis by the Daily Courier found that 1,050 people died in the storm, "
                       "it said on Wednesday."),
        ("2023-08-02", "The island's statistics office said on Wednesday that 1,400 people died in the "
                       "storm."))
    against = {c.value_a if c.value_b == 64 else c.value_b
               for c in result.conflicts if 64 in {c.value_a, c.value_b}}
    assert against == {1050, 1400}
    # two outlets' own tallies, far apart from each other, are two disagreements with the count
    result = _reconcile(
        ("2023-08-02", "The health ministry said on Wednesday that 210 people died in the landslides."),
        ("2023-08-02", "At least 334 people died in the landslides."),
        ("2023-08-02", "At least 406 people died in the landslides."))
    flagged = [c for c in result.conflicts if 210 in {c.value_a, c.value_b}]
    assert sorted((c.value_a or 0) + (c.value_b or 0) for c in flagged) == [544, 616]
    # ... but figures about the same are one position
    result = _reconcile(
        ("2023-08-02", "The health ministry said on Wednesday that 210 people died in the landslides."),
        ("2023-08-02", "At least 400 people died in the landslides."),
        ("2023-08-02", "At least 406 people died in the landslides."))
    assert len([c for c in result.conflicts if 210 in {c.value_a, c.value_b}]) == 1
