"""The Russian word lists: casualty words, number words, qualifiers, attribution, dates.

Data only, as lexicon.py is for English: russian.py holds the grammar that reads them.
Words are lower case. A casualty word is matched by its stem (the start of the word form)
or, where a stem would catch other words ("тел" in "телевидение", "умер" in "умеренный"),
by its exact forms; the lemma of a word, where a rule needs it, comes from pymorphy3
(morph_ru.py).
"""

from __future__ import annotations

from ..models import Category, Qualifier

# the nouns of an event: a place right after one is where the event was, not a part of its
# area ("после теракта в Крокусе", "в результате взрыва в колледже"), as English's
# EVENT_PLACE_PREPOSITIONS after DATED_EVENT_NOUNS
EVENT_STEMS: tuple[str, ...] = (
    "теракт", "взрыв", "пожар", "нападен", "стрельб", "авари", "катастроф", "землетрясен",
    "наводнен", "обстрел", "трагеди", "инцидент", "бойн", "атак", "крушен", "обрушен")

# the letters, as regular-expression ranges (ru_text's tokens: "версииДиректор" is two words)
UPPER = "А-ЯЁ"
LOWER = "а-яё"

# ---------------------------------------------------------------- casualty words

# stem -> category; a word form that starts with the stem is a casualty word
CASUALTY_STEMS: dict[str, Category] = {
    "погиб": "killed", "гибел": "killed", "жертв": "killed", "убит": "killed", "убил": "killed",
    "убиты": "killed", "скончал": "killed", "скончавш": "killed", "погибш": "killed", "застрелен": "killed",
    "пострада": "injured", "ранен": "injured", "ранил": "injured", "госпитализ": "injured",
    "травмир": "injured", "больниц": "injured", "реанимац": "injured", "госпитал": "injured",
    "медучрежд": "injured", "лечебн": "injured",
    "пропа": "missing", "пропавш": "missing",
    "задерж": "arrested", "арестова": "arrested", "арестов": "arrested",
    "эвакуир": "displaced", "эвакуац": "displaced", "эвакопункт": "displaced",
    "беженц": "displaced", "переселен": "displaced", "переселенц": "displaced",
    "покинул": "displaced", "покинуть": "displaced", "покинувш": "displaced",
}
# casualty words that name a place ("в больницах остаются 14 человек"): a predicate, never
# the noun a number counts ("в городе 5 больниц")
PLACE_CASUALTY_STEMS: tuple[str, ...] = ("больниц", "госпиталь", "госпиталя", "госпитале", "госпиталей",
                                         "госпиталях", "госпиталям", "реанимаций", "овд", "стационаре",
                                         "стационарах", "стационары", "стационаров")
# stems that look like a casualty word and are not one ("задержка рейса": a delay;
# "пропаганда"; "пострадавших районах": areas, caught by the head-noun rule)
NOT_CASUALTY_STEMS: tuple[str, ...] = ("задержк", "пропаганд", "пропад", "пропан", "арестант")
# exact forms where a stem would catch other words
CASUALTY_FORMS: dict[str, Category] = {
    "тел": "killed", "тела": "killed", "телах": "killed", "телами": "killed", "трупов": "killed",
    "трупа": "killed", "трупы": "killed", "умер": "killed", "умерла": "killed", "умерли": "killed",
    "умерло": "killed", "умерших": "killed", "умершие": "killed", "умершим": "killed",
    "смертей": "killed", "жизней": "killed", "унес": "killed", "унёс": "killed", "унесла": "killed",
    "унесли": "killed", "унесло": "killed", "унесший": "killed", "унёсший": "killed",
    "унесшего": "killed", "унёсшего": "killed",
    "ранения": "injured", "ранений": "injured", "ранениями": "injured",
    "травмы": "injured", "травм": "injured", "травму": "injured", "травмами": "injured",
    "ранение": "injured",
    "лечении": "injured",
    # a hospital's ward ("в стационарах остаются 44"), not "стационарный пост"
    "стационар": "injured", "стационаре": "injured", "стационарах": "injured", "стационары": "injured",
    "стационара": "injured", "стационаров": "injured",
    "найдены": "missing",  # only after "не": NEGATED_FORMS
    # "о 93 людях, которые не выжили": only after "не"
    "выжили": "killed", "выжил": "killed", "выжила": "killed",
    "овд": "arrested",  # "в 51 ОВД Москвы было доставлено 1030 человек": police stations hold the detained
}
# forms that are a casualty word only after "не" ("не найдены": missing)
NEGATED_FORMS: frozenset[str] = frozenset({"найдены", "выжили", "выжил", "выжила"})
NEGATION = "не"
# "погибли не 64, а 60 человек", "60 человек, а не 64": the figure after "не" is one the
# speaker corrects (an earlier figure, as_of_basis "earlier")
CONTRAST = "а"
# "Есть сообщения о 16 погибших, однако акимат сообщил о 14": a concessive clause after a
# comma that gives a figure of its own has a speaker of its own, not the figure's before it
CONCESSIVE_WORDS: frozenset[str] = frozenset({"однако", "но", "хотя", "несмотря"})
# Words that place a figure before the publication when it has no date ("Ранее комендатура
# сообщала о 13 погибших"): as English's EARLIER_MARKERS
EARLIER_MARKERS: frozenset[str] = frozenset({"ранее", "прежде", "первоначально", "изначально"})
# "на тот момент были зафиксированы 40 погибших": the count of a time before the article's
AT_THAT_TIME: tuple[str, ...] = ("на тот момент", "в тот момент", "на тот час", "на то время")
# "Родственники заявляли о почти ста пропавших, но через несколько дней СК объявил": a figure
# before a contrast whose clause is set later is the earlier word (English's LATER_CONTRASTS)
LATER_CONTRASTS: frozenset[str] = frozenset({"но", "однако"})
LATER_WORDS: frozenset[str] = frozenset("через спустя позже позднее затем впоследствии потом".split())
TIME_SPANS: frozenset[str] = frozenset()
# words of doubt or fear before a figure in its clause: the figure is hedged ("могут быть
# сотни погибших", "предположительно 40 человек")
HEDGE_WORDS: frozenset[str] = frozenset(
    """может могут могло могли возможно вероятно предположительно опасаются опасается якобы""".split())
