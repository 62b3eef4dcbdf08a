"""The figures of a Russian sentence: number phrases ("2 тыс. 231", "двое", "несколько
сотен", "от 4 до 5"), their qualifiers and the casualty word each counts, read from its
head noun, the predicate after or before it, the subject of a toll or a figure it is
coordinated with (the rules: README, "Languages")."""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Category, Count, Qualifier
from . import lexicon_ru as lx
from .morph_ru import form
from .ru_text import CLAUSE_MARKS, DASHES, Token, clause, ends_at, skip_back, words_at
from .shared_steps import Figure

GATE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted([*lx.CASUALTY_STEMS, *lx.GATE_STEMS], key=len, reverse=True)) + ")"
    r"|(?<![^\W\d_])(?:" + "|".join(sorted(lx.CASUALTY_FORMS, key=len, reverse=True)) + r")(?![^\W\d_])")
_QUALIFIERS = sorted(((tuple(k.split()), v) for k, v in lx.QUALIFIERS_BEFORE.items()),
                     key=lambda kv: -len(kv[0]))
_PARTS = [tuple(p.split()) for p in lx.PART_PHRASES]
_PARTS_AFTER = [tuple(p.split()) for p in lx.PART_AFTER]
# the first letters every singular form of a person's noun shares ("мужч": мужчина, мужчину)
_PERSON_PREFIXES = tuple(sorted({noun[:4] for noun in lx.PERSON_NOUNS}))


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


def casualty_word(word: str) -> bool:
    return word in lx.CASUALTY_FORMS or any(word.startswith(s) for s in lx.CASUALTY_STEMS)


def find_figures(tokens: list[Token], carried: Category | None = None,
                 listed: Category | None = None) -> list[Figure]:
    """The figures of one sentence, in order; ``carried`` is the category the sentence before
    ended on, which a sentence that opens by referring back to it counts ("Из них 12 ...",
    "Сейчас их 5 120 человек"); ``listed``, the category of a list of people the sentence
    before named ("список погибших"), which "в нем" may count."""
    figures: list[Figure] = []
    waiting: list[tuple[int, int, Count]] = []  # numbers of people with no casualty word yet
    k = 0
    while k < len(tokens):
        number = read_number(tokens, k)
        if number is None:
            k += 1
            continue
        first, last, count = number
        if _fraction(tokens, first, last) or (first > 0 and tokens[first - 1].lower in lx.NUMBER_LABELS):
            k = last  # "около 2/3 от общего числа погибших": a share; "медсанчасть номер 4": a label
            continue
        if figures and figures[-1].last == first - 1 and tokens[first - 1].lower == lx.OUT_OF:
            k = last  # "35 шахтеров из 285": the whole they are out of is no figure
            continue
        figure = _figure(tokens, first, last, count)
        if figure is None and not figures and carried is not None:
            figure = _referring(tokens, first, last, count, carried)
        if figure is None and figures and _head(tokens, last) != -1:
            figure = _after_whole(tokens, first, last, count, figures[-1])
        if figure is None and figures:
            figure, figures[-1] = _correction(tokens, first, last, count, figures[-1])
        if figure is None:
            figure = _listed(tokens, first, last, count, listed)
        if figure is not None:
            figures.append(figure)
        elif _head(tokens, last) != -1:
            waiting.append((first, last, count))
        k = last
    figures = _coordinated(tokens, figures, waiting) if waiting and figures else figures
    people = _people(tokens, figures)
    return sorted([*figures, *people], key=lambda f: f.first) if people else figures


