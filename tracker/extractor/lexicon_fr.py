"""The French word lists: casualty words, number words, qualifiers, attribution, dates,
places.

Data only, as lexicon.py is for English and lexicon_ru.py for Russian; the grammar that
reads them is romance.py's, shared with Spanish (lexicon_es.py has the same names, one
for one: romance_words.Lexicon lists them). Words are lower case, with their accents; an
apostrophe is its own token ("d'après" is "d ' après"), and so is a phrase's every word.
"""

from __future__ import annotations

from ..models import Category, Qualifier

CODE = "fr"  # ISO 639-1; also dateparser's language

# ---------------------------------------------------------------- casualty words

# stem -> category: a word form that starts with the stem is a casualty word
CASUALTY_STEMS: dict[str, Category] = {
    "bless": "injured", "hospitalis": "injured", "décéd": "killed", "décès": "killed",
    "disparu": "missing", "déplacé": "displaced", "évacué": "displaced", "réfugié": "displaced",
    "interpell": "arrested", "arrestation": "arrested", "noyé": "killed", "tuant": "killed",
    "cadavre": "killed", "sinistré": "displaced", "sans-abri": "displaced", "sans-logis": "displaced",
    "écroué": "arrested", "périr": "killed", "assassiné": "killed", "abattu": "killed",
}
# stems that look like a casualty word and are not one ("blessures" are a casualty's, but
# "bless" is the whole stem; "déplacement" is a journey)
NOT_CASUALTY_STEMS: tuple[str, ...] = ("déplacement", "évacuation", "disparition")
# exact forms where a stem would catch other words ("tu" in "tunnel", "mort" in "mortier")
CASUALTY_FORMS: dict[str, Category] = {
    **dict.fromkeys("mort morte morts mortes tué tuée tués tuées tue tuent péri victimes "
                    "victime décès vie vies corps mortellement".split(), "killed"),
    **dict.fromkeys("blessure blessures".split(), "injured"),
    **dict.fromkeys("arrêté arrêtée arrêtés arrêtées détenus interpellations arrestations "
                    "gardes".split(), "arrested"),
    **dict.fromkeys("fui fuir fuient".split(), "displaced"),
}
# "124 victimes" are the dead, unless a casualty word follows ("victimes blessées")
VICTIM_WORDS: frozenset[str] = frozenset({"victime", "victimes"})
# words that count people ("124 personnes", "13 enfants"), which a predicate then reads
PEOPLE_NOUNS: frozenset[str] = frozenset(
    """personne personnes gens habitants habitant civils civil enfants enfant femmes femme
    hommes homme soldats soldat militaires militaire policiers policier gendarmes gendarme
    migrants migrant passagers passager élèves étudiants touristes mineurs ouvriers
    travailleurs manifestants membres agents pompiers secouristes fidèles spectateurs
    résidents villageois adultes bébés fillettes garçons filles adolescents jeunes
    combattants rebelles jihadistes djihadistes terroristes assaillants suspects patients
    détenus prisonniers otages réfugiés pêcheurs marins journalistes employés salariés
    casques soldats militants insurgés individus clients supporters élèves
    Palestiniens Israéliens Libanais Syriens Ukrainiens Russes Français Afghans Marocains
    Libyens Turcs Haïtiens""".lower().split())
