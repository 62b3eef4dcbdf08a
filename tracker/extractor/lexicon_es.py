"""The Spanish word lists: casualty words, number words, qualifiers, attribution, dates,
places.

Data only, with the names of lexicon_fr.py one for one (romance_words.Lexicon lists
them); the grammar that reads them is romance.py's. Words are lower case, with their
accents.
"""

from __future__ import annotations

from ..models import Category, Qualifier

CODE = "es"  # ISO 639-1; also dateparser's language

# ---------------------------------------------------------------- casualty words

# stem -> category: a word form that starts with the stem is a casualty word
CASUALTY_STEMS: dict[str, Category] = {
    "muert": "killed", "murier": "killed", "murió": "killed", "fallec": "killed", "asesinad": "killed",
    "ahogad": "killed", "cadáver": "killed", "calcinad": "killed",
    "herid": "injured", "hospitaliz": "injured",
    "desaparecid": "missing", "desaparecier": "missing", "desaparici": "missing",
    "desplazad": "displaced", "evacuad": "displaced", "refugiad": "displaced", "damnificad": "displaced",
    "desalojad": "displaced", "albergad": "displaced",
    "detenid": "arrested", "arrestad": "arrested", "capturad": "arrested", "aprehendid": "arrested",
    "detencion": "arrested", "deceso": "killed", "arresto": "arrested", "detuv": "arrested",
    "arrestó": "arrested",
    "hiri": "injured", "asesin": "killed", "lesion": "injured",
}
NOT_CASUALTY_STEMS: tuple[str, ...] = ("muerte-", "heridas-")
# exact forms where a stem would catch other words ("vida" of "la vida cotidiana" is read
# only with a number near it)
CASUALTY_FORMS: dict[str, Category] = {
    **dict.fromkeys("muerte muertes víctimas víctima vida vidas cuerpos mataron mató matando "
                    "perecieron pereció murieron".split(), "killed"),
    **dict.fromkeys("huyeron huir".split(), "displaced"),
}
VICTIM_WORDS: frozenset[str] = frozenset({"víctima", "víctimas"})
PEOPLE_NOUNS: frozenset[str] = frozenset(
    """persona personas gente habitantes habitante civiles civil niños niñas niño niña menores
    mujeres mujer hombres hombre soldados soldado militares militar policías policía agentes
    agente migrantes migrante pasajeros pasajero estudiantes alumnos turistas mineros obreros
    trabajadores manifestantes miembros bomberos rescatistas socorristas fieles espectadores
    residentes vecinos pobladores aldeanos adultos bebés jóvenes adolescentes combatientes
    rebeldes yihadistas terroristas atacantes sospechosos pacientes presos reos reclusos
    internos rehenes pescadores marinos periodistas empleados individuos clientes aficionados
    uniformados efectivos elementos guardias palestinos israelíes libaneses sirios ucranianos
    rusos mexicanos colombianos venezolanos ecuatorianos peruanos chilenos argentinos
    españoles haitianos marroquíes turcos afganos connacionales""".split())
NOT_PEOPLE_STEMS: tuple[str, ...] = (
    "casa", "vivienda", "edificio", "inmueble", "vehículo", "coche", "carro", "auto", "camión",
    "animal", "cabeza", "res", "perro", "hectárea", "kilómetro", "km", "metro", "hora", "minuto",
    "día", "año", "mes", "semana", "euro", "dólar", "peso", "por", "tonelada", "litro", "grado",
    "municipio", "pueblo", "país", "región", "provincia", "escuela", "hospital", "avión",
    "barco", "arma", "bala", "cohete", "misil", "dron", "kilo", "llamada",
)
GROUP_STEMS: dict[str, str] = {
    "niñ": "children", "menor": "children", "bebé": "children", "alumn": "children",
    "adolescent": "children", "mujer": "women", "soldad": "soldiers", "militar": "soldiers",
    "policía": "police", "agente": "police", "uniformad": "police", "guardia": "police",
    "civil": "civilians", "combatient": "militants", "rebelde": "militants", "yihadist": "militants",
    "terrorist": "militants", "atacant": "militants", "agresor": "militants", "kamikaze": "militants",
    "miner": "miners", "bomber": "firefighters",
    "rescatist": "rescuers", "migrant": "migrants", "periodist": "journalists",
    "palestin": "Palestinians", "israel": "Israelis", "extranjer": "foreigners",
}
BEFORE_NOUN: frozenset[str] = frozenset({"otros", "otras", "nuevos", "nuevas", "primeros", "últimos"})
OF_WORDS: frozenset[str] = frozenset({"de"})
AUXILIARIES: frozenset[str] = frozenset(
    """ha han había habían habría habrían son fueron fue era eran es ser sido resultaron
    resultó quedaron quedó están estaban se ya también además oficialmente permanecen
    continúan siguen siendo reportados reportadas dados dadas""".split())