def _people(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """People told one by one: a person's noun in the nominative singular next to the verb
    or short participle of what befell them ("Погиб мужчина", "Мужчина и женщина погибли",
    "пострадала 11-летняя девочка", "полицейский получил ранение"), each a claim of 1; not
    one a number counts ("41 ребенок"), nor one inside a figure's phrase."""
    out: list[Figure] = []
    taken = {j for f in figures for j in range(f.first, f.last)}
    for j, tok in enumerate(tokens):
        if j in taken or not tok.lower.startswith(_PERSON_PREFIXES):
            continue
        info = form(tok.lower)
        if info.pos != "NOUN" or info.lemma not in lx.PERSON_NOUNS or info.case != "nomn" \
                or info.number != "sing" or _counted(tokens, j):
            continue
        predicate = _person_predicate(tokens, j)
        if predicate is None:
            continue
        category = casualty(tokens, predicate)
        if category is not None:
            out.append(Figure(j, j + 1, Count.stated(1, "exact"), category, tokens[predicate].text,
                              "person_subject", False, _group([tok.lower]), False, individuals=True))
    return out


def _counted(tokens: list[Token], j: int) -> bool:
    """Is the noun at token j counted by a number before it ("41 ребенок", "двое детей",
    "ещё один полицейский")?"""
    for k in range(j - 1, max(-1, j - 3), -1):
        if read_number(tokens, k) is not None:
            return True
        if not tokens[k].text[:1].isalpha() or form(tokens[k].lower).pos not in ("ADJF", "PRTF"):
            return False
    return False


def _person_predicate(tokens: list[Token], j: int) -> int | None:
    """The casualty predicate of the person's noun at token j, in its clause: right after it
    ("мужчина погиб", "мужчина и женщина погибли", "полицейский получил ранение") or right
    before it with its adjectives between ("погибла 11-летняя девочка")."""
    a, b = clause(tokens, j, j + 1)
    k = j + 1
    while k < b and (tokens[k].lower in lx.AND_WORDS or form(tokens[k].lower).pos in ("NOUN", "ADJF")) \
            and k < j + 4 and casualty(tokens, k) is None:
        k += 1  # "мужчина и женщина погибли"
    for n in (k, k + 1):
        if n < b and casualty(tokens, n) is not None \
                and (form(tokens[n].lower).pos in lx.PERSON_PREDICATE_POS or n == k + 1):
            return n
    k = j - 1
    while k > a and (form(tokens[k].lower).pos in ("ADJF", "PRTF") or tokens[k].lower[:1].isdigit()):
        k -= 1  # "погибла 11-летняя девочка"
    if k >= a and casualty(tokens, k) is not None and form(tokens[k].lower).pos in lx.PERSON_PREDICATE_POS:
        return k
    return None


def _after_whole(tokens: list[Token], first: int, last: int, count: Count,
                 whole: Figure) -> Figure | None:
    """A number after a figure of its sentence that a breakdown phrase opens ("погибли 17
    человек, в том числе 11 детей", "из которых пятеро детей", "среди них - четверо") is a
    part of that figure; one a dash opens after a comma ("в Ошской области погибли 97
    человек, в Джалал-Абадской области — 27 человек") says the same of another place."""
    k = skip_back(tokens, first)
    dash = k > 0 and tokens[k - 1].text in DASHES
    opened = k - 1 if dash else k
    part = any(ends_at(tokens, opened, p) for p in _PARTS)
    # "Погибли - 4 человека, из них детей - 0": the part's noun between its phrase and the dash
    named = dash and k >= 2 and tokens[k - 2].text[:1].islower() \
        and any(ends_at(tokens, k - 2, p) for p in _PARTS)
    part = part or named
    if not part and not (dash and any(t.text == "," for t in tokens[whole.last:k - 1])):
        return None
    if any(t.text in (";", "(", ")") for t in tokens[whole.last:first]) \
            or any(_starts_number(tokens, j) for j in range(whole.last, k)):
        return None
    head = _head(tokens, last)
    end = head + 1 if head is not None and head >= last else last
    nouns = [tokens[k - 2].lower] if named else [t.lower for t in tokens[last:end]]
    return Figure(first, end, count, whole.category, whole.term, "part_after" if part else "ellipsis",
                  part or whole.part, _group(nouns), False)


def _correction(tokens: list[Token], first: int, last: int, count: Count,
                before: Figure) -> tuple[Figure | None, Figure]:
    """"погибли не 64, а 60 человек", "погибли 60 человек, а не 64": a number set against the
    figure before it counts what it counts, and the one after "не" is the figure corrected.
    Returns (the number's figure or None, the figure before, marked when it is the corrected
    one)."""
    words = [t.lower for t in tokens]
    after_not = first >= 2 and words[first - 1] == lx.NEGATION and words[first - 2] == lx.CONTRAST
    instead = first >= 1 and words[first - 1] == lx.CONTRAST and before.first >= 1 \
        and words[before.first - 1] == lx.NEGATION
    opened = first - 2 if after_not else first - 1
    if not (after_not or instead) or any(t.text != "," for t in tokens[before.last:opened]) \
            or before.part:
        return None, before
    head = _head(tokens, last)
    end = head + 1 if head is not None and head >= last else last
    figure = Figure(first, end, count, before.category, before.term, "correction", False,
                    before.group, before.another, corrected=after_not)
    return figure, replace(before, corrected=True) if instead else before


def list_category(tokens: list[Token]) -> Category | None:
    """The category of a list the sentence names ("собственный список погибших"), else None."""
    for k, tok in enumerate(tokens):
        if tok.lower in lx.LIST_WORDS:
            for j in range(k + 1, min(len(tokens), k + 3)):
                category = casualty(tokens, j)
                if category is not None:
                    return category
    return None


def _listed(tokens: list[Token], first: int, last: int, count: Count,
            listed: Category | None) -> Figure | None:
    """"опубликовала список из 12 фамилий" (beside "погибших"), "в нем уже 78 человек" (after
    "список погибших"): the people on a list of the dead or the missing."""
    if last >= len(tokens) or tokens[last].lower not in lx.LISTED_NOUNS:
        return None
    before = [t.lower for t in tokens[max(0, first - 3):first]]
    if any(w in lx.LIST_WORDS for w in before):
        category = next((c for j in range(len(tokens)) for c in [casualty(tokens, j)] if c is not None),
                        None) or listed
    elif listed is not None and any(w in lx.LIST_PRONOUNS for w in before):
        category = listed
    else:
        return None
    if category is None:
        return None
    return Figure(first, last + 1, count, category, tokens[last].text, "listed", False)


def _referring(tokens: list[Token], first: int, last: int, count: Count,
               carried: Category) -> Figure | None:
    """A number at the opening of a sentence that refers back to the figures of the sentence
    before, with no casualty word of its own: a breakdown ("Из них 12 в тяжелом состоянии",
    "Семеро из них — жители района") or the count a pronoun stands for ("Сейчас их 5 120
    человек"). It counts what the sentence before counted."""
    k = skip_back(tokens, first)
    said = skip_back(tokens, k - _qualifier_length(tokens, k))  # "Из них более 100"
    opening = next((p for p in _PARTS if ends_at(tokens, said, p) and said - len(p) <= 1), None)
    of_them = first <= 1 and last + 1 < len(tokens) and tokens[last].lower == lx.OUT_OF \
        and tokens[last + 1].lower in lx.OF_THEM
    pronoun = 0 < said <= 3 and tokens[said - 1].lower == lx.THEIR
    if opening is None and not of_them and not pronoun:
        return None
    end = last + 2 if of_them else last
    head = _head(tokens, end)
    if head == -1:
        return None
    if head is not None and head >= end:
        end = head + 1
    qualifier = _qualifier(tokens, k)
    if qualifier is not None and count.qualifier == "exact":
        count = Count.stated(count.value, qualifier)
    span_first = first - _qualifier_length(tokens, k) if qualifier else first
    term = said - 1 if opening is not None or pronoun else last + 1
    return Figure(span_first, end, count, carried, tokens[term].text,
                  "pronoun_previous" if pronoun else "part_of_previous", not pronoun,
                  _group([t.lower for t in tokens[last:end]]))


def _starts_number(tokens: list[Token], k: int) -> bool:
    return read_number(tokens, k) is not None


def _coordinated(tokens: list[Token], figures: list[Figure],
                 waiting: list[tuple[int, int, Count]]) -> list[Figure]:
    """"129 силовиков и 66 гражданских лиц были ранены", "погибли 35 сотрудников и 15
    гражданских лиц": a number joined by "и" to a figure, in one clause, counts what it counts;
    so does each number of a list after one ("3664 мужчины, 2173 женщины и 260 детей"). A
    bare number after a figure in thousands is in thousands too ("около тысячи в Минске и
    более двух в регионах": 2,000)."""
    out = list(figures)
    for first, last, count in waiting:
        for figure in sorted(out, key=lambda f: -f.first):
            a, b = (last, figure.first) if last <= figure.first else (figure.last, first)
            between = tokens[a:b]
            joined = len(between) <= 4 and any(t.lower in lx.AND_WORDS for t in between) \
                and not any(t.text in CLAUSE_MARKS for t in between)
            listed = figure.last <= first and 1 <= len(between) <= 2 \
                and all(t.text == "," or t.lower in lx.AND_WORDS for t in between) \
                and between[0].text == ","
            if joined or listed:
                head = _head(tokens, last)
                end = head + 1 if head is not None and head >= last else last
                nouns = [t.lower for t in tokens[last:end]]
                part = figure.part or any(words_at(tokens, last, p) for p in _PARTS_AFTER)
                scale = max((lx.SCALES.get(t.lower, lx.ONE_OF_SCALE.get(t.lower, 1))
                             for t in tokens[figure.first:figure.last]), default=1)
                if head is None and count.value is not None and count.value < scale <= 1_000_000 \
                        and last - first == 1:
                    count = Count.stated(count.value * scale, count.qualifier)
                qualifier = _qualifier(tokens, skip_back(tokens, first))
                if qualifier is not None and count.qualifier == "exact":
                    count = Count.stated(count.value, qualifier)
                    first -= _qualifier_length(tokens, skip_back(tokens, first))
                out.append(Figure(first, end, count, figure.category, figure.term, "coordinated",
                                  part, _group(nouns) if listed else ""))
                break
    return sorted(out, key=lambda f: f.first)


def read_number(tokens: list[Token], k: int) -> tuple[int, int, Count] | None:
    """A number phrase starting at token k: (first, last, count). Digits with scale words
    ("2 тыс. 231", "1,5 тыс."), number words ("сто двадцать", "полмиллиона", "двое"), vague
    amounts ("десятки", "несколько сотен") and ranges ("от 4 до 5", "4–5")."""
    if k >= len(tokens):
        return None  # "погибли 64 из": the sentence ends
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
        if end + 1 < len(tokens) and tokens[end].text in DASHES and tokens[end].start == tokens[end - 1].end:
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
        if end + 1 < len(tokens) and tokens[end].text == ":" and tokens[end + 1].text[:1].isdigit() \
                and tokens[end + 1].start == tokens[end].end:
            return None  # "16:00"; not "увеличилось до 19: один из пострадавших скончался"
        return end, int(value_text)
    if word in lx.COLLECTIVES:
        return k + 1, lx.COLLECTIVES[word]
    if word in lx.ONE_AND_A_HALF and k + 1 < len(tokens) and tokens[k + 1].lower in lx.HALF_SCALES:
        return k + 2, lx.HALF_SCALES[tokens[k + 1].lower] * 3 // 2
    if word in lx.WHOLE_WORDS:
        return k + 1, lx.WHOLE_WORDS[word]
    if word in lx.ONE_OF_SCALE and k > 0 and tokens[k - 1].lower in lx.GENITIVE_QUALIFIERS:
        return k + 1, lx.ONE_OF_SCALE[word]  # "около тысячи": about 1,000
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
    if first > 0 and (tokens[first - 1].lower in lx.MONTHS
                      or (tokens[first - 1].text == ":" and tokens[first].start == tokens[first - 1].end)):
        return None  # "14 июня 2010", "7:05"; not "жителей: 406 были убиты" ("№ 5": find_figures)
    if last + 2 < len(tokens) and tokens[last].lower in lx.DAY_SPAN_JOINS \
            and tokens[last + 1].text.isdigit() and tokens[last + 2].lower in lx.MONTHS \
            and (tokens[last].lower.isalpha() or tokens[last].start == tokens[last - 1].end):
        return None  # "с 26 по 28 ноября", "26-28 ноября": the first day of a span (not "12 — 28 ноября ...")
    if first > 0 and tokens[first - 1].text == "[" and last < len(tokens) and tokens[last].text == "]":
        return None  # "[2]": a reference
    if _model_number(tokens, first):
        return None  # "Superjet 100", "SSJ-100", "Ту-154": a model, not people
    head = _head(tokens, last)
    if head == -1:
        return None  # a noun that counts no people: "2 из 3 кинозалов", "200 животных", "26 марта"
    counted = _counted_part(tokens, first)
    part = any(ends_at(tokens, skip_back(tokens, first), p) for p in _PARTS) or bool(counted)
    end = last
    if head is not None and tokens[head].lower == lx.OUT_OF and head + 1 < len(tokens) \
            and tokens[head + 1].lower in lx.OF_THEM:
        part, end, head = True, head + 2, None  # "семеро из них госпитализированы"
    elif head is not None and tokens[head].lower == lx.OUT_OF:
        whole = read_number(tokens, head + 1)  # "58 из 64 погибших": 58 of the 64
        if whole is None:
            return _one_of(tokens, first, head, count)
        part, end = True, whole[1]
        head = _head(tokens, whole[1])
        if head == -1:
            return None
    category, rule, term_at = _category(tokens, first, end, head)
    if category is None:
        return None
    qualifier = _qualifier(tokens, skip_back(tokens, first))
    if qualifier is not None and ends_at(tokens, skip_back(tokens, first), (lx.UP_TO,)) \
            and any(t.lower.startswith(lx.GROWTH_STEMS) for t in tokens[last:last + _GROWTH_AFTER]):
        qualifier = None  # "До 20 человек увеличилось число погибших": the new figure
    if qualifier is not None and count.qualifier == "exact":
        count = Count.stated(count.value, qualifier)
    span_last = head + 1 if head is not None and head >= end else end
    if term_at >= span_last and term_at - span_last <= 2:
        span_last = term_at + 1
    span_first = first - _qualifier_length(tokens, skip_back(tokens, first)) if qualifier else first
    if category == "killed" and not part:
        a, b = clause(tokens, first, last)  # "умерших в медучреждениях": the dead in hospital
        if any(t.lower.startswith(lx.HOSPITAL_STEMS) for t in tokens[a:b]):
            if tokens[term_at].lower.startswith(lx.VICTIM_STEMS) \
                    and any(t.lower.startswith(lx.STAYING_STEMS) for t in tokens[a:b]):
                category = "injured"  # "12 жертв трагедии остаются в больницах": victims still treated
            else:
                part, counted = True, lx.PART_GROUP_HOSPITAL
    if not counted:
        counted, at_scene = _what_became_of(tokens, first, last, category)
        part = part or at_scene
    nouns = [t.lower for t in tokens[last:min(len(tokens), max(span_last, last + 2))]]
    another = any(t.lower in lx.ANOTHER for t in tokens[skip_back(tokens, first):first])
    # "скончался один человек, Беляева Татьяна": one person, told by name (a toll of one, "погиб
    # один человек", stays the toll)
    one = count.value == 1 and head is not None and _one_person(tokens[head].lower) \
        and head + 2 < len(tokens) and tokens[head + 1].text == "," and tokens[head + 2].text[:1].isupper()
    return Figure(span_first, span_last, count, category, tokens[term_at].text, rule, part,
                  _group(nouns) or counted, another, individuals=one)


def _fraction(tokens: list[Token], first: int, last: int) -> bool:
    """Is the number at [first, last) a term of a fraction ("2/3")?"""
    return (first >= 2 and tokens[first - 1].text == "/" and tokens[first - 2].text.isdigit()) \
        or (last + 1 < len(tokens) and tokens[last].text == "/" and tokens[last + 1].text.isdigit())


def _one_person(word: str) -> bool:
    """A noun of one person in the singular ("человек", "женщина")."""
    info = form(word)
    return info.pos == "NOUN" and info.number == "sing" \
        and (info.lemma in lx.PERSON_NOUNS or info.lemma in lx.GENERIC_PERSON_NOUNS)


def _what_became_of(tokens: list[Token], first: int, last: int, category: Category) -> tuple[str, bool]:
    """(group, whether a part of the toll) of the figure at [first, last) by what its clause says
    became of them: the injured still in care ("в стационарах остаются 44", "на лечении
    находятся 25"), sent home ("выписаны"), in a grave condition ("состояние 22 пострадавших
    оценивают как тяжелое"); the dead at the scene ("на месте происшествия скончались 16"), a
    part of the toll that others died after; the dead brought up so far ("число поднятых из
    шахты погибших составило 22"). ("", False) for the whole."""
    if first > 0 and tokens[first - 1].lower == lx.OUT_OF \
            and (first == 1 or read_number(tokens, first - 2) is not None
                 or tokens[first - 2].text in CLAUSE_MARKS):
        # "5 из 22 пострадавших", "Из 50 пострадавших 20 выписаны": the whole a part is out of
        # (not "выписаны последние пациенты из 25 пострадавших": the 25 were discharged)
        return "", False
    a, b = clause(tokens, first, last)
    words = [t.lower for t in tokens[a:b]]
    if category == "injured":
        if any(w.startswith(lx.STAYING_STEMS) for w in words) \
                and any(w.startswith(lx.CARE_STEMS) for w in words):
            return lx.IN_CARE_GROUP, False
        if any(w.startswith(lx.DISCHARGED_STEMS) for w in words):
            return lx.DISCHARGED_GROUP, False
        if any(w.startswith(lx.CONDITION_STEM) for w in words) \
                and any(w.startswith(lx.GRAVE_STEMS) for w in words):
            return lx.GRAVE_GROUP, False
    if category == "killed" and any(w == lx.AT and k + 1 < len(words) and words[k + 1] in lx.SCENE_WORDS
                                    for k, w in enumerate(words)):
        return lx.AT_SCENE_GROUP, True
    if category == "killed" and any(w.startswith(lx.RAISED_STEMS) for w in words):
        return lx.RAISED_GROUP, True  # "число поднятых из шахты погибших составило 22": recovered so far
    return "", False


_GROWTH_AFTER = 3  # tokens from a figure to the verb of growth after it ("20 человек увеличилось")


def _model_number(tokens: list[Token], first: int) -> bool:
    """Is the number at ``first`` a model's ("Superjet 100", "Boeing 737", "SSJ-100",
    "Ту-154", "Ми-8")? After a word in Latin letters, or joined to a word by a hyphen."""
    if first == 0:
        return False
    before = tokens[first - 1]
    if before.text[:1].isupper() and before.text.isascii() and before.text.isalpha():
        return True
    return first > 1 and before.text == "-" and before.start == tokens[first - 2].end \
        and before.end == tokens[first].start and tokens[first - 2].text[:1].isalpha()


def _one_of(tokens: list[Token], first: int, out_of: int, count: Count) -> Figure | None:
    """"задержан один из участников", "скончался один из раненых": some of a group of people
    named in the genitive plural after "из"; what befell them is the predicate, else the
    group's own casualty word ("двое из раненых в тяжелом состоянии": injured)."""
    group = out_of + 1
    if group >= len(tokens) or not tokens[group].text[:1].islower():
        return None
    info = form(tokens[group].lower)
    if info.pos not in ("NOUN", "ADJF", "PRTF") or info.case != "gent" or info.number != "plur" \
            or (casualty(tokens, group) is None and (info.pos != "NOUN" or not info.animate)):
        return None  # "в одной из подмосковных больниц": no people
    end = clause(tokens, group, group + 1)[1]
    verb = next((j for j in range(group + 1, end) if casualty(tokens, j) is not None
                 and form(tokens[j].lower).pos in lx.PERSON_PREDICATE_POS), None)
    if verb is not None:  # "один из пострадавших в ДТП ... скончался в больнице"
        category, rule, term_at = casualty(tokens, verb), "predicate", verb
    else:
        category, rule, term_at = _category(tokens, first, group + 1, None)
    if category is None:
        category, rule, term_at = casualty(tokens, group), "casualty_head", group
    if category is None:
        return None
    # some of the group: a part of its count ("один из пострадавших скончался": one of the 19
    # dead the sentence gives, not a toll of one)
    return Figure(first, group + 1, count, category, tokens[term_at].text, rule, True,
                  _group([tokens[group].lower]))


def _counted_part(tokens: list[Token], first: int) -> str:
    """"опознаны тела 21 человека", "похороны 14 человек": the dead identified or buried so
    far, a part of the toll: which part ("identified", "buried"), else ""."""
    a, b = clause(tokens, first, first + 1)
    for t in tokens[a:b]:
        for stem, group in lx.PART_STEMS.items():
            if t.lower.startswith(stem):
                return group
    return ""


def _head(tokens: list[Token], k: int) -> int | None:
    """The noun a number at token k counts: its index; None when no noun follows ("44
    пострадали", "достигло 53,"); -1 when the noun counts no people."""
    j = k
    while j < len(tokens) and j < k + 4:
        tok = tokens[j]
        word = tok.lower
        if not word[:1].isalpha():
            return None
        if word.startswith(lx.PLACE_CASUALTY_STEMS):
            return -1  # "5 больниц": the places the injured are in, counted
        if casualty(tokens, j) is not None or word in lx.PEOPLE_FORMS:
            return j
        if word == lx.OUT_OF:
            return j
        if word in lx.AND_WORDS and j + 1 < len(tokens):
            other = read_number(tokens, j + 1)  # "5 и 12 лет": the noun of both
            return _head(tokens, other[1]) if other is not None else None
        info = form(word)
        if info.pos == "NOUN":
            if word.startswith(lx.NOT_PEOPLE_STEMS) or word in lx.NOT_PEOPLE_FORMS or not info.animate:
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
            # "скончались еще двое пострадавших": the verb of death before them, in their clause
            before = skip_back(tokens, first)
            if category == "injured" and before > 0 \
                    and tokens[before - 1].lower.startswith(lx.DEATH_VERB_STEMS):
                return "killed", "predicate_before", before - 1
            if category == "missing":
                a, b = clause(tokens, first, last)
                found = next((j for j in range(a, b) if tokens[j].lower in lx.FOUND_DEAD), None)
                if found is not None:
                    return "killed", "predicate", found  # "обнаружили погибшими шестерых пропавших"
            return category, "casualty_head", head
    a, b = clause(tokens, first, last)
    if a > 0 and tokens[a - 1].text == "(":
        a = clause(tokens, a - 1, a - 1)[0]  # "признан погибшим официально (64 человека)"
        a = _list_of_places_start(tokens, a)
    a = _before_parenthesis(tokens, a)
    after = (head + 1) if head is not None and head >= last else last
    if after == b and b + 1 < len(tokens) and tokens[b].text in DASHES:
        dashed = clause(tokens, b + 1, b + 1)[1]
        said = next((j for j in range(b + 1, min(dashed, b + 5)) if casualty(tokens, j) is not None), None)
        if said is not None:  # "из них трое – погибли", "двадцать восемь – направлены в лечебные учреждения"
            return casualty(tokens, said), "predicate", said
    beyond = _past_aside(tokens, after)
    if beyond != after:
        after, b = beyond, clause(tokens, beyond, beyond)[1]
    while after < b and tokens[after].text[:1].islower() and form(tokens[after].lower).pos == "NOUN" \
            and form(tokens[after].lower).case == "gent" and casualty(tokens, after) is None \
            and head is not None and after == head + 1:
        after += 1  # "46 пассажиров автобуса доставлены ...": the noun's genitive
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
        if read_number(tokens, j) is not None and j < first - 1 and not _bracketed(tokens, j):
            break  # another figure's predicate ("(15 человек)" of a list of places is no figure's own)
    for j in range(after, min(b, after + 6)):
        if read_number(tokens, j) is not None:
            break
        category = casualty(tokens, j)
        if category is not None:
            return category, "predicate", j
    toll = _toll_subject(tokens, first)
    if toll is not None:
        return toll[0], "toll", toll[1]
    if head is not None and b == head + 1 and b + 2 < len(tokens) and tokens[b].text == "," \
            and tokens[b + 1].lower in lx.RELATIVE_WHO:
        # "о 93 людях, которые не выжили": what befell the people, in the relative clause on them
        end = clause(tokens, b + 1, b + 2)[1]
        said = next((j for j in range(b + 2, min(end, b + 2 + _RELATIVE_VERB_REACH))
                     if casualty(tokens, j) is not None
                     and form(tokens[j].lower).pos in lx.PERSON_PREDICATE_POS), None)
        if said is not None and any(t.lower == lx.NEGATION for t in tokens[b + 2:said]) \
                and tokens[said].lower not in lx.NEGATED_FORMS:
            said = None  # "30 человек, которые не пострадали", "не были ранены": nothing befell them
        if said is not None:
            return casualty(tokens, said), "relative_predicate", said
    fate = next((j for j in range(a, b) if tokens[j].lower.startswith(lx.FATE_STEM)), None)
    if fate is not None and any(t.lower.startswith(lx.UNKNOWN_STEM) for t in tokens[a:b]):
        return "missing", "fate_unknown", fate  # "судьба 79 жителей остается неизвестной"
    return None, "", first


_RELATIVE_VERB_REACH = 4  # tokens from "которые" to its verb ("которые так и не выжили")


def _list_of_places_start(tokens: list[Token], a: int) -> int:
    """The start of the clause that opens a list of places with their figures in brackets
    ("задерживают в Барнауле (минимум 1 человек), Иркутске (15 человек)": the list's verb is
    the clause before its first item), from the start ``a`` of one item."""
    while a >= 2:
        if tokens[a - 1].text == "," and tokens[a - 2].text == ")":
            close = a - 2  # "Самаре (12 человек), Туле (4 человека)"
        elif tokens[a].lower in lx.LIST_AND and tokens[a - 1].text == ")":
            close = a - 1  # "... Туле (4 человека) и Омске (9 человек)"
        else:
            break
        opened = next((k for k in range(close - 1, max(-1, close - _LIST_ITEM_REACH), -1)
                       if tokens[k].text == "("), None)
        if opened is None:
            break
        a = clause(tokens, opened, opened)[0]
    return a


_LIST_ITEM_REACH = 8  # tokens of one bracketed figure ("(не менее 15 человек)")


def _bracketed(tokens: list[Token], j: int) -> bool:
    """Does token j stand inside brackets ("Иркутске (15 человек)")?"""
    mark = next((t.text for t in reversed(tokens[max(0, j - _LIST_ITEM_REACH):j]) if t.text in "()"), "")
    return mark == "("


def _before_parenthesis(tokens: list[Token], a: int) -> int:
    """The start of a figure's clause, before a parenthesis set off by commas that opens it
    ("Жертвами катастрофы, по последним данным, стали шесть человек": the predicate is
    before "по последним данным")."""
    if a < 2 or tokens[a - 1].text != ",":
        return a
    start = clause(tokens, a - 2, a - 1)[0]
    if start > 1 and tokens[start - 1].text == "," and tokens[start].lower in lx.PARENTHESIS_OPENERS:
        return clause(tokens, start - 2, start - 1)[0]
    return a


def _past_aside(tokens: list[Token], k: int) -> int:
    """The token after what stands between a figure's noun phrase and its predicate at k: a
    participial or relative clause set off by commas ("60 человек, работавших на ГЭС,
    числятся пропавшими"), after the whole it is out of ("35 шахтеров из 285, спустившихся
    под землю, не найдены"), or the names its genitive lists ("800 жителей провинций Кунар,
    Лагман и Нангархар погибли"); k when there is none."""
    if k + 1 < len(tokens) and tokens[k].lower == lx.OUT_OF:
        whole = read_number(tokens, k + 1)
        if whole is not None:
            head = _head(tokens, whole[1])
            k = head + 1 if head is not None and head >= whole[1] else whole[1]
    if k + 2 < len(tokens) and tokens[k].text == "," and casualty(tokens, k + 1) is None \
            and (tokens[k + 1].lower in lx.RELATIVE_WORDS or form(tokens[k + 1].lower).pos == "PRTF"):
        for j in range(k + 2, min(len(tokens), k + 12)):
            if tokens[j].text in CLAUSE_MARKS:
                return j + 1 if tokens[j].text == "," else k
            if casualty(tokens, j) is not None or read_number(tokens, j) is not None:
                return k
        return k
    j = k
    while j < len(tokens) and tokens[j].text[:1].islower() and form(tokens[j].lower).pos == "NOUN" \
            and form(tokens[j].lower).case == "gent" and casualty(tokens, j) is None:
        j += 1  # "жителей провинций"
    names = 0
    while j < len(tokens) and tokens[j].text[:1].isupper():
        names += 1
        j += 1
        if j + 1 < len(tokens) and (tokens[j].text == "," or tokens[j].lower in lx.AND_WORDS) \
                and tokens[j + 1].text[:1].isupper():
            j += 1
        else:
            break
    return j if names >= 3 else k


def _toll_subject(tokens: list[Token], first: int) -> tuple[Category, int] | None:
    """"Число погибших ... достигло 164": a verb of the toll just before the figure, and its
    subject, a toll noun with a casualty word, earlier in the sentence."""
    k = skip_back(tokens, first)
    for back in range(1, 7):
        j = k - back
        if j < 0:
            return None
        if tokens[j].lower.startswith(lx.TOLL_VERB_STEMS):
            break
        if tokens[j].text in DASHES and back == 1:
            break  # "Число жертв, по данным СК, — 133"
        if _from_figure(tokens, j, k):
            continue  # "возросло с 1 037 до 1 305": the figure it grew from
        if back > 3:
            return None
        if tokens[j].lower != lx.UP_TO and tokens[j].lower not in lx.FILLERS \
                and not any(ends_at(tokens, k, q) for q, _ in _QUALIFIERS):
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


def _from_figure(tokens: list[Token], j: int, k: int) -> bool:
    """Is token j, before the figure at k, in the "с X" of "возросло с X до Y"?"""
    if j + 1 >= k or tokens[k - 1].lower != lx.UP_TO:
        return False
    for n in range(j, max(-1, j - 3), -1):
        if tokens[n].lower in lx.FROM_WORDS and n > 0 and tokens[n - 1].lower.startswith(lx.GROWTH_STEMS):
            number = _plain_number(tokens, n + 1)
            return number is not None and number[0] == k - 1
    return False


def _qualifier(tokens: list[Token], k: int) -> Qualifier | None:
    for phrase, qualifier in _QUALIFIERS:
        if ends_at(tokens, k, phrase):
            if phrase == (lx.UP_TO,) and _after_growth(tokens, k - 1):
                return None  # "возросло до 64": the new figure
            return qualifier
    return None


def _qualifier_length(tokens: list[Token], k: int) -> int:
    for phrase, _ in _QUALIFIERS:
        if ends_at(tokens, k, phrase):
            return len(phrase)
    return 0


def _after_growth(tokens: list[Token], k: int) -> bool:
    """Is "до" at token k the "до" of a verb of growth ("возросло до", "увеличилось до")?"""
    return any(tokens[j].lower.startswith(lx.GROWTH_STEMS) for j in range(max(0, k - 3), k))


def _group(words: list[str]) -> str:
    for k, word in enumerate(words):
        if word.startswith(lx.STAFF_STEM) and k + 1 < len(words):
            return lx.STAFF_GROUP
        for stem, group in lx.GROUP_STEMS.items():
            if word.startswith(stem):
                return group
    return ""
