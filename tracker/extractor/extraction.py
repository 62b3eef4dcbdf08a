"""From an article to its casualty claims.

``extract_claims`` reads as its steps: split the cleaned text into sentences, skip site
furniture and sentences without a casualty word, find the figures in each sentence, then
give each figure its source, date and place, and merge the repeats of one figure.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from importlib import import_module
from typing import cast

from .. import gazetteer as gz
from ..models import EARLIER, EVENT_BEFORE, LIVE_ENTRY, Article, Claim, Reading
from ..speakers import source_kind
from . import lexicon as lx
from .areas import area_scopes, locate
from .attribution import Frame, attribute, body_subject, find_frames
from .dates import (
    DateIndex,
    DateMention,
    count_start,
    date_for,
    find_dates,
    latest_date,
    overtaken_later,
    parse_published,
    period_end,
    possessed,
    reference_year,
    said_earlier,
)
from .events import event_date_for, event_phrases, event_weekdays
from .figures import Figure, find_figures
from .language import ENGLISH, detect_language
from .live import entry_days
from .people import Surnames, find_people, pronoun_died
from .places import Place, find_places, place_for, visible_from
from .scope import scope_claims
from .text import (
    Token,
    aside_owners,
    join_tokens,
    numbers_listed_before,
    sentence_spans,
    tokenize,
    trie_pattern,
)

_DEATH = re.compile(lx.DEATH_PATTERN, re.IGNORECASE)
# Searched in the lower-cased article: IGNORECASE would make this, the first pass over every
# sentence, four times slower.
# One pass finds both casualty words and site furniture (group 1). "Shooting" opens a
# sentence only as a verb before its object ("shooting 13 people", "shooting the boy"): as a
# noun ("the shooting happened") it is in most sentences of local crime news, and decides nothing.
_GATE = re.compile(r"\b(?:(" + "|".join(p.removeprefix(r"\b") for p in lx.FURNITURE_PATTERNS) + ")|"
                   + r"shooting(?=\s+(?:(?:" + "|".join(sorted(lx.OBJECT_STARTS)) + r")\b|\d))|"
                   + trie_pattern(sorted({s.lower() for s in lx.GATE_WORDS})) + ")")
# The date rule of an undated figure in an undated article: the latest day the article writes.
_LATEST_DAY = "latest_day_in_article"
_LIST_GAP = 2  # tokens between two figures of one list ("25 dead and 383 injured")
# figures.py: "rose to 46, up from 38", "lowered the toll from 64 to 60", "60, not 64"
_CORRECTED = "corrected_figure"
_EARLIER_RULES = frozenset({"earlier_figure", "toll_moved_from", _CORRECTED})
# The date rule of a figure that carries its own date ("up from 37 a day earlier"): not the move's.
_OWN_DATE = frozenset({"right_after"})
# The marks that close a quotation open before the sentence, and how far after it its speaker starts
# (',"' then the name)
_CLOSING_QUOTES = frozenset({'"', "”"})
_AFTER_THE_CLOSE = 2
# The source rule of a figure a toll moved from, given by the toll's speaker (_moved_from_speaker).
_MOVED_TO = "toll_moved_to_speaker"
_EVENT_WEEK = "event_week"  # an undated article's weekday, read in the week of its incident's event
# The rule of a figure in a list of places ("killed 34 in India, 12 in Tibet"): each a part.
_PLACE_LIST = "place_list"
# A sentence without a figure is put aside for its speakers when it may name one.
_SPEAKER_CUES = lx.SPEAKER_CUES


@dataclass
class _Context:
    """What one sentence hands to the next: the last speaker, an open quotation."""

    speaker: str = ""
    named_speaker: str = ""
    named_person: str = ""  # the last speaker named who is one person ("he" may go past "officials" to them)
    in_quote: bool = False
    last_figure_sentence: int = -10
    event_date: str = ""  # the day the article's event took place ("the blast ... on Tuesday")
    # the day a phrase of the event names ("the Sept. 28 quake"), read when a figure counts days
    # from the event; None before
    named_event_day: str | None = None
    heading: str = ""  # the place a fact box's heading names ("ZIMBABWE"), for the lines under it
    heading_until: int = 0  # where the lines under the heading end (the next blank line)
    # the day each speaker's last figure the text dated stands at ("told reporters on Saturday")
    speaker_days: dict[str, str] = field(default_factory=dict)
    death_reported: bool = False  # "he died": a death without a figure
    # the span of the sentence before the one read, and of the one read ("It said" refers to
    # the body the sentence before opens with)
    previous_span: tuple[int, int] | None = None
    span: tuple[int, int] | None = None
    # speakers not noted yet, in reading order: spans of sentences not read, tokens of
    # sentences read for figures that had none, or frames found
    pending: list[tuple[int, int] | list[Token] | list[Frame]] = field(default_factory=list)
    # claims of an open quotation that names no speaker yet ('"We have 74 dead.' ... '," the
    # spokesman said.'): indexes into the claims
    awaiting: list[int] = field(default_factory=list)

    def flush(self, text: str) -> None:
        """Note the speakers put aside, when a figure needs them: most articles never do, and
        tokenizing the sentences is the dearest step."""
        for item in self.pending:
            if isinstance(item, tuple):
                _note_frames(self, find_frames(tokenize(text, *item)))
            elif item and isinstance(item[0], Token):
                _note_frames(self, find_frames(item))
            else:
                _note_frames(self, cast(list[Frame], item))
        self.pending.clear()


def extract_claims(article: Article) -> list[Claim]:
    """Every casualty claim in one article, in reading order, repeats merged: read by the
    rules of its language (stated, else detected); an article in a language the tracker does
    not read gives none (engine.extract_safely reports it as not read)."""
    language = article.language or detect_language(article.text)
    if language == ENGLISH:
        return _extract_english(article)
    reader = READERS.get(language)
    if reader is None:
        return []
    module, function = reader
    # imported here: the readers use this module's steps (merge_repeats)
    read: Callable[[Article], list[Claim]] = getattr(import_module(module, __package__), function)
    return read(article)


# language code -> (module, function) of its reader; a language plugs in with one entry
# (and its code in lexicon_detect.READ_LANGUAGES)
READERS: dict[str, tuple[str, str]] = {
    "ru": (".russian", "extract_claims_ru"),
    "fr": (".romance", "extract_claims_fr"),
    "es": (".romance", "extract_claims_es"),
}


def _extract_english(article: Article, week: date | None = None) -> list[Claim]:
    """The claims of an English article; ``week``: read it as undated, its weekdays as days of
    the week from that day (``_stamp_before_text``)."""
    published = parse_published(article.published) if week is None else None
    text = article.text
    year = reference_year(text) if published is None else None
    # an undated article: its latest day stands in for the publication date of undated figures
    stand_in = latest_date(text, year) if published is None and week is None else published
    # an article with no date at all, anchored to its incident's event: its weekdays are days of that week
    week_of = week or (parse_published(article.event_week)
                       if stand_in is None and article.event_week else None)
    claims: list[Claim] = []
    context = _Context()
    triggers: list[int] = []
    furniture: list[int] = []
    for m in _GATE.finditer(_lowered(text)):
        (furniture if m.group(1) else triggers).append(m.start())
    known = Surnames(text)
    # a live page's entries: each one's figures stand at its day (live.py)
    entries = entry_days(text, published)
    entry_starts = [at for at, _ in entries]
    for number, (start, end) in enumerate(sentence_spans(text)):
        sentence = text[start:end]
        context.previous_span, context.span = context.span, (start, end)
        k = bisect.bisect_right(entry_starts, start)
        entry = entries[k - 1][1] if k else None
        heading = _heading_place(sentence)
        if heading is not None:
            # a heading places the lines under it, to the end of the paragraph or box that follows it
            body = len(text) - len(text[end:].lstrip())
            stop = text.find(_PARAGRAPH_BREAK, body)
            context.heading, context.heading_until = heading, stop if stop >= 0 else len(text)
        elif context.heading and start >= context.heading_until:
            context.heading = ""
        quote_open_at_start = context.in_quote
        context.in_quote = _quote_open_after(sentence, context.in_quote)
        closes = quote_open_at_start and not context.in_quote
        if not _occurs_in(triggers, start, end) or _occurs_in(furniture, start, end):
            if closes and context.awaiting:
                tokens = tokenize(text, start, end)
                _name_the_quotation(context, claims, tokens, find_frames(tokens), text)
            if any(cue in sentence for cue in _SPEAKER_CUES):
                context.pending.append((start, end))
            continue
        tokens = tokenize(text, start, end)
        # the speakers of a sentence without a figure are read only when a later figure needs
        # them (most gated sentences have none: three in four on local crime news)
        frames = find_frames(tokens) if closes and context.awaiting else None
        if frames is not None:
            _name_the_quotation(context, claims, tokens, frames, text)
        figures = find_figures(tokens, claims[-1].category if claims else None)
        figures += find_people(tokens, figures, known)
        if pronoun_died(tokens):
            context.death_reported = True
            if not figures:
                _mark_died(claims, context, number, article.id)
        if not figures:
            context.pending.append(tokens if frames is None else frames)
            continue
        if frames is None:
            frames = find_frames(tokens)
        if figures:
            count_starts: list[DateMention] = []
            base = _entry_base(entry, published) or published
            dates = find_dates(tokens, base, year, week_of, count_starts)
            brackets = aside_owners(tokens)
            places = find_places(tokens, brackets)
            seen: dict[int, list[Place]] = {}
            dated = DateIndex(dates, {f.last for f in figures})
            events = event_phrases(tokens, dates)
            spans = [(tokens[f.first].start, tokens[f.last - 1].end) for f in figures]
            words, starts = [t.lower for t in tokens], sorted(f.first for f in figures)
            # a breakdown's "including", a semicolon and a clause's "as" stop a place at once
            # ("stood at 225 on Friday; two more were recorded in South Carolina"); another
            # figure's start only past a list's gap
            # where an "as" clause opens, or a "while" clause of another speaker
            walls = [k for k in range(len(words)) if _clause_as(words, k) or _clause_while(tokens, words, k)]
            stops = {k for k, w in enumerate(words) if w in lx.BREAKDOWN_OPENERS or w == ";"} | set(walls)
            # a count of remains the sentence gives no claim for stops a place too ("more than 280
            # after considering 29 remains at the Batticaloa Teaching Hospital")
            stops |= {k for k in range(len(tokens) - 1) if tokens[k].kind == "num"
                      and tokens[k + 1].lower in lx.REMAINS_NOUNS and k not in starts}
            barriers = starts + sorted(stops)
            # how many "after", "while" ... stand before each token
            shifts = [0, *itertools.accumulate(w in lx.TIME_SHIFTS for w in words)]
            # every id first: a part may come before its whole ("six were among 22 killed")
            categories = [_category(f) for f in figures]
            ids = [_claim_id(article.id, *span, c) for c, span in zip(categories, spans, strict=True)]
            for figure, category, claim_id, (span_start, span_end) in zip(figures, categories, ids, spans,
                                                                          strict=True):
                source, via, source_rule = _source(frames, figure, context, quote_open_at_start, text, claims)
                if figure.rule == _CORRECTED and _reported_by_others(words, figure.last):
                    # "the toll was 290 and not 359 as being reported by the media": the figure the
                    # speaker corrects is others' report, not its own earlier word
                    source, via, source_rule = "", "", _REPORTED_BY_OTHERS
                earlier = figure.rule in _EARLIER_RULES or said_earlier(
                    words, figure.first, starts, lx.EARLIER_MARKERS, bool(dated.cut), lx.KEEPING_VERBS) \
                    or overtaken_later(words, figure.last, starts, lx.LATER_CONTRASTS, lx.LATER_WORDS,
                                       lx.TIME_SPANS)
                # "had previously put the number wounded in Tuesday's blast at 5,000": not that day's
                as_of, date_rule = date_for(dated, tokens, figure.first, figure.last, earlier)
                if not as_of and context.event_date and _refers_to_the_event(tokens):
                    as_of, date_rule = context.event_date, EVENT_BEFORE
                if not as_of and lx.AFTER in words:
                    # "265 are confirmed missing, nine days after the earthquake" (of September 28)
                    if context.named_event_day is None:
                        context.named_event_day = _event_day(text, published, year)
                    as_of = _days_after_the_event(tokens, context.named_event_day or context.event_date,
                                                  published, figure.first)
                    date_rule = _DAYS_AFTER if as_of else date_rule
                if not as_of and not earlier and source_rule == _NAMED_BEFORE \
                        and source in context.speaker_days:
                    # "Rampangilei told reporters late on Saturday the toll had reached 420 ... 'It's
                    # estimated that 10,000 ...,' he was quoted as saying": the day he spoke
                    as_of, date_rule = context.speaker_days[source], _SPEAKER_DAY
                if not as_of and entry is not None:
                    as_of, date_rule = entry.isoformat(), LIVE_ENTRY  # "5/1 – Yonhap reports 221 dead"
                # a place after another clause's figure ("rose to 35,224 as officials said 31,643
                # had died in Turkey"; "more than 280 after considering 29 remains at the
                # Batticaloa Teaching Hospital"), not a list's ("25 dead and 383 injured in
                # Tibet"), or after "including", is not this figure's
                ahead = [k for k in barriers if k - figure.last > _LIST_GAP or k in stops
                         or shifts[k] > shifts[figure.last]]
                # the figure's own clause opened by "as" and reported by a speaker of another country
                # ("... in Zimbabwe comes as Mozambique's President said 1,000 ..."), not an aside
                # closed before the figure ("In Syria, as fighting raged, 30 ..."), nor one of the
                # place's event ("violent in Apache Junction, as four people were shot"; "Rescuers in
                # Kerala searched as officials said 40 had died")
                own = [w for w in walls if w < figure.first and "," not in words[w:figure.first]
                       and any(v in lx.SAY_VERBS for v in words[w:figure.first])
                       and any(gz.names_a_country(possessed(t.text)) for t in tokens[w:figure.first])]
                # the count a hospital's staff member gives for it is that hospital's, first
                near = text[max(start, span_start - _HOSPITAL_REACH):span_start]
                place = _speakers_hospital(near) or _bodies_held_at(tokens, figure) or place_for(
                    _visible(places, brackets, figure.first, seen), figure.first, figure.last, ahead, own)
                parent = "" if not figure.subset else _parent(figure, ids, claims, category)
                claims.append(Claim(
                    claim_id=claim_id, article_id=article.id, published=article.published[:10],
                    outlet=article.outlet, category=category, term=figure.term,
                    value=figure.count.value, low=figure.count.low, high=figure.count.high,
                    qualifier=figure.count.qualifier, source=source, via=via,
                    as_of=as_of or (stand_in.isoformat() if stand_in else ""),
                    location=place.text if place else context.heading, sentence=sentence,
                    start=span_start, end=span_end, unit=figure.unit,
                    hedged=figure.hedged or _feared(frames, tokens, figure.first),
                    forecast=figure.forecast,
                    partial=bool(place and place.partial)
                    or (figure.rule == _PLACE_LIST and not _a_total(tokens, figure.first))
                    or _ends_a_number_list(tokens, figure.first),
                    part_of=parent,
                    # "the toll reported earlier today": of the publication day, before its other figures
                    # "on Sunday revised the toll to 275 from 288": a toll moved from is before the move's day
                    as_of_basis=EARLIER if earlier and published and (
                        as_of == published.isoformat()
                        or (figure.rule in _EARLIER_RULES and date_rule not in _OWN_DATE))
                    else "text" if as_of else EARLIER if earlier
                    else "estimated" if stand_in and not published else "published" if published else "",
                    individuals=figure.individual,
                    surface=text[span_start:span_end], rule=figure.rule, source_rule=source_rule,
                    date_rule=(_EVENT_WEEK if week_of else date_rule) if as_of
                    else "published" if published else _LATEST_DAY if stand_in else date_rule,
                    event_date=event_date_for(events, tokens, figure.first, figure.last) if events else "",
                    language=ENGLISH,
                    counted_from=count_start(count_starts, tokens, figure.first, figure.last)
                    if count_starts else "",
                ))
                if context.in_quote and not source:
                    context.awaiting.append(len(claims) - 1)
                if source and len(as_of) == len("2018-09-29") and date_rule not in _NOT_SPEAKING_DAYS \
                        and not earlier:
                    context.speaker_days[source] = as_of
                if figure.rule == _PLACE_LIST and len(claims) > 1 and claims[-2].sentence == sentence:
                    # "34 in India, 12 in Tibet": the list's first figure is a place's too
                    claims[-2] = replace(claims[-2], partial=True)
            context.last_figure_sentence = number
            if not context.event_date:
                context.event_date = _event_date(tokens, dates)
        if any(_names_someone(f.speaker) for f in frames):
            context.pending.clear()  # a named speaker here supersedes the ones put aside
            context.named_person = next((f.speaker for f in reversed(frames) if _one_person(f.speaker)),
                                        context.named_person)
        if frames:
            context.pending.append(frames)
    if week_of is not None:
        claims = _latest_day_of_the_week(claims, text, week_of)
    claims = name_anonymous_organisations(claims, text)
    death = context.death_reported or any(c.category == "killed" for c in claims) \
        or bool(_DEATH.search(text))
    claims = _lost_scale(claims)
    claims = headline_events(merge_repeats(drop_superseded_wounds(resolve_shootings(claims, death))))
    claims = _modelled(_cut_off(area_scopes(locate(scope_claims(_without_sums(claims, text), text))), text))
    later = _stamp_before_text(claims, text, published) if published is not None and week is None else None
    return claims if later is None else _extract_english(article, later)


def _stamp_before_text(claims: list[Claim], text: str, published: date) -> date | None:
    """The day of the article's event when its date stamp is earlier than its text: read from
    the stamp, a figure's weekday falls in the week before the event the article names by its
    weekday (a page stamped Friday 09:28, when the attack began, whose text was brought up to
    date: "On Friday, a gunman opened fire"; "the toll climbed to 50, police confirmed
    Sunday"). The toll of the event cannot be older than the event: the weekdays are the week
    after it, and the stamp dates nothing. (A figure told by its verb, "a bombing killed 100
    on Tuesday", may be of an earlier event; "the toll" is the article's.)"""
    before = [c for c in claims if c.as_of_basis == "text" and len(c.as_of) == 10 and not c.event_date
              and c.rule == "toll" and c.as_of < published.isoformat()]
    if not before:
        return None
    named = event_weekdays(text)
    if len(named) != 1:
        return None
    event = published - timedelta(days=(published.weekday() - next(iter(named))) % 7)
    early = (event - timedelta(days=_WEEK_DAYS - 1)).isoformat()
    return event if any(early <= c.as_of < event.isoformat() for c in before) else None


_WEEK_DAYS = 7


def _entry_base(entry: date | None, published: date | None) -> date | None:
    """The day a live entry's weekdays are read from: the day after its stamp (a page stamped in
    one time zone reports "Thursday" in another: "5/7 - The search continues Thursday"), never
    after the page's own day."""
    if entry is None or published is None:
        return entry
    return min(entry + timedelta(days=1), published)


def _clause_as(words: list[str], k: int) -> bool:
    """"surpasses 160 as search for missing in North Carolina continues": an "as" that opens
    another clause, whose places are its own (not "as of", "as many as", "such as")."""
    return words[k] == "as" and k + 1 < len(words) and words[k + 1] not in lx.AS_NOT_CLAUSE \
        and (k == 0 or words[k - 1] not in lx.AS_NOT_CLAUSE)


def _speakers_hospital(before: str) -> Place | None:
    """"Aden Nur, a doctor at the city's Madina hospital, said they had recorded 258 deaths": the
    count the speaker's hospital received, that hospital's share of the toll (``before``: the
    sentence up to the figure)."""
    m = _SPEAKERS_HOSPITAL.search(before)
    return Place(0, 0, m.group(1).strip(), True) if m else None


_HOSPITAL_REACH = 240  # characters before a figure that may name the speaker's hospital
# a hospital's staff member, the hospital, the verb of saying, then "they/we (had) recorded"
_SPEAKERS_HOSPITAL = re.compile(
    r"\b(?i:" + "|".join(sorted(lx.HOSPITAL_STAFF_NOUNS)) + r")s?\s+(?:at|in|of|from)\s+(?:the\s+)?"
    r"(?:[a-z]+'s\s+|nearby\s+|main\s+)?((?:(?:(?:al|el|ad|as|an)-)?[A-Z][\w'’-]*\s+){1,3}(?i:"
    + "|".join(sorted(lx.BODY_FACILITIES)) + r"))\b[^.;]{0,40}?\b(?:" + "|".join(sorted(lx.SAY_VERBS))
    + r")\s+(?:that\s+)?(?i:" + "|".join(sorted(lx.FACILITY_PRONOUNS)) + r")\s+(?:had\s+|have\s+|has\s+)?(?:"
    + "|".join(sorted(lx.RECEIVING_VERBS)) + r")\s+(?:[a-z]+\s+){0,2}$")


def _bodies_held_at(tokens: list[Token], figure: Figure) -> Place | None:
    """"the number of bodies at the Batticaloa Teaching Hospital has reduced to 26": the bodies
    one morgue or hospital holds, its share of the toll (not "the number of deaths at al-Ahli
    hospital": the event's own site may be a hospital)."""
    if figure.term not in lx.REMAINS_NOUNS:
        return None
    for k in range(figure.first - 1, max(0, figure.first - _HELD_AT_REACH), -1):
        if tokens[k].lower in lx.REMAINS_NOUNS:
            break
    else:
        return None
    for j in range(k + 1, figure.first - 1):
        if tokens[j].lower not in {"at", "in"}:
            continue
        end = next((e for e in range(j + 1, min(figure.first, j + 2 + _FACILITY_WORDS))
                    if tokens[e].lower in lx.BODY_FACILITIES), None)
        if end is not None:
            start = j + 1 + (tokens[j + 1].lower == "the")
            return Place(start, end + 1, join_tokens(tokens[start:end + 1]), True)
    return None


_HELD_AT_REACH = 24  # tokens from "bodies" of "the number of bodies at ..." to its figure
_FACILITY_WORDS = 4  # words of a facility's name before its noun ("the Batticaloa Teaching Hospital")


def _clause_while(tokens: list[Token], words: list[str], k: int) -> bool:
    """"recorded 258 deaths while Ahmed Ali, a nurse at the nearby Osman Fiqi hospital, told
    Reuters five bodies had been sent there": a "while" that opens another speaker's clause, a
    name or a noun phrase its subject, whose places are its own (not "killed while praying in a
    mosque in Kabul", "shot while he was sitting on a bench in Charles Village, police said")."""
    return words[k] in lx.CONTRAST_CLAUSE_WORDS and k + 1 < len(words) \
        and (tokens[k + 1].is_capitalized or words[k + 1] in lx.DETERMINERS) \
        and any(w in lx.SAY_VERBS for w in words[k + 1:k + 1 + _WHILE_SPEAKER_REACH])


_WHILE_SPEAKER_REACH = 14  # words from "while" to its speaker's verb ("while X, a nurse at Y, told")


def _modelled(claims: list[Claim]) -> list[Claim]:
    """A figure of a source that models tolls instead of counting them (``MODELLING_SOURCES``)
    is a projection."""
    return [replace(c, forecast=True, hedged=True) if c.source and any(
        name in c.source.lower() for name in lx.MODELLING_SOURCES) else c for c in claims]


_CUT_PLACE = 3  # words of a place phrase at the cut: "in the ci", "across Mand"
_SENTENCE_END = re.compile(r"""[.!?:;…"'”’)\]]\s*$""")


def _without_sums(claims: list[Claim], text: str) -> list[Claim]:
    """Without a figure that a colon opens the breakdown of by category ("the number of people
    involved in the casualty are 869 persons: 512 are dead, 295 wounded and about 70 missing"):
    the sum of several categories is no count of any one of them."""
    out = []
    for c in claims:
        colon = _SUM_COLON.match(text, c.end)
        total = c.value if c.value is not None else c.low
        if colon is not None and total:
            listed = [d for d in claims if d.sentence == c.sentence and d.start > colon.end()
                      and d.value is not None]
            # the parts add up to it ("869: 512 dead, 295 wounded"), not a toll whose breakdown
            # follows ("45: 40 died at the scene and five in hospital, while 60 were wounded")
            parts = sum(d.value or 0 for d in listed)
            if c.category in {d.category for d in listed} and len({d.category for d in listed}) >= 2 \
                    and abs(parts - total) <= _SUM_TOLERANCE * total:
                continue
        out.append(c)
    return out


# the colon after a figure, past its noun at most ("869 persons:")
_SUM_COLON = re.compile(r"[ \t]*(?:\w+[ \t]*)?:")
_SUM_TOLERANCE = 0.1  # how far the parts may fall short of the sum (a category it does not count)


def _cut_off(claims: list[Claim], text: str) -> list[Claim]:
    """A text cut off inside the phrase that places its last figures ("Twenty-two people were
    killed, and 35 injured, in the ci": a page excerpt, a paywall) leaves their place unknown:
    a part of the area, not the whole event's toll."""
    body = text.rstrip()
    if not claims or not body or _SENTENCE_END.search(body):
        return claims
    words = body.split()
    cut = next((len(words) - k for k in range(1, _CUT_PLACE + 1) if k < len(words)
                and words[-k - 1].lower() in lx.PLACE_PREPOSITIONS), None)
    if cut is None or any(w.lower().strip(",") in lx.DISASTER_NOUNS for w in words[cut:]):
        return claims
    place_at = len(body) - len(" ".join(words[cut - 1:]))
    return [replace(c, scope="area", location="") if c.scope == "whole" and body.endswith(c.sentence)
            and c.end <= place_at else c for c in claims]


def _latest_day_of_the_week(claims: list[Claim], text: str, week_of: date) -> list[Claim]:
    """An article dated by its event's week (``Article.event_week``): the latest day of that
    week it writes, by a figure or by a saying ("He said Thursday that ..."), stands in for the
    date of its undated figures ("estimated"), as the latest day an undated article writes
    does (``latest_date``)."""
    written = [(week_of + timedelta(days=(lx.WEEKDAYS[m.group(1).lower()] - week_of.weekday()) % 7))
               .isoformat() for pattern in (_WEEKDAY_OF_WEEK, _WEEKDAY_OPENING)
               for m in pattern.finditer(text)]
    latest = max([c.as_of for c in claims if c.as_of_basis == "text" and len(c.as_of) == 10] + written,
                 default="")
    if not latest:
        return claims
    # (a figure said earlier, "up from the previous toll of 717", stays before that day)
    return [c if c.as_of else replace(c, as_of=latest, date_rule=_LATEST_DAY,
                                      as_of_basis=EARLIER if c.as_of_basis == EARLIER else "estimated")
            for c in claims]


# the day of a saying ("a senior official said Thursday", "He said on Thursday that"): a
# weekday in full right after a verb of saying, not in another week ("on Thursday last week");
# a weekday of what was done ("notified their counterparts on Tuesday") may be before the event
_WEEKDAY_OF_WEEK = re.compile(
    r"\b(?:" + "|".join(sorted(lx.SAY_VERBS)) + r")\s+(?:on\s+)?"
    r"(" + "|".join(w.capitalize() for w in lx.WEEKDAYS if len(w) > 5)
    + r")\b(?! last week| next week)")
# the day a report opens with ("On Sunday, at least 153 people were crushed ..."): the day it tells
_WEEKDAY_OPENING = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)On\s+(" + "|".join(w.capitalize() for w in lx.WEEKDAYS if len(w) > 5) + r"),")


def _visible(places: list[Place], brackets: list[int] | None, first: int,
             seen: dict[int, list[Place]]) -> list[Place]:
    """The sentence's places a figure at token ``first`` may be about, once per aside."""
    if brackets is None:
        return places
    bracket = brackets[first]
    if bracket not in seen:
        seen[bracket] = visible_from(places, bracket)
    return seen[bracket]


def resolve_shootings(claims: list[Claim], death_reported: bool) -> list[Claim]:
    """"Four people were shot": wounded when the article reports no death, else unknown
    (the figure may count the dead too) and dropped, unless it counts others than the dead
    ("three others were also shot")."""
    if not any(c.category == lx.SHOT for c in claims):
        return claims
    if death_reported:  # only "three others were also shot" stays: others than the dead
        claims = [c for c in claims if c.category != lx.SHOT or _others(c)]
    return [replace(c, category="injured", claim_id=_claim_id(c.article_id, c.start, c.end, "injured"),
                    rule="shot_no_death") if c.category == lx.SHOT else c for c in claims]


def _others(claim: Claim) -> bool:
    return any(w in lx.OTHER_WORDS for w in claim.surface.lower().split())


_ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){0,4}(?:" + "|".join(lx.ORGANISATION_NOUNS) + r")\b"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?")