# "тела" is a body; "тело" too, but "в теле" is not a count: the forms above are the plural

# "судьба 79 жителей неизвестна", "остается неизвестной судьба 14 человек": the missing;
# the words that gate such a sentence though it holds no casualty word
FATE_STEM = "судьб"
UNKNOWN_STEM = "неизвестн"
GATE_STEMS: tuple[str, ...] = (FATE_STEM,)
# the words that open a parenthesis in commas between a predicate and its figure
# ("Жертвами катастрофы, по последним данным, стали шесть человек")
PARENTHESIS_OPENERS: frozenset[str] = frozenset("по согласно как видимо вероятно возможно".split())
# "60 человек, работавших на ГЭС, числятся пропавшими": an aside between a figure's noun
# and its predicate opens with a participle or one of these
RELATIVE_PRONOUNS: frozenset[str] = frozenset(
    "который которая которое которые которого которой которых которым которыми котором".split())
RELATIVE_WORDS: frozenset[str] = RELATIVE_PRONOUNS | {"кто", "что"}

# ---------------------------------------------------------------- who is counted

# Head nouns of a counted figure that are not people though they are animate, or are
# counted things near casualty words ("200 животных", "2 из 3 кинозалов")
NOT_PEOPLE_STEMS: tuple[str, ...] = ("животн", "собак", "кош", "лошад", "коров", "овец", "птиц",
                                     "скот", "голов", "особ", "зверей")
# the same by exact forms, where a stem would catch people ("рыб", not "рыбаков")
NOT_PEOPLE_FORMS: frozenset[str] = frozenset("рыб рыбы рыба рыбам рыбами рыбах".split())
# Words between a number and its noun that are no head: "18 сотрудников", "7 939 человек"
PEOPLE_FORMS: frozenset[str] = frozenset(
    """человек человека людей люди граждан гражданских мирных жителей пассажиров детей ребенок
    ребёнок ребенка ребёнка женщин мужчин сотрудников сотрудника военных военнослужащих
    силовиков полицейских правоохранителей шахтеров шахтёров горняков спасателей пожарных
    участников боевиков подростков несовершеннолетних иностранцев туристов студентов
    школьников учеников рабочих пациентов заложников солдат офицеров бойцов""".split())

# A list of the dead or the missing ("список погибших"), and the people counted on it: "список
# из 12 фамилий", "в нем уже 78 человек" (the list named in the sentence before)
LIST_WORDS: frozenset[str] = frozenset({"список", "списка", "списке", "списку", "списком", "списки"})
LIST_PRONOUNS: frozenset[str] = frozenset({"нем", "нём", "него"})
LISTED_NOUNS: frozenset[str] = frozenset(
    {"человек", "человека", "фамилий", "фамилии", "фамилия", "имен", "имён", "имени", "имя"})
# people a text tells one by one ("погиб мужчина", "полицейский получил ранение",
# "пострадала 11-летняя девочка"): lemmas of the nouns, each a claim of 1 (``individuals``)
# verbs of dying that make the injured after them dead ("скончались еще двое пострадавших")
DEATH_VERB_STEMS: tuple[str, ...] = ("скончал", "умер", "умерл", "погиб")
# words that make the number after them a label ("в медсанчасти номер 4", "школа № 175"), no count
NUMBER_LABELS: frozenset[str] = frozenset({"номер", "№", "#"})
# "человек" after a count of one is one person, as "one person" in English ("скончался один человек")
GENERIC_PERSON_NOUNS: frozenset[str] = frozenset({"человек"})
PERSON_NOUNS: frozenset[str] = frozenset(
    """мужчина женщина ребёнок ребенок девочка мальчик подросток девушка юноша младенец
    пенсионер пенсионерка старик старушка водитель пассажир пассажирка пешеход полицейский
    военнослужащий солдат охранник учитель учительница ученик ученица школьник школьница
    студент студентка рабочий горняк шахтёр шахтер спасатель пожарный житель жительница
    турист туристка журналист врач медсестра фельдшер машинист пилот""".split())
