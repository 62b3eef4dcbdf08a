"""Who a French or Spanish sentence says gave its figures: "selon X", "d'après X", "según
X", "de acuerdo con X" (``according_frame``); "X a indiqué", "a indiqué X", "informó X",
"dijo X a Reuters" (``say_frame``: the medium told is the relay); "citant X", "X cité par
Y", "citando a X" (``citing_frame``); a medium that only reports ("rapporte l'AFP") is the
relay of the sentence's other speakers. Names are kept as written, without their article
("le ministère de la Santé" -> "ministère de la Santé")."""

from __future__ import annotations

from dataclasses import replace

from .romance_figures import casualty
from .romance_words import Grammar, Lexicon
from .ru_text import CLAUSE_MARKS, QUOTES, Token
from .shared_steps import Frame

_NAME_WORDS = 8  # words a source's name runs to at most
_NAME_TOKENS = 16  # tokens, its links and articles too ("la Secretaría de Gestión Integral de Riesgos y
# Protección Civil del gobierno del estado")
_OPENERS = CLAUSE_MARKS | QUOTES
_NONE, _VERB, _PRONOUN = range(3)  # what a token is to a verb of saying
_SAID_BY_PRONOUN = "say_frame_pronoun"  # a verb of saying whose subject the text does not name
_NO_SPEAKER = "no_speaker"  # a verb whose subject is an event: no one says the figure


def find_frames(g: Grammar, tokens: list[Token]) -> list[tuple[int, Frame]]:
    """(token index, frame) of each attribution in a sentence."""
    w = g.words
    back = any(g.refer_back.at(tokens, k) is not None for k in range(min(2, len(tokens))))
    frames: list[tuple[int, Frame]] = []
    relay = ""
    cited = ""
    k = 0
    while k < len(tokens):
        according = g.according.at(tokens, k)
        citing = g.citing.at(tokens, k)
        if according is not None:
            at = k + len(according)
            while at < len(tokens) and (tokens[at].lower in w.AUXILIARIES or tokens[at].lower in w.SAY_VERBS):
                at += 1  # "según indican las autoridades", "según ha informado el ministerio"
            if at > k + len(according) and (at == len(tokens) or not _opens_name(g, tokens[at])):
                frames.append((k, Frame("", "", "according_frame_pronoun", back)))  # "Según indican,"
                k = at
                continue
            name, end = name_after(g, tokens, at)
            if name and according[-1] in w.SOURCE_WORDS and at == k + len(according):
                name = f"{tokens[at - 1].text} {name}"  # "de source policière"
            after = tokens[at].lower if at < len(tokens) else ""
            if after in w.PRONOUNS or after in w.SPEAKER_PRONOUNS:  # "selon lui", "según ella"
                frames.append((k, Frame("", "", "according_frame_pronoun", back)))
            elif is_media(g, name):
                relay = relay or name
            else:  # "selon un bilan provisoire": said, by no one named
                frames.append((k, Frame(name, "", "according_frame" if name else "according_unnamed", back)))
            k = max(end, k + 1)
            continue
        if citing is not None:
            name, end = name_after(g, tokens, k + len(citing))
            if citing[-1] in w.AGENT_WORDS:
                relay = relay or name  # "les autorités citées par l'AFP": the AFP relays
            elif name and name.split()[0].lower().removesuffix("s") in w.TOLL_NOUNS:
                pass  # "citant le nombre de cadavres retrouvés": a count, no one cited
            else:
                cited = cited or name  # "citant la police": the police
            k = max(end, k + 1)
            continue
        if tokens[k].lower in w.AGENT_WORDS and _after_document(g, tokens, k):
            name, end = name_after(g, tokens, k + 1)  # "un bilan communiqué ce matin par la préfecture"
            words = name.split()
            if len(words) > 1 and words[0][:1].islower() and words[1][:1].islower() \
                    and words[1] not in w.NAME_LINKS:
                name = words[0]  # "notificados por los hospitales siguen ingresados": the hospitals
            if is_media(g, name):
                relay = relay or name
            elif name and not any(word in w.EVENT_NOUNS for word in name.lower().split()):
                # (not "las víctimas causadas por el paso de la DANA": an event's, no one's word)
                frames.append((k, Frame(name, "", "agent_frame", back)))
            k = max(end, k + 1)
            continue
        verb, first = _say_verb(g, tokens, k)
        if verb == _PRONOUN:
            frames.append((k, Frame("", "", _SAID_BY_PRONOUN, back)))
        elif verb == _VERB:
            speaker, via, rule = _speaker(g, tokens, k, first)
            if is_media(g, speaker) and not via:
                relay = relay or speaker
            elif speaker or rule == _SAID_BY_PRONOUN:
                frames.append((k, Frame(speaker, via, rule, back)))
        k += 1
    if any(f.source for _, f in frames):
        frames = [(k, f) for k, f in frames if f.source or not f.rule.endswith("_pronoun")]
    if cited:
        frames = [(k, f) for k, f in frames if f.source] or [(0, Frame("", "", "", back))]
        frames = [(k, Frame(cited, relay or f.source or f.via, "citing_frame", back)) for k, f in frames]
        return frames
    if relay:
        if not any(f.source for _, f in frames):
            return [(0, Frame("", relay, "relay_frame", back))]
        frames = [(k, f if f.via else replace(f, via=relay)) for k, f in frames]
    return frames


