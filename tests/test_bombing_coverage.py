"""Faults that two held-out clusters (a day of church and hotel bombings, and a truck bombing,
each covered by eight outlets over weeks) found, as rules. The sentences are written for the
project; the facts echo real reporting of the 2019 Easter bombings in Sri Lanka and the 2017
Mogadishu truck bombing, the wording is ours."""

from __future__ import annotations

from tracker.extractor.text import sentence_spans

from .claim_tables import Has, Lacks, claims_of, reconciled, table_tests

HAS: list[Has] = [
    # the last of a list of bare numbers, one per place listed, is one place's share
    ("He said 93, 27, 45 and 8 deaths were recorded at the cathedral, the chapel, the hotel and the "
     "guest house respectively.", "killed", 8, {"partial": True}),
    ("Some 40, 50 and 60 people died in the three villages.", "killed", 60, {"partial": True}),
    # ... not a figure after a date's year
    ("On April 21, 2019 and 290 people died, the police said.", "killed", 290, {"partial": False}),
    # "brought here", "sent there": one hospital's share of the toll
    ("“More than a hundred wounded were brought here,” the hospital director said.", "injured", 100,
     {"scope": "area"}),
    ("A doctor at a second hospital said seven bodies had been taken there.", "killed", 7, {"scope": "area"}),
    # "here" after a figure of the dead is where the speaker is, perhaps the whole town
    ("“We have 300 dead here,” the mayor said.", "killed", 300, {"scope": "whole"}),
    # an ellipsis inside a quotation leaves words out; the quotation and its speaker go on
    ("“We have now confirmed 512 dead ... (Another) 316 people were hurt,” Ali Hassan, the committee’s "
     "chairman, told Reuters on Thursday.", "killed", 512, {"source": "Ali Hassan", "as_of": "2017-10-12"}),
    # a title after the name whose closing comma is missing: the named person speaks
    ("“We have recorded 512 dead and 295 wounded,” Ali Hassan Nur, chairman of the emergency operation "
     "centre told AFP on Saturday.", "killed", 512, {"source": "Ali Hassan Nur"}),
    ("Four people were wounded in a shooting in Long Beach, authorities said.", "injured", 4,
     {"source": "authorities"}),
    # the count a hospital's staff member gives for "they" is the hospital's share
    ("A doctor at al-Shifa Hospital said they had received 50 bodies.", "killed", 50,
     {"location": "al-Shifa Hospital", "partial": True}),
    ("Aden Nur, a doctor at the city's Hawa hospital, said they had recorded 258 deaths while Ahmed Ali, a "
     "nurse at the nearby Fiqi hospital, told reporters five bodies had been sent there.", "killed", 258,
     {"location": "Hawa hospital", "source": "Aden Nur"}),
    ("A doctor at the hospital said 50 people had died in the city.", "killed", 50, {"partial": False}),
    # "while" opens another speaker's clause only with its own subject
    ("Twelve people were killed while praying in a mosque in Kabul.", "killed", 12, {"location": "Kabul"}),
    # the dead admitted to a hospital are dead
    ("The director told us that 218 dead bodies were admitted to the hospital since yesterday.", "killed",
     218, {}),
    # a chairman speaks; the agency told is no speaker
    ("“512 people died,” Ali Hassan, the committee’s chairman, told Reuters.", "killed", 512,
     {"source": "Ali Hassan"}),
    # a group that claims an attack owns it: the toll of the attack is not its word
    ("The militant group had claimed a series of bombings that killed more than 320 people.", "killed", 320,
     {"source": ""}),
    ("The militant group claimed responsibility for the attack, which killed 22 people.", "killed", 22,
     {"source": ""}),
    ("The rebels claimed 40 soldiers were killed.", "killed", 40, {"source": "rebels"}),
    # a pronoun's frame in a relative clause after the figure speaks for no figure before it
    ("The group had claimed a series of bombings that killed more than 320 people, and released a video "
     "of the men it said were responsible.", "killed", 320, {"source": ""}),
    ("Police said 12 people were killed, and it said the attackers had fled.", "killed", 12,
     {"source": "Police"}),
    ("Police claimed the attack killed 30 people, but residents said at least 50 died.", "killed", 30,
     {"source": "Police"}),
    ("The army claimed the airstrike killed 50 militants.", "killed", 50, {"source": "army"}),
    # a first or initial count is an earlier one
    ("The first probe gave a death toll of 358, and the final report puts the deaths at 587.", "killed", 358,
     {"as_of_basis": "earlier"}),
    ("An initial count put the toll at 288.", "killed", 288, {"as_of_basis": "earlier"}),
    # a figure before a contrast set later is the earlier word; the later time is no speaker's name
    ("Relatives spoke of nearly 90 missing, but a week later officials said 60 people had died.", "missing",
     90, {"as_of_basis": "earlier"}),
    ("Relatives spoke of nearly 90 missing, but a week later officials said 60 people had died.", "killed",
     60, {"as_of_basis": "published", "source": "officials"}),
    ("Thirty people died, but hours later the ministry said 41 had died.", "killed", 30,
     {"as_of_basis": "earlier"}),
    ("At least 12 people were killed, but police later said the toll could rise.", "killed", 12,
     {"as_of_basis": "published"}),
    ("Thirty people died, but rescuers are still searching the rubble.", "killed", 30,
     {"as_of_basis": "published"}),
    ("He was arrested Thursday, a day after police found four bodies.", "killed", 4, {"source": "police"}),
    ("For the first time, officials said 300 people had died.", "killed", 300, {"as_of_basis": "published"}),
    ("The initial blast killed 30 people, police said.", "killed", 30, {"as_of_basis": "published"}),
    ("According to initial figures released by the ministry, 45 people were killed.", "killed", 45,
     {"as_of_basis": "published"}),
    # a figure the speaker corrects that others reported is not the speaker's earlier word
    ("The ministry said the toll was 253 and not 359 as being reported by the media.", "killed", 359,
     {"source": "", "as_of_basis": "earlier", "source_rule": "reported_by_others"}),
    ("The ministry said the toll was 253, not 359 as it had said on Wednesday.", "killed", 359,
     {"source": "ministry"}),
    ("The ministry said 45 people died, not 54 as it reported on Monday.", "killed", 54,
     {"source": "ministry"}),
    ("Police said 12 people were killed, and not 21 as stated in their earlier statement.", "killed", 21,
     {"source": "Police"}),
    # a toll whose breakdown follows its colon is no sum of categories
    ("The death toll rose to 45: 40 people died at the scene and five in hospital, while 60 were wounded.",
     "killed", 45, {}),
    # days after a month and ages are no list of counts
    ("During storms on March 3 and 4, 12 people were killed.", "killed", 12, {"partial": False}),
    ("The gunmen, aged 19, 22 and 25, killed 14 people.", "killed", 14, {"partial": False}),
    # a pro-form after a verb of taking is only for the figure taken
    ("About 500 troops were sent there after the attack that killed 12.", "killed", 12, {"scope": "whole"}),
    # who attacked is no place ("an al-Shabaab attack"): the place after it is the figure's
    ("Twenty people were killed in an al-Shabaab attack in Mogadishu.", "killed", 20,
     {"location": "Mogadishu"}),
    ("Two people were killed in a Denver shooting on Saturday.", "killed", 2, {"location": "Denver"}),
    # the categories a colon breaks a total into are counted, each in its own
    ("The count of people affected by the blast stands at 869: 512 dead, 295 wounded and 62 missing.",
     "killed", 512, {}),
    # the people a count names outside the figure's own noun: in the count's name, after a copula,
    # by where they came from
    ("The death toll has risen to 359, of whom 45 were children.", "killed", 45,
     {"scope": "group", "group": "children"}),
    ("The toll rose to 310, of which 38 are foreign nationals.", "killed", 38,
     {"scope": "group", "group": "foreigners"}),
    ("The toll climbed to 290; 31 of them were foreigners.", "killed", 31,
     {"scope": "group", "group": "foreigners"}),
    ("The number of children killed in the blasts rose to 45.", "killed", 45,
     {"scope": "group", "group": "children"}),
    ("The toll among foreigners climbed to 36 on Tuesday.", "killed", 36,
     {"scope": "group", "group": "foreigners"}),
    ("A broadcaster put the number of foreigners killed at nine.", "killed", 9,
     {"scope": "group", "group": "foreigners"}),
    ("A wire agency reported that 35 people from other countries had died.", "killed", 35,
     {"scope": "group", "group": "foreigners"}),
    # ... not a noun the group word only modifies, nor the agent of the verb
    ("The toll of the police raid rose to 12.", "killed", 12, {"scope": "whole", "group": "people"}),
    ("The number of people killed rose to 45.", "killed", 45, {"scope": "whole"}),
    ("Two of the men were arrested by police on Monday.", "arrested", 2, {"group": "people"}),
    # ... nor a count named before another clause or another figure, nor one of two groups
    ("The number of children killed rose to eleven, while the overall toll climbed to 321.", "killed", 321,
     {"scope": "whole", "group": "people"}),
    ("The number of rescuers at the site has doubled, and the death toll has risen to 40.", "killed", 40,
     {"scope": "whole", "group": "people"}),
    ("The number of children in the camp is rising as cholera has killed 40 people.", "killed", 40,
     {"scope": "whole", "group": "people"}),
    ("The toll among protesters and police rose to 30, activists said.", "killed", 30, {"scope": "whole"}),
    ("Twelve people evacuated from overseas were treated for injuries.", "displaced", 12,
     {"group": "people"}),
    # a toll a record gives ("recorded as", "announced as", "given as") and one cut down
    ("The number of injured was recorded as 485, the health ministry said.", "injured", 485,
     {"scope": "whole", "source": "health ministry"}),
    ("The number of deaths was announced as more than 280.", "killed", 280, {"qualifier": "more_than"}),
    ("The death toll was given as 280 on Monday.", "killed", 280, {"scope": "whole"}),
    ("The number of injured persons due to the blasts, which was recorded as 485, is now lower.", "injured",
     485, {"scope": "whole"}),
    ("Six people had succumbed to their injuries in hospital.", "killed", 6, {}),
    # a count of the injured that falls counts those still in care; a correction stays the toll
    ("The number of injured persons has been reduced to 149 as patients went home.", "injured", 149,
     {"scope": "group", "group": "in hospital"}),
    ("The number of injured dropped to about 40 on Monday.", "injured", 40, {"group": "in hospital"}),
    ("The number of injured was revised down to 300.", "injured", 300, {"scope": "whole"}),
    ("The number of injured has decreased to 149 after officials removed duplicate entries.", "injured", 149,
     {"scope": "whole"}),
    ("The number of wounded dropped to 40 this week from 100 last week, the UN said.", "injured", 40,
     {"scope": "whole"}),
    ("Road injuries fell to 1,200 in 2018 from 1,500 a year earlier, the ministry said.", "injured", 1200,
     {"scope": "whole"}),
    # "N more" after a digit is an increment, not "N more ... than usual" nor a total's "additional"
    ("Rescuers found 40 more bodies on Tuesday.", "killed", 40, {"scope": "period"}),
    ("Data showed that about 1,400 more deaths than normal were reported after the hurricane.",
     "killed", 1400, {"scope": "whole"}),
    ("Researchers estimated a total of 4,645 additional deaths after the hurricane.", "killed", 4645,
     {"scope": "whole"}),
    ("A study found 2,975 additional deaths in Puerto Rico after the hurricane.", "killed", 2975,
     {"scope": "whole"}),
    ("In England, 1,400 more deaths were registered in the week, compared with the five-year average.",
     "killed", 1400, {"scope": "whole"}),
    ("Six additional deaths were reported on Monday.", "killed", 6, {"scope": "period"}),
    # a place after another count ("29 remains at ...") is that count's, not the toll's
    ("He said the toll was announced as more than 280 after considering 29 remains at the district "
     "hospital and 102 at the base hospital.", "killed", 280, {"location": "", "partial": False}),
    # a verb of saying that opens a list shifts the tense of every figure of it
    ("The compensation office said 266 people had died and 407 were injured.", "injured", 407,
     {"as_of_basis": "published"}),
    ("The toll had been 255 before it was revised, and 300 were injured, the office said.", "killed", 255,
     {"as_of_basis": "earlier"}),
    # "at the former": one of two places named before
    ("Two more blasts hit a guest house and a housing estate, with two people killed at the former.",
     "killed", 2, {"partial": True}),
    ("Three people were killed at the former military base in Kandahar, officials said.", "killed", 3,
     {"partial": False, "location": "Kandahar"}),
    # "the new figure is N": the toll the sentence, or the article before, names
    ("The new figure is 253, well below the previous toll of 359.", "killed", 253, {"scope": "whole"}),
    ("The ministry had given 359 dead. The latest figure is 253, it said on Thursday.", "killed", 253,
     {"scope": "whole"}),
    ("Police said 97 people had died, down from the previous figure of 115.", "killed", 115,
     {"as_of_basis": "earlier"}),
    ("The toll rose to 60, up from Monday's tally of 55.", "killed", 55, {"as_of_basis": "earlier"}),
    ("The latest figure is 40 dead, the ministry said.", "killed", 40, {"source": "ministry"}),
    # a speaker's verb that reduces a toll sets it; the event's day in the toll's name is the event's
    ("Sri Lanka reduces death toll of Easter Sunday attacks to 253", "killed", 253,
     {"as_of": "2017-10-16"}),
    ("The ministry lowered the toll of Friday's quake to 90 on Sunday.", "killed", 90,
     {"as_of": "2017-10-15"}),
    ("The death toll in last Sunday's attacks stands at nearly 253.", "killed", 253,
     {"as_of": "2017-10-16", "qualifier": "about"}),
    ("One person is dead and four others are injured Friday after a shooting.", "injured", 4,
     {"as_of": "2017-10-13"}),
    # the bodies one morgue or hospital holds are its share of the toll
    ("The number of bodies at the Batticaloa Teaching Hospital has reduced to 26 from 29.", "killed", 26,
     {"partial": True, "location": "Batticaloa Teaching Hospital"}),
    ("The number of bodies at the city morgue has now reduced to 114.", "killed", 114, {"partial": True}),
    ("The number of bodies recovered rose to 50 on Sunday.", "killed", 50, {"partial": False}),
    ("The number of deaths at al-Ahli hospital rose to 500.", "killed", 500, {"partial": False}),
    # a body that issues a document speaks through it ("issued a statement saying")
    ("The Health Ministry has issued a clarification stating that the death toll stands at 253.", "killed",
     253, {"source": "Health Ministry"}),
    ("Police issued a statement saying 40 people had died.", "killed", 40, {"source": "Police"}),
    ("The ministry released a statement Thursday stating that 290 people had died.", "killed", 290,
     {"source": "ministry"}),
    ("Police put out a statement saying 12 people were hurt.", "injured", 12, {"source": "Police"}),
    # "suggested": a source's noun phrase or a full name speaks, not one capitalised word
    ("In a post online, the deputy speaker of the senate suggested the toll could be well over 200.",
     "killed", 200, {"source": "deputy speaker of the senate", "hedged": True}),
    ("Senator Ali Omar suggested 40 people had died.", "killed", 40, {"source": "Senator Ali Omar"}),
    ("Evidence suggested 40 people had died.", "killed", 40, {"source": ""}),
    # a people in the plural is no person's name
    ("Officials said the bodies of Asians were hard to tell apart, and 12 people died.", "killed", 12, {}),
    # the dead at the scene, or in hospital, are parts of a larger toll given before; with none
    # before, the toll; "and five in hospital" after a verb of dying died there
    ("The death toll rose to 21. Sixteen people died at the scene and five in hospital.", "killed", 16,
     {"scope": "group", "group": "at the scene"}),
    ("The death toll rose to 21. Sixteen people died at the scene and five in hospital.", "killed", 5,
     {"scope": "group", "group": "died in hospital"}),
    ("Three people were pronounced dead at the scene, police said.", "killed", 3, {"scope": "whole"}),
    ("The death toll rose to 7. Four died at the scene and another three in hospital.", "killed", 4,
     {"scope": "group", "group": "at the scene"}),
    ("The death toll rose to 7. Four died at the scene and another three in hospital.", "killed", 3,
     {"scope": "group", "group": "died in hospital"}),
    ("The blast killed 30 people. Twenty-two died at the scene and the other eight in hospital.", "killed",
     8, {"scope": "group", "group": "died in hospital"}),
    ("A shooting left two people dead and three others in the hospital.", "injured", 3, {}),
    ("Two people died and five were in hospital.", "injured", 5, {}),
    # ... not a killing's "and 14 others in hospital", nor a verb of putting ("put 20 in hospital")
    ("Three people were killed and 14 others in hospital, police said.", "injured", 14, {}),
    ("The blast killed four people and put 20 in hospital, police said.", "injured", 20,
     {"source": "police"}),
    # ... nor the speaker at the scene, nor a separate attack
    ("The death toll rose to 21. Five people were killed, police at the scene said.", "killed", 5,
     {"scope": "whole"}),
    ("The attack killed 40 people. In a separate attack in the north, 12 people died at the scene.",
     "killed", 12, {"scope": "whole"}),
    ("The attack killed 40 people. Twelve people died at the scene, another official said.", "killed", 12,
     {"scope": "group", "group": "at the scene"}),
    # what was done with the bodies a count names
    ("The number of bodies identified so far is 40, police said.", "killed", 40,
     {"scope": "group", "group": "identified"}),
    # the injured taken to hospital after a larger count of the injured are a group of them
    ("37 people were injured in Kyiv. In Kharkiv, 12 people were hospitalised.", "injured", 12,
     {"group": "people"}),
    ("Forty were hurt. Separately, 12 people were hospitalised after a gas leak.", "injured", 12,
     {"scope": "whole"}),
    ("In total 37 people were injured. Thirty-three were hospitalised.", "injured", 33,
     {"scope": "group", "group": "hospitalised"}),
    ("Ten people were hurt and four were taken to hospital.", "injured", 4,
     {"scope": "group", "group": "hospitalised"}),
    ("Thirty-three people were hospitalised.", "injured", 33, {"scope": "whole"}),
    ("Five people were injured in the blast. In a separate attack, 3 were hospitalised.", "injured", 3,
     {"scope": "whole"}),
    ("Ten were injured. Three are in critical condition in hospital.", "injured", 3,
     {"group": "in critical condition"}),
    # the dead named are a part of the toll; the names of the missing are their count
    ("The toll stands at 115. Police have released the names of 50 of the dead.", "killed", 50,
     {"scope": "group", "group": "identified"}),
    ("Police have released the names of three men slain at a barbershop.", "killed", 3, {"scope": "whole"}),
    ("Officials have released the names of 338 people still missing.", "missing", 338, {"scope": "whole"}),
    # ... between the count's name and its figure, not after it
    ("The number of bodies recovered from the rubble stands at 115, of which 27 have been identified.",
     "killed", 115, {"scope": "whole"}),
    ("The number of bodies recovered from the rubble stands at 115, of which 27 have been identified.",
     "killed", 27, {"scope": "group", "group": "identified"}),
    # a document by someone is that someone's; "the brief statement" is the one named before
    ("According to a report by Reuters, 115 people died.", "killed", 115, {"source": "Reuters"}),
    ("According to a report released by the UN, 115 people died.", "killed", 115, {"source": "UN"}),
    ("At least 36 people have died, Maui County said in a statement. “As the efforts continue, 36 total "
     "fatalities have been found today,” the brief statement said.", "killed", 36,
     {"source": "Maui County"}),
    ("The victim was shot in the stomach, a police report said.", "injured", 1,
     {"source": "a police report"}),
    ("The army said 40 rebels were killed. Fifty soldiers died, the rebels' statement said.", "killed", 50,
     {"source": "rebels' statement"}),
    ("Police put the casualties at 12 dead and 30 wounded.", "killed", 12, {"source": "Police"}),
    # a held-out wildfire cluster: a speaker's "number of deaths ... to 97", a month's abbreviation,
    # a count moved "down from estimates of", the event's month after a state still holding
    ("Police in the state have revised the number of deaths from last month's wildfire on the island to "
     "97, down from their previous toll of 115.", "killed", 97, {"source": "Police in the state"}),
    ("Police in Hawaii revised the number of deaths to 97.", "killed", 97, {"location": ""}),
    ("The death toll from the Aug. 8 fire on the island stands at 115, officials said.", "killed", 115,
     {"source": "officials"}),
    ("The mayor said there are an estimated 850 people unaccounted for, down from estimates of about "
     "1,000.", "missing", 1000, {"as_of_basis": "earlier"}),
    ("Sixty-six people were still reported to be missing in the wildfires last month.", "missing", 66,
     {"as_of": "2017-10-16"}),
    # a held-out quake: a magnitude inside the toll's noun phrase; "X cited Y as saying" is Y's word
    # relayed by X (not "he was quoted by X as saying": his)
    ("The death toll of the 7 magnitude earthquake has risen to 2,960, government spokesman John Doe told "
     "journalists.", "killed", 2960, {"source": "government spokesman John Doe"}),
    ("The toll rose to 1,591, the news agency cited the Interior Ministry as saying.", "killed", 1591,
     {"source": "Interior Ministry", "via": "news agency"}),
    ("The agency's head said the roads were cut. \"It's estimated that 10,000 are displaced,\" he was "
     "quoted by a local daily as saying.", "displaced", 10000, {"source": "agency's head"}),
    # a held-out building collapse: "since the disaster took place on April 24" starts a running
    # count; a day's bodies pulled out are that day's recovery, not the toll
    ("He said 1,127 bodies were pulled out of the rubble since the disaster took place on April 24.",
     "killed", 1127, {"as_of_basis": "published"}),
    ("The official toll is nearly 400. Rescuers pulled 12 bodies from the rubble Tuesday, the seventh day "
     "of their work.", "killed", 12, {"scope": "period"}),
    ("Rescuers have pulled 400 bodies from the rubble.", "killed", 400, {"scope": "whole"}),
    # (a second review: the event's day, a past perfect past its adverbs; "a total of nearly";
    # "magnitude-7.1"; "took part" tells no event outside a "since" clause)
    ("The official toll is nearly 400. Rescuers pulled 380 bodies from the rubble of the factory that "
     "collapsed on Tuesday.", "killed", 380, {"scope": "whole"}),
    ("The official toll is nearly 400. Rescuers had so far pulled 380 bodies from the rubble Tuesday.",
     "killed", 380, {"scope": "whole"}),
    ("The toll rose to a total of nearly 300.", "killed", 300, {"qualifier": "about"}),
    ("The death toll of the magnitude-7.1 earthquake has risen to 300, officials said.", "killed", 300,
     {"source": "officials"}),
    # "a total of" opens a figure as a qualifier does ("rose to a total of 215"); the total after a
    # list's parts is the whole, not one more part
    ("The toll rose to a total of 215.", "killed", 215, {"rule": "toll", "qualifier": "exact"}),
    ("The floods killed 211 people in Valencia and a total of 215 in Spain.", "killed", 215,
     {"partial": False}),
    # "the number of people unaccounted for"; a speaker named before a long apposition
    ("Jane Doe, special agent in charge of the bureau's island division, said that the number of people "
     "unaccounted for is between 1,000 and 1,100.", "missing", 1000,
     {"source": "Jane Doe", "qualifier": "range", "high": 1100}),
    ("The number of people unaccounted for has risen to 1,300.", "missing", 1300, {"qualifier": "exact"}),
    ("Federal agents said 12 people were arrested near the border.", "arrested", 12,
     {"source": "Federal agents"}),
    # "reports" after an adjective is a noun, not a verb of relaying
    ("Early reports suggested 40 people had died.", "killed", 40, {"source": "Early reports"}),
]