# ---------------------------------------------------------------- numbers

NUMBER_WORDS: dict[str, int] = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintidós": 22,
    "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700,
    "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900, "mil": 1000,
}
ONE_WORDS: frozenset[str] = frozenset({"un", "uno", "una"})
NUMBER_LINKS: frozenset[str] = frozenset({"y"})
SCALES: dict[str, int] = {"millón": 1_000_000, "millones": 1_000_000, "mil": 1_000,
                          "millardo": 1_000_000_000, "millardos": 1_000_000_000}
ABOUT_NUMBERS: dict[str, int] = {"decena": 10, "docena": 12, "veintena": 20, "treintena": 30,
                                 "centenar": 100, "millar": 1_000}
VAGUE_UNITS: dict[str, tuple[int, int]] = {
    "decenas": (10, 99), "docenas": (12, 99), "cientos": (100, 999), "centenares": (100, 999),
    "miles": (1_000, 9_999), "millares": (1_000, 9_999), "millones": (1_000_000, 9_999_999),
}
VAGUE_MULTIPLIERS: dict[str, tuple[int, int]] = {"varios": (3, 9), "varias": (3, 9), "algunos": (2, 9),
                                                 "algunas": (2, 9)}
VAGUE_SCALES: dict[str, int] = {"decenas": 10, "cientos": 100, "centenares": 100, "miles": 1_000,
                                "millares": 1_000, "millones": 1_000_000}

# ---------------------------------------------------------------- qualifiers

QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least",
    "no menos de": "at_least", "un mínimo de": "at_least", "mínimo": "at_least",
    "más de": "more_than", "poco más de": "more_than", "algo más de": "more_than",
    "supera los": "more_than", "superan los": "more_than", "superaron los": "more_than",
    "superó los": "more_than", "supera las": "more_than", "superar los": "more_than",
    "superar las": "more_than", "superando los": "more_than", "superando las": "more_than",
    "superó las": "more_than", "supera": "more_than", "superó": "more_than",
    "rebasa los": "more_than", "rebasó los": "more_than", "sobrepasa los": "more_than",
    "cerca de": "about", "unos": "about", "unas": "about", "alrededor de": "about",
    "aproximadamente": "about", "casi": "about", "en torno a": "about", "en torno a los": "about",
    "unos aproximadamente": "about", "aproximadamente unos": "about", "prácticamente": "about",
    "hasta": "at_most", "menos de": "at_most", "como máximo": "at_most", "un máximo de": "at_most",
    "un total de": "exact",
}
UP_TO = "hasta"
GROWTH_STEMS: tuple[str, ...] = ("aument", "ascend", "asciend", "elev", "subi", "sube", "creci", "crece",
                                 "increment")
RANGE_OPENERS: dict[str, str] = {"entre": "y", "de": "a"}

# ---------------------------------------------------------------- tolls

TOLL_NOUNS: frozenset[str] = frozenset(
    {"balance", "número", "cifra", "saldo", "total", "conteo", "recuento", "horquilla"})
DEATH_TOLL_NOUNS: frozenset[str] = frozenset({"balance", "saldo"})
TOLL_VERB_STEMS: tuple[str, ...] = ("asciend", "ascend", "elev", "alcanz", "lleg", "sub", "aument", "super",
                                    "sum", "es", "era", "fue", "quedó", "situ", "increment", "creci", "rebas",
                                    "sobrepas", "cifr", "establ", "mantien", "mantuv", "pas", "ratific",
                                    "son", "eran")
