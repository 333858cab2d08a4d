"""Arabic: the vocabulary that glosses an Arabic text for the English stages, and its places and bodies.

Before look-up a text loses its diacritics (harakat, shadda, sukun, dagger alef) and tatweel, its Arabic-Indic and
Persian digits become ASCII digits, "٬" a thousands comma, "٫" a decimal point, "،" "؛" "؟" the Latin signs. Words
are compared folded: alef with hamza or madda as bare alef, alef maqsura as ya, ta marbuta as ha, and the article
"ال" taken off a word of four letters or more. The letters that attach to a word are glossed apart: و/ف ("and"),
ب ("in"), ل and لل ("to"), and their pairs (وب، ول، فب …).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from extraction.gazetteer import Gazetteer
from extraction.languages import gloss
from extraction.languages.names import arabic_places
from extraction.quantities import QUALIFIER_WORDS
from extraction.text import name_key

_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "٬": ",",
        "٫": ".",
        "،": ",",
        "؛": ";",
        "؟": "?",
        "٪": "%",
    }
)
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


@lru_cache(maxsize=65_536)  # a text reads each word many times (phrases and names starting at every word)
def fold(word: str) -> str:
    plain = _MARKS.sub("", word)
    word = plain.translate(_LETTERS).lower()
    if word == "الان":
        return word  # "الآن" (now), not the article before "أن" (that)
    # the article is a bare alef and lam: "ألفي" (two thousand) and "ألمانيا" keep their first letters
    return word[2:] if plain.startswith("ال") and len(word) >= 4 else word


_PREFIXES = [
    ("ولل", "and to", 3), ("فلل", "and to", 3), ("وبال", "and in", 2), ("وب", "and in", 2), ("فب", "and in", 2),
    ("ول", "and to", 2), ("لل", "to", 2), ("و", "and", 1), ("ف", "and", 1), ("ب", "in", 1), ("ل", "to", 1),
]  # fmt: skip


@lru_cache(maxsize=65_536)
def _variants(word: str) -> tuple[tuple[str, str, int], ...]:
    """Readings of a word: whole, then without the letters attached before it."""
    plain = _MARKS.sub("", word)  # the letters folded by fold(), which tells the article from a hamza on alef
    readings = [("", fold(plain), 0)]
    for prefix, english, size in _PREFIXES:
        if plain.startswith(prefix) and len(plain) - size >= 2:
            readings.append((english, fold(plain[size:]), size))
    return tuple(readings)


_NUMBER_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred))\s*$"
)
_OF_BEFORE = re.compile(r"\bof\s*$")
# a number written out in full before "مليون", which only repeats its scale: "1,694,418 مليون نازح" is 1,694,418
_FULL_MILLIONS_BEFORE = re.compile(r"[,.]\d{3}[,.]\d{3}\s*$")
_ACCORDING_TO_BEFORE = re.compile(r"according to\s*$")


def _number_before(context: gloss.Context) -> bool:
    return bool(_NUMBER_BEFORE.search(context.before))


# "من قرى ريف درعا الغربي إلى مدينة نوى": villages in the countryside of Daraa (where they fled from)
_PLACES_BEFORE = re.compile(r"\b(?:villages|towns|districts|camps|cities|suburbs)\s*$")


def _rural(context: gloss.Context) -> str:
    return "in rural" if _PLACES_BEFORE.search(context.before) else "rural"


def _direction(adjective: str, of: str):
    """'شمال سوريا' → 'northern Syria'; before a noun of place, 'شمال مدينة تلعفر' → 'north of' the town."""
    return lambda context: of if context.after and context.after[0] in _KIND_NOUNS else adjective


def _vague(english: str):
    """'عشرات الآلاف من شمال قطاع غزة': tens of thousands from a place (no 'of' before "from"); 'عشرات الآلاف من
    السوريين' keeps it (thousands of Syrians); with no noun after it, before a preposition or at the end ("فر عشرات
    الآلاف إلى القضارف"), the count alone."""

    def choose(context: gloss.Context) -> str:
        after = context.after
        if len(after) > 1 and after[0] == _MIN and _place_word(after[1]):
            return english.removesuffix(" of")
        if not after or after[0] in _NO_NOUN_NEXT:
            return english.removesuffix(" of")
        return english

    return choose


_MIN = fold("من")
# words that open no noun: a vague count before them stands alone
_NO_NOUN_NEXT = frozenset(fold(w) for w in "إلى الى باتجاه نحو في خلال منذ بعد جراء بسبب هربا هرباً".split())


def _of_those_who(context: gloss.Context) -> str:
    """'ممن' and 'من الذين' (of those who) after a count: the people it counts ("4100 ممن نزحوا", the noun far
    after the number); elsewhere 'of those who'."""
    return "people who" if _COUNT_BEFORE.search(context.before) else "of those who"


def _after_number(after: str, alone: str):
    return lambda context: after if _number_before(context) else alone


# singular nouns of people a dual number is the construct of: "مليونا شخص" (two million people)
_SINGULAR_PEOPLE = frozenset(
    fold(w) for w in "شخص نازح لاجئ مواطن فرد مدني طفل سوري سوداني فلسطيني يمني عراقي إنسان نسمة أسرة عائلة".split()
)


def _million_or_two(context: gloss.Context) -> str:
    """'مليونا' after a number is 'million' in the accusative ("14 مليونا"); alone before the singular noun of people
    it is the dual construct, two million ("مليونا شخص"); else one million."""
    if _number_before(context):
        return "million"
    return "2 million" if context.after and context.after[0] in _SINGULAR_PEOPLE else "one million"


def _reaching(context: gloss.Context) -> str:
    """'ليصل إلى' (to reach); after a clause that opens on the number with its verb left out ("ارتفع عدد النازحين في
    بلدة … ليصل إلى 2700", the rise read as "the number of"), 'rose to'."""
    return "rose to" if _NUMBER_OF_ALONE.search(context.clause()) else "reaching"


_NUMBER_OF_ALONE = re.compile(r"^\s*(?:and\s+)?the number of\b(?!.*\b(?:doubled|stood|stands|rose|reached)\b)")


def _with_after_a_listed_place(context: gloss.Context) -> str:
    """'بـ' standing alone before a count, after the place a list of places goes on with ("، تلتها الحديدة بـ 542
    أسرة"): 'with' (its count); elsewhere nothing ("يقدر بـ": estimated at)."""
    following = context.after[0] if context.after else ""
    if (following[:1].isdigit() or following in _QUALIFYING) and _LISTED_PLACE_BEFORE.search(context.clause()):
        return "with"
    return ""


_LISTED_PLACE_BEFORE = re.compile(r"\b(?:followed by|then)\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}\s*$")


def _most_of_them(context: gloss.Context) -> str:
    """'معظمهم' right after a count with no noun ("فر نحو 2700 غالبيتهم من النساء"): set apart from the count, as
    English writes it, so the count keeps its verb; "من" after it is no place ("most of them women")."""
    return ", most of them" if _number_before(context) else "most of them"


def _to_if_figure(context: gloss.Context) -> str:
    """'على 5000 نازح' → 'to' (who received something); 'على مدينة' → 'on'; after a verb of aid 'to reach' ("وزعت
    منظمة اليونيسف مستلزمات على 3500 أسرة نازحة وصلت حديثاً": whom the aid reached, as English reads it)."""
    following = context.after[0] if context.after else ""
    if not (following[:1].isdigit() or following in _QUALIFYING):
        return "on"
    return "to reach" if _AID_IN_CLAUSE.search(context.clause()) else "to"


_AID_IN_CLAUSE = re.compile(r"\b(?:distributed|provided|delivered|supplied|given|offered|handed out)\b")


_QUALIFYING = frozenset(fold(w) for w in "نحو حوالي قرابة أكثر زهاء ما أقل عشرات مئات آلاف".split())


def _towards(context: gloss.Context) -> bool:
    """'نحو صيدا والنبطية': towards a place (a word a place's name opens with, no word of the tables: "نحو عشرة
    آلاف" stays 'about')."""
    following = context.after[0] if context.after else ""
    return bool(following) and following[:1].isalpha() and following not in _TABLE_WORDS and _place_word(following)


def _comprising(context: gloss.Context) -> str:
    """'تضم' after a count of families is what they comprise, the same people ("نزحت 4,500 أسرة تضم نحو 22 ألف فرد":
    "4,500 families, or about 22 thousand individuals", the families the figure); else a place that holds them."""
    return ", or" if _FAMILIES_BEFORE.search(context.before) else "now hosts"


_FAMILIES_BEFORE = re.compile(r"\d[\d,.]*\s+(?:thousand\s+)?(?:displaced\s+)?families\s*$")


def _arrived_in(context: gloss.Context) -> str:
    following = context.after[0] if context.after else ""
    return "reached" if following[:1].isdigit() or following in _QUALIFYING else "arrived in"


def _arrived(context: gloss.Context) -> str:
    """'وصلت 700 عائلة' → 'arrived'; before a noun of place or a camp, with no preposition: 'وصلت منطقة طويلة'
    (arrived in Tawila), where they arrived."""
    following = context.after[0] if context.after else ""
    return "arrived in" if following in _KIND_NOUNS or following in _CAMP_WORDS else "arrived"


def _counted_displaced(context: gloss.Context) -> str:
    """'نازح' after a number is 'displaced people'; after "عدد النازحين … إلى مليون نازح" (the number of displaced
    people … a million of them) only 'people': the term once, as English writes it."""
    if _COUNT_BEFORE.search(context.before) and "the number of" in context.clause():
        return "people"
    return "displaced people"


_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|ten|twenty|thirty|forty|fifty))\s*$")


def _their_number(context: gloss.Context) -> str:
    """'يقدر عددهم بـ 20 ألف نسمة' → 'numbering an estimated'; after a displacement opening the sentence, their number
    is the number displaced: "نزح سكان 15 قرية في محلية كرينك بالكامل، ويقدر عددهم بنحو 12 ألف شخص"."""
    if _DISPLACED_OPENING.search(context.clause()):
        return "the number of displaced people estimated at"
    return "numbering an estimated"


def _their_count(context: gloss.Context) -> str:
    """'عددهم' (their number) after a displacement told just before, in the sentence before or this one: "أجبرت
    الفيضانات سكان درنة على ترك منازلهم. وقدّرت المنظمة الدولية للهجرة عددهم بأكثر من 30 ألف شخص" — the number of
    displaced people; else 'their number'. Right after the people it counts and before the count, 'numbering'
    ("نازحون عددهم 4200", "اللاجئين البالغ عددهم 3800": the noun before the number)."""
    if _PEOPLE_JUST_BEFORE.search(context.before) and _count_next(context) and not _SHARE_OF.search(context.before):
        return "numbering"
    told = context.writer.tail(300, parts=120) if context.writer else context.before
    return "the number of displaced people" if _DISPLACEMENT_TOLD.search(told) else "their number"


# the people a count names written before it ("… displaced people", "… refugees who fled"); families are left out,
# as English reads a count after "numbering" in people
_PEOPLE_JUST_BEFORE = re.compile(
    r"\b(?:displaced people|refugees who fled|people|returnees)(?:\s+(?:and|who|stood at|stands at)){0,2}\s*$"
)
# a share of the people before their number is the whole the share belongs to, no count of them: "نصف النازحين
# البالغ عددهم …", "60% من اللاجئين البالغ عددهم …"
_SHARE_OF = re.compile(
    r"(?:\b(?:half|thirds?|quarters?|fifths?|tenths?|most|majority|percent)|%)\s+(?:of|from)\s+\S+(?:\s+\S+){0,2}\s*$"
)


def _count_next(context: gloss.Context) -> bool:
    following = context.after[0] if context.after else ""
    return following[:1].isdigit() or following in _QUALIFYING


def _verb_their_count(alone: str):
    """'يبلغ عددهم', 'بلغ عددهم' after the people it counts: 'numbering' ("لاجئون يبلغ عددهم 9100", "النازحون الذين
    بلغ عددهم 2700"); else as the words read without the people before them."""

    def choose(context: gloss.Context) -> str:
        counted = _their_count(context)
        return counted if counted == "numbering" else alone.replace("@COUNT@", counted)

    return choose


_stands_at_their_count = _verb_their_count("stands at @COUNT@")


def _whose_number(context: gloss.Context) -> str:
    """'البالغ عددهم' after the residents of a place: 'whose number is' (a population, _POPULATION_TOTAL); after
    anyone else, their number as 'عددهم' alone reads it ("النازحون البالغ عددهم 12 ألفاً")."""
    return "whose number is" if _RESIDENTS_BEFORE.search(context.before) else _their_count(context)


_RESIDENTS_BEFORE = re.compile(r"\bresidents of\b[^\d.;:!?]{0,80}$")
_DISPLACEMENT_TOLD = re.compile(
    r"\b(?:displaced|displacement|fled|flee|to leave|evacuated|from their homes|were forced)\b"
)


_DISPLACED_OPENING = re.compile(r"^\s*(?:displaced|fled|were forced to flee)\s+(?:all\s+)?(?:the\s+)?residents\b")


def _at_about(context: gloss.Context) -> str:
    """'بنحو' → 'at about' ("قدرت … عدد النازحين بنحو"); right after an estimate that says 'at', only 'about'."""
    return "about" if re.search(r"\b(?:estimated at|an estimated)\s*$", context.before) else "at about"


def _hosts(context: gloss.Context) -> str:
    """'تستضيف مدينة بورتسودان نحو 200 ألف نازح': the town that hosts them is where they are, written as the host
    English names before its verb ("Port Sudan hosts about 200 thousand …": _HOST_BEFORE_FIGURE), so that where
    they fled from stays their origin ("… نازح فروا من الخرطوم"); before anything else 'now hosts' ("تستضيف تشاد
    أكثر من 800 ألف لاجئ")."""
    # (a country or a direction of a place named with no noun of place: "استقبلت تشاد 300 نازح من السودان",
    # "يستضيف شمال دارفور …")
    following = context.after[0] if context.after else ""
    host = following in _KIND_NOUNS or following in _CAMP_WORDS or following in _DIRECTIONS or _country(following)
    return "@HOST@" if host else "now hosts"


def _from(context: gloss.Context) -> str:
    """'آلاف من السوريين' → 'thousands of Syrians'; '5000 من النازحين' → '5000 of displaced people'; else 'from'.
    A count with no noun before a place ("نزوح 2700 من بلدة الدندر"): the place they left, 'from'."""
    if _OF_BEFORE.search(context.before):
        return ""
    if context.before.rstrip().endswith("most of them") and not (context.after and _place_word(context.after[0])):
        return ""  # "معظمهم من النساء": most of them women; "معظمهم من مدينة درنة" stays where they came from
    if not _number_before(context):
        return "from"
    return "from" if context.after and _place_word(context.after[0]) else "of"


# the people of a place, "أهالي" as "سكان": "4 آلاف من أهالي بلدة الكرمك" (residents of), "من الأهالي" alone
def _residents(context: gloss.Context) -> str:
    return "residents" if not context.after or context.after[0] in _FUNCTION_WORDS else "residents of"


_RISE = re.compile(r"\b(?:expected to|could|will|may) rise\b[^,]*$")


_MAY_LEAD = re.compile(r"\b(?:could|will) lead\b[^,]*$")
# (the number in digits or words, "وصلت ثلاثة آلاف عائلة …"; and refuge sought: "لجأ 300 شخص من حلب إلى إدلب", where
# they took refuge)
_ARRIVED_FROM = re.compile(
    r"^\s*(?:arrived|sought refuge) (?:about |nearly |more than |some |almost )?(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|hundreds|thousands|dozens|tens)\b)[^,]{0,80}\bfrom\b[^,]*$"
)


def _to_rise(context: gloss.Context) -> str:
    """'من المتوقع أن يرتفع عدد النازحين إلى 500 ألف': the verb comes first in Arabic, the figure after its subject;
    'to' after a rise still to come is written 'is expected to rise to', as English puts it next to the figure;
    'قد يؤدي استمرار المعارك إلى تشريد …' (may lead to the displacement of …) 'which could cause'."""
    clause = context.clause()
    if _RISE.search(clause):
        return "is expected to rise to"
    if _ARRIVED_FROM.search(clause):
        # "وصلت 450 أسرة نازحة من مدينة بارا إلى مدينة الأبيض": the verb first, the origin before the town they
        # arrived in, which English names next to its verb ("… from Bara arrived in El Obeid")
        return "arrived in"
    if _NUMBER_OF_OPENING.match(clause) and _figure_next(context):
        # "ارتفع عدد اللاجئين … في مصر إلى 640 ألفاً": the number of refugees … rose to 640 thousand (the verb first,
        # glossed with its noun)
        return "rose to"
    return "which could cause" if _MAY_LEAD.search(clause) else "to"


_NUMBER_OF_OPENING = re.compile(r"\s*(?:and\s+)?the number of\b(?![^.;:]*\b(?:stood|stands|rose|reached|exceeded)\b)")


def _figure_next(context: gloss.Context) -> bool:
    following = context.after[0] if context.after else ""
    return following[:1].isdigit() or following in _QUALIFYING


_IMPERFECT_AFTER_MAY = frozenset(fold(w) for w in (
    "يؤدي", "تؤدي", "يضطر", "تضطر", "يدفع", "تدفع", "يجبر", "تجبر", "يتسبب", "تتسبب", "يرتفع", "ترتفع", "يصل",
    "تصل", "ينزح", "تنزح", "يفر", "تفر",
))  # fmt: skip


def _may(context: gloss.Context) -> str:
    """'قد' before a verb in the imperfect is 'may' ('قد يؤدي'); before the past it only stresses it ('قد نزح')."""
    return "could" if context.after and context.after[0] in _IMPERFECT_AFTER_MAY else ""