LACKS: list[Lacks] = [
    # an update is a toll's only in a sentence that names the toll, of a bare amount; an aim is no toll
    ("About 2,000 homes were damaged. The latest figure is 2,500.", "killed", 2500),
    ("Rain fell for days. The new figure is 300 millimetres, the ministry said.", "killed", 300),
    ("The government wants to reduce the number of road deaths to 500 by 2030.", "killed", 500),
    ("The new figure is 253, the ministry said, while 485 people remain injured.", "injured", 253),
    # the bodies of a people are no one person's
    ("He noted that it was hard to tell the bodies of Asians apart.", "killed", 1),
    ("The bodies of Indians were flown home.", "killed", 1),
    # "the number of" another thing before the toll noun is no toll
    ("The number of hospitals treating the injured, which was given as 12 by the ministry, has grown.",
     "injured", 12),
    # a list of ages that "ages" opens counts no one
    ("The victims, ages 22, 26, 29 and 37, were taken to hospitals with minor injuries, deputies said.",
     "injured", 29),
    ("The victims, ages 22, 26, 29 and 37, were taken to hospitals with minor injuries, deputies said.",
     "injured", 37),
    # a total of several categories before their breakdown counts none of them
    ("The committee said 869 persons were involved in the casualty count: 512 dead, 295 wounded and 62 "
     "missing.", "killed", 869),
    ("The number of casualties stands at 869 people: 512 are dead and 295 wounded.", "killed", 869),
]

