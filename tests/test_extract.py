"""Exact cases: every example's sentence must give exactly its claims."""

from __future__ import annotations

import pandas as pd
import pytest

from tracker import CONTRACT_COLUMNS, extract_text

from .examples import GROUPS, KNOWN_FAILURES, Example

ALL = [(group, e) for group, examples in GROUPS.items() for e in examples]


def _rows(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    def cell(v: object) -> object:
        return None if pd.isna(v) else v  # type: ignore[call-overload]

    return [
        (r.category, cell(r.value), cell(r.low), cell(r.high), r.qualifier)
        for r in frame.itertuples()
    ]


@pytest.mark.parametrize("example", [e for _, e in ALL], ids=[e.text for _, e in ALL])
def test_example(example: Example) -> None:
    frame = extract_text(example.text, published=example.published)
    assert sorted(_rows(frame), key=repr) == sorted(example.claims, key=repr)
    for column, value in example.extra.items():
        assert frame.iloc[0][column] == value, column


@pytest.mark.parametrize(
    "example",
    [pytest.param(e, marks=pytest.mark.xfail(strict=True)) for e in KNOWN_FAILURES],
    ids=[e.text for e in KNOWN_FAILURES],
)
def test_known_failure(example: Example) -> None:
    frame = extract_text(example.text, published=example.published)
    assert sorted(_rows(frame), key=repr) == sorted(example.claims, key=repr)


@pytest.mark.parametrize("example", [e for _, e in ALL], ids=[e.text for _, e in ALL])
def test_span_cuts_the_figure_out_of_the_text(example: Example) -> None:
    frame = extract_text(example.text, published=example.published)
    for claim in frame.itertuples():
        assert 0 <= claim.start < claim.end <= len(example.text)
        surface = example.text[claim.start:claim.end]
        assert surface in claim.sentence
        assert any(ch.isalnum() for ch in surface)


def test_the_parts_a_toll_includes_point_to_the_toll_before() -> None:
    frame = extract_text("A storm killed 34 people. The toll included 19 direct and 15 indirect deaths.")
    total = frame.iloc[0]
    assert list(frame["part_of"]) == ["", total["claim_id"], total["claim_id"]]


def test_the_next_part_a_toll_includes_after_a_relative_clause_is_a_part_too() -> None:
    frame = extract_text("A storm killed 40. The governor said the death toll included 19 people who died "
                         "in the storm and 15 whose deaths came later.")
    total = frame.iloc[0]
    assert list(frame["part_of"]) == ["", total["claim_id"], total["claim_id"]]


def test_a_list_of_places_is_one_part_of_the_area_each() -> None:
    frame = extract_text("The quake killed at least 34 people in India, 12 in Tibet and two in Bangladesh.")
    assert list(frame["scope"]) == ["area", "area", "area"]


@pytest.mark.parametrize("text", [
    "At least 19 people were killed, including six children.",
    "Three people, including 19-year-old Ana Ruiz, were killed.",
    "Five people, two men and three women, were wounded in the attack.",
    "Four people -- two women and two children -- were killed.",
])
def test_breakdowns_point_to_the_figure_they_break_down(text: str) -> None:
    frame = extract_text(text)
    total, part = frame.iloc[0], frame.iloc[1]
    assert total["part_of"] == ""
    assert part["part_of"] == total["claim_id"]
    assert part["category"] == total["category"]


@pytest.mark.parametrize("text", [
    "A man was killed on Friday night. Another man was shot dead on Friday.",
    "A man was killed on Friday night. A second man died on Friday.",
    "Ana Ruiz was killed on Friday. Omar Idris was killed on Friday.",
    "A teenage boy was killed on Friday. A 33-year-old man was shot to death on Friday.",
])
def test_people_told_one_by_one_are_not_merged_as_repeats(text: str) -> None:
    frame = extract_text(text, published="2014-05-31")
    assert list(frame["value"]) == [1, 1]
    assert list(frame["mentions"]) == [1, 1]


def test_the_same_person_said_again_is_one_claim() -> None:
    frame = extract_text("Man killed in shooting\nA man was killed on Friday, police said.",
                         published="2014-05-31")
    assert len(frame) == 1
    assert frame.iloc[0]["source"] == "police"


@pytest.mark.parametrize("text", [
    "Six civilians were among at least 22 people killed on Saturday.",
    "Seven civilians including two children and three women were killed.",
])
def test_every_part_points_to_the_whole(text: str) -> None:
    frame = extract_text(text)
    whole = frame[frame["part_of"] == ""]
    assert len(whole) == 1
    assert set(frame[frame["part_of"] != ""]["part_of"]) == {whole.iloc[0]["claim_id"]}


def test_an_undated_headline_repeats_the_dated_figure_below_it() -> None:
    frame = extract_text("54 Killed in Aleppo Strikes\n"
                         "A total 54 civilians were killed in airstrikes on Tuesday.", published="2016-11-30")
    assert len(frame) == 1
    assert (frame.iloc[0]["as_of"], frame.iloc[0]["as_of_basis"], frame.iloc[0]["mentions"]) == \
        ("2016-11-29", "text", 2)


def test_the_outlets_undated_figure_beside_a_sources_dated_one_is_two_claims() -> None:
    frame = extract_text("The unrest has injured more than 1,500 people. Clashes injured more than 1,500 "
                         "others by Monday, the Health Ministry said.", published="2010-06-15")
    assert list(frame["source"]) == ["", "Health Ministry"]


def test_columns_and_dtypes_follow_the_contract() -> None:
    frame = extract_text("At least 124 people were killed.", published="2010-06-15")
    assert tuple(frame.columns[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS
    for column in ("value", "low", "high"):
        assert str(frame[column].dtype) == "Int64"
    assert frame.iloc[0]["as_of"] == "2010-06-15"


def test_nothing_found_is_an_empty_table_with_the_columns() -> None:
    frame = extract_text("The weather was mild and the market reopened.")
    assert frame.empty
    assert tuple(frame.columns[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS


def test_claim_ids_are_stable() -> None:
    text = "At least 124 people were killed. About 700 died in one city alone."
    assert list(extract_text(text)["claim_id"]) == list(extract_text(text)["claim_id"])


def test_a_repeated_figure_is_one_claim_with_its_source() -> None:
    text = ("22 dead in strikes on the city\n"
            "At least 22 people were killed in the strikes on Sunday, a monitoring group said.")
    frame = extract_text(text, published="2015-07-05")
    assert len(frame) == 1
    assert frame.iloc[0]["source"] == "a monitoring group"
    assert frame.iloc[0]["mentions"] == 2


def test_the_gate_passes_every_word_the_grammar_decides_a_category_by() -> None:
    """A sentence is read only when a gate word occurs in it: a word a rule knows ("lynched")
    but the gate does not would never be read."""
    from tracker.extractor import lexicon as lx
    from tracker.extractor.extraction import _GATE

    deciding = [*lx.PREDICATES, *lx.ACTIVE_VERBS, *lx.CASUALTY_HEADS, *lx.OF_NOUNS, *lx.TOLL_NOUNS,
                *lx.INTRANSITIVE, *lx.GUNFIRE, *lx.HOSPITALS, *lx.SHELTERS]
    assert [w for w in deciding if not _GATE.match(w.lower())] == []


# (sentence, [(value, as_of_basis), ...]) published 2018-04-20: a figure the text places
# before its publication, with no date of its own, is "earlier"
EARLIER_FIGURES = [
    ("The committee lowered the death toll to 60 from 64.", [(60, "published"), (64, "earlier")]),
    ("Earlier, the ministry reported 225 dead.", [(225, "earlier")]),
    ("Officials had previously put the number of injured at 40.", [(40, "earlier")]),
    ("The toll rose to 77 on Thursday, up from 37 a day earlier.", [(77, "text"), (37, "text")]),
    ("At least 12 people were killed, police said.", [(12, "published")]),
    # a toll that moved, or that the sentence corrects
    ("The ministry revised the death toll down from 71 to 68.", [(71, "earlier"), (68, "published")]),
    ("The death toll was lowered to 68 from 71.", [(68, "published"), (71, "earlier")]),
    ("Investigators said 68 people died in the blaze, not 71 as first reported.",
     [(68, "published"), (71, "earlier")]),
    ("The storm displaced 9,000 people, not 2,000 as reported.", [(9000, "published"), (2000, "earlier")]),
    ("The victim was not 64 years old, police said.", []),
    ("The fire chief told reporters the toll had increased from one to four overnight.",
     [(1, "earlier"), (4, "published")]),
    # a figure said to be earlier is not of the day its event's name gives
    ("The authorities had previously put the number of people wounded in Tuesday's blast at 5,000.",
     [(5000, "earlier")]),
]


@pytest.mark.parametrize(("text", "expected"), EARLIER_FIGURES, ids=[t for t, _ in EARLIER_FIGURES])
def test_a_figure_said_to_be_earlier(text: str, expected: list[tuple[int, str]]) -> None:
    frame = extract_text(text, published="2018-04-20")
    assert list(zip(frame["value"].astype(int), frame["as_of_basis"], strict=True)) == expected



def test_a_full_stop_with_no_space_ends_a_sentence_but_not_initials() -> None:
    frame = extract_text("At least 1,100 people were confirmed dead.The quake hit at noon. A further 70 "
                         "died in India, according to India's home secretary A.K. Sharma.",
                         published="2015-04-28")
    assert list(zip(frame["value"].astype(int), frame["source"], strict=True)) == [
        (1100, ""), (70, "India's home secretary A.K. Sharma")]



@pytest.mark.parametrize(("text", "as_of"), [
    # the day of an event long before publication dates the event, not the toll (2023-02-13)
    ("The death toll rose to 35,200 after the February 6 earthquake, officials said.", "2023-02-13"),
    ("Officials said 31,600 people had died after the February 6 earthquake.", "2023-02-13"),
    # the day before: that day's
    ("Officials said 31,600 people had died in Sunday's earthquake.", "2023-02-12"),
    # the day a person died
    ("Police charged a man in the February 6 shooting death of a 21-year-old man.", "2023-02-06"),
], ids=lambda v: str(v))
def test_the_day_of_a_past_event_is_not_the_day_of_its_toll(text: str, as_of: str) -> None:
    assert list(extract_text(text, published="2023-02-13")["as_of"])[:1] == [as_of]



def test_a_toll_brought_up_to_a_figure_is_that_figure() -> None:
    frame = extract_text("Two more bodies were found, bringing the death count up to 20.",
                         published="2021-07-02")
    assert list(zip(frame["value"].astype(int), frame["qualifier"], strict=True))[-1] == (20, "exact")
    hedged = extract_text("Up to 20 people may have died.", published="2021-07-02")
    assert list(hedged["qualifier"]) == ["at_most"]


def test_the_speaker_before_a_long_title_in_commas_is_the_source() -> None:
    frame = extract_text("Raide Jadallah, the assistant chief of operations for Miami-Dade Fire Rescue, told "
                         "reporters that four people died.", published="2021-06-25")
    assert list(frame["source"]) == ["Raide Jadallah"]



@pytest.mark.parametrize(("text", "expected"), [
    # "one of the world's most powerful typhoons" counts no one; "surged to" is a toll
    ("The death toll from one of the world's most powerful typhoons surged to about 4,000 on Friday.",
     [("killed", 4000)]),
    # "of which" opens a breakdown
    ("In all 2,059 people were injured, of which 1,404 seriously.", [("injured", 2059), ("injured", 1404)]),
], ids=lambda v: str(v))
def test_figures_of_world_news(text: str, expected: list[tuple[str, int]]) -> None:
    frame = extract_text(text, published="2013-11-15")
    assert list(zip(frame["category"], frame["value"].astype(int), strict=True)) == expected


def test_a_breakdown_after_of_which_points_to_its_whole() -> None:
    frame = extract_text("In all 2,059 people were injured, of which 1,404 seriously.",
                         published="2013-11-15")
    assert frame.iloc[1]["part_of"] == frame.iloc[0]["claim_id"]


def test_the_date_of_an_opening_event_clause_is_the_event_s() -> None:
    frame = extract_text("Five weeks after the typhoon destroyed entire towns on November 8th, the agency "
                         "put the official death toll at 6,009.", published="2013-12-13")
    assert list(frame["as_of"])[-1] == "2013-12-13"


def test_an_adverb_opening_a_sentence_is_no_part_of_the_speaker() -> None:
    frame = extract_text("Earlier Morocco's Interior Ministry said 296 people had died.",
                         published="2023-09-09")
    assert list(frame["source"]) == ["Morocco's Interior Ministry"]
