"""The registry of named rules. Every stage that accepts a quantity names the rule it used; a candidate lists them
all, so that a reviewer sees why it was made and the bench scores each rule."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    description: str


RULES: dict[str, Rule] = {}


def register(name: str, stage: str, description: str) -> str:
    RULES[name] = Rule(name, stage, description)
    return name


def stage_of(name: str) -> str:
    rule = RULES.get(name)
    return rule.stage if rule else name.split(":", 1)[0]


QUANTITY_NUMBER = register("quantity:number", "quantities", "a number in digits or words")
QUANTITY_RANGE = register("quantity:range", "quantities", "a range: 'between 5,000 and 7,000', '5-7 thousand'")
QUANTITY_VAGUE = register("quantity:vague", "quantities", "a vague amount at its lower bound: 'thousands' → 1,000")

_UNIT_LINKS = {
    "noun": "its own noun: '5,000 people', '300 families', '3,000 IDPs'",
    "subject": "subject of a displacement verb: '5,000 have fled'",
    "object": "object of a displacement verb: 'displaced 5,000', 'forced 5,000 to flee'",
    "number-of": "'the number of IDPs rose to 1.2 million', 'IDPs total 300,000'",
    "part": "a part of the figure before it: '…, including 390,000 since May'",
    "total": "the running total of the figure before it: '…, bringing the total to 150,000'",
    "part-next-sentence": "a part, by place, of the figure of the sentence before: 'Borno hosts 1.8 million of them'",
    "breakdown": "a place with its count in brackets: 'Derna (at least 30,000), Bayda (3,000)'",
    "same-as-previous": "more of the figure of the sentence before, by place: 'A further 30,000 have reached Goma'",
    "table": "a cell of a table whose column header counts displaced people or households",
    "carried": "no noun: the unit of the figure before, for a count a neutral verb governs ('Another 1,300 came "
    "across')",
}
for _link, _text in _UNIT_LINKS.items():
    register(f"unit:{_link}", "units", _text)

_TERM_HOWS = {
    "verb-after": "the displacement word after the noun phrase: '5,000 people fled'",
    "object": "the displacement verb before its object: 'displaced 5,000'",
    "noun-phrase": "the noun phrase itself says it: '5,000 displaced people'",
    "term-before": "a displacement word earlier in the clause",
    "number-of": "the 'number of displaced' construction",
    "part-of-previous": "the term of the figure this one is part of",
    "part-in-camps": "a part of the figure before, by the shelters hosting it: 'Shelters host 190,000 of them'",
    "total-of-previous": "the term of the figure this running total adds up",
    "same-as-previous": "the term of the figure of the sentence before, counted further: 'the figure is 8,500'",
    "breakdown": "the term of the sentence the breakdown belongs to",
    "place-list": "a destination of a movement of people, its count in brackets after its name: 'moving out of "
    "Sirte to the east, including Ajdabiya (2,410 people) and Marj (615 people)'",
    "table": "the displacement word of the cell's column header",
    "elliptical": "a count in a list after a semicolon with no verb of its own: the term of the count before it "
    "('…evacuated 2,100 families in Sorsogon; 640 families in Masbate')",
    "list": "a count of a list of counts sharing one noun: the term another count of the list takes ('Bor and "
    "Akobo received 3,400 and 1,200 returnees respectively')",
    "carried": "no displacement word in the sentence, one in the sentence before (or two back): a neutral verb of "
    "moving, arriving, staying or hosting governs the count ('… displaced 12,000 people. About 3,200 households "
    "moved to schools')",
}
for _how, _text in _TERM_HOWS.items():
    register(f"term:{_how}", "terms", _text)

PLACE_SENTENCE = register("place:sentence", "places", "a place named in the sentence")
PLACE_NEXT = register("place:next-sentence", "places", "no place named yet: the first place in the next sentences")
PLACE_PREVIOUS = register("place:previous-sentence", "places", "no place in the sentence: the text's last place")
PLACE_RUNNING_TOTAL = register(
    "place:running-total",
    "places",
    "a running total after a figure ('…, bringing the number of refugees who have arrived to 610,000'): its place",
)
PLACE_DATELINE = register(
    "place:dateline",
    "places",
    "'here', 'the city's' in a text opening with a town in capitals: 'DAVAO CITY – …': that town",
)
PLACE_SITE_BEFORE = register(
    "place:site-before",
    "places",
    "'Kakuma lies in the north-west. The camp … hosts 190,000 refugees': the site the sentence before opens with",
)
PLACE_OFFICE_TOWN = register(
    "place:office-town",
    "places",
    "'Forli Mayor X: 4,000 residents were bused out of his city': the town whose office-holder the text names",
)
BODY_ANAPHOR_NEAREST = register(
    "body:anaphor-nearest",
    "bodies",
    "'the agency said' after a sentence with no figure that names who reported: that body, not the last figure's",
)
BODY_HEADLINE = register("body:headline", "bodies", "a known body opening the sentence: 'OCHA: …'")
BODY_AFTER_CUE = register("body:after-cue", "bodies", "'according to X', 'reported by X'")
BODY_BEFORE_CUE = register("body:before-cue", "bodies", "'X said', 'X's spokesperson told'")
BODY_ANAPHOR = register(
    "body:anaphor",
    "bodies",
    "'the agency said', 'it added', 'Its volunteers helped move …': the body the text named before, else the noun "
    "itself; 'Otieno said' after 'Jane Otieno, a field coordinator for Islamic Relief': the organisation",
)
BODY_ANAPHOR_UNNAMED = register(
    "body:anaphor-unnamed",
    "bodies",
    "'the agency said' with no organisation named anywhere before it: no body",
)
BODY_CITATION_AFTER = register(
    "body:citation-after", "bodies", "no body in the sentence: a dated citation closing the paragraph's next sentences"
)
BODY_SOURCE_LINE = register(
    "body:source-line", "bodies", "no body in the sentence: a 'Source: X' line closing its paragraph or the next"
)
BODY_HEADER = register(
    "body:header", "bodies", "no body in the line: the body a list's header names ('New displacement (DTM):')"
)
BODY_TITLE = register(
    "body:title", "bodies", "no body anywhere near: the publisher a report's title names ('DTM Sudan Flash Update 67:')"
)
BODY_HEADLINE_END = register(
    "body:headline-end",
    "bodies",
    "a headline closed by its source after a dash or a colon: '… in Bago - Red Cross', '…: UNHCR'",
)
BODY_CONTINUED = register(
    "body:continued",
    "bodies",
    "no body in a sentence that goes on from the one before ('Of these, …', 'Another …'): that sentence's body",
)
BODY_PARAGRAPH = register(
    "body:paragraph",
    "bodies",
    "no source in the sentence nor cue of its own: the body one of the two sentences before it in its paragraph "
    "names ('…, WFP said. Buzi alone now counts 1,900 of them')",
)
BODY_SAID_THIS = register(
    "body:said-this",
    "bodies",
    "no body in the sentence: the next one names who said it ('… evacuated to Kharkiv. The mayor of the city, Igor "
    "Terekhov, said this during a telethon')",
)
BODY_THIS_WAS_BY = register(
    "body:this-was-by",
    "bodies",
    "no body in the sentence: the next one says in the passive who gave it ('… left Sumy region. This was announced "
    "on Friday by the head of the regional administration, Ivan Petrenko')",
)
BODY_NAMED_NEXT = register(
    "body:named-next",
    "bodies",
    "a source naming only its kind ('…, a humanitarian agency said. The Kenya Red Cross Society said …'): the body the "
    "next sentence opens on",
)
BODY_CITED_NEXT = register(
    "body:cited-next",
    "bodies",
    "a figure whose sentence names no source, then the next sentence of its paragraph, with no figure of its own, "
    "cites one ('… ont fui Djibo. Selon l'OCHA, la plupart vivent chez des proches'), or whose own figures, of one "
    "source, add up to it ('273 families fled. The city office said 163 in A and 110 in B were moved')",
)
BODY_SUBJECT = register(
    "body:subject", "bodies", "no cue: an organisation opening the sentence as its subject ('UNHCR is concerned …')"
)
BODY_NAMED_IN_SENTENCE = register(
    "body:named-in-sentence",
    "bodies",
    "'the agency said' after an organisation's letters in the same sentence ('UNRWA shelters …, the agency says')",
)
BODY_SUBJECT_OVER_GENERIC = register(
    "body:subject-over-generic",
    "bodies",
    "a generic source after a body that did what it counts ('The state government has shifted 1.2 lakh people …, "
    "officials said'): the subject",
)
BODY_SAID_NAME_OFFICE = register(
    "body:said-name-office",
    "bodies",
    "a person named after the verb, then the office held ('…,\" said Abdirahman Ali, the Mudug regional governor, "
    "adding …'): the office",
)
BODY_PLACE_OFFICE = register(
    "body:place-office",
    "bodies",
    "an office a place owns before the verb ('Cabo Delgado's governor, Valige Tauabo, said', 'Goma's mayor said'): "
    "the place's office-holder",
)
BODY_TITLED_SPEAKER = register(
    "body:titled-speaker",
    "bodies",
    "a quotation closed by a surname alone ('…,” Orlov said'): the office-holder an earlier sentence named in full",
)
BODY_CITATION = register("body:citation", "bodies", "a bracketed citation: '(DSWD, 2 March 2017)', '(ONEMI)'")
BODY_GENERIC = register(
    "body:generic-source",
    "bodies",
    "a source that names no body ('local officials said', 'aid workers say', 'witnesses told AFP'): no body, and "
    "none taken from another sentence",
)
BODY_NAME_AND_LETTERS = register(
    "body:name-and-letters",
    "bodies",
    "a body the text writes with its letters in brackets ('the Flood Relief Board (FRB)') is kept as "
    "both, 'Name (LETTERS)', whichever part the sentence named",
)
BODY_QUOTED = register(
    "body:quoted",
    "bodies",
    "no body in the sentence: the speaker closing the quotation it stands in, some sentences on ('\"… 5,300 have "
    "fled. Many sleep outside,\" said the Red Crescent.')",
)
PERIOD_TEXT = register("period:text", "periods", "the period the sentence gives")
PERIOD_PUBLISHED = register("period:publication-date", "periods", "no period in the text: the publication date")


def unit_rule(link: str) -> str:
    return f"unit:{link}"


def term_rule(how: str) -> str:
    return f"term:{how}"


BODY_OFFICE_HOLDER = register(
    "body:office-holder",
    "bodies",
    "an office in lower case with its holder's name, speaking ('…, said provincial disaster official Kofi Asante', "
    "'…, deputy envoy to the region Nurlan Abdyrov said'): the office with the name",
)