def _opens_name(g: Grammar, tok: Token) -> bool:
    """Can a speaker's name open at this token (a determiner, a capital, a bare speaker)?"""
    return tok.lower in g.words.DETERMINERS or tok.text[:1].isupper() or tok.lower in g.words.BARE_SPEAKERS


def _after_document(g: Grammar, tokens: list[Token], k: int) -> bool:
    """Is the "par" / "por" at token k the agent of a document or count named just before
    ("un bilan communiqué en fin d'après-midi par", "el informe presentado por")?"""
    w = g.words
    participle = next((n for n in range(k - 1, max(-1, k - 6), -1)
                       if tokens[n].lower.endswith(w.PARTICIPLE_ENDINGS)
                       and tokens[n].lower not in w.DETERMINERS and casualty(g, tokens, n) is None), None)
    if participle is None:
        return False
    if tokens[participle].lower.startswith(w.COUNT_PARTICIPLES):
        return True  # "959 décès ont été recensés par l'OIM", "confirmados por la fiscalía"
    for n in range(participle - 1, max(-1, participle - 5), -1):
        if tokens[n].text in CLAUSE_MARKS:
            return False
        if tokens[n].lower in w.DOCUMENT_NOUNS and tokens[n].lower not in w.OFFICIAL_WORDS:
            return True
    return False


# tokens from a toll-setting verb past its "à" / "a" / "en" ("fijaron rápidamente la cifra en")
_TOLL_LINK_REACH = 5


def _say_verb(g: Grammar, tokens: list[Token], k: int) -> tuple[int, int]:
    """(_VERB, the index of its first word) when token k ends a verb of saying ("indiqué",
    "fait état", "dio cuenta"), (_PRONOUN, k) when its subject is a pronoun ("a-t-il
    indiqué", "indique-t-il"), (_NONE, k) otherwise."""
    w = g.words
    word = tokens[k].lower
    parts = word.split("-")
    if len(parts) > 1 and parts[0] in w.SAY_VERBS and parts[-1] in w.SPEAKER_PRONOUNS:
        return _PRONOUN, k  # "précise-t-il"
    phrase = g.say_phrases.before(tokens, k + 1)
    if word not in w.SAY_VERBS and phrase is None:
        return _NONE, k
    first = k - len(phrase) + 1 if phrase is not None else k
    if first > 0 and tokens[first - 1].lower in w.IMPERSONAL:
        return _NONE, k  # "se informó", "se sitúa": said by no one, or a toll's own verb
    if word in w.NOUN_LIKE_SAYS and first > 0 and tokens[first - 1].lower in w.DETERMINERS:
        return _NONE, k  # "la cifra", "la porte": a noun
    if word in w.TOLL_SAYS and not any(t.lower in w.TOLL_SAY_LINKS
                                       for t in tokens[k + 1:k + _TOLL_LINK_REACH]):
        return _NONE, k  # "porté disparu": no toll set ("porte à 39", "elevó este jueves a 158")
    if first > 0 and tokens[first - 1].lower in w.SPEAKER_PRONOUNS:
        return _PRONOUN, first  # "a-t-il indiqué", "il a indiqué"
    return _VERB, first


