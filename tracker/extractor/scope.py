"""What part of an incident a figure counts: its `scope` and `group`.

Only a toll of the whole incident (`scope=whole`) is compared with other sources' tolls and
goes into the estimates; the other scopes are parts of it, which would otherwise disagree
with every real toll. The rules, tried in order (the first that holds decides):

1. ``individual``: people the text names or describes one by one ("a 33-year-old man was shot"),
   and one family's loss ("I lost four relatives", "his two sons were killed");
   ``compared``: the toll of another event that the sentence ranks this one against ("the
   deadliest this year after tremors in Turkey, in which 50,000 were killed"), an incident of
   its own;
2. ``area``: a figure for a part of the area ("about 700 in Jalal-Abad alone"), or in a
   relative clause on a place ("a house where three dead had been found");
3. ``group``: a figure of a list of who the victims were ("among the dead were four
   students"), a figure whose head noun counts one group of the victims ("six children",
   "three firefighters", "1,400 Israelis", "600 Muslims"), the injured by how bad their
   injuries are ("116 suffered minor injuries"), in one condition ("120 are in
   serious condition"), still in care ("382 are being treated", "40 remain in hospital") or
   discharged, an addition to a figure of the same category before it ("12 were also
   killed", after the period rules), and the dead buried, handed over or brought to
   hospitals; `group` names it.
   Not where the group is the
   category's own people ("100,000 refugees" displaced, "2.8 million Nepalese" displaced);
4. ``period``: an increment, one day's count or a rate ("another 10 were killed", "six more
   bodies", "in the past 24 hours", "an average of 118 deaths daily"), one team's finds ("a team
   of 55 rescuers has found four bodies"), unless "another" only
   moves on to another category ("11,300 were killed and another 10,100 are missing"); the
   count of a span of time ("over that same two-month stretch", "in January and February"),
   unless it is a toll ("the toll rose to 500 in the past week") or the span runs from the
   event ("in the six months after the storm");
5. ``whole``: everything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .. import gazetteer as gz
from ..models import Claim
from . import lexicon as lx
from .dates import possessed

_WORD = re.compile(r"[^\W\d_][\w'-]*")
_WINDOW = 30  # characters before a figure that may hold "another", "a further"


def scope_claims(claims: Iterable[Claim], text: str) -> list[Claim]:
    """The claims of one article with their scope and group (module docstring)."""
    out: list[Claim] = []
    for claim in claims:
        scope, group = scope_of(claim, text, out)
        out.append(replace(claim, scope=scope, group=group))
    return _at_one_hospital(out, text)


def _at_one_hospital(claims: list[Claim], text: str) -> list[Claim]:
    """"Of the 205 patients admitted at the SCB medical college hospital, 46 ...": a figure of
    the people one hospital took in (a definite hospital with words of its own name before it,
    ``ONE_HOSPITAL_NOUNS``), in an article that gives a whole count of the same category and day
    at least twice as large anywhere (1,208 injured, said later), is that hospital's: a group.
    Alone, "two victims were taken to the Regional Medical Center hospital" are all of them."""
    def larger(c: Claim) -> bool:  # of the same day, and far larger (not a witness's 5 against 3)
        return c.value is not None and any(
            o.category == c.category and o.scope == "whole" and o.value is not None and o.as_of == c.as_of
            and o.value >= _ONE_HOSPITAL_SHARE * c.value for o in claims)

    def at_one(c: Claim) -> bool:  # the cheap anchored match first, the scan of the article after
        return c.scope == "whole" and _ONE_HOSPITAL.match(
            text, c.end, min(len(text), c.end + _ONE_HOSPITAL_REACH)) is not None and larger(c)

    return [replace(c, scope="group", group=lx.AT_ONE_HOSPITAL) if at_one(c) else c for c in claims]


def scope_of(claim: Claim, text: str, earlier: list[Claim]) -> tuple[str, str]:
    """(scope, group) of one claim, given the claims before it in the article."""
    group = _nationality(claim, text) or _group(claim.surface or text[claim.start:claim.end])
    if group == "people":
        group = _demonym_after(claim, text)
    if group == "people":
        group = _people_named_around(claim, text)
    if group == "people":
        group = _own_nationals_listed_before(claim, text, earlier)
    if group == "people":
        group = _group_left_out(claim, text, earlier)
    if claim.individuals or _personal_loss(claim, text):
        return "individual", group
    if _ranked_against(claim, text) or _of_the_war(claim, text, earlier):
        return "compared", group
    if claim.partial and _increment(claim, text, earlier):
        return "period", group  # "another 25 deaths reported across the state": one more count
    if claim.partial or _at_a_site(claim, text):
        return "area", group
    if _listed_victims(claim, text):
        return "group", group  # "among the dead were four students": who they were, not a toll
    if claim.category in lx.DEAD_OR_MISSING_CATEGORIES and _DEAD_OR_MISSING.search(
            text, claim.start, min(len(text), claim.end + _DEAD_OR_MISSING_REACH)):
        # "more than 300 people dead or missing": the dead and the missing as one count, no toll
        # of either (a count of its own, "dead or missing")
        return "group", lx.DEAD_OR_MISSING
    other = _or_another_kind(claim, text)
    if other:
        # "8,000 either injured or vulnerable residents were flown out": the injured and others,
        # no toll of the injured
        return "group", other
    if group != "people" and claim.term.lower() in lx.REMAINS_NOUNS:
        process = _body_process(claim, text)
        if process:
            return "group", process  # "the remains of 25 foreign nationals were repatriated"
    if group != "people":
        nationality = group not in lx.GROUP_NOUNS.values()
        whole = lx.WHOLE_GROUPS.get(claim.category, frozenset())
        if group in whole or (nationality and "nationality" in whole):
            return "whole", group
        return "group", group
    severity = _severity(claim, text)
    if severity:
        return "group", severity  # "116 people suffered minor injuries": a group of the injured
    where = _where_they_died(claim, text, earlier)
    if where and claim.term == lx.IN_HOSPITAL_TERM:
        return "group", where  # "16 died at the scene and another five in hospital": a part, not one more
    if _increment(claim, text, earlier) or _rate(claim, text) or _period(claim, text) \
            or _one_finders_count(claim, text) or _days_recovery(claim, text, earlier):
        return "period", group
    if where:
        return "group", where  # "16 died at the scene", after "the toll rose to 21": a part of it
    if _also(claim, text, earlier):
        return "group", group  # "12 people were also killed": added to the toll before
    if _beside(claim):
        return "group", group  # "besides two taken to hospitals, 10 were treated at the scene": a sum's parts
    process = _body_process(claim, text)
    if process:
        return "group", process  # "32 unidentified bodies were buried": the dead buried so far
    if claim.category == "killed" and _larger_toll_before(claim, earlier) \
            and _NAMES_OF.search(text, max(0, claim.start - _NAMES_REACH), claim.start):
        # "released the names of 50 of the dead" after a toll of 115 (with none larger before,
        # the names are all the dead: "the names of three men slain at a barbershop")
        return "group", lx.BODY_PROCESSES["identified"]
    if claim.category in lx.DESTINATION_CATEGORIES and _returning(claim, text):
        return "group", lx.RETURNED  # "1,200 of the displaced were allowed to return home"
    reach = min(len(text), claim.end + _IN_CARE_REACH)
    if claim.category == "injured" and _DISCHARGED.match(text, claim.end, reach):
        return "group", lx.DISCHARGED  # "about 900 people were discharged after treatment"
    if claim.category == "injured" and _in_care(claim, text):
        return "group", "in hospital"  # "382 are still being treated": the in-patients now
    condition = _CONDITION.match(text, claim.end, min(len(text), claim.end + _CONDITION_REACH))
    if claim.category == "injured" and condition is not None:
        return "group", f"in {condition.group(1).lower()} condition"  # "120 are in serious condition"
    if _hospitalised_of_injured(claim, text, earlier):
        return "group", lx.HOSPITALISED  # "37 people were injured; 33 were hospitalised"
    return "whole", group


def _listed_victims(claim: Claim, text: str) -> bool:
    """A figure of a list of who the victims were ("Among those killed were one pupil and four
    students", "those killed included four children and two teachers"): a sub-group each."""
    if claim.rule == _LISTED_RULE:
        return True
    return claim.rule == _LIST_RULE and bool(
        _LISTING.search(text, max(0, claim.start - _LISTED_REACH), claim.start))


def _of_the_war(claim: Claim, text: str, earlier: list[Claim]) -> bool:
    """A toll of the war after the article's toll of its event, ``_WAR_SCALE`` times it or more:
    "a drone strike killed at least eight ... More than 290,000 people have been killed since
    the conflict began": the war's, an event of its own. A war toll the article opens with is
    its event's."""
    size = claim.count.point()
    if size is None or not _war_toll(claim, text):
        return False
    # the episode's toll before it, of any group, which the war's dwarfs
    return any(e.category == claim.category and e.scope != "compared" and not e.part_of
               and (e.count.point() or 0) * _WAR_SCALE <= size and not _war_toll(e, text) for e in earlier)


def _war_toll(claim: Claim, text: str) -> bool:
    """Does a war noun lie near the figure in its sentence ("the war has killed", "killed in
    Syria's war", "the five-year conflict"), after a determiner (not a verb: "figures conflict
    with") and not as a modifier ("a war monitor"), or a count run from long before ("since
    then", "since 2011")? Never a toll the sentence says moved ("since then, the death toll
    has climbed to 62"; "the toll from the strike had risen to 52"): the event's own."""
    if claim.rule == _TOLL_RULE:
        # "put the death toll from the five-year conflict at 470,000": a toll of the war
        return _WAR_TOLL.search(text, max(0, claim.start - _WAR_REACH), claim.start) is not None
    lo, hi = max(0, claim.start - _WAR_REACH), min(len(text), claim.end + _WAR_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, claim.start)]
    lo = ends[-1] if ends else lo
    after = _SENTENCE_END.search(text, claim.end, hi)
    hi = after.start() + 1 if after else hi
    for m in _WAR.finditer(text, lo, hi):
        after = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        if text[m.end():m.end() + 1] == "-" or text[max(0, m.start() - 1):m.start()] == "-":
            continue  # "war-torn", "anti-war"
        if after is not None and after.group().lower() in lx.WAR_COMPOUND_NEXT:
            continue
        if m.group().lower().startswith(lx.SINCE) or _determined(text, m.start()):
            return True
    return False