# nouns that count no people, whatever follows them ("30 maisons détruites")
NOT_PEOPLE_STEMS: tuple[str, ...] = (
    "maison", "bâtiment", "immeuble", "logement", "habitation", "véhicule", "voiture", "camion",
    "animal", "animaux", "bête", "tête", "mouton", "vache", "chien", "hectare", "kilomètre", "km",
    "mètre", "heure", "minute", "jour", "an", "mois", "semaine", "euro", "dollar", "pour",
    "tonne", "litre", "degré", "village", "commune", "pays", "région", "province", "école",
    "hôpital", "avion", "bateau", "arme", "balle", "roquette", "missile", "drone", "obus", "appel",
)
# who a head noun counts, when it is a group of the victims (scope "group")
GROUP_STEMS: dict[str, str] = {
    "enfant": "children", "bébé": "children", "fillette": "children", "garçon": "children",
    "élève": "children", "adolescent": "children", "femme": "women", "soldat": "soldiers",
    "militaire": "soldiers", "policier": "police", "gendarme": "police", "agent": "police",
    "civil": "civilians", "combattant": "militants", "rebelle": "militants", "jihadiste": "militants",
    "djihadiste": "militants", "terroriste": "militants", "assaillant": "militants",
    "auteur": "militants", "kamikaze": "militants",
    "insurgé": "militants", "mineur": "miners", "pompier": "firefighters", "secouriste": "rescuers",
    "migrant": "migrants", "journaliste": "journalists", "palestinien": "Palestinians",
    "israélien": "Israelis", "étranger": "foreigners",
}
# words between a number and its noun ("12 autres personnes", "124 nouveaux décès")
BEFORE_NOUN: frozenset[str] = frozenset({"autres", "nouveaux", "nouvelles", "nouveau", "nouvelle",
                                         "premiers", "derniers"})
# "de" between an amount and its noun ("des dizaines de morts", "1,5 million de déplacés")
OF_WORDS: frozenset[str] = frozenset({"de", "d", "des"})
# auxiliaries and copulas between a figure's noun and its participle ("ont été tuées")
AUXILIARIES: frozenset[str] = frozenset(
    """a ont avait avaient aurait auraient auront est sont était étaient été sera seront se s
    y ont-ils ont-elles toujours encore déjà aussi également ainsi officiellement être
    portées portés porté portée""".split())

# ---------------------------------------------------------------- numbers

NUMBER_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100,
    "cents": 100, "mille": 1000,
}
# one alone counts one only before a casualty word or a person ("un mort", "une femme a été tuée")
ONE_WORDS: frozenset[str] = frozenset({"un", "une"})
# words between the parts of a number ("vingt et un")
NUMBER_LINKS: frozenset[str] = frozenset({"et"})
# after a number: "1,5 million", "2 milliards"; "3 mille" (rare, but written)
SCALES: dict[str, int] = {"million": 1_000_000, "millions": 1_000_000, "mille": 1_000,
                          "milliard": 1_000_000_000, "milliards": 1_000_000_000}
# an approximate number ("une centaine de morts": about 100)
ABOUT_NUMBERS: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1_000,
}
# a vague amount, by the rule of lexicon.VAGUE_UNITS ("des dizaines": 10-99)
VAGUE_UNITS: dict[str, tuple[int, int]] = {
    "dizaines": (10, 99), "douzaines": (12, 99), "vingtaines": (20, 99), "centaines": (100, 999),
    "milliers": (1_000, 9_999), "millions": (1_000_000, 9_999_999),
}
# "plusieurs centaines" (300-999), "quelques dizaines" (20-99), "plusieurs" alone (3-9)
VAGUE_MULTIPLIERS: dict[str, tuple[int, int]] = {"plusieurs": (3, 9), "quelques": (2, 9)}
VAGUE_SCALES: dict[str, int] = {"dizaines": 10, "centaines": 100, "milliers": 1_000, "millions": 1_000_000}

# ---------------------------------------------------------------- qualifiers

# phrases right before a figure -> qualifier (the longest is matched first)
QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "au moins": "at_least", "au minimum": "at_least", "pas moins de": "at_least",
    "pas moins d '": "at_least", "un minimum de": "at_least",
    "plus de": "more_than", "plus d '": "more_than", "au-delà de": "more_than",
    "au-delà des": "more_than", "dépasse les": "more_than", "dépassent les": "more_than",
    "dépassé les": "more_than", "dépasser les": "more_than", "dépassant les": "more_than",
    "dépassait les": "more_than",
    "dépasse": "more_than", "dépassé": "more_than", "franchi la barre des": "more_than",
    "franchi le cap des": "more_than",
    "près de": "about", "près d '": "about", "environ": "about", "quelque": "about",
    "approximativement": "about", "presque": "about", "pratiquement": "about",
    "autour de": "about", "aux alentours de": "about", "une estimation de": "about",
    "jusqu ' à": "at_most", "moins de": "at_most", "moins d '": "at_most", "au plus": "at_most",
    "au maximum": "at_most",
    "un total de": "exact", "au total": "exact",
}
UP_TO = "à"  # the last word of "jusqu'à", which a verb of growth makes the new figure
GROWTH_STEMS: tuple[str, ...] = ("passé", "grimpé", "monté", "augment", "élev", "alourdi", "porté")
# between two numbers: "entre 10 et 20", "de 10 à 20"
RANGE_OPENERS: dict[str, str] = {"entre": "et", "de": "à"}

