"""French and Arabic extraction (extraction.languages): numbers as each language writes them, units, terms, traps,
bodies, places in Arabic script, offsets and quotes in the original text, language detection."""

from datetime import date

import pytest

from extraction import languages
from extraction.languages import detect_language
from tracker.demo import SEED_REPORT


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text, lang=None):
        return languages.extract(text, lang=lang, gazetteer=gazetteer, published=date(2024, 11, 20))

    return read


def one(found):
    assert len(found) == 1, [(c.value, c.quote) for c in found]
    return found[0]


# --- numbers ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"], ids=["space", "no-break", "narrow-no-break"])
def test_french_thousands_with_any_space(read, space):
    assert one(read(f"Au moins 12{space}500 personnes ont fui Goma.", "fr")).value == 12_500


def test_french_decimal_comma_before_million(read):
    assert one(read("Quelque 1,2 million de personnes ont été déplacées au Nord-Kivu.", "fr")).value == 1_200_000


def test_french_nearly_a_million(read):
    found = one(read("Près d'un million de personnes ont fui les combats au Soudan.", "fr"))
    assert (found.value, found.qualifier) == (1_000_000, "nearly")


@pytest.mark.parametrize(
    ("words", "value"),
    [("plusieurs milliers de", 1_000), ("des dizaines de milliers de", 10_000), ("des centaines de", 100)],
)
def test_french_vague_amounts_at_their_lower_bound(read, words, value):
    found = one(read(f"Le cyclone a jeté sur les routes {words} familles déplacées à Tamatave.", "fr"))
    assert (found.value, found.qualifier, found.unit) == (value, "at_least", "household")


@pytest.mark.parametrize(
    "digits", ["١٢٥٠٠", "۱۲۵۰۰", "١٢٬٥٠٠", "12500"], ids=["arabic-indic", "persian", "separator", "ascii"]
)
def test_arabic_digits_of_every_script(read, digits):
    assert one(read(f"نزح {digits} شخص من سراقب.", "ar")).value == 12_500


def test_arabic_decimal_separator_before_million(read):
    assert one(read("نزح ١٫٥ مليون شخص في السودان.", "ar")).value == 1_500_000


@pytest.mark.parametrize(
    ("words", "value", "qualifier"),
    [
        ("نحو 3 آلاف", 3_000, "approximately"),
        ("أكثر من مليون", 1_000_000, "more_than"),
        ("ما لا يقل عن 15 ألف", 15_000, "at_least"),
        ("قرابة ٤٠٠٠", 4_000, "nearly"),
        ("حوالي 700", 700, "approximately"),
        ("آلاف", 1_000, "at_least"),
    ],
)
def test_arabic_number_words_and_qualifiers(read, words, value, qualifier):
    found = one(read(f"فرّ {words} شخص من الفاشر.", "ar"))
    assert (found.value, found.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("words", "value"), [("120 ألفاً و350", 120_350), ("مليون و200 ألف", 1_200_000), ("ألف و500", 1_500)]
)
def test_arabic_compound_numbers_are_one_figure(read, words, value):
    assert one(read(f"نزح {words} شخص من الخرطوم.", "ar")).value == value


# --- units, terms, traps ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Au total, 3 200 ménages ont été évacués à Tillabéri.", "fr", "household"),
        ("Au total, 3 200 personnes ont été évacuées à Tillabéri.", "fr", "person"),
        ("تم إجلاء 300 أسرة في درنة.", "ar", "household"),
        ("تم إجلاء 300 عائلة في درنة.", "ar", "household"),
        ("تم إجلاء 300 شخص في درنة.", "ar", "person"),
    ],
)
def test_units_persons_or_households(read, text, lang, unit):
    assert one(read(text, lang)).unit == unit


