"""Who a Russian sentence says gave its figures: "по данным X", "сообщает Y со ссылкой на
X", "X сообщил" / "сообщил X", "в X уточнили", "говорится в сообщении X"; a source read in
an oblique case is cited in the nominative (morph_ru.nominative)."""

from __future__ import annotations

from dataclasses import replace

from . import lexicon_ru as lx
from .morph_ru import form, nominative
from .ru_figures import casualty_word
from .ru_text import CLAUSE_MARKS, DASHES, QUOTES, Token, words_at
from .shared_steps import Frame

_CITING = [tuple(p.split()) for p in lx.CITING_PHRASES]
_REFER_BACK = [tuple(p.split()) for p in lx.REFER_BACK]
_NAME_WORDS = 8  # words a source's name runs to at most
_TITLE_WORDS = 14  # ... and a name read forward, a title with its bearer's name after it
_NAME_INNER = [tuple(p.split()) for p in lx.NAME_INNER_PHRASES]


def find_frames(tokens: list[Token]) -> list[tuple[int, Frame]]:
    """(token index, frame) of each attribution in a sentence: "по данным X", "сообщает Y со
    ссылкой на X", "X сообщил" / "сообщил X", "в X уточнили", "говорится в сообщении X". A
    medium that only relays ("пишет ТАСС") is the relay of the sentence's other frames."""
    back = any(words_at(tokens, 0, p) or words_at(tokens, 1, p) for p in _REFER_BACK)
    cited = _cited(tokens)
    frames: list[tuple[int, Frame]] = []
    relay = ""
    for k, tok in enumerate(tokens):
        word = tok.lower
        if word in lx.ACCORDING_PREPOSITIONS:
            source = _according(tokens, k)
            if source in lx.POSSESSIVE_SPEAKERS and (relay or frames):
                source = relay or frames[-1][1].source  # "Агентство Fars сообщало: по его данным, ..."
            if source:
                frames.append((k, Frame(*_of_medium(source), "according_frame", back)))
        elif word == lx.KNOWN and k > 0 and tokens[k - 1].lower == lx.BECAME and _medium_at(tokens, k + 1)[1]:
            relay = relay or _medium_at(tokens, k + 1)[1]  # "как стало известно ТАСС"
        elif word in lx.LIST_LOCATIVES and _in_list_of(tokens, k):
            frames.append((k, Frame(_in_list_of(tokens, k), "", lx.IN_LIST_RULE, back)))
        elif word == lx.FOLLOWS and _follows_from(tokens, k):
            # "пострадали 37 человек, следует из списка пострадавших X": the author of the document
            frames.append((k, Frame(_follows_from(tokens, k), "", "follows_from", back)))
        elif word == lx.SAID_IN or (word == lx.SAID_IN_TOO and _said_in(tokens, k)):
            source = _said_in(tokens, k)
            frames.append((k, Frame(source, "", lx.SAID_IN_RULE if source else "said_before", back)))
        elif word in lx.IMPERSONAL_SAY:
            continue
        elif tok.text in DASHES and frames and _gapped(tokens, k):
            # "СК сообщает о 17 жертвах, глава Крыма Сергей Аксенов — о 18 убитых": the verb of
            # the clause before is left out; the name before the dash says the figure after it
            speaker = _name_before(tokens, k)
            if speaker:
                frames.append((k, Frame(speaker, frames[-1][1].via, "gapped_frame", back)))
        elif (word.startswith(lx.SAY_VERB_STEMS) and not word.endswith(lx.REFLEXIVE_ENDINGS) and not (
                k + 1 < len(tokens) and tokens[k + 1].lower in lx.NOT_SAYING_AFTER)) or _has_data(tokens, k):
            speaker, via = _speaker_of_verb(tokens, k)
            # a medium after its verb relays the sentence's other frames ("Об этом объявило
            # Минобороны, сообщает «...»"); a body before it speaks ("СК сообщает о 164 погибших")
            subject_before = k > 0 and not _is_media(speaker) and (
                tokens[k - 1].text[:1].isupper()
                or (bool(speaker) and tokens[k - 1].text == speaker.split()[-1]))
            if frames and word in lx.RELAY_VERBS and speaker and not cited and not subject_before:
                relay = relay or speaker
            elif cited and speaker:
                frames.append((k, Frame(cited, speaker, "citing_frame", back)))
            elif _is_media(speaker):
                relay = relay or speaker
            elif speaker:
                frames.append((k, Frame(speaker, via, "say_frame", back)))
    if cited:
        lead = _lead_medium(tokens)
        if lead:
            frames = [(k, replace(f, via=lead) if f.rule == "citing_frame" else f) for k, f in frames]
    if not frames and not relay:
        headline = _headline_source(tokens)
        if headline:  # "СК: ...", "BBC: ..." (a medium relays)
            frames.append((0, Frame("", headline, "headline_frame", back) if _is_media(headline)
                           else Frame(headline, "", "headline_frame", back)))
    if not frames and not relay:
        social = next((k for k, t in enumerate(tokens) if t.lower in lx.SOCIAL_MEDIA), None)
        if social is not None:
            frames.append((social, Frame(lx.SOCIAL_MEDIA_SOURCE, "", "social_media", back)))
    if relay:
        if not frames:
            return [(0, Frame(cited, relay, "citing_frame" if cited else "relay_frame", back))]
        frames = [(k, f if f.via else replace(f, via=relay)) for k, f in frames]
    return frames