# ---------------------------------------------------------------- tolls

# "le bilan s'élève à 124", "le nombre de morts est passé à 124"
TOLL_NOUNS: frozenset[str] = frozenset({"bilan", "nombre", "décompte", "total", "chiffre", "fourchette"})
# a toll noun alone counts the dead ("le bilan s'élève à 124")
DEATH_TOLL_NOUNS: frozenset[str] = frozenset({"bilan"})
TOLL_VERB_STEMS: tuple[str, ...] = ("élève", "élevé", "passé", "passe", "atteint", "atteind", "grimpé",
                                    "grimpe", "alourdi", "monte", "monté", "dépass", "porté", "porte",
                                    "établi", "fait", "est", "était", "revu", "augment", "franchi", "reste",
                                    "demeure", "établit", "sont", "portant")
# "ce chiffre", "ce bilan": a toll that counts what the figure before it counts
POINTING_BACK: frozenset[str] = frozenset({"ce", "cet", "cette", "ledit", "ladite"})
# words that may stand between a toll's verb and its figure ("s'élève désormais à 124")
TOLL_FILLERS: frozenset[str] = frozenset(
    {"à", "a", "de", "d", "'", "les", "désormais", "maintenant", "déjà", "état", "provisoire", "officiel",
     "au", "moins", "plus", "jusqu", "près", "environ", "la", "barre", "des", "le", "cap", "s"})
# breakdowns: "dont 13 enfants", "parmi lesquels 6 femmes"
PART_PHRASES: tuple[str, ...] = ("dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles",
                                 "y compris", "notamment", "parmi les victimes", "parmi les morts",
                                 "les premiers", "les premières")  # "les premiers six corps retrouvés"
# the same after the number: "six d'entre eux", "211 d'entre elles"
PART_AFTER: tuple[str, ...] = ("d ' entre eux", "d ' entre elles", "parmi eux", "parmi elles")
# and the verb "one more": "12 autres", "un nouveau bilan"
ANOTHER: frozenset[str] = frozenset({"autres"})

# ---------------------------------------------------------------- attribution

# "selon X", "d'après X": the source follows
ACCORDING: tuple[str, ...] = ("selon", "d ' après", "de source", "de sources", "d ' après les chiffres de")
# "citant X": the source a medium relays
CITING: tuple[str, ...] = ("citant", "cité par", "citée par", "cités par", "citées par")
# verbs of saying (participles and present forms): "a indiqué X", "X a déclaré"
SAY_VERBS: frozenset[str] = frozenset(
    """indiqué indique indiquent déclaré déclare déclarent annoncé annonce annoncent affirmé
    affirme affirment précisé précise précisent rapporté rapporte rapportent ajouté ajoute
    confirmé confirme confirment expliqué explique souligné souligne assuré assure estimé
    estime dit dénombré dénombre recensé recense évoqué évoque reconnu reconnaît précisant
    ajoutant indiquant affirmant soulignant prévenu signalé signale communiqué relaté relate
    déploré déplore révélé révèle écrit écrivent publié raconté raconte fait-savoir
    avancé chiffré dénombrait indiquait annonçait précisait recensait
    porte portent porté portait relevé relève révisé revu actualisé diffusé diffuse
    craint craignent redoute redoutent évoquent estiment dénombrent recensent signalent
    déplorent révèlent racontent relatent avancent""".split())
