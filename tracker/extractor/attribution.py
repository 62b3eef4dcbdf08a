"""Who stated a figure (source) and who passed it on (via).

A sentence holds frames: "X said", "said X", "according to X", "X told Y", "..., Y
reported", "citing X". A figure takes the frames that cover it (a leading "X said ..."
covers what follows the verb; a trailing "..., X said" covers what comes before X; "according
to" and "citing" cover the whole sentence). The nearest covering frame that is not a relay
gives the source; a relay ("Interfax reported") or a listener ("told Reuters") gives via.
With no frame, a sentence inside a quotation keeps its speaker; otherwise the figure is the
outlet's own (empty source).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import gazetteer as gz
from . import lexicon as lx
from .text import Token, join_tokens

_SKIP_BEFORE_VERB = lx.SKIP_BEFORE_VERB | frozenset(lx.WEEKDAYS)
_SKIP_AFTER_VERB = _SKIP_BEFORE_VERB | {"in", "a", "statement", "that", "on"}  # "said in a statement that"
_HOLDER = "holder"  # the kind of frame of an authority that holds people ("police had one in custody")
_MAX_NAME = 12


@dataclass(frozen=True, slots=True)
class Frame:
    start: int  # first token of the frame (speaker or verb, whichever comes first)
    verb: int
    speaker: str
    listener: str  # "Reuters" in "X told Reuters"
    kind: str  # "say", "relay", "according", "citing", "holder", "unnamed"
    leading: bool  # the verb comes before what it reports ("X said [figure]")
    disputed: bool = False  # an official toll the speaker doubts ("sceptical of the official toll")
    # the frame opens a concessive clause ("although residents say the figure is higher"): it
    # speaks only for the figures it covers
    conceded: bool = False
    # where a concessive clause ends (its closing dash or comma; -1: the sentence's end); of an
    # official toll, its figure's token
    until: int = -1
    since: int = -1  # where the concessive clause that holds an "according to" opens; -1: none
    # a pronoun's frame in a relative clause on the noun before it ("the men it said were
    # responsible"): it speaks only for what it covers
    relative: bool = False
    # an official toll set in brackets beside another source's figure ("at 249 (official tally
    # 167)"): it speaks for its own figure whoever speaks for the sentence
    bracketed: bool = False


def _reports_something(tokens: list[Token], k: int) -> bool:
    """Does a verb of saying before ``k`` report something: "that", a colon, a quotation or a
    figure soon after it ("the ministry states that", "the report states: 40 dead")? "States"
    with none of them is a noun ("Gadaref and Kassala states since Saturday")."""
    for t in tokens[k:k + _REPORT_REACH]:
        if t.lower in {"that", ":"} or t.text in lx.OPENING_QUOTES or t.kind == "num":
            return True
        if t.lower in lx.BE_WORDS or t.lower in lx.PERFECT_AUX:
            return False  # "Kassala states since Saturday has reached": the noun's own verb
    return False


_REPORT_REACH = 6  # tokens from a verb of saying to what it reports
_CLAUSE_REACH = 9  # tokens from a finding's verb to the figure of the clause it opens


def _clause_with_figure(tokens: list[Token], k: int) -> bool:
    """"A Reuters tally shows the fighting has killed 300": a clause whose figure comes within
    ``_CLAUSE_REACH`` words of the finding's verb, no punctuation between."""
    for t in tokens[k:k + _CLAUSE_REACH]:
        if t.kind == "num":
            return True
        if t.kind == "punct":
            return False
    return False


