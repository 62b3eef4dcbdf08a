"""A whole article of our own with the shapes of the seed article: several sources, figures
that disagree, a historical figure, and noise that must stay out."""

from __future__ import annotations

import pandas as pd

from tracker import Article, claims_frame, clean_text, extract_claims

ARTICLE = """Support independent reporting
Keeping this site free costs us $12,000 a month. Donate from just $3 today.

Alliance Meets Over Unrest in the South

Security chiefs of the regional alliance met on Monday to discuss ethnic unrest in member state Kyrgyzstan that has killed at least 170 people and injured more than 1,500.

Moscow only sent a few hundred paratroopers to guard its airbase.

In 1990, troops were sent to Osh after hundreds were killed in clashes over land.

Uzbeks are a quarter of the population in Jalal-Abad and 15 percent of the country's population.

Clashes broke out in the two provinces on Friday, killing at least 124 people and injuring more than 1,500 others by Monday, the Kyrgyz Health Ministry said. The real toll could be much higher. A local Uzbek leader said about 700 people were killed in the city of Jalal-Abad alone, Interfax reported.

Some 100,000 ethnic Uzbek refugees were gathering at the border with Uzbekistan, the Associated Press reported.

The interim president wants a June 27 referendum to go ahead. The paper has reported on the region for over 30 years.
"""

EXPECTED = [
    # category, value, low, high, qualifier, source, via, as_of
    ("killed", 170, 170, None, "at_least", "", "", "2010-06-15"),
    ("injured", 1500, 1500, None, "more_than", "", "", "2010-06-15"),
    ("killed", None, 100, 999, "vague", "", "", "1990"),
    ("killed", 124, 124, None, "at_least", "Kyrgyz Health Ministry", "", "2010-06-14"),
    ("injured", 1500, 1500, None, "more_than", "Kyrgyz Health Ministry", "", "2010-06-14"),
    ("killed", 700, None, None, "about", "A local Uzbek leader", "Interfax", "2010-06-15"),
    ("displaced", 100000, None, None, "about", "Associated Press", "", "2010-06-15"),
]


def _claims() -> pd.DataFrame:
    article = Article(id="alliance.txt", text=clean_text(ARTICLE), published="2010-06-15")
    return claims_frame(extract_claims(article))


def test_the_seven_claims_and_nothing_else() -> None:
    frame = _claims()
    got = [
        tuple(None if pd.isna(v) else v for v in row)
        for row in frame[["category", "value", "low", "high", "qualifier", "source", "via", "as_of"]]
        .itertuples(index=False)
    ]
    assert got == EXPECTED


def test_places_and_the_part_of_a_whole() -> None:
    frame = _claims().set_index("value")
    # a location is a place the gazetteer knows, as the text names it, with its country
    assert tuple(frame.loc[700, ["location", "country", "admin1", "scope"]]) == ("Jalal-Abad", "KGZ", "KG-J", "area")
    assert bool(frame.loc[700, "partial"])
    assert frame.loc[124, "location"] == ""  # "the two provinces" is no place
    # the displaced in another country are where they went, not a part of the area
    assert tuple(frame.loc[100000, ["location", "scope"]]) == ("Uzbekistan", "whole")
    assert tuple(frame.loc[170, ["location", "country", "scope"]]) == ("Kyrgyzstan", "KGZ", "whole")
    assert tuple(frame.set_index("qualifier").loc["vague", ["location", "scope"]]) == ("Osh", "area")


def test_every_span_is_its_figure() -> None:
    text = clean_text(ARTICLE)
    frame = _claims()
    surfaces = [text[s:e] for s, e in zip(frame["start"], frame["end"], strict=True)]
    assert surfaces == ["at least 170 people", "more than 1,500", "hundreds", "at least 124 people",
                        "more than 1,500 others", "about 700 people", "Some 100,000 ethnic Uzbek refugees"]
