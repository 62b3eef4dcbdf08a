"""Who gave a figure: one identity per speaker within an incident, and its kind.

Outlets write one speaker many ways: "Ricardo Rosselló", "Gov. Ricardo Rossello" and
"Puerto Rico's governor"; "Derna mayor" in a headline and "Abdulmenam al-Ghaithi" in the
body; "the International Organization for Migration" and "IOM". Each would otherwise be a
source of its own that disagrees with itself. ``identify`` joins, within one incident:

1. the names a user declared the same (``--aliases``);
2. names that are the same once articles, possessives, the incident's place names and words
   that say nothing of the speaker are left out ("Kyrgyzstan's health ministry" = "the Kyrgyz
   Health Ministry");
3. a name and the one longer name of the incident that holds all its words, unless the two
   say different kinds of source ("OCHA" = "UN humanitarian office OCHA", "the ministry" =
   "the Ministry of Home Affairs"; not "the government" = "a New York Times analysis of
   government data");
4. a person written with and without title or first name, or with a small spelling variant
   of the surname ("Minendra Rijal" = "minister Minendra Rijhal" = "Rijal");
5. a title and the one person of the incident the articles give that title to ("Derna mayor"
   = "Abdulmenam al-Ghaithi" where a text says "the mayor of Derna, Abdulmenam al-Ghaithi");
   a bare title of one word ("the director") only in its own articles;
6. an organisation and its acronym ("World Health Organization" = "WHO");
7. a ministry and the one minister of its portfolio ("the Information Ministry" = "Minister of
   Information Abdirahman Osman").

Not a bare head and a lower level of government ("the government" is not "Local government
official Muhidin Ali").

A figure nobody is said to have given is the outlet's: the outlet of the first copy of a
wire story, else the site of the article's URL; never an article id.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from . import gazetteer as gz
from . import speaker_words as sw
from .models import Article, Claim
from .partition import Partition

UNATTRIBUTED = "unattributed"
_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*")
_NAME_WINDOW_BEFORE = 90  # how far before a person's name a title may stand ("the mayor of Derna, X")
_NAME_WINDOW_AFTER = 70  # and after it ("X, the mayor of Derna,")


@dataclass(frozen=True, slots=True)
class Speaker:
    """One source of an incident: its key (the same for every name it goes by), the name the
    report gives it, and its kind (`source_kind`)."""

    key: str
    name: str
    kind: str


def source_kind(name: str) -> str:
    """The kind of source a name says ("the Health Ministry" -> government, "Nasser hospital"
    -> medical), or "" when the name does not say (a person named without a title)."""
    words = _words(name)
    joined = " " + " ".join(words) + " "
    upper = {w for w in (_possessed(t) for t in _TOKEN.findall(name)) if w.isupper()}
    for kind, phrases in sw.SOURCE_KINDS:
        for phrase in phrases:
            if f" {phrase} " in joined and (len(phrase) > 3 or " " in phrase or phrase.upper() in upper
                                            or phrase in ("u.n.",)):
                return kind
        if any(_stems_in(stems.split(), words, upper) for stems in sw.RU_SOURCE_KINDS.get(kind, ())):
            return kind
    return ""


def _stems_in(stems: list[str], words: list[str], upper: set[str]) -> bool:
    """Do consecutive words of a name start with the stems ("настоящ врем" in "Настоящим
    Временем")? A stem under four letters is an acronym: the whole word, written in capitals."""
    if len(stems) == 1 and len(stems[0]) < 4:
        return stems[0].upper() in upper
    for i in range(len(words) - len(stems) + 1):
        if all(words[i + k].startswith(stem) for k, stem in enumerate(stems)):
            return True
    return False


def site_name(url: str) -> str:
    """The site of a URL as people name it: "https://www.theguardian.com/x" -> "theguardian.com"."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.").removeprefix("m.") if "." in host else ""


def identify(
    claims: Iterable[Claim], arts: Mapping[str, Article], places: set[str],
    aliases: Mapping[str, str] | None = None,
) -> dict[str, Speaker]:
    """claim id -> its speaker, for the claims of one incident (module docstring)."""
    claims = list(claims)
    aliases = {**builtin_aliases(), **{k.casefold(): v for k, v in (aliases or {}).items()}}
    written: dict[str, str] = {}  # claim id -> the speaker's name as written (after aliases)
    for c in claims:
        if c.source:
            written[c.claim_id] = _resolve_alias(c.source, aliases)
    forms = sorted(set(written.values()))
    groups_of = Partition(forms)
    find, union = groups_of.find, groups_of.union

    keys = {f: _normal(f, places) for f in forms}
    homes = _homes(claims, written, keys)
    keys = {f: k + (f"@{homes[f]}" if f in homes else "") for f, k in keys.items()}
    by_key: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        by_key[keys[f]].append(f)
    for same in by_key.values():
        for other in same[1:]:
            union(same[0], other)
    for a, b in _contained(keys):
        union(a, b)
    persons = {f: p for f in forms for p in [_person_parts(f, places)] if p}  # (first name, surname)
    for a, b in _same_persons(persons):
        union(a, b)
    ids = sorted({c.article_id for c in claims} & set(arts))
    texts = [arts[i].title + "\n" + arts[i].text for i in ids]
    # the articles each name is written in: a bare title ("the director") is only the person
    # its own article gives that title to
    own_texts: dict[str, list[str]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c.article_id):
        form = written.get(c.claim_id)
        if form and c.article_id in arts:
            text = arts[c.article_id].title + "\n" + arts[c.article_id].text
            if text not in own_texts[form]:
                own_texts[form].append(text)
    for a, b in _titled_persons(forms, persons, places, texts, own_texts):
        union(a, b)
    for a, b in _acronyms(forms):
        union(a, b)
    for a, b in _ministers(forms):
        union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        groups[find(f)].append(f)
    counts = Counter(written.values())
    speaker_of_form: dict[str, Speaker] = {}
    for members in groups.values():
        form, name = _display_name(members, counts, persons, places)
        if name == form and form in persons:
            # a person named without a title anywhere: the office an article gives them
            office = next((o for f in sorted(members) if f in persons for o in [_office(f, texts)] if o), "")
            name = f"{form} ({office})" if office else name
        by_use = sorted(members, key=lambda f: (-counts[f], f))
        kind = next((k for f in by_use for k in [source_kind(f)] if k), "") \
            or ("government" if any(gz.country_named(f) is not None for f in by_use) else "") \
            or next((k for f in by_use if f in persons for k in [_office_kind(f, texts)] if k), "")
        home = homes.get(form)
        if home and (country := gz.country(home)) is not None and country.name.lower() not in name.lower():
            name = f"{name} ({country.name})"  # "government (Zimbabwe)" beside "Authorities (Mozambique)"
        speaker = Speaker(keys[form], name, kind)
        for f in members:
            speaker_of_form[f] = speaker
    out: dict[str, Speaker] = {}
    unnamed: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.article_id, c.start)):
        if c.claim_id in written:
            out[c.claim_id] = speaker_of_form[written[c.claim_id]]
            continue
        outlet = _outlet_of(c, arts)
        if not outlet:
            first = _first_copy(c, arts)
            article_id = first.id if first else c.article_id
            outlet = unnamed.setdefault(article_id, f"unnamed outlet {len(unnamed) + 1}")
        # a body that publishes its own count (a rights group's report, a UN agency's update) is
        # the source of the figures it names no one for; a news outlet's are its own
        kind = source_kind(outlet)
        out[c.claim_id] = Speaker(f"outlet: {outlet.lower()}", outlet,
                                  kind if kind in _PUBLISHING_KINDS else UNATTRIBUTED)
    return out


_PUBLISHING_KINDS = frozenset({"ngo", "international", "government", "military_police", "medical"})


def _homes(claims: list[Claim], written: Mapping[str, str], keys: Mapping[str, str]) -> dict[str, str]:
    """The one country each name speaks of (the country of all its located figures), for
    names whose key speaks of several countries: "government" of Zimbabwe's figures and
    "Authorities" of Mozambique's are two governments, not one. Names of one key that all speak
    of one country (or of none) stay one source."""
    seen: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.claim_id in written and c.country:
            seen[written[c.claim_id]].add(c.country)
    by_key: dict[str, set[str]] = defaultdict(set)
    for form, countries in seen.items():
        by_key[keys[form]] |= countries
    return {form: next(iter(countries)) for form, countries in seen.items()
            if len(countries) == 1 and len(by_key[keys[form]]) > 1}


@functools.cache
def builtin_aliases() -> dict[str, str]:
    """The hand-kept names of one institution in several languages (data/source_aliases.tsv):
    casefolded name -> the name its figures are grouped under."""
    text = resources.files("tracker").joinpath("data", "source_aliases.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, same = line.partition("\t")
        if sep and not line.startswith("#"):
            out[name.strip().casefold()] = same.strip()
    return out


def _resolve_alias(name: str, aliases: Mapping[str, str]) -> str:
    seen = set()
    while name.casefold() in aliases and name.casefold() not in seen:
        seen.add(name.casefold())
        name = aliases[name.casefold()]
    return name


def _first_copy(claim: Claim, arts: Mapping[str, Article]) -> Article | None:
    """The article a claim stands in, or the first copy of it when it is a wire story."""
    article = arts.get(claim.article_id)
    seen: set[str] = set()
    while article is not None and article.copy_of and article.copy_of in arts and article.id not in seen:
        seen.add(article.id)
        article = arts[article.copy_of]
    return article


def _outlet_of(claim: Claim, arts: Mapping[str, Article]) -> str:
    """The outlet an unattributed figure belongs to: the first copy's, else its site's."""
    article = _first_copy(claim, arts)
    if article is None:
        return claim.outlet
    return article.outlet or site_name(article.url)


def _possessed(token: str) -> str:
    """A word without its possessive ending: "NPR's" -> "NPR", "The Times'" -> "Times"."""
    word = token.replace("’", "'").removesuffix("'s").removesuffix("'S")
    return word[:-1] if word.endswith("s'") else word


def _words(name: str) -> list[str]:
    return [_fold(_possessed(w).lower()) for w in _TOKEN.findall(name)]


def _fold(word: str) -> str:
    """A word without its accents, in the letters outlets write it with when they drop them:
    "Yıldız" and "Yildiz", "Erdoğan" and "Erdogan", "Wałęsa" and "Walesa" are one name. A
    Cyrillic word keeps its letters ("й" is no "и" with a mark)."""
    if any("\u0400" <= ch <= "\u04ff" for ch in word):
        return word
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    return plain.translate(_UNDECOMPOSED)


_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


_PARTICLE = re.compile(r"(?:al|el|ad|as|an|ar|at|az|ash|abu|bin|ibn|ben|de|di|da|du|van|von|der|le|la)"
                       r"(?:-[^\W\d_]|$)")


def _name_word(token: str) -> bool:
    """A word that can stand in a person's name: capitalised, or a particle ("al-Ghaithi",
    "bin", "van")."""
    return token[:1].isupper() or bool(_PARTICLE.match(token))


def _normal(name: str, places: set[str]) -> str:
    """A name without articles, possessives and the incident's place names, lower case, an
    unnamed speaker in the plural ("official" -> "officials")."""
    words = _words(name)
    kept = [w for w in words if w not in sw.SPEAKER_STOP and not names_a_place(w, places)]
    return " ".join(sw.GENERIC_SINGULARS.get(w, w) for w in kept or words)


def names_a_place(word: str, places: set[str]) -> bool:
    """"kyrgyz" names "kyrgyzstan", "uzbek" names "uzbekistan", "nepali" names "nepal"."""
    return len(word) >= 4 and any(p.startswith(word[:5]) or word.startswith(p[:5])
                                  for p in places if len(p) >= 4)


def _contained(keys: Mapping[str, str]) -> Iterable[tuple[str, str]]:
    """A name all of whose words stand in exactly one longer name of the incident."""
    distinct = sorted(set(keys.values()))
    words = {k: set(k.split()) for k in distinct}
    longer_of = {k: [o for o in distinct if o != k and words[k] < words[o]] for k in distinct}
    by_key: dict[str, str] = {}
    for form, key in sorted(keys.items()):
        by_key.setdefault(key, form)
    for key, longer in longer_of.items():
        # the longest names only: "ministry" < "health ministry" < "nepal health ministry spokesman"
        maximal = [o for o in longer if not any(words[o] < words[p] for p in longer)]
        if len(maximal) == 1 and (len(words[key]) > 1 or key in sw.GENERIC_HEADS or _is_acronym_word(key)) \
                and not _other_kinds(by_key[key], by_key[maximal[0]]) \
                and not _at_a_lower_level(key, by_key[maximal[0]]):
            yield by_key[key], by_key[maximal[0]]


def _at_a_lower_level(key: str, longer: str) -> bool:
    """Does the longer name put the bare head ``key`` at a lower level of government ("the
    government" and "Local government official Muhidin Ali")?"""
    tokens = [t.lower() for t in _TOKEN.findall(longer)]
    return len(key.split()) == 1 and any(
        t == key and any(w in sw.LOWER_LEVELS for w in tokens[:k]) for k, t in enumerate(tokens))


def _other_kinds(a: str, b: str) -> bool:
    """Two names of different kinds of source are two sources: "the Puerto Rico government"
    is not "a New York Times analysis of government data"."""
    ka, kb = source_kind(a), source_kind(b)
    return bool(ka and kb) and ka != kb


def _is_acronym_word(key: str) -> bool:
    return " " not in key and 2 <= len(key) <= 6


def _person_parts(name: str, places: set[str]) -> tuple[str, str] | None:
    """(first name, surname) of a person's name as written, or None when the name is not a
    person's ("Health Ministry", "Derna mayor"): capitalised words that are not titles,
    honorifics, kinds of source or place names."""
    found = list(_TOKEN.finditer(name))
    tokens = [m.group() for m in found]
    names: list[str] = []
    for k, t in enumerate(tokens):
        low = t.lower().rstrip(".").replace("’", "'").removesuffix("'s")
        office = low in sw.HONORIFICS or low in sw.TITLE_WORDS or low in sw.PORTFOLIO_WORDS \
            or bool(source_kind(t))
        if not _name_word(t) or (not names and not t[:1].isupper()) or t.isupper() \
                or office or names_a_place(low, places):
            if names and office and k + 1 < len(tokens) \
                    and _one_run(name, found[k - len(names)].start(), found[k].start()):
                # "East Java State Police", "East Java Governor Emil Dardak": a run of names
                # before an office or a body qualifies it (a place the gazetteer does not know);
                # the person's name, if any, comes after it
                names = []
                continue
            if names:
                break  # a name is one run of words: "Rosselló, the governor" ends at the comma word
            continue
        if not names and k >= 2 and tokens[k - 1] in sw.COMPLEMENT_LINKS and source_kind(tokens[k - 2]):
            break  # "Department of Disaster Management": a body's complement, no person
        names.append(low)
    if not names or (len(names) == 1 and len(tokens) > 1 and not _ends_with(tokens, names[0])) \
            or any(n in sw.ORGANISATION_NOUNS for n in names) or " ".join(names) in sw.ORGANISATION_NAMES:
        return None
    return (names[0] if len(names) > 1 else ""), names[-1]


def _one_run(name: str, start: int, end: int) -> bool:
    """No mark between the words of ``name[start:end]`` ("East Java Governor", not
    "al-Ghaithi (Derna mayor"): one phrase."""
    return not _MARK.search(name, start, end)


_MARK = re.compile(r"[(),;:]")


def _ends_with(tokens: list[str], word: str) -> bool:
    return bool(tokens) and tokens[-1].lower().removesuffix("'s") == word


def _similar(a: str, b: str) -> bool:
    """Two spellings of one surname: equal, or one or two letters apart in a long name."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    limit = 1 if max(len(a), len(b)) < 8 else 2
    return abs(len(a) - len(b)) <= limit and _distance(a, b, limit) <= limit


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early past ``limit``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _same_persons(persons: Mapping[str, tuple[str, str]]) -> Iterable[tuple[str, str]]:
    """Pairs of one person's names: the surnames alike and the first names alike, or one an
    initial of the other ("A. Nur" = "Aden Nur"); a surname alone ("Dr Nur") only where one
    person of the incident has it ("Aden Nur" and "Abdullahi Nur" are two, and "Dr Nur" joins
    neither)."""
    named = sorted(persons)
    one_person: dict[str, bool] = {}  # surname -> do all the first names written with it agree?

    def alone(surname: str) -> bool:
        if surname not in one_person:
            firsts = {f for f, s in persons.values() if f and _similar(s, surname)}
            one_person[surname] = all(_same_first_name(x, y) for x in firsts for y in firsts)
        return one_person[surname]

    for i, a in enumerate(named):
        fa, sa = persons[a]
        for b in named[i + 1:]:
            fb, sb = persons[b]
            if not _similar(sa, sb):
                continue
            if fa and fb:
                if _same_first_name(fa, fb):
                    yield a, b
            elif alone(sa):  # a surname alone: the one person of that surname
                yield a, b


def _same_first_name(a: str, b: str) -> bool:
    """"Minendra" = "Minendra", "Ricardo" = "Ricard", "A." = "Aden"; not "Aden" and "Abdullahi"."""
    a, b = a.rstrip("."), b.rstrip(".")
    return _similar(a, b) or (min(len(a), len(b)) == 1 and a[:1] == b[:1])


def _titles(form: str, places: set[str]) -> set[str] | None:
    """The title words of a speaker that is only a title ("Derna mayor" -> {"mayor"}), or None."""
    words = [w for w in _words(form) if w not in sw.SPEAKER_STOP and not names_a_place(w, places)]
    titles = {w for w in words if w in sw.TITLE_WORDS}
    if not titles:
        return None
    # "the health minister": the title and the portfolio it holds, both to be found by the person
    portfolios = {w for w in words if w in sw.PORTFOLIO_WORDS}
    rest = [w for w in words if w not in sw.TITLE_WORDS and w not in portfolios]
    return titles | portfolios if all(source_kind(w) or not w[:1].isalpha() for w in rest) else None


def _titled_persons(forms: list[str], persons: Mapping[str, tuple[str, str]], places: set[str],
                    texts: list[str], own_texts: Mapping[str, list[str]] | None = None,
                    ) -> Iterable[tuple[str, str]]:
    """(title, person) pairs: the articles give the title to exactly one person of the incident;
    a bare title of one word ("the director") only in its own articles (``own_texts``: name ->
    the texts it is written in), not the director of another body another article names."""
    if not persons:
        return
    holders = _holders(persons, texts)
    for form in forms:
        if form in persons:
            continue
        titles = _titles(form, places)
        if not titles:
            continue
        bare = len([w for w in _words(form) if w not in sw.SPEAKER_STOP]) == 1
        found = _holders(persons, list(own_texts.get(form, []))) if bare and own_texts is not None \
            else holders
        candidates = set.intersection(*(found.get(t, set()) for t in titles))
        surnames = sorted({persons[c][1] for c in candidates})
        # one person, whatever the spelling of the name ("Hamad Hassan", "Hamad Hasan")
        if surnames and all(_similar(surnames[0], other) for other in surnames[1:]):
            yield form, sorted(candidates)[0]


def _holders(persons: Mapping[str, tuple[str, str]], texts: list[str]) -> dict[str, set[str]]:
    """Title word -> the person forms that hold it: in their own name ("minister Minendra
    Rijal") or near their surname in ``texts``."""
    holders: dict[str, set[str]] = defaultdict(set)
    for form, (_, surname) in persons.items():
        for title in _title_words_of(form):
            holders[title].add(form)
        pattern = re.compile(r"\b" + re.escape(surname) + r"\b", re.IGNORECASE)
        for text in texts:
            for m in pattern.finditer(text):
                near = text[max(0, m.start() - _NAME_WINDOW_BEFORE):m.end() + _NAME_WINDOW_AFTER]
                for title in _title_words_of(near):
                    holders[title].add(form)
    return holders


# "Choi Sung-beom, head of the Yongsan Fire Station, said": the office an apposition gives a
# person named without a title
_OFFICE_AFTER = r",\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:head|chief|director|commander|spokesman|spokeswoman|" \
    r"spokesperson|minister|governor|mayor|secretary|official|officer)\s+(?:of|for|at)\s+(?:the\s+)?" \
    r"([A-Za-z][^,;:()\n]{1,60}?)(?=[,;:()\n]|\.\s|$)"


def _office(form: str, texts: list[str]) -> str:
    """The office an apposition right after a person's name gives them ("head of the Yongsan
    Fire Station"), or ""."""
    pattern = re.compile(re.escape(form) + _OFFICE_AFTER)
    for text in texts:
        m = pattern.search(text)
        if m:
            return m.group(0)[len(form):].lstrip(", \t")
    return ""


def _office_kind(form: str, texts: list[str]) -> str:
    """The kind of the office an apposition right after a person's name gives them, or ""."""
    return source_kind(_office(form, texts))


def _title_words_of(text: str) -> set[str]:
    expanded = {"gov": "governor", "pres": "president", "gen": "general", "sec": "secretary"}
    return {expanded.get(w.rstrip("."), w) for w in (t.lower() for t in _TOKEN.findall(text))
            if expanded.get(w.rstrip("."), w) in sw.TITLE_WORDS or w in sw.PORTFOLIO_WORDS}


def _ministers(forms: list[str]) -> Iterable[tuple[str, str]]:
    """A ministry and the minister of the same portfolio ("Information Ministry" and "Somali
    Minister of Information Abdirahman Osman"), when the incident names one of each."""
    ministries: dict[frozenset[str], list[str]] = defaultdict(list)
    ministers: dict[frozenset[str], list[str]] = defaultdict(list)
    for f in forms:
        words = {t.lower() for t in _TOKEN.findall(f)}
        portfolio = frozenset(words & sw.PORTFOLIO_WORDS)
        if not portfolio:
            continue
        if words & sw.MINISTRY_WORDS:
            ministries[portfolio].append(f)
        elif words & sw.MINISTER_WORDS:
            ministers[portfolio].append(f)
    for portfolio, bodies in ministries.items():
        people = ministers.get(portfolio, [])
        if len(bodies) == 1 and len(people) == 1:
            yield bodies[0], people[0]


def _acronyms(forms: list[str]) -> Iterable[tuple[str, str]]:
    initials: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        words = [w for w in _TOKEN.findall(f) if w.lower() not in sw.ACRONYM_SKIP]
        capitals = [w for w in words if w[:1].isupper() and not w.isupper()]
        if len(capitals) >= 2:
            initials["".join(w[0] for w in capitals)].append(f)
    for f in forms:
        for word in _TOKEN.findall(f):
            if word.isupper() and 2 <= len(word) <= 6 and len(initials.get(word, [])) == 1 \
                    and initials[word][0] != f:
                yield f, initials[word][0]


def _ends_in_title(form: str) -> bool:
    words = _words(form)
    return bool(words) and words[-1] in sw.TITLE_WORDS


def _display_name(members: list[str], counts: Counter[str], persons: Mapping[str, tuple[str, str]],
                  places: set[str]) -> tuple[str, str]:
    """(form, name): the name a report gives a speaker and the written form it comes from. A
    person's fullest name as written, with the title the articles give it; else the form
    written most often, the longest of those."""
    named = [m for m in members if m in persons]
    # an organisation before its spokespeople ("the Ministry of Health", not "a health ministry
    # spokesperson"), when the articles name it
    bodies = [m for m in members if not _ends_in_title(m)]
    pool = named or bodies or members
    best = max(pool, key=lambda m: (len(_TOKEN.findall(m)) if named else counts[m], len(m), m))
    titles = [m for m in members if m not in persons and _titles(m, places)]
    if named and titles and not _title_words_of(best):
        title = max(titles, key=lambda m: (counts[m], len(m), m))
        return best, f"{best} ({title})"
    return best, best