_MIGRANT_WORDS = frozenset(fold(w) for w in ("مهاجر", "مهاجرين", "مهاجرا", "المهاجرين", "مهاجرون"))


def _arrival(context: gloss.Context) -> str:
    """'وصول 1350 شخصا إلى مخيم الهول': arrivals of people (who fled); migrants arriving are not displaced."""
    return "coming of" if _MIGRANT_WORDS.intersection(context.after) else "arrivals of"


def _document(english: str):
    """'بيانات المفوضية': the body's data, read as the body ('according to UNHCR' after the verb or cue)."""

    def choose(context: gloss.Context) -> str:
        if context.after and _names_a_body(context.after[0]):
            return "" if _ACCORDING_TO_BEFORE.search(context.before) else "according to"
        return english

    return choose


def _spokesperson(context: gloss.Context) -> str:
    """Who speaks for a body: the role left out right after the verb ("وتابعت الناطقة باسم البلدية أن …" →
    "added the municipality that …"); after the speaker's name, the body as the source ('according to')."""
    if context.after and _names_a_body(context.after[0]) and _NAME_BEFORE.search(context.before):
        return "according to"
    return ""


_NAME_BEFORE = re.compile(r"[\u0621-\u064A][ \t]*,?[ \t]*$")
_DOCUMENT_NOUNS = frozenset(
    fold(w) for w in ("بيانات", "أرقام", "إحصاءات", "إحصائيات", "تقديرات", "تحديث", "جدول", "تقرير", "تقريرا", "تقارير")
)


def _year(context: gloss.Context) -> str:
    """'عام 2014' → '2014' (the year itself follows); 'عام' otherwise → 'year'."""
    return "" if context.after and context.after[0].isdigit() else "year"


def _on_if_date(context: gloss.Context) -> str:
    """'في 12 مارس' → 'on 12 March'; 'في' otherwise → 'in'; right after a body's name and before a place, 'of':
    "بحسب مفوضية العون الإنساني في غرب كردفان" is the commission's office there, not where people went."""
    if not context.after:
        return "in"
    if context.after[0].isdigit():
        return "on"
    writer = context.writer
    after_body = writer is not None and writer.labels and writer.labels[-1].kind == "body"
    if after_body and writer.length - writer.labels[-1].end <= 1 and _place_word(context.after[0]):
        # a country after the body stays "in": "وحدة إدارة مخاطر الكوارث في لبنان" counts in Lebanon
        return "in" if _country(context.after[0]) else "of"
    return "in"


def _country(word: str) -> bool:
    found = arabic_places().get(name_key(word))
    return found is not None and found[1] == 0


def _place_word(word: str) -> bool:
    """A word a place's name opens with, or a noun or direction of places ("ولاية", "غرب")."""
    return word in _KIND_NOUNS or word in _DIRECTIONS or name_key(word).split(" ")[0] in _arabic_firsts()


_DIRECTIONS = frozenset(fold(w) for w in "شمال جنوب شرق غرب وسط".split())


_MONTHS = {
    "يناير": "January", "كانون الثاني": "January", "فبراير": "February", "شباط": "February", "مارس": "March",
    "آذار": "March", "أبريل": "April", "ابريل": "April", "نيسان": "April", "مايو": "May", "أيار": "May",
    "يونيو": "June", "يونيه": "June", "حزيران": "June", "يوليو": "July", "يوليه": "July", "تموز": "July",
    "أغسطس": "August", "آب": "August", "سبتمبر": "September", "أيلول": "September", "أكتوبر": "October",
    "تشرين الأول": "October", "نوفمبر": "November", "تشرين الثاني": "November", "ديسمبر": "December",
    "كانون الأول": "December",
}  # fmt: skip
_WEEKDAYS = {
    "الاثنين": "Monday", "الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
    "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday",
}  # fmt: skip

