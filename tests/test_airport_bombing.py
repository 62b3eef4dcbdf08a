"""Faults a held-out audit of one more event of many outlets (a suicide bombing at an airport
gate, with foreign troops among the dead) found: the wounded of an elliptic "and 15 wounded"
read as everyone's rather than the troops'; "service members" read as no group; "two
explosions killed dozens" read as two dead; "there were later reports of at least 60" given
to the ministry named before (no one's); a speaker set off from its verb by ", where ...," lost; and,
in the stadium crush of the audit before, a state's police and its deputy governor read as one
person. The sentences are written for the project; the facts echo real reporting, the wording
is ours."""

from __future__ import annotations

from tracker import Article, clean_text, extract_claims
from tracker.reconcile import reconcile

from .claim_tables import Has, Lacks, table_tests

PUBLISHED = "2021-08-27"  # a Friday

HAS: list[Has] = [
    # a figure whose noun and verb the sentence leaves out counts the group before it
    ("The general said 12 soldiers were killed and 15 wounded.", "injured", 15,
     {"scope": "group", "group": "soldiers"}),
    ("Besides the 13 service members killed, 15 were wounded, the defence ministry said.", "injured", 15,
     {"scope": "group", "group": "soldiers"}),
    # ... not a clause of its own
    ("Five children died and 12 were injured in the blast.", "injured", 12, {"scope": "whole"}),
    # two-word names of a group
    ("The general said 12 U.S. service members were killed.", "killed", 12,
     {"scope": "group", "group": "soldiers"}),
    ("Reports spoke of about 103 deaths, including 13 military personnel.", "killed", 13, {"scope": "group"}),
    # reports the sentence leaves unnamed are no one's, not the speaker's before them
    ("The foreign ministry said 13 people were killed, but there were later reports of at least 60 people "
     "killed.", "killed", 60, {"source": ""}),
    ("There were reports of 60 people killed, police said.", "killed", 60, {"source": "police"}),
    # a speaker set off from its verb by an aside
    ("However, the health office in the regency, where the stadium is located, reported the death toll at "
     "131.", "killed", 131, {"source": "health office in the regency"}),
]
LACKS: list[Lacks] = [
    # the events a number counts are no dead
    ("Two explosions killed dozens of people outside the gate.", "killed", 2),
]

test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS, PUBLISHED)


def test_a_state_s_police_and_its_deputy_governor_are_two_sources() -> None:
    texts = ("At least 174 people have died, Deputy East Java Governor Emil Dardak said on Sunday.",
             "The East Java State Police said on Sunday that the death toll was 127.")
    articles = [Article(id=f"a{n}", text=clean_text(t), published="2022-10-02", outlet=f"Paper {n}",
                        event="crush") for n, t in enumerate(texts)]
    result = reconcile([c for a in articles for c in extract_claims(a)], articles)
    assert len({c.source_key for c in result.claims}) == 2