# the parts of speech of a predicate that tells what befell one person: a verb ("погиб"),
# a short participle ("ранен", "задержана")
PERSON_PREDICATE_POS: frozenset[str] = frozenset({"VERB", "PRTS"})

# ---------------------------------------------------------------- numbers

# cardinal numbers in every case: form -> value
_UNITS: dict[int, str] = {
    1: "один одного одному одним одном одна одной одну одно",
    2: "два две двух двум двумя",
    3: "три трех трёх трем трём тремя",
    4: "четыре четырех четырёх четырем четырём четырьмя",
    40: "сорок сорока",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот трёхсот тремстам тремястами трехстах трёхстах",
    400: "четыреста четырехсот четырёхсот четыремстам четырьмястами четырехстах",
}
# numbers declined like "пять" (пять, пяти, пятью): nominative -> value
_FIVE_LIKE: dict[str, int] = {
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
}
# tens and hundreds of the "пятьдесят" / "пятьсот" kind
_COMPOUND: dict[str, int] = {
    "пятьдесят": 50, "пятидесяти": 50, "пятьюдесятью": 50,
    "шестьдесят": 60, "шестидесяти": 60, "шестьюдесятью": 60,
    "семьдесят": 70, "семидесяти": 70, "семьюдесятью": 70,
    "восемьдесят": 80, "восьмидесяти": 80, "восемьюдесятью": 80,
    "пятьсот": 500, "пятисот": 500, "пятистам": 500, "пятьюстами": 500, "пятистах": 500,
    "шестьсот": 600, "шестисот": 600, "шестистам": 600, "шестистах": 600,
    "семьсот": 700, "семисот": 700, "семистам": 700, "семистах": 700,
    "восемьсот": 800, "восьмисот": 800, "восьмистам": 800, "восьмистах": 800,
    "девятьсот": 900, "девятисот": 900, "девятистам": 900, "девятистах": 900,
}


def _cardinals() -> dict[str, int]:
    out: dict[str, int] = {}
    for value, forms in _UNITS.items():
        for form in forms.split():
            out[form] = value
    for nominative, value in _FIVE_LIKE.items():
        stem = nominative[:-1]
        oblique = "восьм" if value == 8 else stem  # восемь, восьми
        out[nominative] = value
        out[oblique + "и"] = value
        out[nominative + "ю"] = value
    out.update(_COMPOUND)
    return out


NUMBER_WORDS: dict[str, int] = _cardinals()
# collective numbers, which stand alone for people ("двое погибли", "из них шестеро")
COLLECTIVES: dict[str, int] = {
    "двое": 2, "двоих": 2, "двоим": 2, "двоими": 2, "трое": 3, "троих": 3, "троим": 3, "троими": 3,
    "четверо": 4, "четверых": 4, "четверым": 4, "пятеро": 5, "пятерых": 5, "пятерым": 5,
    "шестеро": 6, "шестерых": 6, "шестерым": 6, "семеро": 7, "семерых": 7, "семерым": 7,
    "восьмеро": 8, "восьмерых": 8, "восьмерым": 8, "девятеро": 9, "девятерых": 9,
    "десятеро": 10, "десятерых": 10,
}
# scale words after a number ("2 тыс.", "1,5 млн", "три тысячи"); "тыс" and "млн" with or
# without their full stop
SCALES: dict[str, int] = {
    "тыс": 1_000, "тысяча": 1_000, "тысячи": 1_000, "тысяч": 1_000, "тысячу": 1_000,
    "тысячей": 1_000, "тысячам": 1_000, "тысячами": 1_000, "тысячах": 1_000,
    "млн": 1_000_000, "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000,
}
# a number of its own: "полмиллиона", "полтысячи", "полсотни" (genitive "более полусотни")
WHOLE_WORDS: dict[str, int] = {
    "полмиллиона": 500_000, "полтысячи": 500, "полсотни": 50, "полусотни": 50, "полутысячи": 500,
    "полумиллиона": 500_000, "сотню": 100, "сотня": 100,
    "тысячу": 1_000, "тысяча": 1_000, "десяток": 10, "десятка": 10,
}
# "около тысячи", "более сотни": after a word that takes the genitive, one of the scale
# (genitive singular), not the vague plural "тысячи" (nominative)
ONE_OF_SCALE: dict[str, int] = {"тысячи": 1_000, "сотни": 100, "миллиона": 1_000_000}
GENITIVE_QUALIFIERS: frozenset[str] = frozenset(
    "около порядка более свыше менее больше меньше до из".split())
# "полторы тысячи" = 1,500, "полтора десятка" = 15: one and a half of the scale after it
ONE_AND_A_HALF: frozenset[str] = frozenset({"полтора", "полторы", "полутора"})
HALF_SCALES: dict[str, int] = {"десятка": 10, "сотни": 100, "тысячи": 1_000, "тысяч": 1_000,
                               "миллиона": 1_000_000}
