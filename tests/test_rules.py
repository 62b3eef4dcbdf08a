"""The rule columns: which rule read a claim's category (`rule`), its source (`source_rule`)
and its date (`date_rule`); and the category rule table itself (figures.CATEGORY)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tracker import extract_text
from tracker.extractor import figures

# (text, rule, source_rule, date_rule) of the text's first claim, published 2024-03-05
RULES = [
    ("Twelve people were killed on Monday, police said.", "predicate", "say_frame", "nearest_in_clause"),
    ("22 dead in heavy raids.", "casualty_head", "no_frame", "published"),
    ("The storm left 3,000 displaced people without shelter.", "casualty_adjective", "no_frame",
     "published"),
    ("Airstrikes killed at least 124 people, according to the UN.", "active_verb", "according_frame",
     "published"),
    ("The death toll rose to 46 by Tuesday.", "toll", "no_frame", "cut_off"),
    ("Five people were killed. Three of the victims were children.", "predicate", "no_frame", "published"),
    ("Maria Lopez was pronounced dead at the scene.", "person_subject", "no_frame", "published"),
    ("Police arrested John Smith on Friday.", "person_object", "say_frame", "right_after"),
    ("Four people were shot in the leg.", "predicate", "no_frame", "published"),
    ("Four people were shot.", "shot_no_death", "no_frame", "published"),
    ("Officially, 62 people died in the storm.", "predicate", "official_frame", "published"),
    ('"We have 31 dead. More are being brought in," Ana Ruiz, the police spokeswoman, said.', "casualty_head",
     "quote_closed_later", "published"),
    ("The quake killed 34 people in India, 12 in Tibet and two in Bangladesh.", "active_verb", "no_frame",
     "published"),
    ("The toll included 19 direct and 15 indirect deaths.", "toll_breakdown", "no_frame", "published"),
]


@pytest.mark.parametrize(("text", "rule", "source_rule", "date_rule"), RULES, ids=[r[0] for r in RULES])
def test_a_claim_names_the_rules_that_read_it(text: str, rule: str, source_rule: str, date_rule: str) -> None:
    first = extract_text(text, published="2024-03-05").iloc[0]
    assert (first["rule"], first["source_rule"], first["date_rule"]) == (rule, source_rule, date_rule)


# (text, rule) of a claim after the first
LATER = [
    ("Five people were killed. Three of the victims were children.", "victims_before"),
    ("Six people died, including 13 children.", "part_of_previous"),
    ("The toll rose to 46, up from 38.", "earlier_figure"),
    ("Six people died, including a child and 2 women.", "list_continues"),
    ("Five people, two men and three women, were hurt.", "aside_part"),
]


@pytest.mark.parametrize(("text", "rule"), LATER, ids=[r[0] for r in LATER])
def test_later_figures_name_the_rule_that_borrowed_their_category(text: str, rule: str) -> None:
    assert rule in set(extract_text(text, published="2024-03-05")["rule"])


def test_the_category_table_is_in_its_documented_order() -> None:
    """Vetoes, then readers (the first reading wins), then overrides; each name once."""
    table = figures.CATEGORY
    names = [n for n, _ in table.vetoes] + [n for n, _ in table.readers] + [n for n, _ in table.overrides]
    assert len(names) == len(set(names))
    readers = [n for n, _ in table.readers]
    assert readers.index("casualty_head") < readers.index("predicate") < readers.index("active_verb") \
        < readers.index("toll") < readers.index("part_of_previous")
    # read from the source: a compiled module keeps no docstring
    doc = ast.get_docstring(ast.parse(Path(str(figures.__file__)).with_name("figures.py").read_text("utf-8")))
    assert doc is not None
    assert doc.index("VETOES") < doc.index("READERS") < doc.index("OVERRIDES")