# ("la préfecture porte à 39": a body that sets the toll says it)
# verbs of saying that are nouns after a determiner ("la cifra de", "la porte")
NOUN_LIKE_SAYS: frozenset[str] = frozenset("porte portes relève".split())
# the dead identified so far, a group of the toll ("han identificado a 133 víctimas"); after
# "sin"/"non", the unidentified
IDENTIFIED_STEMS: tuple[str, ...] = ("identifi",)
WITHOUT_WORDS: frozenset[str] = frozenset({"non", "sans", "pas"})
# a home, after "sans"/"sin": the homeless are displaced ("1 500 personnes sans abri")
SHELTER_WORDS: frozenset[str] = frozenset("abri abris logis toit".split())
# the nouns of a count of cases whose "de" names what is counted ("89 cas de disparition")
CASE_NOUNS: frozenset[str] = frozenset("cas dossier dossiers signalement signalements".split())
# the pronoun of a relative clause on the casualty word before its comma ("los desaparecidos, que
# se habían elevado a 93")
RELATIVE_WORDS: frozenset[str] = frozenset({"qui"})
# newspapers whose article is part of their title ("El País", "Le Monde"): media, named with it
MEDIA_TITLES: frozenset[str] = frozenset({
    "le monde", "le figaro", "le parisien", "la croix", "le point", "les échos", "la dépêche",
    "le progrès", "la provence", "le dauphiné", "le télégramme", "la voix",
})
# a place given "alone" is one place's share of the toll ("sólo en la provincia de Valencia")
ALONE_WORDS: frozenset[str] = frozenset({"uniquement", "seulement"})
# how bad injuries are, after the count of the injured: a group of them ("67 blessés graves")
SEVERE_WORDS: frozenset[str] = frozenset(
    "graves grave grièvement sérieusement absolue critique critiques".split())
MINOR_WORDS: frozenset[str] = frozenset("légers léger légère légères légèrement relative".split())
# verbs of saying that set a toll: they speak only before the toll they set ("porte à 39", not
# "porté disparu"), and never for an event ("L'incendie porte à 12 le nombre de morts")
TOLL_SAYS: frozenset[str] = frozenset(
    """porte portent porté portait relevé relève révisé revu""".split())
TOLL_SAY_LINKS: frozenset[str] = frozenset("à au en".split())
EVENT_NOUNS: frozenset[str] = frozenset(
    """incendie séisme tremblement réplique cyclone tempête ouragan inondation inondations crue crues
    explosion attentat attaque accident naufrage catastrophe éboulement glissement tornade typhon
    épidémie""".split())
# words between an event's noun and its day ("le séisme du dernier samedi", "le séisme du 12 janvier"),
# besides determiners, "de" and weekdays: the day is the event's, not a count's
EVENT_DAY_LINKS: frozenset[str] = frozenset("dernier dernière terre".split())  # "tremblement de terre"
# an event's strength between its noun and its day ("el terremoto de magnitud 8,2 del 7 de septiembre")
MAGNITUDE_WORDS: frozenset[str] = frozenset({"magnitude"})
# a body told one at a time ("un cadáver") is an individual, as a person is
BODY_NOUNS: frozenset[str] = frozenset("corps cadavre cadavres dépouille".split())
# whereabouts unknown: the missing ("en paradero desconocido")
WHEREABOUTS: frozenset[str] = frozenset()
UNKNOWN_STEMS: tuple[str, ...] = ("inconnu",)
# ... and found since ("150 personnes portées disparues ont été retrouvées"): no count of the missing
FOUND_STEMS: tuple[str, ...] = ("retrouvé", "localisé")
# words that open a sentence going on with the speaker of the sentence before ("En outre, 120
# personnes ont été blessées")
GOING_ON: tuple[tuple[str, ...], ...] = (("en", "outre"), ("par", "ailleurs"), ("de", "plus"))
# the living: words that say the people are alive ("12 personnes retrouvées en vie"), no count
# of the dead
ALIVE_PHRASES: frozenset[str] = frozenset({"en vie"})
# the definite articles: a count they name is known, no toll feared ("un homenaje a los 12 fallecidos")
DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "les", "l"})
# the change of a toll: its figure is by how much, no count ("un bilan en hausse d'un décès")
CHANGE_NOUNS: frozenset[str] = frozenset("hausse baisse augmentation diminution".split())
# adjectives before a document whose author follows ("le dernier bilan du ministère")
DOCUMENT_MODIFIERS: frozenset[str] = frozenset(
    "dernier dernière derniers nouveau nouvel nouvelle premier première récent récente".split())
