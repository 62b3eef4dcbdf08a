"""Speakers of any shape (issue: attribution on world news), sentences written for the project."""

from __future__ import annotations

import pytest

from tracker import extract_text

# (sentence, value, source)
ACCORDING = [
    ("According to the home ministry, 18 people were killed in the avalanche.", 18, "home ministry"),
    ("According to the island's official count, the storm killed 62 people.", 62, "island's official count"),
    ("More than 4,600 people died, according to a new study from researchers.", 4600,
     "a new study from researchers"),
    ("Some 2.8 million people were displaced, according to the world body.", 2800000, "world body"),
    ("According to preliminary data and official information, more than 60 people were killed.", 60,
     "preliminary data and official information"),
    ("The storm killed an estimated 2,975 people, according to a sweeping report from a university "
     "released on Tuesday.", 2975, "a sweeping report from a university"),
]
SUBJECTS = [
    ("The Kenya National Commission on Human Rights (KNCHR) has disclosed that 39 people have died.", 39,
     "Kenya National Commission on Human Rights"),
    ("A New York Times analysis of government data found that 1,042 more people died.", 1042,
     "A New York Times analysis of government data"),
    ("The health ministry, which is run by Hamas, said at least 500 people had been killed.", 500,
     "health ministry"),
    ("Earlier, Ivan Petrov, the country's minister of information and communications, said that 600 "
     "people had died.", 600, "Ivan Petrov"),
    ("Floods killed 12 people on Monday and officials said 40 were missing.", 40, "officials"),
    ("The toll had stood at 64 for months, though officials said that 70 people were missing.", 70,
     "officials"),
    ("The government's latest number is 6,841 dead, with little hope of finding survivors.", 6841,
     "government"),
]
# world news, second round (issue 13): reporting verbs and nouns of wire copy, asides,
# headlines, the authorities' own toll
REPORTING = [
    ("The Red Crescent said that an airstrike on Monday hit a market, killing 40 people, according to "
     "Reuters.", 40, "Red Crescent"),
    ("The toll kept rising on Sunday, with police telling Reuters that at least 230 people were dead.", 230,
     "police"),
    ("Doctors Without Borders, also known as MSF, said it had verified 31 deaths.", 31,
     "Doctors Without Borders"),
    ("The agency, citing hospital sources in the north, said 45 people were killed.", 45, "hospital sources"),
    ("The regional governor raised the death toll to 90 on Tuesday.", 90, "regional governor"),
    ("The governor's office revised the toll to 34.", 34, "governor's office"),
    # an opening quote mark typed for the apostrophe
    ("Last month, the island‘s governor raised the official death toll from 64 to 2,975.", 2975,
     "island‘s governor"),
    ("Earlier reports said 43 farmers were killed.", 43, "Earlier reports"),
    ("According to reports, more than 100 people were killed.", 100, "reports"),
    ("Some 300 people have died, as per data from the disaster agency.", 300, "disaster agency"),
    ("In May, the health ministry released figures that showed that about 900 more people died.", 900,
     "health ministry"),
    ("Nine people were killed, official figures showed.", 9, "official figures"),
    ("A tally by the news agency showed 40 deaths.", 40, "A tally by the news agency"),
    ("The Times' analysis found that 1,052 more people than usual died.", 1052, "Times' analysis"),
    ("Figures from the ministry showed at least 40 deaths.", 40, "ministry"),
    ("The latest figures from NHS England show that 24 people were injured.", 24, "NHS England"),
    ("Rescue officials insisted 15 people were still missing.", 15, "Rescue officials"),
    ("The agency stated that 20 people were injured.", 20, "agency"),
    ("Local media have reported 18 deaths.", 18, "Local media"),
    ("Initial reports spoke of 18 bodies.", 18, "Initial reports"),
    # "also" opens no aside: the speaker comes after the verb
    ("The strikes on the town, in the south of the province, also wounded 60 people, said the "
     "Observatory.", 60, "Observatory"),
]
# the speaker named in a sentence before
BACK_REFERENCES = [
    ("The interior secretary, Ana Ruiz, said the roads were open. The official also said that 25 "
     "arrests were made.", 25, "Ana Ruiz"),
    ("Omar Haddad, the city's police chief, said 12 people were wounded, local news reports said. "
     "More than 40 people were arrested, he said.", 40, "Omar Haddad"),
    # "it" is the body the sentence before opens with, never a person nor "It" itself
    ("Iran, the kingdom's rival, has blamed the crush on mismanagement. It also accused the kingdom of a "
     "cover-up, saying the real death toll exceeds 4,700.", 4700, "Iran"),
    ("The ministry blamed the rebels for the attack. It said 40 people had died.", 40, "ministry"),
    ("Omar Haddad spoke to reporters on Monday. It said 40 people had died.", 40, ""),
    ("The Red Cross sent rescue teams to the area. It said 120 people were missing.", 120, ""),
    ("A source at the governorate told the agency that shells hit two houses. It added that 12 people were "
     "injured.", 12, "A source at the governorate"),
    ("Floods in the province destroyed thousands of homes. It said 40 people had died.", 40, ""),
]
# a quotation whose speaker the sentence that closes it names
QUOTATIONS = [
    ('"We have 31 dead and 40 injured. More victims are being brought in," Ana Ruiz, the police '
     'spokeswoman, said on Monday.', 40, "Ana Ruiz"),
    ('Ana Ruiz, the police spokeswoman, said the roads were closed. "We have 31 dead and 40 injured. '
     'More victims are being brought in," she said.', 40, "Ana Ruiz"),
    ('"We have 31 dead and 40 injured.\nThe hospital is full," the ministry said.', 40, "ministry"),
]
HEADLINES = [
    ("Nearly 20,000 people flee to Chad: state media", 20000, "state media"),
    ("Floods kill 40 in the north - TV", 40, "TV"),
    ("Province raises flood toll to 90", 90, "Province"),
    ("Floods kill 40 in north-east", 40, ""),  # a hyphen inside a word is no dash
    ("Toll reaches 300: Chile's president", 300, "Chile's president"),  # a short headline, a possessive
    ("Quake toll could reach 8,000: Peru's PM", 8000, "Peru's PM"),
    ("Kabul: 12 killed in blast", 12, ""),  # a place opens it
]
OFFICIAL = [
    ("Officially, 62 people died in the storm.", 62, "official toll"),
    ("The official death toll of 64 was disputed.", 64, "official toll"),
    ("The study supports other claims that the official death toll of 64 was too low.", 64, "official toll"),
    ("The official provincial government death toll had stood at 64 for months, though officials said "
     "70 were missing.", 64, "provincial government"),
    ("The official death toll rose to 50, the ministry said.", 50, "ministry"),  # a speaker covers it
    # the official toll of another clause
    ("An official death toll was not released, but 40 bodies were found.", 40, ""),
]
NOT_SPEAKERS = [
    ("Nepal's death toll rose to 4,000 on Monday.", 4000, ""),  # a place's toll
    ("The storm killed 12 people and destroyed 40 homes.", 12, ""),
    ("Conflicting reports of 30 deaths emerged on Monday.", 30, ""),  # "reports" is a noun
    ("The storm raised the death toll to 90 on Tuesday.", 90, ""),  # a storm is no speaker
]
# the titles of local officials, envoys and clergy speak as other officials do
TITLES = [
    ("At least 31 people died, perhaps more, the prefect said.", 31, "prefect"),
    ("Twelve people were killed, the district commissioner said.", 12, "district commissioner"),
    ("Forty people died in the blast, the embassy said.", 40, "embassy"),
    ("The parish priest said 19 worshippers had been killed.", 19, "parish priest"),
    ("Nine people were hurt, the police superintendent told reporters.", 9, "police superintendent"),
    ("At least nine people died, the fire brigade said.", 9, "fire brigade"),
    # a body that releases a list of names gives its count
    ("Officials have released the names of 338 people still missing.", 338, "Officials"),
    # details from a body are that body's
    ("Citing details from the FBI, the governor told reporters that 66 people were still missing.", 66,
     "FBI"),
    # an owner before the title of a speaker after its verb
    ("Thirty were hurt, said the city's mayor.", 30, "city's mayor"),
    ("Thirty were hurt, said the country’s health minister on Monday.", 30, "country’s health minister"),
]
TABLE = [*ACCORDING, *SUBJECTS, *REPORTING, *BACK_REFERENCES, *QUOTATIONS, *HEADLINES, *OFFICIAL,
         *NOT_SPEAKERS, *TITLES]


@pytest.mark.parametrize(("sentence", "value", "source"), TABLE, ids=[r[0] for r in TABLE])
def test_speaker_of_any_shape(sentence: str, value: int, source: str) -> None:
    claims = extract_text(sentence, published="2015-04-28")
    sources = {r.value: r.source for r in claims.itertuples()}
    assert sources.get(value) == source, sources
