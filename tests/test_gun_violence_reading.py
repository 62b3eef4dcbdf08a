"""Faults the annotated gun-violence articles (local news of shootings) showed in reading who
holds the arrested and in reading qualifiers, as rules. The sentences are written for the project."""

from __future__ import annotations

from .claim_tables import Has, table_tests

HAS: list[Has] = [
    # an authority that holds people speaks for their number
    ("Police had one person in custody after the shooting.", "arrested", 1, {"source": "Police"}),
    ("Deputies took three men into custody on Friday.", "arrested", 3, {"source": "Deputies"}),
    # ... unless a speaker says it
    ("The sheriff said deputies took three men into custody.", "arrested", 3, {"source": "sheriff"}),
    # "about" that a word takes as its preposition says nothing of the figure
    ("We are learning more about two people found dead in the neighborhood.", "killed", 2,
     {"qualifier": "exact"}),
    ("Police said about 30 people were hurt.", "injured", 30, {"qualifier": "about"}),
    ("We know about 30 people have died, the chief said.", "killed", 30, {"qualifier": "about"}),
]

test_the_claim_has_its_fields, _ = table_tests(HAS, [])