def _gapped(tokens: list[Token], k: int) -> bool:
    """A dash at ``k`` that stands for the verb of saying of the clause before: a comma opens
    the clause, and "о" with a number follows ("..., глава Крыма — о 18 убитых")."""
    if k + 2 >= len(tokens) or tokens[k + 1].lower not in lx.GAPPED_ABOUT \
            or not (tokens[k + 2].text[:1].isdigit() or tokens[k + 2].lower in lx.NUMBER_WORDS):
        return False
    return any(t.text == "," for t in tokens[max(0, k - _NAME_WORDS - 1):k])


def _of_medium(name: str) -> tuple[str, str]:
    """(source, relay) of a source's name that ends on the medium it spoke to ("источник ТАСС
    в экстренных службах": источник, ТАСС); (name, "") for any other name."""
    words = name.split()
    if len(words) > 1 and not _is_media(words[0]):
        for n in range(1, len(words)):
            if words[n][:1].isupper() and _is_media(words[n]):
                return _join(words[:n]), _join(words[n:])
    return name, ""


def _lead_medium(tokens: list[Token]) -> str:
    """"«Интерфакс» со ссылкой на ... сообщает": the medium that opens the sentence."""
    if tokens and tokens[0].text in QUOTES:
        quoted = _quoted(tokens, 0)
        return quoted[1:-1] if quoted and _is_media(quoted) else ""
    name = _name_after(tokens, 0, "nomn") if tokens else ""
    return name if name and _is_media(name) else ""


def _headline_source(tokens: list[Token]) -> str:
    """"СК: 5 детей погибли", "Глава Минздрава РФ: ...": a headline's source before a colon."""
    for k in range(1, min(len(tokens), _NAME_WORDS)):
        if tokens[k].text == ":":
            name = _name_after(tokens, 0, "nomn")
            if name and len(name.split()) == k and tokens[0].text[:1].isupper() \
                    and form(tokens[0].lower).lemma not in lx.NOT_HEADLINE_SOURCES \
                    and (tokens[0].text.isupper() or form(tokens[0].lower).pos == "NOUN"):
                return name
            return ""
    return ""


def _said_in(tokens: list[Token], k: int) -> str:
    """"говорится в сообщении пресс-службы X": the author of the document, nominative."""
    j = k + 1
    if j < len(tokens) and tokens[j].lower in lx.DOCUMENT_PREPOSITIONS:
        j += 1
    if j < len(tokens) and tokens[j].lower in lx.DOCUMENTS:
        if j + 1 < len(tokens) and tokens[j + 1].text in QUOTES:
            quoted = _quoted(tokens, j + 1)  # "в справке «Кавказского узла»": the document and its author
            return f"{nominative([tokens[j].text], 'loct')[0]} {quoted}" if quoted else ""
        return _name_after(tokens, j + 1, "gent")
    return ""