VOCABULARY: dict[str, gloss.Gloss] = {
    # numbers and vague amounts
    "مليون": lambda context: "" if _FULL_MILLIONS_BEFORE.search(context.before) else _after_number(
        "million", "one million")(context),
    "ملايين": _after_number("million", "millions of"),
    "مليونا": _million_or_two, "مليونان": "2 million", "مليونين": "2 million",
    "مليار": "billion",
    "مليون ونصف": "1.5 million", "مليون ونصف المليون": "1.5 million", "نصف مليون": "half a million",
    "ألف": _after_number("thousand", "one thousand"), "ألفا": _after_number("thousand", "2 thousand"),
    "آلاف": lambda context: "thousand" if _number_before(context) else _vague("thousands of")(context),
    "ألوف": "thousands of", "ألفان": "2 thousand", "ألفين": "2 thousand", "ألفي": "2 thousand",
    "مئة": _after_number("hundred", "one hundred"),
    "مائة": _after_number("hundred", "one hundred"), "مئتي": "200", "مائتي": "200", "مئتان": "200",
    "مائتان": "200", "الآلاف": _vague("thousands of"),
    "عشرات الآلاف": _vague("tens of thousands of"), "عشرات آلاف": _vague("tens of thousands of"),
    "مئات الآلاف": _vague("hundreds of thousands of"), "مئات آلاف": _vague("hundreds of thousands of"),
    "مئات": _vague("hundreds of"), "عشرات": _vague("dozens of"), "بضعة آلاف": "thousands of", "بضع مئات": "hundreds of",
    "عدة آلاف": "thousands of", "آلاف من": _after_number("thousand", "thousands of"), "مئات من": "hundreds of",
    "ثلاثة": "three", "ثلاث": "three", "أربعة": "four", "أربع": "four", "خمسة": "five", "خمس": "five",
    "ستة": "six", "ست": "six", "سبعة": "seven", "سبع": "seven", "ثمانية": "eight", "ثماني": "eight",
    "تسعة": "nine", "تسع": "nine", "عشرة": "ten", "عشر": "ten", "عشرين": "twenty", "عشرون": "twenty",
    "ثلاثين": "thirty", "ثلاثون": "thirty", "أربعين": "forty", "خمسين": "fifty", "ستين": "sixty",
    "سبعين": "seventy", "ثمانين": "eighty", "تسعين": "ninety", "ثلاثمائة": "three hundred",
    "أربعمائة": "four hundred", "خمسمائة": "five hundred", "ستمائة": "six hundred", "سبعمائة": "seven hundred",
    "ثمانمائة": "eight hundred", "تسعمائة": "nine hundred",
    # the same hundreds spelt with "مئة": "عاد ستمئة نازح"
    "ثلاثمئة": "three hundred", "أربعمئة": "four hundred", "خمسمئة": "five hundred", "ستمئة": "six hundred",
    "سبعمئة": "seven hundred", "ثمانمئة": "eight hundred", "تسعمئة": "nine hundred",
    # two hundred in the nominative ("مئتا ألف"), a quarter or three quarters of a million, two million and a half
    "مئتا": "200", "مائتا": "200", "ربع مليون": "250 thousand", "ربع المليون": "250 thousand",
    "ثلاثة أرباع المليون": "750 thousand", "ثلاثة أرباع مليون": "750 thousand",
    "مليونين ونصف": "2.5 million", "مليونان ونصف": "2.5 million", "مليونين ونصف المليون": "2.5 million",
    "مليونان ونصف المليون": "2.5 million",
    # qualifiers
    "نحو": lambda context: "towards" if _towards(context) else "about",
    "حوالي": "about", "حوالى": "about", "زهاء": "about", "قرابة": "nearly", "قرابه": "nearly",
    "ما يقرب من": "nearly", "ما يناهز": "nearly", "يناهز": "nearly", "ما يقارب": "nearly", "يقارب": "nearly",
    "أكثر من": "more than", "اكثر من": "more than", "أزيد من": "more than", "ما يزيد عن": "more than",
    "ما يزيد على": "more than", "يزيد عن": "more than", "يزيد على": "more than", "ما لا يقل عن": "at least",
    "لا يقل عن": "at least", "على الأقل": "@LEAST@", "أقل من": "less than", "ما يصل إلى": "up to",
    "ما يصل الى": "up to",
    "يصل إلى": "up to", "تقريبا": "@ABOUT@", "قرابة ال": "nearly", "ما مجموعه": "a total of", "إجمالي": "a total of",
    "تجاوز": "exceeded", "تجاوزت": "exceeded", "يتجاوز": "exceeding", "تخطى": "exceeded", "تخطت": "exceeded",
    "يتخطى": "exceeding",
    # units
    "شخص": "people", "أشخاص": "people", "شخصا": "people", "الأشخاص": "people", "فرد": "individuals",
    "أفراد": "individuals", "فردا": "individuals", "مدني": "civilians", "مدنيين": "civilians",
    "مدنيا": "civilians", "المدنيين": "civilians", "مواطن": "residents", "مواطنين": "residents",
    "مواطنا": "residents", "ساكن": "residents", "سكان": "residents of", "أهالي": _residents, "نسمة": "people",
    "إنسان": _after_number("people", "human"),  # "2700 إنسان": people counted; "حقوق الإنسان" stays apart
    "أسرة": "families", "أسر": "families", "عائلة": "families", "عائلات": "families", "العائلات": "families",
    "الأسر": "families", "أسرة نازحة": "displaced families", "عائلة نازحة": "displaced families",
    "طفل": "children", "أطفال": "children", "طفلا": "children", "امرأة": "women", "نساء": "women",
    # refugees counted are people who fled (as French "réfugiés"): "بلغ عدد اللاجئين في مصر 500 ألف لاجئ"
    "لاجئ": "refugees who fled", "لاجئين": "refugees who fled", "لاجئا": "refugees who fled",
    "لاجئون": "refugees who fled", "اللاجئين": "refugees who fled",
    # the feminine and its plural, and the plurals the nouns of displaced and homeless people take: "500 لاجئة",
    # "700 عائلة مهجرة", "المهجرون", "مشردون"
    "لاجئة": "refugees who fled", "لاجئات": "refugees who fled", "نازحات": "displaced people",
    "مهجرون": "displaced people", "مهجرات": "displaced people", "مهجرة": "displaced",
    "أسرة مهجرة": "displaced families", "عائلة مهجرة": "displaced families", "مشردون": "homeless people",
    "مشردات": "homeless people",
    "مهاجر": "migrants", "مهاجرين": "migrants", "آخرين": "others", "آخرون": "others", "جدد": "new",
    "جديدة": "new", "جديد": "new",
    # terms
    "نازح": _counted_displaced, "نازحين": "displaced people", "نازحا": _counted_displaced,
    "نازحون": "displaced people", "النازحين": "displaced people", "النازحون": "displaced people",
    "نازحة": "displaced", "نازحي": "displaced people", "مهجر": "displaced people", "مهجرين": "displaced people",
    "المهجرين": "displaced people", "مهجرا": "displaced people", "مشرد": "homeless people",
    "مشردين": "homeless people", "مشردا": "homeless people", "نزوح": "displacement", "النزوح": "displacement",
    "موجة نزوح": "displacement", "حركة نزوح": "displacement", "نزح": "displaced", "نزحت": "displaced",
    "نزحوا": "displaced", "ينزحون": "displaced", "تهجير": "displacement", "هجر": "displaced",
    "هجرت": "displaced", "تهجر": "displaced", "تشريد": "displacement", "شرد": "displaced", "شردت": "displaced",
    "تشرد": "displaced", "تشردت": "displaced", "فر": "fled", "فرت": "fled", "فروا": "fled", "يفرون": "fleeing",
    # the present of the feminine and of refuge: "تفر مئات الأسر يومياً", "يلجأ آلاف …", "تنزح" (not "تعود", also
    # "belongs to": "تعود ملكية الأرض إلى 300 عائلة")
    "تفر": "fleeing", "تنزح": "fleeing", "يلجأ": "seeking refuge", "يلجؤون": "seeking refuge",
    "يلجأون": "seeking refuge",
    "فرار": "flight", "بفرار": "that fled", "بنزوح": "that displaced", "بتهجير": "that displaced",
    "بإجلاء": "that evacuated", "بعودة": "that returned", "بمقتل": "that killed", "بإصابة": "that injured",
    "الفرار": "flee", "هرب": "fled", "هربوا": "fled", "هربت": "fled", "يهربون": "fleeing",
    "غادر": "forced", "غادروا": "forced", "غادرت": "forced", "منازلهم": "from their homes",
    "بيوتهم": "from their homes", "ديارهم": "from their homes", "مساكنهم": "from their homes",
    "منازلها": "from their homes",
    "ديارها": "from their homes", "قراها": "their villages", "مناطقهم": "their areas", "بلداتهم": "their towns",
    "مدنهم": "their cities",
    "بلادهم": "their country", "بلدهم": "their country", "وطنهم": "their country",
    "من منازلهم": "from their homes", "من بيوتهم": "from their homes", "من ديارهم": "from their homes",
    "قراهم": "their villages",
    # "was" before its subject and verb ("وكانت المفوضية قد أعلنت …", "وكان 300 شخص قد نزحوا …"): no word of its own
    # (not Cannes, one of whose listed names it is)
    "كان": "", "كانت": "",
    # according to what a body said: "وفقاً لما أعلنته المفوضية", "طبقا لما ذكرته المنظمة"
    "وفقا لما": "according to", "وفقاً لما": "according to", "وفقًا لما": "according to", "طبقا لما": "according to",
    "طبقاً لما": "according to", "أعلنته": "", "ذكرته": "", "أوردته": "", "أعلنه": "", "ذكره": "",
    # their own village, town or city, no name of a place: "عادت 60 أسرة إلى قريتها في ريف إدلب"
    "قريتها": "their village", "قريتهم": "their village", "بلدتها": "their town", "بلدتهم": "their town",
    "مدينتها": "their city", "مدينتهم": "their city",
    "اضطر": "were forced", "اضطروا": "were forced", "اضطرت": "were forced", "أجبر": "were forced",
    "أجبروا": "were forced", "أجبرت": "forced", "إلى مغادرة": "to leave",
    "إلى ترك": "to leave", "على ترك": "to leave", "الى مغادرة": "to leave",
    "على مغادرة": "to leave", "إلى الفرار": "to flee", "على الفرار": "to flee", "إلى النزوح": "to flee",
    "على النزوح": "to flee",
    "ترك": "left", "تركوا": "left", "لجأ": "sought refuge", "لجأوا": "sought refuge", "لجأت": "sought refuge",
    "إجلاء": "evacuated", "الإجلاء": "evacuation", "تم إجلاء": "evacuated", "أجلي": "evacuated",
    "أجليت": "evacuated", "إخلاء": "evacuated",
    "تم إخلاء": "evacuated", "عاد": "returned", "عادت": "returned", "عادوا": "returned", "يعودون": "returning",
    "عودة": "return", "العودة": "return", "العائدين": "returnees", "عائدين": "returnees", "عائد": "returnees",
    "العائدون": "returnees", "عائدا": "returnees", "رجع": "returned", "رجعوا": "returned",
    # the same verbs in the feminine plural, the passive and the reflexive, as reports use them of women, families
    # and people: "نزحن", "فررن", "رجعن"; "شُرّدوا", "تشرّدوا", "تهجّروا" (were displaced); "لجؤوا" as "لجأوا" (not "لجأن",
    # which folds as "لجان", committees)
    "نزحن": "displaced", "فررن": "fled", "هربن": "fled", "رجعن": "returned",
    "لجؤوا": "sought refuge", "شردوا": "displaced", "تشردوا": "displaced",
    "تهجروا": "displaced", "تهجرت": "displaced", "هجرن": "displaced",
    "مخيم": "camp", "مخيمات": "camps", "المخيمات": "camps", "في المخيمات": "in camps",
    "في مخيمات": "in camps", "مراكز إيواء": "shelters", "مراكز الإيواء": "shelters", "مراكز الايواء": "shelters",
    "تم إيواء": "took shelter", "الإيواء": "shelter", "إيواء": "shelter",
    "يقيمون في": "living in", "يعيشون في": "living in",
    "يقطنون في": "living in", "يقيمون": "living", "يعيشون": "living", "وصل": _arrived, "وصلوا": _arrived,
    "وافد": "arrivals", "وافدين": "arrivals", "الوافدين": "arrivals", "نقل": "relocated", "نقلهم": "relocated",
    "تم نقل": "relocated", "توطين": "resettled", "إعادة توطين": "resettled", "بلا مأوى": "homeless",
    "دون مأوى": "homeless", "بدون مأوى": "homeless",
    # traps
    "قتل": "killed", "قتلى": "killed", "مقتل": "killed", "قتيل": "killed", "قتيلا": "killed", "قتلوا": "killed",
    "وفاة": "deaths", "توفي": "died", "لقوا حتفهم": "died", "حتفهم": "died", "مصرع": "deaths",
    "جرحى": "injured", "جريح": "injured", "جريحا": "injured", "أصيب": "injured", "أصيبوا": "injured",
    "إصابة": "injured", "إصابات": "injured", "مصاب": "injured", "مصابين": "injured", "مفقود": "missing",
    "مفقودين": "missing", "اعتقال": "arrested", "معتقل": "detained", "اختطاف": "abducted",
    # the verbs of arrest and abduction, as their nouns: "اعتقلت القوات 45 شخصاً"
    "توقيف": "arrested", "أوقفت": "arrested", "بتهمة": "charged with",
    "اعتقل": "arrested", "اعتقلت": "arrested", "اعتقلوا": "arrested", "احتجز": "detained", "احتجزت": "detained",
    "اختطف": "abducted", "اختطفت": "abducted", "خطف": "abducted", "مداهمات": "raids", "مداهمة": "raid",
    "منازل مدمرة": "houses destroyed", "منزل مدمر": "houses destroyed", "دمر": "destroyed", "دمرت": "destroyed",
    "تدمير": "destroyed", "مدمرة": "destroyed", "تضرر": "damaged", "تضررت": "damaged", "متضرر": "affected",
    "متضررة": "affected", "المتضررين": "affected", "متضررين": "affected", "تضرروا": "affected",
    "منزل": "houses", "منازل": "houses", "مساعدات": "aid", "المساعدات": "aid", "مساعدة": "aid",
    "إغاثة": "aid", "الإغاثة": "aid", "إغاثية": "aid", "وزعت": "distributed", "وزع": "distributed",
    "توزيع": "distributed", "استفاد": "benefited", "استفادت": "benefited", "مستفيد": "beneficiaries",
    "مستفيدين": "beneficiaries", "المستفيدين": "beneficiaries", "غذائية": "food", "الغذاء": "food",
    "غذاء": "food", "سلال": "kits", "سلة": "kits", "بحاجة": "in need", "يحتاجون": "need aid",
    "يحتاج": "need aid", "حاجة": "need", "خطر": "risk of", "معرضون": "at risk", "مهددون": "threatened",
    "قد": _may, "قد يضطر": "could flee", "يؤدي": "lead", "تؤدي": "lead", "سيؤدي": "will lead",
    "ستؤدي": "will lead", "تقرير صادر عن": _document("report by"), "بيان صادر عن": _document("statement by"),
    # issued by a body, which is then the source: "التقارير الصادرة عن الأمم المتحدة"
    "صادر عن": _document("by"), "الصادر عن": _document("by"), "صادرة عن": _document("by"),
    "الصادرة عن": _document("by"),
    "صور الأقمار الصناعية": "satellite images", "من المتوقع": "expected to", "يتوقع": "expected to",
    "من المتوقع أن": "expected to", "يتوقع أن": "expected to", "يرتفع": "rise", "ترتفع": "rise", "سيرتفع": "will rise",
    "إذا": "if", "وصول": _arrival, "توافد": _arrival,
    "قدم": "provided", "قدمت": "provided", "يقدم": "provides", "تقدم": "provides", "تقديم": "providing",
    "خدمات": "aid", "الخدمات": "aid",  # services given to people: aid, as the English stages read it
    # the kind of aid or service after its noun ("خدمات طبية", "مساعدات نقدية"): left out, so that the aid stands
    # next to the people it went to
    "تشير التقديرات إلى أن": "estimates show that", "تشير التقديرات الى أن": "estimates show that",
    "ما زالت": "still", "ما زال": "still", "مازالت": "still", "مازال": "still", "لا تزال": "still",
    "لا يزال": "still", "ما يزالون": "still", "لا يزالون": "still",
    "الفارين": "people who fled", "فارين": "people who fled", "الفارون": "people who fled",
    "طبية": "", "صحية": "", "نقدية": "", "إنسانية": "", "تعليمية": "", "نفسية": "", "عينية": "", "إيوائية": "",
    "تستوعب": "can accommodate", "قدرة": "capacity", "استيعاب": "capacity", "طن": "tonnes", "أطنان": "tonnes",
    "دولار": "dollars", "دولارا": "dollars", "كيلومتر": "kilometres", "كلم": "km", "كم": "km",
    "بالمئة": "percent", "بالمائة": "percent", "في المئة": "percent", "في المائة": "percent",
    "عنصر": "fighters", "عناصر": "fighters", "مقاتل": "fighters", "مقاتلين": "fighters", "جنود": "soldiers",
    "حالة": "cases", "حالات": "cases", "الكوليرا": "cholera", "قرى": "villages", "قرية": "village",
    "غارة": "airstrikes", "غارات": "airstrikes", "قذائف": "shells", "صواريخ": "missiles",
    "السيول": "floods", "سيول": "floods", "الفيضانات": "floods", "فيضانات": "floods", "الأمطار": "rains",
    "الزلزال": "earthquake", "القصف": "shelling", "قصف": "shelling", "القتال": "fighting", "المعارك": "fighting",
    "الاشتباكات": "clashes", "اشتباكات": "clashes", "الحرب": "war", "المناطق": "areas", "الحدود": "border",
    "ما بين": "between", "مليوني": "2 million", "يعيش": "living", "تعيش": "living", "يقيم": "living",
    "تقيم": "living", "تقدر": "estimates", "يقدر": "estimates", "داخل": "inside", "سوري": "syrians",
    "سوريين": "syrians", "يمني": "yemenis", "يمنيين": "yemenis", "سوداني": "sudanese", "سودانيين": "sudanese",
    "لبناني": "lebanese", "عراقي": "iraqis", "عراقيين": "iraqis", "فلسطيني": "palestinians",
    "فلسطينيين": "palestinians", "يأوي": "now hosts", "يؤوي": "now hosts", "يستضيف": _hosts, "تستضيف": _hosts,
    # where inside or outside a country ("داخلياً وخارجه"): no place's name
    "داخليا": "internally", "خارجه": "outside it", "خارجها": "outside it",
    # a place or a time singled out ("مدينة حماة وحدها استقبلت …", "في أيلول وحده"): alone
    "وحدها": "alone", "وحده": "alone",
    # "ما يقدر بـ 9 آلاف": what is estimated at, an estimated
    "ما يقدر": "an estimated", "ما تقدر": "an estimated",
    # "في بلد يعاني …": in a country, not the Iraqi town of Balad (named with its noun of place: "قضاء بلد")
    "في بلد": "in a country",
    "استقبل": _hosts, "استقبلت": _hosts, "استضاف": _hosts, "استضافت": _hosts, "احتضن": _hosts, "احتضنت": _hosts,
    "تحتضن": _hosts, "يحتضن": _hosts,
    "تلقى": "received", "تلقت": "received", "تلقوا": "received", "حصل": "received", "حصلوا": "received",
    # who will benefit from a service ("يستفيد من التسجيل 7 آلاف لاجئ"), and "عبر" as "by" before what was given
    # ("ساعدنا 4 آلاف عبر توفير الخيام": by providing tents, not "crossed into")
    "يستفيد": "benefit", "تستفيد": "benefit", "يستفيدون": "benefit", "سيستفيد": "will benefit",
    "عبر توفير": "by providing", "عبر تقديم": "by providing", "عبر توزيع": "by distributing",
    "لقاحات": "vaccinated", "لقاح": "vaccinated", "تطعيم": "vaccinated", "تخطط": "plans to", "يخطط": "plans to",
    "تعتزم": "plans to", "يعتزم": "plans to", "ستعيد": "will return", "سيتم": "will be",
    "عشوائي": "informal", "عشوائية": "informal", "مؤقت": "temporary", "مؤقتة": "temporary",
    "عبر": "crossed into", "عبروا": "crossed into", "عبرت": "crossed into", "عبر الحدود": "crossed the border",
    "عبروا الحدود": "crossed the border",
    "أدى": "caused", "أدت": "caused", "أسفر": "caused", "أسفرت": "caused", "تسبب": "caused", "تسببت": "caused",
    "دفع": "forced", "دفعت": "forced", "أرغم": "forced", "أرغمت": "forced",
    # function words
    "في": _on_if_date, "من": _from, "إلى": _to_rise, "الى": _to_rise, "على": _to_if_figure, "عن": "", "منذ": "since",
    "خلال": "during", "بعد": "after", "قبل": "before", "بسبب": "because of", "جراء": "because of",
    "إثر": "after", "اثر": "after", "نتيجة": "because of", "و": "and", "أو": "or", "لكن": "but",
    "بينما": "while", "في حين": "while", "فيما": "while", "بينهم": "including",
    # "1500 منهم يقيمون …": a number of them; "منهم 200 طفل": a part, by who they are
    "منهم": lambda context: "of them" if _number_before(context) else "including",
    "ممن": _of_those_who, "من الذين": _of_those_who,
    "بمن فيهم": "including", "من بينهم": "including", "الذين": "who", "التي": "which", "الذي": "which",
    "تم": "", "أن": "that", "بأن": "that", "إن": "", "كما": "also", "أيضا": "also", "حيث": "where",
    "عدد": "the number of", "أعداد": "the number of", "بلغ": "stood at", "بلغت": "stood at", "يبلغ": "stands at",
    "تبلغ": "stands at",
    # what a camp or a shelter can take: "تبلغ الطاقة الاستيعابية لمخيم الأزرق نحو 130 ألف لاجئ" (see _capacity)
    "الطاقة الاستيعابية": "capacity", "طاقة استيعابية": "capacity", "الطاقة الإستيعابية": "capacity",
    "القدرة الاستيعابية": "capacity", "قدرة استيعابية": "capacity", "بطاقة استيعابية": "with a capacity",
    # a year: "في عام 2014 نزح …" reads "in 2014, displaced …" (the year a date, not a count; _YEAR_OPENING)
    "عام": _year, "سنة": _year, "العام الماضي": "last year",
    # sites people live in: "في مواقع عشوائية" (informal sites), not a place's name
    "مواقع": "sites", "موقع": "site", "مواقع النزوح": "displacement sites", "تفتقر": "lacking", "يفتقر": "lacking",
    "وصل عدد": "the number of", "ارتفع": "rose", "ارتفع عدد": "the number of",
    "إلى نحو": lambda context: _to_rise(context) + " about",
    "شمال": _direction("northern", "north of"), "جنوب": _direction("southern", "south of"),
    "شرق": _direction("eastern", "east of"), "غرب": _direction("western", "west of"), "شمال غرب": "north-western",
    "شمال شرق": "north-eastern", "جنوب غرب": "south-western", "جنوب شرق": "south-eastern", "شمالي": "northern",
    "جنوبي": "southern", "شرقي": "eastern", "غربي": "western", "ريف": _rural, "مدينة": "",
    # the countryside in every number: the dual "ريفي حلب الغربي والجنوبي", the plural "أرياف إدلب وحلب"
    "ريفي": _rural, "أرياف": _rural,
    "محافظة": "", "منطقة": "", "محلية": "", "بلدة": "", "ولاية": "", "مديرية": "district", "حي": "",
    "الأحياء": "districts", "أحياء": "districts", "العاصمة": "the capital",
    # the adjectives of direction after their noun ("الأحياء الغربية"), no town's name
    "الغربية": "western", "الشرقية": "eastern", "الشمالية": "northern", "الجنوبية": "southern",
    "الغربي": "western", "الشرقي": "eastern", "الشمالي": "northern", "الجنوبي": "southern",
    # tents damaged and what a centre serves are no displacement: "تضرر خيام 650 عائلة", "مركز يخدم 20 ألف لاجئ"
    "منازل مستأجرة": "rented accommodation",
    # tents a flood, a wind or a fire took: "جرفت السيول خيام 300 أسرة نازحة" (the tents of the families: no figure)
    # (written as "damaged tents" is, before the count: English reads "destroyed tents" as the trap)
    "جرفت السيول خيام": "floods destroyed tents", "جرفت الأمطار خيام": "rains destroyed tents",
    "جرفت السيول خيم": "floods destroyed tents", "جرفت خيام": "destroyed tents", "جرف خيام": "destroyed tents",
    "اقتلعت الرياح خيام": "winds destroyed tents", "احترقت خيام": "fire destroyed tents",
    "احتراق خيام": "fire destroyed tents",
    # Malian refugees (the adjective spells the country): "لاجئ مالي" is no refugee who fled Mali's place
    "لاجئ مالي": "Malian refugees who fled", "لاجئا ماليا": "Malian refugees who fled",
    "لاجئين ماليين": "Malian refugees who fled", "اللاجئين الماليين": "Malian refugees who fled",
    "تضرر خيام": "damaged tents", "تضررت خيام": "damaged tents", "تضرر خيم": "damaged tents", "يخدم": "served",
    "تخدم": "served", "افتتحت": "opened",
    "افتتح": "opened", "هربا": "fleeing", "هجمات": "attacks", "هجوم": "attack",
    # a risk still to come: "3 ملايين نازح قد يواجهون الجوع" (may face hunger)
    "قد يواجهون": "are at risk of", "قد يواجه": "is at risk of", "قد تواجه": "is at risk of", "الجوع": "hunger",
    "المجاعة": "famine",
    # "حسب ما أعلنته دائرة الهجرة": according to what the directorate announced → according to the directorate
    "ما أعلنته": "", "ما أعلنه": "", "ما ذكرته": "", "ما ذكره": "", "ما أفادت به": "", "ما أفاد به": "",
    "ما أوردته": "", "ما أورده": "", "ما أكدته": "", "ما أكده": "",
    # a camp that holds N people, people arriving, returning or fewer than before: "يضم مخيم الهول أكثر من 40 ألف
    # شخص", "وصلت 700 عائلة سودانية", "عدد الأسر العائدة", "تراجع عدد سكان المخيم إلى …"
    "بين": "between", "حصلت": "received", "منح": "grants",
    "يضم": _comprising, "تضم": _comprising, "تستقبل": "now hosts", "يستقبل": "now hosts", "الأخيرة": "recent",
    "ولايتي": "", "محافظتي": "", "وصلت": _arrived, "العائدة": "returnee", "العائدات": "returnee",
    "تراجع": "fell", "تراجعت": "fell", "انخفض": "fell", "انخفضت": "fell", "حتى نهاية": "until the end of",
    "سودانية": "", "سورية": "", "يمنية": "", "عراقية": "", "لبنانية": "", "فلسطينية": "", "صومالية": "",
    "موريتانية": "", "مغربية": "", "جزائرية": "", "تونسية": "",
    "ليبية": "", "إريترية": "", "إثيوبية": "", "أفغانية": "", "مصرية": "", "أردنية": "", "تركية": "", "تشادية": "",
    # who speaks for a body, the role left out: "أوضح المتحدث باسم المجلس المحلي أن …" → "said Local Council that …"
    # (after the speaker's name, the body in his role: "قال أحمد سليمان، المتحدث باسم المفوضية، إن …" → "said أحمد
    # سليمان, according to UNHCR, that …", as a director or head after a name reads)
    "المتحدث باسم": _spokesperson, "المتحدثة باسم": _spokesperson, "الناطق باسم": _spokesperson,
    "الناطقة باسم": _spokesperson, "متحدث باسم": _spokesperson, "متحدثة باسم": _spokesperson,
    "شهد": "in", "مدرسة": "", "مساجد": "", "مسجد": "", "شهدت": "in", "تشهد": "in", "يشهد": "in",
    # "3 من كل 4 نازحين": a share (written as its percentage, _SHARE_OF_EVERY), no count of 4
    "من كل": "out of every",
    # a part of the figure before, where most of them came from: "…، معظمهم من مدينة درنة" (the figure's place
    # stays the one before)
    "معظمهم": _most_of_them, "غالبيتهم": _most_of_them, "أغلبهم": _most_of_them, "معظمها": "most of them",
    # people living in tents: "اضطر 50 ألف شخص إلى الإقامة في خيام" (indefinite: "الخيام" is also the town of Khiam)
    "في خيام": "in tents", "في خيم": "in tents", "إلى الإقامة": "to stay", "الإقامة": "staying",
    "مخيما": "camps",
    # Sudan's word for the camps of Darfur ("معسكر كلمة", "معسكرات النازحين"), not Algeria's Mascara
    "معسكر": "camp", "معسكرات": "camps", "في معسكرات": "in camps", "في معسكر": "in camp",
    # a return people were brought back on: "بعد إعادة 120 عائلة إلى مناطقها الأصلية" (rebuilding and
    # resettlement keep their own words)
    "إعادة": "the return of", "إعادة إعمار": "the reconstruction of", "إعادة تأهيل": "the rehabilitation of",
    "إعادة بناء": "the rebuilding of", "إعادة فتح": "the reopening of", "إعادة تشغيل": "the restarting of",
    "مناطقها الأصلية": "their areas of origin", "مناطقهم الأصلية": "their areas of origin",
    "قراهم الأصلية": "their villages of origin", "مدنهم الأصلية": "their cities of origin",
    "اليومين الماضيين": "the past two days", "خلال اليومين الماضيين": "in the past two days",
    # an evacuation order and whom it covers: "يشمل أمر الإخلاء مناطق يقطنها نحو 300 ألف فلسطيني" (no figure)
    "أمر الإخلاء": "evacuation order", "أوامر الإخلاء": "evacuation orders", "أمر إخلاء": "an evacuation order",
    "أوامر إخلاء": "evacuation orders", "يشمل": "covers", "تشمل": "covers", "يقطنها": "inhabited by",
    "يقطنه": "inhabited by",
    "مستلزمات": "supplies", "نظافة": "hygiene", "حديثا": "recently", "إلى وجود": "that there are",
    # what displaced people face, the verb first: "يواجه 2.4 مليون نازح انعدام الأمن الغذائي"
    "يواجه": "face", "تواجه": "face", "يواجهون": "face", "انعدام الأمن الغذائي": "food insecurity",
    # nationals in the accusative: "هجّرت السلطات 45 فلسطينياً" ("سوريا" is Syria)
    "فلسطينيا": "palestinians", "يمنيا": "yemenis", "سودانيا": "sudanese", "عراقيا": "iraqis",
    "لبنانيا": "lebanese", "فلسطينيون": "palestinians", "سوريون": "syrians", "يمنيون": "yemenis",
    "سودانيون": "sudanese", "عراقيون": "iraqis", "لبنانيون": "lebanese",
    # sources inside a body: "بحسب مصادر في الهلال الأحمر المصري" → according to the Red Crescent
    "مصادر في": _document("sources in"),
    # an office's parent after its name ("شبكة رصد الحماية والعودة التابعة للمفوضية"), no word of the name
    "التابعة": "of", "التابع": "of",
    # an official inside a body, relayed or saying it ("نقلت وكالة الأناضول عن مسؤول في الهلال الأحمر قوله إن …"):
    # the body is the source
    "مسؤول في": _document("an official in"), "مسؤولة في": _document("an official in"),
    "مسؤولون في": _document("officials in"), "مسؤولين في": _document("officials in"),
    "مصدر في": _document("a source in"),
    # a member of a body ("صرح عضو في الهلال الأحمر بأن …", "قال فلان، عضو المكتب التنفيذي للمفوضية، إن …")
    "عضو في": _document("a member of"), "عضوة في": _document("a member of"), "عضو": _document("a member of"),
    "عضوة": _document("a member of"),
    "قوله": "", "قولها": "",
    # arrivals where they arrived ("وصلوا إلى مدينة الدبة بالولاية الشمالية"), aid that reached people ("وصلت
    # المساعدات إلى 5000 أسرة")
    "وصلوا إلى": _arrived_in, "وصل إلى": _arrived_in, "وصلت إلى": _arrived_in, "وصلوا الى": _arrived_in,
    # crossing from one country to another: "عبروا من لبنان إلى سوريا" (counted where they arrived)
    "عبروا من": "crossed from", "عبر من": "crossed from", "عبرت من": "crossed from",
    # a part of the displaced and what they need: "من بين النازحين … هناك 4500 امرأة حامل تحتاج إلى رعاية صحية"
    "من بين": "among", "هناك": "there are", "تحتاج": "need aid", "رعاية": "care", "امرأة حامل": "pregnant women",
    "نساء حوامل": "pregnant women", "حوامل": "pregnant", "خارج": "outside",
    "ترحيل": "deportation of", "الترحيل": "deportation",
    # people a flood or an earthquake hit, sheltered: "تم إيواء 210 عائلات متضررة من السيول في مدارس المكلا"
    "متضررة من السيول": "flood-affected", "المتضررة من السيول": "flood-affected",
    "متضررين من السيول": "flood-affected", "المتضررين من السيول": "flood-affected",
    "متضررة من الفيضانات": "flood-affected", "المتضررة من الفيضانات": "flood-affected",
    "متضررة من الزلزال": "quake-affected", "المتضررة من الزلزال": "quake-affected",
    "في إطار": "as part of", "برنامج": "programme",
    # displaced children and women (the adjective after its noun), what they suffer from, deaths and interviews:
    # "يعاني 1.8 مليون طفل نازح من سوء التغذية", "توفيت 3 نساء أثناء الولادة", "أجرت المفوضية مقابلات مع 3 آلاف لاجئ"
    "طفل نازح": "displaced children", "طفلا نازحا": "displaced children", "أطفال نازحين": "displaced children",
    "الأطفال النازحين": "displaced children", "امرأة نازحة": "displaced women", "نساء نازحات": "displaced women",
    "يعاني": "suffer", "تعاني": "suffer", "يعانون": "suffer", "سوء التغذية": "malnutrition",
    "توفيت": "died", "توفوا": "died", "الولادة": "childbirth", "مقابلات مع": "interviewed", "أجرت": "", "أجرى": "",
    # "سكان 15 قرية، يقدر عددهم بـ20 ألف نسمة": an estimate of their number
    "بالكامل": "entirely", "كليا": "entirely",
    "يقدر عددهم": _their_number, "يقدر عددها": _their_number, "عددهم": _their_count, "عددها": _their_count,
    # "سكان البلدة البالغ عددهم 60 ألف نسمة": whose number is (a population, _POPULATION_TOTAL)
    "البالغ عددهم": _whose_number, "البالغ عددها": _whose_number, "البالغ عدده": _whose_number,
    "يبلغ عددهم": _stands_at_their_count, "يبلغ عددها": _stands_at_their_count,
    "تبلغ عددهم": _stands_at_their_count, "تبلغ عددها": _stands_at_their_count,
    "بلغ عددهم": _verb_their_count("stood at @COUNT@"),
    "بلغ عددها": _verb_their_count("stood at @COUNT@"),
    # centres people are spread across, counted (no people): "موزعين على 1020 مركزاً"
    "الآن": "now", "يقيمون الآن في": "living in", "يعيشون الآن في": "living in", "يقيم الآن في": "living in",
    "تقيم الآن في": "living in",
    # "1500 منهم يقيمون الآن في مدارس المدينة": the people living in schools (not schools counted)
    "مدارس": "",
    # a town's council, settlers who displaced people, Bedouin communities
    "هجروا": "displaced", "مستوطنين": "settlers", "مستوطنون": "settlers", "تجمعا": "communities",
    "تجمعات": "communities", "بدويا": "bedouin", "بدوية": "bedouin",
    # refugees and asylum seekers registered with a body: "المسجلين لدى المفوضية"
    # (registered, and asylum seekers after refugees: left out, one count, whose own words are read within a few
    # words of it)
    "وطالبي اللجوء": "", "طالبي اللجوء": "asylum seekers",
    "طالب لجوء": "asylum seekers", "طالبي لجوء": "asylum seekers", "طالبو اللجوء": "asylum seekers",
    "طالبو لجوء": "asylum seekers", "حالة نزوح": "displacements", "حالات نزوح": "displacements",
    "المسجلين": "", "المسجلون": "",
    "لدى": _document("with"),  # "المسجلين لدى المفوضية": registered with UNHCR, who counts them
    # camps set up that shelter people: "أقامت السلطات 3 مخيمات تؤوي 4500 شخص"
    "تؤوي": "sheltering", "تأوي": "sheltering", "أقامت": "set up", "أقام": "set up",
    # a body's branch in a town: "الهلال الأحمر الليبي فرع غات"
    "فرع": "branch in",
    # common words after a noun of places, no unknown name: "في عموم مناطق اليمن" (across all of), "منطقة خفض التصعيد"
    # (the de-escalation area), "مهجري ريف إدلب" (the displaced of)
    "عموم": "all of", "خفض التصعيد": "de-escalation", "مهجري": "displaced people from",
    # the next places of a list by place: "في مأرب (512 أسرة)، تليها تعز (62 أسرة)، ثم الحديدة (38 أسرة)"
    "تليها": "followed by", "تلتها": "followed by", "يليها": "followed by", "تلاها": "followed by", "ثم": "then",
    # the first place of such a list with its count after "بواقع" ("في مأرب بواقع 1046 أسرة"), and the next ones
    # with theirs after "بـ" ("تلتها الحديدة بـ 542 أسرة"): "with", as English writes the list
    "بواقع": "with", "ب": _with_after_a_listed_place,
    # and the list going on after "إضافة إلى" (in addition to), its places after "في كل من" (in each of)
    "إضافة إلى": "in addition to", "بالإضافة إلى": "in addition to", "إضافة الى": "in addition to",
    "بالإضافة الى": "in addition to", "في كل من": "in each of",
    # tens in the nominative after "و": "ثلاثمئة وخمسون نازحاً" (three hundred and fifty)
    "أربعون": "forty", "خمسون": "fifty", "ستون": "sixty", "سبعون": "seventy", "ثمانون": "eighty", "تسعون": "ninety",
    # a crossing counted ("سجلت المفوضية عبور 3500 شخص إلى أدري"), in a single day
    "عبور": _arrival, "يوم واحد": "one day", "في يوم واحد": "in a single day",
    # educational facilities people were sheltered in: "تم إيواء 230 أسرة في مؤسسات تعليمية"
    "مؤسسات": "facilities",  # ("تعليمية", the kind, is left out as the kinds of aid are)
    # who heads an office that reports: "أفاد مدير دائرة الهجرة في نينوى"
    "مدير": _document("director of"), "مديرة": _document("director of"),
    # a director general, "عام" no year: "قال مدير عام دائرة الهجرة"
    "مدير عام": _document("director of"), "المدير العام": _document("director of"),
    "مديرة عامة": _document("director of"), "المديرة العامة": _document("director of"),
    "رئيس": _document("head of"), "رئيسة": _document("head of"), "ممثل": _document("representative of"),
    "ممثلة": _document("representative of"),
    # an average, no count: "بلغ متوسط عدد أفراد الأسرة النازحة … 5 أفراد"
    "متوسط عدد": "the average number of", "متوسط حجم": "the average size of", "متوسط": "average",
    "مركزا": "centres", "مراكز": "centres", "موزعين على": "spread across", "موزعة على": "spread across",
    "موزعون على": "spread across",
    # fleeing, the adjective after its noun: "2300 أسرة فارة من المعارك"
    "فارة": "who fled", "الفارة": "who fled",
    # a plan to move people: "أعلنت الحكومة عن خطة لإعادة 3 ملايين نازح إلى الخرطوم" (no figure)
    "خطة": lambda context: "plans to" if context.after and context.after[0][:1] == "ل" else "plan",
    # people sleeping in the open: "يفترش نحو 500 نازح العراء في محيط مستشفى الفاشر بعد فرارهم من مخيم زمزم"
    # "يعيش أكثر من 5 آلاف شخص في العراء": living in the open, next to the people as English writes it
    "في العراء": "living in the open",
    "على أطراف": "on the outskirts of", "أطراف": "the outskirts of",
    "يفترش": "sleeping", "يفترشون": "sleeping", "تفترش": "sleeping", "العراء": "the open", "محيط": "the vicinity of",
    "مستشفى": "hospital", "فرارهم": "fleeing", "بلدات": "towns",
    # what some of them did, not what happened to them: "شارك 500 نازح في وقفة احتجاجية"
    "شارك": "took part", "شاركت": "took part", "شاركوا": "took part", "وقفة احتجاجية": "a protest",
    "أمام": "in front of",
    # people who entered a country: "عدد السودانيين الذين دخلوا البلاد منذ اندلاع الحرب"
    "دخلوا": "entered", "البلاد": "the country", "اندلاع": "the outbreak of",
    # air strikes as the cause of a displacement, not what they struck: "1.2 مليون نازح جراء الغارات الإسرائيلية"
    "جراء الغارات": "because of bombing", "بسبب الغارات": "because of bombing", "جراء غارات": "because of bombing",
    "بسبب غارات": "because of bombing", "نتيجة الغارات": "because of bombing",
    # periods
    "الأسبوع الماضي": "last week", "هذا الأسبوع": "this week", "الشهر الماضي": "last month",
    "خلال الأسبوع الماضي": "in the past week", "خلال الأيام الماضية": "in the past days",
    "خلال الأيام الأخيرة": "in the past days", "خلال الساعات الـ24 الماضية": "in the past 24 hours",
    "خلال 24 ساعة": "in the past 24 hours", "خلال الشهر الماضي": "in the past month",
    "منذ بداية العام": "since January", "منذ مطلع العام": "since January", "مطلع": "the start of", "يوم": "on",
    # reporting cues
    "بحسب": "according to", "حسب": "according to", "وفقا ل": "according to", "وفقا": "according to",
    "وفق": "according to", "طبقا ل": "according to", "نقلا عن": "citing", "قال": "said", "قالت": "said",
    "أفاد": "reported", "أفادت": "reported", "ذكر": "reported", "ذكرت": "reported", "أعلن": "announced",
    "أعلنت": "announced", "أكد": "said", "أكدت": "said", "أشار": "noted", "أشارت": "noted", "أوضح": "said",
    "أوضحت": "said", "قدر": "estimated", "قدرت": "estimated", "رصد": "recorded", "رصدت": "recorded",
    "وثق": "documented", "وثقت": "documented", "سجل": "recorded", "سجلت": "recorded", "حذر": "warned",
    "حذرت": "warned", "أحصى": "counted", "أحصت": "counted", "تقديرات": _document("estimates"),
    "إحصائية": "figures from",
    "بيانات": _document("data"), "أرقام": _document("figures"), "إحصاءات": _document("statistics"),
    "إحصائيات": _document("statistics"),
    # reports in the plural and figures with their adjective before the body: "تقارير المفوضية", "الأرقام الجديدة
    # لمفوضية اللاجئين"
    "تقارير": _document("reports"),
    "الأرقام الجديدة": _document("the new figures"), "الأرقام الأخيرة": _document("the latest figures"),
    "بيان": "statement from", "تقرير": "report by",
    # the body's own statement or report, named before: "وأضافت المنظمة في بيانها أن …"
    "بيانه": "its statement", "بيانها": "its statement", "تقريره": "its report", "تقريرها": "its report",
    # "أفاد تحديث لمصفوفة تتبع النزوح بأن …": an update of a body, read as the body
    "تحديث": _document("update"), "آخر تحديث": _document("the latest update"),
    # a table a body published: "كشف جدول المفوضية أن …" (the table stands for the body)
    "جدول": _document("table"),
    # a grant paid to people who returned: "صرف منحة العودة … لـ 2000 عائلة عائدة" (aid, no figure)
    # votes cast and children born are no displacement: "أدلى 3 آلاف نازح بأصواتهم", "ولد 300 طفل في مخيم زمزم"
    "أدلى": "voted", "أدلت": "voted", "أدلوا": "voted", "بأصواتهم": "their votes", "انتخابات": "elections",
    "ولد": "born", "ولدوا": "born", "ولادة": "births of", "ولادات": "births",
    # people who entered a country, the verb first: "دخل أكثر من 100 ألف لبناني إلى سوريا"
    "دخل": "crossed into", "دخلت": "crossed into",
    # a count that rose to where it stands: "تضاعف عدد النازحين … ليصل إلى 85 ألف نازح"
    "ليصل إلى": _reaching, "لتصل إلى": _reaching, "ليصل الى": _reaching, "لتصل الى": _reaching,
    "تضاعف": "doubled",
    # Yazidis displaced (the adjective after its noun): "نازح إيزيدي فروا من سنجار"
    "نازح إيزيدي": "Yazidi displaced people", "نازحا إيزيديا": "Yazidi displaced people",
    "نازحين إيزيديين": "Yazidi displaced people", "النازحين الإيزيديين": "Yazidi displaced people",
    "إيزيدي": "yazidis", "إيزيديين": "yazidis", "الإيزيديين": "yazidis", "إيزيديا": "yazidis",
    "صرف": "disbursed", "منحة": "grant", "منحة العودة": "the return grant", "ل": "to",
    # the adjective after its noun, written before it as English does: "2000 عائلة عائدة" → "2000 returnee families"
    "عائلة عائدة": "returnee families", "أسرة عائدة": "returnee families", "عائلات عائدة": "returnee families",
    "أسر عائدة": "returnee families", "بنحو": _at_about, "بحوالي": _at_about,
    "بأكثر من": "at more than", "بما يقرب من": "at nearly", "بقرابة": "at nearly",
    # common nouns of fixed phrases after a preposition, no place's name (a word no table knows after "في" or "من"
    # is read as one): "في وقت سجلت الأمم المتحدة …" (while), "في غضون ثلاثة أيام" (within), "من أصل 2.4 مليون"
    # (out of), "من جانبه" (for its part), "أواخر أكتوبر" (late October), "إلى أقسام" (into sections)
    "في وقت": "while", "في وقت سابق": "earlier", "في غضون": "within", "من أصل": "out of", "من جانبه": "for its part",
    "من جانبها": "for its part", "من جانبهم": "for their part", "من جهته": "for its part",
    "من جهتها": "for its part", "من جهتهم": "for their part", "أواخر": "late", "أوائل": "early", "منتصف": "mid",
    "أقسام": "sections", "بلا": "without", "تجمع": "gathering site", "سكناهم": "their residence",
    "سكنهم": "their residence",
    # what a statement is sent by ("أكدت عبر بيان", "عبر منصة إكس": via, not "crossed into"), a hometown ("مسقط
    # رأسها", not Muscat), a tribe's people ("آلاف من أبناء عشائر البدو": people of), registered by themselves
    "عبر بيان": "in a statement", "عبر منصة": "on the platform", "عبر موقعها": "on its website",
    "عبر حسابها": "on its account", "مسقط رأسها": "their hometown", "مسقط رأسهم": "their hometown",
    "مسقط رأسه": "his hometown", "أبناء": "people of", "ذاتيا": "",
    # a part where most of them are: "…، خاصة في ولايات جوبالاند" (mainly in), the figure's place stays the whole's
    "خاصة": "mainly", "خصوصا": "mainly",
    # what is still to come: "سيعرض نحو مليون شخص لنزوح جديد" (puts at risk), "سيتم إعادتهم قريبا" (will be
    # returned), "لاستضافة 336 ألف لاجئ" (a capacity)
    "سيعرض": "will put at risk", "ستعرض": "will put at risk", "سيتم إعادتهم": "will be returned",
    "ستتم إعادتهم": "will be returned", "سيتم نقلهم": "will be relocated", "سيتم إجلاؤهم": "will be evacuated",
    "لاستضافة": "with a capacity",
    # the lives floods or fighting claimed: "أودت الفيضانات بحياة 50 شخصا"
    "بحياة": "killing",
    # the same people counted again: "64 أسرة يمثلون (384 فرداً)" (as English reads "430 families (2,600 people)")
    "يمثلون": "",
}  # fmt: skip


