"""Russian articles: from the cleaned text to the same claims the English rules give.

``extract_claims_ru`` reads as its steps: split the text into sentences, keep those with a
casualty word, find the figures in each (a number phrase, its qualifier, the casualty word
it counts), then give each figure its source and relay, date and place; a sentence that
only attributes ("Об этом сообщает ТАСС со ссылкой на ...") gives its source to the figures
of the sentence before. Repeats are merged as in English (extraction.merge_repeats).

The grammar is Russian's own: free word order ("погибли 64 человека", "64 человека
погибли", "число погибших ... достигло 164"), cases (a source after "по данным" is in the
genitive and is cited in the nominative: morph_ru.nominative), collective numbers
("двое", "шестеро") and scale words ("2 тыс. 231", "1,5 тыс."). Every word is in
lexicon_ru.py; the steps are in ru_text, ru_figures, ru_sources and ru_dates.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .. import gazetteer as gz
from ..models import EARLIER, Article, Category, Claim
from . import lexicon_ru as lx
from .dates import overtaken_later, parse_published, said_earlier
from .extraction import merge_repeats
from .ru_dates import date_for, dateline_day, find_dates, find_place, year_of
from .ru_figures import GATE, casualty, find_figures, list_category
from .ru_sources import find_frames, resolved
from .ru_text import QUOTES, Token, clause, sentence_spans, tokenize
from .shared_steps import Figure, Frame, claim_id, frame_for, hedged_before, last_total, quote_state

RUSSIAN = "ru"
_OFFICIAL_REACH = 5  # tokens before a figure that may hold "официально"
_SENTENCE_ENDS = (".", "!", "?", "…", "»", '"', "”")
_CLOSING_MARKS = frozenset({",", "—", "–", "-"})
# a quotation opened with no speaker of its own is the last speaker's named, until one closes it
_OPEN_QUOTE = "open_quote_named_before"
# speakers a figure takes from a sentence before, which one that names its own speaker overrides
# the words by which a sentence's opening refers back to the figures before ("Из них",
# "Сейчас их"): only such a sentence is read for them without a casualty word of its own
_REFERRING = frozenset({p.split()[-1] for p in lx.PART_PHRASES} | lx.OF_THEM | {lx.THEIR})
_REFERRING_REACH = 6  # tokens from the sentence's start
_CONTINUED = "continued"  # the speaker of the sentence before goes on
_GUESSED = (_OPEN_QUOTE, _CONTINUED)


def extract_claims_ru(article: Article) -> list[Claim]:
    """Every casualty claim of a Russian article, in reading order, repeats merged."""
    published = parse_published(article.published)
    text = article.text
    year = year_of(text) if published is None else None
    # an undated article's opening dateline ("ТАСС, 12 сентября."): its day stands in for the
    # publication date (as_of_basis "estimated", as English's latest day does)
    stand_in = dateline_day(text, year) if published is None else None
    reference = published or stand_in
    undated_basis, undated_rule = ("published", "published") if published else ("estimated", "dateline")
    claims: list[Claim] = []
    paragraph: list[int] = []  # claims of the paragraph so far (for "Об этом сообщает ...")
    last_paragraph: list[int] = []  # the paragraph before, for "Об этом ..." that opens one
    quoted: list[int] = []  # claims inside a quotation still open («...», — говорится в сообщении)
    named = Frame("", "", "", False)  # the last speaker named (for "он", "ведомство")
    previous_end = 0
    in_quote = False
    before: Frame | None = None  # the speaker of the sentence before, when it names one
    previous_dates: list[tuple[int, str]] = []
    listed: Category | None = None  # the category of a list the sentence before named
    last_sentence: list[int] = []  # claims of the sentence before, in this paragraph
    carried: Category | None = None  # the casualty word the sentence before ended on ("Из них ...")
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        opens_paragraph = "\n" in text[previous_end:start]
        if opens_paragraph:
            last_paragraph, paragraph = paragraph, []
        previous_end = end
        tokens = tokenize(text, start, end)
        dates = find_dates(tokens, reference, year)
        if not dates and previous_dates and any(t.lower in lx.THEN_WORDS for t in tokens):
            dates = [(0, previous_dates[-1][1])]  # "Тогда задержали 1373 человека": that day
        day = dates[0][1] if len({d for _, d in dates}) == 1 else ""
        frames = [(k, resolved(replace(f, date=day), named)) for k, f in find_frames(tokens)]
        for _, frame in frames:
            if frame.source and frame.rule != "said_before":
                named = frame
        open_after = quote_state(sentence, in_quote)
        opens_quote = not in_quote and bool(tokens) and tokens[0].text in QUOTES
        closes_quote = (in_quote or opens_quote) and not open_after
        gated = GATE.search(sentence.lower()) is not None
        refers = carried is not None and any(t.lower in _REFERRING for t in tokens[:_REFERRING_REACH])
        figures = find_figures(tokens, carried if refers else None, listed) \
            if gated or refers or listed else []
        listed = list_category(tokens) if gated else None  # "список погибших": the next sentence may count it
        unnamed = next((k for k, t in enumerate(tokens) if t.lower in lx.UNNAMED_SAY), len(tokens))
        if frames and closes_quote and in_quote:
            _attribute_back(claims, quoted, frames[-1][1], dates)
        if frames and not figures and any(f.back for _, f in frames):
            # "Об этом сообщает Sky News." opening a paragraph: the paragraph before
            _attribute_back(claims, last_paragraph if opens_paragraph else paragraph,
                            next(f for _, f in frames if f.back), dates)
        elif any(f.rule.startswith(lx.SAID_IN_RULE) for _, f in frames):
            # "..., говорится в справке X": the paragraph's figures before are the document's
            document = next(f for _, f in frames if f.rule.startswith(lx.SAID_IN_RULE))
            _attribute_back(claims, paragraph, document, [])
        elif last_sentence and not opens_paragraph:
            # "Число жертв возросло до 36. Скончался один из раненых, сообщил X": the speaker
            # that closes the next sentence said the figures of the one before too
            closing = _closing_frame(tokens, frames)
            if closing is not None:
                _attribute_back(claims, last_sentence, closing, dates, "_next")
        last_sentence = []
        words, starts = [t.lower for t in tokens], sorted(f.first for f in figures)
        for figure in figures:
            span_start, span_end = tokens[figure.first].start, tokens[figure.last - 1].end
            as_of = date_for(dates, figure, tokens)
            parent = last_total(claims, figure.category) if figure.part else ""
            if figure.group == lx.AT_SCENE_GROUP and not _larger(claims, parent, figure):
                # "на месте погибли 23 человека" as the first figure, or above the toll before
                # ("Сначала сообщалось о 10 погибших. На месте крушения погибли все 62"): the toll
                figure, parent = replace(figure, group="", part=False), ""
            if figure.category == "injured" and not figure.group \
                    and figure.term.lower().startswith(lx.HOSPITALISED_STEMS) \
                    and not any(w.startswith(lx.OTHER_EVENT_STEMS) for w in words) \
                    and not find_place(tokens, figure) \
                    and _larger(claims, last_total(claims, "injured"), figure):
                # "Всего пострадали - 37 человек. Госпитализированы - 33": a group of the injured
                figure = replace(figure, group=lx.HOSPITALISED_GROUP)
            if figure.category == "injured" and not figure.group and _taken_elsewhere(tokens, figure):
                figure = replace(figure, group=lx.TRANSFERRED_GROUP)
            named_before = tokens[max(0, figure.first - _NAMES_REACH):figure.first]
            if figure.category == "killed" and not figure.group \
                    and any(t.lower in lx.NAMES_STEMS for t in named_before) \
                    and _larger(claims, last_total(claims, "killed"), figure):
                # "В нём перечислены имена 120 человек" after a toll of 140: the dead named so
                # far, a part of the toll (with no larger toll before, the names are all the dead)
                figure = replace(figure, group=lx.NAMED_GROUP)
            # "(ранее сообщалось о 77 жертвах)": a figure after it is no one's named before it
            chosen = frame_for([(k, f) for k, f in frames if (figure.first < unnamed or k > unnamed)
                                and not _conceded(tokens, figure.last, k, figures)], figure)
            if chosen is None and before is not None and figure.first < unnamed:
                chosen = replace(before, rule=_CONTINUED)  # the speaker of the sentence before goes on
            if chosen is None and opens_quote and not closes_quote and named.source:
                chosen = replace(named, rule=_OPEN_QUOTE)  # «В ходе ... травмы получили 14 полицейских
            source, via, source_rule = (chosen.source, chosen.via, chosen.rule) if chosen is not None \
                else ("", "", "no_frame")
            near = tokens[max(0, figure.first - _OFFICIAL_REACH):figure.last]
            if any(t.lower == lx.OFFICIALLY for t in near) and source != lx.OFFICIAL_SOURCE \
                    and not (source and _says_officially(near)):
                # "в него включают тех, кто признан погибшим официально (64 человека)": the
                # official count, relayed by whoever the sentence names
                source, via, source_rule = lx.OFFICIAL_SOURCE, via or source, "officially"
            date_rule = "in_sentence" if as_of else (undated_rule if reference else "no_date")
            earlier = figure.corrected or said_earlier(words, figure.first, starts, lx.EARLIER_MARKERS) \
                or _at_that_time(words, figure.first) \
                or overtaken_later(words, figure.last, starts, lx.LATER_CONTRASTS, lx.LATER_WORDS,
                                   lx.TIME_SPANS)
            if not as_of and chosen is not None and chosen.date:
                as_of, date_rule = chosen.date, "speaker_date"  # the day the speaker said it
            paragraph.append(len(claims))
            last_sentence.append(len(claims))
            if (in_quote or opens_quote) and not closes_quote:
                quoted.append(len(claims))
            claims.append(Claim(
                claim_id=claim_id(article.id, span_start, span_end, figure.category),
                article_id=article.id, published=article.published[:10], outlet=article.outlet,
                category=figure.category, term=figure.term, value=figure.count.value,
                low=figure.count.low, high=figure.count.high, qualifier=figure.count.qualifier,
                source=source, via=via,
                as_of=as_of or (reference.isoformat() if reference else ""),
                location=find_place(tokens, figure), sentence=sentence, start=span_start,
                end=span_end, part_of=parent, group=figure.group or "people",
                scope="period" if figure.another else "whole", individuals=figure.individuals,
                as_of_basis="text" if as_of else EARLIER if earlier and published
                else undated_basis if reference else EARLIER if earlier else "",
                surface=text[span_start:span_end], rule=figure.rule, source_rule=source_rule,
                date_rule=date_rule, language=RUSSIAN,
                hedged=hedged_before(words, figure.first, starts, lx.HEDGE_WORDS, negation=lx.NEGATION),
            ))
        speaking = [f for _, f in frames if f.source]
        before = speaking[-1] if speaking else (before if figures and before is not None and not frames
                                                 else None)
        carried = _last_casualty(sentence, start, tokens) if gated else None
        if not sentence.rstrip().endswith(_SENTENCE_ENDS):
            before = None  # a headline's speaker does not go on into the text
            last_sentence, carried = [], None
        previous_dates = dates
        in_quote = open_after
        if not in_quote:
            quoted = []
    return merge_repeats(_same_speakers(scope_claims(claims)))


def scope_claims(claims: list[Claim]) -> list[Claim]:
    """The scope and group of each claim (as scope.py does for English): ``group`` when the
    head noun counts one group of the victims ("18 силовиков", "41 ребенок"); ``area`` when
    the place is not the lede's place nor a country ("в городе Алма-Ата" beside "в
    Казахстане"); ``period`` for one more count of a category counted before ("ещё 10
    погибли")."""
    lede = claims[0].location if claims else ""
    main = _place_of(lede) if lede else _named_in(claims[0].sentence) if claims else None
    out: list[Claim] = []
    for c in claims:
        place = _place_of(c.location) if c.location else None
        if place is not None:
            c = replace(c, country=place.country, admin1=place.admin1)
        in_part = c.location and c.location != lede and (place is None or place.kind != "country") \
            and (place is None or place != main) and not _event_site(c)
        if c.individuals:
            c = replace(c, scope="individual")  # "погиб мужчина", "скончался один человек"
        elif c.group != "people":
            c = replace(c, scope="group")
        elif c.scope == "period" and any(o.category == c.category for o in out):
            # "в Алматы задержали ещё 2 159": one more count, of a place or not
            c = replace(c, partial=bool(in_part))
        elif in_part:
            c = replace(c, scope="area", partial=True)
        elif c.scope == "period":
            c = replace(c, scope="whole")  # "64 погибли, ещё 44 пострадали": another category
        out.append(c)
    return out


