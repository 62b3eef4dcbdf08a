"""Who a Russian sentence says gave its figures: "по данным X", "сообщает Y со ссылкой на
X", "X сообщил" / "сообщил X", "в X уточнили", "говорится в сообщении X"; a source read in
an oblique case is cited in the nominative (morph_ru.nominative)."""

from __future__ import annotations

from dataclasses import replace

from . import lexicon_ru as lx
from .morph_ru import form, nominative
from .ru_figures import casualty_word
from .ru_text import CLAUSE_MARKS, QUOTES, Token, words_at
from .shared_steps import Frame

_CITING = [tuple(p.split()) for p in lx.CITING_PHRASES]
_REFER_BACK = [tuple(p.split()) for p in lx.REFER_BACK]
_NAME_WORDS = 8  # words a source's name runs to at most


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
            if source:
                frames.append((k, Frame(source, "", "according_frame", back)))
        elif word == lx.SAID_IN:
            source = _said_in(tokens, k)
            frames.append((k, Frame(source, "", lx.SAID_IN_RULE if source else "said_before", back)))
        elif word in lx.IMPERSONAL_SAY:
            continue
        elif word.startswith(lx.SAY_VERB_STEMS) and not (k + 1 < len(tokens)
                                                          and tokens[k + 1].lower in lx.NOT_SAYING_AFTER):
            speaker, via = _speaker_of_verb(tokens, k)
            if frames and word in lx.RELAY_VERBS and speaker and not cited:
                relay = relay or speaker  # "Об этом объявило Минобороны, сообщает «...»"
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
        if headline:
            frames.append((0, Frame(headline, "", "headline_frame", back)))
    if not frames and not relay:
        social = next((k for k, t in enumerate(tokens) if t.lower in lx.SOCIAL_MEDIA), None)
        if social is not None:
            frames.append((social, Frame(lx.SOCIAL_MEDIA_SOURCE, "", "social_media", back)))
    if relay:
        if not frames:
            return [(0, Frame(cited, relay, "citing_frame" if cited else "relay_frame", back))]
        frames = [(k, f if f.via else replace(f, via=relay)) for k, f in frames]
    return frames


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
    if j < len(tokens) and tokens[j].lower in lx.WEEKDAY_PREPOSITIONS:
        j += 1
    if j < len(tokens) and tokens[j].lower in lx.DOCUMENTS:
        if j + 1 < len(tokens) and tokens[j + 1].text in QUOTES:
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
    while j < len(tokens) and len(plain) < _NAME_WORDS:
        tok = tokens[j]
        if tok.text in QUOTES:
            quoted = _quoted(tokens, j)
            break
        if tok.lower in lx.NAME_PREPOSITIONS and plain and _name_goes_on(tokens, j + 1):
            plain.append(tok.text)  # "агентство по ликвидации последствий", "ГУ МЧС по Якутии"
            j += 1
            continue
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


def _name_goes_on(tokens: list[Token], k: int) -> bool:
    """Does a name go on at token k, after its "по": a place ("по Якутии") or a noun with
    its own complement ("по правам человека"), not an adverbial ("по телефону", "по
    состоянию на")?"""
    if k >= len(tokens) or tokens[k].lower in lx.AS_OF_NOUNS or not _name_word(tokens[k], False):
        return False
    return tokens[k].text[:1].isupper() or (k + 1 < len(tokens) and _name_word(tokens[k + 1], False)
                                            and form(tokens[k + 1].lower).case == "gent")


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
        elif tokens[j].text in QUOTES and j + 2 < len(tokens) and tokens[j + 2].text in QUOTES \
                and _is_media(tokens[j + 1].text) and form(tokens[j + 1].lower).case != "nomn":
            via, j = tokens[j + 1].text, j + 3  # "сообщила «Интерфаксу»"
        else:
            break
    if via:
        via = form(via).lemma.capitalize() if not via.isupper() else via
    after = _name_after(tokens, j, "nomn")
    if after and after.split()[-1].lower() in lx.SAID_THINGS:
        after = ""  # "опубликовал обновленные данные": what was said, not who
    if after and j < len(tokens) and (tokens[j].text[:1].isupper() or tokens[j].text in QUOTES
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
    lead = _subject_at_start(tokens, k)
    if lead:
        return lead, via
    return after, via


def _subject_at_start(tokens: list[Token], k: int) -> str:
    """"ФСБ в первые часы после теракта сообщала", "Минздрав Подмосковья на сайте
    опубликовал": the name that opens the sentence, in the nominative, is the subject of a
    verb of saying later in the same clause."""
    if k < 2 or k > _NAME_WORDS + 4 or any(t.text in CLAUSE_MARKS for t in tokens[:k]):
        return ""
    first = tokens[0]
    if not first.text[:1].isupper() or not _name_word(first, True):
        return ""
    if not first.text.isupper() and form(first.lower).case != "nomn":
        return ""
    return _name_after(tokens, 0, "nomn")


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
        if j > 1 and tokens[j - 1].lower in lx.NAME_PREPOSITIONS and tokens[j].text[:1].isupper() \
                and _name_word(tokens[j - 2], False):
            j -= 1  # "пресс-служба ГУ МЧС России по Якутии"
    words = [t.text for t in tokens[j:k]]
    if words and j > 0 and tokens[j - 1].lower in lx.WEEKDAY_PREPOSITIONS:
        return _join(nominative(words, "loct"))  # "В Минздраве указывают"
    while words and form(words[0].lower()).case not in ("nomn", "") and not words[0][:1].isupper():
        words = words[1:]
    if not words or all(w.lower() in lx.FILLERS for w in words):
        return ""
    if len(words) == 1 and words[0][:1].islower() and form(words[0].lower()).pos != "NOUN":
        return ""
    if words[-1].lower() in lx.SAID_THINGS:
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
    return bool(words) and any(w in lx.MEDIA_WORDS or w.endswith(lx.MEDIA_DOMAINS) for w in words)


def resolved(frame: Frame, named: Frame) -> Frame:
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
