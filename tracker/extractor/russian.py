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

from dataclasses import replace

from .. import gazetteer as gz
from ..models import Article, Claim
from . import lexicon_ru as lx
from .dates import parse_published
from .extraction import merge_repeats
from .ru_dates import date_for, find_dates, find_place, year_of
from .ru_figures import GATE, find_figures
from .ru_sources import find_frames, resolved
from .ru_text import QUOTES, sentence_spans, tokenize
from .shared_steps import (
    Dated,
    Frame,
    Said,
    attribute_back,
    frame_for,
    last_total,
    new_claim,
    quote_state,
    same_speakers,
    scope_claims,
)

RUSSIAN = "ru"
_SENTENCE_ENDS = (".", "!", "?", "…", "»", '"', "”")


def extract_claims_ru(article: Article) -> list[Claim]:
    """Every casualty claim of a Russian article, in reading order, repeats merged."""
    published = parse_published(article.published)
    text = article.text
    year = year_of(text) if published is None else None
    claims: list[Claim] = []
    paragraph: list[int] = []  # claims of the paragraph so far (for "Об этом сообщает ...")
    last_paragraph: list[int] = []  # the paragraph before, for "Об этом ..." that opens one
    quoted: list[int] = []  # claims inside a quotation still open («...», — говорится в сообщении)
    named = Frame("", "", "", False)  # the last speaker named (for "он", "ведомство")
    previous_end = 0
    in_quote = False
    before: Frame | None = None  # the speaker of the sentence before, when it names one
    previous_dates: list[tuple[int, str]] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        opens_paragraph = "\n" in text[previous_end:start]
        if opens_paragraph:
            last_paragraph, paragraph = paragraph, []
        previous_end = end
        tokens = tokenize(text, start, end)
        dates = find_dates(tokens, published, year)
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
        figures = find_figures(tokens) if GATE.search(sentence.lower()) is not None else []
        unnamed = next((k for k, t in enumerate(tokens) if t.lower in lx.UNNAMED_SAY), len(tokens))
        if frames and closes_quote and in_quote:
            attribute_back(claims, quoted, frames[-1][1], dates)
        if frames and not figures and any(f.back for _, f in frames):
            # "Об этом сообщает Sky News." opening a paragraph: the paragraph before
            attribute_back(claims, last_paragraph if opens_paragraph else paragraph,
                            next(f for _, f in frames if f.back), dates)
        elif any(f.rule.startswith(lx.SAID_IN_RULE) for _, f in frames):
            # "..., говорится в справке X": the paragraph's figures before are the document's
            document = next(f for _, f in frames if f.rule.startswith(lx.SAID_IN_RULE))
            attribute_back(claims, paragraph, document, [])
        for figure in figures:
            span_start, span_end = tokens[figure.first].start, tokens[figure.last - 1].end
            as_of = date_for(dates, figure)
            parent = last_total(claims, figure.category) if figure.part else ""
            # "(ранее сообщалось о 77 жертвах)": a figure after it is no one's named before it
            chosen = frame_for(frames if figure.first < unnamed
                               else [(k, f) for k, f in frames if k > unnamed], figure)
            if chosen is None and before is not None and figure.first < unnamed:
                chosen = replace(before, rule="continued")  # the speaker of the sentence before goes on
            source, via, source_rule = (chosen.source, chosen.via, chosen.rule) if chosen is not None \
                else ("", "", "no_frame")
            date_rule = "in_sentence" if as_of else ("published" if published else "no_date")
            if not as_of and chosen is not None and chosen.date:
                as_of, date_rule = chosen.date, "speaker_date"  # the day the speaker said it
            paragraph.append(len(claims))
            if (in_quote or opens_quote) and not closes_quote:
                quoted.append(len(claims))
            claims.append(new_claim(
                article, figure, Said(source, via, source_rule),
                Dated(as_of, date_rule, published), location=find_place(tokens, figure),
                sentence=sentence, span=(span_start, span_end), part_of=parent, language=RUSSIAN))
        speaking = [f for _, f in frames if f.source]
        before = speaking[-1] if speaking else (before if figures and before is not None and not frames
                                                 else None)
        if not sentence.rstrip().endswith(_SENTENCE_ENDS):
            before = None  # a headline's speaker does not go on into the text
        previous_dates = dates
        in_quote = open_after
        if not in_quote:
            quoted = []
    return merge_repeats(same_speakers(scope_claims(claims, _place_of)))


def _place_of(location: str) -> gz.Place | None:
    """The gazetteer's place of a location as written ("Оше", "Ошской области": its Russian
    names, tracker/data/gazetteer_names_ru.tsv)."""
    place = gz.resolve(location)
    words = location.split()
    if place is None and len(words) == 2 and words[1].lower() in lx.PLACE_KINDS:
        place = gz.resolve(words[0])  # a division by its adjective
    return place