def _speaker(g: Grammar, tokens: list[Token], k: int, first: int) -> tuple[str, str, str]:
    """(speaker, relay, rule) of the verb of saying that runs from token ``first`` to k.
    Its subject opens its clause ("Le ministère de la Santé a indiqué que"), else follows it
    ("..., a indiqué le ministère", "dijo a Reuters un portavoz", "a annoncé dans la soirée
    le gouvernement"), else is an apposition before it set off by commas ("El ministro del
    Interior, Jorge Burgos, confirmó"); with none (a pronoun, Spanish's dropped subject) it
    is the speaker named before."""
    w = g.words
    aux = first
    while aux > 0 and (tokens[aux - 1].lower in w.AUXILIARIES or tokens[aux - 1].lower in w.ADVERBIALS):
        aux -= 1
    aux = _past_acronym(tokens, aux)  # "el Centro ... Integrada (Cecopi) informó"
    inverted = aux == 0 or tokens[aux - 1].text in _OPENERS or tokens[aux - 1].lower in w.CLAUSE_OPENERS
    gerund = tokens[k].lower.endswith(w.GERUND_ENDINGS)
    before = "" if inverted and not gerund else _name_before(g, tokens, aux, gerund)
    if not before and not inverted and tokens[aux - 1].lower in w.REPORT_NOUNS:
        before = tokens[aux - 1].text  # "ce rapport évoque une fourchette": the report, not its object
    if before.lower() in w.SPEAKER_PRONOUNS or before.lower() in w.PRONOUNS:
        return "", "", _SAID_BY_PRONOUN
    j, via = _after_verb(g, tokens, k + 1)
    after = ""
    if not before and not gerund and j < len(tokens) and tokens[j].lower not in w.CLAUSE_OPENERS \
            and tokens[k].lower not in w.FEAR_SAYS:  # a fear's object is no speaker ("craint le pire")
        if tokens[j].lower in w.TIME_PREPOSITIONS:
            j = _past_time_phrase(g, tokens, j)  # "a annoncé dans la soirée le gouvernement"
        opens = j < len(tokens) and (tokens[j].lower in w.DETERMINERS or tokens[j].text[:1].isupper()
                                     or tokens[j].lower in w.BARE_SPEAKERS)
        after, end = name_after(g, tokens, j) if opens else ("", j)  # not "confirmó horas antes"
        if after:
            via = via or _told(g, tokens, end)[0]  # "dijo un portavoz a Reuters"
    if not before and not after and aux > 0 and tokens[aux - 1].text == ",":
        before = _name_before(g, tokens, aux, gerund)  # "El ministro del Interior, Jorge Burgos, confirmó"
    speaker = before or after
    if speaker and speaker.lower().split()[-1] in w.EVENT_NOUNS:
        return "", via, _NO_SPEAKER  # "L'incendie porte à 12 le nombre de morts": an event says nothing
    if not speaker:
        return "", via, _SAID_BY_PRONOUN
    return speaker, via, "say_frame"


def _past_time_phrase(g: Grammar, tokens: list[Token], j: int) -> int:
    """The index after a time phrase at token j ("dans la nuit de lundi à mardi", "en fin
    de journée"): the next determiner that no preposition governs, within a few words."""
    w = g.words
    for n in range(j + 2, min(len(tokens), j + 9)):
        if tokens[n].text in CLAUSE_MARKS or tokens[n].lower in w.CLAUSE_OPENERS:
            return j
        governed = tokens[n - 1].lower in w.NAME_LINKS | w.TIME_PREPOSITIONS | w.TOLD
        if tokens[n].lower in w.DETERMINERS and not governed:
            return n
    return j


def _after_verb(g: Grammar, tokens: list[Token], j: int) -> tuple[int, str]:
    """Past the adverbials after a verb of saying ("dimanche", "este domingo", "à l'AFP"):
    the index of its subject and the medium told, if any."""
    w = g.words
    via = ""
    while j < len(tokens):
        word = tokens[j].lower
        if word in w.WEEKDAYS or word in w.ADVERBIALS:
            j += 1
            continue
        told, after = _told(g, tokens, j)
        if told:
            via, j = via or told, after
            continue
        break
    return j, via


def _told(g: Grammar, tokens: list[Token], j: int) -> tuple[str, int]:
    """"à l'AFP", "a Reuters", "a la agencia EFE": the medium told and the index after it,
    else ("", j); the name ends at its last media word ("à l'AFP Ahmed Ali": the AFP)."""
    if j >= len(tokens) or tokens[j].lower not in g.words.TOLD:
        return "", j
    n = j + 1
    while n < len(tokens) and (tokens[n].lower in g.words.DETERMINERS or tokens[n].lower == "'"):
        n += 1
    _, end = name_after(g, tokens, n)
    media = [m for m in range(n, end) if tokens[m].lower in g.words.MEDIA_WORDS]
    if not media:
        return "", j
    last = media[-1] + 1
    if last < end and not tokens[last].text[:1].isupper():
        last = end  # "à la radio d'Etat iranienne", not "à l'AFP Ahmed Ali"
    return join(tokens, n, last), last