def name_anonymous_organisations(claims: list[Claim], text: str) -> list[Claim]:
    """"A monitoring group said": when the article names exactly one organisation of that
    kind elsewhere ("the Syrian Observatory for Human Rights"), the group is that one."""
    anonymous = [c for c in claims if _anonymous_organisation(c.source)]
    if not anonymous:
        return claims
    names = {m.group().strip().removeprefix("The ") for m in _ORGANISATION.finditer(text)
             if len(m.group().split()) > 1}
    names = {n for n in names if not any(n != other and n in other for other in names)}
    if len(names) != 1:
        return claims
    (name,) = names
    return [replace(c, source=name, source_rule="named_organisation") if c in anonymous else c
            for c in claims]


def _anonymous_organisation(source: str) -> bool:
    words = source.lower().split()
    return len(words) >= 2 and words[0] in {"a", "an"} and words[-1] in lx.ANONYMOUS_ORGANISATIONS


def _occurs_in(positions: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def _lowered(text: str) -> str:
    """The article in lower case, character for character: casualty words and site furniture
    are found in it with the offsets of the text."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters ("İ") lower-case to two characters
        lowered = "".join(ch.lower()[0] for ch in text)
    return lowered


def _mark_died(claims: list[Claim], context: _Context, number: int, article_id: str) -> None:
    """"A man was shot in the leg. He died at the hospital.": that man is killed, not wounded."""
    if not claims or number - context.last_figure_sentence > 2:
        return
    last = claims[-1]
    if last.category == "injured" and last.value == 1 and _person_key(last):
        claims[-1] = replace(last, category="killed", term=f"{last.term}, died", rule="died_later",
                             claim_id=_claim_id(article_id, last.start, last.end, "killed"))


def extract_all(articles: Iterable[Article]) -> Iterator[Claim]:
    for article in articles:
        yield from extract_claims(article)


def _category(figure: Figure) -> Reading:
    """A figure's category: find_figures returns no figure still waiting for one."""
    if figure.category is None:
        raise ValueError(f"a figure without its category: {figure}")
    return figure.category


def _parent(figure: Figure, ids: list[str], claims: list[Claim], category: str) -> str:
    """The claim a breakdown is part of: its whole in the sentence, else an earlier total."""
    if figure.parent is not None and figure.parent < len(ids):
        return ids[figure.parent]
    return _last_total(claims, category)


def _last_total(claims: list[Claim], category: str) -> str:
    """The figure an earlier sentence gave that a breakdown here refers to: not one of another
    year ("as many as 1,800 died in 2005 when Hurricane Katrina ...")."""
    return next((c.claim_id for c in reversed(claims[-_TOTAL_LOOKBACK:]) if c.category == category
                 and not c.part_of and not _other_year(c)), "")


_TOTAL_LOOKBACK = 60  # claims back a breakdown looks for its total


def _other_year(claim: Claim) -> bool:
    """A figure dated well before its article ("in 2005", "in August 2016"): another event's."""
    published = parse_published(claim.published)
    if not (claim.as_of and published):
        return False
    try:
        return (published - period_end(claim.as_of)).days > _OLD_DAYS
    except ValueError:
        return False


_OLD_DAYS = 90  # days before its article that make a dated figure another event's


# ---------------------------------------------------------------- sources across sentences


def _source(frames: list[Frame], figure: Figure, context: _Context, in_quote: bool,
            text: str, claims: list[Claim]) -> tuple[str, str, str]:
    """(source, via, rule): attribution.attribute's, or the speaker of an open quotation
    ("open_quote"), the named speaker before for a pronoun ("named_before"), the speaker
    named before for "the source" ("definite_named_before")."""
    source, via, rule = attribute(frames, figure.first)
    if _share_of_victims(source):
        source, via, rule = "", "", ""  # "with most of the victims reported in Valencia": no speaker
    definite = _definite(source)
    if (not source and in_quote) or source.lower() in lx.PRONOUNS or definite:
        context.flush(text)
    if not source and in_quote and context.speaker:
        source, rule = context.speaker, "open_quote"
    if source.lower() in lx.BODY_PRONOUNS:
        # "Iran has blamed the disaster on the kingdom. It said ...": the body the sentence
        # before opens with, else the body named before; never a person, nor "It" itself
        subject = body_subject(tokenize(text, *context.previous_span)) if context.previous_span else ""
        before = context.named_speaker
        body = before if before and before.lower() not in lx.PRONOUNS and (
            not _one_person(before) or any(w.lower() in lx.SOURCE_NOUNS for w in before.split())) else ""
        source, rule = (subject, _BODY_BEFORE) if subject else (body, _NAMED_BEFORE) if body else ("", "")
    if source.lower() in lx.PRONOUNS and context.named_speaker:
        before = context.named_speaker
        if source.lower() in lx.PERSONAL_PRONOUNS and context.named_person and _plural(before):
            before = context.named_person  # "Rampangilei said ... officials added ... he was quoted"
        source, rule = before, _NAMED_BEFORE
    if definite:
        # "according to the source": the source named before ("a source at the governorate")
        earlier = [context.named_speaker, *(c.source for c in reversed(claims))]
        named = next((name for name in earlier if len(name.split()) > 1 and name != source
                      and definite in name.lower().split()), None)
        if named is None and definite in lx.BACK_REFERENCE_TITLES and _personal_name(context.named_speaker):
            named = context.named_speaker  # "Ana Ruiz said ... The official also said"
        if named is None and definite in lx.DOCUMENT_NOUNS:
            # "according to the release": the one whose release was named before ("a news release
            # from the Milwaukee Police Department")
            named = _document_named_before(claims, definite, source)
        if named is not None:
            source, rule = named, "definite_named_before"
    return source, via, rule


def _feared(frames: list[Frame], tokens: list[Token], first: int) -> bool:
    """Is the nearest verb of saying before the figure at ``first`` one of fearing ("officials
    fear 5,000 are missing")?"""
    before = [f for f in frames if f.leading and f.verb < first]
    if not before:
        return False
    verb = max(before, key=lambda f: f.verb).verb
    # the figure is what is feared, right after the verb ("fear more than 5,000"), not a figure of
    # another clause ("fear spread of disease as the death toll passes 6,800")
    return tokens[verb].lower in lx.FEAR_VERBS and first - verb <= _FEARED_REACH \
        and tokens[verb + 1].lower not in lx.FEAR_NOT_OF \
        and not any(t.kind == "punct" or t.lower in lx.CONJUNCTIONS for t in tokens[verb + 1:first])


_FEARED_REACH = 4  # tokens from a verb of fearing to its figure ("fear that more than 5,000")


def _share_of_victims(source: str) -> bool:
    """"the overwhelming majority of victims", "most of the dead": a share of the victims, never
    a speaker ("relatives of the victims" are)."""
    words = source.lower().split()
    if len(words) < 3 or words[-1] not in lx.VICTIM_HEADS:
        return False
    of = len(words) - (3 if words[-2] == "the" else 2)
    return of > 0 and words[of] == "of" and words[of - 1] in lx.SHARE_WORDS


def _names_someone(speaker: str) -> bool:
    """A speaker that "he", "she" or "the official" can refer back to: not a pronoun, nor
    reports or figures ("..., news reports said. More than 4,300 were injured, he said")."""
    return speaker.lower() not in lx.PRONOUNS and speaker.split()[-1].lower() not in lx.DATA_NOUNS


def _one_person(speaker: str) -> bool:
    """A speaker named by a person's name, with or without a title ("Willem Rampangilei", "the
    agency head Willem Rampangilei")."""
    return _names_someone(speaker) and _personal_name(" ".join(speaker.split()[-2:]))


def _plural(speaker: str) -> bool:
    """"officials", "Indonesian officials", "rescuers": a speaker in the plural, whom "he" is not."""
    last = speaker.split()[-1] if speaker else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _personal_name(speaker: str) -> bool:
    """"Ramón Rosario": two or three capitalised words that name no body ("Health Ministry")."""
    words = speaker.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and not any(w.lower() in lx.SOURCE_NOUNS or w.lower() in lx.AUTHORITIES for w in words)


def _definite(source: str) -> str:
    """The noun of "the source", "the official", "the ministry" (a speaker read without its
    article, one singular common noun), which names someone the article named before; else ""."""
    words = source.split()
    if 1 < len(words) <= _DOCUMENT_WORDS and source.islower() and words[-1] in lx.DOCUMENT_NOUNS \
            and not words[-1].endswith("s") and words[0] not in lx.INDEFINITES \
            and not any(w in lx.SOURCE_NOUNS or w in lx.AUTHORITIES or "'" in w or "’" in w
                        for w in words[:-1]):
        # "the brief statement said": the statement named before (not "a police report": its
        # issuer is named, and "a" opens a new one)
        return words[-1]
    if " " in source or not source.islower() or source.endswith("s") or source in lx.GENERIC_SPEAKERS:
        return ""
    return source


_DOCUMENT_WORDS = 3  # words of a document's name ("the brief written statement")


def _document_named_before(claims: list[Claim], noun: str, source: str) -> str | None:
    """Who issued "the statement" a speaker's name is, or "the release": the source of the last
    claim whose sentence names such a document ("Maui County said in a statement"), else None
    (not merely the last speaker: "the rebels' statement" after the army's figure)."""
    last = next((c for c in reversed(claims) if c.source), None)
    if last is None or (len(source.split()) > 1 and noun not in last.sentence.lower()):
        return None  # "the brief statement": only a document the sentence before named
    return last.source


def _reported_by_others(words: list[str], last: int) -> bool:
    """Does "as (being) reported", "as reported by the media" follow the figure ending at
    ``last``: a figure others gave?"""
    after = words[last:last + _REPORTED_REACH]
    # not the speaker's own ("as it reported on Monday", "as stated in his earlier statement")
    own = any(w in lx.PRONOUNS or w in lx.POSSESSIVE_PRONOUNS for w in words[last + 1:last + _OWN_REACH])
    return after[:1] == [lx.AS] and any(w in lx.REPORTED_WORDS for w in after) and not own


_REPORTED_BY_OTHERS = "reported_by_others"
_REPORTED_REACH = 3  # words from a corrected figure to its "reported" ("359 as being reported")
_OWN_REACH = 6  # words after a corrected figure that may name its speaker's own report


def _ends_a_number_list(tokens: list[Token], first: int) -> bool:
    """Does the figure at ``first`` close a list of bare numbers that share its noun ("113, 29,
    48 and 09 deaths have been reported from St. Sebastian's, Zion Church, ... respectively")?
    Each counts one of the places the sentence lists: a breakdown, no toll of the whole."""
    if first < 2 or tokens[first - 1].lower != "and":
        return False  # a list's last number follows its "and" ("48 and 09 deaths"), not a comma
    k, numbers = numbers_listed_before(tokens, first)
    # not days after a month ("on March 3, 4 and 5 12 died"), nor ages ("aged 19, 22 and 25")
    opener = tokens[k].lower if k >= 0 else ""
    return numbers >= _NUMBER_LIST and opener not in lx.MONTHS and opener not in lx.AGE_LIST_WORDS


_NUMBER_LIST = 2  # bare numbers before a figure that make it the last of a list


def _a_total(tokens: list[Token], first: int) -> bool:
    """"211 deaths in Valencia and a total of 215 in Spain": the list's total, the whole of
    the parts before it, not one more part."""
    return any(t.lower in lx.TOTAL_WORDS for t in tokens[first:first + _TOTAL_REACH])


_TOTAL_REACH = 2  # tokens of "a total" that open a figure


def _event_date(tokens: list[Token], dates: list[DateMention]) -> str:
    """The day of the event a sentence dates ("the deadly blast at the hospital which killed
    hundreds on Tuesday"): a day (not a cut-off) with an event noun in the sentence."""
    if not any(t.lower in lx.EVENT_NOUNS for t in tokens):
        return ""
    days = [m.iso for m in dates if not m.cumulative and len(m.iso) == 10]
    return days[0] if len(days) == 1 else ""


_NAMED_BEFORE = "named_before"  # _source: "he" is the speaker named before
_BODY_BEFORE = "body_before"  # _source: "it" is the body the sentence before opens with
_SPEAKER_DAY = "speaker_day"  # date_rule: the day the speaker named before was dated by
# dates of a figure that are not the day its speaker spoke ("as of", an event's day)
_NOT_SPEAKING_DAYS = frozenset({EVENT_BEFORE, "days_after_event", "speaker_day", LIVE_ENTRY})
_DAYS_AFTER = "days_after_event"
_EVENT_AFTER_REACH = 6  # tokens from "after" to the event noun ("after the magnitude 7.5 earthquake")


def _event_day(text: str, published: date | None, year: int | None) -> str:
    """The day the article dates its event by, in the first sentence that does ("when the
    Sept. 28 quake caused the soil to liquefy"), figures or not; "" if none does."""
    for start, end in sentence_spans(text):
        if not any(w in lx.EVENT_NOUNS for w in _lowered(text[start:end]).split()):
            continue
        tokens = tokenize(text, start, end)
        # a day that names the event ("the Sept. 28 quake", "the quake on Friday"), not any
        # day of a sentence with an event noun ("Sunday sermons in the quake-hit city")
        days = [m.iso for m in find_dates(tokens, published, year)
                if (m.names_event or m.after_event or _struck_on(tokens, m.start))
                and len(m.iso) == len("2018-09-28")]
        if days:
            return days[0]
    return ""


def _heading_place(sentence: str) -> str | None:
    """The place a heading line in capitals names ("ZIMBABWE", "SOUTH SUDAN"), as the
    gazetteer writes it; "" for a heading that names none (a new section of no place); None
    for a line that is no heading."""
    line = sentence.strip()
    if not line or len(line) > _HEADING_CHARS or not line.isupper() or "\n" in line \
            or not all(w.isalpha() for w in line.replace("-", " ").split()):
        return None
    place = gz.resolve(line.title())
    return place.name if place is not None and place.kind in lx.HEADING_PLACE_KINDS else ""


_HEADING_CHARS = 40  # a heading line is this long at most
_PARAGRAPH_BREAK = "\n\n"


def _struck_on(tokens: list[Token], k: int) -> bool:
    """"The earthquake struck on September 28": the day after an event noun and its verb."""
    return k >= 3 and tokens[k - 1].lower in lx.WEEKDAY_PREPOSITIONS \
        and tokens[k - 2].lower in lx.EVENT_OCCURRENCE_VERBS \
        and tokens[k - 3].lower in lx.DATED_EVENT_NOUNS


def _days_after_the_event(tokens: list[Token], event_date: str, published: date | None, first: int) -> str:
    """The day "nine days after the earthquake" is, the article having dated its event before
    ("the Sept. 28 quake"); "" when the sentence counts no days from the event ("a day after
    airstrikes on a school" names another), or the day would be after the publication."""
    if not event_date:
        return ""
    for k, tok in enumerate(tokens):
        if tok.lower != lx.AFTER or k < 2 or tokens[k - 1].lower not in lx.SPAN_DAYS \
                or k + 1 >= len(tokens) or tokens[k + 1].lower not in lx.EVENT_DEICTICS:
            continue  # "a day after deadly airstrikes on a school": another event than the one dated
        if not any(t.lower in lx.DATED_EVENT_NOUNS for t in tokens[k + 1:k + 1 + _EVENT_AFTER_REACH]):
            continue
        lo, hi = sorted((k, first))
        if any((t.lower in lx.TIME_SHIFTS and t.lower != lx.AFTER) or t.text == ";"
               for t in tokens[lo + 1:hi]):
            continue  # "two days after the quake, but officials now say 300 are missing": another time
        word = tokens[k - 2]
        count = int(word.text) if word.text.isdigit() else lx.UNITS.get(word.lower) \
            or (1 if word.lower in lx.ARTICLES else None)
        if count is None:
            continue
        try:
            day = date.fromisoformat(event_date) + timedelta(days=count * lx.SPAN_DAYS[tokens[k - 1].lower])
        except ValueError:
            return ""
        return day.isoformat() if published is None or day <= published else ""
    return ""


def _refers_to_the_event(tokens: list[Token]) -> bool:
    """"Within an hour of the blast, the ministry said 500 had died": a figure of the event
    the article dated before, in the past tense; a toll that "has risen" runs to now."""
    words = [t.lower for t in tokens]
    if any(w in lx.PERFECT_AUX for w in words) or any(w in lx.RUNNING_WORDS for w in words):
        return False
    return any(w in lx.EVENT_NOUNS and k > 0 and words[k - 1] in lx.EVENT_DEICTICS
               for k, w in enumerate(words))


def _name_the_quotation(context: _Context, claims: list[Claim], tokens: list[Token], frames: list[Frame],
                        text: str) -> None:
    """The sentence that closes a quotation names its speaker after it ('... later," Judith
    Nabakooba, the police spokeswoman, said.'; '..., he said.': the one named before; '...,"
    de Mistura told reporters.': a speaker right after the closing mark): the quotation's
    figures that had no speaker take that one ("quote_closed_later")."""
    close = next((k for k, t in enumerate(tokens) if t.text in _CLOSING_QUOTES), len(tokens))
    after = [f.speaker for f in frames if f.kind in {"say", "relay"}
             and (not f.leading or 0 < f.start - close <= _AFTER_THE_CLOSE)]
    speaker = after[0] if after else ""
    if speaker.lower() in lx.PRONOUNS:
        context.flush(text)
        speaker = context.named_speaker
    if _definite(speaker) in lx.DOCUMENT_NOUNS and context.awaiting:
        # '..., the brief statement said': whose statement the article named before
        speaker = _document_named_before(claims[:context.awaiting[0]], _definite(speaker), speaker) or speaker
    if speaker:
        for k in context.awaiting:
            claims[k] = replace(claims[k], source=speaker, source_rule="quote_closed_later")
    context.awaiting.clear()


def _note_frames(context: _Context, frames: list[Frame]) -> None:
    for frame in frames:
        context.speaker = frame.speaker
        if _names_someone(frame.speaker):
            context.named_speaker = frame.speaker
            if _one_person(frame.speaker):
                context.named_person = frame.speaker
        elif context.named_speaker:
            context.speaker = context.named_speaker


def _quote_open_after(sentence: str, open_before: bool) -> bool:
    """Is a quotation still open after this sentence? Curly quotes say so directly; straight
    ones by their parity."""
    opens, closes = sentence.count("“"), sentence.count("”")
    if opens or closes:
        return opens > closes or (open_before and opens == closes and not closes)
    if sentence.count('"') % 2:
        return not open_before
    return open_before


# ---------------------------------------------------------------- repeats and ids


def _claim_id(article_id: str, start: int, end: int, category: str) -> str:
    digest = hashlib.sha1(f"{article_id}\0{start}\0{end}\0{category}".encode()).hexdigest()
    return "c" + digest[:12]


def _person_key(claim: Claim) -> str:
    words = claim.surface.lower().split()
    if claim.value != 1 or not words or words[0] in {"another", "one", "other"}:
        return ""
    return words[-1]


def _repeats(a: Claim, b: Claim) -> bool:
    """Can b be a as said again?"""
    if a.source and b.source and a.source.casefold() != b.source.casefold() \
            and not _acronym_of(a.source, b.source) \
            and not _acronym_of(b.source, a.source) and not _one_body(a.source, b.source) \
            and not _named_again(a.source, b.source) and not _one_authorities_count(a, b) \
            and _title_words(a.source) != _title_words(b.source):
        return False
    return _same_day(a, b) and not _same_sentence(a, b) and _same_person(a, b)


def _named_again(name: str, other: str) -> bool:
    """One person by a full name and again by its last words ("UN Special Envoy for Syria
    Staffan de Mistura", then "de Mistura"): the shorter a capitalised name that no body's word
    makes ("Police" and "State Police" may be two forces)."""
    short, full = sorted((name.split(), other.split()), key=len)
    return len(short) < len(full) and full[-len(short):] == short and short[-1][:1].isupper() \
        and all(w[:1].isupper() or w in lx.NAME_PARTICLES for w in short) \
        and not any(w.lower() in lx.SOURCE_NOUNS or w.lower() in lx.AUTHORITIES for w in short)


def _one_authorities_count(a: Claim, b: Claim) -> bool:
    """One authority's count told twice (``_one_authority``): of no two places ("40 died in
    Hatay", "40 died in Aleppo"), and of a crowd (``ONE_AUTHORITY_MIN``: "two people were killed"
    by police and by a police chief may be two shootings of one article)."""
    return not (a.location and b.location and a.location != b.location) \
        and (a.value or 0) >= lx.ONE_AUTHORITY_MIN and _one_authority(a.source, b.source)


def _one_authority(name: str, other: str) -> bool:
    """A state's body or its officials in general and one of its officials by title, in one
    article ("officials" and "Odisha Chief Secretary PK Jena", "The Odisha Government" and
    "Chief Secretary PK Jena"): one authority giving one figure, both of one kind of source
    (``ONE_AUTHORITY_KINDS``: a state's), one of the two a body or officials unnamed. Two named
    officials, a ministry and a UN agency, or the police and the army are two sources."""
    kind = source_kind(name)
    if kind not in lx.ONE_AUTHORITY_KINDS or source_kind(other) != kind:
        return False
    return any(_body_head(n) or _unnamed_officials(n) for n in (name, other))


def _title_words(name: str) -> list[str]:
    """A title's words with its country and abbreviations written one way: "Nepal's PM" and
    "Nepali prime minister" -> ["NPL", "prime", "minister"] (``TITLE_ABBREVIATIONS``)."""
    out: list[str] = []
    for word in name.split():
        bare = re.sub(r"['’]s$", "", word)
        place = gz.country_named(bare)
        code = place.country if place is not None else gz.country_of_demonym(bare)
        if code:
            out.append(code)
        elif bare.lower() not in lx.TITLE_FILLERS:
            out += lx.TITLE_ABBREVIATIONS.get(bare.lower(), bare.lower()).split()
    return out


def _unnamed_officials(name: str) -> bool:
    """"officials", "railway officials", "authorities": officials no name or title picks out."""
    words = name.lower().split()
    return bool(words) and words[-1] in lx.UNNAMED_OFFICIALS and all(w.islower() for w in name.split())


def _one_body(name: str, other: str) -> bool:
    """A country's government under two of its names ("Authorities in Nepal", "the government")."""
    head, other_head = _body_head(name), _body_head(other)
    return bool(head) and head == other_head


def _body_head(name: str) -> str:
    """The generic body a name is ("Authorities in Nepal" -> government), else ""."""
    words = name.lower().split()
    cut = next((k for k, w in enumerate(words) if w in lx.NAME_PHRASE_LINKS), len(words))
    head = words[cut - 1] if cut else ""
    return lx.GOVERNMENT_WORDS.get(head, "")


def _acronym_of(name: str, other: str) -> bool:
    """Is ``other`` named by the initials of ``name`` ("United Nations" and "UN Special Envoy
    Staffan de Mistura")?"""
    capitals = [w for w in name.split() if w[:1].isupper()]
    if len(capitals) < 2 or len(capitals) != len(name.split()):
        return False
    initials = "".join(w[0] for w in capitals)
    return any(w == initials for w in other.replace(".", "").split())


_WEEK = 7


def _same_day(a: Claim, b: Claim) -> bool:
    """The same date, or one mention undated (its date the publication's) and the other
    dated in the week before, from the same source or with the undated one an unattributed
    headline ("7 killed" over "seven died on Saturday, the emergency centre said"). (The
    outlet's own undated sentence beside a ministry's dated one is the outlet's claim: two
    sources that agree.)"""
    if a.as_of == b.as_of:
        return True
    one_person = a.individuals and b.individuals and not (a.source and b.source)
    # "Man killed" over "a man was killed, police said"; "7 killed" over "seven died, the centre said"
    headline = any(c.as_of_basis == "published" and not c.source and _headline(c) for c in (a, b))
    if a.source.casefold() != b.source.casefold() and not one_person and not headline \
            and not _one_authorities_count(a, b):
        return False
    undated = [c for c in (a, b) if c.as_of_basis == "published"]
    if len(undated) != 1 or len(a.as_of) != 10 or len(b.as_of) != 10:
        return False
    dated = b if undated[0] is a else a
    try:
        days = (date.fromisoformat(undated[0].as_of) - date.fromisoformat(dated.as_of)).days
    except ValueError:
        return False
    return 0 <= days <= _WEEK


def headline_events(claims: list[Claim]) -> list[Claim]:
    """A headline's figure is about the event of the body's figure it rounds ("Quake toll
    reaches 19; nearly 1,000 hurt" over "981 injured in an earthquake on Tuesday"), its own
    figure's first ("Stampede killed at least 1,399" over the body's 1,399, not over "a stampede
    in 1990 killed 1,426" it is near)."""
    dated = [c for c in claims if c.event_date and not _headline(c)]
    if not dated:
        return claims
    out = []
    for c in claims:
        if not c.event_date and _headline(c) and c.mentions == 1:  # (not one the body repeats)
            same = [d for d in dated if d.category == c.category and d.count.point() == c.count.point()]
            body = next((d for d in same or dated if d.category == c.category and _rounds(c, d)), None)
            if body is not None:
                c = replace(c, event_date=body.event_date)
        out.append(c)
    return out


def _rounds(headline: Claim, body: Claim) -> bool:
    a, b = headline.count.point(), body.count.point()
    return a is not None and b is not None and min(a, b) > 0 and max(a, b) / min(a, b) <= _ROUNDING


_ROUNDING = 1.1  # a headline's "nearly 1,000" for the body's 981


def _lost_scale(claims: list[Claim]) -> list[Claim]:
    """The claims without a headline figure that the article writes a thousand or a million
    times over in the same category ("150 confirmed dead" over "the toll has topped 150,000"
    and "150K bodies"): the headline lost its scale word, its figure is the body's."""
    values = {(c.category, c.value) for c in claims if c.value is not None}
    return [c for c in claims if not (
        _headline(c) and c.value is not None and c.value >= _LOST_SCALE_MIN
        and any((c.category, c.value * scale) in values for scale in _LOST_SCALES))]


_LOST_SCALES = (1_000, 1_000_000)
_LOST_SCALE_MIN = 2  # "1 killed" over "1,000 killed" may be two figures; "150 dead" over "150,000" is not


def _headline(claim: Claim) -> bool:
    """A headline's figure: its sentence ends without a full stop ("7 killed as bus falls")."""
    return not claim.sentence.rstrip().endswith((".", "!", "?", '"', "\u201d"))


_NEAR = 40  # characters: "two killed in Homs and two in Hama" are two figures


def _same_sentence(a: Claim, b: Claim) -> bool:
    """Two parts of one list ("two women and two children"), or two figures a few words
    apart, are two figures; a headline run into its lede (no full stop between) still
    repeats it."""
    if a.sentence != b.sentence or abs(a.start - b.start) >= len(a.sentence):
        return False
    return bool(a.part_of and b.part_of) or abs(a.start - b.start) < _NEAR


def _same_person(a: Claim, b: Claim) -> bool:
    """Can two claims be one figure said twice? Always for counts. People told one at a time
    are often the same person said again ("a man", "the victim", "Mike Franck"), unless the
    text says it is someone else ("another man", "a second victim") or names two people."""
    if not (a.individuals or b.individuals):
        return True
    words = [claim.surface.lower().split() for claim in (a, b)]
    if any(w[0] in {"another", "other"} or (len(w) > 1 and w[1] in lx.ORDINALS) for w in words):
        return False
    # "the victim" or "Mike Franck" may be "a man"; "a man" is not "a teenage boy", nor is
    # "Ana Ruiz" "Omar Idris"
    named = {w[-1] not in lx.PERSON_NOUNS for w in words}
    last = {w[-1] for w in words}
    return len(named) == 2 or len(last) == 1 or bool(last & lx.ANY_PERSON)


def drop_superseded_wounds(claims: list[Claim]) -> list[Claim]:
    """"The boy was shot in the leg ... the boy died": one person, killed, not also wounded."""
    dead = {_person_key(c) for c in claims if c.category == "killed"} - {""}
    if not dead:
        return claims
    return [c for c in claims if not (c.category == "injured" and _person_key(c) in dead)]


def merge_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per figure per source and date: a headline that repeats the body's figure,
    or a lede restated later, is one claim with ``mentions`` > 1. The first mention keeps its
    span; a source named at any mention is kept. Two figures of one sentence are never one
    ("two women and two children"), nor two people told one by one unless they are the same
    ("a man was killed ... another man died"). A mention the text does not date (a headline)
    repeats one of the same source it dates in the week before publication ("54 killed" over
    "54 civilians were killed on Tuesday"), and takes that date; an unattributed one may
    repeat an attributed one too ("Man killed" over "a man was killed on Friday, police
    said")."""
    out: list[Claim] = []
    index: dict[tuple[object, ...], list[int]] = {}
    alias: dict[str, str] = {}
    for claim in claims:
        figure = claim.value if claim.value is not None else (claim.low, claim.high)
        key = (claim.category, figure, claim.unit, bool(claim.part_of))
        k = next((k for k in reversed(index.get(key, [])) if _repeats(out[k], claim)), None)
        if k is None:
            index.setdefault(key, []).append(len(out))
            out.append(claim)
            continue
        kept, other = out[k], claim
        # (a body named first keeps its name over its official's: "The Odisha Government", not
        # "Chief Secretary PK Jena"; "officials" yield to the official named)
        body_first = _one_authorities_count(kept, other) and not _unnamed_officials(kept.source) \
            and not _body_head(other.source)
        if (other.source and not kept.source) or (
                kept.source and len(other.source) > len(kept.source) and not body_first):
            # the attributed mention speaks for both, and of two names of one source
            # ("United Nations", "UN Special Envoy Staffan de Mistura") the fuller
            kept, other = other, kept
        dated = kept if kept.as_of_basis == "text" or other.as_of_basis != "text" else other
        # "Toll hits 1,420" over "rose to more than 1,420": the mention that bounds the figure
        # says what it is, the other shortens it
        bounded = other if kept.qualifier == "exact" and other.qualifier not in ("exact", "vague") else kept
        alias[other.claim_id] = kept.claim_id
        out[k] = replace(kept, mentions=kept.mentions + other.mentions,
                         qualifier=bounded.qualifier, low=bounded.low, high=bounded.high,
                         via=kept.via or other.via, location=kept.location or other.location,
                         as_of=dated.as_of, as_of_basis=dated.as_of_basis, date_rule=dated.date_rule)
    if alias:
        out = [replace(c, part_of=alias.get(c.part_of, c.part_of)) if c.part_of else c for c in out]
    return _moved_from_speaker(claims, out, alias)


def _moved_from_speaker(claims: list[Claim], merged: list[Claim], alias: dict[str, str]) -> list[Claim]:
    """"Monday's death toll of 53 is up from 20 reported a week ago": a figure the toll moved
    from that no one is said to give is the count of whoever gives the toll it moved to (the
    53, the government's in the lede this sentence repeats: ``alias``, a repeat -> the claim
    it was merged into). A figure with a speaker of its own keeps it ("up from 20 reported by
    the hospital"), and so does one others reported ("290, not 359 as reported by the media")."""
    if not any(c.rule in _EARLIER_RULES and not c.source for c in merged):
        return merged
    by_id = {c.claim_id: c for c in merged}
    out: list[Claim] = []
    for c in merged:
        if c.rule in _EARLIER_RULES and not c.source and c.source_rule != _REPORTED_BY_OTHERS:
            tolls = sorted((abs(x.start - c.start), x.claim_id) for x in claims
                           if x.sentence == c.sentence and x.category == c.category
                           and x.rule not in _EARLIER_RULES and abs(x.start - c.start) < len(c.sentence))
            toll = by_id.get(alias.get(tolls[0][1], tolls[0][1])) if tolls else None
            if toll is not None and toll.source:
                c = replace(c, source=toll.source, via=c.via or toll.via, source_rule=_MOVED_TO)
        out.append(c)
    return out