def _has_data(tokens: list[Token], k: int) -> bool:
    """"СК пока располагает данными о 149 погибших": having data says it (not "не располагает
    данными", nor "располагает видеозаписью")."""
    return tokens[k].lower in lx.HAVING_DATA_VERBS and k + 1 < len(tokens) \
        and tokens[k + 1].lower in lx.DATA_INSTRUMENTALS and not (k and tokens[k - 1].lower == lx.NEGATION)


def _in_list_of(tokens: list[Token], k: int) -> str:
    """"в предварительном списке МЧС упомянуты 143 человека": the author of the list named at
    ``k`` (after "в", past one adjective), nominative, else ""."""
    opener = next((j for j in (k - 1, k - 2) if j >= 0 and tokens[j].lower in lx.DOCUMENT_PREPOSITIONS), None)
    if opener is None or (opener == k - 2 and form(tokens[k - 1].lower).pos != "ADJF"):
        return ""
    j = k + 1
    if j < len(tokens) and casualty_word(tokens[j].lower):
        j += 1  # "в списке погибших МЧС": what the list counts
    return _name_after(tokens, j, "gent")


def _follows_from(tokens: list[Token], k: int) -> str:
    """"следует из списка пострадавших Московской областной станции ...", "следует из данных
    Минздрава": the author of the document a figure follows from, nominative, else ""."""
    j = k + 1
    if j + 1 >= len(tokens) or tokens[j].lower != lx.OUT_OF or tokens[j + 1].lower not in lx.SOURCE_DOCUMENTS:
        return ""
    j += 2
    if j < len(tokens) and casualty_word(tokens[j].lower):
        j += 1  # "списка пострадавших": what the list counts
    return _name_after(tokens, j, "gent")


def _according(tokens: list[Token], k: int) -> str:
    """The source of "по данным X" at token k (nominative), "" when none."""
    j = k + 1
    if j + 1 < len(tokens) and tokens[j].lower in lx.POSSESSIVE_SPEAKERS \
            and tokens[j + 1].lower in lx.ACCORDING_NOUNS:
        return tokens[j].lower  # "по их данным", "по его словам": the speaker named before (resolved)
    official = False
    while j < len(tokens) and tokens[j].lower in lx.ACCORDING_ADJECTIVES:
        official = official or tokens[j].lower.startswith(lx.OFFICIAL_ADJECTIVE_STEM)
        j += 1
    if j >= len(tokens) or tokens[j].lower not in lx.ACCORDING_NOUNS:
        if tokens[k].lower == lx.ACCORDING_TO_DATIVE and j == k + 1:
            return _name_after(tokens, j, "datv")  # "согласно пожарным службам"
        return ""
    name = _name_after(tokens, j + 1, "gent")
    if not name and official:
        return lx.OFFICIAL_SOURCE
    return name


def _cited(tokens: list[Token]) -> str:
    """The source of "со ссылкой на X", "который приводит данные X"."""
    for k in range(len(tokens)):
        for phrase in _CITING:
            if words_at(tokens, k, phrase):
                j = k + len(phrase)
                case = "accs" if phrase[-1] == lx.CITING_ON else "gent"
                while j < len(tokens) and tokens[j].lower in lx.CITED_THINGS:
                    j, case = j + 1, "gent"
                name = _name_after(tokens, j, case)
                if not name and case == "accs":
                    name = _name_after(tokens, j, "gent")
                if not name and j > k + len(phrase):
                    # "со ссылкой на список пострадавших на сайте Минздрава": the list's owner
                    owner = next((n for n in range(j, min(len(tokens), j + 8))
                                  if tokens[n].text[:1].isupper() and _name_word(tokens[n], True)), None)
                    if owner is not None:
                        name = _name_after(tokens, owner, "gent")
                return name
    return ""


