"""Faults a held-out audit of three more events of many outlets (a crush at a pilgrimage, a
coal-mine fire, a migrant shipwreck) found in reading figures and in setting them against each
other: the dead of one nationality read as the toll, a list of past disasters dated today,
"the number killed", a dateline written day first, a figure said earlier taken for the latest.
The sentences are written for the project; the facts echo real reporting, the wording is ours."""

from __future__ import annotations

from tracker import Article, extract_claims
from tracker.extractor.text import clean_text
from tracker.pipeline import Collection, date_by_event
from tracker.reconcile import reconcile

from .claim_tables import Has, Lacks, reconciled, table_tests

HAS: list[Has] = [
    # the dead of one nationality are a group of the victims, not the toll
    ("The number of Iranian pilgrims killed in the crush has reached 239.", "killed", 239,
     {"scope": "group", "group": "Iranian"}),
    ("The number of Indians killed in the crush near the holy city last month has now risen above 100.",
     "killed", 100, {"scope": "group", "group": "Indians"}),
    ("The toll of Indian pilgrims is now 101.", "killed", 101, {"scope": "group", "group": "Indian"}),
    ("Pakistan said that 12 of its nationals were among those who died.", "killed", 12,
     {"scope": "group", "group": "nationals"}),
    ("Iran says 465 of its citizens were killed in the disaster.", "killed", 465, {"scope": "group"}),
    ("Others include Nigeria with 99 dead and Mali with 70.", "killed", 99,
     {"scope": "group", "group": "Nigeria"}),
    ("Egypt lost 148 pilgrims in the crush.", "killed", 148, {"scope": "group", "group": "Egypt"}),
    ("Iran appears to have lost the largest number of pilgrims, with 464 dead.", "killed", 464,
     {"scope": "group", "group": "Iran"}),
    ("At least 464 Iranian pilgrims died in the crush.", "killed", 464,
     {"scope": "group", "group": "Iranian"}),
    # ... while the people of the toll itself stay the toll's
    ("The number of people killed in the crush rose to 769.", "killed", 769, {"scope": "whole"}),
    ("At least 717 pilgrims were killed in the crush.", "killed", 717, {"group": "worshippers"}),
    # "the number killed" is a toll noun's "number of the killed"
    ("The number killed in the explosion and fire at the mine stands at 284.", "killed", 284,
     {"scope": "whole", "rule": "toll"}),
    # a list of past disasters: each entry's year is its figure's date ("2018-05-29" is a day)
    ("The deadliest crushes: 1990 - 1,426 pilgrims were killed in a tunnel.", "killed", 1426,
     {"as_of": "1990"}),
    ("date 2025-04-03 More than 300 people died in the floods, officials said.", "killed", 300,
     {"as_of": "2025-04-03"}),
    # a place in a relative clause on the speaker is where the speaker went, not the figure's
    ("Prime Minister Erdem Kaya, who flew to Kestel on Wednesday, put the death toll at 245 people.",
     "killed", 245, {"location": "", "scope": "whole"}),
    ("The governor, who is in Kestel, said 12 died in the town of Kinik.", "killed", 12,
     {"location": "Kinik"}),
    ("Rescuers, who found 12 bodies in Kestel, said more were trapped.", "killed", 12,
     {"location": "Kestel"}),
    # an "according to" inside a concession speaks for its own clause only
    ("Eighty people were confirmed as injured, although at least 141 were injured according to "
     "unofficial reports.", "injured", 80, {"source": ""}),
    ("Eighty people were confirmed as injured, although at least 141 were injured according to "
     "unofficial reports.", "injured", 141, {"source": "unofficial reports"}),
    ("Eighty people were injured, while 141 were killed, according to the ministry.", "injured", 80,
     {"source": "ministry"}),
    # an official toll told in a relative clause, and one a speaker sets a count against
    ("The kingdom's official toll, which currently stands at 769, has not been updated.", "killed", 769,
     {"source": "kingdom", "scope": "whole"}),
    ("The official toll, which currently stands at 769, has not been updated.", "killed", 769,
     {"source": "official toll", "scope": "whole"}),
    ("An agency says the toll has reached 1,399, far above the kingdom's official toll, which stands "
     "at 769.", "killed", 769, {"source": "official toll"}),
    ("An agency says the toll has reached 1,399, far above the kingdom's official toll, which stands "
     "at 769.", "killed", 1399, {"source": "An agency"}),
    # "78 and not 79": the figure corrected
    ("The coast guard said the death toll is 78 and not 79 as originally reported.", "killed", 79,
     {"as_of_basis": "earlier", "rule": "corrected_figure"}),
    # who gave the data out, or the authorities when nobody is named
    ("According to information from the Coast Guard, the death toll is 78.", "killed", 78,
     {"source": "Coast Guard"}),
    ("According to the latest official numbers, the number killed stands at 284.", "killed", 284,
     {"source": "official toll"}),
    ("According to official figures, 284 died in the fire.", "killed", 284, {"source": "official toll"}),
    ("According to official figures released by the Health Ministry, 284 died.", "killed", 284,
     {"source": "Health Ministry"}),
    ("As many as 120 are trapped inside the mine, the prime minister told reporters, citing figures "
     "given to him by the mining company.", "missing", 120,
     {"source": "mining company", "via": "prime minister"}),
    ("According to figures provided on Tuesday, 284 died.", "killed", 284, {"source": "figures"}),
    # an earlier event the text ranks this one against, by its place in a series
    ("The crush is the second deadly accident to hit the pilgrims this month following a crane "
     "collapse that killed 109.", "killed", 109, {"scope": "compared"}),
    ("On the second day after the earthquake that killed 3,000 people, rescuers dug on.", "killed", 3000,
     {"scope": "whole"}),
    # an apposition before a verb with its auxiliary and adverb
    ("Turkey's disaster response agency, AFAD, had earlier said 17 miners were killed.", "killed", 17,
     {"source": "AFAD"}),
    # the bodies of the displaced are dead
    ("Authorities have retrieved the bodies of 79 refugees after a fishing boat sank.", "killed", 79, {}),
    # a count that shows a clause without "that" is its counter's
    ("An agency count of casualties from the crush now shows the crush killed over 1,100 pilgrims.",
     "killed", 1100, {"source": "An agency count"}),
    ("The video shows the crowd as 40 people died.", "killed", 40, {"source": ""}),
    # a document speaks for the body that issued it
    ("The toll in the crush has reached 4,173 people, said the message from the Health Ministry.",
     "killed", 4173, {"source": "Health Ministry"}),
    ("The toll has reached 4,173, said a statement from the Health Ministry.", "killed", 4173,
     {"source": "Health Ministry"}),
    # a state named by its form of government speaks ("the kingdom gave a toll")
    ("The kingdom gave a toll of 769 people killed and 934 injured in the crush.", "killed", 769,
     {"source": "kingdom"}),
    # a second held-out audit of the crush and of a port explosion: a country's speaker counting
    # its nationals goes on counting them after "and"; a speaker of another country does not
    ("Iranian state TV said 136 Iranian pilgrims were among the dead and 85 were injured.", "injured", 85,
     {"scope": "group", "group": "Iranian"}),
    ("The blast killed five Britons and 20 were injured, Egyptian officials said.", "injured", 20,
     {"scope": "whole"}),
    # a speaker set off by an apposition sets the toll; "clarified" says
    ("Jane Doe, head of the pilgrims' directorate, corrected the death toll in the crush to 20.", "killed",
     20, {"source": "Jane Doe"}),
    ("Flooding in the capital, Kathmandu, raised the death toll to 40 on Sunday.", "killed", 40,
     {"source": ""}),
    ("Iranian state TV said 136 Iranians were among the dead and 769 had died in all.", "killed", 769,
     {"scope": "whole"}),
    ("Cyclone Idai killed 600 people in Mozambique, officials in Beira said. Zimbabwe said the death toll "
     "from the storm stood at 259.", "killed", 259, {"location": "Zimbabwe"}),
    ("Officials said those 200 passengers were all missing.", "missing", 200, {"source": "Officials"}),
    # a list of countries' losses: each entry is that country's people, of the list's category
    ("Iran says 465 of its pilgrims were killed, while Egypt lost 148 and Indonesia 120.", "killed", 120,
     {"scope": "group", "group": "Indonesia"}),
    ("Iran says 465 of its pilgrims were killed, while Egypt lost 148 and Indonesia 120.", "killed", 148,
     {"scope": "group", "group": "Egypt"}),
    ("At least 1,453 pilgrims died. Others include India with 101, Nigeria with 99 and Kenya with eight.",
     "killed", 8, {"scope": "group", "group": "Kenya"}),
    ("At least 1,453 pilgrims died. Others include the Central African Republic with 5 and Mali with 70.",
     "killed", 5, {"scope": "group", "group": "Central African Republic"}),
    # after a count of the same category, "other" people are one more count (alone, the toll)
    ("A monitor said 82 people were killed. It added that 24 other people were killed.", "killed", 24,
     {"scope": "period"}),
    ("Two other people were wounded.", "injured", 2, {"scope": "whole"}),
    # "were among the 178 people killed": a part of the figure after, whoever they were before
    ("At least 13 refugees were among the 178 people killed in the blast.", "killed", 13, {"scope": "group"}),
    ("Six children were among the 22 people killed.", "killed", 6, {"scope": "group"}),
    # "the number hurt" is a count of the injured, as "the number killed" is of the dead
    ("The number hurt rose to 934 from 863 recorded just after the crush.", "injured", 934, {"rule": "toll"}),
    ("The number hurt rose to 934 from 863 recorded just after the crush.", "injured", 863,
     {"as_of_basis": "earlier"}),
    # a country that speaks of an event in another is no place of its figure
    ("The crush in Mina killed 769 pilgrims, Saudi officials said. Iran said the real death toll exceeds "
     "4,700.", "killed", 4700, {"source": "Iran", "location": "", "scope": "whole"}),
    ("Floods in Mozambique killed 40, officials said. Mozambique has reported 602 deaths.", "killed", 602,
     {"location": "Mozambique"}),
    ("“Two other pilgrims were not killed in the crush,” Doe clarified. He added that six pilgrims "
     "were still missing.", "missing", 6, {"source": "Doe"}),
]
LACKS: list[Lacks] = [
    # a fresh-eyes review's misfires: things hurt or unaccounted for, a place set off by commas, a
    # country's figure of everyone
    ("The number of businesses hurt by the floods rose to 1,200.", "injured", 1200),
    ("The number of weapons unaccounted for rose to 300, the army said.", "missing", 300),
    # a list of countries that counts no one
    ("The team finished with 3 points. Spain with 12 and France with 10 led the table.", "killed", 12),
    ("At least 40 people died. The medal table shows Spain with 12 and France with 10.", "killed", 12),
    # "these two" points back to people counted before: no new toll
    ("Four pilgrims died during the pilgrimage, two of them in the crush. One of these two died of a heart "
     "attack, he said.", "killed", 2),
]