def find_frames(tokens: list[Token]) -> list[Frame]:
    frames: list[Frame] = _headline_speaker(tokens)
    for v, tok in enumerate(tokens):
        word = tok.lower
        per = word == "per" and v > 0 and tokens[v - 1].lower == "as"  # "as per data from X"
        if per or (word == "according" and v + 1 < len(tokens) and tokens[v + 1].lower == "to"):
            at = v + 1 if per else v + 2
            official_data = at + 1 < len(tokens) and tokens[at].lower == lx.OFFICIAL \
                and _stem(tokens[at + 1]) in lx.GIVEN_DATA_NOUNS  # "official figures", no official's name
            name = (None if official_data else _name_after(tokens, at) or _by_name(tokens, at)) \
                or _phrase_after(tokens, at)
            if name and name[0].split()[-1].lower() in lx.DOCUMENT_NOUNS:
                # "according to a report (released) by Reuters": Reuters
                name = _by_name(tokens, at) or name
            if name:
                frames.append(Frame(v - per, v, name[0], "", "according", False))
            continue
        if word == lx.OFFICIALLY and v + 1 < len(tokens) and tokens[v + 1].lower == ",":
            frames.append(Frame(v, v, lx.OFFICIAL_TOLL, "", "official", False))  # "Officially, 62 died"
            continue
        if word == lx.OFFICIAL or (word == lx.OFFICIALLY and v + 1 < len(tokens)
                                   and tokens[v + 1].lower in lx.OFFICIAL_PARTICIPLES):
            official = _official_toll(tokens, v)
            if official is not None:  # "the official Puerto Rico government death toll"
                frames.append(replace(official, disputed=_disputed(tokens, v)))
                continue
        if word in lx.TOLL_SETTING_VERBS and any(t.lower in lx.SET_COUNT_NOUNS for t in tokens[v + 1:v + 5]):
            setter = _speaker_before(tokens, v)
            if setter is not None and not _found_corpse(tokens, setter[1], v):
                # "the governor raised the death toll to 2,975"; not "a body found on Tuesday
                # raised the toll to 82": a corpse found sets no toll
                frames.append(Frame(setter[1], v, setter[0], "", "say", True))
            continue
        if word in lx.COUNT_GIVING_VERBS and any(
                t.lower in lx.SET_COUNT_NOUNS or t.lower in lx.GIVEN_COUNT_NOUNS
                for t in tokens[v + 1:v + 1 + lx.COUNT_GIVING_REACH]):
            giver = _speaker_before(tokens, v)
            relative = None if giver is None else next(
                (k for k in range(giver[1] - 1, max(0, giver[1] - 5), -1)
                 if tokens[k].lower in lx.RELATIVE_OPENERS), None)
            if relative is not None and relative > 0:
                # "the Observatory, which has a network of sources in Syria, gave a toll": its antecedent
                giver = _name_before(tokens, relative - 1) or _phrase_before(tokens, relative - 1)
            if giver is not None:  # "the UN late on Saturday gave a preliminary figure of 320 dead"
                frames.append(Frame(giver[1], v, giver[0], "", "say", True))
                continue
        cited_as = _cited_as_saying(tokens, v) if word in lx.CITED_AS_VERBS else None
        if cited_as is not None:
            # "Maghreb Arabe Press cited the Ministry of Interior as saying": the ministry speaks,
            # the agency relays
            frames.append(Frame(v, v, cited_as, "", "citing", False))
            medium = _name_before(tokens, v - 1) or _phrase_before(tokens, v - 1)
            if medium is not None:
                frames.append(Frame(medium[1], v, medium[0], "", "relay", False))
            continue
        if word in {"citing", "quoting"}:
            name = _name_after(tokens, v + 1) or _phrase_after(tokens, v + 1)
            if name:
                frames.append(Frame(v, v, name[0], "", "citing", False))
            continue
        if word in lx.FINDING_THAT_VERBS and v + 1 < len(tokens) and tokens[v + 1].lower == "that":
            # "A New York Times analysis of government data found that", "the ministry
            # released figures that showed that"
            finder = _released_by(tokens, v) or _phrase_before(tokens, v - 1, data=True)
            if finder is not None and not _bare_toll(finder[0]):
                frames.append(Frame(finder[1], v, finder[0], "", "say", True))
                continue
        if word in lx.FINDING_THAT_VERBS and v + 1 < len(tokens) and (
                tokens[v + 1].kind == "num" or tokens[v + 1].lower in lx.QUALIFIER_STARTS):
            finder = _phrase_before(tokens, v - 1, data=True)
            # "a tally by the news agency showed 40 deaths"
            if finder is not None and not _bare_toll(finder[0]):
                frames.append(Frame(finder[1], v, finder[0], "", "say", True))
                continue
        if word in lx.FINDING_THAT_VERBS and v + 1 < len(tokens) and tokens[v + 1].lower in lx.DETERMINERS \
                and (_reports_something(tokens, v + 1) or _clause_with_figure(tokens, v + 1)):
            finder = _phrase_before(tokens, v - 1, data=True)
            if finder is not None and not _bare_toll(finder[0]):
                # "An Associated Press count (of casualties) shows the crush killed over 1,100": a
                # clause without "that"; the count is named without what it counts
                frames.append(Frame(finder[1], v, finder[0].split(" of ")[0], "", "say", True))
                continue
        if word in lx.FINDING_THAT_VERBS and (v + 1 == len(tokens) or tokens[v + 1].kind == "punct"):
            finder = _phrase_before(tokens, v - 1, data=True)
            if finder is not None and finder[1] > 0 and tokens[finder[1] - 1].lower == ",":
                # "..., official figures showed."
                frames.append(Frame(finder[1], v, finder[0], "", "say", False))
                continue
        owner = _count_owner(tokens, v) if "s" in word[-1:] and ("'" in word or "’" in word) else None
        if owner is not None:  # "the government's latest number is 6,841"
            frames.append(Frame(owner[1], v, owner[0], "", "according", False))
            continue
        if word in lx.CUSTODY_HOLD_VERBS and any(t.lower in lx.CUSTODY_WORDS for t in tokens[v + 1:v + 6]):
            holder = _name_before(tokens, v - 1) or _phrase_before(tokens, v - 1)
            head = holder[0].split()[-1].lower() if holder is not None else ""
            if holder is not None and (head in lx.AUTHORITIES or head in lx.SOURCE_NOUNS):
                # "police had one person in custody"
                frames.append(Frame(holder[1], v, holder[0], "", _HOLDER, True))
                continue
        if word in lx.ACCUSE_VERBS:
            accuser = _accuser(tokens, v)
            if accuser is not None:
                frames.append(Frame(accuser[1], v, accuser[0], "", "say", True))
            continue
        if word in lx.FINDING_VERBS:
            finder = _name_before(tokens, v - 1)
            if finder is not None and finder[0].split()[-1].lower() in lx.AUTHORITIES \
                    and not any(f.leading and f.kind in {"say", "relay"} and f.verb < finder[1]
                                for f in frames):
                # "Police identified the man killed as...", "Deputies found two bodies"; not "the
                # mayor told GloboNews that rescuers had found seven bodies": the mayor's
                frames.append(Frame(finder[1], v, finder[0], "", "say", True))
            continue
        speak_of = word in lx.SPEAK_OF_VERBS and v + 1 < len(tokens) and tokens[v + 1].lower == "of"
        if (word not in lx.SAY_VERBS and not speak_of) or word == "according":
            continue
        if word in lx.NOUN_LIKE_SAYS and v + 1 < len(tokens) and tokens[v + 1].lower in {"by", "of", "from"}:
            if tokens[v + 1].lower == "of" and v > 0 and tokens[v - 1].lower in lx.UNNAMED_REPORT_MARKERS \
                    and any(t.lower in lx.LATER_CONTRASTS for t in tokens[max(0, v - _CONTRAST_REACH):v]):
                # "there were later reports of 60 killed": the reports say it, not the speaker before
                frames.append(Frame(v - 1, v, join_tokens(tokens[v - 1:v + 1]), "", _UNNAMED, True))
            continue  # "a February report by the centre": a noun, not a verb
        if word in lx.PUT_SAYS and not any(t.lower in lx.PUT_COUNT_NOUNS for t in tokens[v + 1:v + 5]):
            continue  # "put 20 in hospital": a verb of putting; "put the toll at 40" says
        if word in lx.DIVISION_SAYS and not _reports_something(tokens, v + 1):
            continue  # "refugees in Gadaref and Kassala states since Saturday": states of a country
        if word in lx.DECLARING_VERBS and any(
                t.lower in lx.DECLARED_OBJECTS for t in tokens[v + 1:v + 1 + lx.DECLARED_REACH]):
            continue  # "Yoon declares mourning period after crush kills 151": what he declared
        if word in lx.CLAIM_VERBS and _claims_lives(tokens, v + 1):
            continue  # "Helene has claimed the lives of 230 people": the event's toll, no speaker
        if word in lx.CLAIM_VERBS and _claims_an_attack(tokens, v + 1):
            continue  # "IS claimed the bombings that killed 320": it owned them, the toll is not its word
        if word in lx.NOUN_LIKE_SAYS and v > 0 and tokens[v - 1].lower in lx.NOUN_MARKERS:
            continue  # "the study supports other claims that": a noun after a determiner
        if word == "quoted" and v >= 2 and tokens[v - 1].lower in {"was", "were"}:
            quoted = _quoted_by(tokens, v)  # "the army was quoted as saying by local media"
            if quoted is not None:
                frames.append(quoted)
                continue
        kind = "relay" if word in lx.RELAY_VERBS else "say"
        listener = _listener(tokens, v) if word in lx.TELL_VERBS else ""
        if word in lx.FEAR_SAYS:
            before = _phrase_before(tokens, v - 1) or _full_name_before(tokens, v - 1)
        else:
            before = _name_before(tokens, v - 1) or _apposition_before(tokens, v) or (
                None if word in lx.NOUN_LIKE_SAYS else _phrase_before(tokens, v - 1))
        if before is not None and " " not in before[0] and before[0].islower():
            # "Yongsan district fire chief confirms": the whole phrase, not its last noun
            phrase = _phrase_before(tokens, v - 1)
            if phrase is not None and phrase[1] < before[1]:
                before = phrase
        document = _document_before(tokens, v)
        if document is not None:
            before = _issued_by(tokens, document[1]) or document
        if before is not None:
            before = _name_before_title(tokens, before)
            text, start = before
            leading = _leads(tokens, v, listener)
            if kind == "relay" and gz.country_named(text) is not None:
                kind = "say"  # "Mozambique has reported 602 deaths": a state reports its own
            frames.append(Frame(start, v, text, listener, kind, leading,
                                relative=_relative_pronoun_frame(tokens, text, start)))
            continue
        if word in lx.PARTICIPLE_SAYS and v > 0 and tokens[v - 1].lower == ",":
            said = _said_before(frames, tokens, v)
            if said is not None:
                # "..., the police chief said, adding that 34 died inside": the one who said it
                frames.append(Frame(v, v, said.speaker, "", kind, True))
                continue
            subject = _subject(tokens, v)  # "OCHA revised its figure, saying 3,958 had died"
            if subject:
                frames.append(Frame(v, v, subject[0], "", kind, True))
                continue
        if (v > 0 and tokens[v - 1].lower in {",", '"', "”", "’", "'"}) or v == 0:
            after = _name_after(tokens, v + 1)
            if after:
                frames.append(Frame(v, v, (_publisher(tokens, after[1]) or after)[0], "", kind, False))
    frames = _handed_over([replace(f, speaker=_issuer(f.speaker)) for f in frames], tokens)
    return [replace(f, conceded=True, until=_clause_end(tokens, f.verb))
            if f.start and tokens[f.start - 1].lower in lx.CONCESSIVE_WORDS
            else replace(f, since=_concession(tokens, f.start)) if f.kind == "according" else f
            for f in frames]