def _restated(english: str):
    """The same people counted again in the other unit, a comma before the English as English writes it ("N
    families, comprising M people"), none twice."""
    return lambda context: english if context.before.rstrip().endswith(",") else ", " + english


# households restated in people, and people in households: "95 أسرة ما يعادل 610 أفراد", "310 أسر تتألف من 1750
# شخصا", "520 لاجئا ينتمون إلى 140 أسرة", "5210 أشخاص ضمن 980 عائلة" (as English reads "N families, equivalent to
# M people", "N families, comprising M people", "M people belonging to N families", "M people in N families"); the
# English stages give the first count alone, and only between a count of people and one of households
for _phrase in ("ما يعادل", "بما يعادل", "أي ما يعادل"):
    VOCABULARY[_phrase] = _restated("equivalent to")
for _verb in ("تتألف", "يتألف", "تتكون", "يتكون", "مكونة", "مكونين", "مؤلفة"):
    VOCABULARY[f"{_verb} من"] = _restated("comprising")
for _verb in ("ينتمون", "ينتمين", "تنتمي", "ينتمي"):
    VOCABULARY.update({f"{_verb} إلى": "belonging to", f"{_verb} الى": "belonging to", f"{_verb} ل": "belonging to"})
# "مع" after a comma before no count opens a clause on what came with the figure ("…، مع تركز النزوح في ولاية سنار":
# with the displacement concentrated in Sennar): its places are its own, as after "while"
VOCABULARY["مع"] = lambda context: (
    "while" if context.before.rstrip().endswith(",") and context.after and not context.after[0][:1].isdigit() else "مع"
)
VOCABULARY["ضمن"] = lambda context: "in" if context.after and context.after[0][:1].isdigit() else "ضمن"
# a verb of saying before the body that says it (Arabic puts the verb first): "قالت الأمم المتحدة إن …" reads
# "according to the United Nations, …", which the body stage knows whatever the body's case
_SAYING = {
    "قال": "said", "قالت": "said", "أفاد": "reported", "أفادت": "reported", "ذكر": "reported", "ذكرت": "reported",
    "أعلن": "announced", "أعلنت": "announced", "أكد": "said", "أكدت": "said", "أشار": "noted", "أشارت": "noted",
    "أوضح": "said", "أوضحت": "said", "قدر": "estimated", "قدرت": "estimated", "رصد": "recorded",
    "رصدت": "recorded", "وثق": "documented", "وثقت": "documented", "سجل": "recorded", "سجلت": "recorded",
    "حذر": "warned", "حذرت": "warned", "أحصى": "counted", "أحصت": "counted", "تقدر": "estimates",
    "يقدر": "estimates", "تشير": "noted", "يشير": "noted", "صرح": "said", "صرحت": "said",
    # a body that reports, reveals or denies: "أوردت وحدة إدارة الكوارث في تقريرها …", "كشفت المنظمة …", "نفت
    # الوحدة التنفيذية …، موضحة أن 18 أسرة …"
    "أورد": "reported", "أوردت": "reported", "كشف": "revealed", "كشفت": "revealed", "نفى": "denied",
    "نفت": "denied", "أظهر": "showed", "أظهرت": "showed", "تظهر": "show", "يظهر": "shows",
    # what a body's report holds: "ويرى تقرير لهيئة الإغاثة أن …"
    "يرى": "considers", "ترى": "considers",
    # a body going on: "وأضافت المنظمة أن …", "وتابع المتحدث باسم المفوضية …", "ولفتت الوكالة إلى أن …"
    "أضاف": "added", "أضافت": "added", "تابع": "added", "تابعت": "added", "أردف": "added", "أردفت": "added",
    "لفت": "noted", "لفتت": "noted", "نوه": "noted", "نوهت": "noted", "بينت": "said",
    # the present: "وتقول المفوضية إن …", "ويقول مكتب أوتشا إن …", "تفيد المنظمة بأن …"
    "يقول": "says", "تقول": "says", "يفيد": "reports", "تفيد": "reports", "يؤكد": "says", "تؤكد": "says",
    "يوضح": "says", "توضح": "says", "يذكر": "reports", "تذكر": "reports",
}  # fmt: skip


