"""Word lists that tell the language of an article (language.py): the commonest function
words of each language the tracker meets, and the letters only some Cyrillic alphabets have.

Data only, like lexicon.py: a language is recognised by how many of its function words a
text's opening uses, which costs one pass over a few hundred words.
"""

from __future__ import annotations

# The languages the extractor reads (extraction.extract_claims dispatches on them).
READ_LANGUAGES: tuple[str, ...] = ("en", "ru", "fr", "es")
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "ru": "Russian", "fr": "French", "es": "Spanish", "de": "German",
    "it": "Italian", "pt": "Portuguese", "uk": "Ukrainian", "kk": "Kazakh", "bg": "Bulgarian",
    "sr": "Serbian",
}

# Function words of the languages written in Latin letters; a word two languages share
# ("de", "la", "en") counts for both, and only a clear majority decides.
LATIN_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is was were are said by with for that from on has have it".split()),
    "fr": frozenset("le la les des du et est une un dans pour que qui sur au aux ont été selon il à "
                    "par avec sont ce cette leur plus mais entre".split()),
    "es": frozenset("el la los las del y en que por una un con para fueron según se al es lo entre "
                    "más tras también como pero sus este esta fue han dijo".split()),
    "de": frozenset("der die das und ist nicht mit von den dem wurden sind ein eine sich auch im".split()),
    "it": frozenset("il di che della nel sono gli una per con del dei alla anche è stati".split()),
    "pt": frozenset("o os da do das dos em que uma um com para foram não segundo pelo pela".split()),
}

# Letters (and marks) of one Latin-script language among these: in a short opening with no
# English function word they count as that language's words ("Le bilan s'élève à 3 000 morts")
LATIN_LETTERS: dict[str, str] = {"fr": "àèêçœù", "es": "ñ¿¡áíóú", "de": "äöüß", "pt": "ãõáíóúâêô"}

# English words no other language here writes: four of them in an opening decide at once
ENGLISH_MARKERS: frozenset[str] = frozenset({"the", "of", "and", "was", "were", "said", "with"})

# Letters of Cyrillic alphabets other than Russian's: a text that uses them is not Russian.
OTHER_CYRILLIC_LETTERS: dict[str, str] = {
    "uk": "іїєґ",
    "kk": "әғқңөұүһі",
    "sr": "јљњћђџ",
}
# Russian's own letters (none of Ukrainian, Serbian or Bulgarian has both)
RUSSIAN_LETTERS = "ыэ"
