"""Who the displaced are, read where the text states it: a share kept as a share (with its qualifier, and a group the
text names as a whole kept whole), counts of sub-groups, on the figure they belong to; and no breakdown where the
text gives none."""

import pytest

from extraction import rules
from extraction.breakdown import Part, parts_in


def breakdowns(run, text):
    return [(c.value, c.breakdown) for c in run(text)]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Some 5,000 people fled Saraqeb, more than 80 per cent of them women and children, OCHA said.",
         Part(group="female+children", share=80.0, qualifier="more_than")),
        ("About 12,000 people were displaced in Ariha, 60% of whom are children.",
         Part(age_from=0, age_to=17, share=60.0)),
        ("3,000 people were displaced in Ariha; women and children make up nearly 70 percent of the displaced.",
         Part(group="female+children", share=70.0, qualifier="nearly")),
        ("Some 9,000 people fled Idlib; half of them are children.", Part(age_from=0, age_to=17, share=50.0)),
        ("Some 9,000 people fled Idlib; women and girls account for two thirds of the displaced.",
         Part(sex="female", share=66.67)),
        ("Some 9,000 people fled Idlib, about 15 per cent of them older people.", Part(age_from=60, share=15.0,
                                                                                      qualifier="approximately")),
        ("Some 9,000 people fled Idlib, 30% of them children under five.", Part(age_from=0, age_to=4, share=30.0)),
    ],
)  # fmt: skip
def test_a_stated_share_is_kept_as_a_share_of_its_group(run, sentence, part):
    (candidate,) = run(sentence)
    assert candidate.breakdown == [part]
    assert rules.stage_of(candidate.rules[-1]) == "breakdown" and "breakdown:share" in candidate.rules


def test_counts_of_sub_groups_go_to_the_figure_they_follow(run):
    text = "5,000 people fled Idlib and 2,000 fled Ariha, including 900 children and 450 women."
    assert breakdowns(run, text) == [(5000, []), (2000, [Part(age_from=0, age_to=17, count=900),
                                                         Part(sex="female", age_from=18, count=450)])]  # fmt: skip
    text = "2,000 people fled Ariha between 3 and 5 February 2020, including 900 children."
    assert breakdowns(run, text) == [(2000, [Part(age_from=0, age_to=17, count=900)])]
    text = "About 300 people (including 44 older people and 139 children) were evacuated from Avdiivka."
    assert breakdowns(run, text) == [(300, [Part(age_from=60, count=44), Part(age_from=0, age_to=17, count=139)])]


def test_the_next_sentence_pointing_back_gives_its_share(run):
    text = "Floods displaced 3,000 families in Sindh. Of them, 60 per cent are children. Schools closed."
    assert breakdowns(run, text) == [(3000, [Part(age_from=0, age_to=17, share=60.0)])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Children are 40% more likely to be displaced, and 5,000 people fled Idlib.",
        "5,000 people fled Idlib, where 60 per cent of schools were damaged.",
        "Some 5,000 men fled Idlib as fighting resumed.",
        "5,000 people fled Idlib. Prices rose by 30 per cent.",
        "5,000 people fled Idlib after an attack that killed 30, including 12 children.",
        "5,000 people fled Idlib after shelling that killed 30, 60 per cent of them children.",
    ],
)
def test_no_breakdown_where_the_text_gives_none(run, sentence):
    assert all(c.breakdown == [] for c in run(sentence)), [c.breakdown for c in run(sentence)]


def test_hostile_text_is_read_in_bounded_time_and_finds_nothing_absurd():
    assert parts_in("including " + "1 children, " * 5000) != []  # long lists are read, not choked on
    assert parts_in("900 per cent of them women") == []  # not a share
    assert parts_in("%" * 10_000 + " of them children") == []