# "esa cifra", "este balance": a toll that counts what the figure before it counts
POINTING_BACK: frozenset[str] = frozenset({"esa", "esta", "este", "ese", "dicha", "dicho"})
TOLL_FILLERS: frozenset[str] = frozenset(
    {"a", "de", "en", "los", "las", "hasta", "ya", "ahora", "provisional", "oficial", "al", "menos",
     "más", "por", "lo", "unos", "unas", "cerca", "casi", "alrededor", "se", "situó"})
PART_PHRASES: tuple[str, ...] = (
    "de los que", "de las que", "entre ellos", "entre ellas", "de ellos", "de ellas", "de los cuales",
    "de las cuales", "incluidos",
    "incluidas", "incluyendo", "entre los que", "entre las que", "entre los cuales", "entre las cuales",
    "entre las víctimas", "entre los muertos", "entre los fallecidos", "entre los heridos",
    # "los primeros seis cadáveres rescatados": the first found, a part of the toll
    "los primeros", "las primeras")
# the same after the number: "211 de ellas", "seis de los cuales"
PART_AFTER: tuple[str, ...] = ("de ellos", "de ellas", "de los cuales", "de las cuales", "entre ellos",
                               "entre ellas")
# "otros diez cadáveres", "con estos ocho cuerpos rescatados suma 99": one more count, added to a toll
ANOTHER: frozenset[str] = frozenset({"otros", "otras", "estos", "estas"})

# ---------------------------------------------------------------- attribution

ACCORDING: tuple[str, ...] = ("según", "de acuerdo con", "de acuerdo a", "conforme a", "según datos de",
                              "según cifras de")
CITING: tuple[str, ...] = ("citando a", "citando", "citado por", "citada por", "citados por", "citadas por",
                           "con base en")
SAY_VERBS: frozenset[str] = frozenset(
    """informó informa informaron informan informado dijo dice dicen dijeron declaró declara
    declararon señaló señala señalaron indicó indica indicaron afirmó afirma afirmaron aseguró
    asegura aseguraron precisó precisa confirmó confirma confirmaron confirmado reportó reporta
    reportaron reportado anunció anuncia anunciaron explicó explica agregó agrega añadió
    añade detalló detalla manifestó sostuvo apuntó comunicó reveló revela contabilizó cifró
    registró registra publicó escribió relató lamentó advirtió estimó calculó reconoció
    reconoce reportan agregando señalando indicando precisando ratificando informando asegurando
    afirmando explicando detallando confirmando
    elevó eleva elevan elevaron elevado elevaba rebajó rebaja rebajado situó sitúa situaba cifra
    cifraba cifran cifrado actualizó actualiza actualizado indican señalan afirman aseguran precisan
    confirman apuntan explican detallan difundido difundió difunde emitido emitió baraja barajan
    barajaba teme temen temía temían fijó fija fijan fijaron fijado situaron
    """.split())  # "La Generalitat elevó a 158"
SAY_PHRASES: tuple[str, ...] = ("dio cuenta", "daba cuenta", "da cuenta", "dan cuenta", "dio a conocer",
                                "hablaba", "habló", "hablaban", "hablaron", "habla", "hablan",
                                "ha hablado", "han hablado")
GERUND_ENDINGS: tuple[str, ...] = ("ando", "iendo")
AGENT_WORDS: frozenset[str] = frozenset({"por"})
PARTICIPLE_ENDINGS: tuple[str, ...] = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
COUNT_PARTICIPLES: tuple[str, ...] = ("registrad", "contabilizad", "confirmad", "reportad", "informad",
                                      "contad", "documentad", "notificad", "comunicad")
# nouns that speak without an article after a verb of saying ("informaron autoridades")
BARE_SPEAKERS: frozenset[str] = frozenset(
    "autoridades fuentes testigos vecinos medios rescatistas socorristas funcionarios familiares".split())
TIME_PREPOSITIONS: frozenset[str] = frozenset({"en", "durante", "tras", "hacia"})
TITLES: frozenset[str] = frozenset({"sr", "sra", "dr", "dra", "lic", "ing", "gral"})
GENERIC_SPEAKERS: frozenset[str] = frozenset(
    """ministro ministra funcionario funcionaria alcalde alcaldesa gobernador gobernadora
    portavoz vocero vocera presidente presidenta director directora responsable titular
    jefe jefa""".split())