test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS, published="2017-10-16")


def test_a_fact_box_label_keeps_its_figure() -> None:
    # a colon after a label opens its figure, no breakdown
    assert [(c.category, c.value) for c in claims_of("People killed: 501\nPeople injured: 1,523")] == [
        ("killed", 501), ("injured", 1523)]


def test_two_hospitals_shares_and_a_listed_site_raise_no_flag() -> None:
    result = reconciled(
        ("2017-10-16", "The government said 276 people were killed in the blast. A doctor at the main "
                       "hospital said 130 bodies were brought there, while a nurse at a second hospital said "
                       "five bodies had been sent there."),
        ("2017-10-17", "Officials said 93, 27, 45 and 8 deaths were recorded at the market, the hotel, the "
                       "school and the mosque respectively, and the toll stood at 300."))
    assert result.conflicts == []


def test_an_ellipsis_that_closes_a_quotation_ends_its_sentence() -> None:
    text = "The mayor said: “We cannot reach them...” Rescuers found 12 bodies on Tuesday."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The mayor said: “We cannot reach them...”", "Rescuers found 12 bodies on Tuesday."]
    claims = claims_of("“We have found 20 bodies...” Rescuers were still searching on Tuesday, the fire "
                       "chief told reporters.")
    assert [(c.value, c.source) for c in claims] == [(20, "")]


