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
lexicon_ru.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace

from .. import gazetteer as gz
from ..models import Article, Category, Claim, Count, Qualifier
from . import lexicon_ru as lx
from .dates import parse_published
from .extraction import merge_repeats
from .morph_ru import form, nominative

RUSSIAN = "ru"
_TOKEN = re.compile(
    r"\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])"  # "2 265", "7 939"
    r"|\d+(?:[.,]\d+)?(?:-[^\W\d_]+)?"  # "64", "1,5", "11.00", "23-х", "11-летнего"
    r"|[^\W\d_]+(?:[-.][^\W\d_]+)*"  # words: "Алма-Ате", "Газета.Ru"
    r"|[^\s\w]")  # punctuation, one mark a token
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s+[\"'«“„(\[—–-]?\s*[А-ЯЁA-Z0-9])|\n\s*")
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")", "«", "»", '"', "!", "?"})
_DASHES = frozenset({"-", "—", "–"})
_SENTENCE_ENDS = (".", "!", "?", "…", "»", '"', "”")
_QUOTES = frozenset({"«", "»", '"', "„", "“", "”"})
_GATE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(lx.CASUALTY_STEMS, key=len, reverse=True)) + ")"
    r"|(?<![^\W\d_])(?:" + "|".join(sorted(lx.CASUALTY_FORMS, key=len, reverse=True)) + r")(?![^\W\d_])")
_QUALIFIERS = sorted(((tuple(k.split()), v) for k, v in lx.QUALIFIERS_BEFORE.items()),
                     key=lambda kv: -len(kv[0]))
_PARTS = [tuple(p.split()) for p in lx.PART_PHRASES]
_CITING = [tuple(p.split()) for p in lx.CITING_PHRASES]
_REFER_BACK = [tuple(p.split()) for p in lx.REFER_BACK]
_NAME_WORDS = 8  # words a source's name runs to at most


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    """A number phrase that counts people in one category: tokens [first, last)."""

    first: int
    last: int
    count: Count
    category: Category
    term: str
    rule: str
    part: bool  # a breakdown of a figure before ("из них 10", "58 из 64")
    group: str = ""  # the group of the victims its nouns name ("трех погибших детях": children)
    another: bool = False  # "ещё 10", "еще пять тел": one more count


@dataclass(frozen=True)
class Frame:
    """Who a sentence says gave its figures: source, relay and the rule that read them."""

    source: str
    via: str
    rule: str
    back: bool  # the sentence attributes the figures of the sentence before ("Об этом ...")
    date: str = ""  # the one date of the sentence that names the speaker ("опубликовал 25 марта")


def extract_claims_ru(article: Article) -> list[Claim]:
    """Every casualty claim of a Russian article, in reading order, repeats merged."""
    published = parse_published(article.published)
    text = article.text
    year = _year_of(text) if published is None else None
    claims: list[Claim] = []
    paragraph: list[int] = []  # claims of the paragraph so far (for "Об этом сообщает ...")
    quoted: list[int] = []  # claims inside a quotation still open («...», — говорится в сообщении)
    named = Frame("", "", "", False)  # the last speaker named (for "он", "ведомство")
    previous_end = 0
    in_quote = False
    before: Frame | None = None  # the speaker of the sentence before, when it names one
    previous_dates: list[tuple[int, str]] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if "\n" in text[previous_end:start]:
            paragraph = []
        previous_end = end
        tokens = tokenize(text, start, end)
        dates = find_dates(tokens, published, year)
        if not dates and previous_dates and any(t.lower in lx.THEN_WORDS for t in tokens):
            dates = [(0, previous_dates[-1][1])]  # "Тогда задержали 1373 человека": that day
        day = dates[0][1] if len({d for _, d in dates}) == 1 else ""
        frames = [(k, _resolved(replace(f, date=day), named)) for k, f in find_frames(tokens)]
        for _, frame in frames:
            if frame.source and frame.rule != "said_before":
                named = frame
        open_after = _quote_state(sentence, in_quote)
        opens_quote = not in_quote and bool(tokens) and tokens[0].text in _QUOTES
        closes_quote = (in_quote or opens_quote) and not open_after
        figures = find_figures(tokens) if _GATE.search(sentence.lower()) is not None else []
        if frames and closes_quote and in_quote:
            _attribute_back(claims, quoted, frames[-1][1], dates)
        if frames and not figures and any(f.back for _, f in frames):
            _attribute_back(claims, paragraph, next(f for _, f in frames if f.back), dates)
        elif any(f.rule.startswith(lx.SAID_IN_RULE) for _, f in frames):
            # "..., говорится в справке X": the paragraph's figures before are the document's
            document = next(f for _, f in frames if f.rule.startswith(lx.SAID_IN_RULE))
            _attribute_back(claims, paragraph, document, [])
        for figure in figures:
            span_start, span_end = tokens[figure.first].start, tokens[figure.last - 1].end
            as_of = _date_for(dates, figure)
            parent = _last_total(claims, figure.category) if figure.part else ""
            chosen = _frame_for(frames, figure)
            if chosen is None and before is not None:
                chosen = replace(before, rule="continued")  # the speaker of the sentence before goes on
            source, via, source_rule = (chosen.source, chosen.via, chosen.rule) if chosen is not None \
                else ("", "", "no_frame")
            date_rule = "in_sentence" if as_of else ("published" if published else "no_date")
            if not as_of and chosen is not None and chosen.date:
                as_of, date_rule = chosen.date, "speaker_date"  # the day the speaker said it
            paragraph.append(len(claims))
            if (in_quote or opens_quote) and not closes_quote:
                quoted.append(len(claims))
            claims.append(Claim(
                claim_id=_claim_id(article.id, span_start, span_end, figure.category),
                article_id=article.id, published=article.published[:10], outlet=article.outlet,
                category=figure.category, term=figure.term, value=figure.count.value,
                low=figure.count.low, high=figure.count.high, qualifier=figure.count.qualifier,
                source=source, via=via,
                as_of=as_of or (published.isoformat() if published else ""),
                location=find_place(tokens, figure), sentence=sentence, start=span_start,
                end=span_end, part_of=parent, group=figure.group or "people",
                scope="period" if figure.another else "whole",
                as_of_basis="text" if as_of else ("published" if published else ""),
                surface=text[span_start:span_end], rule=figure.rule, source_rule=source_rule,
                date_rule=date_rule, language=RUSSIAN,
            ))
        speaking = [f for _, f in frames if f.source]
        before = speaking[-1] if speaking else (before if figures and before is not None and not frames
                                                 else None)
        if not sentence.rstrip().endswith(_SENTENCE_ENDS):
            before = None  # a headline's speaker does not go on into the text
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
    main = _place_of(claims[0].location) if claims and claims[0].location else None  # the lede's
    out: list[Claim] = []
    for c in claims:
        place = _place_of(c.location) if c.location else None
        if place is not None:
            c = replace(c, country=place.country, admin1=place.admin1)
        if c.group != "people":
            c = replace(c, scope="group")
        elif c.location and c.location != claims[0].location and (place is None or place.kind != "country") \
                and (place is None or place != main):
            c = replace(c, scope="area", partial=True)
        elif c.scope == "period" and not any(o.category == c.category for o in out):
            c = replace(c, scope="whole")  # "64 погибли, ещё 44 пострадали": another category
        out.append(c)
    return out