# verbs of saying that are nouns after a determiner ("la cifra de", "la porte")
NOUN_LIKE_SAYS: frozenset[str] = frozenset("cifra cifras".split())
# the dead identified so far, a group of the toll ("han identificado a 133 víctimas"); after
# "sin"/"non", the unidentified
IDENTIFIED_STEMS: tuple[str, ...] = ("identific",)
WITHOUT_WORDS: frozenset[str] = frozenset({"sin", "no"})
# a home, after "sans"/"sin": the homeless are displaced ("1 500 personnes sans abri")
SHELTER_WORDS: frozenset[str] = frozenset("hogar hogares techo vivienda".split())
# the nouns of a count of cases whose "de" names what is counted ("89 casos de desaparecidos",
# "50 expedientes activos de desaparición")
CASE_NOUNS: frozenset[str] = frozenset("caso casos expediente expedientes denuncia denuncias".split())
# the pronoun of a relative clause on the casualty word before its comma ("los desaparecidos, que
# se habían elevado a 93")
RELATIVE_WORDS: frozenset[str] = frozenset({"que"})
# newspapers whose article is part of their title ("El País", "Le Monde"): media, named with it
MEDIA_TITLES: frozenset[str] = frozenset({
    "el país", "el mundo", "el español", "la vanguardia", "la razón", "el confidencial",
    "el periódico", "el debate", "las provincias", "la sexta", "el diario", "la nación",
    "el universal", "el tiempo", "la jornada", "el comercio",
})
# a place given "alone" is one place's share of the toll ("sólo en la provincia de Valencia")
ALONE_WORDS: frozenset[str] = frozenset({"sólo", "solo", "solamente", "únicamente"})
# how bad injuries are, after the count of the injured: a group of them ("67 blessés graves")
SEVERE_WORDS: frozenset[str] = frozenset(
    "graves grave gravedad gravemente crítico críticos crítica críticas".split())
MINOR_WORDS: frozenset[str] = frozenset("leves leve levemente".split())
# verbs of saying that set a toll: they speak only before the toll they set ("porte à 39", not
# "porté disparu"), and never for an event ("L'incendie porte à 12 le nombre de morts")
TOLL_SAYS: frozenset[str] = frozenset(
    """elevó eleva elevan elevaron elevado elevaba rebajó rebaja rebajado situó sitúa situaba cifra
    cifraba cifran cifrado fijó fija fijan fijaron fijado situaron""".split())
TOLL_SAY_LINKS: frozenset[str] = frozenset("a al en".split())
EVENT_NOUNS: frozenset[str] = frozenset(
    """incendio terremoto sismo seísmo temblor telúrico réplica huracán tormenta temporal dana
    inundación inundaciones riada riadas explosión atentado ataque accidente naufragio catástrofe
    tragedia deslave alud tornado tifón epidemia""".split())