def _cited_as_saying(tokens: list[Token], v: int) -> str | None:
    """The one "X cited Y as saying" names at ``v``'s object (Y), when "as" and a verb of
    saying close it within a few words; None otherwise (not the passive "he was quoted by
    Kompas as saying": the one quoted speaks)."""
    if (v and tokens[v - 1].lower in lx.BE_WORDS) or (v + 1 < len(tokens) and tokens[v + 1].lower == "by"):
        return None
    close = next((k for k in range(v + 2, min(len(tokens) - 1, v + _CITED_REACH))
                  if tokens[k].lower == "as" and tokens[k + 1].lower in lx.SAY_VERBS), None)
    if close is None:
        return None
    named = _name_after(tokens, v + 1) or _phrase_after(tokens, v + 1)
    return named[0] if named is not None and named[1] <= close else None


_CITED_REACH = 12  # tokens from "cited" to its "as saying"


def body_subject(tokens: list[Token]) -> str:
    """The subject of a sentence when it is a body, not a person: a country or an organisation
    named before the sentence's first verb ("Shiite power Iran, the rival of Saudi Arabia, has
    blamed the disaster on ..."; "The ministry blamed the rebels"), the one a following "it
    said" refers to; "" for a person, a pronoun or no such subject."""
    verb = next((k for k, t in enumerate(tokens) if k and t.kind == "word" and not t.is_capitalized and (
        t.lower in lx.AUX_WORDS or t.lower in lx.SAY_VERBS or t.lower in lx.ACCUSE_VERBS
        or t.lower.endswith(lx.PAST_SUFFIX))), None)
    if verb is None:
        return ""
    # before an apposition, its head: "Iran, the rival of Saudi Arabia, has" -> Iran
    comma = next((k for k in range(1, verb) if tokens[k].text == ","), None) if tokens[verb - 1].text == "," \
        else None
    end = verb - 1 if comma is None else comma - 1
    found = _name_before(tokens, end) or _phrase_before(tokens, end)
    if found is None or found[0].lower() in lx.PRONOUNS or found[1] > _SUBJECT_OPENING:
        return ""  # the sentence's subject opens it ("The Red Cross sent teams", not "teams")
    words = [w.replace("’", "'").removesuffix("'s") for w in found[0].split()]
    cut = next((k for k, w in enumerate(words) if w.lower() in lx.PREPOSITIONS), None)
    if cut is not None and not (cut and words[cut - 1].lower() in lx.SOURCE_NOUNS | lx.AUTHORITIES):
        return ""  # "Floods in Pakistan destroyed homes": no body ("A source at the governorate" is one)
    if any(gz.country_named(w) is not None for w in words) \
            or words[-1].lower() in lx.SOURCE_NOUNS | lx.AUTHORITIES:
        return found[0]
    return ""


_SUBJECT_OPENING = 2  # tokens before a sentence's subject at most ("Shiite power Iran, ...")


