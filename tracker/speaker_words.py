"""Word lists for telling speakers apart and together: kinds of source, titles, name words.

Data only; the rules that use them are in ``speakers.py``. Every phrase is lower case and
matched as whole words against a speaker's name as written ("Gaza's Health Ministry",
"a doctor at Nasser hospital", "UN humanitarian office OCHA").
"""

from __future__ import annotations

from .extractor import lexicon as lx

# The kinds of source, in the order they are tried: the first kind with a phrase in a
# speaker's name is its kind. Named bodies come before the generic nouns, so that "WHO
# spokesman" is international, "hospital officials" medical and "health officials"
# government. The values are the `source_kind` column's (DESIGN.md).
SOURCE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("international", (
        "un", "u.n.", "united nations", "ocha", "unhcr", "unicef", "unrwa", "unfpa", "undp", "wfp",
        "world food programme", "world food program", "who", "world health organization",
        "world health organisation", "icrc", "international committee of the red cross", "red cross",
        "red crescent", "ifrc", "international federation of red cross", "iom",
        "international organization for migration", "world bank", "european union", "eu",
        "african union", "nato", "osce", "security council", "un agency", "un agencies",
        "humanitarian office", "refugee agency", "peacekeepers", "peacekeeping", "unama", "unmiss",
        "monusco", "idmc", "internal displacement monitoring centre", "inquiry commission",
        "international commission", "international inquiry",
        # French and Spanish, without their accents (names are folded)
        "onu", "oms", "croix-rouge", "cruz roja", "federation internationale",
        "federacion internacional", "acnur", "hcr", "pam",
    )),
    ("armed_group", (
        "hamas", "hezbollah", "taliban", "islamic state", "isis", "isil", "daesh", "al-shabaab",
        "al shabaab", "boko haram", "al-qaeda", "al qaeda", "houthi", "houthis", "rebels", "rebel",
        "militants", "militant", "militia", "militias", "insurgents", "insurgent", "jihadists",
        "jihadist", "armed group", "armed groups", "guerrillas", "guerrilla", "separatists",
        "separatist", "wagner", "rsf", "rapid support forces", "hts",
    )),
    ("media", (
        "reuters", "associated press", "ap", "afp", "agence france-presse", "xinhua", "tass",
        "ria novosti", "ria", "interfax", "anadolu", "bbc", "cnn", "nbc", "cbs", "abc", "npr",
        "al jazeera", "al-jazeera", "new york times", "washington post", "guardian", "times",
        "post", "journal", "news agency", "state media", "state television", "state tv", "tv",
        "television", "newspaper", "news", "broadcaster", "radio", "local media", "media",
        "reporters", "reporter", "correspondent", "journalists", "journalist", "outlet",
        "investigative journalism", "investigative reporters", "efe", "dpa", "kyodo", "yonhap",
        "itar-tass", "fergana", "24.kg",
        "akipress", "wire", "wam", "sana", "irna", "wafa",
    )),
    ("medical", (
        "hospital", "hospitals", "doctor", "doctors", "medic", "medics", "medical", "paramedic",
        "paramedics", "clinic", "clinics", "morgue", "medical examiner", "ambulance", "nurses",
        "nurse", "health workers", "médecins sans frontières", "medecins sans frontieres", "msf",
        "doctors without borders", "surgeon", "surgeons",
        # French and Spanish, without their accents (names are folded)
        "hopital", "chm", "ars", "agence regionale de sante", "medecin", "medecins",
        "hospital general", "medicos", "samu", "forenses",
    )),
    ("military_police", (
        "police", "policeman", "policemen", "army", "military", "armed forces", "troops",
        "soldiers", "defence forces", "defense forces", "idf", "navy", "air force", "gendarmerie",
        "national guard", "border guard", "border guards", "sheriff", "sheriff's", "security forces",
        "security services", "security sources", "commander", "colonel", "coast guard",
        "defence ministry", "defense ministry", "pentagon", "marines", "brigade", "battalion",
        "constabulary", "detectives", "detective", "troopers", "trooper",
        # French and Spanish, without their accents (names are folded)
        "gendarmerie", "gendarmes", "police nationale", "guardia civil", "policia", "policia nacional",
        "ume", "ejercito", "armee",
    )),
    ("ngo", (
        "human rights watch", "amnesty", "amnesty international", "observatory", "monitor",
        "monitors", "rights group", "rights groups", "human rights group", "ngo", "ngos", "charity",
        "save the children", "oxfam", "activists", "activist", "watchdog", "airwars", "acled",
        "body count", "foundation", "university", "researchers", "researcher", "study",
        "school of public health", "institute", "opposition", "campaigners", "aid group",
        "aid groups", "relief group", "volunteers", "white helmets", "civil society",
        "human rights center", "human rights centre", "memorial",
        # French and Spanish, without their accents (names are folded)
        "association", "asociacion", "ong", "sos desaparecidos", "collectif",
    )),
    ("government", (
        "ministry", "minister", "ministers", "government", "governor", "mayor", "president",
        "prime minister", "premier", "officials", "official", "authorities", "authority",
        "administration", "council", "cabinet", "department", "emergency management",
        "disaster management", "emergency operations", "emergencies", "civil defence",
        "civil defense", "civil protection", "prosecutor", "prosecutors", "prosecutor-general",
        "secretary", "parliament", "senator", "congressman", "king", "embassy", "foreign office",
        "home affairs", "interior", "governorate", "municipality", "state", "agency", "ndma",
        "fema", "coroner", "commission", "spokesman", "spokeswoman", "spokesperson", "presidency",
        "kremlin", "white house", "regime", "census", "registry", "investigative committee",
        "directorate", "kingdom", "countermeasures", "fire department", "fire service",
        "fire services", "fire station", "fire brigade", "fire chief", "fire officials", "firefighters",
        "firefighter",
        "rescue service", "emergency services", "prefect", "prefecture", "commissioner",
        "commissioners", "consulate", "consul", "envoy", "ambassador", "magistrate", "councillor",
        "councilor", "councilman", "councilwoman", "administrator",
        # French and Spanish, without their accents (names are folded)
        "ministere", "ministre", "prefecture", "prefet", "gouvernement", "mairie", "maire", "elus",
        "ministerio", "ministro", "ministra", "gobierno", "generalitat", "ayuntamiento", "alcalde",
        "alcaldesa", "delegacion del gobierno", "cecopi", "juzgados", "tribunal",
        "centro de integracion de datos", "securite civile", "proteccion civil", "protection civile",
        "emergencias",
    )),
    ("witness", (
        "residents", "resident", "witnesses", "witness", "eyewitness", "eyewitnesses", "survivors",
        "survivor", "relatives", "relative", "family", "families", "locals", "local", "villagers",
        "villager", "neighbours", "neighbors", "neighbour", "neighbor", "community leader",
        "community leaders", "elder", "elders", "leader of the", "refugees", "refugee", "people",
        "man", "woman", "father", "mother", "brother", "sister", "son", "daughter", "imam", "priest",
        "teacher", "student", "shopkeeper",
        # French and Spanish, without their accents (names are folded)
        "habitants", "habitant", "vecinos", "vecino", "familles", "familias", "temoins", "testigos",
        "rescapes",
    )),
)