# words between an event's noun and its day ("el terremoto del pasado sábado 16 de abril"), besides
# determiners, "de" and weekdays: the day is the event's, not a count's
EVENT_DAY_LINKS: frozenset[str] = frozenset("pasado pasada último última".split())
# an event's strength between its noun and its day ("el terremoto de magnitud 8,2 del 7 de septiembre")
MAGNITUDE_WORDS: frozenset[str] = frozenset({"magnitud"})
# a body told one at a time ("un cadáver") is an individual, as a person is
BODY_NOUNS: frozenset[str] = frozenset("cadáver cadáveres cuerpo restos".split())
# whereabouts unknown: the missing ("en paradero desconocido", "se desconoce el paradero de 231")
WHEREABOUTS: frozenset[str] = frozenset({"paradero"})
UNKNOWN_STEMS: tuple[str, ...] = ("desconoc",)
# ... and found since ("150 personas que permanecían en paradero desconocido ya han sido
# localizadas"): no count of the missing
FOUND_STEMS: tuple[str, ...] = ("localizad", "encontrad", "hallad", "ubicad")
# words that open a sentence going on with the speaker of the sentence before ("Además, 4.027
# personas han sido atendidas")
GOING_ON: tuple[tuple[str, ...], ...] = (("además",), ("asimismo",), ("igualmente",))
# the living: words that say the people are alive ("113 han sido rescatadas con vida"), no count
# of the dead
ALIVE_PHRASES: frozenset[str] = frozenset({"con vida"})
# the definite articles: a count they name is known, no toll feared ("un homenaje a los 12 fallecidos")
DEFINITE_ARTICLES: frozenset[str] = frozenset({"el", "la", "los", "las"})
# the change of a toll: its figure is by how much, no count ("un bilan en hausse d'un décès")
CHANGE_NOUNS: frozenset[str] = frozenset("aumento alza incremento descenso subida".split())
# adjectives before a document whose author follows ("le dernier bilan du ministère")
DOCUMENT_MODIFIERS: frozenset[str] = frozenset("último última nuevo nueva primer primera reciente".split())
# verbs of saying a fear: their subject stands before them, never after ("qui craint le pire")
FEAR_SAYS: frozenset[str] = frozenset("teme temen temía temían".split())
# the pronoun of an impersonal verb: "se informó", "se sitúa en 89" (no one says it)
IMPERSONAL: frozenset[str] = frozenset({"se"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset("él ella ellos ellas".split())
TOLD: frozenset[str] = frozenset({"a", "al"})
REFER_BACK: tuple[str, ...] = ("así lo", "así lo informó", "lo informó", "lo confirmó", "estas cifras",
                               "este balance", "esa cifra", "esta cifra")
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """balance balances cifras cifra datos dato informe informes comunicado recuento conteo
    reporte reportes estimación estimaciones información anterior anteriores parcial
    parciales preliminar preliminares último últimos
    última últimas nuevo nueva provisional provisionales oficial oficiales primer primeros
    estadísticas boletín parte""".split())
OFFICIAL_WORDS: frozenset[str] = frozenset({"oficial", "oficiales"})
OFFICIAL_SOURCE = "balance oficial"
DETERMINERS: frozenset[str] = frozenset("el la los las lo un una unos unas del al este esta estos estas "
                                        "su sus".split())
# a study that speaks for its own figures ("el informe cifra en 46.000"): its source
REPORT_NOUNS: frozenset[str] = frozenset("informe estudio investigación".split())
NAME_LINKS: frozenset[str] = frozenset({"de", "del", "y", "para", "e"})
NAME_STOPS: frozenset[str] = frozenset(
    """que quien quienes cuando tras antes pero donde cuyo cuya ha han es son fue fueron era
    eran había habían será hizo hacen con sin hacia según desde durante ayer hoy mañana
    este esta estos estas ese esa él ella ellos ellas se al a lunes martes miércoles jueves
    viernes sábado domingo noche tarde madrugada mediodía más menos cerca unos unas le les
    lo ya así luego entonces también además aunque mientras o ni sino por""".split())
MEDIA_WORDS: frozenset[str] = frozenset(
    """afp reuters ap efe europa press xinhua ansa dpa notimex télam telam cnn bbc tass
    agencia diario periódico televisión televisora cadena radio emisora medio medios
    noticiero semanario rtve telemundo univision infobae""".split())
PRONOUNS: frozenset[str] = frozenset(
    "él ella ellos ellas nosotros usted ustedes le les lo se quien esto eso".split())

# adverbials between a verb of saying and its subject, or a subject and its verb
ADVERBIALS: frozenset[str] = frozenset(
    """ayer hoy este esta pasado pasada noche tarde mañana también ya además
    oficialmente anoche luego después antes asimismo""".split())
# words just before a figure that leave its qualifier where it is ("los 124", "ya 12")
FILLERS: frozenset[str] = frozenset({"los", "las", "ya", "aún", "todavía"})
# words after which a verb of saying is inverted ("como informó X", "según dijo X")
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"que", "quien", "como", "según", "pero", "aunque", "sino", "mientras"})

# ---------------------------------------------------------------- dates

MONTHS: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
MONTH_LINKS: frozenset[str] = frozenset({"de"})  # "14 de junio de 2010"
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"º", "o"})  # "el 1º de enero"
WEEKDAYS: dict[str, int] = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4,
                            "sábado": 5, "domingo": 6}
FUTURE_WORDS: frozenset[str] = frozenset({"próximo", "próxima", "que viene"})
RELATIVE_DAYS: dict[str, int] = {"ayer": 1, "hoy": 0, "anoche": 1, "anteayer": 2, "antier": 2,
                                 "la víspera": 1, "esta mañana": 0, "esta madrugada": 0}