@pytest.mark.parametrize(
    ("text", "lang", "term"),
    [
        ("Plus de 5 000 personnes ont fui Kamituga.", "fr", "fled"),
        ("Quelque 2 500 personnes déplacées sont retournées à Kidal.", "fr", "returned"),
        ("Au moins 1 800 personnes ont été évacuées à Beyrouth.", "fr", "evacuated"),
        ("Le séisme a laissé 5 000 personnes sans-abri à Herat.", "fr", "displaced"),
        ("نزح أكثر من 8 آلاف شخص من ريف حلب.", "ar", "displaced"),
        ("فرّوا نحو 800 شخص من تلعفر.", "ar", "fled"),
        ("عاد قرابة 45 ألف شخص إلى بنغازي.", "ar", "returned"),
        ("أجلت السلطات نحو 7 آلاف شخص في عدن.", "ar", "evacuated"),
    ],
)
def test_displacement_terms(read, text, lang, term):
    assert one(read(text, lang)).term == term


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les affrontements ont tué 14 civils et blessé 30 autres à Beni.", "fr"),
        ("Les inondations ont détruit 1 500 maisons déplacées à Maradi.", "fr"),
        ("L'aide alimentaire a été distribuée à 45 000 personnes déplacées à Kaya.", "fr"),
        ("Plus de 30 000 personnes déplacées sont dans le besoin à Fada N'Gourma.", "fr"),
        ("قتل 20 مدنيا وأصيب 40 آخرون في قصف على مدينة حلب.", "ar"),
        ("دمرت السيول 150 منزلاً في محافظة حجة.", "ar"),
        ("وزعت المنظمة مساعدات غذائية على 5000 نازح في مخيم أطمة.", "ar"),
        ("يحتاج 25 مليون شخص في السودان إلى مساعدات إنسانية.", "ar"),
        ("يوجد 3 آلاف نازح بحاجة إلى مأوى في إدلب.", "ar"),
        ("تلقى 15 ألف نازح لقاحات ضد الحصبة.", "ar"),
        ("قد يضطر 200 ألف شخص إلى النزوح إذا استمر القصف.", "ar"),
        ("Les autorités prévoient de rapatrier 10 000 réfugiés l'an prochain.", "fr"),
        ("Jusqu'à 200 000 personnes pourraient être déplacées si les combats se poursuivent.", "fr"),
    ],
)
def test_traps_give_no_figure(read, text, lang):
    assert read(text, lang) == []


# --- bodies --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        ("Plus de 12 500 personnes ont fui Goma, selon l'OCHA.", "fr", "OCHA"),
        ("D'après le HCR, 4 000 personnes ont fui vers le Tchad.", "fr", "HCR"),
        ("Quelque 8 400 personnes ont fui Djibo, a indiqué l'OIM.", "fr", "OIM"),
        ("نزح 5000 شخص من سراقب، بحسب الأمم المتحدة.", "ar", "الأمم المتحدة"),
        ("أفاد المرصد السوري لحقوق الإنسان بفرار نحو 3 آلاف عائلة من إدلب.", "ar", "المرصد السوري لحقوق الإنسان"),
        ("وفقاً لمفوضية اللاجئين، فرّ 15 ألف شخص إلى تشاد.", "ar", "مفوضية اللاجئين"),
    ],
)
def test_reporting_bodies_as_the_original_names_them(read, text, lang, body):
    assert one(read(text, lang)).reporting_body == body


# --- places ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "where"),
    [
        ("نزح 4500 شخص في إدلب.", "إدلب", "SY07"),  # a loaded region: its p-code
        ("نزح 4500 شخص بإدلب.", "إدلب", "SY07"),
        ("نزح 700 شخص إلى الحسكة.", "الحسكة", "SY08"),
        ("فرّ 2500 شخص من الفاشر.", "الفاشر", "SD"),  # a worldwide name: its country
        ("نزح 900 شخص في جنوب السودان.", "جنوب السودان", "SS"),
        ("نزحت 1700 عائلة من مدينة معرة النعمان.", "معرة النعمان", None),  # unknown: kept as written
    ],
)
def test_places_in_arabic_script(read, text, location, where):
    found = one(read(text, "ar"))
    assert (found.location, found.region_pcode or found.country) == (location, where)


def test_french_country_names_resolve(read):
    found = one(read("Plus de 90 000 réfugiés ont traversé la frontière vers le Tchad.", "fr"))
    assert (found.location, found.country) == ("Tchad", "TD")


