"""Faults a held-out audit of two more events of many outlets (a crush at a football stadium,
landslides that buried two villages) found: a toll whose noun stands far before its verb, past
the event it names, read as nothing; an official count set in brackets beside an unofficial one
read as the unofficial source's, or not at all; the figure after "X said, adding that" given to
the subject of the clause before; those who died inside the venue read as the whole toll. The
sentences are written for the project; the facts echo real reporting, the wording is ours."""

from __future__ import annotations

from .claim_tables import Has, Lacks, claims_of, table_tests

PUBLISHED = "2024-08-06"  # a Tuesday

HAS: list[Has] = [
    # a toll's noun far before its verb, past the event and its day
    ("The death toll in the landslides that swept through the tea estates and the two villages of the "
     "hill district in the early hours of July 30 has risen to 406, officials said.", "killed", 406,
     {"source": "officials"}),
    # an official count in brackets beside an unofficial one is the official count, of the same kind
    ("Unofficial counts put the death toll in the villages at 249 (official tally 167), while 240 were "
     "feared missing (official tally 191).", "killed", 167, {"source": "official toll"}),
    ("Unofficial counts put the death toll in the villages at 249 (official tally 167), while 240 were "
     "feared missing (official tally 191).", "missing", 191, {"source": "official toll"}),
    ("Unofficial counts put the death toll in the villages at 249 (official tally 167), while 240 were "
     "feared missing (official tally 191).", "killed", 249, {"source": "Unofficial counts"}),
    # "X said, adding that": X speaks for what it adds
    ("Two stewards were among the dead, the police chief said, adding that 34 people died on the pitch.",
     "killed", 34, {"source": "police chief"}),
    ("The agency raised its toll to 40, saying 12 more bodies were found.", "killed", 12,
     {"source": "agency"}),
    # those who died inside the venue, after the toll: where they died, a part of it
    ("At least 125 people were killed in the crush, police said. Two stewards were among the dead, the "
     "police chief said, adding that 34 people died inside the stadium and the rest in hospital.",
     "killed", 34, {"scope": "group"}),
    # ... alone, they are the toll
    ("Forty people died inside the stadium, police said.", "killed", 40, {"scope": "whole"}),
]
LACKS: list[Lacks] = [
    # a bracketed count is no verb's subject: 249 is no count of the missing
    ("Unofficial counts put the death toll in the villages at 249 (official tally 167), while 240 were "
     "feared missing (official tally 191).", "missing", 249),
]

test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS, PUBLISHED)


def test_the_dead_inside_the_venue_with_the_rest_elsewhere_are_a_part_of_a_toll_given_long_before() -> None:
    filler = " ".join(["Fans had filled the stands well beyond the ground's capacity that night."] * 12)
    text = (f"At least 125 people were killed in the crush, police said. {filler} The police chief said 34 "
            "people died inside the stadium and the rest died in hospital.")
    (claim,) = [c for c in claims_of(text, PUBLISHED) if c.value == 34]
    assert (claim.scope, claim.group) == ("group", "at the scene")