def test_a_later_lower_count_of_the_injured_flags_but_patients_going_home_do_not() -> None:
    result = reconciled(
        ("2019-04-25", "The health ministry said the number of injured was recorded as 485. The number of "
                       "injured persons has since been reduced to 149, the ministry said."),
        ("2019-05-10", "The compensation office said 266 people had died and 407 were injured."))
    flags = [(f.kind, f.category, sorted(int(v) for v in (f.value_a, f.value_b))) for f in result.conflicts]
    assert flags == [("contradiction", "injured", [407, 485])]


def test_an_outlets_only_figure_given_as_an_earlier_one_is_not_said_to_be_of_its_day() -> None:
    from tracker.report import summary_markdown

    result = reconciled(
        ("2019-04-25", "The health ministry said on Thursday that 253 people were killed."),
        ("2019-04-26", "The toll is now lower than the previous toll of 359."))
    summary = summary_markdown(result, {})
    assert "359 before 2019-04-26" in summary and "359 as of" not in summary


def test_a_ministry_and_its_minister_are_one_source_whose_own_decrease_flags_once() -> None:
    result = reconciled(
        ("2017-10-16", "A statement from the Information Ministry said 276 people were killed and 300 "
                       "wounded."),
        ("2017-10-21", "Minister of Information Ahmed Nur said 358 people had died and 228 were injured."))
    flags = [(f.kind, f.category, f.value_a, f.value_b) for f in result.conflicts]
    assert flags == [("decrease", "injured", 300, 228)]


