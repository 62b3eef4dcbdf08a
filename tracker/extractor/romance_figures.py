"""The figures of a French or Spanish sentence: number phrases ("1 500", "1.500", "1,5
million", "deux cents", "un millar", "des dizaines", "entre 10 et 20"), their qualifiers
and the casualty word each counts.

The grammar both languages share: the number stands before its noun ("au moins 124
morts", "al menos 124 muertos"), a predicate after it reads a noun of people ("124
personnes ont été tuées", "30 personas resultaron heridas"), a verb before it reads the
same ("murieron 12 personas", "tuant 12 personnes"), a toll's noun reads a figure with no
noun ("le bilan s'élève à 124", "el número de muertos asciende a 124"), and a breakdown
("dont 13 enfants", "entre ellos 13 niños") counts what its whole counts. The words are in
the lexicon (romance_words.Grammar); the rules are: README, "Languages".
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Category, Count, Qualifier
from .romance_words import Grammar
from .ru_text import CLAUSE_MARKS, QUOTES, Token, clause, tokenize
from .shared_steps import Figure

_APOSTROPHES = frozenset("’ʼ‘")
_YEARS = range(1900, 2101)
_TOLL_BEFORE = "toll_before"  # a toll whose noun counts what a figure before it counts ("esa cifra")
_NOUN_REACH = 6  # tokens a predicate may stand after its noun ("ont toutes été tuées")


def romance_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of [start, end), a typographic apostrophe read as "'"."""
    return [replace(t, lower="'") if t.text in _APOSTROPHES else t for t in tokenize(text, start, end)]


def casualty(g: Grammar, tokens: list[Token], k: int) -> Category | None:
    """The category of token k when it is a casualty word."""
    word = tokens[k].lower
    exact = g.words.CASUALTY_FORMS.get(word)
    if exact is not None:
        return None if alive(g, tokens, k) else exact
    if word in g.words.WHEREABOUTS and k + 1 < len(tokens) \
            and tokens[k + 1].lower.startswith(g.words.UNKNOWN_STEMS):
        return "missing"  # "siguen en paradero desconocido" (not "se conoce el paradero de 40")
    if word in g.words.SHELTER_WORDS and k > 0 and tokens[k - 1].lower in g.words.WITHOUT_WORDS:
        return "displaced"  # "1 500 personnes sans abri", "500 personas quedaron sin hogar"
    if word.startswith(g.words.NOT_CASUALTY_STEMS):
        return None
    for length in range(min(len(word), 12), 3, -1):
        category = g.words.CASUALTY_STEMS.get(word[:length])
        if category is not None:
            return category
    return None


def alive(g: Grammar, tokens: list[Token], k: int) -> bool:
    """Token k ends words that say the people are alive ("con vida", "en vie")."""
    return k > 0 and f"{tokens[k - 1].lower} {tokens[k].lower}" in g.words.ALIVE_PHRASES


def _found_alive(g: Grammar, tokens: list[Token], last: int) -> bool:
    """Words that say the people are alive in the figure's clause after it, before another
    number or a mark ("113 han sido rescatadas con vida", "30 ont été retrouvées en vie")."""
    for n in range(last, min(len(tokens), last + _ALIVE_REACH)):
        if tokens[n].lower[:1].isdigit() or tokens[n].text in {",", ";", ".", ":"}:
            return False
        if alive(g, tokens, n):
            return True
    return False


_ALIVE_REACH = 7  # tokens from a figure to "con vida" ("han sido rescatadas con vida")


def find_figures(g: Grammar, tokens: list[Token], whole: Figure | None = None) -> list[Figure]:
    """The figures of one sentence, in order. ``whole`` is the last figure of the sentence
    before when this one opens with a breakdown ("Parmi eux figurent 40 enfants", "Entre
    los fallecidos hay 13 niños"): its numbers of people are parts of it (`part_of_previous`)."""
    figures: list[Figure] = []
    waiting: list[tuple[int, int, Count, int]] = []  # numbers of people with no category yet
    k = 0
    while k < len(tokens):
        number = read_number(g, tokens, k)
        if number is None:
            k += 1
            continue
        first, last, count = number
        figure, head = _figure(g, tokens, first, last, count, figures)
        if figure is not None and figure.category == "missing" and _found_since(g, tokens, last):
            figure = None  # "150 personas que permanecían en paradero desconocido ya han sido localizadas"
        if whole is not None and figure is not None:
            figure = replace(figure, part=True)
        elif whole is not None and head is not None and head >= 0 \
                and tokens[head].lower in g.words.PEOPLE_NOUNS:
            figure = Figure(first, head + 1, count, whole.category, whole.term, "part_of_previous", True,
                            _group(g, [tokens[head].lower]))
        if figure is not None:
            figures.append(figure)
        elif head is not None and head >= 0:
            waiting.append((first, last, count, head))
        k = last
    return _coordinated(g, tokens, figures, waiting) if waiting and figures else figures