def _speaker_before(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """The subject of the verb at ``v`` that sets or gives a count: a name, a name set off by
    an apposition ("Enver Gunenc, head of the directorate, corrected the toll to two"), else a
    phrase ("the regional governor")."""
    aside = _apposition_before(tokens, v)
    if aside is not None and gz.resolve(aside[0]) is not None:
        aside = None  # "flooding in the capital, Kathmandu, raised the toll": a place, no speaker
    return _name_before(tokens, v - 1) or aside or _phrase_before(tokens, v - 1)


def _full_name_before(tokens: list[Token], end: int) -> tuple[str, int] | None:
    """A name of two words or more ending at ``end`` ("Senator John Smith suggested"), not one
    capitalised word ("Hundreds feared dead", "Evidence suggested")."""
    name = _name_before(tokens, end)
    return name if name is not None and len(name[0].split()) >= 2 else None


def _said_before(frames: list[Frame], tokens: list[Token], v: int) -> Frame | None:
    """The speaker's frame that ends just before the participle at ``v`` ("the police chief
    said on Sunday, adding"): its verb a few words back, no mark between but the comma."""
    if not frames or frames[-1].kind != "say":
        return None
    last = frames[-1]
    between = tokens[max(last.verb, last.start) + 1:v - 1]
    return last if len(between) <= _SAID_BEFORE_REACH and all(t.kind == "word" for t in between) else None


_SAID_BEFORE_REACH = 3  # words from a speaker's verb to the comma of its participle ("said late on Sunday")


def _document_before(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """The document a participle of saying at ``v`` hangs on ("issued a clarification stating",
    "released a statement Thursday saying"): (its words, first token), or None."""
    if tokens[v].lower not in lx.PARTICIPLE_SAYS:
        return None
    k = v - 1
    while k >= 0 and tokens[k].lower in lx.WEEKDAYS:
        k -= 1  # "a statement Thursday stating"
    if k < 1 or tokens[k].lower not in lx.ISSUED_DOCUMENT_NOUNS:
        return None
    start = k
    while start >= 1 and tokens[start - 1].kind == "word" and k - start < _DOCUMENT_WORDS \
            and tokens[start - 1].lower not in lx.ISSUING_VERBS:
        start -= 1  # "a press release", "a detailed clarification"
    return join_tokens(tokens[start:k + 1]), start


_DOCUMENT_WORDS = 3  # words before a document's noun ("a brief press release")


def _issued_by(tokens: list[Token], start: int) -> tuple[str, int] | None:
    """"The Health Ministry has issued a clarification stating that ...": the body that issued
    the document whose words start at ``start`` (``_document_before``), or None."""
    k = start - 1
    if k >= 1 and tokens[k].lower == "out":  # "put out a statement saying"
        k -= 1
    if k < 1 or tokens[k].lower not in lx.ISSUING_VERBS:
        return None
    k -= 1
    while k >= 1 and (tokens[k].lower in lx.PERFECT_AUX or tokens[k].lower in {"had", "also", "later"}):
        k -= 1
    return _name_before(tokens, k) or _phrase_before(tokens, k)


def _name_before_title(tokens: list[Token], before: tuple[str, int]) -> tuple[str, int]:
    """A title whose closing comma is missing ("..., Abdulahi Mohamed Shirwac, chairman of the
    emergency centre told AFP"): the person named before its opening comma speaks; else the
    title or name found (``before``: (speaker, first token))."""
    text, start = before
    if not text[:1].islower():
        return before
    # the title may stand before the phrase found ("chairman of the emergency operation centre")
    title = next((k for k in range(start, max(-1, start - _TITLE_REACH), -1)
                  if tokens[k].lower in lx.APPOSITION_TITLES), None)
    if title is None or title < 3 or tokens[title - 1].lower != "," or title + 2 > start + len(text.split()) \
            or any(t.kind != "word" for t in tokens[title:start]):
        return before
    name = _name_before(tokens, title - 2)
    if name is None or len(name[0].split()) < 2 or not all(w[:1].isupper() for w in name[0].split()) \
            or any(w.lower() in lx.SOURCE_NOUNS or w.lower() in lx.AUTHORITIES for w in name[0].split()):
        return before
    return name


_TITLE_REACH = 3  # tokens from a title to the body it heads ("chairman of the emergency centre")


def _relative_pronoun_frame(tokens: list[Token], speaker: str, start: int) -> bool:
    """A pronoun that speaks right after a noun, a relative clause without "that" ("the men it
    said were responsible", "a man they say shot a girl")."""
    if speaker.lower() not in lx.PRONOUNS or start == 0:
        return False
    noun = tokens[start - 1]
    return noun.kind == "word" and not noun.is_capitalized and noun.lower not in lx.FUNCTION_WORDS \
        and noun.lower not in lx.PREDICATES and noun.lower not in lx.SAY_VERBS


def _bare_toll(phrase: str) -> bool:
    """"a new death toll shows 171 dead": a toll named by no one (no name, no possessive) is what
    is counted, not who counts it; the sentence's "according to" says who."""
    words = phrase.split()
    return bool(words) and words[-1].lower() in lx.TOLL_HEADS and phrase == phrase.lower() \
        and not any("'" in w or "’" in w for w in words)


def _issuer(speaker: str) -> str:
    """Who issued the document a speaker's name is ("a statement from the Health Ministry",
    "the message from Saudi Arabia's Health Ministry": the ministry; ``lx.DOCUMENT_NOUNS``)."""
    m = _DOCUMENT.match(speaker)
    # a body the text names ("from the Health Ministry"), not one it does not ("from a university")
    return m.group(1) if m and m.group(1).split()[0].lower() not in {"a", "an"} else speaker


_DOCUMENT = re.compile(r"(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?:" + "|".join(sorted(lx.DOCUMENT_NOUNS))
                       + r")\s+(?:from|by|of)\s+(?:the\s+)?(.+)\Z", re.IGNORECASE)


def _concession(tokens: list[Token], start: int) -> int:
    """Where the concessive clause that holds an "according to" opens ("Eighty were confirmed
    as injured, although at least 141 were according to unofficial reports": the reports speak
    for the 141 only), or -1 when it is in none: a concessive word after a comma, with no other
    clause's comma between it and the frame."""
    for k in range(start - 1, 0, -1):
        if tokens[k].lower in lx.CONCESSIVE_WORDS and tokens[k - 1].text == ",":
            return k
        if tokens[k].text in {",", ";", ":"}:
            return -1
    return -1


def _publisher(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The body that published the report named before ``j`` ("says a report published by the
    International Organization for Migration"), or None."""
    if j + 1 < len(tokens) and tokens[j].lower in lx.PHRASE_CLOSING_PARTICIPLES \
            and tokens[j + 1].lower == "by":
        return _name_after(tokens, j + 2)
    return None


def _handed_over(frames: list[Frame], tokens: list[Token]) -> list[Frame]:
    """A speaker's clause ends where another speaker's clause opens after its figure ("officials
    said 30 died, while a Taliban spokesperson cited 13 killed": the 13 is the spokesperson's,
    not relayed by them); "Reuters reported that the ministry said 40 died" keeps its relay
    (no figure between the two)."""
    out = []
    for f in frames:
        until = f.until
        if f.leading and f.kind in {"say", "relay"}:
            nxt = next((g.start for g in frames if g.leading and g.kind in {"say", "relay"}
                        and g.start > f.verb and _opens_clause(tokens, g.start)
                        and any(t.kind == "num" for t in tokens[f.verb + 1:g.start])), -1)
            if nxt >= 0 and (until < 0 or nxt < until):
                until = nxt
        out.append(replace(f, until=until) if until != f.until else f)
    return out


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """A new clause opens at k: a comma, dash or conjunction just before it."""
    return k > 0 and (tokens[k - 1].lower in lx.CLAUSE_CLOSERS or tokens[k - 1].lower in lx.CONJUNCTIONS)


def _clause_end(tokens: list[Token], v: int) -> int:
    """The dash or comma that closes the clause of the verb at ``v``, or -1."""
    return next((k for k in range(v + 1, len(tokens)) if tokens[k].lower in lx.CLAUSE_CLOSERS), -1)


def _headline_speaker(tokens: list[Token]) -> list[Frame]:
    """"Police: 1 killed, 2 wounded", "Health Ministry: 40 dead": a speaker and a colon open
    the headline; "25,000 flee to Sudan: state media", "40 dead in floods - TV": a speaker
    after a colon or a dash closes it (a headline has no full stop). Only speakers the word
    lists know; "Aleppo: 12 killed" is a place."""
    for colon in range(1, min(5, len(tokens))):
        if tokens[colon].lower == ":":
            words = tokens[:colon]
            if _speaker_noun(words[-1]):
                return [Frame(0, colon, _join(words), "", "according", False)]
            if any(t.kind == "num" for t in words):
                break  # "Toll rises to 300: UN": the figure opens it, a speaker may close it
            return []
    if len(tokens) < 4 or tokens[-1].kind == "punct":
        return []
    for mark in range(len(tokens) - 2, max(1, len(tokens) - 6), -1):
        if tokens[mark].text == ":" or (tokens[mark].text in {"-", "–", "—"}
                                        and tokens[mark].start > tokens[mark - 1].end):
            words = tokens[mark + 1:]
            # "... : Nepal's PM": a possessive's apostrophe is part of the name
            if _speaker_noun(words[-1]) and all(t.kind == "word" or t.text in lx.APOSTROPHES for t in words):
                return [Frame(mark, mark, _join(words), "", "according", False)]
            return []
    return []


def _speaker_noun(tok: Token) -> bool:
    word = _stem(tok)
    return word in lx.SOURCE_NOUNS or word in lx.AUTHORITIES or word in lx.MEDIA_WORDS


def _official_toll(tokens: list[Token], v: int) -> Frame | None:
    """"the official death toll of 64": the authorities' toll; "the official Puerto Rico
    government death toll": the toll of the speaker named between (a frame of kind "official",
    which speaks for the figure of its own phrase only when no speaker's frame covers it)."""
    for k in range(v + 1, min(v + 7, len(tokens))):
        tok = tokens[k]
        if tok.lower in lx.SET_COUNT_NOUNS:
            at = _figure_after(tokens, k)
            if at < 0:
                return None  # "An official toll was not released, but 40 bodies were found"
            owner = [t for t in tokens[v + 1:k] if t.lower not in lx.TOLL_COUNT_MODIFIERS
                     and t.lower not in lx.OFFICIAL_PARTICIPLES]
            named = bool(owner) and _stem(owner[-1]) in lx.SOURCE_NOUNS
            bracketed = v >= 1 and tokens[v - 1].text == "(" and at + 1 < len(tokens) \
                and tokens[at + 1].text == ")"
            return Frame(v, k, _join(owner) if named else lx.OFFICIAL_TOLL, "", "official", False, until=at,
                         bracketed=bracketed)
        participle = k == v + 1 and tok.lower in lx.OFFICIAL_PARTICIPLES  # "officially declared"
        if tok.kind != "word" or (_verb_like(tok) and not participle):
            return None
    return None


def _figure_after(tokens: list[Token], k: int) -> int:
    """The number within a few words after the toll noun at k, in the same clause, or -1."""
    for n, tok in enumerate(tokens[k + 1:k + 9], k + 1):
        if tok.kind == "num":
            return n
        if tok.text == "," and n + 1 < len(tokens) and tokens[n + 1].lower in lx.TOLL_RELATIVES:
            continue  # "the official toll, which currently stands at 769"
        if (tok.kind == "punct" or tok.lower in lx.CONJUNCTIONS) and tok.lower not in lx.TOLL_RELATIVES:
            return -1
    return -1


def _released_by(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """"the ministry released figures that showed that ...": who released the data."""
    if v < 3 or tokens[v - 1].lower not in {"that", "which"}:
        return None
    for k in range(v - 2, max(0, v - 6), -1):
        tok = tokens[k]
        if tok.lower in lx.RELEASE_VERBS:
            return _name_before(tokens, k - 1) or _phrase_before(tokens, k - 1) if k < v - 2 else None
        if tok.kind != "word" or _verb_like(tok):
            return None
    return None


def attribute(frames: list[Frame], first: int) -> tuple[str, str, str]:
    """(source, via, rule) for a figure whose phrase starts at token ``first``; the rule names
    what decided the source: "no_frame" (the sentence names no speaker), the kind of the
    speaker's frame ("say_frame": "X said", "according_frame": "according to X",
    "citing_frame", "relay_frame": "X reported"), or "pronoun_antecedent" ("which it says
    killed 12": the speaker named before in the sentence)."""
    if not frames:
        return "", "", "no_frame"
    spoken = [f for f in frames if f.kind != "official"]
    # a disputed toll is only its own figure's ("sceptical of the official toll of 79, and
    # believe more than 120 died": 120 is the speaker's)
    official = [f for f in frames if f.kind == "official" and f.start < first <= f.verb + 8
                and (not f.disputed or first - f.verb <= _DISPUTED_REACH or first == f.until)]
    covering = [f for f in spoken if _covers(f, first)]
    if official and official[0].bracketed and first == official[0].until:
        return official[0].speaker, "", "official_frame"
    if official and official[0].disputed and covering:
        # "X is sceptical of the officially declared death toll of 79": the toll is not X's
        return official[0].speaker, "", "official_frame"
    covering = covering or official
    # "150 are confirmed dead - although residents say the figure is higher": a concession speaks
    # for no figure outside it
    # nor a pronoun's leading frame after the figure ("claimed a series of bombings that killed
    # more than 320 people, and released a video of the men it said were responsible")
    candidates = covering or [f for f in spoken if not f.conceded and not first < f.since
                              and not (f.leading and f.kind == "relay" and first < f.start)
                              and not f.relative]
    if not candidates:
        return "", "", "no_frame"
    citing = [f for f in candidates if f.kind == "citing"]
    # a speaker's own words before a relay's, and before an authority that holds the people
    # ("the sheriff said deputies took three men into custody": the sheriff's)
    own = citing or [f for f in candidates if f.kind not in {"relay", _HOLDER}] or candidates
    # '"We counted 1,500 dead," said the minister': the one quoted speaks for "we"
    own = [f for f in own if f.speaker.lower() not in lx.FIRST_PERSON] or own
    main = min(own, key=lambda f: abs(f.verb - first))
    if main.kind == "according" and _media(main.speaker):
        # "The ministry said that ..., according to Reuters": the ministry speaks, Reuters relays
        said = [f for f in own if f.kind == "say" and f.leading and _covers(f, first)
                and not _media(f.speaker)]
        if said:
            return _antecedent(frames, said[0]), main.speaker, "say_frame"
    via = main.listener
    if not via:
        pool = frames if main.kind == "citing" else candidates  # "X reported, citing Y"
        # "The minister said 420 had died, according to Reuters": the medium relays
        relays = [f for f in pool if f is not main and f.speaker != main.speaker and (
            f.kind in {"relay", "say"} or (f.kind == "according" and not f.leading and _media(f.speaker)))]
        if citing and relays:
            via = min(relays, key=lambda f: abs(f.verb - first)).speaker
        elif relays:
            relay = [f for f in relays
                     if f.kind in {"relay", "according"} and f.speaker.lower() not in lx.PRONOUNS]
            via = min(relay, key=lambda f: abs(f.verb - first)).speaker if relay else ""
    if main.kind == _UNNAMED:
        # "X said 13 died, but there were later reports of at least 60 killed": no one's; a speaker
        # after them, or one who relays or is cited, still speaks ("..., the ministry said")
        others = [f for f in own if f is not main and (f.verb > main.verb or f.kind != "say")]
        if not others:
            return "", "", "unnamed_reports"
        main = min(others, key=lambda f: abs(f.verb - first))
    source = _antecedent(frames, main)
    return source, via, "pronoun_antecedent" if source != main.speaker else f"{main.kind}_frame"


_UNNAMED = "unnamed"  # the kind of a frame of reports no one is named for ("later reports of")
_CONTRAST_REACH = 4  # tokens from "but" to the reports it opens ("but there were later reports")


def _claims_lives(tokens: list[Token], j: int) -> bool:
    """"claimed the lives of 230", "claimed more than 230 lives": a verb of killing, not of
    saying ("claimed 40 people had died" says)."""
    rest = [t.lower for t in tokens[j:j + 5]]
    return any(w in lx.LIVES for w in rest) \
        and not any(w in lx.PREDICATES or w in {"that", ","} for w in rest)


def _claims_an_attack(tokens: list[Token], j: int) -> bool:
    """"claimed responsibility for the attack", "claimed a series of bombings that killed 320":
    the object is an attack, owned; no figure after it is the claimant's word."""
    for k in range(j, min(len(tokens), j + _CLAIMED_REACH)):
        t = tokens[k]
        if t.lower in lx.RESPONSIBILITY_WORDS:
            return True
        if t.lower in lx.EVENT_NOUNS:
            # owned when a relative clause or a comma follows it ("the bombings that killed 320",
            # "the attack, which killed 22"); said when a verb does ("claimed the attack killed 30")
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            return nxt is None or nxt.lower in lx.TOLL_RELATIVES or nxt.kind == "punct"
        if t.kind != "word" or t.lower in lx.PREDICATES or t.lower == "that":
            return False
    return False


_CLAIMED_REACH = 5  # words from "claimed" to the attack it owns ("claimed a series of bombings")


def _disputed(tokens: list[Token], v: int) -> bool:
    """A word of doubt just before the official toll at ``v`` ("sceptical of the officially
    declared death toll of 79", "questioned the official toll of 64"): its speaker disputes it."""
    return any(t.lower in lx.DISPUTE_WORDS for t in tokens[max(0, v - _DISPUTE_REACH):v])


_DISPUTED_REACH = 3  # tokens from a disputed toll's noun to its own figure ("death toll of 79")
_DISPUTE_REACH = 3  # tokens from a word of doubt to the official toll it doubts ("sceptical of the")


def _media(speaker: str) -> bool:
    """A medium ("Reuters", "news website Kompas"), not a body's document ("a sheriff's office
    media release", "a press statement")."""
    words = speaker.lower().split()
    return any(w in lx.MEDIA_WORDS and (k + 1 == len(words) or words[k + 1] not in lx.DOCUMENT_NOUNS)
               for k, w in enumerate(words))


def _antecedent(frames: list[Frame], main: Frame) -> str:
    """A pronoun speaker takes the named speaker an earlier frame in the sentence gives
    ("Ankara blames the militia for a bombing which it says killed 12")."""
    if main.speaker.lower() not in lx.PRONOUNS:
        return main.speaker
    earlier = [f for f in frames if f.start < main.start and f.kind != "relay"
               and f.speaker.lower() not in lx.PRONOUNS]
    return max(earlier, key=lambda f: f.start).speaker if earlier else main.speaker


def _covers(frame: Frame, first: int) -> bool:
    if frame.kind in {"according", "citing"}:
        return first > frame.since
    if frame.leading:
        return first > frame.verb and (frame.until < 0 or first < frame.until)
    return first < frame.start


def _leads(tokens: list[Token], v: int, listener: str) -> bool:
    """Does the verb at v introduce what follows ("said [that] 700 people were killed")?"""
    j = v + 1
    if listener:
        j += len(listener.split())
    while j < len(tokens) and tokens[j].lower in _SKIP_AFTER_VERB:
        j += 1
    return j < len(tokens) and tokens[j].kind != "punct"


def _listener(tokens: list[Token], v: int) -> str:
    name = _name_after(tokens, v + 1)
    if name is None:
        return ""
    first_word = name[0].split()[0].lower()
    if first_word in lx.NON_RELAY_LISTENERS or not any(c.isupper() for c in name[0]):
        return ""
    return name[0]


def _is_name_word(tok: Token) -> bool:
    if tok.kind != "word":
        return False
    if tok.lower in lx.WEEKDAYS or (tok.lower in lx.MONTHS and tok.lower not in {"may"}):
        return False
    return tok.is_capitalized or tok.lower in lx.SOURCE_NOUNS or tok.lower in lx.NAME_LINKS \
        or tok.lower in lx.PERSON_NOUNS or tok.lower in lx.AUTHORITIES or _particle_name(tok) or _titled(tok)


def _titled(tok: Token) -> bool:
    """"prosecutor-general", "secretary-general": a title joined by a hyphen."""
    return "-" in tok.lower and any(part in lx.SOURCE_NOUNS for part in tok.lower.split("-"))


def _particle_name(tok: Token) -> bool:
    """"al-Ghaithi", "bin-Salman", "de-Mistura": a name behind a lower-case particle."""
    head, _, rest = tok.text.partition("-")
    return bool(rest) and head.lower() in lx.NAME_LINKS and rest[:1].isupper()


def _name_before(tokens: list[Token], end: int) -> tuple[str, int] | None:
    """(speaker, first token) of the name ending at ``end`` (inclusive), read leftwards."""
    k = _skip_acronym(tokens, _skip_adverbs(tokens, end))
    if k < 0 or tokens[k].lower.replace("’", "'") in lx.IMPERSONAL_BE:
        return None  # "It's estimated that 10,000 are displaced": no one says it
    if tokens[k].lower in lx.PRONOUNS:
        return tokens[k].text, k
    k = _skip_relative_clause(tokens, k)  # "An activist who spoke on condition of anonymity told"
    last = k
    while k >= 0 and last - k < _MAX_NAME:
        tok = tokens[k]
        if tok.lower in lx.DETERMINERS and tok.lower not in {"that", "this", "these", "those"}:
            if k >= 2 and tokens[k - 1].lower in _HEAD_LINKS and _is_head(tokens[k - 2]):
                k -= 2  # "a leader of the Uzbek community", "firefighters in the state of Minas Gerais"
                continue
            k -= 1
            break
        if not _is_name_word(tok):
            if tok.kind == "word" and (k == 0 or tokens[k - 1].kind == "punct") and k < last \
                    and tok.lower not in lx.PREDICATES and tok.lower not in lx.SAY_VERBS \
                    and tok.lower not in lx.AUX_WORDS and tok.lower not in lx.ACTIVE_VERBS \
                    and tok.lower not in lx.CONJUNCTIONS and tok.lower not in lx.PHRASE_ENDS \
                    and tok.lower not in lx.PREPOSITIONS:
                k -= 1  # ", aid groups said": a modifier that opens the clause
                break
            # "a refugee official", "a local health official": modifiers after an article
            for back in (1, 2):
                det = k - back
                if det >= 0 and tokens[det].lower in {"a", "an", "the"} and all(
                        t.kind == "word" and t.lower not in lx.SAY_VERBS and t.lower not in lx.PREDICATES
                        and t.lower not in lx.TIME_SPANS and t.lower not in lx.LATER_WORDS
                        for t in tokens[det + 1:k + 1]):  # not "a week later officials"
                    k = det - 1
                    break
            else:
                break
            if k >= 1 and tokens[k].lower in {"in", "at", "from", "with", "near"} \
                    and _is_head(tokens[k - 1]):
                k -= 1  # "an opposition activist in the camp said": the place belongs to the name
                continue
            break
        k -= 1
    first = k + 1
    words = tokens[first:last + 1]
    while words and ((words[0].lower in lx.NAME_LINKS and not _is_head(words[0])
                      and words[0].lower not in lx.DETERMINERS and not _opens_surname(words))
                     or words[0].lower in lx.CLAUSE_OPENING_WORDS):
        words = words[1:]  # "When officials said": the clause's opener is no part of the name
    if not words or not any(_is_head(t) for t in words):
        return None
    if words[0].lower in lx.DETERMINERS and len(words) == 1:
        return None
    return _join(words), tokens.index(words[0], first)


_HEAD_LINKS = frozenset({"of", "in", "at", "from"})  # a speaker's head before "the ..." of its name


def _opens_surname(words: list[Token]) -> bool:
    """"de Mistura", "van der Berg": a particle before a capitalised surname, part of the name."""
    k = 0
    while k < len(words) and words[k].lower in lx.NAME_PARTICLES:
        k += 1
    return 0 < k < len(words) and words[k].is_capitalized and words[k].lower not in lx.SOURCE_NOUNS


def _skip_adverbs(tokens: list[Token], k: int) -> int:
    while k >= 0 and tokens[k].lower in _SKIP_BEFORE_VERB:
        k -= 1
    return k


def _skip_acronym(tokens: list[Token], k: int) -> int:
    """Before "(ICRC)" in "the International Committee of the Red Cross (ICRC) said": the
    name the acronym in brackets stands for."""
    if k >= 2 and tokens[k].text == ")" and tokens[k - 2].text == "(" and tokens[k - 1].text.isupper():
        return _skip_adverbs(tokens, k - 3)
    return k


_MAX_PHRASE = 14


def _phrase_before(tokens: list[Token], end: int, data: bool = False) -> tuple[str, int] | None:
    """(speaker, first token) of a noun phrase of any shape ending at ``end``, read leftwards
    to the clause's start: "the home ministry", "hospital officials in the north", "the
    country's minister of information and communications". It must hold a speaker's noun
    (or, with ``data``, the noun of a study or a count: "a New York Times analysis") before
    its first "of"."""
    k = _skip_acronym(tokens, _skip_adverbs(tokens, end))
    last = k
    while k >= 0 and last - k < _MAX_PHRASE:
        tok = tokens[k]
        inside_of = tok.lower == "and" and any(t.lower == "of" for t in tokens[max(0, k - 4):k])
        if _plural_possessive(tokens, k):
            k -= 1  # "The Times' analysis"
            continue
        # a verb's form that modifies the speaker's noun after it is part of its name ("the
        # Yongsan district fire chief", "the fire department")
        modifier = k < last and _stem(tokens[k + 1]) in lx.SOURCE_NOUNS | lx.AUTHORITIES
        if tok.kind != "word" or tok.lower in lx.PHRASE_ENDS or (_verb_like(tok) and not modifier) \
                or (tok.lower in lx.CONJUNCTIONS and not inside_of) or tok.lower in lx.LATER_WORDS:
            # "the minister of information and communications": "and" inside an "of" phrase; "a
            # week later officials said": the time is no part of the name
            break
        k -= 1
    words = tokens[k + 1:last + 1]
    while words and (words[0].lower in lx.FUNCTION_WORDS or words[0].lower in lx.PREPOSITIONS
                     or words[0].lower in lx.CLAUSE_OPENING_WORDS) \
            and words[0].lower not in lx.DETERMINERS:
        words = words[1:]  # "..., official figures showed": an adjective stays
    # the head of the phrase: its last word, or the word before its first "of" ("the minister
    # of information and communications", "a New York Times analysis of government data")
    # ("a tally by the news agency", "figures from the ministry": the word before "of", "by" or "from")
    before_of = words[:next((i for i, t in enumerate(words) if t.lower in {"of", "by", "from"}), len(words))]
    # "civil defence spokeswoman in Minas Gerais", "a spokeswoman for the rescue service in
    # Manaus": the word before the place or the body the speaker speaks for
    before_place = words[:next((i for i, t in enumerate(words) if t.lower in lx.SPEAKER_PHRASE_LINKS), 0)]
    nouns = lx.DATA_NOUNS if data else lx.SOURCE_NOUNS | lx.AUTHORITIES
    if not words or not before_of or (len(words) == 1 and words[0].lower in lx.PRONOUNS) \
            or not any(head and _stem(head[-1]) in nouns for head in (before_of, before_place)):
        return None
    if data:
        words = _giver(words)
    return _join(words), last + 1 - len(words)


def _giver(words: list[Token]) -> list[Token]:
    """"the latest figures from NHS England", "data from the disaster agency": the body that
    gave the data out (a study, a tally or an analysis "by X" stays a source of its own)."""
    cut = next((i for i, t in enumerate(words) if t.lower in {"of", "by", "from"}), len(words))
    # "the official figures released by the Health Ministry", "figures given to him by the
    # company": past the participle too
    participle = next((i for i in range(cut - 1, max(-1, cut - 4), -1)
                       if words[i].lower in lx.PHRASE_CLOSING_PARTICIPLES and _by_after(words, i + 1) == cut),
                      None)
    noun = cut - 1 if participle is None else participle - 1
    if noun >= 0 and cut < len(words) - 1 and words[cut].lower != "of" \
            and _stem(words[noun]) in lx.GIVEN_DATA_NOUNS:
        return words[cut + 1:]
    return words


def _by_after(tokens: list[Token], j: int) -> int:
    """The "by" that names the agent of a participle before ``j`` ("released by", "given to him
    by"), or -1."""
    if j < len(tokens) and tokens[j].lower == "by":
        return j
    if j + 2 < len(tokens) and tokens[j].lower == "to" and tokens[j + 1].lower in lx.OBJECT_PRONOUNS \
            and tokens[j + 2].lower == "by":
        return j + 2
    return -1


def _found_corpse(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens[start:end] tell a corpse found ("a body found on Tuesday", "the bodies
    recovered"): a corpse noun, then a verb of finding."""
    return any(tokens[k].lower in lx.CORPSE_NOUNS and tokens[k + 1].lower in lx.BODY_FINDING_VERBS
               for k in range(start, min(end, len(tokens)) - 1))


def _plural_possessive(tokens: list[Token], k: int) -> bool:
    """The apostrophe of "Times'" in "The Times' analysis": glued to a word in -s, a word after."""
    return tokens[k].text in {"'", "’"} and 0 < k < len(tokens) - 1 and tokens[k - 1].lower.endswith("s") \
        and tokens[k - 1].end == tokens[k].start and tokens[k + 1].kind == "word"


def _verb_like(tok: Token) -> bool:
    """A word that cannot stand in a speaker's name: a verb of the sentence."""
    word = tok.lower
    return word in lx.SAY_VERBS or word in lx.PREDICATES or word in lx.AUX_WORDS or word in lx.BE_WORDS \
        or word in lx.ACTIVE_VERBS or word in lx.FINDING_THAT_VERBS


def _stem(tok: Token) -> str:
    return tok.lower.replace("’", "'").removesuffix("'s")


def _phrase_after(tokens: list[Token], start: int) -> tuple[str, int] | None:
    """(speaker, token after) of the noun phrase of any shape after "according to" or
    "citing", to the clause's end: "the home ministry", "the island's official count", "a
    new study from researchers", "preliminary data and official information"."""
    j = start
    words: list[Token] = []
    while j < len(tokens) and len(words) < _MAX_PHRASE:
        tok = tokens[j]
        # "a sweeping report from X"; "according to reports"
        noun = tok.lower in lx.NOUN_LIKE_SAYS and (bool(words) or j == start)
        # "... released on Tuesday" closes the phrase; "released by X" does not
        closing = tok.lower in lx.PHRASE_CLOSING_PARTICIPLES and _by_after(tokens, j + 1) < 0
        if words and words[-1].lower in lx.PHRASE_CLOSING_PARTICIPLES and _by_after(tokens, j) > j:
            words += tokens[j:_by_after(tokens, j)]  # "figures given to him by the company"
            j = _by_after(tokens, j)
            continue
        if tok.kind != "word" or (words and tok.lower in lx.PHRASE_ENDS) or (_verb_like(tok) and not noun) \
                or closing:
            break
        words.append(tok)
        j += 1
    while words and (words[-1].lower in lx.NAME_LINKS or words[-1].lower in lx.DETERMINERS
                     or words[-1].lower in lx.PREPOSITIONS or words[-1].lower in lx.CONJUNCTIONS):
        words.pop()
    content = [t for t in words if t.lower not in lx.DETERMINERS and t.lower not in lx.FUNCTION_WORDS
               and t.lower not in lx.WEEKDAYS]
    if not content or words[0].lower in lx.PRONOUNS:
        return None
    if words[0].lower in lx.POSSESSIVE_PRONOUNS and _stem(words[-1]) not in lx.SOURCE_NOUNS | lx.AUTHORITIES:
        return None  # "numbered according to their DNA samples": no speaker
    giver = _giver(words)
    official = any(t.lower == lx.OFFICIAL for t in words)
    if giver is words and official and _stem(words[-1]) in lx.GIVEN_DATA_NOUNS \
            and not any(t.lower in lx.CONJUNCTIONS for t in words):
        # "according to the latest official numbers": the authorities' toll, no one named
        return lx.OFFICIAL_TOLL, j
    return _join(giver), j


def _count_owner(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """"the government's latest number is 6,841", "the ministry's toll stood at 40": the one
    whose count it is, when that is a speaker ("Nepal's death toll" is a place's)."""
    tok = tokens[v]
    if tok.kind != "word" or not tok.lower.replace("’", "'").endswith("'s"):
        return None
    owner = _stem(tok)
    if owner not in lx.SOURCE_NOUNS and owner not in lx.AUTHORITIES:
        return None
    if not any(t.lower in lx.OWN_COUNT_NOUNS for t in tokens[v + 1:v + 4]):
        return None
    start = v - 1 if v > 0 and tokens[v - 1].lower in lx.DETERMINERS else v
    return _join(tokens[start:v + 1]).replace("'s", "").replace("’s", ""), start


def _accuser(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """The one who accuses in "X accused Y of ...", not in "the man accused of ..." or "was
    blamed for"."""
    if v + 1 < len(tokens) and tokens[v + 1].lower in {"of", "for", "by", ","}:
        return None
    if v > 0 and tokens[v - 1].lower in lx.BE_WORDS:
        return None
    return _name_before(tokens, v - 1)


def _quoted_by(tokens: list[Token], v: int) -> Frame | None:
    """"X was quoted as saying by Y": source X, via Y."""
    speaker = _name_before(tokens, v - 2)
    if speaker is None:
        return None
    by = next((k for k in range(v + 1, min(v + 5, len(tokens))) if tokens[k].lower == "by"), None)
    relay = _name_after(tokens, by + 1) if by is not None else None
    return Frame(speaker[1], v, speaker[0], relay[0] if relay else "", "say", False)


def _subject(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """The subject of the clause that a participle ("..., saying") hangs on: the name before
    its first verb."""
    for m in range(1, v):
        tok = tokens[m]
        if tok.kind == "word" and not tok.is_capitalized and (
                tok.lower.endswith("ed") or tok.lower in lx.SAY_VERBS or tok.lower in lx.BE_WORDS):
            return _name_before(tokens, m - 1)
    return _name_after(tokens, 0)


def _apposition_before(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """"The mayor of Derna, Abdulmenam al-Ghaithi, said": the speaker between two commas and
    what names it before them; the proper name speaks, the phrase starts the frame ("The
    agency, AFAD, had earlier said": past the verb's auxiliaries and adverbs)."""
    v = _skip_adverbs(tokens, v - 1) + 1
    if v < 3 or tokens[v - 1].lower != ",":
        return None
    # the name or phrase the aside is, whole: "the assistant chief of operations for Miami-Dade
    # Fire Rescue", not the name that ends it
    readings = [r for r in (_name_before(tokens, v - 2), _phrase_before(tokens, v - 2)) if r is not None]
    inner = next((r for r in readings if r[1] >= 2 and tokens[r[1] - 1].lower == ","),
                 readings[0] if readings else None)
    if inner is None or inner[1] < 2 or tokens[inner[1] - 1].lower != "," \
            or tokens[inner[1]].lower in lx.ASIDE_OPENERS:
        return _before_aside(tokens, v)
    # "Lebanese Minister of Health (Menkes), Hamad Hassan, reported": past an acronym in brackets
    outer = _name_before(tokens, _skip_brackets(tokens, inner[1] - 2))
    if outer is None:
        return None
    proper = [name for name in (inner[0], outer[0]) if all(w[:1].isupper() for w in name.split()[:1])
              and name.split()[0].lower() not in lx.DETERMINERS]
    return (proper[0] if proper else inner[0]), outer[1]


_MAX_ASIDE = 16
_MAX_BRACKETS = 6  # tokens inside the brackets an apposition's head may end with


def _skip_brackets(tokens: list[Token], k: int) -> int:
    """The token before the brackets that end at ``k`` ("Minister of Health (Menkes)"), else ``k``."""
    if k < 0 or tokens[k].lower != ")":
        return k
    return next((j - 1 for j in range(k - 1, max(-1, k - _MAX_BRACKETS), -1) if tokens[j].lower == "("), k)


def _before_aside(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """"The health ministry, which is run by Hamas, said", "The ministry, in a statement, said":
    the subject before a relative clause or an aside set off by commas."""
    for c in range(v - 2, max(0, v - _MAX_ASIDE), -1):
        if tokens[c].lower == ",":
            opener = tokens[c + 1].lower if c + 1 < v else ""
            if opener == "also" and c + 2 < v:  # "also known as", not "also wounded 60"
                opener = tokens[c + 2].lower
            if opener in lx.RELATIVE_OPENERS or opener in lx.ASIDE_OPENERS \
                    or opener in lx.CIRCUMSTANCE_OPENERS:
                # "The agency, citing hospital sources, said"; "MSF, also known as ..., said";
                # "The ministry, in a statement, said"
                return _name_before(tokens, c - 1) or _phrase_before(tokens, c - 1)
            return None
    return None


def _by_name(tokens: list[Token], start: int) -> tuple[str, int] | None:
    """"according to a report by X", "according to figures released by X": X."""
    for j in range(start, min(start + 7, len(tokens))):
        if tokens[j].kind == "punct":
            return None
        if tokens[j].lower == "by":
            return _name_after(tokens, j + 1)
    return None


def _skip_relative_clause(tokens: list[Token], k: int) -> int:
    """The token before "who ..." when the words before the verb are a relative clause, or
    before ", where ...," set off by commas ("the Malang health centre, where the stadium is
    located, reported")."""
    if _is_name_word(tokens[k]):
        return k
    if tokens[k].text == ",":
        for back in range(k - 1, max(0, k - _ASIDE_REACH), -1):
            if tokens[back].text == ",":
                opened = tokens[back + 1].lower in lx.ASIDE_RELATIVES and tokens[back - 1].kind == "word"
                return back - 1 if opened else k
            if tokens[back].kind == "punct" or tokens[back].lower in lx.SAY_VERBS:
                return k
    for back in range(k - 1, max(-1, k - 10), -1):
        word = tokens[back].lower
        if word in {"who", "which"}:
            return back - 1 if back > 0 and _is_name_word(tokens[back - 1]) else k
        if tokens[back].kind == "punct" or word in lx.SAY_VERBS:
            return k
    return k


_ASIDE_REACH = 14  # tokens of an aside between a speaker and its verb (", where the stadium is located,")


def _name_after(tokens: list[Token], start: int) -> tuple[str, int] | None:
    """(speaker, token after) of the name starting at ``start``, read rightwards."""
    j = start
    words: list[Token] = []
    while j < len(tokens) and len(words) < _MAX_NAME:
        tok = tokens[j]
        article = tok.lower in lx.DETERMINERS and tok.lower not in {"that", "this", "these", "those"}
        if (article and not words) or (_is_name_word(tok) and tok.lower not in {"on", "in", "at"}):
            words.append(tok)
        elif words and _owner(tok) and (head := _modified_head(tokens, j, start=True)) is not None \
                and not _goes_on(tokens, head + 1):
            words.extend(tokens[j:head + 1])  # "said the city's mayor", "the country's health minister"
            j = head
        elif any(t.is_capitalized for t in words) and (head := _modified_head(tokens, j)) is not None:
            words.extend(tokens[j:head + 1])  # "the Minas Gerais state fire department"
            j = head
        else:
            break
        j += 1
    while words and words[-1].lower in lx.NAME_LINKS and not _is_head(words[-1]):
        words.pop()
    if not words or not any(_is_head(t) for t in words):
        return None
    if _stem(words[-1]) != words[-1].lower and j < len(tokens) and tokens[j].kind == "word":
        return None  # "India's home secretary L.C. Govak": the owner of a longer phrase
    return _join(words), j


_MODIFIERS = 2  # lower-case words between a name and the body it is part of ("state fire")


def _modified_head(tokens: list[Token], j: int, start: bool = False) -> int | None:
    """The index of the body a name's lower-case modifiers from ``j`` lead to ("Minas Gerais
    state fire department": department; from an owner, ``start``: "the city's mayor"), or None."""
    for k in range(j, min(j + _MODIFIERS + 1 + start, len(tokens))):
        tok = tokens[k]
        if tok.kind != "word" or tok.is_capitalized:
            return None
        if k == j and start:
            continue  # the owner itself ("city's")
        if tok.lower in lx.SOURCE_NOUNS or tok.lower in lx.AUTHORITIES:
            return k if k > j else None
        if tok.lower in lx.FUNCTION_WORDS or tok.lower in lx.DETERMINERS or _verb_like(tok) \
                or tok.lower in lx.PREPOSITIONS:
            return None
    return None


def _goes_on(tokens: list[Token], k: int) -> bool:
    """Does a noun phrase go on at ``k`` ("the island's official count", "the sheriff's office
    media release": not the title alone)?"""
    return k < len(tokens) and tokens[k].kind == "word" and not tokens[k].is_capitalized \
        and tokens[k].lower not in lx.FUNCTION_WORDS and tokens[k].lower not in lx.PREPOSITIONS \
        and tokens[k].lower not in lx.SAY_VERBS and not _verb_like(tokens[k])


def _owner(tok: Token) -> bool:
    """A lower-case possessive that owns the title after it ("the city's mayor")."""
    return tok.kind == "word" and not tok.is_capitalized and tok.lower.endswith(("'s", "’s"))


def _is_head(tok: Token) -> bool:
    return (tok.is_capitalized and tok.lower not in lx.DETERMINERS) or tok.lower in lx.SOURCE_NOUNS \
        or tok.lower in lx.PERSON_NOUNS or tok.lower in lx.AUTHORITIES or _particle_name(tok) or _titled(tok)


def _join(words: list[Token]) -> str:
    while len(words) > 1 and words[0].lower in lx.SENTENCE_ADVERBS \
            and (words[1].is_capitalized or words[1].lower == "the"):
        words = words[1:]  # "Earlier Morocco's Interior Ministry said": the ministry ("earlier reports" stay)
    if len(words) > 1 and words[0].lower == "the":
        words = words[1:]  # "the Health Ministry" -> "Health Ministry"; "a monitor" stays
    return join_tokens(words)
