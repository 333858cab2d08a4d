"""Tables: rows of cells under a header that says what a column counts."""

TABLE = (
    "Displacement by province\n"
    "Province | IDPs (individuals) | IDPs (households)\n"
    "Nord-Kivu | 1,712,402 | 342,480\n"
    "Sud-Kivu | 610,557 | 122,111\n"
    "Total | 2,322,959 | 464,591\n"
    "Source: IOM DTM, March 2024"
)


def test_each_row_under_a_displacement_column_is_a_figure_for_its_place(run):
    figures = run(TABLE)
    assert [(f.value, f.unit, f.location, f.country) for f in figures] == [
        (1_712_402, "person", "Nord-Kivu", "CD"), (610_557, "person", "Sud-Kivu", "CD")
    ]  # fmt: skip  # the households column counts the same people; the total is no place's
    assert all("unit:table" in f.rule and f.reporting_body.startswith("IOM") for f in figures)
    assert all(TABLE[f.start : f.end] == f.quote for f in figures)


def test_tab_separated_households_and_a_column_that_is_a_trap(run):
    figures = run(
        "District\tDeaths\tPeople in need\tDisplaced households\nDadu\t120\t40,000\t45,300\nThatta\t80\t9,000\t12,100"
    )
    assert [(f.value, f.unit, f.location) for f in figures] == [
        (45_300, "household", "Dadu"),
        (12_100, "household", "Thatta"),
    ]


def test_a_table_of_something_else_gives_nothing(run):
    assert run("Province | Houses damaged | Schools closed\nSindh | 45,300 | 120\nPunjab | 12,100 | 80") == []


def test_a_row_that_is_a_sentence_with_its_own_figure_is_read_once(run):
    figures = run("Place | Displaced\nKidal | 3,000 people fled")
    assert [f.value for f in figures].count(3_000) == 1


def test_a_table_laid_out_with_spaces_is_read_as_a_table(run):
    text = "Province  Displaced (HH)  Displaced (persons)\nSindh  12,300  61,500\nBalochistan  4,100  20,500"
    assert [(c.value, c.unit, c.location) for c in run(text)] == [
        (61_500, "person", "Sindh"),
        (20_500, "person", "Balochistan"),
    ]


def test_prose_with_double_spaces_is_no_table(run):
    text = "Floods displaced 5,000 people in Sindh.  The army  moved  them  to  camps."
    assert [(c.value, c.location) for c in run(text)] == [(5_000, "Sindh")]


def test_plain_people_columns_under_a_caption_that_says_who_they_are(run):
    text = (
        "Displaced population inside evacuation centers, by region\n"
        "Region          Families    Persons     Evacuation centers\n"
        "Bicol           79,440      312,450     1,105\n"
        "CALABARZON      21,300      88,700      402\n"
        "Eastern Visayas 12,615      49,980      218\n"
    )
    # the persons column; the centres counted are no people; a row whose cells ran together is skipped
    assert [(c.value, c.location) for c in run(text)] == [(312_450, "Bicol"), (88_700, "CALABARZON")]


def test_a_column_counting_places_is_no_figure(run):
    text = "Province | IDPs | Evacuation centers\nAlbay | 12,300 | 48\nSorsogon | 8,100 | 31\n"
    assert [(c.value, c.location) for c in run(text)] == [(12_300, "Albay"), (8_100, "Sorsogon")]