# verbs of saying a fear: their subject stands before them, never after ("qui craint le pire")
FEAR_SAYS: frozenset[str] = frozenset("craint craignent redoute redoutent".split())
# the pronoun of an impersonal verb: "se informó", "se sitúa en 89" (no one says it)
IMPERSONAL: frozenset[str] = frozenset({"on"})
# the pronoun of an inverted verb: "a-t-il indiqué", "ont-ils précisé"
SPEAKER_PRONOUNS: frozenset[str] = frozenset(
    "il elle ils elles a-t-il a-t-elle ont-ils ont-elles t-il t-elle".split())
# "à l'AFP", "au Monde": the medium told, the relay
TOLD: frozenset[str] = frozenset({"à", "au", "aux"})
# "C'est ce qu'a indiqué X": the figures of the sentence before
REFER_BACK: tuple[str, ...] = ("c ' est ce qu", "ce sont les chiffres", "ces chiffres", "ce bilan",
                               "c ' est ce que")
# nouns of a document before its author ("selon le dernier bilan du ministère")
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """bilan bilans chiffres chiffre données rapport communiqué décompte décomptes comptage estimation
    estimations informations dernier derniers dernière dernières précédent précédents partiel
    partiels nouveau nouvelle
    provisoire provisoires officiel officiels officielle officielles premier premiers
    statistiques recensement""".split())
# "selon le bilan officiel": the official figures, with no author named
OFFICIAL_WORDS: frozenset[str] = frozenset({"officiel", "officiels", "officielle", "officielles"})
OFFICIAL_SOURCE = "bilan officiel"
# determiners dropped before a name ("le ministère" -> "ministère")
DETERMINERS: frozenset[str] = frozenset(
    "le la les l un une des du ce cette ces son sa ses leur leurs".split())
# a study that speaks for its own figures ("ce rapport évoque une fourchette"): its source
REPORT_NOUNS: frozenset[str] = frozenset("rapport étude enquête".split())
# words inside a name ("ministère de la Santé", "ministère de l'Intérieur")
NAME_LINKS: frozenset[str] = frozenset({"de", "du", "des", "d", "et", "pour", "en", "aux"})
# words that end a name read forward ("la police samedi", "les autorités qui")
NAME_STOPS: frozenset[str] = frozenset(
    """que qu qui quand lors après avant mais où dont a ont est sont était étaient avait
    avaient sera fait font dans sur par avec sans vers selon depuis pendant hier aujourd
    demain cette ce ces il elle ils elles on au aux à y soit ainsi puis alors également
    aussi encore déjà toujours jeudi vendredi samedi dimanche lundi mardi mercredi matin
    soir nuit midi plus moins près environ lui leur leurs ou ni tandis cependant toutefois""".split())
# media: a relay (via) when they report what someone else counted
MEDIA_WORDS: frozenset[str] = frozenset(
    """afp reuters ap efe belga xinhua ansa dpa bfmtv franceinfo rfi tf1 lci france24 cnn bbc
    tass agence journal quotidien hebdomadaire télévision chaîne radio médias média presse-agentur
    press le-monde libération aps map apa""".split())
# verbs of saying in more than one word ("fait état de 80 morts", "a fait savoir")
SAY_PHRASES: tuple[str, ...] = ("fait état", "faisait état", "font état", "faisaient état", "fait savoir",
                                "a évoqué", "avait évoqué", "parle de", "parlent de", "parlait de",
                                "parlaient de", "a parlé de", "ont parlé de", "avait parlé de")
