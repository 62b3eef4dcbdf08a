"""Faults a held-out audit of two more events of many outlets (a crowd crush in a city's
nightlife district, a mine's tailings dam that burst) found: "a further 82 were injured" after
a count of the dead read as 82 more injured than before (no count of the injured came before
it); a district the gazetteer does not know, where the crush itself was, read as a part of the
toll, so the fire chief's 82 injured were never set against the 150 others gave that night;
"including 26 foreigners" read as everyone; a mayor who "told TV channel GloboNews that
rescuers had found the bodies of seven" lost to the rescuers; "Firefighters in the state of
Minas Gerais" read as the state. The sentences are written for the project; the facts echo
real reporting, the wording is ours."""

from __future__ import annotations

from tracker import Article, clean_text, extract_claims
from tracker.reconcile import reconcile

from .claim_tables import Has, Lacks, table_tests

PUBLISHED = "2022-10-30"  # a Sunday

HAS: list[Has] = [
    # "a further" after a count of another category adds that category, not an increment
    ("At least 151 people were killed in the crush. A further 82 people were injured, the fire chief "
     "said.", "injured", 82, {"scope": "whole", "source": "fire chief"}),
    # ... and still counts one more of its own category
    ("At least 151 people were killed in the crush. A further 3 people died in hospital.", "killed", 3,
     {"scope": "period"}),
    # a breakdown of foreigners is a group
    ("The death toll has risen to 154, including 26 foreigners, officials said.", "killed", 26,
     {"scope": "group", "group": "foreigners"}),
    # a speaker who tells a medium what others found speaks for it
    ("The mayor told TV channel GloboNews that rescuers had found the bodies of seven people.", "killed", 7,
     {"source": "mayor", "via": "TV channel GloboNews"}),
    ("Deputies found two bodies in the house.", "killed", 2, {"source": "Deputies"}),
    # a speaker's head before "in the state of ..."
    ("Firefighters in the state of Minas Gerais have confirmed 60 people dead.", "killed", 60,
     {"source": "Firefighters in the state of Minas Gerais"}),
]
LACKS: list[Lacks] = []

test_the_claim_has_its_fields, _ = table_tests(HAS, LACKS, PUBLISHED)


def test_a_figure_at_the_crush_s_own_district_is_set_against_the_other_tolls() -> None:
    texts = [
        ("2022-10-30", "Crush in Seoul's Itaewon district kills 151\n\nAt least 151 people were killed in "
                       "a crush in Seoul's Itaewon district on Saturday night, the fire department said "
                       "on Sunday, and 150 people were injured."),
        ("2022-10-30", "Itaewon crush in Seoul: 151 dead\n\nAt least 151 people died in the crush in "
                       "Seoul's Itaewon district. A further 82 people were injured in Seoul's Itaewon "
                       "district, the head of the Yongsan fire station said on Sunday."),
    ]
    articles = [Article(id=f"a{n}", text=clean_text(t), published=p, outlet=f"Paper {n}", event="crush")
                for n, (p, t) in enumerate(texts)]
    result = reconcile([c for a in articles for c in extract_claims(a)], articles)
    injured = [(c.value_a, c.value_b) for c in result.conflicts if c.category == "injured"]
    assert [sorted(pair) for pair in injured] == [[82, 150]]