def _name_after(tokens: list[Token], k: int, case: str) -> str:
    """A name starting at token k, in ``case``, cited in the nominative; a quoted name in it
    ("телеканал «Хабар-24»", "«Кавказского узла»") is kept as written."""
    plain: list[str] = []
    quoted = ""
    j = k
    complement = False  # inside the complement "по" opens ("по гражданской обороне и ...")
    while j < len(tokens) and len(plain) < _TITLE_WORDS:
        tok = tokens[j]
        if tok.text in QUOTES:
            quoted = _quoted(tokens, j)
            break
        inner = next((p for p in _NAME_INNER if plain and words_at(tokens, j, p)), None)
        if inner is not None:
            plain += [t.text for t in tokens[j:j + len(inner)]]  # "управления на транспорте СК РФ"
            j += len(inner)
            continue
        if tok.lower in lx.NAME_PREPOSITIONS and plain and _name_goes_on(tokens, j + 1):
            plain.append(tok.text)  # "агентство по ликвидации последствий", "ГУ МЧС по Якутии"
            j += 1
            complement = True
            continue
        if complement and tok.lower in lx.AND_WORDS and j + 1 < len(tokens) \
                and tokens[j + 1].text[:1].islower() and _name_word(tokens[j + 1], False):
            plain.append(tok.text)  # "Комитет по гражданской обороне и воинским частям МЧС"
            j += 1
            continue
        if not _name_word(tok, j == k) or (plain and tok.lower in lx.ADDRESSEES):
            break  # "сказал Мельгазиев журналистам": those told are no part of the name
        plain.append(tok.text)
        j += 1
    while plain and plain[-1].lower() in lx.PRONOUNS:
        plain.pop()
    name = _join(nominative(plain, case)) if plain else ""
    if not quoted:
        return name
    return f"{name} {quoted}" if name else quoted[1:-1]


def _name_goes_on(tokens: list[Token], k: int) -> bool:
    """Does a name go on at token k, after its "по": a place ("по Якутии") or a noun with
    its own complement ("по правам человека"), not an adverbial ("по телефону", "по
    состоянию на")?"""
    if k >= len(tokens) or tokens[k].lower in lx.AS_OF_NOUNS or not _name_word(tokens[k], False):
        return False
    if tokens[k].text[:1].isupper():
        return True
    if k + 1 >= len(tokens) or not _name_word(tokens[k + 1], False):
        return False
    nxt = form(tokens[k + 1].lower)  # "по правам человека", "по гражданской обороне"
    return nxt.case == "gent" or (form(tokens[k].lower).pos == "ADJF" and nxt.pos == "NOUN")


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
    if text[:1].isupper() and not text.isupper() and form(tok.lower).pos in lx.FUNCTION_POS:
        return False  # "Об этом сообщили", "По словам": a sentence's first word
    if text[:1].isupper() or (not text.isalpha() and "." in text):
        return True
    if casualty_word(tok.lower) or tok.lower in lx.FILLERS:
        return False
    info = form(tok.lower)
    return info.pos in ("NOUN", "ADJF", "PRTF") or (not first and info.pos == "")


def _join(words: list[str]) -> str:
    return " ".join(words)


def _speaker_of_verb(tokens: list[Token], k: int) -> tuple[str, str]:
    """(subject, relay) of the verb of saying at token k (_subject_and_relay); a medium just
    before the verb is the one told when someone else speaks ("Об этом РИА Новости рассказал
    источник", "Об этом ТАСС сообщили в экстренных службах")."""
    speaker, via = _subject_and_relay(tokens, k)
    told = _medium_before(tokens, k)
    if not told or via:
        return speaker, via
    if speaker and not _is_media(speaker):
        return speaker, told
    located = _located(tokens, k)
    return (located, told) if located else (speaker, via)