# a gerund of saying takes the subject of the clause before ("..., précisant que")
GERUND_ENDINGS: tuple[str, ...] = ("ant",)
# the agent of a count ("un bilan communiqué par la préfecture"): its source
AGENT_WORDS: frozenset[str] = frozenset({"par"})
PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées", "i", "is", "ie", "u", "ue", "us")
# participles of counting whose agent is the source ("959 décès recensés par l'OIM")
COUNT_PARTICIPLES: tuple[str, ...] = ("recensé", "dénombré", "comptabilisé", "confirmé", "rapporté",
                                      "signalé", "annoncé", "enregistré", "notifié", "communiqué")
# nouns that speak without an article after a verb of saying ("ont indiqué témoins")
BARE_SPEAKERS: frozenset[str] = frozenset({"témoins", "sources", "secouristes", "habitants"})
# a time phrase between a verb of saying and its subject ("a annoncé dans la soirée le ...")
TIME_PREPOSITIONS: frozenset[str] = frozenset({"dans", "en", "lors", "vers", "durant", "pendant"})
# titles written with a full stop inside a name ("M. Otkay")
TITLES: frozenset[str] = frozenset({"m", "mm", "mme", "dr", "pr"})
# a title alone ("le ministre", "l'élu") is the person with that title named before
GENERIC_SPEAKERS: frozenset[str] = frozenset(
    """ministre élu élue maire préfet préfète responsable porte-parole fonctionnaire
    gouverneur président présidente directeur directrice officiel chef""".split())
# who a source is never
PRONOUNS: frozenset[str] = frozenset("il elle ils elles on nous vous lui eux ce cela ceci qui".split())

# adverbials between a verb of saying and its subject, or a subject and its verb
# ("a indiqué dimanche soir le ministère", "la police a aussi annoncé")
ADVERBIALS: frozenset[str] = frozenset(
    """soir matin nuit hier ce cette dernier dernière également aussi encore lors
    officiellement peu auparavant ensuite puis ainsi toutefois cependant désormais tôt tard""".split())
# words just before a figure that leave its qualifier where it is ("les 124", "déjà 12")
FILLERS: frozenset[str] = frozenset({"les", "déjà", "encore", "désormais"})
# words after which a verb of saying is inverted ("comme l'a indiqué X", "selon ce qu'a dit X")
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"que", "qu", "qui", "comme", "selon", "mais", "cependant", "toutefois", "pourtant"})

# ---------------------------------------------------------------- dates

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
MONTH_LINKS: frozenset[str] = frozenset()  # "14 juin": nothing between day and month
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"er"})  # "le 1er janvier"
WEEKDAYS: dict[str, int] = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
                            "samedi": 5, "dimanche": 6}
# a weekday to come is no figure's date ("lundi prochain")
FUTURE_WORDS: frozenset[str] = frozenset({"prochain", "prochaine"})
# days before publication: a word, or the words of a phrase ("aujourd ' hui", "la veille")
RELATIVE_DAYS: dict[str, int] = {"hier": 1, "aujourd ' hui": 0, "avant-hier": 2, "la veille": 1,
                                 "cette nuit": 0, "ce matin": 0, "ce soir": 0}
