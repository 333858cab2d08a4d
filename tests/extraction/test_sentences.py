"""Sentences, and text that PDF extraction ran together."""

import pytest

from extraction.sentences import MAX_SENTENCE_CHARS, normalise, split_sentences


def test_words_run_together_are_read_apart_and_quotes_stay_the_original(run):
    text = "Around1.6 million people weredisplaced in Darfur between159,000 and 192,000 times."
    (figure,) = run(text)
    assert (figure.value, figure.qualifier, figure.location) == (1_600_000, "approximately", "Darfur")
    assert figure.quote == text[figure.start : figure.end] and figure.quote.startswith("Around1.6")


def test_normalise_maps_every_character_back():
    text = "Haiti  still hosts,with14,593 internally displaced households in thecountry; 13years on."
    clean, mapping = normalise(text)
    assert "with 14,593" in clean and "the country" in clean and "13 years" in clean
    assert len(mapping) == len(clean) + 1
    assert all(
        clean[i] == text[mapping[i]] for i in range(len(clean)) if text[mapping[i]] == clean[i] or clean[i] != " "
    )


def test_an_endless_sentence_is_cut_into_bounded_pieces():
    text = "word " * 10_000 + "."
    spans = split_sentences(text)
    assert len(spans) > 1 and all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)


def test_words_cut_by_a_line_break_or_a_ligature_are_joined_and_quotes_stay_the_original(run):
    text = "Floods hit.\nAbout 5,000 peo-\nple were dis- placed in Kasese. Some 300 families were forced to fl ee."
    first, second = run(text)
    assert (first.value, first.term, first.location) == (5_000, "displaced", "Kasese")
    assert first.quote == text[first.start : first.end] and "peo-\nple" in first.quote
    assert (second.value, second.unit, second.term) == (300, "household", "fled")


def test_a_real_compound_is_not_joined():
    clean, _ = normalise("300 flood-affected families fled.")
    assert "flood-affected" in clean


def test_a_word_run_into_the_next_after_a_displacement_word_is_parted():
    clean, mapping = normalise("5,000 people were displacedin Kasese and 200 fledKasese.")
    assert "displaced in Kasese" in clean and "fled Kasese" in clean and len(mapping) == len(clean) + 1


def test_lines_that_stand_apart_without_a_full_stop():
    from extraction import split_sentences

    text = (
        "Key figures\nDisplaced: 41,300 people\nDeaths: 57\nSource: NDMA\n"
        "Sri Lanka: Floods and landslides\nAs of 3 June, 1,240 families are displaced.\n"
        "Highlights\n- 3,240 newly displaced households\n- 12 attacks\n"
        "Province | IDPs\nSindh | 45,300"
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Key figures", "Displaced: 41,300 people", "Deaths: 57", "Source: NDMA", "Sri Lanka: Floods and landslides",
        "As of 3 June, 1,240 families are displaced.", "Highlights", "- 3,240 newly displaced households",
        "- 12 attacks", "Province | IDPs", "Sindh | 45,300",
    ]  # fmt: skip


def test_a_line_wrapped_inside_a_sentence_stays_in_it():
    from extraction import split_sentences

    for text in (
        "The floods displaced\nKasese residents, officials said.",
        "Floods displaced 5,000 people in Kasese\nDistrict, officials said.",
        "About 5,000 people fled the fighting in\nNorth Kivu, OCHA said.",
    ):
        assert len(split_sentences(text)) == 1, text


def test_a_wire_dateline_is_no_part_of_the_sentence_nor_of_the_quote(run):
    text = "NAIROBI, May 12 (AFP) - Flash floods have forced about 12,000 people from their homes in Mai Mahiu."
    (figure,) = run(text)
    assert figure.quote.startswith("Flash floods have forced about 12,000 people")
    assert text[figure.start : figure.end] == figure.quote
    for dateline in ("GOMA, Democratic Republic of Congo, Jan 28 (Reuters) -- ", "KHARTOUM (Reuters) — "):
        (figure,) = run(dateline + "About 3,000 people fled Omdurman, the UN said.")
        assert figure.quote.startswith("About 3,000") and figure.location == "Omdurman"