def _taken_elsewhere(tokens: list[Token], figure: Figure) -> bool:
    """"91 пострадавший при пожаре в Перми доставлены в больницы Москвы, Петербурга": the
    injured taken to the hospitals of a place the clause names after them, other than the
    figure's own place."""
    words = [t.lower for t in tokens]
    end = clause(tokens, figure.first, figure.last)[1]  # its clause ("из них пятеро доставлены": theirs)
    if not any(w.startswith(lx.TRANSFER_STEMS) for w in words[figure.last:end]):
        return False
    own = find_place(tokens, figure)
    for k in range(figure.last, end - 1):
        # the hospitals (plural) of a place: not one hospital by its name ("в больницу Склифосовского")
        if words[k].startswith(lx.CARE_STEMS) and not words[k].endswith(lx.ONE_PLACE_ENDINGS) \
                and tokens[k + 1].text[:1].isupper() and not (own and tokens[k + 1].text[:4] == own[:4]):
            return True
    return False


def _larger(claims: list[Claim], parent: str, figure: Figure) -> bool:
    """The toll ``parent`` names is a larger count of people than the figure, not one person."""
    whole = next((c for c in claims if c.claim_id == parent), None)
    return whole is not None and not whole.individuals and whole.value is not None \
        and figure.count.value is not None and whole.value > figure.count.value