def _saying(verb: str):
    def choose(context: gloss.Context) -> str:
        words = context.after
        if tuple(words[:2]) in _BODY_TABLE:
            return "according to"  # "أعلن الرئيس الصومالي": a body of two words, the first a head's noun
        if len(words) > 1 and words[0] in _THE_DOCUMENT and (words[1] in _THAT or tuple(words[1:3]) == _TO_THAT):
            return "It " + verb  # "وأوضح التقرير أن …": the report the sentences before named, going on
        if words and words[0] in _DOCUMENT_NOUNS:
            words = words[1:]  # "تشير بيانات المفوضية": the body's data say
        elif len(words) > 1 and words[0] in _OFFICIALS and words[1] == _IN:
            words = words[2:]  # "قال مسؤول في الهلال الأحمر": an official of the body
            if words and words[0] == _MUNICIPALITY:
                return "according to"  # "أفاد مسؤول في بلدية صور": an official of the town's municipality
        elif words and words[0] in _HEADS_OF:
            words = words[1:]  # "أفاد مدير دائرة الهجرة": the office its director speaks for
        elif words and (words[0] in _THAT or tuple(words[:2]) == _TO_THAT):
            return "It " + verb  # "وأضافت أن …", "وأشارت إلى أن …": the one who spoke before, going on
        elif len(words) > 1 and words[0] in _THROUGH and words[1] in _STATEMENTS:
            return "It " + verb  # "وأكدت عبر بيان أن …", "وقالت في تقريرها الأخير إن …": the same, in a document
        return "according to" if words and _names_a_body(words[0]) else verb

    return choose


_AFTER_TWO = frozenset(
    fold(w)
    for w in "وعشرين وعشرون وثلاثين وثلاثون وأربعين وأربعون وخمسين وخمسون وستين وستون وسبعين وسبعون "
    "وثمانين وثمانون وتسعين وتسعون ألف آلاف مليون ملايين".split()
)
_OFFICIALS = frozenset(fold(w) for w in ("مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مصدر", "مصادر"))
# who heads, represents or speaks for an office: "أفاد مدير دائرة الهجرة", "قال ممثل المفوضية في سوريا", "ذكر رئيس
# الوكالة الصومالية لإدارة الكوارث"
_HEADS_OF = frozenset(fold(w) for w in ("مدير", "مديرة", "رئيس", "رئيسة", "ممثل", "ممثلة"))
_IN = fold("في")
_THAT = frozenset(fold(w) for w in ("أن", "إن", "بأن"))
_TO_THAT = (fold("إلى"), fold("أن"))
_THE_DOCUMENT = frozenset(fold(w) for w in ("التقرير", "البيان", "التحديث"))
_THROUGH = frozenset(fold(w) for w in ("في", "عبر", "خلال"))
_STATEMENTS = frozenset(
    fold(w) for w in "بيان بيانها بيانه تقرير تقريرها تقريره تحديث تحديثها تحديثه إحاطة تغريدة تدوينة منشور".split()
)


def _names_a_body(word: str) -> bool:
    return any(r in _BODY_FIRST or r in HEAD_BODIES for r in (word, *(rest for _, rest, _ in _variants(word))))


VOCABULARY.update({word: _saying(english) for word, english in _SAYING.items()})
_SAYING_FOLDED = frozenset(fold(word) for word in _SAYING)


def _acting(english: str):
    """A verb before the body that did it (Arabic puts the verb first): "أجلت السلطات 7 آلاف شخص" reads "according to
    Authorities evacuated 7 thousand people", the body named and the verb next to its figure; before anything else
    the verb alone."""

    def choose(context: gloss.Context) -> str:
        words = context.after
        if english == "relocated" and words and words[0].startswith(_AGENCY):
            return "relayed"  # "نقلت وكالة سانا عن …": an agency relaying a source (_RELAYED)
        if words and words[0] in _TEAMS:
            words = words[1:]  # "أجلت فرق الدفاع المدني": the civil defence's teams
        if not (words and _names_a_body(words[0])) or context.writer is None:
            return english
        if _cited_later(context.writer):
            return english  # "أخلت السلطات … ونقلت 500 عائلة …، بحسب جهاز الإسعاف": the source the sentence cites
        # "أجلت السلطات التركية": a nation's authorities (a gap after the body, as the English stages read the
        # glossed word order), the verb after its adjective
        nation = len(words) > 1 and words[1].endswith("يه") and words[1] not in _NOT_NATIONS
        context.writer.after_body = ("  " if nation else " ") + english
        return "according to"

    return choose


# a cue that names the figure's source further on in the sentence ("…، بحسب جهاز الإسعاف والطوارئ")
_CUE_LATER = re.compile(r"(?:^|[\s،,])و?(?:بحسب|حسب|وفق|وفقا|وفقاً|طبقا|طبقاً)(?=\s|ل)")
_SENTENCE_ENDS = re.compile(r"[.!?؟\n]")


def _cited_later(writer: gloss.Writer) -> bool:
    # (where the gloss has reached in the text with marks stripped: the map holds the original's positions)
    at = bisect.bisect_right(writer.source_map, writer.mapping[-1]) if writer.mapping else 0
    rest = writer.source[at : at + 400]
    end = _SENTENCE_ENDS.search(rest)
    return bool(_CUE_LATER.search(rest[: end.start()] if end else rest))


_AGENCY = fold("وكالة")[:4]
_NOT_NATIONS = frozenset(fold(w) for w in ("المحلية", "المعنية", "المختصة"))
_TEAMS = frozenset(fold(w) for w in ("فرق", "فريق", "طواقم", "فرقة", "وحدات"))
# ("أجلى" folds as the passive "أجلي": one entry for both, the body after it or not)
VOCABULARY.update({word: _acting("evacuated") for word in ("أجلت", "أجلي", "أجلوا", "أخلت", "أخلى")})
# "توقعت المفوضية عودة نحو مليون لاجئ": what a body expects, no figure
VOCABULARY.update({word: _acting("expected") for word in ("توقعت", "توقع")})
VOCABULARY.update({word: _acting("relocated") for word in ("نقلت", "نقل")})


# "أعادت الوزارة 300 عائلة إلى مناطقها": people brought back home, a return; nationals sent back to their country
# are deported ("أعادت السلطات المصرية 1200 سوداني إلى بلادهم": _SENT_BACK, no figure)
VOCABULARY.update({word: _acting("@SENT@") for word in ("أعادت", "أعاد")})
# "عبر معبر أرقين": via the crossing (not "crossed into")
VOCABULARY.update({"عبر معبر": "via the crossing", "عبر منفذ": "via the crossing", "عبر مطار": "via the airport"})
# "أغلقت وزارة الهجرة مخيم الجدعة بعد إعادة 120 عائلة …": the body that closed the camp, named
VOCABULARY.update({word: _acting("closed") for word in ("أغلقت", "أغلق")})
# "رحلت السلطات 700 مهاجر": deported (a body after the verb); "رحلت" alone may be a departure, left unread
VOCABULARY.update({word: _acting("deported") for word in ("رحلت", "رحل", "رحّلت")})
VOCABULARY.update({word: lambda context: "" if context.after and _names_a_body(context.after[0]) else "teams"
                   for word in ("فرق", "طواقم", "فرقة", "وحدات")})  # fmt: skip
# a part of a whole: "نزح أكثر من ثلثي سكان المدينة" (two thirds of the town's residents), no count of its own
VOCABULARY.update(
    {
        "ثلثي": "two thirds of",
        "ثلثا": "two thirds of",
        "ثلث": "a third of",
        "ربع": "a quarter of",
        "ثلاثة أرباع": "three quarters of",
        "نصف": "half of",
        "غالبية": "most of",
        "معظم": "most of",
    }
)


def _nationals(english: str):
    """'100 ألف سوداني' → 'sudanese'; counted after a host ("استقبلت محافظة أسوان نحو 100 ألف سوداني"), the people a
    place took in from a war are refugees, as English names them ("Aswan hosts about 100 thousand sudanese refugees")
    """

    def choose(context: gloss.Context) -> str:
        if _COUNT_BEFORE.search(context.before) and _HOSTED.search(context.clause()):
            return _ADJECTIVE.get(english, english) + " refugees"
        return english

    return choose


_HOSTED = re.compile(r"@HOST@|\bnow hosts\b")
_ADJECTIVE = {"syrians": "syrian", "yemenis": "yemeni", "iraqis": "iraqi", "palestinians": "palestinian"}
VOCABULARY.update(
    {
        word: _nationals(english)
        for word, english in (
            ("سوري", "syrians"), ("سوريين", "syrians"), ("يمني", "yemenis"), ("يمنيين", "yemenis"),
            ("سوداني", "sudanese"), ("سودانيين", "sudanese"), ("سودانيا", "sudanese"), ("لبناني", "lebanese"),
            ("عراقي", "iraqis"), ("عراقيين", "iraqis"), ("فلسطيني", "palestinians"), ("فلسطينيين", "palestinians"),
        )
    }
)  # fmt: skip
VOCABULARY.update(_MONTHS)
VOCABULARY.update({day: "on " + english for day, english in _WEEKDAYS.items()})
# "اثنين" is also two, before the tens or thousands it opens ("اثنين وعشرين ألف عراقي"), not Monday
VOCABULARY["الاثنين"] = lambda context: "two" if context.after and context.after[0] in _AFTER_TWO else "on Monday"
VOCABULARY.update({"اثنان": "two", "اثنتين": "two", "اثنتان": "two"})
VOCABULARY.update({"يوم " + day: "on " + english for day, english in _WEEKDAYS.items()})

BODIES = {
    "الأمم المتحدة": "United Nations", "منظمة الأمم المتحدة": "United Nations",
    "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية": "OCHA", "مكتب تنسيق الشؤون الإنسانية": "OCHA",
    "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أوتشا": "OCHA", "أوتشا": "OCHA", "اوتشا": "OCHA",
    "مكتب أوتشا": "OCHA",
    "مفوضية الأمم المتحدة السامية لشؤون اللاجئين": "UNHCR", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين": "UNHCR",
    "مفوضية اللاجئين": "UNHCR", "المفوضية": "UNHCR", "مفوضية الأمم المتحدة لشؤون اللاجئين": "UNHCR",
    "المنظمة الدولية للهجرة": "IOM", "منظمة الهجرة الدولية": "IOM", "منظمة الهجرة": "IOM",
    "مصفوفة تتبع النزوح": "DTM", "اليونيسف": "UNICEF", "يونيسف": "UNICEF",
    "منظمة الأمم المتحدة للطفولة": "UNICEF", "برنامج الأغذية العالمي": "WFP",
    "المرصد السوري لحقوق الإنسان": "Syrian Observatory for Human Rights", "المرصد السوري": "Syrian Observatory",
    "الدفاع المدني السوري": "Syrian Civil Defence", "الدفاع المدني": "Civil Defence",
    "الخوذ البيضاء": "White Helmets", "منسقو استجابة سوريا": "Syria Response Coordinators",
    "فريق منسقو استجابة سوريا": "Syria Response Coordinators", "الهلال الأحمر": "Red Crescent",
    "الهلال الأحمر السوداني": "Sudanese Red Crescent", "الهلال الأحمر الليبي": "Libyan Red Crescent",
    "الهلال الأحمر المصري": "Egyptian Red Crescent", "الهلال الأحمر الفلسطيني": "Palestine Red Crescent",
    "الهلال الأحمر اليمني": "Yemen Red Crescent",
    "الهلال الأحمر العربي السوري": "Syrian Arab Red Crescent", "الصليب الأحمر": "Red Cross",
    "اللجنة الدولية للصليب الأحمر": "ICRC", "أطباء بلا حدود": "MSF", "منظمة أطباء بلا حدود": "MSF",
    "منظمة الصحة العالمية": "WHO", "وزارة الصحة": "Ministry of Health",
    "وحدة تنسيق الدعم": "Assistance Coordination Unit",
    "الوحدة التنفيذية لإدارة مخيمات النازحين": "Executive Unit for IDP Camps",
    "السلطات المحلية": "local authorities", "المجلس المحلي": "Local Council", "السلطات": "Authorities",
    "محافظ": "Governor", "المحافظ": "Governor", "الإدارة الذاتية": "Autonomous Administration",
    "الحكومة": "government", "مسؤولون محليون": "local officials", "الأمين العام": "Secretary-General",
    "مصادر محلية": "local sources", "مصادر أمنية": "security sources", "مصادر طبية": "medical sources",
    "مصادر ميدانية": "local sources", "مصادر عسكرية": "military sources", "مصادر حكومية": "government sources",
    "مصادر إنسانية": "humanitarian sources", "مصادر أهلية": "local sources", "مسؤولين محليين": "local officials",
    "مسؤول محلي": "a local official", "مصدر محلي": "a local source", "ناشطون": "activists", "ناشطين": "activists",
    "شهود عيان": "witnesses", "شهود": "witnesses", "الجيش": "Army", "السلطة المحلية": "Local Authority",
    "منظمات إغاثية": "aid organisations", "منظمات إنسانية": "humanitarian organisations",
    "منظمات الإغاثة": "aid organisations", "مصادر رسمية": "government sources",
    "الأونروا": "UNRWA", "وكالة الأونروا": "UNRWA",
    # the Maghreb's civil protection, with the services that act for it: "أجلت مصالح الحماية المدنية 87 عائلة"
    "الحماية المدنية": "Civil Protection", "مصالح الحماية المدنية": "Civil Protection",
    "المديرية العامة للحماية المدنية": "Civil Protection",
    # the mayor of a town named after it: "رئيس بلدية صور" reads "Mayor, Tyre", the town still the figure's place
    # ("رئيس البلدية" folds the same)
    "رئيس بلدية": "Mayor,", "نائب رئيس بلدية": "Deputy Mayor,",
    "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين": "UNRWA",
    "وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين": "UNRWA", "أونروا": "UNRWA",
    # its name without "the United Nations", whole or short: "وكالة غوث وتشغيل اللاجئين الفلسطينيين", "وكالة الغوث"
    "وكالة غوث وتشغيل اللاجئين الفلسطينيين": "UNRWA", "وكالة غوث وتشغيل اللاجئين": "UNRWA",
    "وكالة إغاثة وتشغيل اللاجئين الفلسطينيين": "UNRWA", "وكالة الغوث": "UNRWA", "وكالة الغوث الدولية": "UNRWA",
    "وكالة الأمم المتحدة لشؤون اللاجئين": "UNHCR",
    "لجنة الإنقاذ الدولية": "International Rescue Committee",
    "مفوضية العون الإنساني": "Humanitarian Aid Commission",
    "قائممقام": "District Commissioner", "قائمقام": "District Commissioner",
    "المنسقية العامة للنازحين واللاجئين": "General Coordination for Displaced Persons and Refugees",
    "المنسقية العامة لمعسكرات النازحين واللاجئين": "General Coordination for Displaced Persons and Refugees",
    "المجلس النرويجي للاجئين": "Norwegian Refugee Council",
    "المنتدى التونسي للحقوق الاقتصادية والاجتماعية": "FTDES",
    "الأمن العام": "General Security", "الأمن العام اللبناني": "Lebanese General Security",
    "المديرية العامة للأمن العام": "General Security",
    # the clusters of the humanitarian response
    "مجموعة تنسيق وإدارة المخيمات": "CCCM Cluster", "كتلة تنسيق وإدارة المخيمات": "CCCM Cluster",
    "مجموعة الحماية": "Protection Cluster", "مجموعة المأوى": "Shelter Cluster", "كتلة الحماية": "Protection Cluster",
    "كتلة المأوى": "Shelter Cluster",
    # a movement that governs where it holds ground ("بحسب الحركة الشعبية"), IOM by its field alone in a headline
    # ("الهجرة الدولية: …"), the refugee agency without the UN's name
    "الحركة الشعبية": "SPLM-N", "الحركة الشعبية لتحرير السودان": "SPLM-N",
    "الحركة الشعبية لتحرير السودان شمال": "SPLM-N", "الهجرة الدولية": "IOM",
    "المفوضية السامية لشؤون اللاجئين": "UNHCR",
}  # fmt: skip
# a head of state named by the nation's adjective: "أعلن الرئيس الصومالي نزوح …" (the President, a body)
for _nation in ("السوداني", "الصومالي", "السوري", "اللبناني", "العراقي", "اليمني", "الليبي", "التشادي", "المصري",
                "الفلسطيني", "الأوكراني", "الإثيوبي", "الكيني", "النيجيري", "المالي", "الموزمبيقي", "الأفغاني",
                "الباكستاني", "التونسي", "الجزائري", "الموريتاني", "الأردني", "التركي"):  # fmt: skip
    BODIES.setdefault(f"الرئيس {_nation}", "President")

