"""Word lists the extractor reads: data only, no logic.

Everything here is lower-case. Extend a list to teach the tracker a new phrasing; the rules
in ``figures.py``, ``predicates.py``, ``attribution.py`` and ``dates.py`` never name a word of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..models import Qualifier, Reading

# ---------------------------------------------------------------- categories


# What the injured suffer or sustain ("80 people suffered burns", "sustained fractures").
WOUND_NOUNS: frozenset[str] = frozenset("wound wounds injuries injury burns fractures".split())
# A word that, standing after a figure ("12 people were killed", "22 dead", "three remain
# missing"), says what happened to the people counted.
PREDICATES: dict[str, Reading] = {
    **dict.fromkeys(
        "killed dead died die dies dying perished succumbed murdered slain executed massacred "
        "drowned lifeless martyred beheaded lynched".split(),
        "killed",
    ),
    **dict.fromkeys(
        "injured wounded hurt hospitalized hospitalised maimed burned "
        "treated stabbed".split(),
        "injured",
    ),
    # "trapped": under rubble, in a mine, still to be reached ("18 miners are still trapped")
    **dict.fromkeys("missing unaccounted disappeared trapped".split(), "missing"),
    **dict.fromkeys(
        "displaced homeless evacuated uprooted fled flee fleeing relocated evacuate "
        "relocate refugees evacuees".split(),
        "displaced",
    ),
    **dict.fromkeys(
        "arrested detained jailed imprisoned apprehended charged booked "
        "custody captured".split(),
        "arrested",
    ),
}

# Words of being caught somewhere that say how someone died when an agent follows ("trapped by
# a collapsing roof"), and that someone is missing otherwise ("trapped under the rubble").
CAUGHT_WORDS: frozenset[str] = frozenset({"trapped"})
# Verbs of rescue: their object was found, whatever held it ("rescued 12 people trapped in a
# lift", "pulled out 20 people trapped under the rubble").
RESCUE_VERBS: frozenset[str] = frozenset("rescued rescuing freed frees saved saves pulled brought "
                                         "extricated evacuated retrieved".split())
RESCUE_PARTICLES: frozenset[str] = frozenset("out alive free up".split())  # "pulled out alive 20 people"
# Verbs by which a people arrives somewhere ("3,900 Kosovars arrived in Macedonia", "Syrians
# crossed the border"), and the prepositions of the place: the people has fled there.
FLIGHT_ARRIVAL_VERBS: frozenset[str] = frozenset(
    "arrived arrive arrives arriving crossed cross crosses crossing poured streamed flooded entered".split())
FLIGHT_ARRIVAL_PREPOSITIONS: frozenset[str] = frozenset("in into at to".split())
# Peoples with no state of their own, named like a demonym ("409,000 Rohingyas have arrived").
PEOPLES: frozenset[str] = frozenset("rohingyas kurds yazidis uyghurs uighurs roma".split())
# Capitalised plural names of peoples, faiths and regions' people: a group, never a person's
# name ("the bodies of Asians", "Christians were killed").
GROUP_NAMES: frozenset[str] = PEOPLES | frozenset(
    """asians africans europeans arabs muslims christians hindus buddhists jews sikhs catholics
    protestants shias shiites sunnis westerners latinos hispanics""".split())
# Participles that go with "to death" without anyone dying ("sentenced to death").
NOT_KILLED_TO_DEATH: frozenset[str] = frozenset("sentenced condemned scared frightened bored worried".split())

# "evacuated their homes", "fled their houses": the object of a displacement verb that
# leaves the figure its subject.
HOME_WORDS: frozenset[str] = frozenset("home homes houses house villages village".split())

# Words that say the people hit are alive ("in stable condition", "non-life-threatening").
ALIVE_CUES: frozenset[str] = frozenset(
    "non-life-threatening non-life condition stable survive recovering recover treated "
    "released hospitalized hospitalised".split()
)
# Words before "dead" that make it a death of the subject ("was pronounced dead").
DEAD_AFTER: frozenset[str] = frozenset("pronounced declared found was is were later".split())
# How a text says that someone it spoke of died: "where he died", "succumbed to his injuries",
# "was pronounced deceased", "did not survive".
DIED_WORDS: frozenset[str] = frozenset("died dies succumbed succumbs perished".split())
DEAD_WORDS: frozenset[str] = frozenset("dead deceased".split())

# Predicates that need no "was" to be said of a person ("Maria Lopez died").
INTRANSITIVE: frozenset[str] = frozenset(
    "died dead die dies dying perished drowned missing unaccounted disappeared fled lifeless "
    "homeless".split()
)

# Predicates that need a second word to be a casualty ("lost their lives", "taken into
# custody", "taken to hospital"): first word -> (words that may follow, category).
# Verbs by which someone comes to a hospital, hurt or to visit the hurt.
VISIT_VERBS: frozenset[str] = frozenset("went walked arrived".split())
# Where the wounded are taken: "to hospital", "to Vanderbilt University Medical Center", "to a
# trauma centre", "to a clinic".
HOSPITALS: frozenset[str] = frozenset(
    "hospital hospitals clinic clinics infirmary medical trauma emergency".split()
)
PREDICATE_PHRASES: dict[str, tuple[frozenset[str], Reading | None]] = {
    "lost": (frozenset({"lives", "life"}), "killed"),
    "taken": (frozenset({"custody", "shelter", "refuge"}) | HOSPITALS, None),
    "transported": (HOSPITALS, "injured"),
    "went": (HOSPITALS, "injured"),
    "walked": (HOSPITALS, "injured"),  # "walked into the hospital with a gunshot wound"
    "arrived": (HOSPITALS, "injured"),
    "listed": (frozenset({"condition"}), "injured"),
    "airlifted": (HOSPITALS, "injured"),
    "admitted": (HOSPITALS, "injured"),
    "rushed": (HOSPITALS, "injured"),
    "forced": (frozenset({"flee", "leave", "evacuate", "abandon", "relocate"}) | HOME_WORDS, "displaced"),
    "took": (frozenset({"shelter", "refuge"}), "displaced"),
    "deprived": (frozenset({"liberty", "freedom"}), "arrested"),  # "507 persons deprived of liberty"
    "taking": (frozenset({"shelter", "refuge"}), "displaced"),
    "sought": (frozenset({"shelter", "refuge"}), "displaced"),
    "suffered": (WOUND_NOUNS, "injured"),
    "suffering": (WOUND_NOUNS, "injured"),
    "sustained": (WOUND_NOUNS, "injured"),
}
# "was shot in the leg": a wound the person lived through. The head, neck and chest are left
# out: "shot in the head" alone does not say whether the person lived.
BODY_PARTS: frozenset[str] = frozenset(
    """leg legs arm arms hand hands foot feet shoulder shoulders back stomach abdomen
    hip hips thigh thighs knee knees ankle ankles buttocks buttock side jaw groin wrist
    elbow finger fingers toe toes calf shin""".split()
)
# "the displacement of 2.3 million people", "the killing of 12 civilians"
OF_NOUNS: dict[str, Reading] = {
    "killing": "killed", "killings": "killed", "deaths": "killed", "death": "killed",
    "murder": "killed", "massacre": "killed", "execution": "killed", "executions": "killed",
    "murders": "killed", "bodies": "killed", "corpses": "killed", "remains": "killed",
    "injury": "injured", "injuries": "injured", "wounding": "injured",
    "arrest": "arrested", "arrests": "arrested", "detention": "arrested",
    "displacement": "displaced", "evacuation": "displaced", "relocation": "displaced",
    "disappearance": "missing", "disappearances": "missing",
}
# A hospital's own count, said by its staff ("Aden Nur, a doctor at the city's Madina hospital,
# said they had recorded 258 deaths"): that hospital's share (extraction._speakers_hospital).
HOSPITAL_STAFF_NOUNS: frozenset[str] = frozenset(
    "doctor nurse director official spokesman spokeswoman spokesperson head chief medic worker "
    "surgeon administrator".split())
FACILITY_PRONOUNS: frozenset[str] = frozenset("they we it".split())
RECEIVING_VERBS: frozenset[str] = frozenset("recorded received counted registered admitted treated".split())
# Conjunctions that may open another speaker's clause, whose places are its own.
CONTRAST_CLAUSE_WORDS: frozenset[str] = frozenset("while whereas".split())
# Nouns of the dead counted as remains ("29 remains at the hospital"): a count of its own, whose
# place is not another figure's (extraction.py).
REMAINS_NOUNS: frozenset[str] = frozenset("remains bodies corpses".split())
# Verbs by which bodies are taken from a site ("rescuers pulled 12 bodies from the rubble
# Tuesday": that day's recovery, with a day and no perfect, not the toll so far).
RECOVERY_VERBS: frozenset[str] = frozenset("pulled recovered retrieved removed extracted".split())
PAST_PERFECT_AUX: frozenset[str] = frozenset({"had"})  # "by Tuesday had pulled 400": so far
OVERNIGHT_WORDS: frozenset[str] = frozenset("overnight".split())  # a day's work named without its day
# Nouns that count cases of a casualty named after "of" ("627 instances of arrests").
CASE_NOUNS: frozenset[str] = frozenset("cases instances incidents".split())
TAKEN_TO: dict[str, Reading] = {
    "custody": "arrested", "shelter": "displaced", "refuge": "displaced",
    **dict.fromkeys(HOSPITALS, "injured"),
}

# Verbs that, standing before a figure, make it their object ("killing 12", "wounded 40
# others", "police arrested 15 protesters").
ACTIVE_VERBS: dict[str, Reading] = {
    **dict.fromkeys("kill killed killing kills slaughtered massacring massacred executed executing "
                    "execute executes murdered murdering".split(), "killed"),
    # military communiqués: "the army eliminated 75 militants" (PERSON_OBJECT_VERBS)
    **dict.fromkeys("eliminated eliminating eliminates".split(), "killed"),
    **dict.fromkeys("wound wounded wounding wounds injure injured injuring injures hurt hurting "
                    "hospitalized hospitalizing stab stabbed stabbing stabs treated treating".split(),
                    "injured"),  # "medics treated 200 people"
    **dict.fromkeys("displace displaced displacing displaces uproot uprooted uprooting "
                    "evacuate evacuated evacuating".split(), "displaced"),
    **dict.fromkeys("arrest arrested arresting arrests detain detained detaining detains "
                    "apprehended jailed capture captured capturing captures charged".split(), "arrested"),
}
# Verbs by which a side or a family counts its dead: "the army lost at least 12 soldiers".
# The figure must count people ("lost 12 tanks" is not a toll).
# Verbs that take lives: "claimed the lives of 12", "took the life of a boy".
LIFE_TAKING: frozenset[str] = frozenset(
    "claimed claiming claims claim took taken taking takes cost costing ended ending ends".split()
)
# Verbs whose object may be a place as well as people ("captured Aleppo", "captured 12 soldiers").
PLACE_TAKING_VERBS: frozenset[str] = frozenset("capture captured capturing captures".split())
# "a government body", "the student body": an institution, not a corpse.
CORPSE_NOUNS: frozenset[str] = frozenset({"body", "bodies"})
# "30 lives": a count of lives is a toll only with a verb that takes them ("claimed 30 lives")
LIVES: frozenset[str] = frozenset({"lives"})
LIFE_WORDS: frozenset[str] = frozenset({"lives", "life"})  # "claimed the lives of 12"
NOT_CORPSE_BEFORE: frozenset[str] = frozenset(
    """government governing advisory legislative student regulatory administrative transitional
    oversight international independent executive judicial elected official professional
    coordinating supervisory""".split()
)
# Verbs of two words before their object: "rounded up 200 suspects".
PHRASAL_VERBS: dict[tuple[str, str], Reading] = {
    ("rounded", "up"): "arrested", ("rounding", "up"): "arrested",
}
# Active verbs that count casualties only when what follows counts people: "eliminated 75
# militants", not "eliminated 75 jobs".
PERSON_OBJECT_VERBS: frozenset[str] = frozenset("eliminated eliminating eliminates".split())
LOSS_VERBS: frozenset[str] = frozenset("lost lose loses losing".split())
# Verbs that open a list of countries' losses ("Others include India with 101, Nigeria with 99").
COUNTRY_LIST_OPENERS: frozenset[str] = frozenset("include includes included".split())
COUNTRY_LIST_RULE = "country_list"  # the rule (figures.READERS) that reads such a list's entries
# The categories such a list may go on counting from the sentence before (the dead, the hurt).
COUNTRY_LIST_CATEGORIES: frozenset[str] = frozenset({"killed", "injured"})
# "Four people were shot": hit by gunfire, killed and wounded together. The extractor marks
# such figures with this pseudo-category; an article that reports no death (no killed claim,
# no "he died") turns them into injured, any other drops them (extraction.resolve_shootings).
SHOT: Literal["shot"] = "shot"
SHOOT_VERBS: frozenset[str] = frozenset("shot shooting shoots".split())
# Where displaced people stay ("were still in evacuation centres").
SHELTERS: frozenset[str] = frozenset(
    "shelter shelters camp camps centres centers tents tent".split()
)
# Verbs of staying somewhere, before where displaced people stay ("are staying in shelters",
# "living in camps", "remained with host families").
STAY_VERBS: frozenset[str] = frozenset(
    "staying stay stayed living live lived sheltering sheltered housed hosted accommodated "
    "lodged camped camping sleeping residing remain remained remaining".split()
)
# "staying with host families": hosted, which displaced people are.
HOSTS: frozenset[str] = frozenset("host hosts".split())
# Directions before a place or a people ("in southeast Houston", "405,000 South Sudanese").
COMPASS: frozenset[str] = frozenset(
    """north south east west central northern southern eastern western northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern""".split()
)
SHELTERED_HEADS: frozenset[str] = frozenset(
    """people persons civilians residents families households villagers children women idps
    evacuees refugees individuals inhabitants migrants""".split()
)
# A team that finds bodies ("a team of 55 French rescuers has found four bodies"): its finds
# are a part of the toll (scope.py), and the verbs of finding.
TEAM_NOUNS: frozenset[str] = frozenset("team teams unit units crew crews squad squads contingent".split())
BODY_FINDING_VERBS: frozenset[str] = frozenset("found recovered retrieved pulled located".split())
# "in critical condition": alive and hurt.
CONDITIONS: frozenset[str] = frozenset(
    "critical serious stable fair good grave guarded satisfactory life-threatening".split()
)
# The injured still in care, a current in-patient count, not the toll of the injured (scope.py:
# "382 are being treated", "550 are still being treated", "40 remain in hospital", "12 are still
# hospitalised"; not "30 were treated for injuries"): the verb of the state, its care, and the
# words beside a figure that make any count of the treated one ("793 have been discharged").
IN_CARE_PRESENT: frozenset[str] = frozenset("are is".split())
# Participles of the injured before the hospital that holds them ("20 injured in the hospital").
INJURED_PARTICIPLES: frozenset[str] = frozenset("injured wounded hurt".split())
IN_CARE_PROGRESSIVE: frozenset[str] = frozenset("being receiving getting undergoing".split())
IN_CARE_STAYING: frozenset[str] = frozenset("remain remains remained remaining stay stays".split())
IN_CARE_STATES: tuple[str, ...] = (
    "being treated", "receiving treatment", "receiving medical treatment", "undergoing treatment",
    "getting treatment", "under treatment", "under medical care", "in care", "in hospital",
    "in hospitals", "in the hospital", "in a hospital", "hospitalised", "hospitalized", "admitted",
    "in intensive care", "receiving intensive treatment", "receiving intensive care",
)
IN_CARE_BESIDE: frozenset[str] = frozenset("discharged released".split())
# Verbs by which a count of the injured falls ("the number of injured has been reduced to 149",
# "dropped to 40"): the injured leave care, a count of those still in it; not a correction
# ("revised down to 300", a speaker's verb, stays the toll).
IN_CARE_FALLS: frozenset[str] = frozenset("fell fallen dropped decreased reduced declined".split())
# ... unless the fall is a correction, or one period against another ("dropped to 40 this week
# from 100", "fell to 1,200 in 2018").
CORRECTION_WORDS: frozenset[str] = frozenset(
    "error errors duplicate duplicates duplicated double-counted double-counting corrected correction "
    "mistake".split())
PERIOD_COMPARISON_WORDS: frozenset[str] = frozenset("from week weeks month months quarter year years".split())
IN_HOSPITAL_NOUNS: frozenset[str] = frozenset("hospital hospitals".split())  # "2,549 were still in hospitals"
DISCHARGED = "discharged"  # the group of the injured sent home ("900 were discharged")
# Verbs of dying whose subject a figure joined by "and" shares ("Sixteen died at the scene and
# five in hospital"); not the state "dead" ("left two dead and three others in the hospital").
DEATH_VERBS: frozenset[str] = frozenset("died perished succumbed".split())
# The words of the figure such a verb is left out after ("and another three", "and the other five",
# "and the rest in hospital").
LEFT_OUT_FIGURE_WORDS: frozenset[str] = frozenset("people more others other another the rest".split())
# The dead at the scene and those who died in hospital, parts of a toll given before ("Sixteen
# died at the scene and five in hospital" after "the death toll rose to 21").
AT_THE_SCENE = "at the scene"
DIED_IN_HOSPITAL = "died in hospital"
# "34 died inside the stadium and the rest in hospital": the words after a figure that name the
# other dead of the same toll, so the figure is a part of a toll given anywhere before
REST_OF_THE_DEAD: frozenset[str] = frozenset("rest others remainder remaining".split())
# the term of a figure read from "in hospital" (predicates._in_hospital)
IN_HOSPITAL_TERM = "in hospital"
# The injured taken to hospital after a larger count of the injured ("37 were injured; 33 were
# hospitalised"): a group of them (scope.py), by the terms that say so.
HOSPITALISED = "hospitalised"
HOSPITALISED_TERMS: frozenset[str] = frozenset("hospitalised hospitalized".split())
TAKEN_TO_HOSPITAL: frozenset[str] = frozenset("taken rushed transported admitted brought airlifted".split())
# Verbs of a vehicle's load ("a trawler carrying hundreds of migrants"): the people it carried,
# whom the predicate after them does not tell ("survivors of a trawler carrying 700 were
# arrested": figures._predicate).
LOAD_VERBS: frozenset[str] = frozenset("carrying transporting ferrying".split())
LOAD_FATE_OPENERS: frozenset[str] = frozenset(", who that which all".split())
# One hospital's people ("the 205 patients admitted at the SCB medical college hospital", beside
# a larger whole count: scope._at_one_hospital): the verbs, prepositions and nouns, and its group.
TREATED_AT: frozenset[str] = frozenset("treated received".split())
AT_HOSPITAL_PREPOSITIONS: frozenset[str] = frozenset("at to in".split())
ONE_HOSPITAL_NOUNS: frozenset[str] = frozenset("hospital clinic infirmary".split())
AT_ONE_HOSPITAL = "at one hospital"
# The displaced who went back, or may now ("1,200 of the 2,000 evacuated were allowed to
# return home", "5,000 have returned"): a group of the displaced, no count of the displaced now.
RETURNED = "returned"
RETURN_WORDS: frozenset[str] = frozenset("return returns returned returning".split())
NOT_RETURN_WORDS: frozenset[str] = frozenset("not cannot can't unable never yet awaiting waiting".split())
VITAL_PARTS: frozenset[str] = frozenset("head neck chest face torso heart".split())
# "three others were shot": people besides those already counted (the dead).
OTHER_WORDS: frozenset[str] = frozenset("other others more additional".split())
# Words that bring in another person ("two were shot and a third died"): what follows is not
# the first person's fate.
ANOTHER_PERSON: frozenset[str] = frozenset("another third fourth fifth".split())
# "shot himself": the one who acts is the one hurt.
REFLEXIVES: frozenset[str] = frozenset("himself herself themselves myself yourself".split())
# Nouns that may name anyone a figure counted before: "the victim" may be "a man".
ANY_PERSON: frozenset[str] = frozenset("victim person individual one casualty patient".split())
# "a second victim", "the third suspect", "a 3rd man": someone other than the people before.
ORDINALS: frozenset[str] = frozenset(
    "second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th 6th".split()
)
# "hit by gunfire", "struck by a stray bullet": shot.
GUNFIRE: frozenset[str] = frozenset("gunfire bullet bullets shots shotgun pellets gunshot".split())
# Words that say someone in the article died, so that "were shot" may count the dead.
# "Murder" and "homicide" are left out: "attempted murder" and "homicide detectives" come
# with shootings nobody died in.
DEATH_PATTERN = r"\b(?:killed|killing|dead|died|dies|dying|deaths?|fatal(?:ly)?|slain|deceased|murdered)\b"
# Verbs whose object is a figure that a later word classifies: "left 56 people injured",
# "claimed 30 lives", "forced 2,000 people to flee".
FRAME_VERBS: frozenset[str] = frozenset(
    "left leaving leaves leave claimed claiming claims forced forcing forces".split()
)

# Heads that are themselves the casualty ("22 dead", "100,000 refugees", "12 bodies").
CASUALTY_HEADS: dict[str, Reading] = {
    **dict.fromkeys("dead deaths fatalities bodies body corpses".split(), "killed"),
    **dict.fromkeys("wounded injured injuries hospitalizations hospitalisations".split(), "injured"),
    **dict.fromkeys("missing".split(), "missing"),
    **dict.fromkeys("refugees refugee evacuees displaced idps homeless displacements "
                    "evacuations".split(), "displaced"),
    **dict.fromkeys("arrests".split(), "arrested"),
}

# Nouns after a demonym that make a speaker its country's ("the Syrian health ministry",
# "Turkish officials"), and words of a sentence that makes a toll the sum of several countries'.
COUNTRY_SPEAKER_NOUNS: frozenset[str] = frozenset(
    """government ministry minister president prime officials official authorities army military
    police agency health interior disaster civil""".split())
TOTAL_WORDS: frozenset[str] = frozenset("combined both overall total altogether".split())
IN_ALL_WORDS: frozenset[str] = frozenset({"all"})  # "769 had died in all": a total
# The kinds of place a fact box's heading in capitals may name ("ZIMBABWE", "SOUTH SUDAN").
HEADING_PLACE_KINDS: frozenset[str] = frozenset({"country", "admin1"})
# Words a fact box's label may hold before its casualty word ("People killed: 501", "Total
# deaths: 746", "Confirmed dead: 40").
LABEL_WORDS: frozenset[str] = frozenset(
    "people persons total confirmed reported officially known".split())
# Nouns after a casualty word that make it a modifier of a thing ("1,000 body bags", "200
# body cameras"): the figure counts the things.
THING_COMPOUND_NOUNS: frozenset[str] = frozenset(
    "bag bags armour armor cameras camera scanners scanner certificates bins lockers".split())

# Nouns that say the figure is a toll ("the death toll rose to 46").
TOLL_NOUNS: dict[str, Reading] = {
    "toll": "killed",
    "death": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "dead": "killed",
    "killed": "killed",
    "casualty": "killed",
    "injury": "injured",
    "injuries": "injured",
    "injured": "injured",
    "wounded": "injured",
    "missing": "missing",
    "refugees": "displaced",
    "displaced": "displaced",
    "arrests": "arrested",
    "arrested": "arrested",
    "detained": "arrested",
}
# Nouns whose "number of" is a toll too, besides TOLL_NOUNS ("the number of bodies at the
# morgue has now reduced to 114", "the number of people unaccounted for is 1,100").
NUMBER_OF_NOUNS: dict[str, Reading] = {**TOLL_NOUNS, "bodies": "killed", "unaccounted": "missing",
                                       "hurt": "injured"}
# Of those, the words that count people only right after "number" or after a noun of people
# ("the number hurt", "the number of people unaccounted for"; not "businesses hurt by the floods").
PEOPLE_COUNT_WORDS: frozenset[str] = frozenset("unaccounted hurt".split())
# The nouns that name a count of bodies ("the number of bodies identified so far is 40").
BODY_COUNT_NAMES: frozenset[str] = frozenset("number count tally total".split())
# Nouns that are a toll after a death word: "the death count", "the body count", "the casualty tally".
TOLL_COUNT_NOUNS: frozenset[str] = frozenset("count tally".split())
TOLL_COUNT_MODIFIERS: frozenset[str] = frozenset("death deaths body casualty fatality".split())
# Words allowed between a toll noun and its figure ("the death toll has now risen to",
# "the death count could be over 50").
# The ending of a manner adverb between a toll's verb and its figure ("rose rapidly to 159").
MANNER_SUFFIX = "ly"
TOLL_LINKS: frozenset[str] = frozenset(
    "could may might will would can be "
    "has have had rose risen rise rising climbed climbing climbs jumped jumps increased increases "
    "reached reaches hit hits stood stands stand is was were are at to of now further soared "
    "mounted grew grown reach climb totalled totaled totals numbered exceed top surpass pass cross "
    "been put puts putting officially also already from expected feared likely set passed passes crossed "
    "crosses breached breaches topped tops surpassed surpasses exceeded exceeds touched rises "
    "soars mounts grows "
    "nears neared nearing approaches approached approaching "
    # a toll that went down, or was corrected: "was revised down to 60", "fell to 58"
    "revised lowered fell fallen dropped decreased down corrected adjusted downgraded reduced cut "
    # a toll a record gives: "was recorded as 485", "was announced as more than 280"
    "recorded announced given listed registered "
    "surged surges surging spiked swelled leapt ballooned doubled tripled ranging".split()
)
# Verbs after which "as" links a toll noun to its figure ("the number of injured was recorded
# as 485", "the toll was given as 280"); elsewhere "as" opens a clause ("the toll rose as 40
# more bodies were found").
TOLL_AS_VERBS: frozenset[str] = frozenset("recorded announced given listed registered put".split())
# Nouns that count people in a unit other than persons.
HOUSEHOLD_UNITS: dict[str, str] = {
    "families": "families", "family": "families",
    "households": "households", "household": "households",
}

# Verbs in the chain between a figure and its predicate ("were reportedly also killed").
AUX_WORDS: frozenset[str] = frozenset(
    "were was are is have has had been be being may might could reportedly also all "
    "later allegedly believed feared confirmed now already still initially subsequently "
    "to found left reported remain remained remains remaining lay lie who that "
    "seriously critically fatally badly slightly mortally gravely severely both got get "
    "either officially presumed thought said since then each tragically registered as "
    "made ordered newly internally temporarily forcibly pronounced known".split()
)
# Participles that also modify a casualty noun before it: "3,655 confirmed fatalities",
# "12 reported deaths" (elsewhere they are verbs of the chain: "were confirmed dead").
ATTRIBUTIVE_PARTICIPLES: frozenset[str] = frozenset(
    "confirmed reported recorded registered documented verified known identified".split())
# Words that move a sentence's time on between two figures ("earlier 40 died, but now 60"):
# the figures after them are not of the earlier time.
TIME_SHIFTS: frozenset[str] = frozenset(
    "but now later while whereas however currently today tonight since then yet before after".split())
# Forms of "be" (and "get") that make a following participle passive ("were killed").
BE_WORDS: frozenset[str] = frozenset("was were is are been be being get got gets getting remain "
                                     "remains remained".split())
# Verbs that link a toll noun to its figure ("deaths rose to 40").
TOLL_VERBS: frozenset[str] = frozenset(
    "rose risen rise rising climbed climbing climbs jumped jumps increased increases reached "
    "reaches hit hits stood stands stand numbered totalled totaled totals soared mounted grew "
    "grown is was were are at put puts passed passes crossed crosses breached breaches topped tops "
    "surpassed surpasses "
    "exceeded exceeds touched rises soars mounts grows fell dropped decreased reduced "
    "exceed top surpass pass cross nears neared nearing approaches approached approaching "
    "surged surges spiked swelled leapt ballooned doubled tripled be reach".split()
)
# Toll verbs that say where a figure stands, not that it moved ("the toll stood at 14").
STANDING_VERBS: frozenset[str] = frozenset("at put puts stood stands stand".split())
# Adverbs between a relative pronoun and the verb that moves the figure before it ("18 bodies,
# which was later revised down to 14").
LATER_ADVERBS: frozenset[str] = frozenset("later subsequently since then afterwards".split())
# Nouns of one death after an event noun ("the May 14 shooting death of ..."): its day is the death's.
DEATH_NOUNS: frozenset[str] = frozenset("death deaths killing killings murder murders".split())
# The measures of the displaced, by the word that counts them (reconcile compares a measure
# with itself only): the evacuated, those in shelters, and the displaced (fled, homeless ...).
DISPLACEMENT_MEASURES: dict[str, str] = {
    "evacua": "evacuated", "shelter": "sheltered", "camp": "sheltered", "centre": "sheltered",
    "center": "sheltered",
}
# Verbs whose particle "over" is no qualifier ("handed over 441 bodies").
OVER_VERBS: frozenset[str] = frozenset("handed hand hands handing turned turn turns turning".split())
# Words that take "about" as their preposition ("learning more about two people found dead",
# "news about 30 miners"): the figure after it is exact, not "about".
ABOUT = "about"
ABOUT_GOVERNORS: frozenset[str] = frozenset(
    """more news information details asked asks asking talk talks talked talking speak spoke
    speaking worried concerned questions""".split())  # not "know about 30 have died": roughly
# What is done with the bodies of the dead counted so far ("32 bodies were buried", "handed
# over 441 bodies", "identified 27 bodies"): a part of the toll, by what was done (scope.py).
BODY_PROCESSES: dict[str, str] = {
    "buried": "buried", "identified": "identified", "handed": "handed over", "released": "released",
    "returned": "returned", "claimed": "claimed", "cremated": "cremated", "kept": "kept",
    "cremate": "cremated", "inter": "buried", "interred": "buried", "unclaimed": "unclaimed",
    "identification": "awaiting identification", "unidentified": "unidentified",
    "repatriated": "repatriated",
}
# Heads of a noun phrase that counts the victims, never a speaker ("the majority of victims reported").
VICTIM_HEADS: frozenset[str] = frozenset(
    "victims victim dead deaths fatalities casualties bodies injured wounded missing survivors".split())
SHARE_WORDS: frozenset[str] = frozenset("majority most many some half all share bulk rest number few".split())
# The apostrophes of a possessive, as tokens ("Nepal's", "Nepal\u2019s").
APOSTROPHES: frozenset[str] = frozenset({"'", "\u2019"})
# Words before "to" that make it no motion to a place ("according to Spanish authorities").
NOT_MOTION_BEFORE_TO: frozenset[str] = frozenset("according due owing thanks close next".split())
# Words that open a count of who was spared ("none of the 300 passengers were hurt").
SPARED_WORDS: frozenset[str] = frozenset({"none"})
# Categories of a head noun that names who people were before the event as much as what befell
# them ("13 refugees were among the 178 people killed": refugees who died).
PEOPLE_OF_A_FATE: frozenset[str] = frozenset({"displaced"})
# Determiners that point back to people counted before ("one of these two died of a heart
# attack", "of those 40, twelve were children"): the figure repeats a count, it is no new one.
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset("these those".split())
# Phrases that open a count of who is left out ("all but one of the victims", "all but two were
# rescued"): the figure counts the exception, no figure of what the sentence says of the rest.
EXCEPTION_OPENERS: frozenset[str] = frozenset(
    {"all but", "all except", "everyone but", "everyone except", "all save", "all bar"})
# Nouns after a corpse noun that count fragments, not people ("158 body parts").
FRAGMENT_NOUNS: frozenset[str] = frozenset("parts part fragments fragment pieces bits".split())
# The dead brought to hospitals or morgues ("200 dead had been brought to different hospitals",
# "the morgue received 120 bodies"): those that reached one kind of facility, a part of the toll
# (scope.py: scope `group`, group "brought to hospitals").
BODY_DELIVERY_VERBS: frozenset[str] = frozenset(
    "brought taken transported delivered carried moved sent rushed ferried".split())
BODY_FACILITIES: frozenset[str] = frozenset(
    "hospital hospitals morgue morgues mortuary mortuaries clinic clinics".split())
BODY_FACILITY_MODIFIERS: frozenset[str] = frozenset(
    "the a different various several local two three nearby city district provincial main".split())
BODY_RECEIVING_VERBS: frozenset[str] = frozenset("received receive receives receiving".split())
CORPSE_WORDS: frozenset[str] = frozenset("dead bodies body remains corpses".split())
BROUGHT_TO_HOSPITALS = "brought to hospitals"
# "still looking for the remains of five people": the dead whose bodies are sought, a group
BODIES_SOUGHT = "bodies sought"
SEARCH_WORDS: frozenset[str] = frozenset("looking searching search hunt hunting".split())
# Verbs that bring a toll to a figure ("bringing the death count up to 20": exactly 20).
BRINGING_VERBS: frozenset[str] = frozenset(
    "bring brings bringing brought take takes taking took push pushes pushing pushed".split())
# Verbs of a toll that moved ("rose to 160", "climbed to", "fell to"): its figure is of now.
TOLL_MOVES: frozenset[str] = TOLL_VERBS - frozenset(
    "is was were are be at put puts stood stands stand numbered totalled totaled totals".split())
# A toll that moved "up to" a figure ("the death toll has risen up to 154"): the figure it now
# stands at, not a maximum (figures._qualifier).
UP_TO_MOVES: frozenset[str] = TOLL_MOVES | frozenset("gone went goes going shot".split())
# Nouns of the event an article tells ("the blast", "the attack"), the words that refer back
# to it ("the blast", "that attack"), and words of a toll that runs to now ("so far").
EVENT_NOUNS: frozenset[str] = frozenset(
    """attack attacks blast blasts explosion explosions bombing bombings airstrike airstrikes strike
    strikes shooting massacre ambush raid earthquake quake crash collision stampede""".split()
)
EVENT_DEICTICS: frozenset[str] = frozenset("the that this".split())
RUNNING_WORDS: frozenset[str] = frozenset("far date now since".split())
# What excess deaths are counted against ("1,052 more people than usual died").
BASELINE_WORDS: frozenset[str] = frozenset("usual normal expected average normally usually".split())
# The auxiliaries of the present perfect ("the toll has reached 324"): a count that runs to now.
PERFECT_AUX: frozenset[str] = frozenset("has have".split())
# Words of the chain that make it no fact at all: a plan or a counterfactual.
UNREAL: frozenset[str] = frozenset("will would".split())
# ... or a near miss ("two people were nearly killed", "a child almost drowned")
NEAR_MISS: frozenset[str] = frozenset("nearly almost narrowly".split())
# Words right after a predicate that undo it ("fled the scene", "protective custody").
NOT_CASUALTY_WORDS: frozenset[str] = frozenset("scene protective foot".split())
# "taken to the medical examiner('s office)": where the dead go, not a hospital.
MORTUARY_WORDS: frozenset[str] = frozenset("examiner examiner's examiners coroner coroner's morgue".split())
# People who flee a scene rather than their homes.
PERPETRATORS: frozenset[str] = frozenset(
    "suspects suspect gunmen gunman attackers attacker robbers robber shooters shooter "
    "assailants assailant thieves thief burglars burglar".split()
)
# Words of the chain that make a figure uncertain ("may have died", "feared dead").
HEDGE_WORDS: frozenset[str] = frozenset(
    "may might could feared possibly perhaps likely probably believed thought presumed "
    "potentially expected".split()
)
# Words between "missing" and a death word that make the missing a toll of the dead not yet
# certain ("missing, presumed dead": the status by which police and coroners count the dead
# before they are found). A fear or a belief ("missing and feared dead", "missing, believed
# killed") leaves them missing: nobody counts them dead yet.
PRESUMED_WORDS: frozenset[str] = frozenset("presumed".split())
PRESUMED_LINKS: frozenset[str] = frozenset("be have".split())  # "presumed to be dead", "to have died"
NEGATIONS: frozenset[str] = frozenset("not no never none nobody n't".split())
# Words that open a direct question ("Could the difference of 1,100 deaths ...?", "How many
# of the 300 were children?"): its figures are asked about, not stated.
QUESTION_OPENERS: frozenset[str] = frozenset(
    "could would can will did does do is are was were has have had why how what who when where "
    "which should might may must".split()
)

# ---------------------------------------------------------------- what a figure counts

# People named by their religion or their people ("600 Muslims", "300 Rohingya", "40 Copts"):
# like a nationality, one group of the victims; the group is the word as written.
COMMUNITY_PLURALS: frozenset[str] = frozenset(
    """muslims christians hindus buddhists jews sikhs catholics protestants shiites shias sunnis copts
    yazidis druze alawites ahmadis rohingya rohingyas uyghurs uighurs hazaras tamils pashtuns baluch
    tutsis hutus roma sinhalese""".split()
)
# Heads that count people: "40 civilians", "12 others", "two police officers".
PERSON_NOUNS: frozenset[str] = frozenset(
    """people persons person civilians civilian soldiers soldier troops servicemen serviceman
    personnel police policemen policeman officers officer men man women woman children child
    kids kid boys boy girls girl babies baby infants infant toddler toddlers students student
    pupils pupil workers worker fighters fighter militants militant rebels rebel insurgents
    insurgent gunmen gunman members member protesters protester demonstrators demonstrator
    residents resident villagers villager passengers passenger victims victim others other
    individuals individual relatives relative patients patient pilgrims pilgrim worshippers
    worshipper worshipers migrants migrant journalists journalist staff employees employee
    miners miner teenagers teenager teens teen adults adult guards guard agents agent
    deputies deputy firefighters firefighter pedestrians pedestrian bystanders bystander
    suspects suspect prisoners prisoner detainees detainee inmates inmate crew jihadists
    jihadist recruits tourists tourist citizens citizen nationals national doctors doctor
    nurses nurse medics medic volunteers volunteer activists activist teachers teacher
    farmers farmer fishermen fisherman sailors sailor marines marine commanders commander
    leaders leader friends friend brothers brother sisters sister sons son daughters
    daughter mothers mother fathers father husband wife siblings cousins cousin
    peacekeepers peacekeeper guardsmen guardsman gendarmes gendarme conscripts militiamen
    militiaman combatants combatant opponents supporters supporter youths youth juveniles
    juvenile minors minor males male females female shoppers shopper customers
    customer partygoers spectators spectator fans fan mourners motorists motorist drivers
    driver cyclists cyclist hikers climbers survivors survivor casualties attackers attacker
    shooters shooter robbers robber hostages hostage asylum-seekers terrorists terrorist
    extremists extremist jihadis militia
    seekers lives bodies body corpses infantrymen paratroopers paramedics pilots pilot clerics cleric
    contractors contractor labourers laborers labourer laborer neighbors neighbours
    kin victim's occupants occupant tenants foreigners foreigner expatriates expatriate expats
    revellers reveller revelers reveler""".split()
) | COMMUNITY_PLURALS
# Participles that describe a person rather than say what happened ("the unidentified man").
PERSON_ADJECTIVES: frozenset[str] = frozenset(
    "unidentified unnamed armed retired wanted beloved married engaged pregnant "
    "unarmed elderly aged young teenaged".split()
)
# Heads of a single person ("a man was killed", "one soldier died").
SINGULAR_PERSONS: frozenset[str] = frozenset(
    w for w in PERSON_NOUNS
    if not w.endswith(("s", "men", "ren")) or w in {"bus", "boss", "witness", "actress"}
) | frozenset({"man", "woman", "gunman", "policeman", "fisherman", "serviceman", "person",
               "militiaman", "guardsman", "child", "body"})

# Relatives whose "of three" counts children, not casualties ("a mother of three").
KIN_NOUNS: frozenset[str] = frozenset(
    "mother father mom dad parent grandmother grandfather grandparent mother-of father-of".split()
)
MODALS: frozenset[str] = frozenset("would could might may will can should must to".split())
# A projection of a toll, not a count (figures.py marks it hedged): a modal, then a verb of
# reaching, before the figure ("it can reach 18,000 to 20,000 deaths", "could rise to 300",
# "may exceed 1,000", "is expected to reach", "feared to reach").
FORECAST_MODALS: frozenset[str] = frozenset(
    "can could may might will would expected feared likely set".split())
FORECAST_VERBS: frozenset[str] = frozenset(
    "reach rise exceed top surpass climb hit pass go increase grow double triple soar be "
    "register record see anticipate anticipates".split())  # "we can register more than 1,000 deaths"
# Adjectives that make a toll noun a projection ("the expected final death toll of around
# 300", "a projected toll of 1,000"); "estimated" is a hedge of a count, not one of these.
PROJECTED_ADJECTIVES: frozenset[str] = frozenset("expected projected anticipated predicted".split())
# Words between the verb of a projection and its figure ("could rise to as many as 300").
FORECAST_LINKS: frozenset[str] = frozenset("to as high many up beyond between".split())
# The verbs of reaching that are a figure's qualifier too ("could exceed 10,000", "would top 100").
FORECAST_VERB_QUALIFIERS: frozenset[str] = frozenset("exceed top surpass pass".split())
# Sources whose figures of the dead are modelled from the event, not counted: the US
# Geological Survey's PAGER estimates ("USGS estimated the toll at between 10,000 and
# 100,000") are projections, never a toll to set against a count.
MODELLING_SOURCES: frozenset[str] = frozenset({"usgs", "geological survey", "pager"})
# What projects: a toll, or "it" standing for one ("rescuers could reach 40 injured" is no forecast).
FORECAST_SUBJECTS: frozenset[str] = frozenset(
    "it this that figure figures number total tally count we there".split())  # "there will be 300 dead"
# One family's dead or hurt ("I lost four relatives", "his two sons were killed"): scope.py
# makes a figure of them `individual`, a personal loss, never a toll.
FAMILY_NOUNS: frozenset[str] = frozenset(
    """relatives relative family members member kin kinsmen children child kids sons son daughters
    daughter brothers brother sisters sister siblings cousins cousin parents nephews nieces uncles
    aunts grandchildren grandsons granddaughters grandparents wives husbands in-laws loved ones
    wife husband partner fiancee fiance mother father""".split()
)
# Words before a figure that take up a family's loss told before it ("who lost his partner and
# two daughters ... will wait for all three bodies"): the family's dead, not a toll.
FAMILY_TOTAL_WORDS: frozenset[str] = frozenset("all both".split())
POSSESSIVES: frozenset[str] = frozenset("my our his her their".split())
FIRST_PERSONS: frozenset[str] = frozenset("i we".split())
FIRST_PERSON_POSSESSIVES: frozenset[str] = frozenset("my our".split())
PERSONAL_LOSS_VERBS: frozenset[str] = frozenset("lost lose losing buried bury".split())

# "4,000 people were either dead or injured", "killed or wounded", "dead and injured": one
# number for both, the casualties, which the tracker does not read as a toll of either
# (figures.py), as it reads no "4,000 casualties". The links between the two words:
COMBINED_LINKS: frozenset[str] = frozenset("or and and/or".split())
COMBINED_CATEGORIES: frozenset[str] = frozenset({"killed", "injured"})
# Heads whose figures are never casualties: money, time, things, animals, votes.
NOISE_NOUNS: frozenset[str] = frozenset(
    """years year months month weeks week days day hours hour minutes minute seconds second
    decades decade centuries century percent per cent pc % dollars dollar euros euro pounds
    rubles roubles soms yuan rupees cents houses house homes home buildings building
    flats flat apartment
    vehicles vehicle cars car trucks truck buses tanks tank aircraft planes helicopters
    cattle animals animal sheep goats cows horses dogs dog cats cat birds livestock chickens
    votes vote ballots seats hospitals hospital schools school clinics mosques churches
    rounds round shots bullets bullet rockets rocket missiles missile bombs bomb
    shells shell airstrikes strikes raids mortars barrels casings grenades weapons
    guns gun rifles pistols handguns km kilometres kilometers miles mile metres meters
    feet foot inches yards acres hectares tons tonnes kilograms kg lbs litres liters
    gallons times counts count charges charge cases case incidents incident attacks
    attack villages village towns town cities city provinces districts countries regions
    townships municipalities communes counties parishes settlements
    states nations occasions points pages page words photos videos tweets
    calls call rooms floors storeys stories blocks block apartments shops stores
    businesses companies factories camps tents boats ships trains flights sites
    locations areas neighborhoods neighbourhoods streets roads bridges packages
    magnitude degrees mph kph grams crimes murders shootings robberies burglaries
    offences offenses warrants indictments witnesses laws bills articles reports
    episodes games matches goals runs""".split()
)
# Modifiers that end a figure's phrase: an age ("a 20-year-old"), a time ("6 p.m.").
AGE_WORDS: frozenset[str] = frozenset({"year-old", "years-old", "year-olds", "month-old",
                                       "week-old", "day-old"})
TIME_WORDS: frozenset[str] = frozenset({"a.m.", "p.m.", "am", "pm", "o'clock", "gmt",
                                        "utc", "hrs", "est", "pst", "cst", "edt", "pdt"})
# Words before a number that make it a label, not a count ("Route 46", "No. 5", "aged 13").
NUMBER_LABELS: frozenset[str] = frozenset(
    """route highway interstate no number channel page chapter article section aged age ages
    magnitude block apartment apt suite room flight bus unit station district ward
    precinct floor gate platform terminal lane exit mile mm cal caliber calibre
    class grade division squad episode season volume vol issue image photo slide picture
    video url""".split()
)
CURRENCY_SIGNS: frozenset[str] = frozenset("$ € £ ¥ ₽ ₹ ₴ ₸".split())
# Measures a number before them makes a modifier of the event, inside a toll's noun phrase
# ("the death toll of the 7 magnitude earthquake has risen to 2,960").
MEASURE_NOUNS: frozenset[str] = frozenset("magnitude richter degree storey story".split())

# ---------------------------------------------------------------- number words

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}
SCALE_ABBREVIATIONS: dict[str, int] = {"m": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                                       "k": 1_000}
# Words that stand for one person before a singular head ("a man", "another soldier").
SINGLE_WORDS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "another": 1, "both": 2}
DOZEN = {"dozen": 12}
# Fractions of a scale word: "half a million", "a quarter of a million", "two thirds of a million".
FRACTIONS: dict[str, int] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3}

# Vague amounts. The rule, written once (README, "Vague amounts"): a plural unit word
# ("dozens", "hundreds") means at least one of that unit and less than the next unit:
# low = the unit, high = the next unit - 1. A vague multiplier ("several", "a few") spans
# [lowest, 9] of what follows, so "several hundred" = [300, 999].
VAGUE_UNITS: dict[str, tuple[int, int]] = {
    "tens": (10, 99),  # "tens of civilians", common in English translated from Arabic
    "dozens": (12, 99),
    "scores": (20, 99),
    "hundreds": (100, 999),
    "thousands": (1_000, 9_999),
    "millions": (1_000_000, 9_999_999),
}
VAGUE_TENS: dict[str, int] = {"tens": 10, "hundreds": 100}  # "tens of thousands"
VAGUE_MULTIPLIERS: dict[str, tuple[int, int]] = {
    "several": (3, 9),
    "few": (2, 9),  # "a few"
    "handful": (2, 9),  # "a handful of"
}

# ---------------------------------------------------------------- qualifiers

# Phrases before a figure, longest first when matched. -> qualifier
QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "not less than": "at_least", "not fewer than": "at_least",
    "at the very least": "at_least", "a total of at least": "at_least", "a total of": "exact",
    "a total of about": "about", "a total of nearly": "about", "a total of almost": "about",
    "a total of some": "about", "a total of over": "more_than", "a total of more than": "more_than",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "above": "more_than", "exceeding": "more_than",
    "well over": "more_than", "just over": "more_than", "surpasses": "more_than",
    "surpassed": "more_than", "exceeded": "more_than", "exceeds": "more_than", "exceed": "more_than",
    "topped": "more_than", "tops": "more_than", "crossed": "more_than", "crosses": "more_than",
    "breached": "more_than", "breaches": "more_than",
    "about": "about", "some": "about", "around": "about", "nearly": "about",
    "almost": "about", "roughly": "about", "approximately": "about", "an estimated": "about",
    "estimated": "about", "close to": "about", "approx": "about", "circa": "about",
    "just under": "about", "an approximate": "about", "a reported": "exact",
    "a confirmed": "exact",
    "up to": "at_most", "as many as": "at_most", "fewer than": "at_most",
    "less than": "at_most", "at most": "at_most", "no more than": "at_most",
    "under": "at_most", "not more than": "at_most", "a maximum of": "at_most",
    "as high as": "at_most",
    "closer to": "about", "nearer to": "about", "nearer": "about", "closer": "about",
    # a toll that "nears 400" or "approached 1,200" is just under it
    "nears": "about", "neared": "about", "nearing": "about", "approaches": "about", "approached": "about",
    "approaching": "about",
}
# The nouns of a count a toll moved from ("down from estimates of about 1,000", "up from a
# count of 55": figures._earlier_figure).
EARLIER_COUNT_NOUNS: frozenset[str] = frozenset(
    "estimate estimates figure figures count counts toll tally total number".split())
# "the true figure could be closer to 2,000", "the real number may be 5,000": a speaker's own
# estimate of the toll the text gave before (figures.py reads it in that toll's category, hedged).
# "the new figure is 253" (an update, UPDATED_FIGURE_ADJECTIVES): only in a sentence that names
# the toll, of a bare amount.
UPDATED_FIGURE_ADJECTIVES: frozenset[str] = frozenset("new latest revised updated".split())
TRUE_FIGURE_ADJECTIVES: frozenset[str] = frozenset(
    "true real actual final overall eventual official".split()) | UPDATED_FIGURE_ADJECTIVES
TRUE_FIGURE_NOUNS: frozenset[str] = frozenset("figure figures number numbers toll tally count total".split())
TRUE_FIGURE_LINKS: frozenset[str] = frozenset(
    "could may might would will be is was likely probably well much far even reach exceed top of".split())
# The first words of the qualifiers before a figure ("at" of "at least", "more" of "more than").
QUALIFIER_STARTS: frozenset[str] = frozenset(q.split()[0] for q in QUALIFIERS_BEFORE)
# A toll by its own noun ("the toll rose to 46", "death tolls ranging from 500 to 833").
TOLL_HEADS: frozenset[str] = frozenset("toll tolls".split())
# Words before "from" that make "from X to Y" a range, not a move ("tolls ranging from 500 to 833").
RANGING_WORDS: frozenset[str] = frozenset("ranging ranged range ranges varying varied".split())
# Qualifiers that make a number written like a year an amount ("over 2000 missing", "nearly
# 1900"); "around", "circa", "of", "to" stay with years ("around 2000", "from 1990 to 2000").
COUNT_QUALIFIER_WORDS: frozenset[str] = frozenset(
    "about almost approximately nearly over roughly some least estimated exceeding exceeded topped "
    "surpassed".split())
COMPARATIVE_COUNTS: frozenset[str] = frozenset("more fewer less".split())  # "more than 2000"
# Prepositions that keep a number written like a year a year ("since 2000 dead bodies were found").
YEAR_PREPOSITIONS: frozenset[str] = frozenset("in since by until till during from before after".split())
# Phrases after a figure ("124 or more", "700 or so").
QUALIFIERS_AFTER: dict[str, Qualifier] = {
    "or more": "at_least", "and more": "at_least", "plus": "at_least",
    "or so": "about", "or fewer": "at_most", "or less": "at_most",
}

# ---------------------------------------------------------------- parts of a figure

# Words that open a breakdown of the figure before them ("including 13 children").
BREAKDOWN_OPENERS: frozenset[str] = frozenset(
    "including includes include included among amongst incl".split()
)
# Verbs after the victims ("among the dead were", "those killed included") that list who they
# were: the figures after them are sub-groups of the victims, never a toll (figures.py).
LISTING_COPULAS: frozenset[str] = frozenset("were was are is".split())
LISTING_VERBS: frozenset[str] = frozenset("included include includes".split())
# Determiners of the victims so listed ("the dead", "those killed", "those who died").
LISTED_DETERMINERS: frozenset[str] = frozenset("the those".split())
# Words between a figure and its verb that open an aside ("35 civilians mostly children
# were killed").
INTERRUPTERS: frozenset[str] = frozenset("mostly mainly largely primarily many most all".split())
# Groups a breakdown refers back to ("three of the victims", "among the dead").
REFERENT_NOUNS: dict[str, Reading | None] = {
    "dead": "killed", "killed": "killed", "deaths": "killed", "victims": None,
    "them": None, "whom": None, "those": None, "injured": "injured", "wounded": "injured",
    "casualties": None, "missing": "missing", "displaced": "displaced", "arrested": "arrested",
}

# ---------------------------------------------------------------- attribution

# A saying whose object is what was declared, not a figure ("Yoon declares mourning period
# after crush kills at least 151", "announced a state of emergency after 50 died"): no speaker
# of the figure that follows (attribution.find_frames).
DECLARING_VERBS: frozenset[str] = frozenset(
    "declare declares declared declaring proclaim proclaims proclaimed announce announces announced "
    "ordered orders".split())
DECLARED_OBJECTS: frozenset[str] = frozenset(
    "mourning emergency curfew disaster holiday war ceasefire truce alert lockdown martial".split())
DECLARED_REACH = 5  # tokens after the verb that may hold what was declared
SAY_VERBS: frozenset[str] = frozenset(
    """said says say told tells reported reports stated states announced announces confirmed
    confirms added adds estimated estimates claimed claims quoted cited noted explained
    wrote writes tweeted posted documented recorded counted tallied put puts indicated
    indicates revealed reveals declared declares insisted acknowledged disclosed
    according saying estimate report claim confirm adding noting estimating reporting
    warned warns warning fears fear feared telling anticipate anticipates stating suggested
    suggests clarified clarifies""".split()
)
# "put" says only with the count it puts ("put the toll at 40"), not "put 20 in hospital".
PUT_SAYS: frozenset[str] = frozenset("put puts".split())
# Verbs of saying whose speaker is a noun phrase of a source only ("officials feared thousands
# may have died", "the mayor suggested the toll could be 300"), never a capitalised word before
# them ("Hundreds feared dead", "Evidence suggested").
FEAR_SAYS: frozenset[str] = frozenset({"feared", "suggested", "suggests"})
# Verbs that report a figure with "of" ("Initial reports spoke of 18 bodies"); without it they
# only speak ("an activist who spoke on condition of anonymity told Reuters").
SPEAK_OF_VERBS: frozenset[str] = frozenset("spoke speaks spoken".split())
# Verbs by which someone tells a listener ("told Reuters", "telling the AP that"): the
# listener relays the figure.
TELL_VERBS: frozenset[str] = frozenset("told tells telling".split())
# Verbs by which a speaker sets a toll ("the governor raised the death toll to 2,975", "X
# raises toll to 90", "the ministry revised its figure"); the nouns they set.
TOLL_SETTING_VERBS: frozenset[str] = frozenset(
    "raised raises raise raising revised revises revise lowered lowers updated updates upped ups "
    "increased increases corrected corrects adjusted adjusts cut cuts reduced reduces "
    "downgraded downgrades".split()
)
# Gerunds after "since" that start the whole count, not a stretch of it ("since the beginning").
START_GERUNDS: frozenset[str] = frozenset("beginning starting".split())
# Openers of a sentence whose figures are parts of a sum it does not give ("Besides two people
# taken to hospitals, 10 were treated at the scene"); not "in addition to" (its figure is the
# toll so far: "in addition to the 10 deaths reported as of Sunday, there are six more").
BESIDES_OPENERS: frozenset[str] = frozenset({"besides", "apart from", "aside from"})
# Months written like a verb: in lower case after a figure, a modal ("5,000 may have died").
MODAL_MONTHS: frozenset[str] = frozenset({"may"})
# "three men into custody", "two suspects in custody": held, after the figure.
CUSTODY_PREPOSITIONS: frozenset[str] = frozenset("in into".split())
CUSTODY_WORDS: frozenset[str] = frozenset({"custody"})
# Verbs by which an authority holds people ("police had one person in custody", "deputies took
# three men into custody"): the authority speaks for the figure.
CUSTODY_HOLD_VERBS: frozenset[str] = frozenset("had has have took take takes taking".split())
# A country's government by its generic names ("Authorities in Nepal", "the government"): one
# speaker when they repeat a figure; and the words after a body's head that open its place.
GOVERNMENT_WORDS: dict[str, str] = dict.fromkeys("government authorities authority".split(), "government")
NAME_PHRASE_LINKS: frozenset[str] = frozenset("in of for".split())
# Two-word adverbs of time in a figure's verb chain ("have so far been confirmed killed").
SO_FAR_PHRASES: frozenset[str] = frozenset({"so far", "thus far", "as yet"})
# Verbs by which a speaker keeps an earlier figure as its own ("the UN stuck with its previous
# total of 111,481"): the figure stands that day.
KEEPING_VERBS: frozenset[str] = frozenset("stuck kept keeps maintained maintains retained retains".split())
# Verbs by which a speaker gives a count as a noun ("the UN gave a preliminary figure of 320
# dead", "the ministry released a new toll of 40", "put out a tally"): attribution.py makes the
# one before the verb the figure's source.
COUNT_GIVING_VERBS: frozenset[str] = frozenset(
    """gave give gives giving released releases releasing issued issues issuing published publishes
    provided provides providing put puts putting offered offers announced announces
    placed places placing""".split()) | KEEPING_VERBS  # "stuck with its previous total of"
COUNT_GIVING_REACH = 5  # tokens from the verb to its count noun ("gave a preliminary figure")
# ... and the counts given out ("released the names of 338 people still missing", "a list of")
GIVEN_COUNT_NOUNS: frozenset[str] = frozenset("names list lists".split())
SET_COUNT_NOUNS: frozenset[str] = frozenset(
    """toll tolls count counts tally tallies figure figures number numbers estimate estimates
    total totals""".split())
# The counts "put" puts: a toll's count, or the casualties ("put the casualties at 12 dead")
PUT_COUNT_NOUNS: frozenset[str] = SET_COUNT_NOUNS | {"casualties", "casualty"}
# Names of news media: "according to" one of them, beside a speaker's own "X said", relays X.
MEDIA_WORDS: frozenset[str] = frozenset(
    """reuters ap afp xinhua tass interfax anadolu bbc cnn nbc cbs npr jazeera efe dpa kyodo
    yonhap media television tv newspaper broadcaster radio wire press website outlet daily""".split()
)
# Words that open an aside set off by commas between a speaker and its verb ("The agency,
# citing hospital sources, said"; "MSF, also known as Doctors Without Borders, said").
ASIDE_OPENERS: frozenset[str] = frozenset("citing quoting formerly known called".split())
# Words that open an aside of circumstance between a speaker and its verb ("The ministry, in a
# statement, said"; "Police, speaking at a briefing on Tuesday, said").
CIRCUMSTANCE_OPENERS: frozenset[str] = frozenset("in at on during speaking writing late earlier".split())
# Verbs by which someone makes figures public ("released figures that showed").
RELEASE_VERBS: frozenset[str] = frozenset(
    "released releases published publishes issued issues compiled presented shared".split()
)
# The adverb that makes a figure the authorities' ("Officially, 62 people died") and the
# source it gives; the adjective that makes a toll theirs ("the official death toll of 64").
OFFICIALLY = "officially"
OFFICIAL = "official"
OFFICIAL_TOLL = "official toll"
# Participles between "officially" and a toll noun ("the officially declared death toll of 79").
OFFICIAL_PARTICIPLES: frozenset[str] = frozenset(
    "declared confirmed announced recorded given reported released published stated".split())
# Words of doubt before an official toll ("sceptical of", "far higher than"): the sentence's
# speaker disputes it, it is not theirs.
DISPUTE_WORDS: frozenset[str] = frozenset(
    """sceptical skeptical doubt doubts doubted doubting dispute disputes disputed disputing question
    questions questioned questioning reject rejects rejected rejecting dismiss dismissed challenge
    challenged challenges challenging distrust mistrust disbelieve than above below beyond double
    twice""".split())
# Words by which a sentence sets its figure against another source's ("the toll neared 80,
# contradicting the report by the Red Cross"): the text itself says the two disagree.
# Words that open a sentence setting its figure against the one just before it, in every language
# read ("... 443 dead. However, the prosecutor said 507"): the two disagree, whatever their order.
CONTRAST_OPENERS: tuple[str, ...] = (
    "however", "but", "yet", "sin embargo", "pero", "no obstante", "cependant", "toutefois", "mais",
    "pourtant", "однако", "но", "тем не менее")
CONTRADICTING_WORDS: frozenset[str] = frozenset(
    "contradicting contradicted contradicts contradiction contrary disputing".split())
# Titles by which an article refers back to the person it has named ("The official also said").
# Titles of a person that may follow the person's name as an apposition whose closing comma is
# missing ("Abdulahi Mohamed Shirwac, chairman of the emergency centre told AFP").
APPOSITION_TITLES: frozenset[str] = frozenset(
    "chairman chairwoman chairperson chair director head chief minister spokesman spokeswoman "
    "spokesperson governor mayor secretary commissioner commander president".split())
BACK_REFERENCE_TITLES: frozenset[str] = frozenset(
    "official spokesman spokeswoman spokesperson minister governor mayor secretary".split()
)
# Speakers inside a quotation: the one quoted is the source.
FIRST_PERSON: frozenset[str] = frozenset("i we us me".split())
# Speakers that stand for an institution as a whole, not for someone named before.
GENERIC_SPEAKERS: frozenset[str] = frozenset("police media government army military".split())
# Speakers that name no one: authorities in general ("officials feared 5,000 were missing").
UNNAMED_SPEAKERS: frozenset[str] = frozenset("officials authorities sources".split())
# Verbs of saying that say a fear, not a count ("officials fear 5,000 are missing"): the
# figure they report is hedged.
FEAR_VERBS: frozenset[str] = frozenset("fear fears feared fearing".split())
# Words right after a verb of fearing that make its object no figure feared ("fear for 12
# critically injured patients", "fear their 12 missing fishermen will never be found").
FEAR_NOT_OF: frozenset[str] = frozenset("for the their his her its our".split())
# Verbs by which a speaker lays a toll at someone's door ("X accused Y of killing 40"): the
# one who accuses is the figure's source.
ACCUSE_VERBS: frozenset[str] = frozenset("accused accuses accuse accusing blamed blames blame".split())
# What an authority does that reports a casualty as much as saying it does ("Police identified
# the man killed as...", "Deputies found two bodies"), and the authorities that count as speakers then.
FINDING_VERBS: frozenset[str] = frozenset(
    "identified discovered found located recovered arrested detained apprehended booked charged".split()
)
# A title written two ways in one article ("Nepal's PM", "the Nepali prime minister": one
# speaker, extraction._title_words): its abbreviations, and the words that change nothing.
TITLE_ABBREVIATIONS: dict[str, str] = {"pm": "prime minister", "gov.": "governor", "gen.": "general"}
TITLE_FILLERS: frozenset[str] = frozenset("the a an".split())
# Kinds of source whose body and its titled official giving one figure in one article are one
# authority ("officials" and "Chief Secretary PK Jena": extraction._one_authority), the smallest
# figure so merged, and the nouns of officials named by no name or title ("railway officials").
ONE_AUTHORITY_KINDS: frozenset[str] = frozenset({"government"})  # not police and army: two forces
ONE_AUTHORITY_MIN = 10  # the smallest such figure: smaller ones may be two incidents of one article
UNNAMED_OFFICIALS: frozenset[str] = frozenset("officials official authorities".split())
AUTHORITIES: frozenset[str] = frozenset(
    """police officers officer deputies deputy investigators detectives authorities troopers
    coroner examiner sheriff rescuers firefighters paramedics medics prosecutors prosecutor
    agents forces troops""".split()
)
# Say-verbs that are also nouns ("a report by", "the claim of").
# Verbs of saying that are also the noun of a country's divisions ("Kassala states"): a verb
# only when it reports something soon after ("the ministry states that").
DIVISION_SAYS: frozenset[str] = frozenset("states state".split())
OPENING_QUOTES: frozenset[str] = frozenset({'"', "“", "«", "‘"})
# Words that open a concessive clause; a speaker right after one speaks for that clause only.
CONCESSIVE_WORDS: frozenset[str] = frozenset("although though whereas while".split())
CLAUSE_CLOSERS: frozenset[str] = frozenset({",", ";", "—", "–", "-", ")"})  # the end of a set-off clause
NOUN_LIKE_SAYS: frozenset[str] = frozenset(
    "report reports claim claims estimate estimates warning fears".split()
)
# Words that open an aside set off by commas between a speaker and its verb ("the health centre
# in the regency, where the stadium is located, reported"): the speaker stands before it.
ASIDE_RELATIVES: frozenset[str] = frozenset("who which where whose".split())
# Words before "reports of" that leave the reports unnamed ("but there were later reports of at
# least 60 killed", "unconfirmed reports of 100 dead"): the figure is no one's, not the speaker's
# before it in the sentence.
UNNAMED_REPORT_MARKERS: frozenset[str] = frozenset("later other unconfirmed conflicting unverified".split())
# Participles whose speaker is the subject of the clause before ("X revised its toll, saying").
PARTICIPLE_SAYS: frozenset[str] = frozenset(
    "saying adding noting estimating reporting warning stating".split())
# Reporting verbs that relay someone else ("..., Interfax reported").
RELAY_VERBS: frozenset[str] = frozenset("reported reports quoted quoting cited citing".split())
# Whom a figure is "told" to without that listener relaying it.
NON_RELAY_LISTENERS: frozenset[str] = frozenset(
    """reporters journalists him her them me us police officers investigators authorities
    the a an deputies detectives media press parliament lawmakers""".split()
)
PRONOUNS: frozenset[str] = frozenset("he she they it we i".split())
PERSONAL_PRONOUNS: frozenset[str] = frozenset("he she".split())  # one person, never "officials"
CITED_AS_VERBS: frozenset[str] = frozenset("cited quoted".split())  # "X cited Y as saying"
BODY_PRONOUNS: frozenset[str] = frozenset({"it"})  # a body, never a person ("It said 40 had died")
# "It's estimated that ...", "there's said to be ...": an impersonal subject and "is", no speaker
IMPERSONAL_BE: frozenset[str] = frozenset("it's that's there's".split())
OBJECT_PRONOUNS: frozenset[str] = frozenset("him her them us me it".split())  # "figures given to him by"
POSSESSIVE_PRONOUNS: frozenset[str] = frozenset("their his her its our my your".split())
# Superlatives without "-est" ("one of the world's most powerful typhoons": no count of one).
SUPERLATIVE_WORDS: frozenset[str] = frozenset("most worst least".split())
# Adverbs that open a sentence, never a speaker's name ("Earlier Morocco's Interior Ministry said").
SENTENCE_ADVERBS: frozenset[str] = frozenset(
    "earlier meanwhile later separately previously initially also however moreover now".split())
# Common nouns that can head a source ("a monitor", "local sources", "police").
SOURCE_NOUNS: frozenset[str] = frozenset(
    """ministry ministries minister ministers officials official police authorities authority
    spokesman spokeswoman spokesperson spokespeople sources source monitor monitors group
    groups observatory agency agencies correspondent correspondents television tv media
    witnesses witness residents resident doctors doctor medics medic hospital officers
    officer activists activist rebels rebel army military government governor mayor chief
    director head commander council office department service services network committee
    coroner examiner sheriff investigators investigator prosecutors prosecutor statement
    report spokesmen paramedics firefighters administration leader leaders organisation
    organization un nurses staff workers worker center centre command headquarters
    newspaper daily channel broadcaster outlet reporter
    reporters lieutenant sergeant captain detective deputy deputies coalition forces
    observers observer teams team commission society crescent cross
    counts tally official's secretary attorney inquiry panel reports pm premier president
    company operator airline railway utility kingdom message communique bulletin chairman
    chairwoman chairperson chair speaker senator senators lawmaker lawmakers mp mps
    prefect prefects commissioner commissioners superintendent magistrate administrator
    administrators ambassador ambassadors embassy embassies consulate consul envoy inspector
    coordinator councillor councilor councilman councilwoman constable governors mayors chiefs
    directors commanders priest priests imam bishop elder elders brigade brigades agent agents""".split()
)
# The documents a body issues: "a statement from the Health Ministry" is the ministry's word,
# "a sweeping report from George Washington University" the university's (attribution._issuer).
# A study, an analysis or a tally "by X" stays a source of its own.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "statement statements message communique bulletin report reports release releases".split())
# The documents a body issues and then "says" through ("The Health Ministry issued a statement
# saying", "has issued a clarification stating that"): the body speaks (attribution._issued_by).
ISSUED_DOCUMENT_NOUNS: frozenset[str] = DOCUMENT_NOUNS | frozenset(
    "clarification clarifications notice announcement circular update".split())
# Verbs by which a body issues a document.
ISSUING_VERBS: frozenset[str] = frozenset(
    "issued issues issue released releases release published publishes sent sends put puts".split())
# Lower-case words that may stand inside a source's name ("Syrian Observatory for Human
# Rights", "a source at the ministry", "Mohammed bin Salman").
# Lower-case particles that open a surname ("de Mistura said", "van der Berg", "bin Salman"):
# kept at the start of a speaker's name when a capitalised word follows
NAME_PARTICLES: frozenset[str] = frozenset("de di da du del della dos das van von der den bin ibn".split())
NAME_LINKS: frozenset[str] = frozenset(
    """of for from the and at in on de al el bin ibn van von der den la le da di du y
    state local regional provincial city county federal national interior health
    foreign defense defence emergency emergencies civil civilian security public
    relief human rights monitoring medical military police news press official
    government interim deputy senior top chief general special opposition rebel
    media district town village london-based uk-based britain-based us-based
    paris-based new-york-based independent international unidentified anonymous
    unnamed community ethnic regime state-run semi-official eastern western northern
    southern central rival transitional""".split()
)
# Nouns that end an organisation's name ("Syrian Observatory for Human Rights" has one), and the
# nouns an anonymous description of an organisation ends with ("a monitoring group said").
ORGANISATION_NOUNS: tuple[str, ...] = (
    "Observatory", "Network", "Organization", "Organisation", "Committee", "Commission", "Council",
    "Agency", "Office", "Center", "Centre", "Federation", "Society", "Coalition", "Watch", "Group",
    "Institute", "Foundation", "Association", "Union", "Crescent", "Ministry",
)
ANONYMOUS_ORGANISATIONS: frozenset[str] = frozenset(
    "monitor group organization organisation observatory watchdog network agency".split()
)
DETERMINERS: frozenset[str] = frozenset("the a an its their his her our this that these those".split())
# The articles, which may stand before a figure ("may have killed a 1,000 people").
ARTICLES: frozenset[str] = frozenset("a an".split())
AFTER = "after"  # "nine days after the earthquake"
WEEKDAY_PREPOSITIONS: frozenset[str] = frozenset({"on"})  # "the earthquake struck on September 28"
EITHER = "either"  # "8,000 either injured or vulnerable residents"
# Spans counted from an event, in days ("nine days after the earthquake", "a week after it").
SPAN_DAYS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}
# Words before a say-verb that make it a noun ("other claims", "earlier reports"; "a group
# that reports" is a verb).
NOUN_MARKERS: frozenset[str] = (DETERMINERS - {"that"}) | frozenset(
    "other such earlier initial conflicting similar early preliminary unconfirmed".split())

# ---------------------------------------------------------------- dates

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
RELATIVE_DAYS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1}
# "a week ago", "two days ago": the span counted back from publication, in days.
AGO_SPANS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7}
AGO_WORDS: frozenset[str] = frozenset({"ago"})
# "a year ago", "two months ago": the span counted back from publication, in months (the
# date keeps the month's precision: "2022-10").
AGO_MONTHS: dict[str, int] = {"month": 1, "months": 1, "year": 12, "years": 12}
# "The collapse comes three years after a dam burst ...", "it has been two years since
# floods ...": a span that the article's own event (its verb before the span) stands after
# another event by dates that event the span before publication, in months (AGO_MONTHS); the
# figures after it are that event's, history. The links, the verbs of the present event, and
# the words that may stand between verb and span ("comes just over three years after").
SPAN_BEFORE_LINKS: frozenset[str] = frozenset("after since".split())
SPAN_BEFORE_VERBS: frozenset[str] = frozenset(
    "comes come came coming occurred happens happened struck strikes hit hits is was been".split())
SPAN_BEFORE_FILLERS: frozenset[str] = frozenset(
    "just over nearly almost about some more than less only barely exactly roughly around little".split())
# "the worst disaster since 2014, when a ferry sank and killed 304": after a ranking, a date
# after "since" and then one of these is the date of the event the clause tells, not the start
# of a running toll.
RANKED_SINCE_OPENERS: frozenset[str] = frozenset({"when"})
RANKED_SINCE_REACH = 10  # tokens from the ranking word to "since"
NOT = "not"  # "60 people died, not 64": the figure after it is the one corrected
CORRECTION_OPENERS: frozenset[str] = frozenset({",", "and", "but"})  # ", not 64", "78 and not 79"
# Words that place a figure before the publication when no date is given ("Earlier, police
# said 20 had died", "the toll, previously put at 50, ..."): its as_of_basis is "earlier".
EARLIER_MARKERS: frozenset[str] = frozenset("earlier previously initially originally previous".split())
# A figure before a contrast whose clause is set later is the earlier word ("Relatives spoke of
# nearly 100 missing, but a week later officials said 64"): the contrast, its later time.
LATER_CONTRASTS: frozenset[str] = frozenset("but however yet".split())
LATER_WORDS: frozenset[str] = frozenset("later afterwards subsequently".split())
TIME_SPANS: frozenset[str] = frozenset("hour hours day days week weeks month months".split())
# "first" or "initial" right before a count is an earlier one too ("the first probe gave a toll
# of 358", "an initial count put the toll at 288"; not "for the first time", "the initial blast",
# "initial figures released by the ministry", "its first report on the floods").
FIRST_WORDS: frozenset[str] = frozenset({"first", "initial"})
FIRST_COUNT_NOUNS: frozenset[str] = frozenset("count counts tally toll tolls probe".split())
# The pluperfect right before a figure ("the toll had been 255", "officials had said 20"):
# an earlier figure too; further back it is another clause's ("500 had been killed, while ...").
PLUPERFECT = "had"
PLUPERFECT_REACH = 3
# Words after a figure that keep its pluperfect an earlier time ("the toll had been 255
# before it was revised to 270").
EARLIER_AFTER: frozenset[str] = frozenset("before until till".split())
# Past verbs of saying that shift the tense of what they report: "the agency said the number
# of dead had climbed to 1,763" is the agency's count when it spoke, not an earlier one.
BACKSHIFT_VERBS: frozenset[str] = frozenset(
    """said told reported stated announced confirmed added estimated claimed noted explained
    wrote tweeted posted indicated revealed declared insisted acknowledged disclosed warned
    feared""".split())
# "earlier this month": the publication's month, to the month.
EARLIER_THIS_MONTH: tuple[str, ...] = ("earlier", "this", "month")
# "last year", "last month('s)": the span before publication, at its precision.
LAST_YEAR: str = "year"
LAST_MONTH: str = "month"
DAY_BEFORE_PHRASES: tuple[str, ...] = ("a day earlier", "the day before", "the previous day",
                                       "a day before")
# Prepositions that make a date the cut-off of a running toll ("by Monday").
CUMULATIVE_MARKERS: frozenset[str] = frozenset("by until till through thru as".split())
# Of those, the ones that before a bare weekday say a time ahead ("the airport is closed till
# Saturday", "schools shut until Monday"), never the day a count was made.
UNTIL_MARKERS: frozenset[str] = frozenset("until till".split())
# Words that open a clause of the event before the figure's ("after the typhoon struck on
# November 8, the agency put the toll at 6,009"): its date is the event's.
EVENT_CLAUSE_OPENERS: frozenset[str] = frozenset({"after", "when", "following"})
# Verbs of a state that holds now, before such a clause after the figure ("215 remain missing
# after the ferry sank on Wednesday", "40 have died since the floods began on May 3"): the
# clause's date is the event's, the count the article's.
STATE_NOW_VERBS: frozenset[str] = frozenset("remain remains is are have has still".split())
# ... and the words that say so of a figure before the event's own date ("66 people were still
# reported to be missing in the wildfires last month": the count is the article's)
STILL_WORDS: frozenset[str] = frozenset("still remain remains".split())
# Words that open a relative clause on an event noun ("the quakes that struck on Saturday",
# "the crash, which happened on Friday"): its date is the event's, not a figure's outside it.
EVENT_RELATIVES: frozenset[str] = frozenset({"that", "which"})
# Prepositions after which a date is where a running toll started, not its date.
START_MARKERS: frozenset[str] = frozenset("since from".split())
SINCE = "since"  # "67 dead since August 8": where a running count starts
# The words that open and close a period ("from Sept. 20 to Dec. 31", "between May 1 and
# June 30"): a count over it is as of its end.
PERIOD_STARTS: frozenset[str] = frozenset("from between".split())
PERIOD_ENDS: frozenset[str] = frozenset("to through thru until till and".split())
# "since the protests began on June 18": the verb before a running toll's start.
BEGIN_VERBS: frozenset[str] = frozenset("began begun started erupted broke".split())
# A "since" clause whose past verb tells an event starts a running count ("recovered since the
# train derailed on Saturday"): the regular past ending, and the irregular verbs of disasters.
PAST_SUFFIX = "ed"
SINCE_EVENT_VERBS: frozenset[str] = BEGIN_VERBS | frozenset("struck hit sank swept tore blew fell".split())
# ... and in a "since" clause only (elsewhere "took part", "caught sight" tell no event): "since the
# disaster took place on April 24", "since the fire broke out"
SINCE_ONLY_EVENT_VERBS: frozenset[str] = frozenset("took broke caught".split())
# Words that split a sentence into clauses for dating ("... talks Monday on violence that
# has killed 170": Monday dates the talks, not the toll).
# Words that open a clause of its own between a toll's noun and a figure further on ("the death
# toll is expected to rise because many are trapped and the count of those rescued has risen to 45").
CAUSE_CLAUSE_OPENERS: frozenset[str] = frozenset("because although though whereas".split())
CLAUSE_BREAKS: frozenset[str] = frozenset("that which who whom whose while whereas ; :".split())
# After a comma these start a new clause, not an aside: "police arrested two men, and three
# women were hurt".
CONJUNCTIONS: frozenset[str] = frozenset("and but or while whereas as".split())
# Words that open a clause, never the first word of a speaker's name ("But officials said",
# "Since officials reported on Monday that ...", "When police said").
CLAUSE_OPENING_WORDS: frozenset[str] = CONJUNCTIONS | frozenset(
    "when since although though because if after before until unless once yet so".split())

# ---------------------------------------------------------------- places

PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    "in at near across throughout outside inside around along".split()
)
# A complement of a place: the rest of it, beside the figures of its main part ("170 died in
# other parts of eastern Libya", "elsewhere in the province", "in the rest of the country",
# "outside Derna"): places.py makes it a part (scope `area`), never the main place.
COMPLEMENT_AFTER_IN: tuple[str, ...] = (
    "other parts of", "other areas of", "other regions of", "other districts of", "other provinces of",
    "other towns of", "other cities of", "other villages of", "the rest of", "rest of",
    "parts of the rest of",
)
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset("in across throughout".split())
ELSEWHERE = "elsewhere"  # "elsewhere in Libya"; "40 died elsewhere" (a place named before)
OUTSIDE = "outside"  # "outside Derna": before a name only
ANOTHER = "another"  # "17,134 in Turkey and another 3,317 in Syria": the next of a list of places
COMPLEMENT_WORDS: frozenset[str] = frozenset("elsewhere outside".split())
# "just outside the city of Tartous", "killed 16 outside a bakery": near a place, not its rest
# ("outside" is a complement only before a name, and not after these).
NEAR_WORDS: frozenset[str] = frozenset("just right immediately shortly directly".split())
# Words before a place noun that refer back to places named before ("in the two districts",
# "the three villages", "both provinces"): an unnamed part of the area.
ANAPHORIC_PLACE_WORDS: frozenset[str] = frozenset(
    "two three four five six seven eight nine ten both these those several".split())
# Only places below the level an incident's toll is given for: "the two provinces" are often
# the incident's whole area ("clashes killed 124 in the two provinces"), "the two districts"
# and "eight villages" a part of it.
ANAPHORIC_PART_NOUNS: frozenset[str] = frozenset(
    """district districts village villages town towns neighbourhood neighbourhoods neighborhood
    neighborhoods camp camps suburb suburbs municipality municipalities quarter""".split())
# Units of a country that "the" names alone ("killed two people in the state", "the county is
# reporting 43 deaths"): a unit named before, a part of the wider event (storms, floods and
# outbreaks are counted state by state and county by county). Not "the province" or "the
# district", which are as often the whole area of a local event ("the tremor killed 90 people
# in the province").
DEFINITE_UNIT_NOUNS: frozenset[str] = frozenset("state county".split())
# Of those, the ones an article that names one such division alone means by "the state"
# (Kerala's "across the state"); a county is below the gazetteer's divisions and stays a part.
DIVISION_ANAPHORS: frozenset[str] = frozenset({"state"})
# Titles of a division's head, never a country's ("Georgia Governor X" is the US state's).
DIVISION_TITLES: frozenset[str] = frozenset("governor governors".split())
# "on the Syrian side of the border": the side of a border a demonym names is its country.
BORDER_SIDES: frozenset[str] = frozenset("side sides".split())
# Words after a division's name that make a speaker its body ("North Carolina Department of
# Health", "Kerala state officials"), besides titles and authorities.
UNIT_BODY_WORDS: frozenset[str] = frozenset("department state emergency health".split())
# Plural units a figure spreads over as a whole ("killed 63 people across multiple states", "in
# four states"): the toll of the whole, placed in no part.
SPREAD_UNIT_NOUNS: frozenset[str] = frozenset("states countries nations provinces regions".split())
SPREAD_AMOUNTS: frozenset[str] = frozenset("multiple several many numerous various".split())
# Words beside an "as" that make it no clause's opener ("as of", "as many as", "such as").
AS_NOT_CLAUSE: frozenset[str] = frozenset(
    "of many much high low few little far well such same part to for if though a an".split())
PLACE_NOUNS: frozenset[str] = frozenset(
    """city town village province provinces region regions district districts county state
    country capital border area areas neighborhood neighbourhood suburb camp camps
    governorate oblast valley island islands coast municipality prefecture
    territory territories zone enclave quarter towns villages cities neighborhoods neighbourhoods
    suburbs""".split()
)
# "residents of Fuaa and Kafraya": the names after them are places.
INHABITANTS: frozenset[str] = frozenset("residents inhabitants villagers citizens natives people".split())
# Words after a place that make it a part of a larger area ("in Jalal-Abad alone").
PARTIAL_MARKERS: frozenset[str] = frozenset({"alone"})
# The endings of words that make a place a part of a country held by one side ("in
# government-held areas", "the rebel-held northwest", "opposition-controlled districts").
HELD_SUFFIXES: tuple[str, ...] = ("-held", "-controlled", "-run")
# "in areas under government control", "in areas controlled by the opposition": the areas one
# side holds, a part of the country.
HELD_AREA_NOUNS: frozenset[str] = frozenset("areas parts regions territory territories zones".split())
HOLDING_WORDS: frozenset[str] = frozenset("under controlled held run".split())
# Words after a figure that stand for a place named before ("18 people died there"): the
# figure is for that place, a part of the incident's area the sentence does not name.
HERE = "here"
PLACE_PROFORMS: frozenset[str] = frozenset({"there", HERE})
# "two people were killed at the former": one of two places named before, a part.
PLACE_ANAPHORS: frozenset[str] = frozenset({"former", "latter"})
PLACE_ANAPHOR_PREPOSITIONS: frozenset[str] = frozenset({"at", "in"})
# Verbs of taking the dead or hurt somewhere: "there"/"here" after them is the place they were
# taken to, one hospital's share of the toll ("five bodies had been sent there", "over a hundred
# injured were also brought here").
TAKEN_TO_VERBS: frozenset[str] = frozenset("brought sent taken rushed admitted carried transferred".split())
# The relative pronouns that hang a toll's verb on the toll before them ("the official toll,
# which currently stands at 769", predicates.toll_before).
TOLL_RELATIVES: frozenset[str] = frozenset({"which", "that"})
# Words after "Place," that make the figure after them that place's ("the Kathmandu Valley,
# where 1,441 have died").
PLACE_RELATIVES: frozenset[str] = frozenset({"where"})
# The relative pronouns of a clause on a person ("the minister, who flew to Soma, said"):
# a place in it is where the person went, not a figure's (places._persons_aside).
PERSON_RELATIVES: frozenset[str] = frozenset({"who", "whom", "whose"})
# The lower-case article particles of Arabic names: "al-Midan", "el-Arish", "ash-Shifa" are
# proper names (text.tokenize).
ARTICLE_PARTICLES: frozenset[str] = frozenset("al el ad ash as at az ar an ed en es et".split())
# Words of a weapon fired whose "on" names where it fell ("at" is a place anyway), a place when a named place
# noun follows ("rocket shells fell on al-Midan neighbourhood", "fired a shell at the Bab Touma
# neighbourhood"; not the event's own place, "a chemical attack on the town of Khan Sheikhun"),
# and verbs whose object is such a place ("terrorists targeted al-Furqan neighbourhood"; not
# "hit" or "struck", whose object is where a quake or storm itself was).
ATTACK_TARGET_WORDS: frozenset[str] = frozenset(
    """shell shells rocket rockets missile missiles bomb bombs mortar mortars fired fell landed""".split())
ATTACK_OBJECT_VERBS: frozenset[str] = frozenset("targeted shelled bombed pounded".split())
# Speakers whose place may stand between them and their verb ("police in Hawaii said").
SPEAKER_PLACE_NOUNS: frozenset[str] = frozenset(
    """police officials authorities officers rescuers investigators prosecutors source sources
    correspondent correspondents reporter reporters""".split())
# Prepositions after an event noun that say where the event was, not what part a figure
# counts ("the toll from the earthquake around Marrakech rose to 632").
EVENT_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"around", "near"})
# Nouns of a named landform after "on" ("18 were killed on Mount Everest"): a place.
LANDFORM_TITLES: frozenset[str] = frozenset({"mount", "mt", "mt."})
# The categories whose located tolls say, by their size, which country an incident is about.
AREA_VOTING_CATEGORIES: frozenset[str] = frozenset({"killed", "injured"})
# Categories whose place in another country is where the people went, not a part of the
# area ("100,000 refugees in Uzbekistan" from clashes in Kyrgyzstan).
DESTINATION_CATEGORIES: frozenset[str] = frozenset({"displaced"})
# Nouns after a name that make it the frame of a superlative, not the figure's place: "the
# deadliest disaster in U.S. history", "the worst toll in Nepal's recorded memory".
NOT_PLACE_AFTER: frozenset[str] = frozenset("history memory record records times".split())

# ---------------------------------------------------------------- places of other noun phrases
# (places.py: a place that belongs to another phrase than the figure's does not place it)

# Titles and nouns of one who speaks ("Ana Lima, civil defence spokeswoman in Minas Gerais,
# said", "a police chief in Osh told reporters"): a place after them, in the speaker's phrase,
# is where the speaker is, not where the dead are.
SPEAKER_TITLE_NOUNS: frozenset[str] = SPEAKER_PLACE_NOUNS | frozenset(
    """spokesman spokeswoman spokesperson spokespeople spokesmen governor governors mayor
    mayors chief chiefs head director directors official minister commander commanders
    coordinator coordinators secretary superintendent administrator representative
    representatives delegate envoy ombudsman coroner sheriff""".split())
# Words between such a title and the place's preposition ("spokeswoman for the civil defence
# in Minas Gerais"): at most this many, none a verb, figure or mark.
SPEAKER_TITLE_REACH = 5
# Nouns whose "in X" / "to X" is theirs, not a figure's: "amid heavy damage in the city of
# Mandalay", "aid to Libya", "the destruction in Derna".
PLACE_OWNING_NOUNS: frozenset[str] = frozenset(
    """damage damages destruction devastation ruin ruins rubble debris aid relief help supplies
    assistance donations""".split())
# Adverbs that spread a figure over places ("820 died, mostly in Marrakech and five provinces"):
# the place after them holds most of the figure, not all of it, so it places no part.
DISTRIBUTION_ADVERBS: frozenset[str] = frozenset(
    "mostly mainly largely primarily chiefly predominantly overwhelmingly principally".split())
# Quantifiers that do the same as a noun phrase ("2,073 dead, with most of the fatalities in
# Palu", "the majority of them in Gaza"): the words that may lie between them and the place.
DISTRIBUTION_QUANTIFIERS: frozenset[str] = frozenset("most majority bulk".split())
DISTRIBUTION_LINKS: frozenset[str] = frozenset("of the them those these whom".split())
# Verbs of arriving whose "in X" is where someone came, not where a figure is ("rescue teams
# arrived in Mandalay").
# Words after a speaker's noun that open the place or the body it speaks for ("spokeswoman in
# Minas Gerais", "a spokesman for the fire brigade", "officials at the hospital"): attribution.py
# reads the speaker's head before them.
SPEAKER_PHRASE_LINKS: frozenset[str] = frozenset("in at for".split())
ARRIVAL_VERBS: frozenset[str] = frozenset(
    "arrived arrive arrives arriving landed land lands landing".split())

# ---------------------------------------------------------------- web furniture

# Sentences matching any of these are site furniture and never give claims.
FURNITURE_PATTERNS: tuple[str, ...] = (
    r"\bsupport us\b", r"\bdonat(e|ion)", r"\bsubscri(be|ption)", r"\bsign up\b",
    r"\bnewsletter\b", r"\bcookies?\b", r"\bread more\b", r"\bclick here\b",
    r"\ball rights reserved\b", r"\bcopyright\b", r"\bad-free\b", r"\bpaywall\b",
    r"\bfollow us\b", r"\bshare this\b", r"\bcomments? \(\d+\)",
    r"\brelated (?:articles?|stories|story|coverage|posts|content|links|news)\b",
    r"\bread(?: also| next)?\s?:", r"\balso read\b",  # "READ: Toll rises to 40": a link to another story
)

# Cheap test for a sentence worth parsing: one of these stems must occur in it (GATE_WORDS
# adds every word the rules decide a category by).
TRIGGER_STEMS: tuple[str, ...] = (
    "kill", "dead", "die", "death", "injur", "wound", "hurt", "missing", "displac",
    "refugee", "arrest", "detain", "toll", "lives", "bodies", "body", "evacu", "fled",
    "flee", "homeless", "hospital", "fatal", "perish", "murder", "slain", "execut",
    "massacr", "drown", "casualt", "uproot", "custody", "jail", "imprison", "apprehend",
    "charged", "booked", "unaccounted", "disappear", "maim", "victim", "burn", "treated",
    "lost", "lose", "losing", "relocat", "idp", "shelter", "refuge", "shot", "gunshot", "slay", "bullet",
    "gunfire", "stab",
)

# Words that open the object of "shooting" as a verb ("shooting his brother", "shooting 13").
OBJECT_STARTS: frozenset[str] = frozenset(
    """a an the his her their its him them at one two three four five six seven eight nine ten
    another several dozens""".split()
)

# The gate: the stems above, and every word by which a rule names what happened (a figure
# of "lynched", "corpses" or "in critical condition" is read only if its sentence passes), so
# the gate and the grammar cannot drift apart.
GATE_WORDS: tuple[str, ...] = (
    *TRIGGER_STEMS, *PREDICATES, *ACTIVE_VERBS, *CASUALTY_HEADS, *OF_NOUNS, *TOLL_NOUNS,
    *INTRANSITIVE, *GUNFIRE, *HOSPITALS, *SHELTERS, *FLIGHT_ARRIVAL_VERBS, *WOUND_NOUNS, "condition",
    "forced", "forcing", "deprived", *COUNTRY_LIST_OPENERS,
    *(first for first, _ in PHRASAL_VERBS), "shoots", "life",
    *(f"{a} {n}" for a in TRUE_FIGURE_ADJECTIVES for n in TRUE_FIGURE_NOUNS),
)


# ---------------------------------------------------------------- words the rule modules read
# (moved here from text.py, predicates.py, people.py, attribution.py, dates.py, places.py,
# numbers.py and extraction.py: the rule modules name no word of their own)

# Abbreviations whose full stop ends no sentence ("Dr. Smith", "Jan. 5").
ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr prof lt gen sgt col capt cpl maj gov sen rep st mt no nos jan feb mar apr
    jun jul aug sep sept oct nov dec jr sr inc co corp ltd vs ft pvt adm cmdr det insp supt
    rev hon est approx dept univ u.s u.k u.n a.m p.m""".split()
)
# What joins the two ends of a range ("20 to 30", "20-30", "20 or 30").
RANGE_JOINERS: frozenset[str] = frozenset({"to", "-", "–", "—", "or"})
PREPOSITIONS: frozenset[str] = frozenset(
    "in on at near from by for with during after before since into "
    "across over under inside outside against amid".split()
)
# Words that start a described person ("the man", "his son").
DESCRIBED_BY: frozenset[str] = frozenset({"the", "his", "her", "their", "its"})
HE_SHE: frozenset[str] = frozenset({"he", "she"})
# Capitalised words at a sentence start that are no person's name.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """organisations organizations
    nobody everyone someone anyone somebody everybody none all many most some both
    several another others neither either each there here after before when while
    if but and or as at in on of for with by from authorities officials investigators
    detectives deputies witnesses family families friends neighbors neighbours
    relatives sources reports media officers troopers meanwhile however moreover
    furthermore separately additionally elsewhere overall""".split()
)
# Words between a speaker and the verb ("police on Monday said", "officials later said",
# "local authorities could only confirm").
SKIP_BEFORE_VERB: frozenset[str] = frozenset(
    "on also later earlier previously had has have late yesterday today separately "
    "then further again initially could can only now still yet once".split()
)
# A date these words stand before is to come ("next week", "scheduled for Monday").
FUTURE_WORDS: frozenset[str] = frozenset("will next coming upcoming scheduled planned".split())
# Capitalised words that are no place ("He", "The").
NOT_PLACE_WORDS: frozenset[str] = frozenset(
    "i he she they we it the a an this that his her their its".split()
)
# Words inside a place name ("Deir el-Zor", "Bosnia and Herzegovina" with "and").
PLACE_LINKS: frozenset[str] = frozenset("of with al el de".split())
# A sentence without a figure may name a speaker for the next one when it holds these.
SPEAKER_CUES: tuple[str, ...] = ('"', "“", "said", "says", "told", "according")
# "four people were hit by bullets": passive verbs of a shot that hits
HIT_VERBS: frozenset[str] = frozenset({"hit", "struck"})
# "suffering fatal injuries", "one fatally": the wound killed
FATAL: frozenset[str] = frozenset({"fatal", "mortal"})
FATALLY: frozenset[str] = frozenset({"fatally", "mortally"})
# Function words (conjunctions, particles, relative words, quantifiers, auxiliaries) that
# rule modules may still name inline, with DETERMINERS, PRONOUNS, PREPOSITIONS and BE_WORDS:
# they are grammar, not vocabulary (tests/test_lexicon.py).
FUNCTION_WORDS: frozenset[str] = frozenset(
    """and or but nor as than then if when where whether which while who whom whose that
    also yet not no never to of off up down out per one other others another anyone both
    each either more most among amongst between did do does had has have him them s""".split()
)

# ---------------------------------------------------------------- what part of an incident a figure counts
# (scope.py)

# A figure's head noun that counts one group of the victims -> the group's name in the
# `group` column ("six children", "three firefighters", "1,400 Israelis").
# Two-word names of a group ("12 U.S. service members", "13 US military personnel").
GROUP_PHRASES: dict[str, str] = {
    "service members": "soldiers", "military personnel": "soldiers", "security personnel": "police",
    "police officers": "police", "aid workers": "aid workers", "health workers": "medical staff",
}
GROUP_NOUNS: dict[str, str] = {
    **dict.fromkeys("children child kids minors boys girls infants babies toddlers newborns newborn"
                    .split(), "children"),
    **dict.fromkeys("teenagers teenager teens adolescents".split(), "teenagers"),
    **dict.fromkeys("women woman mothers".split(), "women"),
    **dict.fromkeys("soldiers soldier troops servicemen servicemembers conscripts marines paratroopers "
                    "guardsmen sailors peacekeepers".split(), "soldiers"),
    **dict.fromkeys("police policemen policeman policewomen gendarmes cops officers".split(), "police"),
    **dict.fromkeys("firefighters firemen rescuers divers".split(), "rescuers"),
    **dict.fromkeys("refugees migrants asylum-seekers".split(), "refugees"),
    **dict.fromkeys(["civilians"], "civilians"),
    **dict.fromkeys("militants fighters rebels insurgents jihadists gunmen attackers assailants terrorists "
                    "extremists".split(), "militants"),
    **dict.fromkeys("protesters protestors demonstrators".split(), "protesters"),
    **dict.fromkeys("medics doctors nurses paramedics surgeons".split(), "medical staff"),
    **dict.fromkeys("journalists reporters".split(), "journalists"),
    **dict.fromkeys("foreigners tourists expatriates expats".split(), "foreigners"),
    **dict.fromkeys("climbers mountaineers sherpas trekkers hikers".split(), "climbers"),
    **dict.fromkeys("students pupils schoolchildren".split(), "students"),
    **dict.fromkeys("pilgrims worshippers worshipers".split(), "worshippers"),
    **dict.fromkeys("prisoners inmates detainees".split(), "prisoners"),
    **dict.fromkeys("workers miners employees staff".split(), "workers"),
    **dict.fromkeys("officials".split(), "officials"),
}

# The groups whose tolls are compared across sources like tolls of the whole ("nine foreigners"
# against "35 people from other countries"; reconcile._group_toll), beside nationalities: who
# the victims were, not what became of them; not children, civilians or fighters, whom a
# round-up of a war's day counts attack by attack.
COMPARED_GROUPS: frozenset[str] = frozenset({"foreigners"})
# Adjectives that name a group of the person noun they qualify ("the bodies of 24 foreign
# victims", "12 foreign nationals") -> the group.
GROUP_ADJECTIVES: dict[str, str] = {"foreign": "foreigners"}
# Where people came from, after a figure, that names their group ("35 people from other
# countries", "12 visitors from abroad") -> the group.
ORIGIN_GROUPS: dict[str, str] = {
    **dict.fromkeys(["other countries", "abroad", "overseas", "outside the country"], "foreigners"),
}
# The nouns of a count whose people a phrase after "of" or "among" names ("the number of
# foreigners killed", "the toll among children"); and what may follow the people's head noun
# there (a verb of the toll, a relative, a preposition), so that "the toll of the police raid"
# names no group.
GROUP_TOLL_PREPOSITIONS: frozenset[str] = frozenset("of among".split())
# Words between such a count and the figure that open another clause: the count is not the figure's.
GROUP_TOLL_BREAKS: frozenset[str] = frozenset("which while as and but after when because since who".split())
# Conjunctions after a group's head noun: two groups, no one group ("among protesters and police").
GROUP_JOINERS: frozenset[str] = frozenset("and or".split())
# The people of "N people from other countries".
ORIGIN_NOUNS: frozenset[str] = frozenset("people persons nationals visitors tourists victims".split())
# Copulas after a figure that say who its people were ("of whom 45 were children", "39 of
# them are foreign nationals"), and the words that may stand between the figure and them.
GROUP_COPULAS: frozenset[str] = frozenset("were are was is".split())
GROUP_COPULA_ADVERBS: frozenset[str] = frozenset("all also reportedly".split())

# The groups that may be all the people an event struck (a mine's miners, a pilgrimage's
# pilgrims, a boat's migrants): a group of these that gives the incident's whole toll is its
# whole (reconcile._of_its_people). Not who are one side or one kind of all (children, women,
# soldiers, civilians, police, foreigners).
POPULATION_GROUPS: frozenset[str] = frozenset(
    "workers worshippers refugees climbers students prisoners".split())

# The words of a figure's clause that add it to what was said ("12 people were also killed"):
# an addition to a toll of the same category before it, a part, not the toll.
ALSO_WORDS: frozenset[str] = frozenset({"also"})
ALSO_AUX: frozenset[str] = frozenset("were was are is have has had been reportedly".split())
# Injuries named by how bad they are ("116 people suffered minor injuries", "30 were seriously
# injured"): a group of the injured -> its name; the nouns and participles they qualify.
INJURY_SEVERITIES: dict[str, str] = {
    **dict.fromkeys("minor light slight superficial slightly lightly".split(), "minor injuries"),
    **dict.fromkeys("serious severe grave seriously severely gravely badly".split(), "serious injuries"),
    **dict.fromkeys("critical life-threatening critically".split(), "critical injuries"),
}
INJURY_WORDS: frozenset[str] = frozenset(
    "injuries injury wounds wound burns injured wounded hurt burned burnt".split())
# Places a relative clause may tie a figure to ("a house where three dead had been found", "the
# village where 40 died", "a school in which 12 were hurt"): a part of the area, not the whole.
# After "a", "one", "another" any of SITE_NOUNS; after "the" only the places smaller than an
# event's own site ("the nightclub where 49 were killed" is often the whole of an attack).
SITE_NOUNS: frozenset[str] = frozenset(
    """house houses home homes building buildings school schools mosque mosques church churches temple
    temples hotel hotels hospital hospitals market markets apartment apartments block blocks compound
    factory mine shelter shelters warehouse restaurant nightclub club bar cafe theatre theater mall shop
    store office station stadium hall dormitory hostel bus train car boat village villages hamlet
    neighbourhood neighborhood street streets quarter district settlement camp""".split()
)
# Nouns a person noun before them only describes ("a migrant boat", "two refugee camps", "a
# passenger train"): the amount counts the boat, the camps, the train (figures._head).
ADJUNCT_HEADS: frozenset[str] = frozenset(
    """boat boats ship ships vessel vessels trawler trawlers dinghy dinghies ferry ferries train
    trains bus buses coach coaches plane planes flight flights camp camps centre centres center
    centers route routes crisis convoy convoys""".split()
)
DEFINITE_SITE_NOUNS: frozenset[str] = frozenset(
    """house houses home homes building buildings apartment apartments block blocks village villages
    hamlet neighbourhood neighborhood street streets settlement""".split()
)
SITE_INDEFINITES: frozenset[str] = frozenset("a an one another each every some several".split())
SITE_DEFINITES: frozenset[str] = frozenset("the this that".split())
SITE_RELATIVES: tuple[str, ...] = ("where", "in which", "at which", "inside which", "on which", "from which")
# Categories whose own people a group word names: "100,000 refugees" are the displaced, not a
# part of them; the displaced are counted by where they come from ("2.8 million Nepalese").
# "300 people dead or missing", "47 dead or missing": the dead and the missing counted as one,
# a group of its own (scope.py), set against no toll of the dead nor of the missing.
DEAD_OR_MISSING = "dead or missing"
# Words after "injured or" that still count the casualty ("killed or injured" is read as two
# categories elsewhere; "injured or otherwise affected" is no other kind of people).
OR_LINKED: frozenset[str] = frozenset("otherwise both".split())
DEAD_OR_MISSING_CATEGORIES: frozenset[str] = frozenset({"killed", "missing"})
DEATH_WORDS_OF_TOLLS: frozenset[str] = frozenset("dead killed".split())
WHOLE_GROUPS: dict[str, frozenset[str]] = {
    "displaced": frozenset({"refugees", "nationality"}),
    "arrested": frozenset({"prisoners", "protesters"}),
}

# A toll of one nationality: "the number of Iranian pilgrims killed", "the toll of Indians", "12
# of its nationals", "Nigeria with 99 dead", "Egypt lost 148" (scope._nationality). The nouns of
# a toll named with its people, and the nouns of a country's own people.
PEOPLE_TOLL_NOUNS: frozenset[str] = frozenset("number toll tally count".split())
OWN_PEOPLE_NOUNS: frozenset[str] = frozenset(
    "citizens nationals compatriots countrymen pilgrims people workers".split())
OWN_PEOPLE_POSSESSIVES: frozenset[str] = frozenset("its their our".split())
NATIONALS = "nationals"  # the group of "12 of its nationals"
# Nationalities written as a plural noun ("1,400 Israelis", "nine Nepalis"): the figure counts
# one nationality among the victims. The group is the word as written.
NATIONALITY_PLURALS: frozenset[str] = frozenset(
    "israelis palestinians nepalis nepalese indians pakistanis afghans iraqis iranians syrians lebanese "
    "jordanians egyptians libyans tunisians algerians moroccans sudanese somalis ethiopians eritreans "
    "kenyans ugandans nigerians ghanaians cameroonians malians chadians congolese rwandans "
    "americans canadians mexicans brazilians colombians venezuelans peruvians chileans argentines "
    "cubans haitians britons brits french germans italians spaniards portuguese dutch belgians swiss "
    "austrians poles czechs hungarians romanians bulgarians greeks turks kurds armenians georgians "
    "azerbaijanis russians ukrainians belarusians kazakhs kyrgyz uzbeks tajiks turkmens chinese "
    "tibetans japanese koreans filipinos indonesians malaysians thais vietnamese cambodians burmese "
    "bangladeshis sri lankans australians yemenis saudis emiratis qataris kuwaitis".split()
)

# Words just before a figure that make it an increment: one more day's or phase's count
# ("another 10 were killed", "a further 61 died").
INCREMENT_BEFORE: tuple[str, ...] = (
    "another", "a further", "an additional", "further", "additional", "many more",
)
# Words just after the number that do the same ("six more bodies", "10 more people").
INCREMENT_AFTER: frozenset[str] = frozenset("more additional further extra".split())
OTHER_INCREMENT: frozenset[str] = frozenset({"other"})  # "24 other people", after a count of theirs
# Words that make such a figure a count against a baseline or a sum, not one more count
# ("1,052 more people than usual died", "a total of 4,645 additional deaths": excess deaths).
INCREMENT_NOT_AFTER: frozenset[str] = frozenset({"than"})
# ... and words of a baseline anywhere after it in the sentence ("1,400 more deaths were
# registered in the week, compared with the five-year average").
INCREMENT_BASELINE_WORDS: frozenset[str] = frozenset("compared average normal usual excess baseline".split())
# "2,975 additional deaths", "1,400 excess deaths": after a number in digits, a count against a
# baseline, not one more (a number word keeps it: "six additional deaths were reported").
EXCESS_WORDS: frozenset[str] = frozenset({"additional"})
INCREMENT_NOT_BEFORE: tuple[str, ...] = ("a total of", "total of", "in total")

# Words after a figure that make it a rate, a count per day or week, not a toll ("an average
# of 118 deaths daily", "about 30 people a day").
RATE_AFTER: tuple[str, ...] = (
    "daily", "a day", "per day", "each day", "every day", "a week", "per week", "each week",
    "a month", "per month", "weekly", "per hour", "an hour", "a year", "per year", "annually",
    "each year", "every year",
)
# ... unless they date the figure: "300 people a day after the warning", "a week ago"
NOT_RATE_AFTER: frozenset[str] = frozenset("after before later earlier ago of when since into".split())
RATE_BEFORE: tuple[str, ...] = ("an average of", "average of", "on average")

# Phrases of the figure's sentence that tie it to one day or phase of the incident.
PERIOD_PHRASES: tuple[str, ...] = (
    "in the past 24 hours", "in the last 24 hours", "over the past 24 hours", "on the first day",
    "during the first day", "in the first day", "were added to the death toll", "were added to the toll",
    "the most recent fatalities", "most recent deaths",
    # a day's count ("I received 10,000 bodies yesterday alone")
    "yesterday alone", "today alone", "that day alone",
)
# A span of time next to a figure that makes it the count of that span, not of the whole
# incident: "over that same two-month stretch", "in the past 48 hours", "during the first
# week". A span counted from the event ("in the six months after the storm") is the whole
# toll so far: a span needs one of SPAN_MODIFIERS to be a period.
SPAN_PREPOSITIONS: tuple[str, ...] = ("in", "over", "during", "within", "for")
SPAN_DETERMINERS: tuple[str, ...] = ("the", "that", "this", "those", "these", "its")
SPAN_MODIFIERS: tuple[str, ...] = (
    "same", "first", "past", "last", "previous", "preceding", "following", "next", "initial",
    "opening", "final",
)
TIME_UNITS: tuple[str, ...] = (
    "hour", "hours", "day", "days", "night", "nights", "week", "weeks", "month", "months",
    "year", "years", "weekend", "fortnight",
)
SPAN_NOUNS: tuple[str, ...] = ("stretch", "period", "span", "window", "spell", "interval")
# "in January and February", "between March and May": two months without a day, a period
# ("between Sept. 20 and Dec. 31" is dated, and read by dates.py).
MONTH_SPAN_PREPOSITIONS: tuple[str, ...] = ("in", "between", "from", "during", "over", "through")
MONTH_SPAN_LINKS: tuple[str, ...] = ("and", "to", "through", "until", "till", "-", "–")

# ---------------------------------------------------------------- the event a figure is tied to
# (events.py: "last month's quake killed 8,046", "981 injured in an earthquake on Tuesday")

# Disasters whose kind, with the country of an article's places, names one event within a
# week (reconcile.group_events) -> the kind ("quake" is an earthquake).
# Words of an outbreak of disease: deaths a sentence gives with one ("4,072 cases of cholera and
# seven deaths") are the outbreak's; in an incident most of whose tolls name none (the cyclone
# the cholera followed) they are another count, set against no toll (reconcile.py).
DISEASE_WORDS: frozenset[str] = frozenset(
    "cholera measles ebola typhoid dengue malaria diarrhoea diarrhea outbreak epidemic disease "
    "illness infection infections".split())
# Words of a fear of disease beside a toll ("aid agencies warned of cholera as the toll rose"):
# the figure is no outbreak's.
DISEASE_FEAR_WORDS: frozenset[str] = frozenset(
    "fear fears feared risk risks warn warned warns warning threat threatens spread prevent".split())
DISASTER_NOUNS: dict[str, str] = {
    **dict.fromkeys("earthquake earthquakes quake quakes temblor".split(), "earthquake"),
    **dict.fromkeys("hurricane hurricanes".split(), "hurricane"),
    **dict.fromkeys("typhoon typhoons".split(), "typhoon"),
    **dict.fromkeys("cyclone cyclones".split(), "cyclone"),
    **dict.fromkeys(["storm"], "storm"),
    **dict.fromkeys(["tsunami"], "tsunami"),
    **dict.fromkeys("flood floods flooding".split(), "flood"),
    **dict.fromkeys("landslide landslides mudslide mudslides".split(), "landslide"),
    **dict.fromkeys("eruption volcano".split(), "eruption"),
    **dict.fromkeys("wildfire wildfires".split(), "wildfire"),
    **dict.fromkeys(["avalanche"], "avalanche"),
    **dict.fromkeys("stampede stampedes crush".split(), "crowd crush"),
    **dict.fromkeys("derailment derailed".split(), "derailment"),
    **dict.fromkeys(["dam"], "dam collapse"),
    **dict.fromkeys("shipwreck shipwrecks capsizing capsized".split(), "shipwreck"),
}
# Kinds of disaster that seldom strike one country twice in a month: articles on one of them
# in one country weeks apart are one event (reconcile.PLACE_EVENT_DAYS); earthquakes (a new
# quake weeks after the first), floods, storms, landslides, avalanches and wildfires recur
# and are joined within a week only.
RARE_DISASTERS: frozenset[str] = frozenset({"eruption", "crowd crush", "derailment", "dam collapse"})
# Kinds of disaster that recur in one country within days (migrant boats off one coast):
# articles on one are joined by the town they name, not by their country alone.
TOWN_DISASTERS: frozenset[str] = frozenset({"shipwreck"})
# Kinds of disaster that strike an area, not one site: the dead of a place of one (its capital,
# its worst-hit town) are a part of it, however few other places' are told (reconcile._at_the_event).
AREA_DISASTERS: frozenset[str] = frozenset(
    {"earthquake", "hurricane", "typhoon", "cyclone", "storm", "tsunami", "flood", "landslide",
     "eruption", "wildfire", "dam collapse"})
# Nouns that count the event itself, not its victims: "two 6.3-magnitude quakes", "three
# trains", "the two blasts" (figures.py: such a number is never a casualty figure, unless a
# person noun follows it: "two quake victims").
EVENT_COUNT_NOUNS: frozenset[str] = frozenset(DISASTER_NOUNS) | EVENT_NOUNS | frozenset(
    """tremor tremors aftershock aftershocks storms tornado tornadoes fires blazes eruptions
    trains train dams dam levees blast blasts explosions bombings airstrikes air-strikes strikes
    shootings attacks raids crashes collisions derailments stampedes tsunamis""".split()
)
# The events a date may be tied to ("last month's floods", "the 2005 hurricane"): those an
# article tells (EVENT_NOUNS), the disasters, and these.
DATED_EVENT_NOUNS: frozenset[str] = EVENT_NOUNS | frozenset(DISASTER_NOUNS) | frozenset(
    """tremor tremors aftershock aftershocks storms tornado tornadoes fire blaze heatwave drought
    crush disasters tragedy
    air-strike shelling stabbing stabbings shootings killings derailment sinking collapse riots riot
    clashes unrest uprising
    protests crackdown war fighting offensive siege outbreak epidemic accident accidents crashes
    collisions fires disaster""".split()
)
# Verbs of a relative clause that places the event ("the accident that occurred in X").
EVENT_OCCURRENCE_VERBS: frozenset[str] = frozenset("occurred happened struck hit took erupted began".split())
# Another event named to rank this one: a ranking word, then a link, then the event ("the
# deadliest this year after tremors in Turkey and Syria, in which 50,000 were killed", "the
# worst crush since a stampede in Mina that killed 700"): the figures of that event are its own.
# A long conflict an event is one episode of: a toll of it beside the toll of a strike
# ("More than 290,000 people have been killed since the conflict erupted"; "Syria's war has
# killed more than 146,000") counts the war, not the strike.
WAR_NOUNS: frozenset[str] = frozenset("war wars conflict insurgency uprising rebellion revolution".split())
# What a count "since" runs from when it runs from long before the episode ("since then, more
# than a quarter of a million have been killed"; a year does too: "since 2011").
LONG_COUNT_STARTS: frozenset[str] = frozenset({"then", "the start", "the beginning", "the outbreak"})
SINCE = "since"
# Nouns after a war noun that make it a modifier ("a war monitor said", "war crimes").
WAR_COMPOUND_NEXT: frozenset[str] = frozenset(
    """monitor monitors crimes crime criminal criminals zone zones correspondent correspondents
    planes plane reporter reporters tribunal court games room cabinet""".split())
RANKING_WORDS: frozenset[str] = frozenset(
    """deadliest worst bloodiest costliest most largest biggest strongest greatest severest
    heaviest highest""".split())
RANKING_LINKS: frozenset[str] = frozenset(
    "since after behind than surpassing eclipsing besides following".split())
# Places in a series that rank an event against an earlier one when an event noun follows them
# ("the second deadly accident to hit the pilgrims this month following a crane collapse that
# killed 109"; not "the second day after the quake that killed 300").
SEQUENCE_RANKS: frozenset[str] = frozenset("second third fourth fifth latest".split())
# Words that open the clause of the ranked event's own figure ("..., in which 50,000 died").
RANKED_CLAUSE_OPENERS: frozenset[str] = frozenset("which that when where killing leaving".split())
# Disasters that carry a name ("Hurricane Maria", "Storm Daniel", "Cyclone Idai"): one name,
# one event, within a year.
NAMED_EVENT_NOUNS: frozenset[str] = frozenset("hurricane typhoon cyclone storm".split())
# Past verbs that tell the event itself happening ("the bridge collapsed on Tuesday", "the boat
# sank on Thursday", "plunged ... into a dry river bed on Tuesday"): a weekday in their clause
# names the day of the event (events.event_weekdays), which dates an undated article's week.
# A toll's own verbs ("the toll hit 139 on Tuesday") are not the event's: a figure or a toll
# noun in the clause makes the weekday the toll's (TOLL_NOUNS).
EVENT_HAPPENING_VERBS: frozenset[str] = SINCE_EVENT_VERBS | EVENT_OCCURRENCE_VERBS - {"took"} | frozenset(
    "collapsed plunged capsized exploded derailed crashed erupted burst overturned stormed".split())
# Verbs that tell the event with the noun after them ("opened fire", "caught fire").
EVENT_HAPPENING_PHRASES: frozenset[str] = frozenset({"opened fire", "caught fire"})
# Words after a weekday that put it in another week ("on Thursday last week", "next Monday").
OTHER_WEEK_WORDS: frozenset[str] = frozenset("last next week".split())
# Marks between a year and a figure in a list of past events ("1990 - 1,426 pilgrims were
# killed", "2006 – 346 died"): the year is the figure's date.
LIST_ENTRY_MARKS: frozenset[str] = frozenset({"-", "–", "—"})
# Words between an event noun and its date ("an earthquake on Tuesday", "the floods of 2010").
EVENT_DATE_LINKS: frozenset[str] = frozenset("on of in".split())
# Words before a month named alone that make it a date ("a fire in November", "last March"):
# the latest such month up to the article's date.
BARE_MONTH_LINKS: frozenset[str] = frozenset("in last early late mid since".split())
# Verbs of saying that also kill ("the storm has claimed the lives of 230", "claimed 40 lives").
CLAIM_VERBS: frozenset[str] = frozenset("claim claims claimed claiming".split())
# "not 359 as (being) reported by the media": a corrected figure that others reported.
AS = "as"
# Adjectives of a faith, a people or a side that name no place before a place noun ("Christian
# neighbourhoods", "Kurdish villages"; demonyms of countries come from the gazetteer).
SIDE_ADJECTIVES: frozenset[str] = frozenset(
    """christian muslim sunni shia shiite alawite druze yazidi jewish catholic orthodox coptic
    kurdish arab houthi pashtun tamil sinhalese rohingya""".split())
INDEFINITES: frozenset[str] = frozenset({"a", "an"})
# Words before a list of numbers that make them ages, not counts ("aged 19, 22 and 25").
AGE_LIST_WORDS: frozenset[str] = frozenset("aged ages age".split())
REPORTED_WORDS: frozenset[str] = frozenset("reported stated claimed cited circulated".split())
# What one claims that owns an attack rather than says a figure ("claimed responsibility for").
RESPONSIBILITY_WORDS: frozenset[str] = frozenset("responsibility credit".split())
# Dashes that set words apart ("—", "–"; a spaced hyphen is read as one where it stands alone).
DASHES: frozenset[str] = frozenset({"—", "–"})
# The part of a day between an event noun and its date ("the fire on the night of June 14").
DAY_PARTS: frozenset[str] = frozenset("night morning evening afternoon".split())
# The verbs of a toll that stands at the time of writing ("the toll ... is now 79", "reached
# 180"): a toll that moved (TOLL_MOVES), or one in the present.
RUNNING_TOLL_VERBS: frozenset[str] = TOLL_MOVES | frozenset("is are stands now".split())
# The first word of a date that can follow its event noun bare ("an attack last week").
RELATIVE_PAST: frozenset[str] = frozenset("last earlier".split())
# Marks between a figure and an event phrase that put them in different clauses.
EVENT_CLAUSE_BREAKS: frozenset[str] = frozenset("; : ( )".split())

# ---------------------------------------------------------------- speakers of any shape
# (attribution.py: the noun phrase after "according to" and before a reporting verb)

# Words that end a speaker's noun phrase: a new clause begins.
PHRASE_ENDS: frozenset[str] = frozenset(
    "that which who whom whose when while whereas because after before since if although though "
    "where but nor so than until unless".split()
)
# Nouns a finding or a count is made by ("a New York Times analysis found that", "figures
# showed", "the government's latest number is"): they stand for whoever made them.
DATA_NOUNS: frozenset[str] = frozenset(
    "analysis analyses study studies survey surveys review reviews data figures figure statistics "
    "tally tallies count counts estimate estimates census research records record numbers number "
    "assessment investigation inquiry audit toll tolls database report reports findings".split()
)
# Data nouns whose "from X" / "by X" names who gave them out ("the latest figures from NHS England"
# are NHS England's): the source is X. A study, a tally or an analysis stays a source of its own.
GIVEN_DATA_NOUNS: frozenset[str] = frozenset(
    "data figures figure statistics numbers records information details".split())
# Verbs by which a study or count reports ("found that", "showed that").
FINDING_THAT_VERBS: frozenset[str] = frozenset(
    "found finds find showed shows show suggested suggests concluded concludes estimated".split()
)
# What a possessive speaker's count is called ("the government's latest number is 6,841").
OWN_COUNT_NOUNS: frozenset[str] = frozenset("toll count tally number figure figures estimate".split())
# Words that open a relative clause set off by commas ("the ministry, which is run by X, said").
RELATIVE_OPENERS: frozenset[str] = frozenset("which who whose whom".split())
# The subject of a relative clause whose verb counts the people a noun names ("the number of
# people who died", "those that perished").
RELATIVE_SUBJECTS: frozenset[str] = frozenset("who that".split())
# Participles that close the noun phrase after "according to" ("a report from X released on
# Tuesday"), unless an agent follows ("figures compiled by X").
PHRASE_CLOSING_PARTICIPLES: frozenset[str] = frozenset(
    "released published issued seen obtained made posted shared presented unveiled received given "
    "provided supplied passed".split()
)