# number suffixes written after a hyphen: "23-х", "двух-трех" is a range, "11-летнего" an age
NUMBER_SUFFIXES: frozenset[str] = frozenset({"х", "ти", "ми", "и", "м", "го", "ого", "ух", "ех", "ёх",
                                             "ому", "ым", "ью"})

# Vague amounts, by the rule of lexicon.VAGUE_UNITS: a plural unit word means at least two
# of that unit and less than the next one; "несколько" spans [3, 9] of what follows.
VAGUE_UNITS: dict[str, tuple[int, int]] = {
    "десятки": (20, 99), "десятков": (20, 99), "десяткам": (20, 99), "десятками": (20, 99),
    "десятках": (20, 99),
    "сотни": (200, 999), "сотен": (200, 999), "сотням": (200, 999), "сотнями": (200, 999),
    "сотнях": (200, 999),
    "тысячи": (2_000, 9_999), "тысяч": (2_000, 9_999), "тысячам": (2_000, 9_999),
    "тысячами": (2_000, 9_999), "тысячах": (2_000, 9_999),
}
VAGUE_MULTIPLIERS: dict[str, tuple[int, int]] = {
    "несколько": (3, 9), "нескольких": (3, 9), "нескольким": (3, 9), "несколькими": (3, 9),
}
# "несколько десятков" = [30, 99]: a multiplier before a scale
VAGUE_SCALES: dict[str, int] = {
    "десятков": 10, "десятка": 10, "сотен": 100, "сотни": 100, "тысяч": 1_000, "тысячи": 1_000,
}

# ---------------------------------------------------------------- qualifiers

# phrases right before a figure -> qualifier (longest first when matched)
QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "не менее чем": "at_least", "не менее": "at_least", "не меньше": "at_least",
    "по меньшей мере": "at_least", "по крайней мере": "at_least", "как минимум": "at_least",
    "минимум": "at_least",
    "более чем": "more_than", "больше чем": "more_than", "более": "more_than", "больше": "more_than",
    "свыше": "more_than", "превысило": "more_than", "превысил": "more_than",
    "превысила": "more_than", "превысили": "more_than", "превышает": "more_than",
    "превысит": "more_than", "превысить": "more_than", "перевалило за": "more_than",
    "около": "about", "порядка": "about", "примерно": "about", "приблизительно": "about",
    "почти": "about", "ориентировочно": "about", "почти что": "about",
    "не более": "at_most", "не больше": "at_most", "не свыше": "at_most", "менее": "at_most",
    "меньше": "at_most", "до": "at_most",
}
UP_TO = "до"
# "возросло до 64": "до" after a verb of growth gives the new figure, not a bound
GROWTH_STEMS: tuple[str, ...] = ("возрос", "вырос", "увеличил", "снизил", "сократил", "уменьшил",
                                 "дошл", "дошел", "дошёл", "поднял", "подскочил")
# the missing found dead ("обнаружили погибшими всех шестерых пропавших"): killed
FOUND_DEAD: frozenset[str] = frozenset({"погибшими", "погибшим", "погибшей", "мертвыми", "мёртвыми",
                                        "мертвым", "мёртвым"})
# "возросло с 1 037 до 1 305": the figure a toll grew from
FROM_WORDS: frozenset[str] = frozenset({"с", "со"})
# words that may stand between a qualifier or a verb and the figure
FILLERS: frozenset[str] = frozenset({"еще", "ещё", "уже", "всего", "также", "только", "лишь"})
RANGE_WORDS: frozenset[str] = frozenset({"от"})
# the verbs of a toll's subject ("число погибших ... достигло 164") and the subject nouns
TOLL_VERB_STEMS: tuple[str, ...] = ("достиг", "возрос", "вырос", "увеличил", "составля",
                                    "состави", "превыс", "превыша", "насчитыва", "дошл", "перевалил",
                                    "снизил", "сократил", "уменьшил", "поднял", "подскочил")
TOLL_NOUN_STEMS: tuple[str, ...] = ("числ", "количеств", "счет", "счёт", "цифр", "список", "списк")

# breakdowns of a figure before: "из них 10", "в том числе 41 ребенок", "среди них 19"
PART_PHRASES: tuple[str, ...] = ("из них", "из которых", "в том числе", "среди них", "включая",
                                 "среди погибших", "среди пострадавших", "в частности")
# the same after a number of a list: "515 пострадавших, 60 из которых в критическом состоянии"
PART_AFTER: tuple[str, ...] = ("из них", "из которых")
# the dead identified or buried so far: a part of the toll ("опознаны тела 21 человека")
PART_STEMS: dict[str, str] = {"опознан": "identified", "опознал": "identified", "идентифиц": "identified",
                              "похорон": "buried", "захорон": "buried",
                              # "тела четырех погибших направили на дополнительные исследования"
                              "исследован": "examined", "экспертиз": "examined"}
PART_GROUP_HOSPITAL = "died in hospital"
# victims who stay in hospital are the injured still treated ("12 жертв трагедии остаются в
# больницах"), not the dead in hospital
VICTIM_STEMS: tuple[str, ...] = ("жертв",)
STAYING_STEMS: tuple[str, ...] = ("остают", "остаёт", "остает", "оставал", "находят", "находит",
                                  "находил", "продолжают")