def _at_that_time(words: list[str], first: int) -> bool:
    """"ЦОС ФСБ сообщила, что на тот момент были зафиксированы 40 погибших": the count of a time
    before the article's, an earlier figure (English's "at the time")."""
    return any(tuple(words[k:k + len(p)]) == p for p in _THEN_PHRASES
               for k in range(max(0, first - _THEN_REACH), first))


_THEN_PHRASES = [tuple(p.split()) for p in lx.AT_THAT_TIME]
_THEN_REACH = 8  # tokens from "на тот момент" to its figure
_NAMES_REACH = 2  # tokens from "имена" to the figure of the dead it names ("имена 120 человек")


def _event_site(c: Claim) -> bool:
    """The claim's place is where its sentence says the event was ("после теракта в Крокусе",
    "в результате обстрела в Мариуполе"): the event's own place, no part of its area."""
    at = c.sentence.find(c.location)
    before = c.sentence[max(0, at - _EVENT_SITE_REACH):at].lower().split()
    return at > 0 and len(before) >= 2 and before[-1] in lx.PLACE_PREPOSITIONS \
        and before[-2].startswith(lx.EVENT_STEMS)


_EVENT_SITE_REACH = 40  # characters before a place that hold its preposition and event noun


def _named_in(sentence: str) -> gz.Place | None:
    """The first place a sentence names, where its figure names none ("Ужас в Кемерово:
    число жертв ... достигло 53"; "на юге Киргизии"): the lede's place."""
    for word in re.findall(r"[^\W\d_][\w-]*", sentence)[1:]:
        if word[:1].isupper() and not word.isupper():
            place = _place_of(word)
            if place is not None:
                return place
    return None


