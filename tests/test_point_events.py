"""An event at one site, read across its articles: the people it struck named as a group
("151 miners", "717 pilgrims") are its whole, and so are the figures placed where it happened
("1,453 died in Mina"), unless it is a disaster over an area; a headline that no longer says
what its body says is set against nothing. From the held-out audit of a pilgrimage crush, a
mine fire and a migrant shipwreck. The sentences are written for the project; the facts echo
real reporting, the wording is ours."""

from __future__ import annotations

from tracker.models import Claim
from tracker.reconcile import Reconciled

from .claim_tables import figure, reconciled


def _claim(result: Reconciled, article: str, value: int) -> Claim:
    return next(c for c in result.claims if c.article_id == article and figure(c) == value)


def _pairs(result: Reconciled) -> set[tuple[int | None, int | None]]:
    by_id = {c.claim_id: c for c in result.claims}
    return {tuple(sorted((figure(by_id[f.claim_a]), figure(by_id[f.claim_b])), key=lambda v: v or 0))
            for f in result.conflicts}


# ---------------------------------------------------------------- the people it struck


MINE = (
    ("2014-05-13", "A fire in a coal mine near Kestel killed at least 151 miners on Tuesday, the energy "
                   "ministry said. The governor said 157 bodies had been brought out."),
    ("2014-05-13", "A fire in a coal mine near Kestel killed 157 miners on Tuesday, the governor said."),
)


def test_a_group_that_gives_the_toll_is_the_whole_in_all_its_figures() -> None:
    result = reconciled(*MINE)
    assert _claim(result, "a0", 151).scope == "whole"
    assert _claim(result, "a0", 151).group == "workers"  # who they were stays told
    assert (151, 157) in _pairs(result)


def test_a_group_no_figure_of_the_whole_repeats_stays_a_group() -> None:
    result = reconciled(
        ("2014-05-13", "A fire in a coal mine near Kestel killed 157 people on Tuesday, the governor said."),
        ("2014-05-13", "The energy ministry said 12 miners had died in the Kestel mine fire on Tuesday."),
    )
    assert _claim(result, "a1", 12).scope == "group"
    assert not result.conflicts


def test_the_people_of_another_country_stay_that_country_s() -> None:
    result = _crush(
        ("2015-09-24", "Crush near Mecca kills 717 pilgrims",
         "At least 717 pilgrims died in a crush near Mecca on Thursday, the health ministry said."),
        ("2015-09-24", "Mecca crush: 717 dead",
         "The health ministry said on Thursday that 717 people had died in the crush near Mecca."),
        ("2015-09-26", "Mecca crush toll rises to 769",
         "The crush near Mecca killed 769 pilgrims, the health ministry said on Saturday. In Iran, "
         "officials said 464 pilgrims had died."),
    )
    assert _claim(result, "a2", 769).scope == "whole"
    assert _claim(result, "a2", 464).scope != "whole"


def test_children_who_were_all_the_dead_at_first_stay_children() -> None:
    # "children" are one kind of all the victims, never the crowd an event struck
    result = reconciled(
        ("2014-05-13", "Twelve people were killed when a school bus overturned near Kestel, police said."),
        ("2014-05-14", "The bus crash near Kestel killed 12 children, the governor said on Wednesday."),
    )
    assert _claim(result, "a1", 12).scope == "group"


# ---------------------------------------------------------------- its own place


def _crush(*texts: tuple[str, str, str]) -> Reconciled:
    return reconciled(*((published, f"{title}\n\n{text}") for published, title, text in texts))


def test_a_figure_where_a_point_event_happened_is_its_whole() -> None:
    result = _crush(
        ("2015-09-24", "Crush at Mina kills 717 pilgrims",
         "At least 717 pilgrims died in a crush at Mina on Thursday, the health ministry said."),
        ("2015-10-09", "Mina crush toll far above official count",
         "An agency count shows at least 1,453 people died in Mina, against the ministry's 769."),
        ("2015-10-09", "Ministry stands by Mina toll",
         "The ministry said on Friday that its toll of 769 for the crush at Mina remains accurate."),
    )
    assert _claim(result, "a1", 1453).scope == "whole"
    assert (769, 1453) in _pairs(result)