# ... sent home ("выписаны последние пациенты из 25 пострадавших"), in a grave condition
# ("состояние 22 пострадавших оценивают как тяжелое"): groups of the injured, not their toll
DISCHARGED_STEMS: tuple[str, ...] = ("выписан", "выписал", "выпишут")
# ... where they stay: a hospital or its care ("находятся на лечении", "остаются в больницах"), not
# "под завалами находятся 14 пострадавших"
CARE_STEMS: tuple[str, ...] = ("больниц", "стационар", "лечени", "медучрежд", "госпитал", "реанимац",
                               "клиник", "медорганизац", "медицинск", "лечебн", "врач", "медик", "ожогов",
                               "склиф", "травматолог")
DISCHARGED_GROUP = "discharged"
CONDITION_STEM = "состояни"
GRAVE_STEMS: tuple[str, ...] = ("тяжел", "тяжёл", "крайне", "критическ")
GRAVE_GROUP = "in serious condition"
# the dead at the scene ("на месте происшествия скончались 16 человек"): a part of the toll
AT = "на"
SCENE_WORDS: frozenset[str] = frozenset({"месте"})
AT_SCENE_GROUP = "at the scene"
# the dead brought up or out so far ("число поднятых из шахты погибших составило 22", "извлечены
# тела 20 погибших"): a part of the toll, the bodies recovered until then
RAISED_STEMS: tuple[str, ...] = ("поднят", "поднял", "подняли", "извлеч", "извлек")
RAISED_GROUP = "brought up"
# "перечислены имена 120 человек", "фамилии 40 погибших": the dead named, a part of the toll
NAMES_STEMS: tuple[str, ...] = ("имена", "имён", "имен", "фамилии", "фамилий")  # whole forms, not "именно"
NAMED_GROUP = "identified"
# "Всего пострадали 37. Госпитализированы 33": the hospitalised after a larger count of the injured
HOSPITALISED_STEMS: tuple[str, ...] = ("госпитализ",)
HOSPITALISED_GROUP = "hospitalised"
# "91 пострадавший доставлены в больницы Москвы, Петербурга и Челябинска": the injured taken to the
# hospitals of other cities, a group of them, not their toll
TRANSFER_STEMS: tuple[str, ...] = ("доставлен", "переведен", "переведён", "переправлен", "отправлен",
                                   "эвакуирован", "вывезен")
TRANSFERRED_GROUP = "taken to hospitals elsewhere"
# endings of one hospital, not the hospitals of a place ("в больницу Склифосовского", "в больнице")
ONE_PLACE_ENDINGS: tuple[str, ...] = ("у", "е", "ю")
# words of another event in the sentence ("В другом ДТП госпитализированы 12"): no group of the one before
OTHER_EVENT_STEMS: tuple[str, ...] = ("друг", "отдельн", "ещё одн", "еще одн")
# the injured who stay in care ("в стационарах остаются 44 человека", "на лечении находятся 25"):
# the in-patients now, a stock that falls as they go home, not the toll of the injured (English's
# group of the same name)
IN_CARE_GROUP = "in hospital"
# where the dead in hospital died ("умерших в медучреждениях"): a part of the toll
HOSPITAL_STEMS: tuple[str, ...] = ("больниц", "медучрежден", "медорганизац", "госпитал", "клиник",
                                   "медицинск")
OUT_OF = "из"  # "58 из 64 погибших"
OF_THEM: frozenset[str] = frozenset({"них", "которых"})  # "семеро из них госпитализированы"
RELATIVE_WHO: frozenset[str] = frozenset({"которые", "который", "которая"})  # "о 93 людях, которые не выжили"
THEIR = "их"  # "Сейчас их 5 120 человек": the count the pronoun stands for
AND_WORDS: frozenset[str] = frozenset({"и", "или"})  # "5 и 12 лет": two numbers, one noun

# ---------------------------------------------------------------- attribution

# the preposition after a dash that stands for a left-out verb of saying ("..., глава Крыма —
# о 18 убитых")
GAPPED_ABOUT: frozenset[str] = frozenset({"о", "об"})

# "по данным X", "согласно информации X": the source follows in the genitive
ACCORDING_NOUNS: frozenset[str] = frozenset(
    """данным информации словам сведениям подсчетам подсчётам оценкам сообщению заявлению
    данных""".split())
ACCORDING_PREPOSITIONS: frozenset[str] = frozenset({"по", "согласно"})
ACCORDING_ADJECTIVES: frozenset[str] = frozenset(
    """последним официальным предварительным уточненным уточнённым свежим новым неофициальным
    обновленным обновлённым актуальным""".split())
# "по официальным данным" without a source named: the official figures are the source
OFFICIAL_ADJECTIVE_STEM = "официальн"
OFFICIAL_SOURCE = "официальные данные"
# "признан погибшим официально (64 человека)", "официально погибшими признаны 64": the
# figure is the official count, whoever relays it
OFFICIALLY = "официально"
# "согласно пожарным службам": "согласно" with the source itself, in the dative
ACCORDING_TO_DATIVE = "согласно"
# a medium by its web address ("Kazpravda.kz", "Газета.ru")
MEDIA_DOMAINS: tuple[str, ...] = (".ru", ".kz", ".ua", ".by", ".uz", ".kg", ".az", ".am", ".ge", ".com",
                                  ".net", ".org", ".info", ".рф")
