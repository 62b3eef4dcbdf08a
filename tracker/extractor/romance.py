"""French and Spanish articles: from the cleaned text to the same claims the English and
Russian rules give.

``extract_claims_romance`` reads as its steps: split the text into sentences, keep those
with a casualty word, find the figures in each (romance_figures), then give each figure
its source and relay (romance_sources), date and place (romance_dates); a sentence that
only attributes ("C'est ce qu'a indiqué X", "Así lo informó X") or closes a quotation
gives its source to the figures before. Repeats are merged as in English
(extraction.merge_repeats).

One grammar serves both languages, which share it: the number before its noun, the
passive, the toll's verb, "selon X" / "según X", an inverted verb of saying ("a indiqué
le ministère", "informó el ministerio"). The words are the lexicon's (lexicon_fr.py,
lexicon_es.py, one shape: romance_words.Lexicon); a third Romance language plugs in by
adding a lexicon and a line in romance_words.LANGUAGES and extraction.READERS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .. import gazetteer as gz
from ..models import Article, Claim
from .dates import overtaken_later, parse_published, said_earlier
from .extraction import merge_repeats
from .romance_dates import event_days, find_dates, find_place
from .romance_figures import counts_other, find_figures, romance_tokens
from .romance_sources import find_frames, resolved
from .romance_words import Grammar, grammar
from .ru_dates import date_for, year_of
from .ru_text import CLAUSE_MARKS, QUOTES, Token, clause, sentence_spans
from .shared_steps import (
    Dated,
    Figure,
    Frame,
    Said,
    attribute_back,
    frame_for,
    hedged_before,
    last_total,
    new_claim,
    quote_state,
    same_speakers,
    scope_claims,
)


def extract_claims_fr(article: Article) -> list[Claim]:
    """Every casualty claim of a French article, in reading order, repeats merged."""
    return extract_claims_romance(article, grammar("fr"))


def extract_claims_es(article: Article) -> list[Claim]:
    """Every casualty claim of a Spanish article, in reading order, repeats merged."""
    return extract_claims_romance(article, grammar("es"))


def extract_claims_romance(article: Article, g: Grammar) -> list[Claim]:
    """Every casualty claim of an article in the language of ``g``."""
    published = parse_published(article.published)
    text = article.text
    year = year_of(text) if published is None else None
    claims: list[Claim] = []
    paragraph: list[int] = []  # claims of the paragraph so far (for "C'est ce qu'a indiqué X")
    quoted: list[int] = []  # claims inside a quotation still open
    named = Frame("", "", "", False)  # the last speaker named (for "a-t-il dit", "informó")
    previous_end = 0
    previous: list[Figure] = []  # the figures of the sentence before
    announced: Frame | None = None  # the speaker of the sentence before, when it announced figures
    went_on: Frame | None = None  # the speaker of the last figure of the sentence before
    went_on_event = ""  # the event of the last figure of the sentence before
    said_last: Frame | None = None
    in_quote = False
    for start, end in sentence_spans(text, g.boundary, g.words.ABBREVIATIONS):
        sentence = text[start:end]
        if "\n" in text[previous_end:start]:
            paragraph = []
        previous_end = end
        tokens = romance_tokens(text, start, end)
        dates = find_dates(g, tokens, published, year)
        events = event_days(g, tokens, published, year)
        goes_on = _goes_on(g, [t.lower for t in tokens])
        day = dates[0][1] if len({d for _, d in dates}) == 1 else ""
        frames = [(k, resolved(g.words, replace(f, date=day), named)) for k, f in _clause_frames(g, tokens)]
        for _, frame in frames:
            if frame.source:
                named = frame
        open_after = quote_state(sentence, in_quote)
        opens_quote = not in_quote and bool(tokens) and tokens[0].text in QUOTES
        closes_quote = (in_quote or opens_quote) and not open_after
        # a sentence that opens with a breakdown ("Parmi eux figurent 40 enfants") breaks down
        # the last figure of the sentence before
        whole = previous[-1] if previous and g.parts.at(tokens, 0) is not None else None
        read = whole is not None or g.gate.search(sentence.lower()) is not None
        figures = find_figures(g, tokens, whole) if read else []
        words, starts = [t.lower for t in tokens], sorted(f.first for f in figures)
        markers = (g.words.EARLIER_MARKERS | _earlier_adjectives(g, words)) if figures \
            else g.words.EARLIER_MARKERS
        if frames and closes_quote and in_quote:
            attribute_back(claims, quoted, frames[-1][1], dates)
        if frames and not figures and any(f.back for _, f in frames):
            attribute_back(claims, paragraph, next(f for _, f in frames if f.back), dates)
        for figure in figures:
            figure = _severity(g, tokens, _identified(g, tokens, figure))
            span = tokens[figure.first].start, tokens[figure.last - 1].end
            as_of = date_for(dates, figure, tokens)
            # a sentence without a speaker is the outlet's, as in English; a clause after ";"
            # has its own speakers, when it names one; a speaker after a contrast speaks for the
            # contrast's own figures ("35 morts, mais la préfecture a annoncé 39"), or with none
            # after it for the whole sentence ("..., mais aucune victime française n'est à
            # déplorer, a indiqué le ministère")
            visible = [(k, f) for k, f in frames if not (
                k > figure.first and any(t.lower in g.words.LATER_CONTRASTS for t in tokens[figure.last:k])
                and any(s > k for s in starts)) and not _agent_of_another(g, tokens, f, k, figure, figures)]
            own = [(k, f) for k, f in visible if _clause_of(tokens, k) == _clause_of(tokens, figure.first)]
            chosen = frame_for(own if any(f.source or f.via for _, f in own) else visible, figure)
            if chosen is None and announced is not None:
                # "El CID ha difundido cifras menores. El miércoles el número de fallecidos se situaba
                # en 199": the figures the sentence before announced
                chosen = replace(announced, rule=_ANNOUNCED)
            if chosen is None and went_on is not None and goes_on == 0:
                # "Patiño confirmó 443 muertos. Además, 4.027 personas han sido atendidas": the same
                # speaker goes on
                chosen = replace(went_on, rule=_WENT_ON)
            said = Said(chosen.source, chosen.via, chosen.rule) if chosen is not None \
                else Said("", "", "no_frame")
            said_last = chosen if chosen is not None and chosen.source else None
            date_rule = "in_sentence" if as_of else ("published" if published else "no_date")
            if not as_of and chosen is not None and chosen.date:
                as_of, date_rule = chosen.date, "speaker_date"  # "a indiqué dimanche le ministère"
            earlier = said_earlier(words, figure.first, starts, markers,
                                   joins=g.words.LIST_JOINS, breaks=g.words.AUXILIARIES) or overtaken_later(
                words, figure.last, starts, g.words.LATER_CONTRASTS, g.words.LATER_WORDS, g.words.TIME_SPANS)
            paragraph.append(len(claims))
            if (in_quote or opens_quote) and not closes_quote:
                quoted.append(len(claims))
            location = find_place(g, tokens, figure)
            claims.append(new_claim(
                article, figure, said, Dated(as_of, date_rule, published, earlier),
                location=location, sentence=sentence, span=span,
                part_of=last_total(claims, figure.category) if figure.part else "",
                language=g.words.CODE,
                hedged=hedged_before(words, figure.first, starts, g.words.HEDGE_WORDS,
                                     g.words.DEFINITE_ARTICLES | g.words.TOLL_NOUNS)
                or any(w in g.words.HEDGE_AFTER
                       for w in words[figure.first:figure.last + _HEDGE_AFTER_REACH]),
                # "211 personas sólo en la provincia de Valencia": that place's share of the toll
                partial=bool(location) and (_alone(g, tokens, figure)
                                            or location.lower() in g.words.CAPITAL_WORDS),
                event_date=_event_of(events, tokens, figure) or (went_on_event if goes_on >= 0 else "")))
        previous = figures
        # a sentence with a speaker and no figure that names figures ("ha difundido cifras
        # menores", "a publié un nouveau bilan") announces the next sentence's; so does a
        # speaker's clause after the sentence's last figure ("Alors que les autorités évoquent
        # 200 000 à 300 000 morts, ce rapport évoque une fourchette 4 à 5 fois moins importante.")
        after = max((f.last for f in figures), default=-1)
        announced = next((f for k, f in frames if k > after and f.source and _names_figures(g, tokens, k)),
                         None)
        went_on = said_last if figures else None
        went_on_event = claims[-1].event_date if figures and claims else ""
        in_quote = open_after
        if not in_quote:
            quoted = []
    return merge_repeats(same_speakers(scope_claims(claims, _placer(claims))))


def _goes_on(g: Grammar, words: list[str]) -> int:
    """Where the sentence says it goes on from the one before, or -1: a phrase of ``GOING_ON``
    ("Además, 4.027 personas...", at 0: the speaker goes on; "Hubo además dos muertes": the
    event does)."""
    return next((k for k in range(len(words)) for p in g.words.GOING_ON
                 if tuple(words[k:k + len(p)]) == p), -1)


def _event_of(events: list[tuple[int, str]], tokens: list[Token], figure: Figure) -> str:
    """The day of the event a figure counts: one named right after it in its clause ("cuatro
    muertes por el sismo de este sábado", "98 morts dans le séisme du 7 septembre"), else the
    event named nearest before it in its sentence ("una réplica del terremoto del 7 de
    septiembre, que a su vez causó 98 muertos"), not across ";" or ":"."""
    after = [(k, iso) for k, iso in events if figure.last <= k <= figure.last + _EVENT_AFTER_REACH
             and not any(t.text in CLAUSE_MARKS for t in tokens[figure.last:k])]
    if after:
        return min(after)[1]
    before = [(k, iso) for k, iso in events if k < figure.first
              and not any(t.text in ";:" for t in tokens[k:figure.first])]
    return max(before)[1] if before else ""


_EVENT_AFTER_REACH = 6  # tokens from a figure to the day of the event after it ("en el terremoto del 7")


def _agent_of_another(g: Grammar, tokens: list[Token], frame: Frame, k: int, figure: Figure,
                      figures: list[Figure]) -> bool:
    """An agent right after another figure is that figure's alone ("199 ..., 207, cifras que no
    encajan con los 211 cuerpos notificados por el Cecopi": the Cecopi's 211 only), unless the
    two figures are one list ("12 morts et 40 blessés recensés par la préfecture")."""
    if frame.rule != _AGENT_FRAME:
        return False
    owner = next((f for f in reversed(figures) if f.last <= k <= f.last + _AGENT_REACH), None)
    if owner is None or owner is figure:
        return False
    listed = owner.first > figure.last and all(
        t.text == "," or t.lower in g.words.LIST_JOINS for t in tokens[figure.last:owner.first])
    return not listed


_HEDGE_AFTER_REACH = 2  # tokens after a figure's span that may hold its conditional ("12 personnes auraient")
_WENT_ON = "went_on"  # the rule of a figure whose sentence goes on from the one before ("Además, ...")
_AGENT_FRAME = "agent_frame"  # romance_sources' rule of a count's agent ("recensés par l'OIM")
_AGENT_REACH = 4  # tokens from a figure to its agent's "par" / "por" ("ont été recensés par")


def _earlier_adjectives(g: Grammar, words: list[str]) -> frozenset[str]:
    """The adjectives of the earlier that stand beside a toll's noun in a sentence ("un précédent
    bilan", "el balance anterior"; not "sans précédent", "sin previo aviso"): markers there."""
    w = g.words
    return frozenset(words[k] for k in range(len(words)) if words[k] in w.EARLIER_ADJECTIVES and any(
        0 <= j < len(words) and words[j].removesuffix("s") in w.TOLL_NOUNS for j in (k - 1, k + 1)))


def _names_figures(g: Grammar, tokens: list[Token], k: int) -> bool:
    """Is what the frame at token k gives out a count: the object of its verb ("ha difundido
    cifras menores", "a publié un nouveau bilan"), or the document of its agent ("la cifra
    facilitada por los juzgados"); not "dijo que el número de voluntarios supera lo esperado"?"""
    w = g.words
    agent = tokens[k].lower in w.AGENT_WORDS
    before = range(k - 1, max(-1, k - _NAMED_COUNT_REACH), -1) if agent else range(0)
    for n in [*before, *range(k + 1, min(len(tokens), k + _NAMED_COUNT_REACH))]:
        if tokens[n].lower.removesuffix("s") in w.TOLL_NOUNS:
            # not "les chiffres du chômage", "el número de voluntarios"
            return not counts_other(g, tokens, n, w.OF_WORDS | w.DETERMINERS, len(tokens))
        if tokens[n].lower in w.CLAUSE_OPENERS:
            return False
    return False


_NAMED_COUNT_REACH = 4  # tokens from a verb of saying to the count it gives out ("a publié un nouveau bilan")


def _alone(g: Grammar, tokens: list[Token], figure: Figure) -> bool:
    """Does the figure's clause give its place "alone" ("sólo en la provincia de Valencia",
    "rien qu'à Mamoudzou", "uniquement à Mayotte")?"""
    a, b = clause(tokens, figure.first, figure.last)
    return any(tokens[k].lower in g.words.PLACE_PREPOSITIONS and tokens[k - 1].lower in g.words.ALONE_WORDS
               for k in range(max(a, 1), b))


_ANNOUNCED = "announced_before"  # source_rule: the speaker of the sentence before named the figures


def _severity(g: Grammar, tokens: list[Token], figure: Figure) -> Figure:
    """"67 blessés graves et 2 432 blessés légers", "45 blessés en «urgence absolue»", "heridos
    leves": the injured by how bad their injuries are, a group of them, not their toll."""
    if figure.category != "injured" or figure.group:
        return figure
    w = g.words
    for k in range(max(0, figure.last - 1), min(len(tokens), figure.last + _SEVERITY_REACH)):
        word = tokens[k].lower
        if k >= figure.last and tokens[k].text in CLAUSE_MARKS and tokens[k].text not in QUOTES:
            break
        if word in w.SEVERE_WORDS:
            return replace(figure, group=_SERIOUS)
        if word in w.MINOR_WORDS:
            return replace(figure, group=_MINOR)
    return figure


_SEVERITY_REACH = 6  # tokens after a figure that may say how bad its injuries are ("en «urgence absolue»")
_SERIOUS, _MINOR = "serious injuries", "minor injuries"  # as English's INJURY_SEVERITIES


def _identified(g: Grammar, tokens: list[Token], figure: Figure) -> Figure:
    """"han identificado a 133 víctimas", "133 corps identifiés": the dead identified so far,
    a group of the toll; "62 cadáveres sin identificar": the unidentified."""
    if figure.category != "killed" or figure.group:
        return figure
    w = g.words
    after, stop = figure.last, min(len(tokens), figure.last + _IDENTIFIED_AFTER)
    while after < stop and tokens[after].text not in CLAUSE_MARKS \
            and tokens[after].lower not in w.NUMBER_LINKS:
        after += 1  # "62 cuerpos sin vida a los que no se ha identificado todavía"
    near = [*range(max(0, figure.first - _IDENTIFIED_REACH), figure.first), *range(figure.last, after)]
    at = next((k for k in near if tokens[k].lower.startswith(w.IDENTIFIED_STEMS)), None)
    if at is None:
        return figure
    negated = any(t.lower in w.WITHOUT_WORDS for t in tokens[max(0, at - _IDENTIFIED_REACH):at])
    return replace(figure, group="unidentified" if negated else "identified")


_IDENTIFIED_REACH = 3  # tokens between a figure and its verb of identifying ("identificado a 133")
_IDENTIFIED_AFTER = 10  # tokens of the figure's clause after it that may identify it


def _clause_frames(g: Grammar, tokens: list[Token]) -> list[tuple[int, Frame]]:
    """The frames of a sentence, read clause by clause between semicolons: a medium that
    relays in one ("...; Radio X, un medio local, hablaba de 264 muertos") is not the relay
    of the speaker of another."""
    frames: list[tuple[int, Frame]] = []
    start = 0
    for end in [k for k, t in enumerate(tokens) if t.text == ";"] + [len(tokens)]:
        frames += [(start + k, f) for k, f in find_frames(g, tokens[start:end])]
        start = end + 1
    return frames


def _clause_of(tokens: list[Token], k: int) -> int:
    """Which clause between semicolons token k stands in."""
    return sum(1 for t in tokens[:k] if t.text == ";")


def _placer(claims: list[Claim]) -> Callable[[str], gz.Place | None]:
    """The gazetteer's place of a location as written ("Libye", "México": its French and
    Spanish names, tracker/data/gazetteer_names_fr.tsv and _es.tsv), among the places of
    the countries the article's figures name first ("Valencia" in an article on Spain is
    Spain's, not Venezuela's)."""
    places = [gz.resolve(c.location) for c in claims if c.location]
    countries = tuple(sorted({p.country for p in places if p is not None and p.kind == "country"}))
    return lambda location: gz.resolve(location, countries)