test_the_claim_has_its_fields, _ = table_tests(HAS, LACKS)


def _undated(text: str) -> dict[int | None, tuple[str, str]]:
    claims = extract_claims(Article(id="u", text=clean_text(text), published="", outlet="Paper"))
    return {c.value: (c.as_of, c.as_of_basis) for c in claims}


def test_a_dateline_written_day_first_dates_an_undated_article() -> None:
    text = "Mine fire toll rises to 282\n\n15th May 2014\n\nAt least 282 miners have died, officials said."
    assert _undated(text)[282] == ("2014-05-15", "estimated")


def test_a_short_month_with_its_full_stop_dates_an_undated_article() -> None:
    text = "Athens, Jun. 15, 2023\n\nThe official number of 78 dead is set to rise, the coast guard said."
    assert _undated(text)[78] == ("2023-06-15", "estimated")


def test_a_figure_said_earlier_in_an_undated_article_stays_earlier() -> None:
    text = ("September 26, 2015. The toll rose to 769. The health minister announced the new figure, "
            "an increase from the previous toll of 717.")
    assert _undated(text)[717] == ("2015-09-26", "earlier")


def test_a_toll_raised_from_a_figure_is_no_decrease_after_an_earlier_day() -> None:
    # 81 on Monday; in Wednesday's paper "increased the toll from 78 to 82": the 78 stood
    # before the 81, at a time the text does not say
    result = reconciled(
        ("2023-06-21", "The coast guard retrieved another body on Tuesday. This discovery further "
                       "increased the death toll from 78 to 82. Three more bodies had been recovered "
                       "on Monday, bringing the death toll to 81."),
        event="shipwreck")
    assert [c for c in result.conflicts if c.kind == "decrease"] == []