# "со ссылкой на X", "ссылаясь на X": the source of a relay
CITING_PHRASES: tuple[str, ...] = ("со ссылкой на", "ссылаясь на", "который приводит данные",
                                   "которое приводит данные", "приводит данные")
CITING_ON = "на"  # "со ссылкой на МВД": the source in the accusative
# words between "со ссылкой на" and the source ("на данные оперативного штаба")
CITED_THINGS: frozenset[str] = frozenset(
    """данные информацию сведения сообщение источник источники источников заявление
    представителя представителей список списки сайт сайте""".split())
# what a verb of saying gives, never who says it ("опубликовал обновленные данные")
# ("назвали число пропавших": the toll named)
SAID_THINGS: frozenset[str] = frozenset(
    "данные информацию сведения список списки цифры цифру число количество".split())
# verbs of saying: 3rd person, past and present
SAY_VERB_STEMS: tuple[str, ...] = (
    "сообщил", "сообщает", "сообщают", "сообщал", "заявлял", "сказал", "предоставил",
    "предположил", "оценил", "назвал", "заявил", "заявляет", "заявляют", "рассказал",
    "рассказывает", "уточнил", "уточняет", "уточняют", "отметил", "отмечает", "отмечают",
    "подтвердил", "подтверждает", "подтверждают", "передает", "передаёт", "передают", "пишет",
    "пишут", "информирует", "информируют", "указал", "указывает", "указывают", "объявил",
    "проинформировал", "добавил", "констатировал", "признал", "привел", "привёл", "приводит",
    "озвучил", "опубликовал", "распространил", "утверждает", "утверждают", "утверждал",
    "зафиксировал", "зафиксировало", "зафиксировали", "подсчитал", "обнародовал", "доложил",
    "говорит", "говорят", "сообщило", "сообщила", "сообщили", "написал", "пояснил", "подчеркнул",
    "насчитал", "настаивают", "настаивает", "настаивал",  # "В МЧС настаивают, что погиб 171 человек"
    "обновил", "обновляет", "обновляют",  # "МЧС обновило список погибших", "в Минздраве обновили данные"
    "считают", "считает",  # "..., считают волонтеры"
)
# "СК пока располагает данными о 149 погибших": having data says it, and only data (not "не
# располагает данными", "располагает видеозаписью")
HAVING_DATA_VERBS: frozenset[str] = frozenset({"располагает", "располагают", "располагал", "располагали"})
DATA_INSTRUMENTALS: frozenset[str] = frozenset({"данными", "информацией", "сведениями"})
# a reflexive form is no verb of saying ("Погибшими считаются 12 человек")
REFLEXIVE_ENDINGS: tuple[str, ...] = ("ся", "сь")
# a verb of saying followed by these says nothing ("привел к эвакуациям": led to)
NOT_SAYING_AFTER: frozenset[str] = frozenset({"к", "ко"})
# parts of speech that never start a source's name, even capitalised ("Об этом", "По словам")
FUNCTION_POS: frozenset[str] = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})
# "ГУ МЧС по Якутии", "Управление ООН по правам человека": a preposition inside a name
NAME_PREPOSITIONS: frozenset[str] = frozenset({"по"})
# phrases inside a name that a preposition opens ("следственное управление на транспорте")
NAME_INNER_PHRASES: tuple[str, ...] = ("на транспорте",)
# words before a headline's colon that name no source ("Источник: РИА Новости", "Фото: ТАСС")
NOT_HEADLINE_SOURCES: frozenset[str] = frozenset(
    "источник фото видео подробность читать напомнить обновление upd внимание итог".split())
# impersonal saying: "ранее сообщалось", "говорится в сообщении" (the source said before)
IMPERSONAL_SAY: frozenset[str] = frozenset({"сообщалось", "говорится", "известно", "стало"})
# "Ранее сообщалось о 17 134 жертвах", "Сообщается, что ...": reported by no one named, so
# the speaker of the sentence before does not go on into it
UNNAMED_SAY: frozenset[str] = frozenset({"сообщалось", "сообщается"})
# "как стало известно ТАСС": the medium that learned it relays
BECAME = "стало"
KNOWN = "известно"
# "говорится в сообщении X", "в справке X": the document, then its author in the genitive
SAID_IN = "говорится"
# "следует из списка пострадавших X", "следует из данных Минздрава": the document's author speaks
FOLLOWS = "следует"
SOURCE_DOCUMENTS: frozenset[str] = frozenset(
    "списка списков данных сообщения документа отчета отчёта справки заявления релиза доклада сводки".split())