def _determined(text: str, at: int) -> bool:
    """Does a determiner, a possessive or a proper name open the noun phrase of the noun at
    ``at`` ("the conflict", "Syria's war", "a brutal multi-front war", "its civil war", "Syrian
    civil war")?"""
    words = _WORD.findall(text[max(0, at - _DETERMINER_REACH):at])[-_DETERMINER_WORDS:]
    # a proper name's modifier counts too ("Syrias war" as some copies write it, "the Syrian war")
    return any(w.lower() in lx.DETERMINERS or w.endswith(("'s", "’s")) or w[:1].isupper() for w in words)


_DETERMINER_REACH = 40  # characters before a war noun that may hold its determiner
_DETERMINER_WORDS = 3  # words between the determiner and the noun at most ("a brutal multi-front war")
_TOLL_RULE = "toll"  # figures.READERS: "the toll rose to 62"




def _ranked_against(claim: Claim, text: str) -> bool:
    """A figure of another event that the sentence ranks this one against: a ranking word, a
    link, then an event noun, then the figure in that event's own clause ("among the deadliest
    this year after tremors in Turkey and Syria, in which 50,000 were killed"; "the worst crush
    since a stampede in Mina killed 700"). Not the event's own toll after a comma ("the worst
    disaster since the 2015 earthquake, with 500 killed")."""
    before = text[max(0, claim.start - _RANKED_REACH):claim.start]
    before = re.split(r"[.;:!?]\s", before)[-1]
    words = _WORD.findall(before.lower())
    ranking = next((i for i, w in enumerate(words) if w in lx.RANKING_WORDS or w in lx.SEQUENCE_RANKS
                    or any(w.endswith("-" + r) for r in lx.RANKING_WORDS)), None)
    if ranking is None:
        return False
    # one phrase: "the deadliest this year after tremors in Turkey and Syria, in which ..."
    gap = _SEQUENCE_GAP if words[ranking] in lx.SEQUENCE_RANKS else _RANK_GAP
    link = next((i for i in range(ranking + 1, min(len(words), ranking + gap))
                 if words[i] in lx.RANKING_LINKS), None)
    if link is None:
        return False
    after_link = before.lower().rsplit(words[link], 1)[-1]
    if words[ranking] not in lx.SEQUENCE_RANKS and len(after_link.split()) <= 1 \
            and not any(ch.isdigit() or ch == "," for ch in after_link):
        return True  # "the deadliest disaster since 304 people died when a ferry sank": its clause
    # "the second deadly accident ... following a crane collapse"; not "the second day after"
    series = words[ranking] in lx.SEQUENCE_RANKS
    if series and not any(w in lx.DATED_EVENT_NOUNS for w in words[ranking + 1:link]):
        return False
    event = next((i for i in range(link + 1, min(len(words), link + _RANK_GAP))
                  if words[i] in lx.DATED_EVENT_NOUNS), None)
    if event is None:
        return False
    between = words[event + 1:]
    tail = before.lower().rsplit(words[event], 1)[-1]
    opener = next((i for i, w in enumerate(between) if w in lx.RANKED_CLAUSE_OPENERS), None)
    return (opener is not None and opener <= _RANK_GAP and len(between) - opener <= _RANK_GAP) \
        or ("," not in tail and len(between) <= _RANK_GAP)


_RANKED_REACH = 250  # characters before a figure that may rank its event against another
_RANK_GAP = 6  # words from the ranking word to its link, to the event, to its clause, to the figure
_SEQUENCE_GAP = 11  # words from a place in a series to its link ("second deadly accident ... following")


_LOSS_REACH = 30  # characters before a figure that may say whose loss it is ("I have lost")
# "his two sons", "his wife and two daughters": a possessive, then the kin listed before the figure
_POSSESSIVE = re.compile(r"\b(?:" + "|".join(sorted(lx.POSSESSIVES)) + r")\s+(?:own\s+)?(?:(?:"
                         + "|".join(sorted(lx.FAMILY_NOUNS)) + r")\s*,?\s+(?:and\s+)?)*$", re.IGNORECASE)
_FIRST_PERSON_LOSS = re.compile(r"\b(" + "|".join(sorted(lx.FIRST_PERSONS))
                                + r")\s+(?:have\s+|had\s+|'ve\s+)?(?:"
                                + "|".join(sorted(lx.PERSONAL_LOSS_VERBS)) + r")\s+(?:all\s+|both\s+)?$",
                                re.IGNORECASE)


# "who lost his partner and two daughters": one family's dead, told of a third person
_FAMILY_LOSS = re.compile(r"\b(?:" + "|".join(sorted(lx.PERSONAL_LOSS_VERBS)) + r")\s+(?:"
                          + "|".join(sorted(lx.POSSESSIVES - lx.FIRST_PERSON_POSSESSIVES))
                          + r")\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(lx.FAMILY_NOUNS)) + r")\b",
                          re.IGNORECASE)
# "all three", "both" right before the figure
_FAMILY_TOTAL = re.compile(r"\b(?:" + "|".join(sorted(lx.FAMILY_TOTAL_WORDS)) + r")\s+(?:the\s+)?$",
                           re.IGNORECASE)
_SENTENCE_KEY = 40  # characters of a claim's sentence that find where it starts in the text