def name_after(g: Grammar, tokens: list[Token], k: int) -> tuple[str, int]:
    """The name that starts at token k, as written without its article, and the index after
    it: "le ministère de la Santé", "la Protection civile", "l'AFP", "un porte-parole de la
    police". A document before its author is dropped ("le dernier bilan du ministère" ->
    "ministère"); one without an author that is official is the official toll."""
    w = g.words
    j = k
    while j < len(tokens) and (tokens[j].lower in w.DETERMINERS or tokens[j].lower == "'"):
        j += 1
    while j + 1 < len(tokens) and tokens[j].lower in w.DOCUMENT_MODIFIERS \
            and tokens[j + 1].lower in w.DOCUMENT_NOUNS:
        j += 1  # "le dernier bilan du ministère", "el último balance del Cecopi"
    longer = j + 1 < len(tokens) and (tokens[j + 1].text[:1].isupper() or tokens[j + 1].lower in w.NAME_LINKS)
    if k < j < len(tokens) and tokens[j].text[:1].isupper() and not longer \
            and f"{tokens[j - 1].lower} {tokens[j].lower}" in w.MEDIA_TITLES:
        return join(tokens, j - 1, j + 1), j + 1  # "El País", "Le Monde": the article is the title's
    start = j
    words: list[int] = []
    while j < len(tokens) and len(words) < _NAME_WORDS:
        tok = tokens[j]
        word = tok.lower
        if word in w.NAME_LINKS and words:
            n = j + 1  # "ministère de l'Intérieur", "Secretaría de la Defensa"
            while n < min(len(tokens), j + 3) and tokens[n].lower in w.DETERMINERS | {"'"}:
                n += 1
            if n < len(tokens) and _name_word(g, tokens, n):
                j = n
                continue
            break
        if word in w.DETERMINERS or not _name_word(g, tokens, j) or (not words and word in w.NAME_LINKS):
            break
        words.append(j)
        j += 1
        if j + 1 < len(tokens) and tokens[j].text == "." and word in w.TITLES:
            j += 1  # "M. Otkay"
    if words and tokens[words[0]].lower in w.GENERIC_SPEAKERS and j + 1 < len(tokens) \
            and tokens[j].text == "," and tokens[j + 1].text[:1].isupper():
        person, stop = name_after(g, tokens, j + 1)  # "la alcaldesa, María José Catalá"
        closed = stop >= len(tokens) or tokens[stop].text in CLAUSE_MARKS or tokens[stop].text in ".!?"
        if person and closed and all(tokens[n].text[:1].isupper() for n in range(j + 1, stop)
                                     if tokens[n].text.isalpha()):
            return f"{join(tokens, words[0], words[-1] + 1)}, {person}", stop
    if not words:
        return "", k
    end = words[-1] + 1
    named = list(range(start, end))
    documents = 0
    while documents < len(named) and tokens[named[documents]].lower in w.DOCUMENT_NOUNS | w.DETERMINERS \
            and not _title_adjective(g, tokens, named, documents):
        documents += 1
    if documents:
        official = any(tokens[n].lower in w.OFFICIAL_WORDS for n in named[:documents])
        rest = named[documents:]
        while rest and (tokens[rest[0]].lower in w.NAME_LINKS or tokens[rest[0]].lower in w.DETERMINERS
                        or tokens[rest[0]].lower == "'" or tokens[rest[0]].lower in w.DOCUMENT_NOUNS):
            rest = rest[1:]  # "el balance oficial y parcial del Ministerio": the Ministerio
        if not rest or tokens[rest[0]].lower.endswith(w.PARTICIPLE_ENDINGS):
            return (w.OFFICIAL_SOURCE if official else ""), end  # "les décomptes effectués par": the agent's
        if not any(tokens[n].text[:1].isupper() or tokens[n].lower not in w.DOCUMENT_NOUNS for n in rest):
            return "", end
        links = w.NAME_LINKS | w.OF_WORDS | w.DETERMINERS
        if not any(tokens[n].text[:1].isupper() or tokens[n].lower in links for n in named[documents - 1:]):
            return (w.OFFICIAL_SOURCE if official else ""), end  # "un bilan très provisoire": no author
        named = rest
    if tokens[named[0]].lower in w.CHANGE_NOUNS:
        return "", end  # "un nouveau bilan en hausse d'un décès": a toll's change, no one
    return join(tokens, named[0], named[-1] + 1), end