SAID_IN_RULE = "said_in"  # the source_rule of "говорится в справке X"
# a list a figure is named in ("в предварительном списке МЧС упомянуты 143 человека"): its author's
LIST_LOCATIVES: frozenset[str] = frozenset({"списке", "списках"})
IN_LIST_RULE = "in_list"
DOCUMENTS: frozenset[str] = frozenset(
    "сообщении справке заявлении документе отчете отчёте релизе докладе публикации сайте странице "
    "телеграм-канале".split())
# "сообщается на сайте МЧС": the impersonal verb says it in a document of the one named after it
SAID_IN_TOO = "сообщается"
# the prepositions of a document something is said in ("в сообщении", "на сайте")
DOCUMENT_PREPOSITIONS: frozenset[str] = frozenset({"в", "во", "на"})
# the conjunction before a list's last item ("Туле (4 человека) и Омске (9 человек)")
LIST_AND: frozenset[str] = frozenset({"и"})
# a source named only by its kind ("по данным ведомства", "уточнили в ведомстве"): the one
# the article named before (lemmas)
GENERIC_SOURCES: frozenset[str] = frozenset(
    "ведомство министерство департамент политик собеседник собеседница чиновник "
    "портал проект организация".split())  # "по информации портала": ОВД-Инфо, named before
# who speaks for a body named by its kind ("пресс-служба министерства"): the body named before (lemmas)
SPOKESPEOPLE: frozenset[str] = frozenset("пресс-служба представитель".split())
# a medium named only by its kind after a source ("собеседник агентства", "источник
# издания"): the medium named before (lemmas)
GENERIC_MEDIA: frozenset[str] = frozenset("агентство издание телеканал газета".split())
# adverbials between a verb of saying and its subject ("сообщил в воскресенье Минздрав")
ADVERBIALS: frozenset[str] = frozenset(
    """ранее позже позднее сегодня вчера накануне утром вечером днем днём ночью также тоже
    официально""".split())
# the kind of medium told, before its quoted name ("сообщили агентству «Интерфакс»")
MEDIUM_ADDRESSEES: frozenset[str] = frozenset(
    "агентству изданию телеканалу газете радиостанции порталу".split())
# where a speaker spoke, between the verb and its subject ("сообщил в своем Telegram-канале
# губернатор", "заявил на брифинге"): stems of the channel, after "в" / "на" and its adjectives
CHANNEL_PREPOSITIONS: frozenset[str] = frozenset({"в", "на", "во"})
CHANNEL_ADJECTIVES: frozenset[str] = frozenset(
    "своем своём своей своих официальном официальной личном личной".split())
CHANNEL_STEMS: tuple[str, ...] = (
    "telegram", "телеграм", "телеграме", "канале", "соцсет", "сайте", "брифинг", "пресс-конференц",
    "интервью", "эфире", "аккаунт", "instagram", "инстаграм", "twitter", "твиттер", "vk",
    "вконтакте", "блоге", "странице", "обращении", "видеообращении")
# whom a speaker told, and what, between the verb and its subject ("рассказал журналистам
# глава МЧС", "сообщил подробности губернатор"): never the speaker
ADDRESSEES: frozenset[str] = frozenset(
    """журналистам корреспонденту корреспондентам репортерам репортёрам агентству изданию
    телеканалу газете прессе подробности""".split())
# "об этом сообщает ТАСС": the figures of the sentence before
REFER_BACK: tuple[str, ...] = ("об этом", "эти данные", "такие данные", "эту информацию",
                               "эти цифры", "такие цифры", "данные приводит", "это",
                               "обновленные данные", "обновлённые данные", "новые данные",
                               "эти сведения", "сообщение ведомства", "сообщение министерства",
                               "заявление ведомства")
# verbs by which a medium relays ("..., сообщает «Европейская правда»"): after another
# speaker's verb in the sentence, their subject is the relay
RELAY_VERBS: frozenset[str] = frozenset({"сообщает", "передает", "передаёт", "пишет", "отмечает"})
# time words a verb's subject may stand behind ("Армения в середине ноября сообщила")
TIME_WORDS: frozenset[str] = frozenset(
    "середине начале конце утром вечером днем днём ночью прошлой прошлом этой этом".split())
# news media: a relay ("via") when they report what someone else counted
MEDIA_WORDS: frozenset[str] = frozenset(
    """тасс итар-тасс риа интерфакс интерфакса интерфаксу interfax рбк reuters рейтер afp ap bbc би-би-си
    коммерсант коммерсантъ известия известий известиям корреспондент медуза meduza znak спутник
    sputnik tengrinews.kz tengrinews
    казинформ kazinform хабар хабар-24 akipress 24.kg фергана regnum регнум азаттык лента.ру
    газета.ru euronews телеканал телеканала агентство агентства издание издания газета газеты
    портал портала сайт сайта программа программы радио радиостанция телевидение телевидения вести нтв
    rt dw lenta.ru лайф life синьхуа xinhua ассошиэйтед cnn sky ведомости фонтанка mash shot база baza
    телеграм-канал телеграм-канала telegram-канал telegram-канала""".split())
