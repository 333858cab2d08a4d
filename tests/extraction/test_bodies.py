"""Who reported a figure."""

import pytest


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("More than 67,000 people remained displaced in Davao (DSWD, 2 March 2017).", "DSWD"),
        ("29,739 people lost their homes in Atacama (ONEMI).", "ONEMI"),
        ("As many as 1,800 people were evacuated in Kasese (IFRC disaster update, 25 January 2017).", "IFRC"),
        ("IOM's Displacement Tracking Matrix (DTM) has recorded 12,000 displaced people in Sabha.", "(DTM)"),
        ("The International Organization for Migration (IOM) in Libya said 2,000 people fled Tawergha.", "(IOM)"),
        (
            "China's National Commission for Disaster Reduction yesterday said the floods forced 239,000 people "
            "to evacuate.",
            "National Commission for Disaster Reduction",
        ),
        ("According to data released by the Disaster Management Authority (NDMA), 12,000 people fled Sindh.", "NDMA"),
        ("In its latest report, IOM's DTM recorded 8,500 newly displaced individuals in Marib.", "DTM"),
        ("Flooding has displaced 45,000 people in Beledweyne, the Somali government said.", "Somali government"),
    ],
)
def test_citations_acronyms_and_named_bodies(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_a_news_agency_relaying_is_the_publisher_not_the_body(run):
    (figure,) = run("More than 5,000 people fled Sirte, AFP reported.")
    assert figure.reporting_body is None
    (figure,) = run("More than 5,000 people fled Sirte, the Red Crescent said, AFP reported.")
    assert figure.reporting_body == "Red Crescent"