def _title_adjective(g: Grammar, tokens: list[Token], named: list[int], n: int) -> bool:
    """A document's adjective that opens a title, not a document ("le premier ministre", not
    "le premier bilan"): no document noun follows it."""
    w = g.words
    return tokens[named[n]].lower in w.DOCUMENT_MODIFIERS and not any(
        tokens[m].lower in w.DOCUMENT_NOUNS and tokens[m].lower not in w.DOCUMENT_MODIFIERS
        for m in named[n + 1:])


def _name_word(g: Grammar, tokens: list[Token], j: int) -> bool:
    """Can token j be a word of a source's name?"""
    w = g.words
    tok = tokens[j]
    word = tok.lower
    if not word[:1].isalpha() or word in w.NAME_STOPS or word in w.PRONOUNS or word in w.SAY_VERBS:
        return False
    if word in w.MONTHS or word in w.WEEKDAYS or word in w.NUMBER_WORDS or word in w.VAGUE_UNITS \
            or word in w.ADVERBIALS:
        return False
    if word in g.first_words:
        return False
    if tok.text[:1].isupper():
        return True
    return casualty(g, tokens, j) is None


def _past_acronym(tokens: list[Token], end: int) -> int:
    """Where a name ends when the tokens before ``end`` are its acronym in brackets ("...
    Integrada (Cecopi)"): before the brackets; else ``end``."""
    k = end - _ACRONYM_TOKENS
    return k if k > 0 and tokens[k].text == "(" and tokens[end - 1].text == ")" \
        and tokens[k + 1].text[:1].isupper() else end


_ACRONYM_TOKENS = 3  # "(", the acronym, ")"


def _name_before(g: Grammar, tokens: list[Token], k: int, gerund: bool) -> str:
    """The subject of a verb whose auxiliary is at token k: the name that opens its clause
    ("Le ministère de la Santé a indiqué", "Dimanche, la police a annoncé"), past asides
    set off by commas ("la directora del organismo, Carmen Fernández, pasadas las 22 horas
    de ayer, reconoció": the apposition nearest the verb); a gerund's is the one that opens
    the sentence's clause before it ("la Presidenta X se dirigió al país, ratificando")."""
    w = g.words
    while k > 0 and (tokens[k - 1].lower in w.WEEKDAYS or tokens[k - 1].lower in w.ADVERBIALS):
        k -= 1
    end = k
    for _ in range(4):
        end = _past_acronym(tokens, end)  # "el Centro de Integración de Datos (CID)": its name
        a = end
        while a > 0 and tokens[a - 1].text not in _OPENERS and tokens[a - 1].lower not in w.CLAUSE_OPENERS:
            a -= 1
        later = [n for n in range(a, end) if tokens[n].lower in w.LATER_WORDS]
        if later:
            a = later[-1] + 1  # "mais quelques jours plus tard la préfecture a annoncé"
        if (end - a <= _NAME_TOKENS or gerund) and end > a:
            name, stop = name_after(g, tokens, a)
            opens = tokens[a].lower in w.DETERMINERS or tokens[a].text[:1].isupper()
            if name and opens and (stop == end or gerund):
                return name
        if a == 0 or tokens[a - 1].text != ",":
            return ""
        end = a - 1
    return ""


def join(tokens: list[Token], first: int, last: int) -> str:
    """The words of tokens [first, last) as the text spaces them ("ministère de l'Intérieur")."""
    out = tokens[first].text
    for n in range(first + 1, last):
        out += ("" if tokens[n].start == tokens[n - 1].end else " ") + tokens[n].text
    return out


def is_media(g: Grammar, name: str) -> bool:
    words = name.lower().replace("«", " ").replace("»", " ").split()
    return bool(words) and (any(word in g.words.MEDIA_WORDS for word in words)
                            or (name.lower() in g.words.MEDIA_TITLES and name.split()[-1][:1].isupper()))


def resolved(words: Lexicon, frame: Frame, named: Frame) -> Frame:
    """A frame whose speaker is a pronoun ("a-t-il indiqué", "selon lui", Spanish "informó"
    with no subject): the speaker named before."""
    generic = frame.source.lower() in words.GENERIC_SPEAKERS
    if generic and named.source:  # "el funcionario", "l'élu": the person named before
        return Frame(named.source, frame.via or named.via, frame.rule + "_named_before", frame.back,
                     frame.date)
    if frame.rule.endswith("_pronoun") and not frame.source:
        if named.source:
            return Frame(named.source, frame.via or named.via, frame.rule.removesuffix("_pronoun")
                         + "_named_before", frame.back, named.date)
        return Frame("", frame.via, frame.rule, frame.back)
    return frame