def _place_of(location: str) -> gz.Place | None:
    """The gazetteer's place of a location as written ("Оше", "Ошской области": its Russian
    names, tracker/data/gazetteer_names_ru.tsv)."""
    place = gz.resolve(location)
    words = location.split()
    if place is None and len(words) == 2 and words[1].lower() in lx.PLACE_KINDS:
        place = gz.resolve(words[0])  # a division by its adjective
    return place


def _same_speakers(claims: list[Claim]) -> list[Claim]:
    """One name per speaker in an article: a source whose words are all in a longer source's
    ("Ажар Гиният" in "министр здравоохранения республики Ажар Гиният") is that source, and so
    is a surname alone that ends it ("Токаев" in "президент Касым-Жомарт Токаев"), an
    abbreviation alone that only one longer source holds ("МЧС" in "управление информации
    МЧС РФ") and the acronym of a longer name's words ("СК", "Следственный комитет")."""
    names = sorted({c.source for c in claims if c.source}, key=len, reverse=True)
    longer: dict[str, str] = {}
    for k, name in enumerate(names):
        words = set(name.lower().split())
        surname = len(words) == 1 and name[:1].isupper() and not name.isupper()
        holders = [other for other in names[:k] if name in other.split()] if name.isupper() else []
        if len(holders) == 1:
            longer[name] = longer.get(holders[0], holders[0])
            continue
        for other in names[:k]:
            if (len(words) > 1 and words < set(other.lower().split())) or _initials(name, other) \
                    or (surname and other.split()[-1] == name and len(other.split()) > 1):
                longer[name] = longer.get(other, other)
                break
    if longer:
        claims = [replace(c, source=longer[c.source]) if c.source in longer else c for c in claims]
    return _short_name_repeats(claims)