# --- the original text -----------------------------------------------------------------------------------------


def test_arabic_diacritics_and_tatweel_are_read_and_the_quote_is_the_original(read):
    text = "قالت مصادر محلية. نَزَحَ أكثـــر مِنْ ٣٠٠٠ شَخْص مِن سَراقِب."
    found = one(read(text, "ar"))
    assert found.value == 3_000 and found.location == "سَراقِب"
    assert found.quote == "نَزَحَ أكثـــر مِنْ ٣٠٠٠ شَخْص مِن سَراقِب." == text[found.start : found.end]


def test_french_quote_and_offsets_are_the_original(read):
    text = "Situation à l'est. Plus de 12\u202f500 personnes ont fui Goma mardi, selon l'OCHA. Fin."
    found = one(read(text, "fr"))
    expected = "Plus de 12\u202f500 personnes ont fui Goma mardi, selon l'OCHA."
    assert found.quote == text[found.start : found.end] == expected


def test_french_period_from_a_french_date(read):
    found = one(read("Depuis le 1er octobre, 8 600 personnes ont fui les zones frontalières vers la Syrie.", "fr"))
    assert (found.period_start, found.period_end) == (date(2024, 10, 1), date(2024, 11, 20))


def test_arabic_period_from_an_arabic_month(read):
    found = one(read("نزح 4500 شخص في الحديدة منذ أكتوبر.", "ar"))
    assert found.period_start == date(2024, 10, 1)


@pytest.mark.parametrize(
    "text",
    ["", "ـــــ", "\u064e\u064f\u0650" * 50, "١" * 5000, "l'" * 2000, "نزح " * 3000 + "مليون", "\x00\ufffd\u202e"],
)
def test_hostile_text_gives_a_list_and_quotes_from_the_text(read, text):
    for lang in ("fr", "ar"):
        for found in read(text, lang):
            assert found.quote == text[found.start : found.end]


# --- language detection ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Floods force thousands from their homes in Maiduguri", "en"),
        ("Inondations au Niger : 20 000 sinistrés selon la protection civile", "fr"),
        ("RDC : 12 000 déplacés au Nord-Kivu", "fr"),
        ("الأمم المتحدة: ١٢٥٠٠ نازح في إدلب", "ar"),
        ("OCHA: نزوح 5000 شخص من سراقب", "ar"),
        ("", "en"),
        ("12 500 / 2024", "en"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_detected_language_picks_the_pipeline(read):
    (found,) = read("Plus de 12 500 personnes ont fui Goma, selon l'OCHA.")
    assert (found.value, found.term, found.reporting_body) == (12_500, "fled", "OCHA")


def test_the_english_seed_report_still_gives_its_one_un_figure(read):
    (found,) = read(SEED_REPORT.read_text(encoding="utf-8"))
    assert (found.value, found.qualifier, found.reporting_body, found.region_pcode) == (
        1_000_000, "nearly", "UN", "SY07",
    )  # fmt: skip


def test_an_unknown_language_is_refused(read):
    with pytest.raises(ValueError, match="unknown language"):
        read("Mehr als 5000 Menschen sind geflohen.", "de")


def test_reading_french_leaves_the_callers_gazetteer_as_it_was(gazetteer):
    before = dict(gazetteer.bodies)
    (found,) = languages.extract("Plus de 2 millions de déplacés au Burkina Faso, selon le CONASUR.", lang="fr",
                                 gazetteer=gazetteer)  # fmt: skip
    assert (found.location, found.reporting_body) == ("Burkina Faso", "CONASUR")  # a body, not a place
    assert gazetteer.bodies == before


def test_each_candidate_gets_the_body_of_its_own_sentence_as_written(read):
    text = (
        "Selon l'ONU, 5 000 personnes ont fui Goma. D'après le HCR, 3 000 personnes ont fui Bunia. "
        "Selon l'ONU, 2 000 personnes ont fui Beni."
    )
    found = [(c.value, c.reporting_body, c.location) for c in read(text, "fr")]
    assert found == [(5_000, "ONU", "Goma"), (3_000, "HCR", "Bunia"), (2_000, "ONU", "Beni")]