# words that go on a medium's name ("РИА Новости", "РИА Новостям")
MEDIA_NAME_ENDS: frozenset[str] = frozenset({"новости", "новостям"})
# who a source is never: pronouns and words that only point back
PRONOUNS: frozenset[str] = frozenset(
    "он она они оно его ее её их ему ей им это этом там тот те кто который которая которые".split())
# words that end a source's name read backwards from its verb ("утра замглавы МЧС")
NAME_STOPS: frozenset[str] = frozenset(
    """утра вечера дня ночи часов часа минут суток неделе году года месяца ранее позже позднее
    затем также тоже сегодня вчера накануне потом однако понедельник вторник среду четверг
    пятницу субботу воскресенье утром вечером официально""".split())
# pronouns that stand for the speaker named before ("он заявляет")
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"он", "она", "они", "оно"})
# ... and in the genitive after "по данным" ("по их данным", "по его словам")
POSSESSIVE_SPEAKERS: frozenset[str] = frozenset({"его", "ее", "её", "их"})
# bodies by their usual short name: the words it stands for ("Минздрав" = "Министерство
# здравоохранения ..."), so that one speaker has one name in an article
SHORT_NAMES: dict[str, str] = {
    "минздрав": "министерство здравоохранения", "минобороны": "министерство обороны",
    "мвд": "министерство внутренних дел", "мид": "министерство иностранных дел",
    "мчс": "министерство по чрезвычайным ситуациям", "ск": "следственный комитет",
    "генпрокуратура": "генеральная прокуратура", "минздрава": "министерство здравоохранения",
}

# rumours "in the social networks" ("информация из соцсетей о «сотнях погибших»"): their source
SOCIAL_MEDIA: frozenset[str] = frozenset({"соцсетях", "соцсетей", "соцсети", "соцсетям"})
SOCIAL_MEDIA_SOURCE = "соцсети"

# ---------------------------------------------------------------- dates

MONTHS: dict[str, int] = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
# months as a dateline abbreviates them ("БАКУ, 2 фев - 1NEWS.AZ")
MONTH_ABBREVIATIONS: dict[str, int] = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}
# "в понедельник": the weekday (Monday = 0), the last one on or before publication
WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6,
}
WEEKDAY_PREPOSITIONS: frozenset[str] = frozenset({"в", "во"})
# days before publication
RELATIVE_DAYS: dict[str, int] = {
    "сегодня": 0, "сегодняшнего": 0, "сегодняшний": 0, "вчера": 1, "вчерашнего": 1,
    "накануне": 1, "позавчера": 2,
}
# "по данным на 6 марта", "по состоянию на 14 июня": the day of the count, for the sentence
AS_OF_ON = "на"
AS_OF_NOUNS: frozenset[str] = frozenset({"данным", "состоянию", "информации", "сведениям"})
# "к 25 марта", "к утру 26 марта": the day a count is made by
CUT_OFF_WORDS: frozenset[str] = frozenset({"к", "ко"})
# "тогда задержали 1373 человека": the day the sentence before named
THEN_WORDS: frozenset[str] = frozenset({"тогда"})
YEAR_WORDS: frozenset[str] = frozenset({"года", "г", "году"})
# a date that starts a period, not the day a figure is counted ("с 2 января")
SINCE_WORDS: frozenset[str] = frozenset({"с", "со", "начиная", "после"})

# ---------------------------------------------------------------- sentences and places

# abbreviations whose full stop ends no sentence ("2 тыс. 231", "г. Ош")
ABBREVIATIONS: frozenset[str] = frozenset(
    "тыс млн млрд г гг ул им обл т д др пр чел руб см ст п пос с р-н р-на ок".split())
# "в городе Ош", "в Кызылординской области": the place of a figure
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"в", "во", "на"})
PLACE_KINDS: frozenset[str] = frozenset(
    "городе поселке посёлке селе районе области крае республике столице регионе".split())

# ---------------------------------------------------------------- scope

# head nouns that count one group of the victims (scope "group"): stem -> group
GROUP_STEMS: dict[str, str] = {
    "дет": "children", "ребен": "children", "ребён": "children", "несовершеннолетн": "children",
    "подрост": "children", "школьник": "children", "мальчик": "children", "девоч": "children",
    "женщин": "women",
    "силовик": "police", "полицейск": "police", "правоохранител": "police",
    "военнослужащ": "soldiers", "военн": "soldiers", "солдат": "soldiers", "боевик": "militants",
    "гражданск": "civilians", "мирн": "civilians", "шахтер": "miners", "шахтёр": "miners",
    "горняк": "miners", "спасател": "rescuers", "горноспасател": "rescuers", "пожарн": "firefighters",
    "украинц": "Ukrainians",
    "иностран": "foreigners",
}
# "сотрудников силовых структур", "сотрудников органов внутренних дел": police
# words between the first and the last day of a span before its month ("с 26 по 28 ноября",
# "26-28 ноября", a dash written close): the first day is a day, no count
DAY_SPAN_JOINS: frozenset[str] = frozenset({"по", "и", "-", "–"})
STAFF_STEM = "сотрудник"
STAFF_GROUP = "police"
ANOTHER: frozenset[str] = frozenset({"еще", "ещё"})  # "ещё 10 погибли": one more day's count