def _personal_loss(claim: Claim, text: str) -> bool:
    """"I lost four relatives", "we lost six family members", "his two sons were killed": one
    family's loss, told by or of its own; never a toll. "I lost N" is one speaker's; "we lost N"
    and "their N" only of relatives ("we lost 40 soldiers" is an army's)."""
    before = text[max(0, claim.start - _LOSS_REACH):claim.start]
    words = [w.lower() for w in _WORD.findall(claim.surface or text[claim.start:claim.end])]
    family = bool(words) and (words[-1] in lx.FAMILY_NOUNS or " ".join(words[-2:]) in lx.FAMILY_NOUNS
                              or (len(words) >= 2 and words[-2] in lx.FAMILY_NOUNS))
    if _POSSESSIVE.search(before):
        return family
    loss = _FIRST_PERSON_LOSS.search(before)
    if loss is not None and (loss.group(1).lower() == "i" or family):
        return True
    # "Charest, who lost his partner and two daughters, will wait for all three bodies"
    told = _sentence_before(claim, text) or before
    return bool(_FAMILY_TOTAL.search(told)) and bool(_FAMILY_LOSS.search(told))


def _sentence_before(claim: Claim, text: str) -> str:
    """The words of the claim's sentence before its figure ("" when the text does not hold it)."""
    key = claim.sentence[:_SENTENCE_KEY]
    opening = text.rfind(key, 0, claim.start + len(key)) if key else -1
    return text[opening:claim.start] if 0 <= opening <= claim.start else ""


def _one_finders_count(claim: Claim, text: str) -> bool:
    """"A team of 55 rescuers has found four bodies", "I have seen around 60 bodies": what one
    team found or one witness saw, not the toll."""
    return claim.category == "killed" and bool(
        _FOUND_BY_A_TEAM.search(text, max(0, claim.start - _TEAM_REACH), claim.start)
        or _SEEN_BY_ONE.search(text, max(0, claim.start - _SEEN_REACH), claim.start))


_TEAM_REACH = 90  # characters from "a team" to the figure it found
_SEEN_REACH = 45  # characters from "I have seen" to the figure
# "A team of 55 French rescuers has found four bodies": one team's finds, not the toll
_FOUND_BY_A_TEAM = re.compile(r"\b(?:" + "|".join(sorted(lx.TEAM_NOUNS)) + r")\b[^.;]{0,60}?\b(?:"
                              + "|".join(sorted(lx.BODY_FINDING_VERBS)) + r")\s+(?:the\s+)?$", re.IGNORECASE)
_BODIES = re.compile(r"\b(?:bodies|remains|corpses)\b", re.IGNORECASE)
_DEAD = re.compile(r"\b(?:" + "|".join(sorted(lx.CORPSE_WORDS)) + r")\b", re.IGNORECASE)
_FACILITY = r"(?:(?:" + "|".join(sorted(lx.BODY_FACILITY_MODIFIERS)) + r")\s+){0,3}(?:" \
    + "|".join(sorted(lx.BODY_FACILITIES)) + r")\b"
# "200 dead had been brought to different hospitals", "bodies were taken to the morgue"
_DELIVERED = re.compile(r"[^.;]{0,40}?\b(?:" + "|".join(sorted(lx.BODY_DELIVERY_VERBS))
                        + r")\s+(?:in\s+)?(?:to|at|into)\s+" + _FACILITY, re.IGNORECASE)