def test_two_sources_counts_of_the_foreigners_killed_are_compared() -> None:
    result = reconciled(
        ("2019-04-21", "At least 150 people were killed, police said. A broadcaster put the number of "
                       "foreigners killed at nine, while a news agency said 35 people from other countries "
                       "had lost their lives."))
    flags = [(f.kind, f.category, sorted(int(v) for v in (f.value_a, f.value_b))) for f in result.conflicts]
    assert flags == [("contradiction", "killed", [9, 35])]
    assert result.conflicts[0].note.startswith("Among foreigners: ")


def test_groups_of_other_places_other_attacks_and_other_fates_are_not_compared() -> None:
    # the children of the country and of one city; the children of two attacks of one day's
    # round-up; the foreign dead and the remains of foreigners flown home
    assert reconciled(
        ("2022-01-09", "The ministry said three minors were among the dead."),
        ("2022-01-18", "The minister said two children were killed in Almaty.")).conflicts == []
    assert reconciled(
        ("2016-08-25", "Eleven children were killed in a barrel bomb attack on the old city, the monitor "
                       "said. The group also reported that two children were killed in rebel fire on the "
                       "west of the city.")).conflicts == []
    assert reconciled(
        ("2019-04-21", "A news agency said 35 foreigners had been killed."),
        ("2019-04-29", "The remains of 25 foreign nationals have been repatriated, the ministry said.")
    ).conflicts == []


def test_a_sources_recount_of_one_hospital_flags_beside_its_decrease_of_the_whole() -> None:
    result = reconciled(
        ("2019-04-24", "The defence ministry said the death toll had risen to 359."),
        ("2019-04-25", "The health ministry said the death toll stands at 253 and not at 359. The number of "
                       "bodies at the Batticaloa Teaching Hospital has reduced to 26 from 29, the health "
                       "ministry said."))
    flags = sorted((f.kind, f.value_a, f.value_b) for f in result.conflicts)
    assert flags == [("contradiction", 359, 253), ("decrease", 29, 26)]