# The same kinds in Russian, as stems: a stem of four letters or more matches the start of a
# word in any case form ("Минздрава", "полиции", "Настоящим Временем"); a shorter one is an
# acronym, matched only as a capitalised word ("МЧС", "МВД", "СК", "ООН").
RU_SOURCE_KINDS: dict[str, tuple[str, ...]] = {
    "international": ("оон", "воз", "юнисеф", "мккк", "красн крест", "красн полумесяц",
                      "верховн комиссар", "обсе", "евросоюз"),
    "armed_group": ("боевик", "террорист", "повстанц", "ополченц", "группировк"),
    "media": ("риа", "тасс", "интерфакс", "знак", "медуз", "хабар", "настоящ врем", "озодлик", "радио",
              "телеканал", "газет", "агентств", "издани", "сми", "журналист", "корреспондент"),
    "medical": ("больниц", "врач", "медик", "морг", "скор помощ", "санитар"),
    "military_police": ("мвд", "фсб", "полици", "полицейск", "нацгвард", "росгвард", "комендатур",
                        "силовик", "армия", "армии", "военн", "погранич"),
    "ngo": ("правозащит", "бюро по прав", "мемориал", "волонтер", "волонтёр", "активист", "фонд"),
    "government": ("мчс", "ск", "минздрав", "министерств", "министр", "правительств", "власт",
                   "администрац", "губернатор", "мэр", "аким", "президент", "прокуратур",
                   "генпрокуратур", "прокурор", "следствен", "оперативн штаб", "штаб", "официальн",
                   "ведомств", "департамент", "замглав", "депутат", "кремл"),
    "witness": ("жител", "родственник", "очевид", "свидетел", "семь", "местн", "пострадавш"),
}

