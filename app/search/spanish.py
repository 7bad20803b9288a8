"""Spanish: Snowball's Spanish stemmer on folded words (accents removed first, on the index and
query sides alike, so "ectopico" is "ectópico"), stop and question words, weeks, months and
trimesters as people write them ("a las 16 semanas", "16 SDG", "a los 5 meses", "1er
trimestre"), a word list from pyspellchecker, and the ways of asking whether a loss was one's
fault ("¿fue mi culpa?", "yo lo causé")."""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache

import snowballstemmer
from spellchecker import SpellChecker

from app.search.analyzer import Analyzer
from app.search.text import fold

# A Snowball stemmer keeps the word it works on: one thread at a time.
_STEMMER = snowballstemmer.stemmer("spanish")
_LOCK = threading.Lock()


# Words Snowball gives the stem of another word they must not be one with: "sangre" (blood,
# as in every blood test) is not "sangrado" (bleeding).
OWN_STEMS = {"sangre": "sangre", "sangres": "sangre"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball Spanish stem of a folded word: "embarazadas" and "embarazo" are "embaraz",
    "ectopico" (typed without its accent) and "ectópico" (folded) are "ectop"."""
    own = OWN_STEMS.get(word)
    if own is not None:
        return own
    with _LOCK:
        return str(_STEMMER.stemWord(word))


@lru_cache(maxsize=65536)
def name_stem(word: str) -> str:
    """A name's word without its plural ending: "líneas" and "línea" are one; any other ending
    is the name's own."""
    if len(word) > 4 and word.endswith("es") and word[-3] in "dlnrs":
        return word[:-2]  # "hospitales", "organizaciones"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


STOP_WORDS = frozenset(
    [
        # Articles, prepositions, conjunctions, pronouns (Snowball's Spanish list, folded).
        *("a", "al", "ante", "con", "contra", "de", "del", "desde", "durante", "e", "el"),
        *("en", "entre", "hacia", "hasta", "la", "las", "lo", "los", "o", "para", "por", "que"),
        *("segun", "sin", "sobre", "tras", "u", "un", "una", "unas", "uno", "unos", "y", "ya"),
        *("me", "mi", "mis", "mio", "mia", "te", "ti", "tu", "tus", "se", "si", "su", "sus"),
        *("le", "les", "nos", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros"),
        *("nuestras", "yo", "el", "ella", "ellos", "ellas", "usted", "ustedes", "os", "conmigo"),
        *("este", "esta", "esto", "estos", "estas", "ese", "esa", "eso", "esos", "esas"),
        *("aquel", "aquella", "algo", "alguien", "algun", "alguna", "algunos", "algunas"),
        *("nada", "nadie", "ningun", "ninguna", "otro", "otra", "otros", "otras", "todo"),
        *("toda", "todos", "todas", "mucho", "mucha", "muchos", "muchas", "poco", "poca"),
        *("muy", "mas", "menos", "tan", "tanto", "tanta", "bien", "asi", "tambien", "tampoco"),
        *("pero", "porque", "pues", "aunque", "ni", "no", "como", "cuando", "donde", "mientras"),
        *("antes", "despues", "luego", "entonces", "ahi", "aqui", "alla", "aca", "solo"),
        # Question words ("¿qué es…?", "por qué", "cómo", "cuándo", "cuánto", "dónde").
        *("que", "cual", "cuales", "quien", "quienes", "cuanto", "cuanta", "cuantos", "cuantas"),
        *("adonde", "cuantas", "cuanto"),
        # Forms of ser, estar, haber, tener, poder, deber, ir, hacer, pasar, saber.
        *("ser", "es", "son", "soy", "eres", "somos", "fue", "fui", "fueron", "era", "eran"),
        *("sea", "sean", "sido", "siendo", "sera", "seria", "estar", "esta", "estan", "estoy"),
        *("estaba", "estaban", "estuve", "estuvo", "este", "estado", "estando", "estas"),
        *("haber", "he", "ha", "han", "has", "hay", "habia", "habian", "hubo", "haya", "hayan"),
        *("habra", "habria", "tener", "tengo", "tiene", "tienen", "tienes", "tenia", "tenian"),
        *("tuve", "tuvo", "tuvimos", "tuvieron", "tenga", "tengan", "tenido", "teniendo"),
        *("poder", "puedo", "puede", "pueden", "puedes", "podemos", "podria", "podrian"),
        *("pude", "pudo", "deber", "debo", "debe", "deben", "deberia", "ir", "voy"),
        *("va", "van", "vamos", "iba", "hacer", "hago", "hace", "hacen", "hizo", "hecho"),
        *("pasa", "pasar", "paso", "pasara", "pasado", "sucede", "ocurre", "normal", "favor"),
        *("causa", "causar", "causan", "causas", "causo", "causado", "provoca", "provocar"),
        *("provoco", "significa", "quiere", "decir", "hola", "gracias", "ok", "vez", "veces"),
    ]
)
WEEK_UNIT = r"(?:semanas?|sem|sems|sdg)"  # "SDG": semanas de gestación
WEEK_PATTERNS = (
    re.compile(rf"\b(\d{{1,2}})\s*(?:-\s*)?{WEEK_UNIT}\b"),  # 16 semanas, 16sem, 16 SDG
    re.compile(r"\b(\d{1,2})(?:a|va|ta|ma|na|o)\s+semana\b"),  # la 16a (16ª) semana
    re.compile(rf"\b{WEEK_UNIT}\s*(?:numero\s*)?(\d{{1,2}})\b"),  # semana 16
)
# Months, where the text says they are months of a pregnancy, not months since a loss.
MONTH_PATTERNS = (
    re.compile(r"\b(\d{1,2})\s*mes(?:es)?\s+de\s+(?:embarazo|embarazada|gestacion)\b"),
    re.compile(r"\bembarazada\s+de\s+(\d{1,2})\s*mes(?:es)?\b"),
    re.compile(r"\b(?:tenia|tengo|con|llevaba|cumpli)\s+(\d{1,2})\s*mes(?:es)?\b"),
    re.compile(
        r"\ba\s+los\s+(\d{1,2})\s*mes(?:es)?\b"
        r"(?!\s+(?:del|de\s+(?:la|los|las|un|una|mi|su)|despues|tras)\b)"
    ),
)
ORDINAL = r"primer|primero|1er|1ro|1o|1|segundo|2do|2o|2|tercer|tercero|3er|3ro|3o|3"
TRIMESTER_PATTERNS = (
    re.compile(rf"\b({ORDINAL})(?:\s|-)*trimestres?\b"),  # segundo trimestre, 1er trimestre
    re.compile(r"\btrimestres?\s*(1|2|3|uno|dos|tres)\b"),  # trimestre 2
)
TRIMESTER_NAMES = {
    **dict.fromkeys(("primer", "primero", "1er", "1ro", "1o", "1", "uno"), "first"),
    **dict.fromkeys(("segundo", "2do", "2o", "2", "dos"), "second"),
    **dict.fromkeys(("tercer", "tercero", "3er", "3ro", "3o", "3", "tres"), "third"),
}
# "¿Fue mi culpa?", "yo lo causé", "me culpo", "¿qué hice mal?", "¿lo pude haber evitado?",
# "¿fue porque cargué algo pesado?", "me siento culpable", "mi cuerpo falló".
FAULT = re.compile(
    r"\b(?:(?:mi|nuestra|su|tu) culpa|culpa (?:mia|nuestra)|me culpo|nos culpamos|"
    r"culpandome|culparme|(?:yo )?lo (?:cause|causamos|provoque)|yo (?:cause|provoque)|"
    r"cause (?:mi|el|la|que|yo)|(?:hice|hicimos) (?:algo )?mal|(?:que|algo) (?:hice|hicimos)|"
    r"(?:pude|pudimos|podria|podriamos|podia) (?:haberlo |haber )?(?:evitado|prevenido|"
    r"evitarlo|prevenirlo|hacer algo)|(?:fue|sera) por(?:que)? (?:yo|mi|cargue|trabaje|hice)|"
    r"culpable|mi cuerpo (?:fallo|fracaso|no sirve))\b"
)
# Feelings after a loss, in the words people use. "Rota" only as a feeling: "la bolsa rota"
# asks about the body.
FEELING = re.compile(
    r"\b(?:miedo|asustad[ao]s?|aterrad[ao]s?|preocupad[ao]s?|nervios[ao]s?|culpable|culpa|"
    r"triste(?:za)?|deprimid[ao]s?|depresion|ansiedad|ansios[ao]s?|angusti\w*|panico|"
    r"enojad[ao]s?|rabia|coraje|celos\w*|envidia|destrozad[ao]s?|devastad[ao]s?|"
    r"desconsolad[ao]s?|me siento sol[ao]|llor\w*|duelo|desesperad[ao]s?|no puedo mas|"
    r"sin esperanza|(?:me siento|estoy|corazon)(?: muy| tan| completamente)? rot[ao]|"
    r"rot[ao] por dentro|no lo supero)\b"
)
SOFT_WORDS = frozenset(
    [
        *("miedo", "asustada", "asustado", "preocupada", "preocupado", "nerviosa", "nervioso"),
        *("culpa", "culpable", "culpo", "mal", "evitado", "evitar", "prevenir", "fallo"),
        *("todavia", "aun", "sigue", "siguen", "sigo", "pronto", "proximo", "proxima"),
        *("siguiente", "necesito", "necesita", "quiero", "queria", "saber", "ayuda", "ahora"),
        *("seguro", "segura", "tiempo", "largo", "algo", "dejar", "parar", "ocurrio"),
        *("sucedio", "siento", "pienso", "creo", "hice"),
    ]
)
TYPE_WORDS = {
    **dict.fromkeys(("sintoma", "sintomas", "senal", "senales", "signo", "signos"), "symptoms"),
    **dict.fromkeys(("pruebas", "analisis", "examenes", "estudios"), "diagnostic-tests"),
    **dict.fromkeys(("tratamiento", "tratamientos", "opciones"), "treatments"),
    **dict.fromkeys(("organizacion", "organizaciones", "asociacion"), "organizations"),
}
COUNTRIES = {
    **dict.fromkeys(("uk", "reino", "unido", "inglaterra", "britanico", "britanica"), "GB"),
    **dict.fromkeys(("escocia", "gales", "londres"), "GB"),
    **dict.fromkeys(("usa", "eeuu", "eua", "ee", "uu", "estados", "unidos"), "US"),
    **dict.fromkeys(("estadounidense",), "US"),
}
# Endings of inflected forms and what their lemma (the form a dictionary lists) ends in: the
# word list has "perder" and "embarazado", not "perdí" and "embarazadas".
INFLECTIONS = (
    ("es", ("",)),
    ("s", ("",)),
    ("as", ("o", "a")),
    ("a", ("o",)),
    *((ending, ("ar",)) for ending in ("e", "o", "as", "a", "an", "aste", "amos", "aron")),
    *((ending, ("ar",)) for ending in ("ando", "ado", "ada", "ados", "adas", "aba", "aban")),
    *((ending, ("er", "ir")) for ending in ("i", "io", "iste", "imos", "ieron", "iendo")),
    *((ending, ("er", "ir")) for ending in ("ido", "ida", "idos", "idas", "ia", "ian")),
    *((ending, ("er", "ir")) for ending in ("e", "es", "en", "o", "emos")),
)


@cache
def _words() -> frozenset[str]:
    """pyspellchecker's Spanish word list, folded (so "ectópico" would be "ectopico")."""
    return frozenset(fold(word) for word in SpellChecker(language="es").word_frequency)


def is_word(word: str) -> bool:
    """Whether a folded word is a Spanish word: in the list, or an inflected form of a word in
    it ("perdi" of "perder", "embarazadas" of "embarazado")."""
    known = _words()
    if word in known:
        return True
    for ending, lemmas in INFLECTIONS:
        if len(word) > len(ending) + 2 and word.endswith(ending):
            base = word[: -len(ending)]
            if any(base + lemma in known for lemma in lemmas):
                return True
    return False


SPANISH = Analyzer(
    language="es",
    stem=stem,
    name_stem=name_stem,
    stop_words=STOP_WORDS,
    week_patterns=WEEK_PATTERNS,
    trimester_patterns=TRIMESTER_PATTERNS,
    trimester_names=TRIMESTER_NAMES,
    is_word=is_word,
    soft_words=SOFT_WORDS,
    after_words=frozenset({"despues", "tras", "desde", "luego"}),
    # Not "perdidas": "tengo perdidas" is mostly said of bleeding or spotting.
    loss_words=frozenset(
        {"perdida", "perdida del embarazo", "perdida gestacional", "aborto espontaneo"}
    ),
    type_words=TYPE_WORDS,
    countries=COUNTRIES,
    intents={"fault": FAULT, "feeling": FEELING},
    intent_names={"feeling": ("triste", "duelo", "salud mental")},
    month_patterns=MONTH_PATTERNS,
    letters="áéíóúüñÁÉÍÓÚÜÑ¿¡",
)