SINCE_WORDS: frozenset[str] = frozenset({"desde", "partir"})
# a figure the text places before its publication ("un balance anterior cifraba en 31",
# "inicialmente"; not "un primer balance", often the current one): as_of_basis "earlier"
EARLIER_MARKERS: frozenset[str] = frozenset("anteriormente previamente inicialmente".split())
# ... and these adjectives beside a toll's noun ("un précédent bilan", "el balance anterior"; not
# "sans précédent", "sin previo aviso")
EARLIER_ADJECTIVES: frozenset[str] = frozenset("anterior anteriores previo".split())
# ... or before a contrast whose clause is set later ("..., pero días después")
LATER_CONTRASTS: frozenset[str] = frozenset({"pero", "embargo"})
LATER_WORDS: frozenset[str] = frozenset("después tarde luego posteriormente".split())
TIME_SPANS: frozenset[str] = frozenset()
# the words that join a list whose figures go back with its first ("... de 31 morts, 12 blessés
# y 4 disparus"); an auxiliary opens another clause
LIST_JOINS: frozenset[str] = frozenset({",", "y"})
# "or" between two casualty words: one count of both kinds ("3 millones de heridos o damnificados"),
# no toll of either
OR_WORDS: frozenset[str] = frozenset("o u".split())
# the word between two days of a span ("del 24 al 27 de octubre"): the first is a day, no count
RANGE_TO_WORDS: frozenset[str] = frozenset({"al", "a"})
# the words that open such a span of days ("entre el 25 y el 27", "del 24 al 27")
DAY_SPAN_OPENERS: frozenset[str] = frozenset({"entre", "del", "desde"})
# words of doubt, fear or a toll to come before a figure in its clause: the figure is hedged
# ("podría haber cientos de muertos", "se teme que haya decenas de víctimas")
HEDGE_WORDS: frozenset[str] = frozenset(
    """quizá quizás posiblemente probablemente podría podrían teme temen temía temían habrá
    habría supuesto supuestos supuesta supuestas bulo bulos rumor rumores presunto presuntos""".split())
# ... and the conditional right after a figure, before its verb ("12 personas habrían muerto"):
# reportedly, not known
HEDGE_AFTER: frozenset[str] = frozenset("habría habrían podría podrían".split())
YEAR_PREPOSITIONS: frozenset[str] = frozenset({"en"})
AS_OF_WORDS: frozenset[str] = frozenset({"al", "hasta"})

# ---------------------------------------------------------------- sentences and places

ABBREVIATIONS: frozenset[str] = frozenset(
    "sr sra srta dr dra uu ee av núm no etc aprox p gral lic ing".split())
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"en"})
PLACE_KINDS: frozenset[str] = frozenset(
    """ciudad región provincia estado municipio localidad departamento comunidad pueblo
    distrito barrio comuna capital colonia alcaldía isla islas zona territorio cantón
    parroquia""".split())
# the capital a text does not name ("la capital del país registra 186 muertos"): a part of the area
CAPITAL_WORDS: frozenset[str] = frozenset({"capital"})
COMPASS: frozenset[str] = frozenset("norte sur este oeste centro noreste noroeste sureste suroeste".split())
# words between a place preposition and the name ("en el norte de México")
PLACE_LINKS: frozenset[str] = frozenset({"de", "del"})
# lower-case words inside a place's name ("Ciudad de México", "San Pedro de la Paz")
PLACE_NAME_LINKS: frozenset[str] = frozenset({"de", "del", "la", "los", "las"})

# ---------------------------------------------------------------- not counts of people

NOT_COUNTS_AFTER: frozenset[str] = frozenset({"%", "€", "$", "h", "horas", "km", "m", "kg", "°"})
# "una diferencia de cuatro víctimas": the gap between two counts is no count
GAP_NOUNS: frozenset[str] = frozenset("diferencia diferencias".split())
NOT_COUNTS_BEFORE: frozenset[str] = frozenset({"$", "€", "£", "n", "nº", "no", "número", "us", "usd"})
# "de fuentes policiales": the source is the sources
SOURCE_WORDS: frozenset[str] = frozenset({"fuente", "fuentes"})