def test_a_capitalised_heading_with_a_dash_is_no_dateline(run):
    (figure,) = run("UN - About 3,000 people fled Omdurman.")
    assert figure.quote.startswith("UN - About")


def test_a_footnote_number_after_a_full_stop_ends_the_sentence():
    text = "Some 57,000 people fled to Uganda since December 2017.12 A further 200,000 are displaced in Ituri."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Some 57,000 people fled to Uganda since December 2017.",
        "A further 200,000 are displaced in Ituri.",
    ]


def test_a_decimal_number_is_no_footnote():
    text = "The rate was 3.12 In total, 4.5 Million fled."
    assert len(split_sentences(text)) == 1


def test_key_figure_lines_stand_apart_from_the_paragraph_after_them(run):
    text = (
        "KEY FIGURES\n11.3M internally displaced\n3.9M crossed into neighbouring countries\n30.4M people in need\n"
        "Fighting around Zamzam camp since 11 April has forced an estimated 400,000 people to flee."
    )
    figures = run(text)
    assert [f.value for f in figures] == [11300000, 3900000, 400000]
    assert figures[0].location is None and figures[2].location == "Zamzam"


@pytest.mark.parametrize(
    "text,figure",
    [
        (
            "According to the Shelter Cluster, an estimated\n12,600 households were displaced across\nBeledweyne and "
            "Jowhar following the river\nfloods.",
            (12600, "Beledweyne"),
        ),
        ("KEY FIGURES\n1.1M people displaced in Haiti\n578K of them in the metropolitan area of Port-au-Prince", None),
    ],
)
def test_a_line_cut_by_a_break_or_a_part_on_the_next_line_stays_in_its_sentence(run, text, figure):
    figures = run(text)
    if figure:
        assert (figures[0].value, figures[0].location) == figure
    else:
        assert [(f.value, f.location) for f in figures] == [(1100000, "Haiti"), (578000, "Port-au-Prince")]


def test_an_abbreviation_after_an_opening_bracket_ends_no_sentence():
    text = "Fighting displaced 40,000 people in Ituri (approx. 8,000 households) and in North Kivu (approx. 5,000)."
    assert len(split_sentences(text)) == 1
    # a full stop after a closing bracket still ends one
    assert len(split_sentences("Some 300 people fled (OCHA). Another 200 arrived in Bunia.")) == 2


def test_a_full_stop_without_its_space_still_ends_the_sentence(run):
    # the town's population stays in its own sentence, the figure in the next
    (figure,) = run("Bunia is home to some 900,000 people.The UN says 31,000 people have fled Djugu since May.")
    assert (figure.value, figure.location) == (31_000, "Djugu")
    # letters with stops are no sentence's end
    assert split_sentences("The U.S.The UN said so.") == [(0, 23)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Floods displaced 212Households in Lofa.", 212),
        ("About 1,500Households fled Lofa.", 1_500),
        ("The camp in Lofa shelters 3,420Persons.", 3_420),
        ("Landslides forced 86Families out of their homes in Lofa.", 86),
        ("Lofa villages hit: Kolo(318Households) displaced.", 318),
        ("Some 640IDPs returned to Lofa last week.", 640),
    ],
)
def test_a_count_run_into_a_capitalised_noun_of_people_is_read_apart(run, text, value):
    figures = run(text)
    assert value in [f.value for f in figures]
    (figure,) = [f for f in figures if f.value == value]
    assert figure.quote == text[figure.start : figure.end]


@pytest.mark.parametrize(
    "text",
    [
        "Lofa rolled out 5G Networks after 400Mbps links reached the camp.",
        "The 3D Printers in Lofa were donated by 12Partners.",
        "Lofa County signed the 2020Peoples Charter.",
    ],
)
def test_a_number_run_into_other_capitalised_words_gives_no_count(run, text):
    assert run(text) == []