# c6: safety sought is no place ("أمان" is also listed as a name of Amman): "نزح 300 شخص بحثاً عن الأمان"
for _safe in ("الأمان", "أمان", "أمانا", "أماناً", "بر الأمان"):
    VOCABULARY.setdefault(_safe, "safety")
for _seeking in ("بحثا عن", "بحثاً عن", "بحثًا عن"):
    VOCABULARY.setdefault(_seeking, "in search of")
    # refuge or safety sought in a place is where they went: "فر 6 آلاف من القتال في دارفور بحثاً عن ملاذ في تشاد"
    for _refuge in ("ملاذ", "ملاذا", "ملاذاً", "ملاذ آمن", "ملجأ", "مأوى", "الأمان", "الأمن"):
        VOCABULARY.setdefault(f"{_seeking} {_refuge}", "seeking refuge")
# c6: the verb first and the count last with no noun after it, "بلغ عدد النازحين في محافظة إدلب 1500": marked
# here, written before the figure later (_stood_at_before_figure)
for _verb, _marker in (("بلغ", "@STOOD@"), ("بلغت", "@STOOD@"), ("يبلغ", "@STANDS@"), ("تبلغ", "@STANDS@")):
    for _count in ("عدد", "أعداد"):
        VOCABULARY.setdefault(f"{_verb} {_count}", f"{_marker} the number of")
# the teens, eleven to nineteen, in both genders and cases: "خمسة عشر ألف نازح", "إحدى عشرة أسرة", "اثني عشر ألفا"
_TEENS = {"أحد عشر": 11, "إحدى عشرة": 11, "احدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12,
          "اثنتي عشرة": 12}  # fmt: skip
