"""One identity per speaker within an incident, and the kind of each source."""

from __future__ import annotations

import pytest

from tracker.models import Article, Claim
from tracker.speakers import identify, site_name, source_kind


def _claim(n: int, source: str, article: str = "a1") -> Claim:
    return Claim(claim_id=f"c{n}", article_id=article, published="2023-09-14", outlet="", category="killed",
                 term="killed", value=100 + n, low=100 + n, high=100 + n, qualifier="exact", source=source,
                 via="", as_of="2023-09-14", location="", sentence="", start=n, end=n + 1)


def _names(sources: list[str], text: str = "", places: set[str] | None = None) -> dict[str, str]:
    """source as written -> the key of the speaker it is."""
    article = Article(id="a1", text=text, published="2023-09-14", url="https://www.example-news.com/story")
    claims = [_claim(n, s) for n, s in enumerate(sources)]
    speakers = identify(claims, {"a1": article}, places or set())
    return {c.source: speakers[c.claim_id].key for c in claims}


SAME = [
    # written forms of one speaker, within one incident (our own sentences)
    (["Minendra Rijal", "minister Minendra Rijhal", "Rijal"], ""),
    (["Gov. Ricardo Rosselló", "Ricardo Rossello"], ""),
    (["the Kyrgyz Health Ministry", "Kyrgyzstan's health ministry"], ""),
    (["UN humanitarian office OCHA", "OCHA"], ""),
    (["the International Organization for Migration", "IOM"], ""),
    (["Derna mayor", "Abdulmenam al-Ghaithi"],
     "The mayor of Derna, Abdulmenam al-Ghaithi, said the toll could reach 20,000."),
    (["the ministry", "the Ministry of Home Affairs"], ""),
    (["Official", "officials"], ""),  # one unnamed source, in the singular and the plural
    (["The Times' analysis", "a New York Times analysis of hospital data"], ""),
    # a ministry and the minister of its portfolio (a truck-bombing cluster's information ministry)
    (["the Information Ministry", "Minister of Information Ahmed Nur"], ""),
    (["the Health Ministry", "Health Minister Ana Ruiz"], ""),
    (["A. Nur", "Aden Nur"], ""),  # an initial for the first name
    # letters outlets drop when they write a name without its accents
    (["Energy Minister Taner Yıldız", "Taner Yildiz", "Yıldız"], ""),
    (["Recep Tayyip Erdoğan", "Prime Minister Recep Tayyip Erdogan"], ""),
]


@pytest.mark.parametrize(("sources", "text"), SAME, ids=[" = ".join(s) for s, _ in SAME])
def test_one_speaker_under_several_names(sources: list[str], text: str) -> None:
    keys = _names(sources, text, places={"kyrgyzstan", "derna"})
    assert len(set(keys.values())) == 1, keys


APART = [
    (["the Health Ministry", "the Interior Ministry"], ""),
    (["Ahmed Hassan", "Mohamed Hassan"], ""),  # one surname, two first names
    (["Derna mayor", "Abdulmenam al-Ghaithi", "Osama Hamad"],
     # the title fits neither alone
     "Abdulmenam al-Ghaithi and Osama Hamad spoke; the mayor of Derna did not."),
    (["the ministry", "the Health Ministry", "the Interior Ministry"], ""),  # which ministry is not known
    # a name inside another's complement, of another kind of source
    (["the government", "a New York Times analysis of government data"], ""),
    # one surname, two first names that share an initial; the surname alone joins neither
    (["Aden Nur", "Abdullahi Nur", "Dr Nur"], ""),
    # a lower level of government is not the government
    (["the government", "Local government official Ali Hassan"], ""),
    (["the office", "the provincial health office"], ""),
]


@pytest.mark.parametrize(("sources", "text"), APART, ids=[" / ".join(s) for s, _ in APART])
def test_different_speakers_stay_apart(sources: list[str], text: str) -> None:
    keys = _names(sources, text)
    assert len(set(keys.values())) == len(sources), keys


def test_a_title_and_a_person_get_one_name_with_the_title() -> None:
    text = "The mayor of Derna, Abdulmenam al-Ghaithi, spoke."
    article = Article(id="a1", text=text, published="2023-09-14")
    claims = [_claim(0, "Derna mayor"), _claim(1, "Abdulmenam al-Ghaithi")]
    speakers = identify(claims, {"a1": article}, {"derna"})
    assert {s.name for s in speakers.values()} == {"Abdulmenam al-Ghaithi (Derna mayor)"}
    assert {s.kind for s in speakers.values()} == {"government"}


def test_unattributed_figures_are_the_outlets_or_the_sites_never_an_id() -> None:
    arts = {"a1": Article(id="a1", text="", outlet="Sample Daily"),
            "a2": Article(id="a2", text="", url="https://www.theguardian.com/world/2017/oct/03/x"),
            "a3": Article(id="a3", text="", copy_of="a1"),
            "a4": Article(id="a4", text=""), "a5": Article(id="a5", text="")}
    claims = [_claim(n, "", article=f"a{n}") for n in range(1, 6)]
    speakers = identify(claims, arts, set())
    names = [speakers[f"c{n}"].name for n in range(1, 6)]
    assert names == ["Sample Daily", "theguardian.com", "Sample Daily", "unnamed outlet 1",
                     "unnamed outlet 2"]
    assert {s.kind for s in speakers.values()} == {"unattributed"}
    assert speakers["c1"].key == speakers["c3"].key  # a wire copy is its first copy's


