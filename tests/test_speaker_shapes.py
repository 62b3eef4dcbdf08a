"""Speakers of any shape (issue: attribution on world news), sentences written for the project."""

from __future__ import annotations

import pytest

from tracker import extract_text

# (sentence, value, source)
ACCORDING = [
    ("According to the home ministry, 18 people were killed in the avalanche.", 18, "home ministry"),
    ("According to the island's official count, the storm killed 62 people.", 62, "island's official count"),
    ("More than 4,600 people died, according to a new study from researchers.", 4600,
     "a new study from researchers"),
    ("Some 2.8 million people were displaced, according to the world body.", 2800000, "world body"),
    ("According to preliminary data and official information, more than 60 people were killed.", 60,
     "preliminary data and official information"),
    ("The storm killed an estimated 2,975 people, according to a sweeping report from a university "
     "released on Tuesday.", 2975, "a sweeping report from a university"),
]
SUBJECTS = [
    ("The Kenya National Commission on Human Rights (KNCHR) has disclosed that 39 people have died.", 39,
     "Kenya National Commission on Human Rights"),
    ("A New York Times analysis of government data found that 1,042 more people died.", 1042,
     "A New York Times analysis of government data"),
    ("The health ministry, which is run by Hamas, said at least 500 people had been killed.", 500,
     "health ministry"),
    ("Earlier, Ivan Petrov, the country's minister of information and communications, said that 600 "
     "people had died.", 600, "Ivan Petrov"),
    ("Floods killed 12 people on Monday and officials said 40 were missing.", 40, "officials"),
    ("The toll had stood at 64 for months, though officials said that 70 people were missing.", 70,
     "officials"),
    ("The government's latest number is 6,841 dead, with little hope of finding survivors.", 6841,
     "government"),
]
NOT_SPEAKERS = [
    ("Nepal's death toll rose to 4,000 on Monday.", 4000, ""),  # a place's toll
    ("The storm killed 12 people and destroyed 40 homes.", 12, ""),
    ("Conflicting reports of 30 deaths emerged on Monday.", 30, ""),  # "reports" is a noun
]
TABLE = [*ACCORDING, *SUBJECTS, *NOT_SPEAKERS]


@pytest.mark.parametrize(("sentence", "value", "source"), TABLE, ids=[r[0] for r in TABLE])
def test_speaker_of_any_shape(sentence: str, value: int, source: str) -> None:
    claims = extract_text(sentence, published="2015-04-28")
    sources = {r.value: r.source for r in claims.itertuples()}
    assert sources.get(value) == source, sources