def _short_name_repeats(claims: list[Claim]) -> list[Claim]:
    """A figure told under a body's short name and again under its full one ("Минздрав: ...
    8306" over "..., сообщило Министерство здравоохранения анклава") is one figure of the full
    name; the body's other figures keep the name as written."""
    full = {(c.category, c.value, c.low, c.high): c.source for c in claims
            if c.source and c.source.split()[0].lower() not in lx.SHORT_NAMES}
    out = []
    for c in claims:
        short = lx.SHORT_NAMES.get(c.source.split()[0].lower()) if c.source else None
        other = full.get((c.category, c.value, c.low, c.high), "") if short else ""
        rest = " ".join([short or "", *c.source.lower().split()[1:]])
        if other and other != c.source and other.lower().startswith(rest):
            c = replace(c, source=other)
        out.append(c)
    return out


def _last_casualty(sentence: str, start: int, tokens: list[Token]) -> Category | None:
    """The category of the last casualty word of a sentence ("Число погибших растет": killed),
    looked for where the gate's pattern matches."""
    starts = [t.start for t in tokens]
    for m in reversed(list(GATE.finditer(sentence.lower()))):
        j = bisect.bisect_right(starts, start + m.start()) - 1
        category = casualty(tokens, j) if j >= 0 else None
        if category is not None:
            return category
    return None


def _closing_frame(tokens: list[Token], frames: list[tuple[int, Frame]]) -> Frame | None:
    """The speaker's frame that closes a sentence after a comma or a dash ("..., проинформировал
    сегодня представитель Минздрава", "..., сообщает Kazpravda.kz со ссылкой на DW"), else None."""
    for k, frame in frames:
        if (frame.source or frame.via) and not frame.back \
                and any(t.text in _CLOSING_MARKS for t in tokens[max(0, k - 3):k]):
            return frame
    return None


def _initials(short: str, name: str) -> bool:
    """"СК" and "Следственный комитет": an acronym of a longer name's words (two letters at
    least, every word counted)."""
    letters = "".join(w[0] for w in name.split() if w[:1].isalpha())
    return len(short) >= 2 and short.isupper() and short == letters.upper() and " " in name



def _attribute_back(claims: list[Claim], previous: list[int], frame: Frame,
                    dates: list[tuple[int, str]], rule: str = "_back") -> None:
    """"Об этом сообщил в воскресенье Минздрав": the source (and the date, when that
    sentence gives one and theirs give none) of the figures before in the paragraph, or in a
    quotation that this sentence closes: those with none, or one guessed from a sentence
    before theirs."""
    for i in previous:
        c = claims[i]
        if c.source and not c.via and frame.via and not frame.source:
            claims[i] = replace(c, via=frame.via)  # "Сообщение ведомства приводит телеканал X"
            continue
        if (not c.source and not c.via) or c.source_rule in _GUESSED:
            c = replace(c, source=frame.source, via=frame.via, source_rule=frame.rule + rule)
            if len(dates) == 1 and c.as_of_basis != "text":
                c = replace(c, as_of=dates[0][1], as_of_basis="text", date_rule="said_on")
            claims[i] = c


def _says_officially(tokens: list[Token]) -> bool:
    """"местный акимат уже официально сообщил о 14 погибших": "официально" says how the
    speaker spoke (the verb of saying right after it), and the figure stays the speaker's."""
    return any(t.lower == lx.OFFICIALLY and k + 1 < len(tokens)
               and tokens[k + 1].lower.startswith(lx.SAY_VERB_STEMS) for k, t in enumerate(tokens))


def _conceded(tokens: list[Token], after: int, frame: int, figures: list[Figure]) -> bool:
    """Does a concessive clause with a figure of its own open between a figure (ending at
    ``after``) and the frame at token ``frame`` ("о 16 скончавшихся, однако местный акимат
    сообщил о 14 погибших": the akimat's 14, not the 16)?"""
    for j in range(after, frame):
        if tokens[j].lower in lx.CONCESSIVE_WORDS and j >= 1 and tokens[j - 1].text == ",":
            return any(f.first > j for f in figures)
    return False