# "the city morgue has received 120 bodies"
_RECEIVED = re.compile(_FACILITY + r"[^.;]{0,20}?\b(?:" + "|".join(sorted(lx.BODY_RECEIVING_VERBS))
                       + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "the bodies of nine victims have been identified": bodies named before the figure they count
_BODIES_OF = re.compile(r"\b(?:bodies|remains|corpses)\s+of\s+$", re.IGNORECASE)
# "Recovery teams are still looking for the remains of five people": the dead not found yet
_SOUGHT = re.compile(r"\b(?:" + "|".join(sorted(lx.SEARCH_WORDS)) + r")\s+for\s+(?:the\s+)?(?:bodies|remains)"
                     r"\s+of\s+(?:(?:another|the|a\s+further)\s+)?$", re.IGNORECASE)
_BURIAL = re.compile(r"\b(?:mass\s+)?(?:burial|funeral)s?\b[^.;]*?\bfor\s+(?:the\s+)?$", re.IGNORECASE)
_PROCESS = re.compile(r"\b(" + "|".join(sorted(lx.BODY_PROCESSES)) + r")\b", re.IGNORECASE)
_PROCESS_REACH = 30  # characters before a count of bodies that may say what was done
_BURIAL_REACH = 80  # characters from "a mass burial" to "for" the figure it buried
_PROCESS_AFTER = 80  # and after it ("32 bodies retrieved from the debris ... were buried")


# "the names of 50 of the dead": the dead named so far, a part of the toll (not of the missing,
# whose list of names is their count)
_NAMES_OF = re.compile(r"\bnames\s+of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
_NAMES_REACH = 20  # characters before a figure that may hold "names of"
_COUNT_NAME_REACH = 120  # characters from "the number of bodies ..." to its figure
_COUNT_NAME = re.compile(r"\b(?:" + "|".join(sorted(lx.BODY_COUNT_NAMES)) + r")\s+of\s+(?:the\s+)?"
                         r"(?:bodies|remains|corpses)\b([^.;\d]*)$", re.IGNORECASE)


def _body_process(claim: Claim, text: str) -> str:
    """What was done with the bodies a figure counts ("handed over 441 bodies", "32 bodies were
    buried"): "buried", "handed over" ..., else ""."""
    if claim.category != "killed":
        return ""
    if _BURIAL.search(text, max(0, claim.start - _BURIAL_REACH), claim.start):
        return lx.BODY_PROCESSES["buried"]  # "a mass burial for 100 people who died in Tacloban"
    surface = claim.surface or text[claim.start:claim.end]
    if _DEAD.search(surface) and (
            _DELIVERED.match(text, claim.end, min(len(text), claim.end + _PROCESS_AFTER))
            or _RECEIVED.search(text, max(0, claim.start - _PROCESS_REACH - 20), claim.start)):
        return lx.BROUGHT_TO_HOSPITALS  # "200 dead had been brought to different hospitals"
    if _SOUGHT.search(text, max(0, claim.start - _PROCESS_REACH), claim.start):
        return lx.BODIES_SOUGHT  # "still looking for the remains of five people": not found yet
    named = _COUNT_NAME.search(text, max(0, claim.start - _COUNT_NAME_REACH), claim.start)
    if named is not None and not _BODIES.search(surface):
        # "the number of bodies identified so far is 40": what the count's own name says between
        # "bodies" and the figure (not "115, of which 27 have been identified" after it; no other
        # figure between)
        found = _PROCESS.search(named.group(1))
        return lx.BODY_PROCESSES[found.group(1).lower()] if found else ""
    if not _BODIES.search(surface) and claim.term.lower() not in lx.REMAINS_NOUNS \
            and not _BODIES_OF.search(text, max(0, claim.start - _PROCESS_REACH), claim.start):
        return ""
    around = text[max(0, claim.start - _PROCESS_REACH):claim.start] + " " + \
        text[claim.end:claim.end + _PROCESS_AFTER].split(".")[0]
    found = _PROCESS.search(around)
    return lx.BODY_PROCESSES[found.group(1).lower()] if found else ""


# "I have seen around 60 bodies": what one witness saw, not the toll
_SEEN_BY_ONE = re.compile(r"\b(?:(?:I|we|he|she)\s+(?:have\s+|had\s+)?(?:personally\s+)?(?:seen|saw|counted)"
                          r"|(?:claimed|claims|said|says)\s+to\s+have\s+(?:personally\s+)?(?:seen|counted))\s+$",
                          re.IGNORECASE)
# "120 other people are in serious condition", "three remain in critical condition": a group
# of the injured, not their toll; never past another figure ("among the 300 injured, 40 are in
# critical condition": 300 is the toll)
_CONDITION = re.compile(r"(?:[^\W\d]|[\s,]){0,30}?\b(?:in|listed in)\s+(?:a\s+)?(" + "|".join(
    re.escape(c) for c in sorted(lx.CONDITIONS, key=len, reverse=True)) + r")\s+condition", re.IGNORECASE)
_CONDITION_REACH = 60  # characters after a figure that may say its condition


def _alternatives(words: Iterable[str]) -> str:
    """One regular-expression group of the words, longest first, a phrase's spaces any run of them."""
    spaced = (re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return "(?:" + "|".join(spaced) + ")"


# a war noun, or a running count from long before ("since then", "since the start", "since 2011")
_WAR = re.compile(r"\b(?:" + "|".join(sorted(lx.WAR_NOUNS)) + r")\b|\b" + lx.SINCE + r"\s+(?:"
                  + _alternatives(lx.LONG_COUNT_STARTS) + r"\b|(?:19|20)\d\d\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")
_WAR_REACH = 90  # characters either side of a figure that may name the war it counts
_WAR_TOLL = re.compile(r"\b(?:" + "|".join(sorted(lx.TOLL_HEADS)) + r")\s+(?:from|of|in)\s+"
                       r"(?:[\w'’-]+\s+){0,3}?(?:"
                       + "|".join(sorted(lx.WAR_NOUNS)) + r")\b", re.IGNORECASE)
_WAR_SCALE = 10  # a war's toll is this many times an episode's at least
_DEAD_OR_MISSING = re.compile(
    r"\b(?:" + _alternatives(lx.DEATH_WORDS_OF_TOLLS) + r")\s+(?:or|and)\s+(?:missing|unaccounted)\b"
    r"|\bmissing\s+(?:or|and)\s+(?:dead|killed)\b", re.IGNORECASE)
_DEAD_OR_MISSING_REACH = 40  # characters after a figure that may join its dead with the missing
_OR_WORD = re.compile(r"\s+or\s+([^\W\d_]+)\s+([^\W\d_]+)", re.IGNORECASE)


def _or_another_kind(claim: Claim, text: str) -> str:
    """"injured or vulnerable residents", "injured or sick people": the figure's casualty word
    joined by "or" to a word of no casualty before a noun of people, the two as one count (its
    name), else ""."""
    term = claim.term.lower()
    if not term or " " in term:
        return ""
    at = text.lower().find(term, claim.start, min(len(text), claim.end + _DEAD_OR_MISSING_REACH))
    # the word right after the figure's digits (or after "either"), before a noun: "8,000
    # injured or sick people"; not a verb of the clause ("nine people were shot or suffered")
    gap = text[claim.start:at].rstrip() if at >= 0 else ""
    if not (gap[-1:].isdigit() or gap.lower().endswith(" " + lx.EITHER)):
        return ""
    match = _OR_WORD.match(text, at + len(term))
    if match is None:
        return ""
    word = match.group(1).lower()
    if match.group(2).lower() not in lx.PERSON_NOUNS or word in lx.OR_LINKED \
            or any(word in words for words in (lx.PREDICATES, lx.CASUALTY_HEADS, lx.TOLL_NOUNS)):
        return ""
    return f"{term} or {word}"


_LISTED_RULE = "victims_listed"  # figures.READERS: "among the dead were four students"
_LIST_RULE = "list_continues"  # figures.OVERRIDES: the next item of the same list
_LISTED_REACH = 200  # characters from "among the dead were" to the last item of its list
# "among the dead were", "those who died included": the list of who the victims were
_LISTING = re.compile(
    r"\b(?:(?:among|amongst)\s+" + _alternatives(lx.LISTED_DETERMINERS) + r"\s+(?:who\s+)?[^\W\d_]+\s+"
    + _alternatives(lx.LISTING_COPULAS) + "|" + _alternatives(lx.LISTED_DETERMINERS)
    + r"\s+(?:who\s+)?[^\W\d_]+\s+" + _alternatives(lx.LISTING_VERBS) + r")\b[^.;:!?]*$", re.IGNORECASE)


_WORDS_GAP = r"(?:[^\W\d_][\w'-]*\s+)"
_ONE_HOSPITAL = re.compile(
    r"\s+" + _WORDS_GAP + r"{0,3}?" + _alternatives(lx.TAKEN_TO_HOSPITAL | lx.TREATED_AT) + r"\s+"
    + _alternatives(lx.AT_HOSPITAL_PREPOSITIONS) + r"\s+the\s+" + r"(?:[\w.&'-]+\s+){1,5}?"
    + _alternatives(lx.ONE_HOSPITAL_NOUNS) + r"\b(?!s)", re.IGNORECASE)
_ONE_HOSPITAL_REACH = 120  # characters after a figure to the hospital that took its people in
_ONE_HOSPITAL_SHARE = 2  # the whole count is at least this many times one hospital's
# "a house where three dead had been found", "the village where rescuers said 40 had died"
_SITE = re.compile(
    r"\b(?:" + _alternatives(lx.SITE_INDEFINITES) + r"\s+" + _WORDS_GAP + r"{0,2}?"
    + _alternatives(lx.SITE_NOUNS)
    + "|" + _alternatives(lx.SITE_DEFINITES) + r"\s+" + _WORDS_GAP + r"{0,2}?"
    + _alternatives(lx.DEFINITE_SITE_NOUNS) + r")\s+" + _alternatives(lx.SITE_RELATIVES) + r"\s+"
    + _WORDS_GAP + r"{0,4}$", re.IGNORECASE)
_SITE_REACH = 120  # characters from the site's determiner to the figure of its relative clause


def _at_a_site(claim: Claim, text: str) -> bool:
    """A figure in a relative clause on a place ("a house where three dead had been found", "the
    village where 40 died", "a school in which 12 were hurt"): that place's, a part of the area."""
    return bool(_SITE.search(text, max(0, claim.start - _SITE_REACH), claim.start))


_SEVERITY = _alternatives(lx.INJURY_SEVERITIES)
# "116 people suffered minor injuries", "30 were seriously injured", "12 seriously wounded people"
_INJURY = _alternatives(lx.INJURY_WORDS)
_SEVERE = re.compile(r"\s+" + _WORDS_GAP + r"{0,4}?(" + _SEVERITY + r")\s+" + _INJURY + r"\b", re.IGNORECASE)
_SEVERE_IN = re.compile(r"\b(" + _SEVERITY + r")\s+" + _INJURY + r"\b", re.IGNORECASE)


def _severity(claim: Claim, text: str) -> str:
    """The group of the injured by how bad their injuries are ("minor injuries"), else ""."""
    if claim.category != "injured":
        return ""
    found = _SEVERE_IN.search(claim.surface or text[claim.start:claim.end]) \
        or _SEVERE.match(text, claim.end, min(len(text), claim.end + _SEVERE_REACH))
    return lx.INJURY_SEVERITIES[found.group(1).lower()] if found else ""


_SEVERE_REACH = 60  # characters after a figure that may say how bad its injuries are
# "12 people were also killed": added to a toll of the same category before it
_ALSO = re.compile(r"\s+(?:" + _alternatives(lx.ALSO_AUX) + r"\s+){0,2}" + _alternatives(lx.ALSO_WORDS)
                   + r"\b", re.IGNORECASE)


def _larger_toll_before(claim: Claim, earlier: list[Claim], reach: int | None = None,
                        category: str = "killed", same_place: bool = False) -> bool:
    """Did the article give a larger whole count of ``category`` before the claim (within
    ``reach`` characters, when given; of the claim's place, with ``same_place``)?"""
    return claim.value is not None and any(
        c.category == category and c.scope == "whole" and c.value is not None and c.value > claim.value
        and (reach is None or claim.start - c.end <= reach)
        and not (same_place and claim.location and claim.location != c.location) for c in earlier)


def _hospitalised_of_injured(claim: Claim, text: str, earlier: list[Claim]) -> bool:
    """"In total 37 people were injured. Thirty-three were hospitalised": those taken to
    hospital after a larger whole count of the injured given shortly before are a group of
    them (not of a separate event)."""
    words = claim.term.lower().split()
    taken = bool(words) and (words[0] in lx.HOSPITALISED_TERMS
                             or (words[0] in lx.TAKEN_TO_HOSPITAL and words[-1] in lx.HOSPITALS))
    if claim.category != "injured" or not taken:
        return False
    if claim.partial or _SEPARATE.search(claim.sentence):
        return False  # "In Kharkiv, 12 people were hospitalised", "Separately, 12 ...", "in another fire"
    # (of the same place: not "37 were injured in Kyiv. In Kharkiv, 12 were hospitalised")
    return _larger_toll_before(claim, earlier, _WHOLE_BEFORE_REACH, "injured", same_place=True)


def _where_they_died(claim: Claim, text: str, earlier: list[Claim]) -> str:
    """"Sixteen people died at the scene and five in hospital" after "the death toll rose to
    21": the dead at the scene, or in hospital, a part of a larger toll the article gave before
    ("at the scene", "died in hospital"); "" when it gave none (then the figure is the toll)."""
    if claim.category != "killed" or claim.value is None:
        return ""
    # the toll given shortly before, of the same event (not "In a separate attack, 12 died at the
    # scene" after another attack's 40)
    before = _LEFT_OUT_OTHER.sub("", _sentence_before(claim, text))
    # "... and the rest died in hospital": a part of the toll, however far before it was given
    rest = _THE_REST.search(text, claim.end, min(len(text), claim.end + _REST_REACH))
    if _SEPARATE.search(before) \
            or not _larger_toll_before(claim, earlier, None if rest else _WHOLE_BEFORE_REACH):
        return ""
    if claim.term == lx.IN_HOSPITAL_TERM:
        return lx.DIED_IN_HOSPITAL
    scene = _AT_THE_SCENE.match(text, claim.end, min(len(text), claim.end + _SCENE_REACH)) \
        or (rest and _INSIDE.match(text, claim.end, min(len(text), claim.end + _SCENE_REACH)))
    return lx.AT_THE_SCENE if scene else ""


_SCENE_REACH = 40  # characters from a figure to "at the scene" ("people were pronounced dead at the scene")
_REST_REACH = 80  # characters from a figure to "the rest" of the dead ("died inside and the rest")
_THE_REST = re.compile(r"[^.;]*?\bthe\s+(?:" + "|".join(sorted(lx.REST_OF_THE_DEAD)) + r")\b(?!\s+of\b)",
                       re.IGNORECASE)
_WHOLE_BEFORE_REACH = 600  # characters from the toll given before to the part at the scene
# a verb of dying right before the scene ("died at the scene", "were pronounced dead on the spot";
# not "police at the scene said")
_AT_THE_SCENE = re.compile(
    r"[^.;]*?\b(?:died|dead|killed|dying|perished)\s+(?:at|on)\s+the\s+(?:scene|spot)\b", re.IGNORECASE)
# ... or inside the venue, where the sentence says the rest died elsewhere ("34 died inside the
# stadium and the rest in hospital")
_INSIDE = re.compile(r"[^.;]*?\b(?:died|dead|killed|dying|perished)\s+inside\s+the\s+\w+\b", re.IGNORECASE)
# "... and the other eight in hospital": the other dead of the same toll, no other event
_LEFT_OUT_OTHER = re.compile(r"\band\s+(?:the\s+)?(?:other|another)\s+$", re.IGNORECASE)
_SEPARATE = re.compile(r"\b(?:separate|separately|another|other|earlier|last year|years? ago)\b",
                       re.IGNORECASE)


def _also(claim: Claim, text: str, earlier: list[Claim]) -> bool:
    """"Some 600 people were also reported dead", "12 also died": an addition to a figure of the
    same category before it in the article, not its toll ("30 were killed; 50 were also
    injured" moves on to another category: the toll of the injured)."""
    return bool(_ALSO.match(text, claim.end)) and any(c.category == claim.category for c in earlier)


def _beside(claim: Claim) -> bool:
    """A figure of a sentence that opens with "besides" or "apart from" ("Besides two people
    taken to hospitals, 10 were treated at the scene"): each figure is a part of a sum the
    sentence does not give. Not when what it sets aside is another category ("Besides the
    deaths, 217 people are missing": its tolls follow), nor when it holds no figure nor name."""
    opening = _BESIDES_OPENING.match(claim.sentence)
    if opening is None:
        return False
    aside = claim.sentence[opening.end():].split(",")[0]
    words = _WORD.findall(aside.lower())
    categories = {lx.PREDICATES.get(w) or lx.CASUALTY_HEADS.get(w) or lx.OF_NOUNS.get(w)
                  for w in words} - {None}
    if categories and claim.category not in categories:
        return False  # "Besides the deaths reported by the ministry, 217 are missing": another category's
    # a figure, or a named person, of its own category set aside ("Besides Kendall, two other
    # men were arrested", "Besides two people taken to hospitals, 10 were treated")
    return any(ch.isdigit() or ch.isupper() for ch in aside) \
        or any(w in lx.UNITS or w in lx.TENS for w in words)


_BESIDES_OPENING = re.compile(r"[\W_]*(?:" + "|".join(sorted(lx.BESIDES_OPENERS)) + r")\b", re.IGNORECASE)


_STATE = _alternatives(lx.IN_CARE_STATES)
# "382 are being treated", "550 are still being treated", "40 remain in hospital", "200 were
# still being treated": the injured in care at the time, not their toll
_IN_CARE = re.compile(
    # "24 people who were injured in the fire are still being treated": past the relative clause
    r"[^\W\d_\s]*(?:\s+who\s+(?:were|was|had\s+been|have\s+been)\s+[^\W\d_]+)?"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:(?:" + "|".join(sorted(lx.IN_CARE_PRESENT))
    + r")\s+(?:still\s+|now\s+)?" + _STATE
    + r"|(?:were|was)\s+still\s+" + _STATE
    + r"|(?:are|is|were|was)\s+(?:still\s+)?being\s+treated"
    + r"|(?:still\s+)?(?:" + "|".join(sorted(lx.IN_CARE_STAYING)) + r")\s+(?:hospitali[sz]ed|" + _STATE + r")"
    + r"|still\s+" + _STATE + r")\b", re.IGNORECASE)
# "900 people were discharged", "793 have been released from hospital": the injured sent home
_DISCHARGED = re.compile(r"[^\W\d_\s]*(?:\s+[^\W\d_]+){0,2}?\s+"
                         r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:"
                         + "|".join(sorted(lx.IN_CARE_BESIDE)) + r")\b", re.IGNORECASE)
_IN_CARE_REACH = 70  # characters after a figure that may say it is still in care
_RETURN_REACH = 140  # characters after a figure that may say its people went back home
_RETURN = re.compile(r"\b(?:" + "|".join(sorted(lx.RETURN_WORDS)) + r")\b", re.IGNORECASE)
# "1,200 of the roughly 2,000 people who ... return home": 2,000 is the group they are of
_PARTITIVE_WHOLE = re.compile(r"\d[\d,.]*\s+of\s+(?:the\s+|those\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)


_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|those\s+)?(?:[a-z]+\s+)?\d[\d,.]*", re.IGNORECASE)
# "cannot return home", "unable to return", "have not returned": still displaced
_NOT_RETURN = re.compile(r"\b(?:" + "|".join(sorted(lx.NOT_RETURN_WORDS)) + r")\b[\w\s']*$", re.IGNORECASE)
_NOT_REACH = 25  # characters before "return" that may deny it


def _returning(claim: Claim, text: str) -> bool:
    """"About 1,200 of the 2,000 evacuated were given the green light to return home",
    "allowing 1,200 residents who were displaced to return", "5,000 have returned": the displaced
    who went or may go back, in the figure's sentence before any other figure (not the 2,000
    that the 1,200 are "of")."""
    if _PARTITIVE_WHOLE.search(text, max(0, claim.start - _WINDOW), claim.start):
        return False
    start = claim.end
    of_whole = _OF_WHOLE.match(text, start)
    if of_whole:
        start = of_whole.end()  # "1,200 of the roughly 2,000 people who ...": past the whole
    end = min(len(text), start + _RETURN_REACH)
    stop = re.search(r"[.;!?]\s|\d", text[start:end])
    found = _RETURN.search(text, start, start + stop.start() if stop else end)
    return found is not None \
        and not _NOT_RETURN.search(text, max(start, found.start() - _NOT_REACH), found.start())


_BESIDE = re.compile(r"\b(?:" + "|".join(sorted(lx.IN_CARE_BESIDE)) + r")\b", re.IGNORECASE)
_TREATED = re.compile(r"\b(?:treated|treatment|hospitali[sz]ed|in\s+hospital)\b", re.IGNORECASE)


def _in_care(claim: Claim, text: str) -> bool:
    """The injured in care now ("382 are being treated", "40 remain in hospital"), or counted
    beside the discharged ("793 were discharged and 382 treated")."""
    if _IN_CARE.match(text, claim.end, min(len(text), claim.end + _IN_CARE_REACH)):
        return True
    if _IN_A_HOSPITAL.match(text, claim.end, min(len(text), claim.end + _IN_CARE_REACH)):
        return True  # "with 20 more injured in Christchurch Hospital": those it treats now
    if _CARE_FALL.search(text, max(0, claim.start - _IN_CARE_REACH), claim.start) \
            and not _count_corrected_or_compared(claim, text):
        return True  # "the number of injured persons has been reduced to 149": the rest in care
    return bool(_TREATED.search(claim.term)) and bool(_BESIDE.search(claim.sentence))


# "the number of injured has dropped to 149": a count of the injured that falls
_CARE_FALL = re.compile(r"\b(?:" + "|".join(sorted(lx.IN_CARE_FALLS)) + r")\s+to\s+(?:[^\W\d_]+\s+){0,2}$",
                        re.IGNORECASE)
# "20 more injured in Christchurch Hospital", "12 wounded in the city hospital": the injured a
# hospital holds, not an attack on it ("injured in the hospital blast")
_IN_A_HOSPITAL = re.compile(r"(?:(?:\s+more)?(?:\s+people)?\s+(?:" + "|".join(sorted(lx.INJURED_PARTICIPLES))
                            + r"))?\s+in\s+(?:the\s+|a\s+)?(?:[^\W\d_][\w'’-]*\s+){0,3}?hospitals?"
                            r"(?=\s*(?:[,.;]|and\b|$))", re.IGNORECASE)


def _group(surface: str) -> str:
    words: list[str] = _WORD.findall(surface)
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        low = word.lower()
        if k and f"{words[k - 1].lower()} {low}" in lx.GROUP_PHRASES:
            return lx.GROUP_PHRASES[f"{words[k - 1].lower()} {low}"]  # "12 U.S. service members"
        if low in lx.GROUP_NOUNS:
            # "464 Iranian pilgrims": a nationality's pilgrims, not the pilgrims
            return words[k - 1] if k and gz.names_a_country(words[k - 1]) else lx.GROUP_NOUNS[low]
        if low in lx.GROUP_ADJECTIVES and k + 1 < len(words):
            return lx.GROUP_ADJECTIVES[low]  # "24 foreign victims"
        if k and words[k - 1].lower() in lx.SINGLE_WORDS and word[:1].isupper() \
                and gz.country_of_demonym(word) is not None:
            return word  # "three Syrians and one Egyptian": one of a nationality
        if (low in lx.NATIONALITY_PLURALS or low in lx.COMMUNITY_PLURALS) and word[:1].isupper():
            return word
    return "people"


_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")


def _own_nationals_listed_before(claim: Claim, text: str, earlier: list[Claim]) -> str:
    """"Iranian state TV said 136 Iranian pilgrims were among the dead and 85 were injured": a
    bare figure after "and" that goes on with the nationals a country's speaker counted just
    before it in the sentence counts them too -> their nationality, else "people" (a speaker
    of no country, or of another, leaves the figure to all: "the blast killed five Britons and
    20 were injured, Egyptian officials said")."""
    if any(ch.isalpha() for ch in claim.surface) or not earlier:
        return "people"
    before = earlier[-1]
    country = gz.country_of_demonym(before.group)
    between = text[before.end:claim.start]
    after = _WORD.findall(_clause_after(text, claim.end).lower())
    if country is None or before.sentence != claim.sentence or _WORD.findall(between)[-1:] != ["and"] \
            or any(ch.isdigit() or ch in ";:" for ch in between) \
            or any(w in lx.TOTAL_WORDS or w in lx.IN_ALL_WORDS for w in after):
        return "people"  # "... and 769 had died in all": the total, everyone's
    speaks_for = {gz.country_of_demonym(w) or getattr(gz.country_named(w), "country", None)
                  for w in (possessed(w) for w in _WORD.findall(claim.source))}
    return before.group if country in speaks_for else "people"


def _group_left_out(claim: Claim, text: str, earlier: list[Claim]) -> str:
    """"12 soldiers were killed and 15 wounded", "besides the 13 service members killed, 15 were
    wounded": a figure after "and" whose noun and verb the sentence leaves out, or the figure
    after a "besides" clause, counts the group the figure before it named (soldiers, children,
    ...; a nationality needs its country's speaker, ``_own_nationals_listed_before``), else
    "people" (not "... and 12 were injured", a clause of its own; not "... and 769 had died in
    all": the total)."""
    if not earlier or earlier[-1].sentence != claim.sentence or earlier[-1].group not in _NAMED_GROUPS:
        return "people"
    before = earlier[-1]
    words = _WORD.findall(claim.surface.lower())
    between = text[before.end:claim.start]
    after = _WORD.findall(_clause_after(text, claim.end).lower())
    if any(w in lx.PERSON_NOUNS or w in lx.GROUP_NOUNS for w in words) \
            or any(ch.isdigit() or ch in ";:" for ch in between) \
            or any(w in lx.TOTAL_WORDS or w in lx.IN_ALL_WORDS for w in after):
        return "people"
    opening = claim.sentence.lstrip().lower()
    if between.count(",") == 1 and before.category != claim.category \
            and any(opening.startswith(w + " ") for w in lx.BESIDES_OPENERS):
        # "besides the 13 service members killed, 15 were wounded": more of them (not "besides the
        # 13 killed, 169 died": others)
        return before.group
    number = _NUMBER_END.search(text, claim.start, claim.end)
    next_word = _WORD.findall(text[number.end() if number else claim.end:claim.end + _AUX_REACH].lower())[:1]
    if any(w in lx.AUX_WORDS for w in next_word) or "," in between or _WORD.findall(between)[-1:] != ["and"]:
        return "people"  # "five children died and at least 12 were injured": a clause of its own
    return before.group


_NAMED_GROUPS = frozenset(lx.GROUP_NOUNS.values())
_AUX_REACH = 30  # characters after a figure that hold the word after its number ("12 were")
_NUMBER_WORDS = sorted({*lx.UNITS, *lx.TENS, *lx.SCALES}, key=len, reverse=True)
_NUMBER_END = re.compile(r"\d[\d,.]*|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


def _demonym_after(claim: Claim, text: str) -> str:
    """"three Syrians and one Egyptian": a figure whose noun, a nationality, the reader left
    after it -> that nationality, else "people"."""
    after = _NEXT_WORD.match(text, claim.end)
    return after.group(1) if after and gz.country_of_demonym(after.group(1)) is not None \
        and gz.country_named(after.group(1)) is None else "people"


# "the number of foreigners killed", "the toll among children": a count named with its people
_GROUP_TOLL = re.compile(r"\b(?:" + "|".join(sorted(lx.PEOPLE_TOLL_NOUNS)) + r")s?\s+(?:"
                         + "|".join(sorted(lx.GROUP_TOLL_PREPOSITIONS)) + r")\s+(?:the\s+)?", re.IGNORECASE)
# "of whom 45 were children", "39 of them are foreign nationals": who the figure's people were
_GROUP_COPULA = re.compile(r"(?:\s+of\s+(?:them|whom|which|those|the\s+[a-z]+))?\s+(?:"
                           + "|".join(sorted(lx.GROUP_COPULAS)) + r")\s+(?:(?:"
                           + "|".join(sorted(lx.GROUP_COPULA_ADVERBS)) + r")\s+)?")
# "35 people from other countries": where the people came from
_ORIGIN = re.compile(r"\s+(?:(?:" + "|".join(sorted(lx.ORIGIN_NOUNS)) + r")\s+)?from\s+("
                     + "|".join(sorted(lx.ORIGIN_GROUPS)) + r")\b")
_PHRASE_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[,;:.()\d]")
# What may follow the head noun of the people so named: the toll's verb, a relative, a
# preposition, a conjunction (not a noun: "the toll of the police raid" names no group).
_AFTER_PEOPLE: frozenset[str] = frozenset(lx.PREDICATES) | lx.TOLL_LINKS | lx.RELATIVE_SUBJECTS \
    | frozenset("in at on from during since".split()) | lx.GROUP_JOINERS


def _people_named_around(claim: Claim, text: str) -> str:
    """The group a figure's clause names its people by, outside the figure's own noun phrase:
    in the count's name ("the number of foreigners killed at nine", "the toll among children
    rose to 45"), after a copula ("of whom 45 were children", "of which 39 are foreign
    nationals"), or by where they came from ("35 people from other countries"); else "people"."""
    reach = min(len(text), claim.end + _PEOPLE_REACH)
    origin = _ORIGIN.match(text, claim.end, reach)
    if origin:
        return lx.ORIGIN_GROUPS[origin.group(1)]
    copula = _GROUP_COPULA.match(text, claim.end, reach)
    if copula:
        return _head_group(text[copula.end():reach])
    before = text[max(0, claim.start - _PEOPLE_REACH):claim.start]
    cut = max(before.rfind(". "), before.rfind("; "))
    before = before[cut + 1:] if cut >= 0 else before
    named = next(reversed(list(_GROUP_TOLL.finditer(before))), None)  # the count named last
    if named is None:
        return "people"
    between = before[named.end():]
    words = [w.lower() for w in _WORD.findall(between)]
    if any(ch.isdigit() or ch in ",;:" for ch in between) or any(w in lx.UNITS or w in lx.GROUP_TOLL_BREAKS
                                                               for w in words):
        # another figure, or another clause, between the count's people and this figure ("the number
        # of rescuers at the site has doubled, and the death toll has risen to 40")
        return "people"
    return _head_group(between)


def _head_group(phrase: str) -> str:
    """The group of a noun phrase that opens ``phrase`` when its head noun (its last word
    before a verb, a relative, a preposition or a punctuation mark) names one: "children
    killed" -> children, "foreign nationals." -> foreigners, "police raid" -> people."""
    tokens = _PHRASE_TOKEN.findall(phrase)[:4]
    for j, head in enumerate(tokens[:3]):
        if not head[:1].isalpha() or head.lower() in _AFTER_PEOPLE or head.lower() in lx.PREPOSITIONS:
            return "people"  # a verb or a preposition first: "was killed by police"
        after = tokens[j + 1].lower() if j + 1 < len(tokens) else ""
        if after and after[:1].isalpha() and after not in _AFTER_PEOPLE:
            continue
        if after in lx.GROUP_JOINERS:
            return "people"  # "the toll among protesters and police": two groups, none alone
        group = _group(head)
        if group == "people" and j and head.lower() in lx.PERSON_NOUNS:
            group = _group(f"{tokens[j - 1]} {head}")  # "foreign nationals"
        return group
    return "people"


# "the number of Iranian pilgrims killed ...", "the toll of Indians": the people a toll is named with
_PEOPLE_TOLL = re.compile(r"\b(?:" + "|".join(sorted(lx.PEOPLE_TOLL_NOUNS)) + r")\s+of\s+(?:the\s+)?"
                          r"([A-Z][\w'’-]*)(?:\s+([a-z][\w-]*))?")
# "12 of its nationals", "465 of their citizens"
_OWN_PEOPLE = re.compile(r"\s+of\s+(?:" + "|".join(sorted(lx.OWN_PEOPLE_POSSESSIVES))
                         + r")\s+(?:own\s+)?(?:" + "|".join(sorted(lx.OWN_PEOPLE_NOUNS)) + r")\b")
# "Nigeria with 99 dead", "Egypt lost 148": a country's losses just before the figure
_COUNTRY_LOSS = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:with|"
                           + "|".join(sorted(lx.LOSS_VERBS)) + r")\s+$")
# "Iran appears to have lost the largest number of pilgrims, with 464 dead"
_COUNTRY_LOST_WITH = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:[a-z]+\s+){0,3}(?:"
                                + "|".join(sorted(lx.LOSS_VERBS)) + r")\b[^,;.]{0,60},?\s+with\s+$")
# the country an entry of a list of countries' losses names before its figure
_LISTED_COUNTRY = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:with\s+)?$")
_PEOPLE_REACH = 160  # characters before a figure that may name its people


def _nationality(claim: Claim, text: str) -> str:
    """The nationality a figure counts when its clause names it around the figure: a toll
    named with its people ("the number of Iranian pilgrims killed has reached 239", "the toll
    of Indians"), "12 of its nationals" (``NATIONALS``), a country's losses ("Nigeria with 99
    dead", "Egypt lost 148", "Iran lost the largest number of pilgrims, with 464 dead"); else ""."""
    if _OWN_PEOPLE.match(text, claim.end, min(len(text), claim.end + _PEOPLE_REACH)):
        return lx.NATIONALS
    before = text[max(0, claim.start - _PEOPLE_REACH):claim.start]
    cut = max(before.rfind(". "), before.rfind("; "))
    before = before[cut + 1:] if cut >= 0 else before
    listed = _LISTED_COUNTRY.search(before) if claim.rule == lx.COUNTRY_LIST_RULE else None
    if listed and gz.country_named(listed.group(1)) is not None:
        return listed.group(1)  # "Indonesia 120", "Central African Republic with 5"
    lost = _COUNTRY_LOSS.search(before) or _COUNTRY_LOST_WITH.search(before)
    if lost and gz.country_named(lost.group(1)) is not None:
        return lost.group(1)
    for m in reversed(list(_PEOPLE_TOLL.finditer(before))):
        if any(ch.isdigit() for ch in before[m.end():]):
            return ""  # another figure between the toll's people and this one
        word, noun = m.group(1), (m.group(2) or "")
        if word.lower() in lx.NATIONALITY_PLURALS or (gz.names_a_country(word) and noun in lx.PERSON_NOUNS):
            return word
        return ""
    return ""


def _increment(claim: Claim, text: str, earlier: list[Claim]) -> bool:
    before = [w.lower() for w in _WORD.findall(text[max(0, claim.start - _WINDOW):claim.start])]
    # the two words after the figure's first ("six more bodies", "40 more bodies")
    after = [w.lower() for w in _WORD.findall(claim.surface.split(None, 1)[-1])[:2]] \
        if len(claim.surface.split(None, 1)) > 1 else []
    if claim.surface[:1].isdigit():
        # "2,975 additional deaths": with a number in digits, the phrase of an excess-death count
        after = [w for w in after if w not in lx.EXCESS_WORDS]
    if _BRINGING_TOTAL.match(text, claim.end, min(len(text), claim.end + _BRINGING_REACH)):
        return True  # "83 bodies were brought out on Sunday, bringing the official toll to 194"
    more = any(w in lx.INCREMENT_AFTER for w in after) \
        and not any(w.lower() in lx.INCREMENT_NOT_AFTER
                    for w in _WORD.findall(_clause_after(text, claim.end))) \
        and not any(w.lower() in lx.INCREMENT_BASELINE_WORDS
                    for w in _WORD.findall(text[claim.end:claim.end + _CLAUSE_REACH].split(". ")[0])) \
        and not any(_ends_with(before, p) for p in lx.INCREMENT_NOT_BEFORE)
    another = any(_ends_with(before, p) for p in lx.INCREMENT_BEFORE)
    # "82 were killed ... It added that 24 other people were killed": after a count of the same
    # category, "other" people are one more count ("two other people were wounded" alone is the toll)
    another = another or (any(w in lx.OTHER_INCREMENT for w in after[:1]) and any(
        c.category == claim.category and c.sentence != claim.sentence for c in earlier))
    if not (more or another):
        return False
    # "at least 11,300 were killed and another 10,100 are missing": another category, not an
    # increment; nor "At least 153 people were killed. A further 82 people were injured" (no
    # count of the injured before it)
    same_sentence = [c for c in earlier if c.sentence == claim.sentence and c.start < claim.start]
    if earlier and not same_sentence and all(c.category != claim.category for c in earlier):
        return False
    return not (same_sentence and all(c.category != claim.category for c in same_sentence))


def _count_corrected_or_compared(claim: Claim, text: str) -> bool:
    """A fall of a count that is a correction ("after officials removed duplicate entries") or a
    comparison of periods ("fell to 1,200 in 2018 from 1,500", "dropped to 40 this week")."""
    sentence = {w.lower() for w in _WORD.findall(claim.sentence)}
    after = _WORD.findall(_clause_after(text, claim.end))
    return bool(sentence & lx.CORRECTION_WORDS) or any(
        w.lower() in lx.PERIOD_COMPARISON_WORDS for w in after) \
        or re.search(r"\b(?:1[89]|20)\d\d\b", _clause_after(text, claim.end)) is not None


def _clause_after(text: str, end: int) -> str:
    """The text after a figure to the end of its clause (a comma, semicolon or full stop), at
    most ``_CLAUSE_REACH`` characters."""
    rest = text[end:end + _CLAUSE_REACH]
    cut = min((i for i in (rest.find(","), rest.find(";"), rest.find(". ")) if i >= 0), default=len(rest))
    return rest[:cut]


_CLAUSE_REACH = 160
# "83 bodies were recovered on Sunday, bringing the death toll to 194": the day's count that moves
# the toll, not the toll
_BRINGING_TOTAL = re.compile(r"[^,;.]*,\s+(?:" + "|".join(sorted(lx.BRINGING_VERBS))
                             + r")\s+(?:the\s+|its\s+)?(?:[^\W\d_]+\s+){0,2}(?:"
                             + "|".join(sorted(lx.SET_COUNT_NOUNS)) + r")\s+to\b", re.IGNORECASE)
_BRINGING_REACH = 120  # characters from a figure to the toll it brings ("..., bringing the toll to")
_RATE_WINDOW = 40  # characters after a figure that may say "daily", "a day", "per week"


def _rate(claim: Claim, text: str) -> bool:
    """"an average of 118 deaths daily", "some 30 people a day": a count per day, not a toll."""
    before = [w.lower() for w in _WORD.findall(text[max(0, claim.start - _WINDOW):claim.start])]
    after = [w.lower() for w in _WORD.findall(text[claim.end:claim.end + _RATE_WINDOW])]
    if any(_ends_with(before, p) for p in lx.RATE_BEFORE):
        return True
    # the rate words follow the figure's noun and verb: "118 deaths daily", "30 people died a day"
    for i in range(min(len(after), 4)):
        for phrase in lx.RATE_AFTER:
            p = phrase.split()
            if after[i:i + len(p)] == p and (i + len(p) >= len(after)
                                            or after[i + len(p)] not in lx.NOT_RATE_AFTER):
                return True
    return False


def _ends_with(words: list[str], phrase: str) -> bool:
    p = phrase.split()
    return len(words) >= len(p) and words[-len(p):] == p


_PERIOD_WINDOW = 40  # characters either side of a figure that may tie it to one day


_NUMBER = r"(?:\d+|" + _alternatives([*lx.UNITS, *lx.TENS]) + ")"
# "over that same two-month stretch", "in the past 48 hours", "during the first week"
_SPAN = re.compile(
    r"\b" + _alternatives(lx.SPAN_PREPOSITIONS) + r"\s+" + _alternatives(lx.SPAN_DETERMINERS)
    + r"\s+" + _alternatives(lx.SPAN_MODIFIERS) + r"\s+(?:" + _NUMBER + r"[\s-]+)?"
    + _alternatives([*lx.TIME_UNITS, *lx.SPAN_NOUNS]) + r"\b")
_MONTH = _alternatives(lx.MONTHS) + r"\.?"
# "in January and February": two months, no day after the second
_MONTH_SPAN = re.compile(
    r"\b" + _alternatives(lx.MONTH_SPAN_PREPOSITIONS) + r"\s+" + _MONTH + r"(?:\s+\d{4})?\s*"
    + _alternatives(lx.MONTH_SPAN_LINKS) + r"\s*" + _MONTH + r"(?!\s*\d{1,2}\b)")


def _days_recovery(claim: Claim, text: str, earlier: list[Claim]) -> bool:
    """"The official toll is nearly 400. Rescuers pulled 12 bodies from the rubble Tuesday": after
    a larger toll, bodies taken out on a day named in the clause, in the simple past, are that
    day's recovery; "have pulled 400 bodies" and "by Tuesday had pulled 400" are the count so
    far, and with no larger toll before, the day's bodies are all the text counts (a lower
    bound of the dead)."""
    if claim.term.lower() not in lx.REMAINS_NOUNS or not _larger_toll_before(claim, earlier):
        return False
    before = _WORD.findall(text[max(0, claim.start - _RECOVERY_WINDOW):claim.start].lower())
    clause = _WORD.findall((claim.surface + " " + _clause_after(text, claim.end)).lower())
    aux = before[-_RECOVERY_AUX_WORDS:]
    if not before or before[-1] not in lx.RECOVERY_VERBS or any(
            w in lx.PERFECT_AUX or w in lx.PAST_PERFECT_AUX or w in lx.CUMULATIVE_MARKERS
            for w in aux + clause) \
            or any(p in " ".join(aux) for p in lx.SO_FAR_PHRASES):
        return False
    # the day of the recovery itself, not of the event a clause before the day tells ("the factory
    # that collapsed on Tuesday", "after the ferry sank on Tuesday")
    day = next((k for k, w in enumerate(clause) if w in lx.WEEKDAYS or w in lx.RELATIVE_DAYS
                or w in lx.OVERNIGHT_WORDS), None)
    return day is not None and not any(w in lx.EVENT_RELATIVES or w in lx.TIME_SHIFTS for w in clause[:day])


_RECOVERY_WINDOW = 40  # characters before a figure that hold its verb of recovery
_RECOVERY_AUX_WORDS = 5  # words before the verb that may hold its "had" ("had so far pulled")


def _period(claim: Claim, text: str) -> bool:
    """"40 were killed in the past 24 hours": the phrase next to the figure, not anywhere in
    its sentence ("the toll rose to 500, including 20 killed in the past 24 hours"). A span of
    time ("over that same two-month stretch", "in January and February") makes a count of
    people a period's, not a toll's: "the toll rose to 500 in the past week" is the toll."""
    before = text[max(0, claim.start - _PERIOD_WINDOW):claim.start].lower()
    after = text[claim.end:claim.end + _PERIOD_WINDOW].lower()
    near = before + " " + claim.surface.lower() + " " + after.split(",", 1)[0]
    if any(phrase in near for phrase in lx.PERIOD_PHRASES):
        return True
    if _SINCE_DOING.match(text, claim.end, min(len(text), claim.end + _PERIOD_WINDOW)):
        return True  # "have recovered about 10 bodies since resuming the search": a stretch's count
    if claim.rule == "toll":
        return False
    # a span may close the clause: "4,700 people died in Puerto Rico in September and October"
    clause = before + " " + claim.surface.lower() + " " + \
        text[claim.end:claim.end + _SPAN_WINDOW].lower().split(",", 1)[0]
    return bool(_SPAN.search(clause) or _MONTH_SPAN.search(clause))


_SPAN_WINDOW = 90  # characters after a figure, to its clause's end, that may hold its span
# "since resuming the search", "since starting work": a count since someone did something, not
# since the event ("since the beginning of the war" is the whole)
_SINCE_DOING = re.compile(r"[^,;.]*?\bsince\s+(?!" + "|".join(sorted(lx.START_GERUNDS)) + r")[^\W\d_]+ing\b",
                          re.IGNORECASE)