# a date that starts a period, not the day a figure is counted ("depuis le 14 juin")
SINCE_WORDS: frozenset[str] = frozenset({"depuis", "dès", "partir"})
# a figure the text places before its publication ("un précédent bilan faisait état de 31
# morts", "initialement"; not "un premier bilan", often the current one): as_of_basis "earlier"
EARLIER_MARKERS: frozenset[str] = frozenset("précédemment auparavant initialement jusque-là".split())
# ... and these adjectives beside a toll's noun ("un précédent bilan", "el balance anterior"; not
# "sans précédent", "sin previo aviso")
EARLIER_ADJECTIVES: frozenset[str] = frozenset("précédent précédente précédents antérieur".split())
# ... or before a contrast whose clause is set later ("..., mais quelques jours plus tard")
LATER_CONTRASTS: frozenset[str] = frozenset({"mais", "cependant", "pourtant"})
LATER_WORDS: frozenset[str] = frozenset("tard ensuite puis après".split())
TIME_SPANS: frozenset[str] = frozenset()
# the words that join a list whose figures go back with its first ("... de 31 morts, 12 blessés
# et 4 disparus"); an auxiliary opens another clause
LIST_JOINS: frozenset[str] = frozenset({",", "et"})
# "or" between two casualty words: one count of both kinds ("3 millions de blessés ou de sans-abri"),
# no toll of either
OR_WORDS: frozenset[str] = frozenset("ou".split())
# the word between two days of a span ("del 24 al 27 de octubre"): the first is a day, no count
RANGE_TO_WORDS: frozenset[str] = frozenset({"au", "à"})
# the words that open such a span of days ("entre el 25 y el 27", "del 24 al 27")
DAY_SPAN_OPENERS: frozenset[str] = frozenset({"entre", "du", "les", "des"})
# words of doubt, fear or a toll to come before a figure in its clause: the figure is hedged
# ("il y aura certainement plusieurs centaines de morts", "peut-être des milliers")
HEDGE_WORDS: frozenset[str] = frozenset(
    """peut-être probablement possiblement vraisemblablement pourrait pourraient risque risquent
    craint craignent crainte redoute redoutent aura auront aurait auraient devrait devraient
    prétendu prétendus prétendue prétendues supposé supposés rumeur rumeurs""".split())
# ... and the conditional right after a figure, before its verb ("12 personnes auraient été
# tuées"): reportedly, not known
HEDGE_AFTER: frozenset[str] = frozenset("aurait auraient pourrait pourraient".split())
# a year alone dates a figure after these ("en 2023"), as its own year
YEAR_PREPOSITIONS: frozenset[str] = frozenset({"en"})
# "au 14 juin", "à la date du 14 juin": the day of the count, for every figure of the sentence
AS_OF_WORDS: frozenset[str] = frozenset({"au", "du"})

# ---------------------------------------------------------------- sentences and places

# abbreviations whose full stop ends no sentence
ABBREVIATIONS: frozenset[str] = frozenset("m mm mme mmes dr pr st ste av etc env cf no vol p hab".split())
# "à Derna", "en Libye", "au Maroc", "dans la ville de Derna"
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"à", "en", "au", "aux", "dans"})
PLACE_KINDS: frozenset[str] = frozenset(
    """ville région province département commune localité village état préfecture
    gouvernorat quartier district île îles capitale banlieue agglomération wilaya
    territoire zone""".split())
# the capital a text does not name ("la capital del país registra 186 muertos"): a part of the area
CAPITAL_WORDS: frozenset[str] = frozenset({"capitale"})
COMPASS: frozenset[str] = frozenset(
    "nord sud est ouest centre nord-est nord-ouest sud-est sud-ouest".split())
# words between a place preposition and the name ("dans le nord de la Libye", "à l'est d'Alep")
PLACE_LINKS: frozenset[str] = frozenset({"'", "de", "du", "des", "d"})
# lower-case words inside a place's name ("Saint-Jean-de-Luz" is one token; "Côte d'Ivoire")
PLACE_NAME_LINKS: frozenset[str] = frozenset({"de", "d", "du", "des", "'"})

# ---------------------------------------------------------------- not counts of people

# a number before these counts no people ("12 %", "13 h", "20 km"), nor after these ("n° 5")
NOT_COUNTS_AFTER: frozenset[str] = frozenset({"%", "€", "$", "h", "heures", "km", "m", "kg", "°"})
# "una diferencia de cuatro víctimas": the gap between two counts is no count
GAP_NOUNS: frozenset[str] = frozenset("écart écarts différence différences".split())
NOT_COUNTS_BEFORE: frozenset[str] = frozenset({"$", "€", "£", "n", "n°", "no", "numéro", "us", "usd"})
# "de source policière", "de sources médicales": the source is the sources
SOURCE_WORDS: frozenset[str] = frozenset({"source", "sources"})