def test_a_country_abroad_stays_whose_dead_they_were() -> None:
    result = _crush(
        ("2015-09-24", "Crush at Mina kills 717 pilgrims",
         "At least 717 pilgrims died in a crush at Mina on Thursday, the health ministry said. "
         "India has reported 51 deaths."),
        ("2015-09-24", "Mina crush: hundreds dead",
         "The crush at Mina killed 717 people on Thursday, officials said."),
    )
    assert _claim(result, "a0", 51).scope != "whole"
    assert not result.conflicts


def test_the_capital_of_a_disaster_over_an_area_stays_a_part() -> None:
    result = _crush(
        ("2010-01-21", "Earthquake toll rises in Port-au-Prince",
         "The earthquake has killed 200,000 people in Haiti, the government said on Thursday."),
        ("2010-01-24", "Earthquake: Port-au-Prince counts its dead",
         "The government said on Sunday that 150,000 bodies had been recovered in Port-au-Prince "
         "after the earthquake."),
    )
    assert _claim(result, "a1", 150000).scope == "area"


def test_a_past_disaster_in_an_article_without_a_date_is_history() -> None:
    result = _crush(
        ("2015-10-09", "Mina crush toll far above official count",
         "An agency count shows at least 1,453 people died in the Sept. 24 crush at Mina."),
        ("", "Mina crush was the deadliest ever",
         "At least 1,453 people died in the crush at Mina, an agency count shows. The previous "
         "deadliest incident happened in 1990, when a stampede killed 1,426 people."),
    )
    main = _claim(result, "a0", 1453).incident_id
    assert _claim(result, "a1", 1426).incident_id != main


# ---------------------------------------------------------------- headlines


def test_a_headline_its_body_does_not_repeat_is_set_against_nothing() -> None:
    result = reconciled(
        ("2014-05-15", "Turkey mourns mine victims, 282 killed\n\nThe prime minister put the toll at "
                       "245. However, at least 300 died according to unofficial records."),
    )
    headline = _claim(result, "a0", 282)
    assert headline.category == "killed"  # still a claim, in the table and the estimates
    assert all(headline.claim_id not in (f.claim_a, f.claim_b) for f in result.conflicts)
    assert (245, 300) in _pairs(result)


def test_a_headline_its_body_repeats_is_compared() -> None:
    result = reconciled(
        ("2014-05-15", "Mine fire kills 282\n\nThe mine fire has killed 282 people, officials said on "
                       "Thursday."),
        ("2014-05-15", "At least 400 people have died in the mine fire, the union said on Thursday."),
    )
    assert (282, 400) in _pairs(result)


# ---------------------------------------------------------------- late copies


def test_a_late_copy_of_a_first_day_report_is_set_against_nothing() -> None:
    result = reconciled(
        ("2023-06-14", "A fishing boat sank off Kalamata on Wednesday, killing 79 people, the coast guard "
                       "said."),
        ("2023-06-21", "The toll of the Kalamata shipwreck rose to 82 on Wednesday, the coast guard said."),
        ("2023-07-28", "Greece declared three days of mourning for the shipwreck off Kalamata, which has "
                       "killed 79 people, the news agency reported."),
    )
    copy = _claim(result, "a2", 79)
    assert all(copy.claim_id not in (f.claim_a, f.claim_b) for f in result.conflicts)


def test_a_late_report_of_a_new_figure_is_compared() -> None:
    result = reconciled(
        ("2023-06-14", "A fishing boat sank off Kalamata on Wednesday; rescuers retrieved the bodies of "
                       "79 people, the coast guard said."),
        ("2023-06-21", "The toll of the Kalamata shipwreck rose to 82 on Wednesday, the coast guard said."),
        ("2023-07-28", "The shipwreck off Kalamata killed 80 people, the news agency reported."),
    )
    late = _claim(result, "a2", 80)
    assert any(late.claim_id in (f.claim_a, f.claim_b) for f in result.conflicts)