def _place_of(location: str) -> gz.Place | None:
    """The gazetteer's place of a location as written ("Оше", "Ошской области": its Russian
    names, tracker/data/gazetteer_names_ru.tsv)."""
    place = gz.resolve(location)
    words = location.split()
    if place is None and len(words) == 2 and words[1].lower() in lx.PLACE_KINDS:
        place = gz.resolve(words[0])  # a division by its adjective
    return place


def _group(words: list[str]) -> str:
    for k, word in enumerate(words):
        if word.startswith(lx.STAFF_STEM) and k + 1 < len(words):
            return lx.STAFF_GROUP
        for stem, group in lx.GROUP_STEMS.items():
            if word.startswith(stem):
                return group
    return ""


def _same_speakers(claims: list[Claim]) -> list[Claim]:
    """One name per speaker in an article: a source whose words are all in a longer source's
    ("Ажар Гиният" in "министр здравоохранения республики Ажар Гиният") is that source."""
    names = sorted({c.source for c in claims if c.source}, key=len, reverse=True)
    longer: dict[str, str] = {}
    for k, name in enumerate(names):
        words = set(name.lower().split())
        for other in names[:k]:
            if len(words) > 1 and words < set(other.lower().split()):
                longer[name] = longer.get(other, other)
                break
    if not longer:
        return claims
    return [replace(c, source=longer[c.source]) if c.source in longer else c for c in claims]


def _quote_state(sentence: str, open_before: bool) -> bool:
    """Is a quotation open after this sentence? Guillemets say so by their balance, straight
    quotes by their parity."""
    opens, closes = sentence.count("«"), sentence.count("»")
    if opens or closes:
        return opens > closes or (open_before and opens == closes and not closes)
    return open_before != (sentence.count('"') % 2 == 1)


def _resolved(frame: Frame, named: Frame) -> Frame:
    """A frame whose source is a pronoun ("он заявляет"), a kind of source ("по данным
    ведомства") or the document before ("говорится в сообщении"): the speaker named before."""
    if frame.rule == "said_before" or frame.source.lower() in lx.SPEAKER_PRONOUNS \
            or (frame.source and form(frame.source.split()[-1]).lemma in lx.GENERIC_SOURCES
                and len(frame.source.split()) == 1):
        if named.source:
            return Frame(named.source, frame.via or named.via, frame.rule + "_named_before", frame.back,
                         named.date)
        return Frame("", frame.via, frame.rule, frame.back) if frame.source.lower() in lx.SPEAKER_PRONOUNS \
            else frame
    return frame


def _frame_for(frames: list[tuple[int, Frame]], figure: Figure) -> Frame | None:
    """The frame of a figure: the last one before it in the sentence, else the first after."""
    before = [f for k, f in frames if k <= figure.first and (f.source or f.via)]
    if before:
        return before[-1]
    after = [f for k, f in frames if f.source or f.via]
    return after[0] if after else None