for _unit, _value in (("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5), ("ستة", 6),
                      ("ست", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("ثماني", 8), ("ثمان", 8), ("تسعة", 9),
                      ("تسع", 9)):  # fmt: skip
    _TEENS.update({f"{_unit} عشر": 10 + _value, f"{_unit} عشرة": 10 + _value})
VOCABULARY.update({words: str(value) for words, value in _TEENS.items()})
_BODY_TABLE = gloss.phrase_table(BODIES, fold)
_BODY_FIRST = frozenset(key[0] for key in _BODY_TABLE)
_TABLE = gloss.phrase_table(VOCABULARY, fold)
_MAX_NAME = 9
# words after which a single word names a place, whatever its size ("في", "من", "مدينة", "مخيم" …)
_PLACE_CUES = frozenset(
    fold(w)
    for w in "في من إلى الى نحو باتجاه قرب بالقرب مدينة محافظة بلدة قرية مخيم مخيمات ريف منطقة ولاية مديرية إقليم "
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي داخل خارج أنحاء حي قرى أحياء بلدات مدن ضواحي محلية".split()
)
_BARE_MIN_POPULATION = 100_000
# common words that are also the Arabic name of some town somewhere
_NOT_PLACES = frozenset(
    fold(w)
    for w in "الجديدة المدينة القرية البلدة الشمال الجنوب الشرق الغرب السلام النور الأمل العودة الحرية الوحدة "
    "المركز الساحل الجبل الوادي السوق المخيم الخط الحدود الدولة الأمة العرب الشعب الحرب المنطقة".split()
)
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[^\sA-Z0-9])")
# a body named at the head of a report or a paragraph speaks for the figures after it until another body is named:
# Arabic reporting names it once ("قالت المنظمة الدولية للهجرة …"), and its next lines, each a sentence of its own,
# go on without a cue ("ونزح 800 شخص …"). A figure with no source of its own looks this many sentences back for it
# (English looks two, pipeline.PARAGRAPH_SENTENCES); another body, or a generic source, named between stops it
BODY_REACH = 12
# a line break alone (not a blank line): Arabic reporting is not wrapped inside a sentence, so a line ends one
# whether or not a full stop closes it (the next line opens lower-case in the gloss, "and …")
_LINE_END = re.compile(r"(?<!\n)[ \t]*\n(?![ \t]*\n)")


_QUOTES = frozenset('"“”«')


def _names(words, i, writer: gloss.Writer, min_size: int, gazetteer: Gazetteer) -> int:
    """A body or a place named from word i on (letters attached before it glossed apart), written in English."""
    if i >= 2 and words[i - 1][2] in _QUOTES and (_camp(words[i - 2][2]) or fold(words[i - 2][2]) in _KIND_NOUNS):
        # "مخيم “الهول”", "مخيم \"القردود\"": a name quoted after its noun, read as if the quotes were not there
        return _names(words[: i - 1] + words[i:], i - 1, writer, min_size, gazetteer)
    if (
        i + 2 < len(words)
        and words[i + 1][2] in _QUOTES
        and (fold(words[i][2]) in HEAD_BODIES or fold(words[i][2]) in _TEAMS)
        and fold(words[i + 2][2]) in _BODY_FIRST
    ):
        # "فريق “منسقو استجابة سوريا”", "منظمة \"…\"": the body's kind before its name in quotes, read as the name
        writer.put("", words[i][0], words[i + 1][1])
        return 2
    if i + 2 < len(words) and _official_of_a_municipality(words, i + 2):
        # "قال مسؤول في بلدية النبطية إن …": the municipality its official speaks for (the official left out, as
        # "رئيس بلدية صور" reads "Mayor, Tyre"), the town after it its place
        writer.put("Municipality,", words[i + 2][0], words[i + 2][1], kind="body")
        return 3
    if min_size == 2:
        known = _names_known(words, i, writer, gazetteer) or _kind_named_again(words, i, writer)
        known = known or _named_body(words, i, writer)
        if known:
            return known
        here = fold(words[i][2])
        attached = ""
        if not (here in _KIND_NOUNS or here in _CAMP_WORDS or here in _NAME_HEADS):
            attached, here = _attached_kind_noun(words[i][2])
            if not attached:
                return 0  # no unknown name is read from this word
        probe = gloss.Writer(writer.source, writer.source_map)
        if i + 1 < len(words):
            # "مدينة الفاشر": the known name is read after its noun, which is left out (before any phrase the
            # name's word also is: "بلدة الخيام" is Khiam, not tents); "منطقة عين زارة": a name of two words whose
            # first is a common noun of places ("عين" a spring, not Al Ain) only as a whole
            head = fold(words[i + 1][2]) in _NAME_HEADS
            if _names_known(words, i + 1, probe, gazetteer, 2 if head else 1, whole=True):
                if here not in _KIND_NOUNS:
                    return 0
                if attached:  # "بإقليم كردستان": "in Kurdistan", the noun left out and the letter before it read
                    writer.put(attached + " ", words[i][0], words[i][1])
                elif i and (_camp(words[i - 1][2]) or fold(words[i - 1][2]) in _IN_AFTER):
                    writer.put("in ", words[i][0], words[i][1])  # "مخيمات منطقة الحمراء": "camps in Al Hamra"
                return 1 + _names_known(words, i + 1, writer, gazetteer, 2 if head else 1, whole=True)
        if attached:
            return _unknown_place(words, i, writer, attached)
        return _unknown_place(words, i, writer) or _headed_place(words, i, writer)
    # names of two words or more starting here were looked for by the call before the phrases (gloss.run): one
    # word is left
    return _names_known(words, i, writer, gazetteer, 1, max_size=1) or _lone_place(words, i, writer)


def _names_known(words, i, writer, gazetteer, min_size: int = 2, max_size: int = _MAX_NAME, whole=False) -> int:
    """A known body's or place's name from word i on; `whole`: right after a noun of place, the word as written
    ("مدينة بارا" is Bara, not "in" + Arrah: no letter is attached to a name after its noun)."""
    start, _, first = words[i]
    previous = fold(words[i - 1][2]) if i else ""
    window = min(_MAX_NAME, max_size)
    place_firsts = _place_firsts(gazetteer)
    for prefix_english, rest, prefix_len in _variants(first)[:1] if whole else _variants(first):
        body_here = rest in _BODY_FIRST
        place_here = _first_key(first[prefix_len:]) in place_firsts
        if not (body_here or place_here):
            continue  # no body's and no place's name starts with this word
        folded = [rest] + [fold(w[2]) for w in words[i + 1 : i + window]]
        letters = next((n for n, w in enumerate(words[i : i + window]) if not w[2][0].isalpha()), len(folded))
        for size in range(min(len(folded), letters, max_size), min_size - 1, -1):
            english, kind = _BODY_TABLE.get(tuple(folded[:size])) if body_here else None, "body"
            end = words[i + size - 1][1]
            if english is None and size <= 4 and place_here:
                english, kind = _place(writer.source[start + prefix_len : end], size, previous, prefix_english,
                                       gazetteer), "place"  # fmt: skip
            if english and kind == "place" and _cue_or_saying(previous) and fold(first[prefix_len:]) in _SEATS:
                # "بحسب محافظة ريف دمشق", "أعلنت محافظة اللاذقية عن عودة …": the governorate's administration says
                # it, a body
                english, kind = english + _SEATS[fold(first[prefix_len:])], "body"
            if english:
                if kind == "body":  # "لمفوضية اللاجئين" after "وفقاً": "according to UNHCR", not "to UNHCR"
                    prefix_english = "and" if prefix_english.startswith("and") else ""
                elif i and _camp(words[i - 1][2]) and not prefix_english and not _left_camp(words, i, writer):
                    prefix_english = "in"  # "مخيم عرسال": "camp in Aarsal", a place the stages see as one
                elif i and not prefix_english and not _camp(words[i - 1][2]) and previous in _IN_AFTER:
                    prefix_english = "in"  # "في قرى ولاية الحوض الشرقي": "in villages in Hodh Ech Chargui"
                if prefix_english:
                    writer.put(prefix_english + " ", start, start + prefix_len)
                writer.put(english, start + prefix_len, end, kind=kind)
                return size
    return 0


_CUES = frozenset(fold(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "طبقا"))


def _cue_or_saying(previous: str) -> bool:
    """A cue before a body ("بحسب") or a verb of saying, "و" before it or not ("وأعلنت")."""
    return previous in _CUES or previous in _SAYING_FOLDED or previous[:1] == "و" and previous[1:] in _SAYING_FOLDED


_SEATS = {fold("محافظة"): " Governorate Administration", fold("ولاية"): " State Government"}


@lru_cache(maxsize=65_536)
def _first_key(word: str) -> str:
    return name_key(word).split(" ")[0]


@lru_cache(maxsize=1)
def _arabic_firsts() -> frozenset[str]:
    return frozenset(key.split(" ")[0] for key in arabic_places())


def _place_firsts(gazetteer: Gazetteer) -> frozenset[str]:
    """The first words (name_key) of every place name an Arabic text can resolve to, kept with the gazetteer: a
    word no name starts with is not looked up at every size."""
    kept = getattr(gazetteer, "_arabic_place_firsts", None)
    if kept is not None and kept[0] == len(gazetteer.places):
        return kept[1]
    firsts = _arabic_firsts() | {key.split(" ")[0] for key in gazetteer.places}
    gazetteer._arabic_place_firsts = (len(gazetteer.places), firsts)
    return firsts


# plural nouns of places before a name: "قرى جبل مرة" reads "villages in Jebel Marra"
_IN_AFTER = frozenset(fold(w) for w in ("مخيم", "مخيمات", "قرى", "أحياء", "بلدات", "مدن", "ضواحي"))


# nouns that name the kind of place the next words name: "مدينة معرة النعمان", "مخيم أطمة", "حي جوبر"
_KIND_NOUNS = {fold(w): english for w, english in {
    "مدينة": "", "بلدة": "", "قرية": "", "حي": "", "مديرية": "", "محافظة": "", "ولاية": "", "ناحية": "",
    "منطقة": "", "قضاء": "", "مقاطعة": "", "إقليم": "", "محلية": "",
    # Morocco's villages: "بدوار تيخت"
    "دوار": "",
    # two of them: "في ولايتي هيران وشبيلي الوسطى"
    "ولايتي": "", "محافظتي": "", "مدينتي": "", "منطقتي": "", "بلدتي": "", "مديريتي": "",
    # a region's divisions together: "في ولايات كردفان", "محافظات دارفور"
    "ولايات": "", "محافظات": "",
}.items()}  # fmt: skip


_CAMP_WORDS = frozenset(fold(w) for w in ("مخيم", "مخيمات", "معسكر", "معسكرات"))


_RETURN_OR_MOVE = re.compile(r"\b(?:return|returned|returning|returnees|relocated)\b[^.;:]*$")


def _left_camp(words, i: int, writer: gloss.Writer) -> bool:
    """The camp people return or move from is no place of the figure (where they go is): "عودة 625 عائلة من مخيم
    الهول إلى نينوى", "نقل 400 نازح من مخيم الهول إلى …" written "from camp Hol", not "from camp in Hol"."""
    if i >= 2 and any(fold(w[2]) in _LEAVE_VERBS for w in words[max(0, i - 6) : i - 1]):
        return True  # "غادرت 250 عائلة مخيم الجدعة عائدة إلى …": the camp they left
    if i >= 2 and fold(words[i - 2][2]) == _OUTSIDE:
        return True  # "يقيم 12 ألف لاجئ خارج مخيم امبره في قرى …": outside the camp
    return i >= 2 and fold(words[i - 2][2]) == fold("من") and bool(_RETURN_OR_MOVE.search(writer.tail(200, parts=60)))


def _official_of_a_municipality(words, i: int) -> bool:
    return fold(words[i][2]) == _MUNICIPALITY and fold(words[i - 1][2]) == _IN and fold(words[i - 2][2]) in _OFFICIALS


_OUTSIDE = fold("خارج")
_MUNICIPALITY = fold("بلدية")  # "رئيس بلدية القاع": the town, its article kept
_LEAVE_VERBS = frozenset(fold(w) for w in "غادر غادرت غادروا يغادر تغادر يغادرون".split())


@lru_cache(maxsize=4_096)
def _camp(word: str) -> bool:
    """A camp noun: "مخيم", "المخيمات", and with the letters attached before it: "بمخيم", "لمخيم", "ومخيمات"."""
    return any(rest in _CAMP_WORDS for _, rest, _ in _variants(word))


# prepositions after which a word no table knows, standing alone before a sign or a known word, is a place name
_PLACE_PREPOSITIONS = frozenset(
    # "رئيس بلدية مرجعيون": the town a municipality's mayor speaks for
    fold(w)
    for w in ("في", "من", "إلى", "الى", "مخيم", "مخيمات", "باتجاه", "نحو", "قرب", "بلدية")
)


def _known_word(word: str) -> bool:
    return any(rest in _TABLE_FIRST for _, rest, _ in _variants(word))


def _stand_in(writer: gloss.Writer, start: int, end: int) -> None:
    """An unresolved place written as a capitalised stand-in (labelled: the candidate gets the original back)."""
    stand_in = "Xq" + "".join(chr(97 + (len(writer.labels) // 26**k) % 26) for k in range(2))
    writer.put(stand_in, start, end, kind="place")


@lru_cache(maxsize=4_096)
def _attached_kind_noun(word: str) -> tuple[str, str]:
    """A noun of place with a letter attached before it ("بإقليم", "ومدينة", "لمحافظة"): the letter's English and
    the noun folded; ("", "") for any other word."""
    for english, rest, _ in _variants(word)[1:]:
        if rest in _KIND_NOUNS and not _definite(word):
            return english, rest
    return "", ""


def _unknown_place(words, i, writer: gloss.Writer, attached: str = "") -> int:
    """After a noun of place ("مدينة", "حي" …), a name no gazetteer knows, kept as the text gives it."""
    camp = fold(words[i][2]) in _CAMP_WORDS
    kind = attached or fold(words[i][2]) in _KIND_NOUNS
    if i + 1 >= len(words) or not (camp or kind) or _definite(words[i][2]):
        return 0  # "المخيمات الحدودية", "المدينة القديمة": a noun with its article, then its adjective
    name_words = [words[i + 1]]
    if not name_words[0][2][0].isalpha() or _known_word(name_words[0][2]):
        return 0
    following = words[i + 2] if i + 2 < len(words) else None
    if (
        following
        and following[2][0].isalpha()
        and not _known_word(following[2])
        and not following[2].startswith("و")
        and fold(following[2]) not in _PLACE_PREPOSITIONS  # "من مديرية صرواح باتجاه مدينة مأرب"
    ):
        name_words.append(following)  # "معرة النعمان", "الشيخ مقصود" (not "هيران وشبيلي": two names)
    elif camp:
        return 0  # a camp's name of one word is read by _lone_place
    if camp:  # "مخيم نور شمس": "camp in Xq…", a place the stages see as one
        writer.put("camp " if _left_camp(words, i + 1, writer) else "camp in ", words[i][0], words[i][1])
    elif attached:  # "بمحلية الدويم": "in Xq…"
        writer.put(attached + " ", words[i][0], words[i][1])
    elif i and fold(words[i - 1][2]) in _IN_AFTER:  # "قرى محلية الدويم": "villages in Xq…"
        writer.put("in ", words[i][0], words[i][1])
    # the noun itself is left out: "من مدينة X" reads "from X"
    _stand_in(writer, name_words[0][0], name_words[-1][1])
    return 1 + len(name_words)


# nouns that open a place's name of two words: "عين زارة", "جبل مرة", "تل رفعت", "دير حافر", "رأس العين"
_NAME_HEADS = frozenset(
    fold(w) for w in "عين رأس تل جبل دير بئر بيت كفر خان جسر قصر وادي سيدي بني أم أبو حاسي سهل مرج حوض".split()
)


def _headed_place(words, i, writer: gloss.Writer) -> int:
    """After a word of place ("من", "قرى" …), a name-opening noun and a word no table knows: a place's name of two
    words as written ("من قرى جبل مرة")."""
    if i == 0 or i + 1 >= len(words) or fold(words[i][2]) not in _NAME_HEADS:
        return 0
    previous = fold(words[i - 1][2])
    following = words[i + 1][2]
    if previous not in _PLACE_CUES or not following[0].isalpha() or _known_word(following):
        return 0
    if previous in _IN_AFTER:
        writer.put("in ", words[i][0], words[i][0] + 1)
    _stand_in(writer, words[i][0], words[i + 1][1])
    return 2


# nouns that open the name of an office or an agency, written in English for the body stage: "وزارة الداخلية
# التركية", "جهاز الإسعاف والطوارئ", "وحدة إدارة مخاطر الكوارث"
HEAD_BODIES = {fold(w): english for w, english in {
    "وزارة": "Ministry", "وزير": "Minister", "وزيرة": "Minister", "جهاز": "Authority",
    # an undersecretary ("وكيل وزارة الهجرة", "وكيل الوزارة"): one word, not "و" before the German town
    "وكيل": "Undersecretary", "وكيلة": "Undersecretary", "هيئة": "Authority", "وحدة": "Unit",
    "لجنة": "Committee", "مجلس": "Council", "دائرة": "Directorate", "غرفة": "Service", "منظمة": "Organisation",
    "جمعية": "Society", "شبكة": "Network", "إدارة": "Administration", "مكتب": "Office", "قيادة": "Command",
    "مديرية": "Directorate", "بعثة": "Mission",
    # a delegate who speaks for an office in a town: "أكد مندوب الإغاثة في مدينة …"
    "مندوب": "Delegate",
    # an agency by its field ("وكالة إدارة الكوارث الصومالية"), not a news agency ("وكالة الأنباء"): _named_body
    "وكالة": "Authority",
}.items()}  # fmt: skip


# nouns of action that name what an office does, inside its name though a table knows them: "شبكة رصد الحماية"
_BODY_NAME_NOUNS = frozenset(
    fold(w) for w in "رصد تتبع إغاثة حماية تنسيق دعم استجابة إيواء توثيق مراقبة إعادة عودة نزوح".split()
)


_PARENT_WORDS = frozenset(fold(w) for w in ("التابعة", "التابع"))  # "… التابعة للمفوضية": whose office it is


_DIRECTORATE = fold("مديرية")
_FIELDS = frozenset(
    fold(w) for w in "الهجرة الصحة التربية الزراعة المياه الدفاع الشؤون الإسكان الداخلية العمل الإغاثة".split()
)
_AGENCY_WORD = fold("وكالة")
_AGENCY_FIELDS = frozenset(fold(w) for w in ("إدارة", "الإغاثة", "إغاثة", "التنمية", "الهجرة"))


def _emergency_room(words, i: int) -> int:
    """Sudan's emergency rooms, named after their place as written: "غرفة طوارئ مليط" (3 words); after a noun of
    place, with it: "غرفة طوارئ ولاية نهر النيل", "غرفة طوارئ معسكر أبوشوك" (up to 5); 0 for anything else."""
    if not (i + 2 < len(words) and fold(words[i + 1][2]) == _EMERGENCY and words[i + 2][2][0].isalpha()):
        return 0
    if fold(words[i + 2][2]) in _KIND_NOUNS or _camp(words[i + 2][2]):
        size = 3
        while size < 5 and i + size < len(words) and words[i + size][2][0].isalpha():
            word = words[i + size][2]
            if size > 3 and (word.startswith("و") or _known_word(word) and not word.startswith("ال")):
                break
            size += 1
        return size if size > 3 else 0
    name = words[i + 2][2]
    if _known_word(name) and (_definite(name) or len(fold(name)) < 3 or fold(name) in _FUNCTION_WORDS):
        return 0
    return 3  # "غرفة طوارئ مدني": the room of Wad Madani, a word the tables also know ("civilians")


_EMERGENCY = fold("طوارئ")
_FUNCTION_WORDS = frozenset(fold(w) for w in "في من إلى الى على عن أن إن بأن التي الذي منذ خلال بعد قبل".split())


def _town_council(words, i: int) -> int:
    """A town's council named after the town: "مجلس مدينة داريا", "مجلس بلدة كفرنبل" (3 words; 4 when the name
    opens with a noun of names, "مجلس مدينة دير الزور", or goes on with a word no table knows); 0 otherwise."""
    if not (i + 2 < len(words) and fold(words[i + 1][2]) in _TOWN_NOUNS and words[i + 2][2][0].isalpha()):
        return 0
    name = words[i + 2][2]
    if _definite(name) and fold(name) in _TABLE_WORDS or fold(name) in _FUNCTION_WORDS:
        return 0
    following = words[i + 3][2] if i + 3 < len(words) else "."
    if not following[0].isalpha():
        return 3
    # "مجلس مدينة معضمية الشام": a second word no table knows is the name's too (not "و…", not a preposition)
    second = not (_known_word(following) or following.startswith("و") or fold(following) in _PLACE_PREPOSITIONS)
    return 4 if fold(name) in _NAME_HEADS or second else 3


_COUNCIL = fold("مجلس")
_TOWN_NOUNS = frozenset(fold(w) for w in ("مدينة", "بلدة", "قرية", "محافظة"))


def _agency_field(words, i: int) -> bool:
    """The field an agency is named by, after its nation's adjective or not: "وكالة إدارة الكوارث", "الوكالة الصومالية
    لإدارة الكوارث" (not "وكالة الأنباء", a news agency)."""
    if i + 1 < len(words) and _definite(words[i][2]) and fold(words[i][2]).endswith("يه"):
        i += 1  # the nation's adjective
    return i < len(words) and any(rest in _AGENCY_FIELDS for _, rest, _ in _variants(words[i][2]))


# a body named again by its kind and its reach, no name: "وأشارت المنظمة الدولية إلى أن …", "قالت الوكالة الأممية إن …"
_THE_KINDS = frozenset(fold(w) for w in ("المنظمة", "الوكالة", "المكتب", "الفريق"))
_REACHES = frozenset(fold(w) for w in ("الدولية", "الدولي", "الأممية", "الأممي"))


def _kind_named_again(words, i, writer: gloss.Writer) -> int:
    """The international organisation, "المنظمة الدولية", after a body's own name was given: the kind alone, as
    "وأضافت المنظمة أن …" names it again (_ACCORDING_TO_IT); not a name going on ("المنظمة الدولية لحقوق …"), and
    with no body named before, the body as written."""
    if i + 1 >= len(words) or fold(words[i][2]) not in _THE_KINDS or fold(words[i + 1][2]) not in _REACHES:
        return 0
    if i + 2 < len(words) and words[i + 2][2].startswith("ل"):
        return 0
    if not any(label.kind == "body" for label in writer.labels):
        return 0  # no body named before it: the kind and reach as written are the body
    writer.put(words[i][2], words[i][0], words[i + 1][1])
    return 2


def _named_body(words, i, writer: gloss.Writer) -> int:
    """An office or agency named by its head noun and the nouns after it, up to the first with the article and
    the adjectives and "و" + nouns with the article that follow it ("وزارة الهجرة والمهجرين العراقية")."""
    start, _, first = words[i]
    english = HEAD_BODIES.get(fold(first))
    if english is None:
        return 0
    if fold(first) == _DIRECTORATE and (i + 1 >= len(words) or fold(words[i + 1][2]) not in _FIELDS):
        return 0  # "مديرية الهجرة في الأنبار" (a directorate), not "مديرية المخا" (a district)
    if fold(first) == _AGENCY_WORD and not _agency_field(words, i + 1):
        return 0
    council = _town_council(words, i) if fold(first) == _COUNCIL else 0
    if council:  # "وفق مجلس مدينة داريا": the town's council, the town as written
        writer.put("City Council", start, words[i + council - 1][1], kind="body")
        return council
    size, definite = 1, False
    while i + size < len(words) and size < 6:
        word = _MARKS.sub("", words[i + size][2])
        if not word[0].isalpha() or words[i + size - 1][1] == words[i + size][0] or fold(word) in _PARENT_WORDS:
            break
        if word.startswith("ال") or (definite and word.startswith("وال")):
            definite = True
        elif definite or (_known_word(word) and fold(word) not in _BODY_NAME_NOUNS):
            break
        size += 1
    while size > 1 and not _MARKS.sub("", words[i + size - 1][2]).lstrip("و").startswith("ال"):
        size -= 1  # the name ends on a noun with its article
    room = 0 if definite else _emergency_room(words, i)
    if room:  # "غرفة طوارئ مليط": Sudan's emergency rooms named after their place, as written
        size, definite = room, True
    if not definite or size == 1:
        return 0
    writer.put(english, start, words[i + size - 1][1], kind="body")
    return size


def _definite(word: str) -> bool:
    """A noun with its article, letters attached before it or not ("المخيمات", "بالمخيمات", "والمدينة")."""
    plain = _MARKS.sub("", word)
    return any(plain[size:].startswith("ال") for size in (0, 1, 2) if size == 0 or plain[:size] in _ATTACHED)


_ATTACHED = frozenset(("و", "ف", "ب", "ل", "وب", "فب", "ول", "فل"))


# buildings people shelter in, no place's name: "في مدارس مدينة المكلا", "إلى المساجد" (left as written: "schools"
# in English counts schools)
_SHELTER_NOUNS = frozenset(fold(w) for w in "مدارس مدرسة مساجد مسجد كنائس كنيسة مبان مباني قاعات".split())


def _lone_place(words, i, writer: gloss.Writer) -> int:
    """A word no table knows right after "في", "من", "إلى" …, with a sign, a number or a known word after it
    ("فروا من القتال في تلعفر."): a place name as written."""
    word = words[i][2]
    if i == 0 or not word[0].isalpha() or len(word) < 3 or fold(word) in _SHELTER_NOUNS:
        return 0
    camp = _camp(words[i - 1][2])
    if not (camp or fold(words[i - 1][2]) in _PLACE_PREPOSITIONS):
        return 0
    if camp and _definite(words[i - 1][2]):
        return 0  # "المخيمات الحدودية": the camps, then what camps they are
    council = fold(words[i - 1][2]) == _MUNICIPALITY
    if (word.startswith("ال") and not (camp or council)) or _known_word(word):
        return 0  # a noun with its article after a preposition is far more often a common noun; after "مخيم" a name
    following = words[i + 1][2] if i + 1 < len(words) else "."
    if following[0].isalpha() and not _known_word(following):
        return 0  # "في هجوم بالطائرات": a noun in a phrase, not a name
    if camp and _left_camp(words, i, writer):
        pass  # "غادرت 250 عائلة مخيم الجدعة": the camp left is no place of the figure
    elif camp or fold(words[i - 1][2]) in _IN_AFTER:
        writer.put("in ", words[i][0], words[i][0] + 1)  # "مخيم كاكوما": "camp in Kakuma"
    _stand_in(writer, words[i][0], words[i][1])
    return 1


def _place(name: str, size: int, previous: str, prefix: str, gazetteer: Gazetteer) -> str | None:
    key = name_key(name)
    if len(key.replace(" ", "")) < 3 or (size == 1 and fold(name) in _NOT_PLACES) or fold(name) in _TABLE_WORDS:
        return None
    loaded = gazetteer.places.get(key)
    if loaded:
        return loaded[0].name
    found = arabic_places().get(key)
    if found is None:
        return None
    english, rank, population = found
    if size == 1 and rank == 2 and population < _BARE_MIN_POPULATION and not (prefix or previous in _PLACE_CUES):
        return None  # a small town's name standing alone is more often an ordinary word
    return english


_TABLE_WORDS = frozenset(key[0] for key in _TABLE if len(key) == 1)
_TABLE_FIRST = frozenset(key[0] for key in _TABLE)


def gloss_arabic(text: str, gazetteer: Gazetteer) -> gloss.Glossed:
    """`text` in the English vocabulary, with the map back to it."""
    source, source_map = gloss.strip_marks(text.translate(_DIGITS), _MARKS)
    glossed = gloss.run(
        text,
        source=source,
        source_map=source_map,
        phrases=_TABLE,
        fold=fold,
        variants=_variants,
        names=lambda words, i, writer, min_size: _names(words, i, writer, min_size, gazetteer),
    )
    if "(" in glossed.text:
        glossed = gloss.rewrite(glossed, _BRACKETED_COUNT, _bracketed_count)
    if "ر" in glossed.text:
        glossed = gloss.rewrite(glossed, _RA_DECIMAL, lambda m: f"{m.group(2)}.{m.group(1)}")
    if " and " in glossed.text:
        glossed = gloss.rewrite(glossed, _UNITS_AND_TENS, lambda m: str(sum(_WORD_VALUES[n] for n in m.groups())))
        glossed = gloss.rewrite(glossed, _HUNDREDS_AND, _hundreds_and)
    glossed = gloss.rewrite(glossed, _COMPOUND_MILLION, lambda m: str(_n(m.group(1)) * 10**6 + int(m.group(2)) * 1000))
    glossed = gloss.rewrite(glossed, _COMPOUND, lambda m: str(_n(m.group(1)) * 1000 + int(m.group(2) or m.group(3))))
    if "the number of" in glossed.text:
        glossed = gloss.rewrite(glossed, _FIGURE, _more_than_after_exceeded)
    if "@LEAST@" in glossed.text or "@ABOUT@" in glossed.text:
        glossed = gloss.rewrite(glossed, _AT_LEAST_AFTER, _at_least_before)
    if "@HOST@" in glossed.text:
        glossed = _host_then_time(glossed)
        glossed = gloss.rewrite(glossed, _BEFORE_FIGURE, _hosts_before_figure)
        glossed = gloss.rewrite(glossed, _HOST_MARK, lambda m: "")
    if "@STOOD@" in glossed.text or "@STANDS@" in glossed.text:
        glossed = gloss.rewrite(glossed, _BEFORE_FIGURE, _stood_at_before_figure)
        glossed = gloss.rewrite(glossed, _STOOD_MARK, _stood_at_left)
    if " of " in glossed.text:
        glossed = _office_place_alone(glossed)
    glossed = gloss.capacity_next_to_its_figure(glossed)
    if "out of every" in glossed.text:
        glossed = gloss.rewrite(glossed, _SHARE_OF_EVERY, _share_of_every)
    if "نقل" in glossed.text or "relayed" in glossed.text:
        glossed = gloss.rewrite(glossed, _RELAYED, _relayed)
    glossed = gloss.rewrite(glossed, _TRAP_VERB_FIRST, lambda m: f"{m.group(1)} {m.group(2)}{m.group(1)} ")
    if "forced" in glossed.text:
        glossed = gloss.rewrite(glossed, _FORCED_FIRST, lambda m: f"{m.group(1)} {m.group(2)}{m.group(1)} ")
    if "@SENT@" in glossed.text:
        glossed = gloss.rewrite(glossed, _SENT_BACK, lambda m: "deported" if m.group(1) else "returned")
    if "out of " in glossed.text or "whose number is" in glossed.text:
        glossed = gloss.rewrite(glossed, _POPULATION_TOTAL, _population_total)
    if "displace" in glossed.text or "fle" in glossed.text:
        glossed = gloss.rewrite(glossed, _BARE_COUNT_MOVED, lambda m: m.group() + " people")
    if "among " in glossed.text:
        glossed = gloss.rewrite(glossed, _AMONG_BARE_COUNT, lambda m: m.group() + " people")
    if "/" in glossed.text:
        glossed = gloss.rewrite(glossed, _DATE_AFTER_VERB, lambda m: f"{m.group(2)}, {m.group(1)} ")
    if " and " in glossed.text:
        glossed = gloss.rewrite(glossed, _SECOND_PART, lambda m: f"{m.group()}{m.group(1)} ")
    glossed = gloss.rewrite(glossed, _YEAR_OPENING, lambda m: m.group() + ",")
    if "according to " in glossed.text:
        glossed = gloss.rewrite(glossed, _ACCORDING_TO_IT, lambda m: "the agency said")
    if "\n" in glossed.text:
        glossed = gloss.rewrite(glossed, _LINE_END, lambda m: "\n \n")
    return gloss.split_before(glossed, _SENTENCE_END)


# the body named before named again: "وبحسب المصدر نفسه، …", "…، وفق المصدر ذاته", "بحسب المنظمة، …" read as English
# reads "the agency said", which takes the body named last
_ACCORDING_TO_IT = re.compile(
    r"(?:and in )?according to (?:ال)?(?:مصدر (?:نفسه|ذاته)|نفس المصدر|المصدر (?:نفسه|ذاته)|المنظمة|الوكالة|المكتب|"
    r"الفريق|report by|statement from)"
    # (or what it says next: "وأضافت المنظمة أن …", "وقال المصدر نفسه إن …")
    r"(?=\s*[,.;:،]|\s*$|\s+(?:in\s+its\s+(?:statement|report)\s+)?(?:to\s+)?that\b|\s+\d"
    # (or in a document of its own first: "وتقول الوكالة في تحديث نشرته أمس …")
    r"|\s+in\s+(?:a\s+|its\s+)?(?:statement|report)\b"
    # (or what it recorded: "ووثق الفريق نزوح 900 عائلة", "ورصدت المنظمة عودة أكثر من 500 أسرة")
    rf"|\s+(?:displacement|flight|return|arrivals\s+of|evacuated|evacuation)\b|\s+(?:(?:{QUALIFIER_WORDS})\s+)+\d)"
)


def _office_place_alone(glossed: gloss.Glossed) -> gloss.Glossed:
    """A body's office in a place ("مكتب منظمة الهجرة في بيدوا", glossed "Office of Baidoa") is where the figure is
    when its sentence names no other place: "… of Baidoa" written "… in Baidoa" then (the place is the figure's)."""
    text, labels = glossed.text, glossed.labels
    offices = set()
    for body, place in zip(labels, labels[1:], strict=False):
        if body.kind == "body" and place.kind == "place" and text[body.end : place.start] == " of ":
            start = max(text.rfind(sign, 0, place.start) for sign in ".!?\n")
            end = min((e for e in (text.find(sign, place.end) for sign in ".!?\n") if e >= 0), default=len(text))
            if not any(other.kind == "place" and other is not place and start < other.start < end for other in labels):
                offices.add(body.end)
    if not offices:
        return glossed
    return gloss.rewrite(glossed, _OF_AFTER_BODY, lambda m: " in " if m.start() in offices else None)


_OF_AFTER_BODY = re.compile(r" of ")


# a news agency relaying a source: "بحسب ما نقلته وكالة الأناضول عن مصادر أمنية", "نقلت وكالة سانا عن مسؤول": the
# agency publishes, the source it cites is the body (the agency's name, no body the gloss knows, is left out)
_RELAYED = re.compile(
    r"(?:\baccording to\s+)?(?:ما\s+)?(?:relayed|نقلت|نقلته|نقله|نقل|نقلتها|ونقلت)\s+(?:وكال\S*\s+)?"
    r"(?:[\u0600-\u06FF]+\s+){0,4}?"
    r"(?=[A-Z]|(?:local|security|medical|military|government|humanitarian) sources\b)"
)


def _relayed(match: re.Match) -> str:
    return "according to "


# a verb of harm first, its subject, then the people it befell: "اعتقلت القوات 45 شخصاً" reads "arrested the forces
# arrested 45 people", the verb next to its figure as English puts it
_TRAP_VERB_FIRST = re.compile(
    r"\b(arrested|detained|abducted|killed)\s+((?:[^\s\d.,;:]+\s+){1,3}?)"
    r"(?=(?:(?:about|nearly|more than|at least|up to)\s+)?\d)"
)


# "أجبرت الغارات عشرات الآلاف من سكان … على النزوح": the verb opening the sentence, its cause, then the people it
# drove out, written again next to them ("forced airstrikes forced tens of thousands of residents … to flee")
_FORCED_FIRST = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(forced)\s+((?:(?!(?:about|nearly|more|than|at|least|up|to|over)\b)[^\s\d.,;:]+\s+){1,3}?)"
    r"(?=(?:(?:about|nearly|more than|at least|up to)\s+)?(?:\d|(?:tens of |hundreds of )?thousands of\b|hundreds of\b|"
    r"dozens of\b))"
)


_SENT_BACK = re.compile(
    r"@SENT@(?=(\s+(?:about |nearly |more than )?\d[\d,.]*\s+(?:thousand\s+)?[a-z]+\s+to their country\b)?)"
)


# the host's verb written after its name, before the figure: "@HOST@ Kassala about 50 thousand" → "Kassala hosts
# about 50 thousand"
# (a number in digits or in words: "استقبلت محافظة مأرب ثلاثة آلاف عائلة")
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|tens|dozens)\b"
_BEFORE_FIGURE = re.compile(
    rf"(?<=\S)(?=[ \t]+(?:(?:about|nearly|more than|at least|up to|less than)\s+)?(?:\d|{_NUMBER_WORD}))"
)
_HOST_MARK = re.compile(r"@HOST@[ \t]*")
_FIGURE_OR_END = re.compile(rf"[\d.;:!?]|\b{_NUMBER_WORD}")


def _hosts_before_figure(match: re.Match) -> str | None:
    opened = match.string.rfind("@HOST@", max(0, match.start() - 120), match.start())
    if opened < 0 or _FIGURE_OR_END.search(match.string, opened, match.start()):
        return None
    if " hosts " in match.string[opened : match.start()]:
        return None  # written after the host's name already (_host_then_time)
    if _QUALIFIED.search(match.string, max(0, match.start() - 12), match.start()):
        return None  # "about 50 thousand": before the qualifier, not between it and its number
    return " hosts"


def _host_then_time(glossed: gloss.Glossed) -> gloss.Glossed:
    """The host named, then when, then the figure: "استقبلت محافظة الحسكة خلال الأسبوع الماضي نحو 2300 أسرة" reads
    "Al-Hasakah hosts in the past week about 2300 families", the verb right after the host as English puts it (not
    before the figure, where English takes the time for the host's place)."""
    text, ends = glossed.text, set()
    for label in glossed.labels:
        if label.kind != "place" or not text[: label.start].rstrip().endswith("@HOST@"):
            continue
        figure = _BETWEEN_HOST_AND_FIGURE.match(text, label.end)
        if figure and not _FIGURE_OR_END.search(figure.group(1)):
            ends.add(label.end)
    if not ends:
        return glossed
    return gloss.rewrite(glossed, _AFTER_NAME, lambda m: " hosts" if m.start() in ends else None)


# (a few words of when between, then the figure: "… in the past week about 2300", "… on Friday 700")
_BETWEEN_HOST_AND_FIGURE = re.compile(
    rf"[ \t]+([^\d.;:!?]{{2,50}}?)[ \t]+(?:(?:about|nearly|more than|at least|up to|less than)\s+)?"
    rf"(?:\d|{_NUMBER_WORD})"
)
_AFTER_NAME = re.compile(r"(?<=\S)(?=[ \t])")


# the verb first and the count last, with no noun after it (the number of … stood at 1500): the verb written
# before the figure as English puts it
_STOOD_MARK = re.compile(r"@(?:STOOD|STANDS)@[ \t]*")


# (only a count with no noun after it: "… 22 martyrs", "… 4 thousand students" keep what they count)
_COUNT_LAST = re.compile(
    rf"[ \t]+(?:(?:about|nearly|more than|at least|up to|less than)\s+)?(?:\d[\d,.]*\d|\d|{_NUMBER_WORD})"
    r"(?:\s+(?:thousand|million|hundred))?\s*(?:[.;:!?,]|$)"
)


def _stood_at_left(match: re.Match) -> str:
    """The mark taken off where its verb was written before the figure, else its verb left where Arabic put it."""
    if _WRITTEN_AFTER.match(match.string, match.end()):
        return ""
    return "stood at " if match.group().startswith("@STOOD@") else "stands at "


_WRITTEN_AFTER = re.compile(r"[^.;:!?]*?\b(?:stood|stands) at\b")


def _stood_at_before_figure(match: re.Match) -> str | None:
    opened = max(match.string.rfind(m, max(0, match.start() - 160), match.start()) for m in ("@STOOD@", "@STANDS@"))
    if opened < 0 or _FIGURE_OR_END.search(match.string, opened, match.start()):
        return None
    if not _COUNT_LAST.match(match.string, match.end()):
        return None
    if _QUALIFIED.search(match.string, max(0, match.start() - 12), match.start()):
        return None  # "about 50 thousand": before the qualifier, not between it and its number
    return " stood at" if match.string.startswith("@STOOD@", opened) else " stands at"


# "نزحت 220 عائلة إلى مدينة الدامر و90 عائلة إلى مدينة شندي": the verb first, said once for two counts each with
# its place; written again before the second ("… and displaced 90 families to Shendi"), as English would
_SECOND_PART = re.compile(
    r"(?:^|(?<=[.!?]\s))(displaced|fled|returned|evacuated)\s+(?:about |nearly |more than )?\d[^.;]{0,120}?"
    r"\bto [A-Z][^.;]{0,60}?\band\s*(?=(?:about |nearly |more than )?\d[\d,.]*\s+(?:thousand\s+)?"
    r"(?:families|people|individuals)\s+to\b)"
)


# the whole a count is part of, the people living there: "600 ألف شخص من أصل 900 ألف نسمة" (out of 900 thousand
# people), "نزح ربع سكان البلدة البالغ عددهم 60 ألف نسمة" (the residents of the town, whose number is 60 thousand):
# written as English writes a population (", of a population of 900 thousand,"), no figure of its own
_TOTAL_COUNT = r"((?:(?:about|nearly|more than|less than)\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?)"
_POPULATION_TOTAL = re.compile(
    rf"\bout of {_TOTAL_COUNT}\s+(?:people|residents)\b"
    rf"|(\bresidents of\b[^\d.;:!?]{{0,80}}?)\s*whose number is {_TOTAL_COUNT}"
    r"(?:\s+(?:people|residents)\b)?"
)


def _population_total(match: re.Match) -> str:
    if match.group(1):
        return f", of a population of {match.group(1)},"
    return f"{match.group(2)}, of a population of {match.group(3)},"


# a count with no noun after the verb or the verbal noun of displacement, then where or how they went:
# "وتهجير قرابة 6 ملايين داخلياً" (and the displacement of nearly 6 million internally), "نزح 5 آلاف إلى
# دول الجوار": the people it counts written after it, as English says them; the place they left or reached may
# come between the verb and the count ("نزح إلى بلدة الدندر قرابة 2700 جراء القصف"), and why they went after it
_BARE_COUNT_MOVED = re.compile(
    r"\b(?:displacement|displaced|fled|to flee)\s+(?:(?:to|from|into|towards)\s+(?:[A-Z][\w'-]*\s+){1,3})?"
    r"(?:(?:about|nearly|more than|at least|up to|less than)\s+)?(?!(?:19|20)\d\d\b)"
    r"(?:\d[\d,.]*\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)(?:\s+(?:thousand|million))?"
    r"(?=\s+(?:internally|inside|to|towards|into|across|from|because of|due to)\b|\s*[,.;]\s)"
)


# the verb first, then the day in figures, then the count: "عادت يوم 4/6/2024، 95 أسرة إلى …" ("returned on
# 4/6/2024, 95 families to …"): the day written first, so that its figures do not part the verb from its count
_DATE_AFTER_VERB = re.compile(
    r"\b(returned|displaced|fled|arrived|evacuated)\s+(on\s+\d{1,2}/\d{1,2}/\d{2,4})\s*,?\s+"
    r"(?=(?:(?:about|nearly|more than|at least)\s+)?\d[\d,.]*\s+(?:thousand\s+)?[a-z])"
)


# a count with no noun after "among the displaced" ("ومن بين النازحين هناك 40 ألفاً في مدينة كسلا"): the displaced
# people named before it, written after it as English says them
_AMONG_BARE_COUNT = re.compile(
    r"\bamong (?:the )?(?:displaced people|homeless people|returnees)(?: there are)?,?\s+"
    r"(?:(?:about|nearly|more than|at least)\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?"
    r"(?=\s+(?:in|inside|to|at)\b|\s*[,.;])"
)


# "نزح 1700 شخص على الأقل": "at least" after the counted noun, written before the figure as English puts it (once);
# "نزح ألف شخص تقريباً": "about" the same way
_AT_LEAST_AFTER = re.compile(
    r"(?:(?<![\w.,])(\d[\d,.]*|\bone(?= (?:hundred|thousand|million)))((?:[ \t]+[^\s@\d]+){0,3}?)[ \t]*)?"
    r"@(LEAST|ABOUT)@"
)
_QUALIFIED = re.compile(r"(?:at least|more than|about|nearly|up to|less than|exceeding|over)\s*$")


def _at_least_before(match: re.Match) -> str:
    if match.group(1) is None or _QUALIFIED.search(match.string, 0, match.start()):
        return (match.group(1) or "") + (match.group(2) or "")
    qualifier = "at least" if match.group(3) == "LEAST" else "about"
    return f"{qualifier} {match.group(1)}{match.group(2)}"


_WORD_VALUES = {
    word: value for value, word in enumerate("one two three four five six seven eight nine ten".split(), start=1)
} | {word: 10 * value for value, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# hundreds, then tens or units, before what they count: "ثلاثمائة وخمسين ألف" (350 thousand), "مائتين وخمسة" (205)
_HUNDREDS_AND = re.compile(rf"\b({_UNIT_WORDS}) hundred and (\d{{1,2}}|ten|{_UNIT_WORDS}|twenty|thirty|forty|fifty|"
                           r"sixty|seventy|eighty|ninety)\b")  # fmt: skip
# "خمسة وأربعين ألف شخص": the units before the tens, as Arabic says them ("five and forty thousand" → 45 thousand)
_UNITS_AND_TENS = re.compile(rf"\b({_UNIT_WORDS}) and (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
# a count in brackets before its noun, as bulletins print it: "عاد (3,418) شخصاً" reads as the bare count; one
# in brackets after a count and its noun ("520 عائلة (3,418) شخصاً") is a conversion and keeps its brackets
_BRACKETED_COUNT = re.compile(r"\((\d{1,3}(?:[,.]\d{3})+|\d+)\)(?=[ \t]+[^\W\d])")
_UNIT_NOUN_BEFORE = re.compile(r"\b(?:famil(?:y|ies)|households?|people|persons?|individuals|displaced)\s*$")


def _bracketed_count(match: re.Match) -> str | None:
    return None if _UNIT_NOUN_BEFORE.search(match.string, 0, match.start()) else match.group(1)


# "8ر1 مليون": the decimal sign of Egyptian wire copy, its digits stored fraction first (shown "1ر8"): 1.8 million
_RA_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,2})ر(\d{1,3})(?=\s*(?:million|thousand|billion)\b)")
_SHARE_OF_EVERY = re.compile(rf"\b(\d{{1,3}}|{_UNIT_WORDS}|ten) out of every (\d{{1,4}}|{_UNIT_WORDS}|ten)\b")


def _share_of_every(match: re.Match) -> str | None:
    part, whole = (_WORD_VALUES.get(n) or int(n) for n in match.groups())
    return f"{round(100 * part / whole)} percent of" if 0 < part <= whole else None


# "في عام 2014 نزح …": a year opening the sentence, before its verb, kept apart from the count after it
_YEAR_OPENING = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n))\s*(?:in|since|during|by)\s+(?:19|20)\d\d(?=\s+[a-z])")