def _subject_and_relay(tokens: list[Token], k: int) -> tuple[str, str]:
    """(subject, relay) of the verb of saying at token k: after it ("сообщил глава МЧС", "—
    заявил X", "сообщила «Интерфаксу» пресс-служба": the medium told is the relay), else
    before it ("Минздрав сообщил"), else the "в X" of a verb without one ("в ведомстве
    уточнили")."""
    j, via = k + 1, ""
    while j < len(tokens):
        if tokens[j].lower in lx.MEDIUM_ADDRESSEES and j + 1 < len(tokens) and tokens[j + 1].text in QUOTES \
                and _quoted(tokens, j + 1):
            via = _quoted(tokens, j + 1)[1:-1]  # "сообщили агентству «Интерфакс»": as written
            j = next(n for n in range(j + 2, len(tokens)) if tokens[n].text in QUOTES) + 1
        elif tokens[j].lower in lx.ADVERBIALS or tokens[j].lower in lx.ADDRESSEES:
            j += 1  # "сообщил в воскресенье", "рассказал журналистам"
        elif tokens[j].lower in lx.WEEKDAY_PREPOSITIONS and j + 1 < len(tokens) \
                and tokens[j + 1].lower in lx.WEEKDAYS:
            j += 2
        elif tokens[j].lower.isdigit() and j + 1 < len(tokens) and tokens[j + 1].lower in lx.MONTHS:
            j += 2  # "сообщает 20 сентября Минздрав"
        elif _channel_end(tokens, j) > j:
            j = _channel_end(tokens, j)  # "сообщил в своем Telegram-канале губернатор"
        elif tokens[j].text in QUOTES and j + 2 < len(tokens) and tokens[j + 2].text in QUOTES \
                and _is_media(tokens[j + 1].text) and form(tokens[j + 1].lower).case != "nomn":
            via, j = tokens[j + 1].text, j + 3  # "сообщила «Интерфаксу»"
        else:
            break
    if via and " " not in via and form(via.lower()).case != "nomn":
        via = form(via).lemma.capitalize() if not via.isupper() else via  # "«Интерфаксу»"
    if not via:
        told = _medium_told(tokens, k, j)
        if told is not None:
            return told
    after = _name_after(tokens, j, "nomn")
    if after and after.split()[-1].lower() in lx.SAID_THINGS:
        after = ""  # "опубликовал обновленные данные": what was said, not who
    if after and j < len(tokens) and (tokens[j].text[:1].isupper() or tokens[j].text in QUOTES
                                      or _may_be_nominative(tokens[j].text, False)):
        return after, via
    if k > 0 and tokens[k - 1].lower in lx.SPEAKER_PRONOUNS:
        return tokens[k - 1].lower, via
    before = _name_before(tokens, k)
    if before:
        return before, via
    located = _located(tokens, k)
    if not located and j > k + 1 and j + 1 < len(tokens) and tokens[j].lower in lx.WEEKDAY_PREPOSITIONS:
        # "заявили в воскресенье в минздраве", "сообщили агентству «Интерфакс» в прокуратуре"
        located = _name_after(tokens, j + 1, "loct")
    if located:
        return located, via
    lead = _subject_at_start(tokens, k)
    if lead:
        return lead, via
    return after, via


def _medium_told(tokens: list[Token], k: int, j: int) -> tuple[str, str] | None:
    """(speaker, medium) when the verb of saying at token k is followed at token j by a
    medium without quotes in the dative, the one told: "рассказал РИА Новости глава МЧС",
    "сообщили ТАСС в пресс-службе МЧС", "Минздрав сообщил Интерфаксу". The speaker is named
    after the medium or before the verb; None when neither is ("сообщает ТАСС": the medium
    itself speaks)."""
    end, medium = _medium_at(tokens, j)
    if end == j:
        return None
    if end < len(tokens) and tokens[end].text[:1].isalpha():
        named = _name_after(tokens, end, "nomn") if tokens[end].lower not in lx.WEEKDAY_PREPOSITIONS \
            else _name_after(tokens, end + 1, "loct")
        if named and named.split()[-1].lower() not in lx.SAID_THINGS:
            return named, medium  # "рассказал РИА Новости глава МЧС", "сообщили ТАСС в МЧС"
    before = _name_before(tokens, k) or _subject_at_start(tokens, k)
    return (before, medium) if before else None


def _medium_at(tokens: list[Token], j: int) -> tuple[int, str]:
    """(end, name in the nominative) of a medium named without quotes at token j ("ТАСС",
    "РИА Новости", "Интерфаксу" -> "Интерфакс"); (j, "") when none is."""
    end = j
    if end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text not in QUOTES \
            and not tokens[end].lower.startswith(lx.CHANNEL_STEMS) \
            and (_is_media(tokens[end].text) or form(tokens[end].lower).lemma in lx.MEDIA_WORDS):
        end += 1
        while end < len(tokens) and tokens[end].lower in lx.MEDIA_NAME_ENDS:
            end += 1  # "РИА Новости"
    if end == j:
        return j, ""
    words = [t.text for t in tokens[j:end]]
    cited = words if words[0].isupper() else [form(words[0].lower()).lemma.capitalize(), *words[1:]]
    return end, _join(cited)