def test_a_body_that_publishes_its_own_count_is_the_source_of_its_unattributed_figures() -> None:
    arts = {"a1": Article(id="a1", text="", outlet="Human Rights Watch"),
            "a2": Article(id="a2", text="", outlet="UN Office for the Coordination of Humanitarian Affairs"),
            "a3": Article(id="a3", text="", outlet="The Daily Sample News")}
    claims = [_claim(n, "", article=f"a{n}") for n in range(1, 4)]
    speakers = identify(claims, arts, set())
    assert [speakers[f"c{n}"].kind for n in range(1, 4)] == ["ngo", "international", "unattributed"]


KINDS = [
    ("the Health Ministry", "government"),
    ("Puerto Rico's governor", "government"),
    ("UN humanitarian office OCHA", "international"),
    ("a WHO spokesman", "international"),
    ("the Red Crescent", "international"),
    ("hospital officials", "medical"),
    ("a doctor at a local school", "medical"),
    ("Nepali police", "military_police"),
    ("the Israeli military", "military_police"),
    ("the Syrian Observatory for Human Rights", "ngo"),
    ("Human Rights Watch", "ngo"),
    ("George Washington University", "ngo"),
    ("Hamas", "armed_group"),
    ("the rebels", "armed_group"),
    ("China's official Xinhua News Agency", "media"),
    ("NPR's Russell Lewis", "media"),
    ("residents", "witness"),
    ("a leader of the Uzbek community", "witness"),
    ("Rami Abdel Rahman", ""),  # a person named without a title: not known
    ("the who and the what", ""),  # "who" in lower case is no agency
    ("the Investigative Committee", "government"),
    ("a local investigative journalism project", "media"),
    ("Turkey's Natural Disaster and Emergency Coordination Directorate", "government"),
    ("the kingdom", "government"),
    # the bodies that run a disaster's response: a countermeasures headquarters, the fire service
    ("the Central Disaster Countermeasures Headquarters", "government"),
    ("the district fire chief", "government"),
    # local officials and envoys
    ("the prefect", "government"),
    ("the district commissioner", "government"),
    ("the police commissioner", "military_police"),
    ("the UN envoy", "international"),
    ("a hospital administrator", "medical"),
    # French and Spanish names, folded
    ("ministère de l'Intérieur français", "government"),
    ("Centro de Integración de Datos", "government"),
    ("hôpital de Mamoudzou", "medical"),
    ("Guardia Civil", "military_police"),
    ("SOS Desaparecidos", "ngo"),
    ("vecinos", "witness"),
]
# Russian names, matched by stems in any case form; acronyms only in capitals
RU_KINDS = [
    ("Минздрав Киргизии", "government"),
    ("по данным Минздрава", "government"),
    ("замглавы МЧС республики", "government"),
    ("пресс-служба МВД", "military_police"),
    ("полиции города", "military_police"),
    ("Всемирная организация здравоохранения (ВОЗ)", "international"),
    ("телеканала Мир", "media"),
    ("жители города", "witness"),
    ("родственники погибших", "witness"),
    ("правозащитники", "ngo"),
    ("воз с дровами", ""),  # a lower-case word is no acronym
]
KINDS += RU_KINDS


@pytest.mark.parametrize(("name", "kind"), KINDS, ids=[n for n, _ in KINDS])
def test_source_kind(name: str, kind: str) -> None:
    assert source_kind(name) == kind


@pytest.mark.parametrize(("url", "site"), [
    ("https://www.theguardian.com/world/x", "theguardian.com"),
    ("http://m.example.org/a?b=c", "example.org"),
    ("not a url", ""),
    ("", ""),
    ("http://[::1", ""),
])
def test_site_name(url: str, site: str) -> None:
    assert site_name(url) == site


def test_a_person_named_without_a_title_takes_the_office_an_apposition_gives_them() -> None:
    text = "Kim Dae-ho, head of the district fire station, told a briefing that 82 people were injured."
    arts = {"a1": Article(id="a1", text=text, published="2022-10-30")}
    (speaker,) = identify([_claim(0, "Kim Dae-ho")], arts, set()).values()
    assert speaker.name == "Kim Dae-ho (head of the district fire station)"
    assert speaker.kind == "government"
    # a relative clause is no office
    text = "Kim Dae-ho, who lost two sons, said 82 were hurt."
    arts = {"a1": Article(id="a1", text=text, published="2022-10-30")}
    (speaker,) = identify([_claim(0, "Kim Dae-ho")], arts, set()).values()
    assert (speaker.name, speaker.kind) == ("Kim Dae-ho", "")


def test_a_bare_title_is_only_the_person_its_own_article_gives_that_title() -> None:
    # "the director" of one hospital in one article is not the director of the ambulance service
    # another article names
    arts = {"a1": Article(id="a1", text="We visited the hospital, where the director told us 218 bodies had "
                                         "been brought in.", published="2017-10-15"),
            "a2": Article(id="a2", text="Ali Hassan, the director of the city's ambulance service, said 300 "
                                         "died.", published="2017-10-16")}
    claims = [_claim(0, "director", article="a1"), _claim(1, "Ali Hassan", article="a2")]
    speakers = identify(claims, arts, set())
    assert speakers["c0"].key != speakers["c1"].key
    # ... but it is where its own article names them together
    arts["a1"] = Article(id="a1", text="Ali Hassan, the director of the ambulance service, spoke. The "
                                       "director said 218 had died.", published="2017-10-15")
    speakers = identify([_claim(0, "director", article="a1"), _claim(1, "Ali Hassan", article="a1")], arts,
                        set())
    assert speakers["c0"].key == speakers["c1"].key