# "تجاوز عدد النازحين في مأرب مليوني نازح": the verb first, the figure after its subject; "more than" written
# before the figure, where English puts it
_FIGURE = re.compile(r"(?<![\d.,])\d[\d,.]*")
_EXCEEDED_THE_NUMBER = re.compile(r"\b(?:exceeded|exceeding|exceeds) the number of [^.;:\n\d]{0,100}$")


def _more_than_after_exceeded(match: re.Match) -> str | None:
    if _EXCEEDED_THE_NUMBER.search(match.string, 0, match.start()) is None:
        return None
    return "more than " + match.group()


def _hundreds_and(match: re.Match) -> str:
    hundreds, rest = match.groups()
    return str(100 * _WORD_VALUES[hundreds] + (_WORD_VALUES.get(rest) or int(rest)))


def _n(text: str) -> int:
    return 1 if text == "one" else int(text)


# "120 ألفاً و350 نازحاً": one number, 120,350; "مليون و200 ألف": 1,200,000
_COMPOUND = re.compile(
    # (a sign after it that ends the sentence or clause, not a decimal: "… 120 ألفا و350.")
    r"(?<![\d.,])\b(\d{1,3}|one) thousand\s+(?:and\s*(\d{1,3})(?![\d]|[.,]\d|\s*(?:thousand|million|hundred))"
    # (or with no "and" when the people it counts follow at once: "74 ألفا 744 شخصا", "9 آلاف 217 نازحا")
    r"|(\d{1,3})(?=\s+(?:displaced\s+)?(?:people|persons|individuals|families|households|displaced|refugees|"
    r"returnees|migrants)\b))"
)
_COMPOUND_MILLION = re.compile(r"(?<![\d.,])\b(\d{1,3}|one) million\s+and\s*(\d{1,3})\s+thousand\b")