def _medium_before(tokens: list[Token], k: int) -> str:
    """The medium named just before the verb at token k ("Об этом ТАСС сообщили", "Об этом
    РИА Новости рассказал"), "" when none is."""
    for j in (k - 2, k - 1):
        if j >= 0:
            end, medium = _medium_at(tokens, j)
            if end == k:
                return medium
    return ""


def _subject_at_start(tokens: list[Token], k: int) -> str:
    """"ФСБ в первые часы после теракта сообщала", "Минздрав Подмосковья на сайте
    опубликовал": the name that opens the sentence, in the nominative, is the subject of a
    verb of saying later in the same clause."""
    if k < 2 or k > _NAME_WORDS + 4 or any(t.text in CLAUSE_MARKS for t in tokens[:k]):
        return ""
    first = tokens[0]
    if not first.text[:1].isupper() or not _name_word(first, True) or casualty_word(first.lower):
        return ""  # "Гибель 11 шахтеров подтвердили ...": what was said, not who
    if not first.text.isupper() and form(first.lower).case != "nomn":
        return ""
    return _name_after(tokens, 0, "nomn")


def _name_before(tokens: list[Token], k: int) -> str:
    """The subject just before a verb at token k ("замглавы МЧС Владлен Аксенов рассказал")."""
    if k >= 3 and tokens[k - 1].text in QUOTES and tokens[k - 1].text != "«":
        opened = next((j for j in range(k - 2, max(-1, k - 6), -1) if tokens[j].text in QUOTES), None)
        if opened is not None and (opened == 0 or tokens[opened - 1].text in CLAUSE_MARKS):
            return _join([t.text for t in tokens[opened + 1:k - 1]])  # "«Znak» сообщает"
    channel = next((j for j in range(max(0, k - 3), k) if _channel_end(tokens, j) == k), None)
    if channel is not None:
        k = channel  # "губернатор в своем Telegram-канале сообщил"
    while k > 0 and _adverbial(tokens[k - 1]):
        k -= 1  # "Армения в середине ноября предварительно сообщила", "акимат уже официально сообщил"
        if k > 0 and tokens[k - 1].lower in lx.WEEKDAY_PREPOSITIONS and _adverbial(tokens[k]):
            k -= 1
    j = k
    while j > 0 and k - j < _NAME_WORDS and _name_word(tokens[j - 1], False) \
            and tokens[j - 1].lower not in lx.PLACE_PREPOSITIONS:
        j -= 1
        if j > 1 and tokens[j - 1].lower in lx.NAME_PREPOSITIONS and tokens[j].text[:1].isupper() \
                and _name_word(tokens[j - 2], False):
            j -= 1  # "пресс-служба ГУ МЧС России по Якутии"
    words = [t.text for t in tokens[j:k]]
    if words and j > 0 and tokens[j - 1].lower in lx.WEEKDAY_PREPOSITIONS:
        outer = _name_before(tokens, j - 1) if j > 1 else ""
        if outer and (outer[:1].isupper() or form(outer.split()[0].lower()).case == "nomn"):
            return outer  # "Источник агентства в экстренных службах заявил": the source, not where
        return _join(nominative(words, "loct"))  # "В Минздраве указывают"
    words = _from_subject(words)
    if not words or all(w.lower() in lx.FILLERS for w in words):
        return ""
    if len(words) == 1 and words[0][:1].islower() and form(words[0].lower()).pos != "NOUN":
        return ""
    if words[-1].lower() in lx.SAID_THINGS:
        return ""  # "Обновленные данные предоставили в центре X": the data are no speaker
    return _join(words)


