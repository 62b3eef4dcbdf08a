"""Properties: extraction never raises, spans always cut their own phrase, tables survive CSV."""

from __future__ import annotations

import io

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import Article, claims_frame, clean_text, extract_claims, write_csv
from tracker.table import COLUMNS, read_claims_csv

WORDS = st.sampled_from(
    "killed at least 12 people were wounded about 700 dozens of hundreds the ministry said "
    "on Monday including children , . 1,500 refugees fled a man was arrested by Friday "
    "according to police between 10 and 20 injured $ 5 percent aged 13 “ ” \" year-old - "
    "Interfax reported told Reuters in the city of Osh alone may have died 8.21 2010 "
    "1.5 million June 14 570-7244 10:30 one hundred and".split()
)


def _extract(text: str, published: str = "2010-06-15") -> pd.DataFrame:
    return claims_frame(extract_claims(Article(id="p", text=clean_text(text), published=published)))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text_never_raises(text: str) -> None:
    frame = _extract(text)
    assert list(frame.columns) == list(COLUMNS)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_spans_cut_their_phrase_from_the_text(text: str) -> None:
    cleaned = clean_text(text)
    frame = _extract(text)
    for row in frame.itertuples():
        assert 0 <= row.start < row.end <= len(cleaned)
        assert cleaned[row.start:row.end] in row.sentence


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, min_size=5, max_size=40).map(" ".join))
def test_csv_round_trip_is_the_same_table(text: str) -> None:
    frame = _extract(text)
    buffer = io.StringIO()
    write_csv(frame, buffer)
    back = read_claims_csv(io.StringIO(buffer.getvalue()))
    pd.testing.assert_frame_equal(back, frame)