# ---------------------------------------------------------------- text


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: a full stop before a capital or a digit, except after
    an abbreviation ("2 тыс. 231", "г. Ош"); a newline always ends one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        mark = m.group()
        if mark[0] == ".":
            before = text[max(0, m.start() - 6):m.start()].split()
            word = before[-1].lower() if before else ""
            if word.rsplit(".", 1)[-1] in lx.ABBREVIATIONS:
                continue
        end = m.end() if mark.strip() else m.start()
        _add_trimmed(spans, text, start, end)
        start = m.end()
    _add_trimmed(spans, text, start, len(text))
    return spans


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.group().lower(), m.start() + start, m.end() + start)
            for m in _TOKEN.finditer(text[start:end])]


def _words_at(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    return k >= 0 and k + len(phrase) <= len(tokens) \
        and all(tokens[k + j].lower == w for j, w in enumerate(phrase))


def _ends_at(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """Does ``phrase`` end at token k - 1?"""
    return _words_at(tokens, k - len(phrase), phrase)


# ---------------------------------------------------------------- casualty words


def casualty(tokens: list[Token], k: int) -> Category | None:
    """The category of token k when it is a casualty word."""
    word = tokens[k].lower
    exact = lx.CASUALTY_FORMS.get(word)
    if exact is not None:
        if word in lx.NEGATED_FORMS and not (k > 0 and tokens[k - 1].lower == lx.NEGATION):
            return None
        return exact
    if word.startswith(lx.NOT_CASUALTY_STEMS):
        return None
    for length in range(min(len(word), 10), 3, -1):
        category = lx.CASUALTY_STEMS.get(word[:length])
        if category is not None:
            return category
    return None


def _clause(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The tokens of the clause around [first, last): up to a comma, a dash, a colon."""
    a = first
    while a > 0 and tokens[a - 1].text not in _CLAUSE_MARKS:
        a -= 1
    b = last
    while b < len(tokens) and tokens[b].text not in _CLAUSE_MARKS:
        b += 1
    return a, b


# ---------------------------------------------------------------- figures


def find_figures(tokens: list[Token]) -> list[Figure]:
    """The figures of one sentence, in order."""
    figures: list[Figure] = []
    waiting: list[tuple[int, int, Count]] = []  # numbers of people with no casualty word yet
    k = 0
    while k < len(tokens):
        number = read_number(tokens, k)
        if number is None:
            k += 1
            continue
        first, last, count = number
        figure = _figure(tokens, first, last, count)
        if figure is not None:
            figures.append(figure)
        elif _head(tokens, last) != -1:
            waiting.append((first, last, count))
        k = last
    return _coordinated(tokens, figures, waiting) if waiting and figures else figures


def _coordinated(tokens: list[Token], figures: list[Figure],
                 waiting: list[tuple[int, int, Count]]) -> list[Figure]:
    """"129 силовиков и 66 гражданских лиц были ранены", "погибли 35 сотрудников и 15
    гражданских лиц": a number joined by "и" to a figure, in one clause, counts what it counts."""
    out = list(figures)
    for first, last, count in waiting:
        for figure in figures:
            a, b = (last, figure.first) if last <= figure.first else (figure.last, first)
            between = tokens[a:b]
            if len(between) <= 4 and any(t.lower in lx.AND_WORDS for t in between) \
                    and not any(t.text in _CLAUSE_MARKS for t in between):
                head = _head(tokens, last)
                end = head + 1 if head is not None and head >= last else last
                out.append(Figure(first, end, count, figure.category, figure.term, "coordinated",
                                  figure.part))
                break
    return sorted(out, key=lambda f: f.first)


def read_number(tokens: list[Token], k: int) -> tuple[int, int, Count] | None:
    """A number phrase starting at token k: (first, last, count). Digits with scale words
    ("2 тыс. 231", "1,5 тыс."), number words ("сто двадцать", "полмиллиона", "двое"), vague
    amounts ("десятки", "несколько сотен") and ranges ("от 4 до 5", "4–5")."""
    tok = tokens[k]
    if tok.lower in lx.RANGE_WORDS and k + 1 < len(tokens):
        low = _plain_number(tokens, k + 1)
        if low is not None and low[0] + 1 < len(tokens) and tokens[low[0]].lower == lx.UP_TO:
            high = _plain_number(tokens, low[0] + 1)
            if high is not None and high[1] > low[1]:
                return k, high[0], Count.between(low[1], high[1], "range")
        return None
    plain = _plain_number(tokens, k)
    if plain is not None:
        end, value = plain
        if end + 1 < len(tokens) and tokens[end].text in _DASHES and tokens[end].start == tokens[end - 1].end:
            high = _plain_number(tokens, end + 1)
            if high is not None and high[1] > value and tokens[end + 1].start == tokens[end].end:
                return k, high[0], Count.between(value, high[1], "range")
        return k, end, Count.stated(value, "exact")
    vague = _vague(tokens, k)
    if vague is not None:
        end, least, most = vague
        return k, end, Count.between(least, most, "vague")
    return None


def _plain_number(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """(end, value) of a number at token k: digits or number words, with scale words."""
    if k >= len(tokens):
        return None
    tok = tokens[k]
    word = tok.lower
    if word[:1].isdigit():
        digits, _, suffix = word.partition("-")
        if suffix and suffix not in lx.NUMBER_SUFFIXES:
            return None  # "11-летнего": an age
        value_text = digits.replace(" ", "").replace("\u00a0", "")
        end = k + 1
        scale = _scale(tokens, end)
        if scale is not None:
            end, factor = scale
            number = float(value_text.replace(",", ".")) if _decimal(value_text) else float(
                value_text.replace(",", "").replace(".", ""))
            value = round(number * factor)
            rest = _plain_number(tokens, end) if factor == 1_000 else None
            if rest is not None and rest[1] < 1_000 and tokens[end].lower[:1].isdigit():
                end, value = rest[0], value + rest[1]  # "2 тыс. 231"
            return end, value
        if "." in value_text or ":" in value_text:
            return None  # "11.00": a time
        if "," in value_text:
            whole, _, fraction = value_text.partition(",")
            if len(fraction) != 3:
                return None  # "1,5" without a scale word counts no people
            value_text = whole + fraction
        if end < len(tokens) and tokens[end].text == ":":
            return None  # "16:00"
        return end, int(value_text)
    if word in lx.COLLECTIVES:
        return k + 1, lx.COLLECTIVES[word]
    if word in lx.ONE_AND_A_HALF and k + 1 < len(tokens) and tokens[k + 1].lower in lx.HALF_SCALES:
        return k + 2, lx.HALF_SCALES[tokens[k + 1].lower] * 3 // 2
    if word in lx.WHOLE_WORDS:
        return k + 1, lx.WHOLE_WORDS[word]
    if word not in lx.NUMBER_WORDS:
        return None
    value, end = 0, k
    while end < len(tokens) and tokens[end].lower in lx.NUMBER_WORDS:
        value += lx.NUMBER_WORDS[tokens[end].lower]
        end += 1
    scale = _scale(tokens, end)
    if scale is not None:
        end, factor = scale
        value *= factor
        while end < len(tokens) and tokens[end].lower in lx.NUMBER_WORDS:
            value += lx.NUMBER_WORDS[tokens[end].lower]
            end += 1
    return end, value


def _decimal(value_text: str) -> bool:
    _, sep, fraction = value_text.replace(".", ",").partition(",")
    return bool(sep) and len(fraction) != 3


def _scale(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """(end, factor) of a scale word at token k ("тыс.", "тысяч", "млн")."""
    if k >= len(tokens) or tokens[k].lower not in lx.SCALES:
        return None
    factor = lx.SCALES[tokens[k].lower]
    end = k + 1
    if end < len(tokens) and tokens[end].text == "." and tokens[end].start == tokens[k].end:
        end += 1
    return end, factor


def _vague(tokens: list[Token], k: int) -> tuple[int, int, int] | None:
    """(end, low, high) of a vague amount: "десятки", "несколько сотен", "несколько"."""
    word = tokens[k].lower
    if word in lx.VAGUE_MULTIPLIERS:
        low, high = lx.VAGUE_MULTIPLIERS[word]
        if k + 1 < len(tokens) and tokens[k + 1].lower in lx.VAGUE_SCALES:
            unit = lx.VAGUE_SCALES[tokens[k + 1].lower]
            return k + 2, low * unit, (high + 1) * unit - 1
        return k + 1, low, high
    if word in lx.VAGUE_UNITS:
        low, high = lx.VAGUE_UNITS[word]
        return k + 1, low, high
    return None


def _figure(tokens: list[Token], first: int, last: int, count: Count) -> Figure | None:
    """The figure a number phrase makes, when it counts people in a casualty category."""
    if first > 0 and (tokens[first - 1].lower in lx.MONTHS or tokens[first - 1].text in ("№", "#", ":")):
        return None  # "14 июня 2010", "№ 5", "7:05"
    head = _head(tokens, last)
    if head == -1:
        return None  # a noun that counts no people: "2 из 3 кинозалов", "200 животных", "26 марта"
    counted = _counted_part(tokens, first)
    part = any(_ends_at(tokens, _skip_back(tokens, first), p) for p in _PARTS) or bool(counted)
    end = last
    if head is not None and tokens[head].lower == lx.OUT_OF:
        whole = read_number(tokens, head + 1)  # "58 из 64 погибших": 58 of the 64
        if whole is None:
            return None
        part, end = True, whole[1]
        head = _head(tokens, whole[1])
        if head == -1:
            return None
    category, rule, term_at = _category(tokens, first, end, head)
    if category is None:
        return None
    qualifier = _qualifier(tokens, _skip_back(tokens, first))
    if qualifier is not None and count.qualifier == "exact":
        count = Count.stated(count.value, qualifier)
    span_last = head + 1 if head is not None and head >= end else end
    if term_at >= span_last and term_at - span_last <= 2:
        span_last = term_at + 1
    span_first = first - _qualifier_length(tokens, _skip_back(tokens, first)) if qualifier else first
    if category == "killed" and not part:
        a, b = _clause(tokens, first, last)  # "умерших в медучреждениях": the dead in hospital
        if any(t.lower.startswith(lx.HOSPITAL_STEMS) for t in tokens[a:b]):
            part, counted = True, lx.PART_GROUP_HOSPITAL
    nouns = [t.lower for t in tokens[last:min(len(tokens), max(span_last, last + 2))]]
    another = any(t.lower in lx.ANOTHER for t in tokens[_skip_back(tokens, first):first])
    return Figure(span_first, span_last, count, category, tokens[term_at].text, rule, part,
                  _group(nouns) or counted, another)


def _counted_part(tokens: list[Token], first: int) -> str:
    """"опознаны тела 21 человека", "похороны 14 человек": the dead identified or buried so
    far, a part of the toll: which part ("identified", "buried"), else ""."""
    a, b = _clause(tokens, first, first + 1)
    for t in tokens[a:b]:
        for stem, group in lx.PART_STEMS.items():
            if t.lower.startswith(stem):
                return group
    return ""


def _skip_back(tokens: list[Token], k: int) -> int:
    """Token k, or the first of the fillers ("ещё", "уже") just before it."""
    while k > 0 and tokens[k - 1].lower in lx.FILLERS:
        k -= 1
    return k


def _head(tokens: list[Token], k: int) -> int | None:
    """The noun a number at token k counts: its index; None when no noun follows ("44
    пострадали", "достигло 53,"); -1 when the noun counts no people."""
    j = k
    while j < len(tokens) and j < k + 4:
        tok = tokens[j]
        word = tok.lower
        if not word[:1].isalpha():
            return None
        if casualty(tokens, j) is not None or word in lx.PEOPLE_FORMS:
            return j
        if word == lx.OUT_OF:
            return j
        if word in lx.AND_WORDS and j + 1 < len(tokens):
            other = read_number(tokens, j + 1)  # "5 и 12 лет": the noun of both
            return _head(tokens, other[1]) if other is not None else None
        info = form(word)
        if info.pos == "NOUN":
            if word.startswith(lx.NOT_PEOPLE_STEMS) or not info.animate:
                return -1
            return j
        if info.pos in ("ADJF", "PRTF") and tok.text[:1].islower():
            j += 1  # "18 гражданских лиц", "50 гражданских"
            continue
        return None
    return None


def _category(tokens: list[Token], first: int, last: int,
              head: int | None) -> tuple[Category | None, str, int]:
    """(category, rule, index of the casualty word) of the figure at [first, last)."""
    if head is not None:
        category = casualty(tokens, head)
        if category is not None:
            died = casualty(tokens, head + 1) if head + 1 < len(tokens) else None
            if died == "killed" and category == "injured":
                return died, "predicate", head + 1  # "двое пострадавших скончались"
            return category, "casualty_head", head
    a, b = _clause(tokens, first, last)
    if a > 0 and tokens[a - 1].text == "(":
        a = _clause(tokens, a - 1, a - 1)[0]  # "признан погибшим официально (64 человека)"
    after = (head + 1) if head is not None and head >= last else last
    for j in range(after, min(b, after + 6)):
        if read_number(tokens, j) is not None:
            break
        category = casualty(tokens, j)
        if category is not None and j - after <= 1:
            return category, "predicate", j
    for j in range(first - 1, a - 1, -1):
        category = casualty(tokens, j)
        if category is not None:
            return category, "predicate_before", j
        if read_number(tokens, j) is not None and j < first - 1:
            break
    for j in range(after, min(b, after + 6)):
        if read_number(tokens, j) is not None:
            break
        category = casualty(tokens, j)
        if category is not None:
            return category, "predicate", j
    toll = _toll_subject(tokens, first)
    if toll is not None:
        return toll[0], "toll", toll[1]
    return None, "", first


def _toll_subject(tokens: list[Token], first: int) -> tuple[Category, int] | None:
    """"Число погибших ... достигло 164": a verb of the toll just before the figure, and its
    subject, a toll noun with a casualty word, earlier in the sentence."""
    k = _skip_back(tokens, first)
    for back in range(1, 4):
        j = k - back
        if j < 0:
            return None
        if tokens[j].lower.startswith(lx.TOLL_VERB_STEMS):
            break
        if tokens[j].lower != lx.UP_TO and tokens[j].lower not in lx.FILLERS \
                and not any(_ends_at(tokens, k, q) for q, _ in _QUALIFIERS):
            return None
    else:
        return None
    for n in range(j - 1, -1, -1):
        if tokens[n].lower.startswith(lx.TOLL_NOUN_STEMS):
            for m in range(n + 1, min(n + 4, j)):
                category = casualty(tokens, m)
                if category is not None:
                    return category, m
    return None


def _qualifier(tokens: list[Token], k: int) -> Qualifier | None:
    for phrase, qualifier in _QUALIFIERS:
        if _ends_at(tokens, k, phrase):
            if phrase == (lx.UP_TO,) and _after_growth(tokens, k - 1):
                return None  # "возросло до 64": the new figure
            return qualifier
    return None


def _qualifier_length(tokens: list[Token], k: int) -> int:
    for phrase, _ in _QUALIFIERS:
        if _ends_at(tokens, k, phrase):
            return len(phrase)
    return 0


def _after_growth(tokens: list[Token], k: int) -> bool:
    """Is "до" at token k the "до" of a verb of growth ("возросло до", "увеличилось до")?"""
    return any(tokens[j].lower.startswith(lx.GROWTH_STEMS) for j in range(max(0, k - 3), k))


# ---------------------------------------------------------------- sources


def find_frames(tokens: list[Token]) -> list[tuple[int, Frame]]:
    """(token index, frame) of each attribution in a sentence: "по данным X", "сообщает Y со
    ссылкой на X", "X сообщил" / "сообщил X", "в X уточнили", "говорится в сообщении X". A
    medium that only relays ("пишет ТАСС") is the relay of the sentence's other frames."""
    back = any(_words_at(tokens, 0, p) or _words_at(tokens, 1, p) for p in _REFER_BACK)
    cited = _cited(tokens)
    frames: list[tuple[int, Frame]] = []
    relay = ""
    for k, tok in enumerate(tokens):
        word = tok.lower
        if word in lx.ACCORDING_PREPOSITIONS:
            source = _according(tokens, k)
            if source:
                frames.append((k, Frame(source, "", "according_frame", back)))
        elif word == lx.SAID_IN:
            source = _said_in(tokens, k)
            frames.append((k, Frame(source, "", lx.SAID_IN_RULE if source else "said_before", back)))
        elif word in lx.IMPERSONAL_SAY:
            continue
        elif word.startswith(lx.SAY_VERB_STEMS):
            speaker, via = _speaker_of_verb(tokens, k)
            if frames and word in lx.RELAY_VERBS and speaker and not cited:
                relay = relay or speaker  # "Об этом объявило Минобороны, сообщает «...»"
            elif cited and speaker:
                frames.append((k, Frame(cited, speaker, "citing_frame", back)))
            elif _is_media(speaker):
                relay = relay or speaker
            elif speaker:
                frames.append((k, Frame(speaker, via, "say_frame", back)))
    if not frames and not relay:
        social = next((k for k, t in enumerate(tokens) if t.lower in lx.SOCIAL_MEDIA), None)
        if social is not None:
            frames.append((social, Frame(lx.SOCIAL_MEDIA_SOURCE, "", "social_media", back)))
    if relay:
        if not frames:
            return [(0, Frame(cited, relay, "citing_frame" if cited else "relay_frame", back))]
        frames = [(k, f if f.via else replace(f, via=relay)) for k, f in frames]
    return frames


def _said_in(tokens: list[Token], k: int) -> str:
    """"говорится в сообщении пресс-службы X": the author of the document, nominative."""
    j = k + 1
    if j < len(tokens) and tokens[j].lower in lx.WEEKDAY_PREPOSITIONS:
        j += 1
    if j < len(tokens) and tokens[j].lower in lx.DOCUMENTS:
        if j + 1 < len(tokens) and tokens[j + 1].text in _QUOTES:
            quoted = _quoted(tokens, j + 1)  # "в справке «Кавказского узла»": the document and its author
            return f"{nominative([tokens[j].text], 'loct')[0]} {quoted}" if quoted else ""
        return _name_after(tokens, j + 1, "gent")
    return ""


def _according(tokens: list[Token], k: int) -> str:
    """The source of "по данным X" at token k (nominative), "" when none."""
    j = k + 1
    official = False
    while j < len(tokens) and tokens[j].lower in lx.ACCORDING_ADJECTIVES:
        official = official or tokens[j].lower.startswith(lx.OFFICIAL_ADJECTIVE_STEM)
        j += 1
    if j >= len(tokens) or tokens[j].lower not in lx.ACCORDING_NOUNS:
        return ""
    name = _name_after(tokens, j + 1, "gent")
    if not name and official:
        return lx.OFFICIAL_SOURCE
    return name


def _cited(tokens: list[Token]) -> str:
    """The source of "со ссылкой на X", "который приводит данные X"."""
    for k in range(len(tokens)):
        for phrase in _CITING:
            if _words_at(tokens, k, phrase):
                j = k + len(phrase)
                case = "accs" if phrase[-1] == lx.CITING_ON else "gent"
                while j < len(tokens) and tokens[j].lower in lx.CITED_THINGS:
                    j, case = j + 1, "gent"
                name = _name_after(tokens, j, case)
                if not name and case == "accs":
                    name = _name_after(tokens, j, "gent")
                return name
    return ""


def _name_after(tokens: list[Token], k: int, case: str) -> str:
    """A name starting at token k, in ``case``, cited in the nominative; a quoted name in it
    ("телеканал «Хабар-24»", "«Кавказского узла»") is kept as written."""
    plain: list[str] = []
    quoted = ""
    j = k
    while j < len(tokens) and len(plain) < _NAME_WORDS:
        tok = tokens[j]
        if tok.text in _QUOTES:
            quoted = _quoted(tokens, j)
            break
        if not _name_word(tok, j == k):
            break
        plain.append(tok.text)
        j += 1
    while plain and plain[-1].lower() in lx.PRONOUNS:
        plain.pop()
    name = _join(nominative(plain, case)) if plain else ""
    if not quoted:
        return name
    return f"{name} {quoted}" if name else quoted[1:-1]


def _quoted(tokens: list[Token], k: int) -> str:
    """The quotation opening at token k, as written with its marks ("«Образец ТВ»"), if it
    closes within a name's length; else ""."""
    opening = tokens[k].text
    closing = "»" if opening == "«" else "”" if opening == "“" else opening
    for j in range(k + 1, min(len(tokens), k + _NAME_WORDS + 2)):
        if tokens[j].text == closing:
            if j == k + 1:
                return ""
            inner = "".join(t.text if n == 0 or t.start == tokens[k + n].end else " " + t.text
                            for n, t in enumerate(tokens[k + 1:j]))
            return f"{opening}{inner}{closing}"
    return ""


def _name_word(tok: Token, first: bool) -> bool:
    """Can the token be part of a source's name?"""
    text = tok.text
    if not text[:1].isalpha() or tok.lower in lx.PRONOUNS or tok.lower in lx.NAME_STOPS:
        return False
    if text[:1].isupper() or (not text.isalpha() and "." in text):
        return True
    if casualty_word(tok.lower) or tok.lower in lx.FILLERS:
        return False
    info = form(tok.lower)
    return info.pos in ("NOUN", "ADJF", "PRTF") or (not first and info.pos == "")


def casualty_word(word: str) -> bool:
    return word in lx.CASUALTY_FORMS or any(word.startswith(s) for s in lx.CASUALTY_STEMS)


def _join(words: list[str]) -> str:
    return " ".join(words)


def _speaker_of_verb(tokens: list[Token], k: int) -> tuple[str, str]:
    """(subject, relay) of the verb of saying at token k: after it ("сообщил глава МЧС", "—
    заявил X", "сообщила «Интерфаксу» пресс-служба": the medium told is the relay), else
    before it ("Минздрав сообщил"), else the "в X" of a verb without one ("в ведомстве
    уточнили")."""
    j, via = k + 1, ""
    while j < len(tokens):
        if tokens[j].lower in lx.ADVERBIALS:
            j += 1
        elif tokens[j].lower in lx.WEEKDAY_PREPOSITIONS and j + 1 < len(tokens) \
                and tokens[j + 1].lower in lx.WEEKDAYS:
            j += 2
        elif tokens[j].text in _QUOTES and j + 2 < len(tokens) and tokens[j + 2].text in _QUOTES \
                and _is_media(tokens[j + 1].text):
            via, j = tokens[j + 1].text, j + 3  # "сообщила «Интерфаксу»"
        else:
            break
    if via:
        via = form(via).lemma.capitalize() if not via.isupper() else via
    after = _name_after(tokens, j, "nomn")
    if after and j < len(tokens) and (tokens[j].text[:1].isupper() or tokens[j].text in _QUOTES
                                      or form(tokens[j].lower).case == "nomn"):
        return after, via
    if k > 0 and tokens[k - 1].lower in lx.SPEAKER_PRONOUNS:
        return tokens[k - 1].lower, via
    before = _name_before(tokens, k)
    if before:
        return before, via
    located = _located(tokens, k)
    if located:
        return located, via
    return after, via


def _name_before(tokens: list[Token], k: int) -> str:
    """The subject just before a verb at token k ("замглавы МЧС Владлен Аксенов рассказал")."""
    while k > 0 and _adverbial(tokens[k - 1]):
        k -= 1  # "Армения в середине ноября предварительно сообщила", "акимат уже официально сообщил"
        if k > 0 and tokens[k - 1].lower in lx.WEEKDAY_PREPOSITIONS and _adverbial(tokens[k]):
            k -= 1
    j = k
    while j > 0 and k - j < _NAME_WORDS and _name_word(tokens[j - 1], False) \
            and tokens[j - 1].lower not in lx.PLACE_PREPOSITIONS:
        j -= 1
    words = [t.text for t in tokens[j:k]]
    if words and j > 0 and tokens[j - 1].lower in lx.WEEKDAY_PREPOSITIONS:
        return _join(nominative(words, "loct"))  # "В Минздраве указывают"
    while words and form(words[0].lower()).case not in ("nomn", "") and not words[0][:1].isupper():
        words = words[1:]
    if not words or all(w.lower() in lx.FILLERS for w in words):
        return ""
    if len(words) == 1 and words[0][:1].islower() and form(words[0].lower()).pos != "NOUN":
        return ""
    if words[-1].lower() in lx.CITED_THINGS:
        return ""  # "Обновленные данные предоставили в центре X": the data are no speaker
    return _join(words)


def _adverbial(tok: Token) -> bool:
    """A word of an adverbial between a subject and its verb: "уже", "официально", "в
    середине ноября", "в воскресенье"."""
    word = tok.lower
    return word in lx.FILLERS or word in lx.ADVERBIALS or word in lx.TIME_WORDS or word in lx.MONTHS \
        or word in lx.WEEKDAYS or word.isdigit() or form(word).pos == "ADVB"


def _located(tokens: list[Token], k: int) -> str:
    """"В Минздраве указывают", "уточнили в ведомстве": the "в X" next to the verb."""
    for j in (k - 2, k + 1):
        if 0 <= j < len(tokens) - 1 and tokens[j].lower in lx.WEEKDAY_PREPOSITIONS:
            name = _name_after(tokens, j + 1, "loct")
            if name:
                return name
    return ""


def _is_media(name: str) -> bool:
    words = name.lower().replace("«", " ").replace("»", " ").split()
    return bool(words) and any(w in lx.MEDIA_WORDS for w in words)


def _attribute_back(claims: list[Claim], previous: list[int], frame: Frame,
                    dates: list[tuple[int, str]]) -> None:
    """"Об этом сообщил в воскресенье Минздрав": the source (and the date, when that
    sentence gives one and theirs give none) of the figures before in the paragraph, or in a
    quotation that this sentence closes."""
    for i in previous:
        c = claims[i]
        if not c.source and not c.via:
            c = replace(c, source=frame.source, via=frame.via, source_rule=frame.rule + "_back")
            if len(dates) == 1 and c.as_of_basis != "text":
                c = replace(c, as_of=dates[0][1], as_of_basis="text", date_rule="said_on")
            claims[i] = c


def _last_total(claims: list[Claim], category: str) -> str:
    return next((c.claim_id for c in reversed(claims) if c.category == category and not c.part_of), "")


# ---------------------------------------------------------------- dates and places


_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def _year_of(text: str) -> int | None:
    """The year an undated article names most (its latest on a tie): the year of its dates
    that name none ("Утром 26 ноября")."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


def find_dates(tokens: list[Token], published: dt.date | None,
               year: int | None = None) -> list[tuple[int, str]]:
    """(token index, ISO date) of the dates of a sentence: "26 марта", "14 июня 2010 года",
    "в понедельник", "накануне", relative to the publication date; a date that starts a
    period ("с 2 января") is left out."""
    out: list[tuple[int, str]] = []
    for k, tok in enumerate(tokens):
        day: dt.date | None = None
        if tok.lower in lx.MONTHS and k > 0 and tokens[k - 1].lower.isdigit():
            day = _day_month(tokens, k, published, year)
            at = k - 1
        elif tok.lower in lx.WEEKDAYS and k > 0 and tokens[k - 1].lower in lx.WEEKDAY_PREPOSITIONS \
                and published is not None:
            back = (published.weekday() - lx.WEEKDAYS[tok.lower]) % 7
            day, at = published - dt.timedelta(days=back), k
        elif tok.lower in lx.RELATIVE_DAYS and published is not None:
            day, at = published - dt.timedelta(days=lx.RELATIVE_DAYS[tok.lower]), k
        if day is None or (published is not None and day > published):
            continue
        if at > 0 and tokens[at - 1].lower in lx.SINCE_WORDS:
            continue
        out.append((at, day.isoformat()))
    return out


_DATES: dict[tuple[str, str], dt.date | None] = {}


def _day_month(tokens: list[Token], k: int, published: dt.date | None,
               year_of_article: int | None) -> dt.date | None:
    """"14 июня [2010 года]": read by dateparser's Russian, the year from the publication
    date when the text gives none (the last such day on or before it)."""
    day, month = int(tokens[k - 1].lower), lx.MONTHS[tokens[k].lower]
    year: int | None = None
    if k + 1 < len(tokens) and tokens[k + 1].lower.isdigit() and len(tokens[k + 1].lower) == 4:
        year = int(tokens[k + 1].lower)
    elif published is not None:
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    else:
        year = year_of_article
    if year is None:
        return None
    phrase = f"{day} {tokens[k].lower} {year}"
    key = (phrase, "")
    if key not in _DATES:
        _DATES[key] = _parse_date(phrase)
    return _DATES[key]


def _parse_date(phrase: str) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(phrase, languages=["ru"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed is not None else None


def _date_for(dates: list[tuple[int, str]], figure: Figure) -> str:
    """The date nearest the figure in its sentence."""
    if not dates:
        return ""
    return min(dates, key=lambda d: min(abs(d[0] - figure.first), abs(d[0] - figure.last)))[1]


def find_place(tokens: list[Token], figure: Figure) -> str:
    """"в Алма-Ате", "в Кызылординской области", "в городе Ош" in the figure's clause, as
    written: the one nearest the figure."""
    a, b = _clause(tokens, figure.first, figure.last)
    places: list[tuple[int, str]] = []
    for k in range(a, b - 1):
        if tokens[k].lower not in lx.PLACE_PREPOSITIONS:
            continue
        j = k + 1
        if tokens[j].lower in lx.PLACE_KINDS and j + 1 < b:
            j += 1
        if tokens[j].text[:1].isupper() and not tokens[j].text.isupper():
            end = j + 1
            while end < min(b, j + 3) and tokens[end].text[:1].isupper() and not tokens[end].text.isupper():
                end += 1  # "в Нижних Выселках"
            if end < b and tokens[end].lower in lx.PLACE_KINDS:
                end += 1
            places.append((k, " ".join(t.text for t in tokens[j:end])))
        elif j + 1 < b and tokens[j + 1].lower in lx.PLACE_KINDS and form(tokens[j].lower).pos == "ADJF" \
                and tokens[j].text[:1].isupper():
            places.append((k, f"{tokens[j].text} {tokens[j + 1].text}"))
    if not places:
        return ""
    return min(places, key=lambda p: min(abs(p[0] - figure.first), abs(p[0] - figure.last)))[1]


def _claim_id(article_id: str, start: int, end: int, category: str) -> str:
    digest = hashlib.sha1(f"{article_id}\0{start}\0{end}\0{category}".encode()).hexdigest()
    return "c" + digest[:12]