# ---------------------------------------------------------------- numbers

def read_number(g: Grammar, tokens: list[Token], k: int) -> tuple[int, int, Count] | None:
    """A number phrase starting at token k: (first, last, count). Digits with scale words,
    number words, approximate numbers ("une centaine": about 100), vague amounts ("des
    dizaines", "plusieurs centaines") and ranges ("entre 10 et 20", "de 10 à 20", "10-20")."""
    w = g.words
    word = tokens[k].lower
    closer = w.RANGE_OPENERS.get(word)
    # "passe de 10 à 20": from one figure to another (not "a fait entre 200 et 300 morts")
    grown = k > 0 and word in w.OF_WORDS \
        and tokens[k - 1].lower.startswith(w.GROWTH_STEMS + w.TOLL_VERB_STEMS)
    if closer is not None and not grown:
        low = _plain(g, tokens, k + 1)
        if low is not None and low[0] < len(tokens) and tokens[low[0]].lower == closer:
            high = _plain(g, tokens, low[0] + 1)
            if high is not None and high[1] > low[1]:
                return k, high[0], Count.between(low[1], high[1], "range")
        return None
    if closer is not None:
        return None
    if word in w.ONE_WORDS and k + 1 < len(tokens) and tokens[k + 1].lower in w.ABOUT_NUMBERS:
        return k, k + 2, Count.stated(w.ABOUT_NUMBERS[tokens[k + 1].lower], "about")  # "une centaine"
    plain = _plain(g, tokens, k)
    if plain is not None and plain[0] < len(tokens) and tokens[plain[0]].lower in w.VAGUE_SCALES:
        unit = w.VAGUE_SCALES[tokens[plain[0]].lower]  # "tres decenas": about 30
        return k, plain[0] + 1, Count.stated(plain[1] * unit, "about")
    if plain is not None:
        end, value = plain
        dash = end + 1 < len(tokens) and tokens[end].text in ("-", "–")
        if dash and tokens[end].start == tokens[end - 1].end:
            high = _plain(g, tokens, end + 1)
            if high is not None and high[1] > value and tokens[end + 1].start == tokens[end].end:
                return k, high[0], Count.between(value, high[1], "range")
        return k, end, Count.stated(value, "exact")
    if word in w.ABOUT_NUMBERS:
        return k, k + 1, Count.stated(w.ABOUT_NUMBERS[word], "about")  # "centenar de heridos"
    return _vague(g, tokens, k)