def test_a_corpse_found_sets_no_toll() -> None:
    (claim, _) = extract_claims(Article(id="c", text="A body found on Tuesday further increased the death "
                                                     "toll from 78 to 82.", published="2023-06-21"))
    assert claim.source == ""


def test_an_undated_count_of_the_day_passed_within_days_was_rising() -> None:
    # 205 in an undated report of Wednesday, 245 from the agency that day, 274 that evening,
    # 282 the next day: one rising count
    articles = [Article(id=f"a{n}", text=clean_text(text), published=published, outlet=f"Paper {n}",
                        event="mine") for n, (published, text) in enumerate([
                    ("", "Rescuers said Wednesday that they raced to reach the miners trapped by Tuesday's "
                         "explosion. Some 205 were confirmed killed."),
                    ("2014-05-14", "The death toll in the mine fire now stands at 245, according to the "
                                   "disaster agency."),
                    ("2014-05-14", "The death toll reached 274, the energy minister said late on Wednesday."),
                    ("2014-05-15", "The death toll from Tuesday's mine explosion has risen to 282.")])]
    collection = date_by_event(Collection([c for a in articles for c in extract_claims(a)], articles, []))
    result = reconcile(collection.claims, collection.articles)
    assert {c.value: (c.as_of, c.as_of_basis) for c in result.claims}[205] == ("2014-05-14", "estimated")
    assert [c for c in result.conflicts if c.category == "killed"] == []