# Words that join a body's name to its complement ("Department of Disaster Management", "Agency for
# Disaster Relief"): the capitalised words after them name no person.
COMPLEMENT_LINKS: frozenset[str] = frozenset({"of", "for"})

# Words that name an office rather than a person: a speaker made of them and of place names
# ("Derna mayor", "the country's health minister") is a title, which the article may give
# a name to ("the mayor of Derna, Abdulmenam al-Ghaithi").
TITLE_WORDS: frozenset[str] = frozenset(
    "mayor governor minister president premier spokesman spokeswoman spokesperson chief director "
    "head commissioner secretary ambassador chairman chairwoman chair leader commander coordinator "
    "representative envoy general colonel sheriff coroner deputy inspector prosecutor "
    "prosecutor-general superintendent captain lieutenant officer official king queen emir sultan "
    "senator speaker administrator manager founder".split()
)

# The portfolio a title holds ("health minister", "interior minister", "defence secretary"): it
# names no one, but tells which holder of the title a text means (speakers._titled_persons).
PORTFOLIO_WORDS: frozenset[str] = frozenset(
    "health interior home foreign defence defense information communications finance energy "
    "justice transport education emergency emergencies security public safety".split()
)

# A ministry and its minister: one source ("the Information Ministry" = "Minister of Information
# Abdirahman Osman"), when their portfolio words are the same.
MINISTRY_WORDS: frozenset[str] = frozenset("ministry ministries".split())
MINISTER_WORDS: frozenset[str] = frozenset("minister".split())

# Words that may stand in a person's name as written but are not the name: titles of address
# and ranks ("Gov. Ricardo Rosselló", "Dr. Ashraf al-Qudra").
HONORIFICS: frozenset[str] = frozenset(
    "mr mrs ms miss dr prof sir gov gen col lt capt sgt rep sen pres president governor minister "
    "mayor general colonel sheikh imam rev father".split()
)

# Words that join the parts of an organisation's name and are left out of its acronym
# ("International Organization for Migration" -> IOM).
ACRONYM_SKIP: frozenset[str] = frozenset("of for the and de la des du on in at".split())

# Speaker words that say nothing of who spoke: left out when two names are compared.
SPEAKER_STOP: frozenset[str] = frozenset(
    "the a an of 's its their his her said says according to from by in at on for and new "
    "latest official officially country's nation's country nation".split()
)

# Speakers that are a generic reference to a body, resolved to the one body of that kind an
# incident names ("the ministry" -> "the Ministry of Home Affairs").
GENERIC_HEADS: frozenset[str] = frozenset(
    "ministry government agency office authorities officials department police army military "
    "hospital council commission organization organisation observatory group monitor".split()
)

# Adjectives of a level of government below the one a bare head names ("local government
# official Muhidin Ali" is not "the government"; "the provincial health office" not "the office").
LOWER_LEVELS: frozenset[str] = frozenset("local regional provincial district municipal county city".split())

# Nouns that make a run of capitalised words an organisation's name, not a person's
# ("Chan School of Public Health", "National Emergency Operations Center").
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    "school university college ministry office agency center centre council committee organization "
    "organisation institute hospital department police army group observatory commission foundation "
    "association network union bank party front court forces force services service society "
    "federation authority administration government programme program fund alliance coalition "
    "movement league corps command unit brigade company corporation news times post press agency "
    "television radio channel broadcasting".split()
)
# Organisations whose names read as a first name and a surname ("Red Cross"; "Thomas Cross" is a person).
ORGANISATION_NAMES: frozenset[str] = frozenset({"red cross", "red crescent"})

# An unnamed speaker in the singular is the same unnamed source as in the plural ("Official
# says 1,006", "officials said 1,038"): one key.
# A country's "authorities" are its government ("Haitian authorities" = "the Haitian government"):
# the two words make one key.
GENERIC_SINGULARS: dict[str, str] = {
    **lx.GOVERNMENT_WORDS,
    "official": "officials", "source": "sources", "rescuer": "rescuers",
    "resident": "residents", "witness": "witnesses", "doctor": "doctors", "medic": "medics",
}
