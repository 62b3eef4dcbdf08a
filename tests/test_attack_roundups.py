"""A day's round-up of several attacks on one city: a total in the lede, then each attack's
figures by neighbourhood, from other sources. Those are parts of the total, not rival tolls.
The sentences are written for the project; the pattern echoes state-agency round-ups of
shelling in Syrian cities, the wording and the figures are ours."""

from __future__ import annotations

from .claim_tables import Has, Lacks, reconciled, table_tests

HAS: list[Has] = [
    # where a weapon fell, named with its kind of place, is the figure's place
    ("Rocket shells fell on al-Midan neighbourhood, injuring nine people, a police source said.", "injured",
     9, {"location": "al-Midan neighbourhood"}),
    ("Gunmen fired a mortar shell at the Bab Sharqi neighbourhood, wounding four civilians.", "injured", 4,
     {"location": "Bab Sharqi neighbourhood"}),
    ("Twelve people were injured when militants shelled the al-Zahra and al-Furqan neighbourhoods.",
     "injured", 12, {"location": "al-Zahra and al-Furqan neighbourhoods"}),
    # a name after an article particle is a name ("al-Midan"), and the plural of a kind of place
    ("Two civilians were killed in al-Midan neighbourhood.", "killed", 2,
     {"location": "al-Midan neighbourhood"}),
    ("Six people died in the eastern neighbourhoods of Karm al-Tarrab and al-Sakhour.", "killed", 6,
     {"partial": True}),
    # a speaker's place between the speaker and the verb of saying is the speaker's
    ("A source at Hama Governorate said that 15 people were wounded.", "injured", 15, {"location": ""}),
    ("A correspondent in Homs said 8 people were killed.", "killed", 8, {"location": ""}),
    # an adjective of a people or a faith names no place ("Armenian villages", "Christian neighbourhoods")
    ("Government forces shelled Armenian villages, killing 12 civilians.", "killed", 12, {"location": ""}),
    ("Rockets fired on Christian neighbourhoods killed nine people.", "killed", 9, {"location": ""}),
    # a bare name struck ("a Beckley doctor", "Jableh") may be the event's own place: no part by
    # this rule; a quake "hit" its own place too
    ("Missiles fired on Jableh killed 14 people, state media said.", "killed", 14, {"location": ""}),
    ("The quake hit Palu and nearby towns, and 265 people are missing, the agency said.", "missing", 265,
     {"location": ""}),
]

LACKS: list[Lacks] = [
    # the places struck are counted, not people
    ("Rocket shells fell on 12 neighbourhoods of the city, injuring three people.", "injured", 12),
]

test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS, published="2016-09-30")


def test_a_round_up_s_attacks_by_neighbourhood_are_parts_of_its_total() -> None:
    result = reconciled(
        ("2016-09-30", "Rocket attacks on the city killed 13 civilians and injured 43 others on Friday, "
                       "state media said. A source at the city's governorate said that nine people were "
                       "killed and 28 others were injured when militants targeted al-Sulimaniah and "
                       "al-Furqan neighbourhoods. A police source told the agency that militants fired a "
                       "rocket shell at the Bab Touma neighbourhood, injuring three people."))
    parts = {c.value: c.location for c in result.claims if c.category == "injured"}
    assert parts == {43: "", 28: "al-Sulimaniah and al-Furqan neighbourhoods", 3: "Bab Touma neighbourhood"}
    assert result.conflicts == []