def _plain(g: Grammar, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """(end, value) of digits or number words at token k, with their scale word."""
    if k >= len(tokens):
        return None
    text = tokens[k].lower
    if text[:1].isdigit():
        return _digits(g, tokens, k)
    values = _number_words(g, text)
    if not values:
        return None
    end = k + 1
    while end < len(tokens):
        link = tokens[end].lower in g.words.NUMBER_LINKS and end + 1 < len(tokens)
        more = _number_words(g, tokens[end + 1].lower if link else tokens[end].lower)
        if not more:
            break
        values += more
        end += 2 if link else 1
    scale = g.words.SCALES.get(tokens[end].lower) if end < len(tokens) else None
    if scale is not None and scale > 1_000:
        values.append(scale)
        end += 1
    return end, _sum_words(values)


def _number_words(g: Grammar, word: str) -> list[int]:
    """The values of a number word, or of the parts of a hyphenated one ("vingt-deux",
    "quatre-vingt-dix"); [] when it is none."""
    numbers = g.words.NUMBER_WORDS
    if word in numbers:
        return [numbers[word]]
    parts = word.split("-")
    if len(parts) < 2:
        return []
    values: list[int] = []
    j = 0
    while j < len(parts):
        pair = "-".join(parts[j:j + 2])
        if j + 1 < len(parts) and pair in numbers:
            values.append(numbers[pair])
            j += 2
        elif parts[j] in numbers:
            values.append(numbers[parts[j]])
            j += 1
        elif parts[j] in g.words.NUMBER_LINKS:
            j += 1  # "vingt-et-un"
        else:
            return []
    return values


def _sum_words(values: list[int]) -> int:
    """"deux cent mille" = 200,000, "ciento veinte" = 120, "dos mil quinientos" = 2,500:
    hundreds multiply what is before them, thousands and millions close a group."""
    total, current = 0, 0
    for v in values:
        if v == 100:
            current = max(current, 1) * 100
        elif v >= 1_000:
            total += max(current, 1) * v
            current = 0
        else:
            current += v
    return total + current


def _digits(g: Grammar, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """(end, value) of a number in digits: "1 500", "1.500" and "1,500" (thousands), "1,5
    million", "5 mil"; a decimal without a scale word, or an age written "13-ans", counts
    no people."""
    text = tokens[k].lower
    if "-" in text:
        return None
    digits = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    end = k + 1
    scale = g.words.SCALES.get(tokens[end].lower) if end < len(tokens) else None
    whole, sep, fraction = digits.replace(",", ".").rpartition(".")
    if scale is not None:
        if sep and len(fraction) != 3:
            return end + 1, round(float(f"{whole.replace('.', '')}.{fraction}") * scale)
        return end + 1, int(digits.replace(".", "").replace(",", "")) * scale
    if sep and (len(fraction) != 3 or any(len(p) != 3 for p in whole.split(".")[1:])):
        return None  # "1,5", "7.8": a decimal, no people
    return end, int(digits.replace(".", "").replace(",", ""))


def _vague(g: Grammar, tokens: list[Token], k: int) -> tuple[int, int, Count] | None:
    """A vague amount at token k: "dizaines", "centenares", "des dizaines de milliers",
    "plusieurs centaines", "varios"."""
    w = g.words
    word = tokens[k].lower
    if word in w.VAGUE_MULTIPLIERS:
        low, high = w.VAGUE_MULTIPLIERS[word]
        if k + 1 < len(tokens) and tokens[k + 1].lower in w.VAGUE_SCALES:
            unit = w.VAGUE_SCALES[tokens[k + 1].lower]
            return k, k + 2, Count.between(low * unit, (high + 1) * unit - 1, "vague")
        return k, k + 1, Count.between(low, high, "vague")
    if word not in w.VAGUE_UNITS:
        return None
    low, high = w.VAGUE_UNITS[word]
    j = k + 1
    if j + 1 < len(tokens) and tokens[j].lower in w.OF_WORDS and tokens[j + 1].lower in w.VAGUE_SCALES:
        unit = w.VAGUE_SCALES[tokens[j + 1].lower]  # "des dizaines de milliers": 10,000-99,999
        return k, j + 2, Count.between(low * unit, (high + 1) * unit - 1, "vague")
    return k, k + 1, Count.between(low, high, "vague")


# ---------------------------------------------------------------- a figure's category

def _found_since(g: Grammar, tokens: list[Token], last: int) -> bool:
    """Does a verb of finding follow the missing counted before ``last``, in its sentence with no
    other number between ("... ya han sido localizadas", "... ont été retrouvées")?"""
    for k in range(last, len(tokens)):
        if tokens[k].lower.startswith(g.words.FOUND_STEMS):
            return not (k and tokens[k - 1].lower in g.words.WITHOUT_WORDS)  # not "o no localizadas"
        if read_number(g, tokens, k) is not None and tokens[k].lower not in g.words.DETERMINERS:
            return False
    return False


def _day_before_date(g: Grammar, tokens: list[Token], first: int, last: int) -> bool:
    """Is the number at [first, last) the first day of two joined to a month, after a word that
    opens a span of days ("entre el 25 y el 27 de octubre", "del 24 al 27 de octubre", "les 3 et
    4 juin"; not "asciende a 45 al 3 de junio", a count as of a day)?"""
    w = g.words
    k = first - 1
    if k > 0 and tokens[k].lower in w.DETERMINERS and tokens[k].lower not in w.DAY_SPAN_OPENERS:
        k -= 1
    if k < 0 or tokens[k].lower not in w.DAY_SPAN_OPENERS:
        return False
    j = last
    if j >= len(tokens) or tokens[j].lower not in g.day_joins:
        return False
    j += 1
    while j < len(tokens) and tokens[j].lower in w.DETERMINERS:
        j += 1
    if j >= len(tokens) or not tokens[j].text.isdigit():
        return False
    j += 1
    if j < len(tokens) and tokens[j].lower in w.MONTH_LINKS:
        j += 1
    return j < len(tokens) and tokens[j].lower in w.MONTHS


def _figure(g: Grammar, tokens: list[Token], first: int, last: int, count: Count,
            before: list[Figure]) -> tuple[Figure | None, int | None]:
    """The figure a number phrase makes, when it counts people in a casualty category, and
    the index of its noun (None: none; -1: a noun that counts no people)."""
    w = g.words
    prev = tokens[first - 1].lower if first > 0 else ""
    if prev in w.MONTH_LINKS and first > 1 and tokens[first - 2].lower in w.MONTHS:
        prev = tokens[first - 2].lower  # "junio de 2010"
    if prev in w.MONTHS or prev in w.NOT_COUNTS_BEFORE or _day_before_date(g, tokens, first, last) or (
            last < len(tokens) and tokens[last].lower in w.NOT_COUNTS_AFTER):
        return None, -1  # "juin 2010", "n° 5", "12 %", "13 h", "entre el 25 y el 27 de octubre"
    if prev in w.OF_WORDS and first > 1 and tokens[first - 2].lower in w.GAP_NOUNS:
        return None, -1  # "una diferencia de cuatro víctimas", "un écart de 12 morts": no count
    link = first - 1 - (prev == "'")
    if link > 0 and tokens[link].lower in w.OF_WORDS and tokens[link - 1].lower in w.CHANGE_NOUNS:
        return None, -1  # "un bilan en hausse d'un décès", "un aumento de 12 muertos": the change, no count
    after = last + (last < len(tokens) and tokens[last].lower in w.OF_WORDS)
    after += after < len(tokens) and tokens[after].lower in w.DETERMINERS
    if count.qualifier == "vague" and after < len(tokens) \
            and tokens[after].lower.removesuffix("s") in w.TOLL_NOUNS:
        return None, -1  # "algunas de las cifras sobre las víctimas": some figures, no people
    if last < len(tokens) and tokens[last].text == ":" and tokens[last].start == tokens[last - 1].end:
        return None, -1  # "16:00"
    head, unknown = _head(g, tokens, last)
    if head == -1:
        return None, -1
    one = last - first == 1 and tokens[first].lower in w.ONE_WORDS
    if one and (head is None or unknown or _followed_by_of(g, tokens, last, head)):
        return None, None  # "un" is a count only before a casualty word or a person
    if count.value in _YEARS and head is None and "." not in tokens[first].text \
            and " " not in tokens[first].text:
        return None, None  # "en 2010"
    start = _skip_back(g, tokens, first)
    part = g.parts.before(tokens, start) is not None or g.parts_after.at(tokens, last) is not None
    if one and part:
        return None, None  # "dont un enfant", "entre ellas un niño": who was there, not a count
    if _found_alive(g, tokens, last):
        return None, -1  # "20 fueron rescatadas con vida", "30 ont été retrouvées en vie": the living
    category, rule, term_at = _category(g, tokens, first, last, head, unknown)
    term = tokens[term_at].text
    if category is None and before:
        # a figure that counts what the figure before it in the sentence counts: a toll that
        # points back ("había cinco fallecidos, pero esa cifra ..."), a breakdown ("dont 3
        # enfants", "dont 2 316 en Turquie"), a list of places ("..., 10 en Chiapas")
        whole = before[-1]
        if rule == _TOLL_BEFORE:
            category, rule, term = whole.category, "toll", whole.term
        elif part:
            category, rule, term = whole.category, "part_after", whole.term
        elif head is None and _place_list(g, tokens, first, last):
            category, rule, term, part = whole.category, "place_list", whole.term, True
        term_at = head if head is not None else first
    if category is None:
        return None, head
    qualifier = _qualifier(g, tokens, first) or _qualifier(g, tokens, start)  # "superan los 1.500", "les 124"
    if qualifier is not None and count.qualifier == "exact":
        count = Count.stated(count.value, qualifier[0])
    span_first = qualifier[1] if qualifier is not None else first
    span_last = max(last, head + 1 if head is not None else last)
    if span_last <= term_at <= span_last + 2:
        span_last = term_at + 1
    nouns = [t.lower for t in tokens[last:span_last]]
    # "12 autres blessés", "otros diez cadáveres": one more count, after the number or right before it
    another = any(t.lower in w.ANOTHER for t in tokens[last:span_last]) \
        or (span_first > 0 and tokens[span_first - 1].lower in w.ANOTHER)
    # "un cadáver", "un homme": one person told, not a count ("un mort", "un fallecido" are a toll of one)
    person = head is not None and (tokens[head].lower in w.PEOPLE_NOUNS or tokens[head].lower in w.BODY_NOUNS)
    other = _or_another_kind(g, tokens, term_at, category)
    group = f"{category} or {other}" if other else _group(g, nouns)  # "blessés ou sans-abri": both kinds
    return Figure(span_first, span_last, count, category, term, rule, part, group, another,
                  individuals=one and person), head


def _or_another_kind(g: Grammar, tokens: list[Token], k: int, category: Category) -> str:
    """The other category of "X or Y" after the casualty word at k ("3 millions de blessés ou
    de sans-abri", "heridos o damnificados"): the figure counts both kinds, a toll of neither."""
    w = g.words
    n = k + 1
    if n >= len(tokens) or tokens[n].lower not in w.OR_WORDS:
        return ""
    n += 1
    while n < min(len(tokens), k + _OR_REACH) and tokens[n].lower in g.or_links:
        n += 1
    other = casualty(g, tokens, n) if n < len(tokens) else None
    return other if other is not None and other != category else ""


_OR_REACH = 5  # tokens from the casualty word to the other one ("blessés ou de sans-abri")


def _place_list(g: Grammar, tokens: list[Token], first: int, last: int) -> bool:
    """Is the number at [first, last) an item of a list of places after a figure: a comma,
    "et" / "y" or a colon before it and a place after it ("..., 10 en Chiapas")?"""
    w = g.words
    opened = first > 0 and (tokens[first - 1].text in (",", ":") or tokens[first - 1].lower in w.NUMBER_LINKS)
    return opened and last < len(tokens) and tokens[last].lower in w.PLACE_PREPOSITIONS


def _followed_by_of(g: Grammar, tokens: list[Token], last: int, head: int) -> bool:
    """"un des blessés", "uno de los heridos": one of a count, not a count."""
    return head > last and tokens[head - 1].lower in g.words.OF_WORDS | g.words.DETERMINERS


def _head(g: Grammar, tokens: list[Token], k: int) -> tuple[int | None, bool]:
    """(index of the noun a number at token k counts, whether it is a noun the lexicon does
    not know): None when no noun follows ("124 ont été tués", "s'élève à 124."), -1 when the
    noun counts no people ("30 maisons", "24 ans")."""
    w = g.words
    j = k
    if j < len(tokens) and tokens[j].lower in w.OF_WORDS:
        j += 1  # "1,5 million de déplacés", "des dizaines de morts"
        if j < len(tokens) and (tokens[j].lower in w.DETERMINERS or tokens[j].text == "'"):
            j += 1  # "de los heridos", "d'habitants"
    while j < len(tokens) and (tokens[j].lower in w.BEFORE_NOUN or tokens[j].text in ("»", '"', "”")):
        j += 1  # "12 autres personnes", "«entre 35 y 45» fallecidos"
    if j >= len(tokens):
        return None, False
    tok = tokens[j]
    word = tok.lower
    if not word[:1].isalpha():
        return None, False
    if casualty(g, tokens, j) is not None or word in w.PEOPLE_NOUNS:
        return j, False
    if word in w.AUXILIARIES or word in w.SPEAKER_PRONOUNS or word in w.NAME_STOPS or word in w.NUMBER_LINKS \
            or word in w.DETERMINERS or word in w.TOLD or word in w.PLACE_PREPOSITIONS:
        return None, False
    if word.startswith(w.NOT_PEOPLE_STEMS) or word in w.MONTHS:
        return -1, False
    return j, True


def _category(g: Grammar, tokens: list[Token], first: int, last: int, head: int | None,
              unknown: bool) -> tuple[Category | None, str, int]:
    """(category, rule, index of the casualty word) of the number at [first, last)."""
    w = g.words
    a, b = _clause(g, tokens, first, last)
    after = head + 1 if head is not None else last
    if head is not None and not unknown:
        category = casualty(g, tokens, head)
        if category is not None:
            told = _predicate_after(g, tokens, after, b, 4)
            if told is not None and told[0] != category and (
                    tokens[head].lower in w.VICTIM_WORDS or category in ("injured", "arrested", "displaced")):
                return told[0], "predicate", told[1]  # "deux blessés sont décédés", "3 victimes blessées"
            return category, "casualty_head", head
    if first >= 3 and tokens[first - 1].lower in w.OF_WORDS and tokens[first - 2].lower in w.WHEREABOUTS \
            and any(t.lower.startswith(w.UNKNOWN_STEMS) for t in tokens[a:first - 2]):
        return "missing", "whereabouts", first - 2  # "se desconoce el paradero de 231 personas"
    if head is not None and tokens[head].lower in w.CASE_NOUNS:
        counted = next((n for n in range(head + 1, min(b, head + _CASE_REACH))
                        if tokens[n - 1].lower in w.OF_WORDS and casualty(g, tokens, n) is not None), None)
        if counted is not None:  # "89 casos de desaparecidos", "50 expedientes activos de desaparición"
            return casualty(g, tokens, counted), "cases_of", counted
    people = head is not None and tokens[head].lower in w.PEOPLE_NOUNS  # "29 membres des forces de l'ordre"
    told = _predicate_after(g, tokens, after, b, 3 if unknown else _NOUN_REACH + 4 * people, people)
    if told is not None:
        return told[0], "predicate", told[1]
    if unknown:
        return None, "", first
    verb = _verb_before(g, tokens, _skip_back(g, tokens, first), a)
    if verb is not None:
        return verb[0], "predicate_before", verb[1]
    if head is None or people:
        # "el número de muertos asciende a 124", "la cifra de desaparecidos suma 89 personas"
        toll = _toll(g, tokens, first, last)
        if toll is not None:
            return toll[0], "toll" if toll[0] is not None else _TOLL_BEFORE, toll[1]
    return None, "", first


_CASE_REACH = 4  # tokens from a noun of cases to the casualty word of its "de" ("casos activos de")


def _predicate_after(g: Grammar, tokens: list[Token], j: int, b: int, reach: int,
                     people: bool = False) -> tuple[Category, int] | None:
    """"ont été tuées", "resultaron heridas", "tués": a casualty word after a figure's noun,
    past auxiliaries and adverbs and a breakdown set off by commas, before another number."""
    w = g.words
    n, seen = j, 0
    while n < b and seen < reach:
        if tokens[n].text == "," and g.parts.at(tokens, n + 1) is not None:
            n = next((m for m in range(n + 2, b) if tokens[m].text == ","), b) + 1  # ", dont trois enfants,"
            continue
        if tokens[n].lower[:1].isdigit() or (tokens[n].lower in w.NUMBER_WORDS and n > j):
            return None
        category = casualty(g, tokens, n)
        if category == "displaced" and tokens[n].lower in w.SHELTER_WORDS:
            # "trois personnes sans abri sont mortes de froid": homeless people who died
            died = next(((fate, m) for m in range(n + 1, min(b, n + _AFTER_SHELTER))
                         for fate in [casualty(g, tokens, m)] if fate is not None), None)
            if died is not None:
                return died
        if category is not None:
            return category, n
        if tokens[n].lower in w.PART_PHRASES or (tokens[n].lower in w.OF_WORDS and not people):
            return None  # "3 enfants dont ...", "12 maisons de la région"
        if tokens[n].lower in w.NUMBER_LINKS and n + 1 < b and tokens[n + 1].lower in w.DETERMINERS:
            return None  # "510 y los heridos superan ...": another subject
        if tokens[n].lower in w.WITHOUT_WORDS and not (n + 1 < b and casualty(g, tokens, n + 1)):
            return None  # "se eleva a 33 y ya no figuran los cuerpos": a negated clause
        n, seen = n + 1, seen + 1
    return None


_AFTER_SHELTER = 4  # tokens from "sans abri" to a predicate of its own ("sont mortes")


def _verb_before(g: Grammar, tokens: list[Token], k: int, a: int) -> tuple[Category, int] | None:
    """"murieron 12 personas", "tuant 12 personnes", "ont péri 12 personnes": a casualty
    word just before the figure, in its clause."""
    for n in range(k - 1, max(a, k - 4) - 1, -1):
        if tokens[n].lower[:1].isdigit():
            return None
        category = casualty(g, tokens, n)
        if category is not None:
            return category, n
    return None


def _day_word(g: Grammar, tokens: list[Token], k: int) -> bool:
    """A word of a day between a toll's verb and its figure: a weekday, "ayer", "hier", or the
    determiner of a weekday ("este jueves", "ce lundi")."""
    w = g.words
    word = tokens[k].lower
    return word in w.WEEKDAYS or word in w.RELATIVE_DAYS or (
        (word in w.DETERMINERS or word in w.POINTING_BACK) and k + 1 < len(tokens)
        and tokens[k + 1].lower in w.WEEKDAYS)


def _toll(g: Grammar, tokens: list[Token], first: int, last: int) -> tuple[Category | None, int] | None:
    """"le bilan s'élève à 124", "el número de muertos asciende a 124", "ascendió a 11 la
    cifra de fallecidos", "ce qui porte à 22 368 le nombre de morts": a toll's verb just
    before the figure, and its noun before it in the sentence or right after the figure;
    the casualty word after the noun gives the category, a noun of the dead alone ("bilan",
    "balance") gives killed, and one that points back ("esa cifra") gives (None, its index):
    the category of the figure before. "pasó de nueve a doce": both are the toll's."""
    w = g.words
    k = first
    for _ in range(9):
        k -= 1
        if k < 0:
            return None
        word = tokens[k].lower
        if word.startswith(w.TOLL_VERB_STEMS) and word not in w.TOLL_FILLERS:
            break
        if _day_word(g, tokens, k):
            continue  # "elevó este jueves a 158 el número de muertos", "a porté lundi à 39"
        if word[:1].isdigit() and k > 0 and tokens[k - 1].lower in w.RANGE_OPENERS:
            continue  # "de 9 000 a 13 393": the figure it grew from
        if word in w.NUMBER_WORDS and k > 0 and tokens[k - 1].lower in w.RANGE_OPENERS:
            continue
        if word not in w.TOLL_FILLERS and g.qualifiers.before(tokens, k + 1) is None:
            return None
    else:
        return None
    after = last + (1 if last < len(tokens) and tokens[last].lower in w.DETERMINERS else 0)
    if after < len(tokens) and tokens[after].lower in w.TOLL_NOUNS:
        found = _toll_noun(g, tokens, after, len(tokens))
        if found is not None:
            return found
    for n in range(k - 1, max(-1, k - 16), -1):  # "la cifra de damnificados por el terremoto ... aumentó"
        if tokens[n].lower in w.TOLL_NOUNS:
            return _toll_noun(g, tokens, n, k)
        if tokens[n].lower in w.RELATIVE_WORDS and n >= 2 and tokens[n - 1].text == ",":
            # "los desaparecidos, que se habían elevado a 93": the casualty word the clause is on
            category = casualty(g, tokens, n - 2)
            if category is not None:
                return category, n - 2
        if tokens[n].text in (";", ":", "(", ")"):
            return None
    return None


def counts_other(g: Grammar, tokens: list[Token], n: int, links: frozenset[str], end: int) -> bool:
    """Does the toll's noun at token n count something other than people ("la cifra de
    rescatados", "les chiffres du chômage"): past at most two words of ``links`` ("de", "du"),
    a lower-case word before ``end`` that is no article and no casualty word?"""
    w = g.words
    m = n + 1
    while m < min(end, n + 3) and tokens[m].lower in links:
        m += 1
    return n + 1 < m < end and tokens[m].text.isalpha() and tokens[m].text.islower() \
        and tokens[m].lower not in w.DETERMINERS and casualty(g, tokens, m) is None


def _toll_noun(g: Grammar, tokens: list[Token], n: int, end: int) -> tuple[Category | None, int] | None:
    """The category a toll's noun at token n gives (the casualty word within a few tokens
    after it, before ``end``)."""
    w = g.words
    for m in range(n + 1, min(n + 5, end)):
        category = casualty(g, tokens, m)
        if category is not None:
            return category, m
    if tokens[n].lower in w.DEATH_TOLL_NOUNS and not counts_other(g, tokens, n, w.OF_WORDS, end):
        return "killed", n  # not "la cifra de rescatados": a count of something else
    if n > 0 and tokens[n - 1].lower in w.POINTING_BACK:
        return None, n  # "esa cifra", "ce chiffre": the figure before's
    return None


def _coordinated(g: Grammar, tokens: list[Token], figures: list[Figure],
                 waiting: list[tuple[int, int, Count, int]]) -> list[Figure]:
    """"30 hommes et 12 femmes ont été tués", "12 niños, 8 mujeres y 3 hombres murieron": a
    number of people joined by "et" / "y" or a list's comma to a figure counts what it
    counts."""
    out = list(figures)
    links = g.words.NUMBER_LINKS | {","}
    for first, last, count, head in waiting:
        for figure in sorted(out, key=lambda f: -f.first):
            a, b = (head + 1, figure.first) if head < figure.first else (figure.last, first)
            between = tokens[a:b]
            if 1 <= len(between) <= 2 and all(t.lower in links for t in between) \
                    and not any(t.text in CLAUSE_MARKS and t.text != "," for t in between):
                nouns = [t.lower for t in tokens[last:head + 1]]
                out.append(Figure(first, head + 1, count, figure.category, figure.term, "coordinated",
                                  figure.part, _group(g, nouns)))
                break
    return sorted(out, key=lambda f: f.first)


def _qualifier(g: Grammar, tokens: list[Token], k: int) -> tuple[Qualifier, int] | None:
    """(qualifier, index of its first word) of the phrase ending at token k - 1."""
    phrase = g.qualifiers.before(tokens, k)
    if phrase is None:
        return None
    if phrase[-1] == g.words.UP_TO and _after_growth(g, tokens, k - len(phrase)):
        return None  # "ascendió hasta 64": the new figure
    return g.qualifier_of[phrase], k - len(phrase)


def _after_growth(g: Grammar, tokens: list[Token], k: int) -> bool:
    return any(tokens[j].lower.startswith(g.words.GROWTH_STEMS) for j in range(max(0, k - 3), k))


def _skip_back(g: Grammar, tokens: list[Token], k: int) -> int:
    """Token k, or the first of the determiners and fillers just before it ("les 124",
    "ya 12")."""
    while k > 0 and tokens[k - 1].lower in g.words.FILLERS:
        k -= 1
    return k


def _clause(g: Grammar, tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The tokens of the clause around [first, last): up to a comma, a dash, a colon; a
    breakdown set off by commas does not end it ("12 personnes, dont trois enfants, sont
    mortes")."""
    a, b = clause(tokens, first, last)
    while b < len(tokens) and tokens[b].text in QUOTES:
        # "46 000 personnes « seulement » seraient décédées": a word or two in quotes goes on
        closing = next((n for n in range(b + 1, min(len(tokens), b + 1 + _QUOTED_WORDS + 1))
                        if tokens[n].text in QUOTES), None)
        if closing is None or closing == b + 1 or not all(t.lower.isalpha() for t in tokens[b + 1:closing]):
            break
        b = clause(tokens, closing + 1, closing + 1)[1]
    while b + 1 < len(tokens) and tokens[b].text == "," and g.parts.at(tokens, b + 1) is not None:
        closing = next((n for n in range(b + 2, len(tokens)) if tokens[n].text in CLAUSE_MARKS), None)
        if closing is None or tokens[closing].text != ",":
            break
        b = clause(tokens, closing + 1, closing + 1)[1]
    return a, b


_QUOTED_WORDS = 2  # words in quotes inside a clause ("« seulement »")


def _group(g: Grammar, nouns: list[str]) -> str:
    for word in nouns:
        for stem, group in g.words.GROUP_STEMS.items():
            if word.startswith(stem):
                return group
    return ""