def _from_subject(words: list[str]) -> list[str]:
    """The words of a name read back from its verb, from its subject on: the words before it
    that are in another case go ("Со своей стороны пресс-служба ... сообщает"); when none is
    a nominative at its likeliest, the first that may be one leads ("11 сентября власти
    страны сообщали": "власти")."""
    for likeliest in (True, False):
        k = 0
        while k < len(words) and not words[k][:1].isupper() and (
                words[k].lower() in lx.MONTHS or not _may_be_nominative(words[k], likeliest)) \
                and not _agrees_with_subject(words, k):
            k += 1
        if k < len(words):
            return words[k:]
    return []


def _agrees_with_subject(words: list[str], k: int) -> bool:
    """Is words[k] an adjective that may be nominative before a noun that is one at its
    likeliest ("областной акимат сообщил": "областной" reads likeliest as a genitive)?"""
    if k + 1 >= len(words):
        return False
    adjective, noun = form(words[k].lower()), form(words[k + 1].lower())
    return adjective.pos == "ADJF" and "nomn" in adjective.cases and noun.pos == "NOUN" \
        and noun.case == "nomn"


def _may_be_nominative(word: str, likeliest: bool) -> bool:
    info = form(word.lower())
    return info.case in ("nomn", "") or (not likeliest and "nomn" in info.cases)


def _channel_end(tokens: list[Token], j: int) -> int:
    """The token after the channel a speaker spoke in, at token j ("в своем Telegram-канале",
    "на брифинге", "в интервью"); j when none opens there."""
    if j >= len(tokens) or tokens[j].lower not in lx.CHANNEL_PREPOSITIONS:
        return j
    n = j + 1
    while n < len(tokens) and tokens[n].lower in lx.CHANNEL_ADJECTIVES:
        n += 1
    if n < len(tokens) and tokens[n].lower.startswith(lx.CHANNEL_STEMS):
        if n + 2 < len(tokens) and tokens[n + 1].lower in lx.CHANNEL_PREPOSITIONS \
                and tokens[n + 2].text.isupper():
            return n + 3  # "на брифинге в СЦК"
        return n + 1
    return j


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
    """Is the name a news medium's, by its head (its first word that is no adjective)?
    "агентство Reuters", "РИА Новости", "французское агентство AFP", "«Коммерсантъ»", but not
    "собеседник агентства" (one who spoke to it)."""
    words = [w.strip('«»"') for w in name.split()]
    words = [w for w in words if w]
    head = next((w for w in words if w[:1].isupper() or form(w.lower()).pos != "ADJF"), "")
    return bool(head) and (head.lower() in lx.MEDIA_WORDS or head.lower().endswith(lx.MEDIA_DOMAINS))


def resolved(frame: Frame, named: Frame) -> Frame:
    """A frame whose source is a pronoun ("он заявляет"), a kind of source ("по данным
    ведомства") or the document before ("говорится в сообщении"): the speaker named before."""
    if frame.rule == "said_before" or frame.source.lower() in lx.SPEAKER_PRONOUNS \
            or frame.source in lx.POSSESSIVE_SPEAKERS \
            or (frame.source and form(frame.source.split()[-1]).lemma in lx.GENERIC_SOURCES
                and len(frame.source.split()) == 1):
        if named.source:
            return Frame(named.source, frame.via or named.via, frame.rule + "_named_before", frame.back,
                         named.date)
        pronoun = frame.source.lower() in lx.SPEAKER_PRONOUNS or frame.source in lx.POSSESSIVE_SPEAKERS
        return Frame("", frame.via, frame.rule, frame.back) if pronoun else frame
    words = frame.source.split()
    if len(words) > 1 and not frame.via and named.via and form(words[-1].lower()).lemma in lx.GENERIC_MEDIA:
        return replace(frame, via=named.via)  # "сказал собеседник агентства": the agency named before
    if len(words) == 2 and named.source and form(words[0].lower()).lemma in lx.SPOKESPEOPLE \
            and form(words[1].lower()).lemma in lx.GENERIC_SOURCES:
        # "в сообщении пресс-службы министерства": the ministry named before speaks
        return Frame(named.source, frame.via or named.via, frame.rule + "_named_before", frame.back,
                     named.date)
    return frame
