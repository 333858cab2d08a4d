"""Stage 3: units. What a quantity counts (persons or households) and how it is tied to displacement: its own
noun ("5,000 people"), a displacement verb after it ("5,000 have fled") or before it ("displaced 5,000"), or a
"number of IDPs rose to …" construction."""

from __future__ import annotations

import re
from typing import NamedTuple

from extraction.quantities import _QUANTITY, ANY_QUALIFIERS, QUALIFIER_WORDS, Quantity
from extraction.scanning import guarded
from extraction.terms import _ANY_TERM
from extraction.vocab import Unit


class UnitLink(NamedTuple):
    unit: str
    noun_end: int
    link: str  # noun | subject | object | number-of | part


_PERSON_NOUNS = (
    r"people|persons|individuals|civilians|residents|inhabitants|villagers|children|women|men|families|households|"
    # "the 1,870 occupants of the camp" (unit:occupants)
    r"occupants|idps|internally\s+displaced\s+(?:people|persons)|displaced\s+(?:people|persons)|syrians|iraqis|afghans|"
    r"sudanese|ukrainians|somalis|rohingya|palestinians|refugees|returnees|evacuees|survivors|migrants|others|"
    r"students|farmers|herders|pastoralists|nomads|fishermen|asylum[\s-]seekers|newly\s+displaced|displaced|"
    # displaced or displacements by their cause, as trackers count them: "26,000 drought-displaced", "714,000 drought
    # displacements", "52,000 conflict-related displacements"
    r"[a-z]+-displaced|(?:(?:[a-z]+[\s-](?:related|induced|driven|triggered)|drought|conflict|flood|disaster|"
    r"insecurity|violence|climate|weather|storm|cyclone)\s+)?displacements|"
    # "some 300 victims were placed in relief centres", "a million quake-victims still live in tents": the
    # people a disaster struck (a term still has to govern them)
    r"(?:[a-z]+-)?victims|"
    # "612,000 new refugee arrivals since 15 April 2023"
    r"(?:(?:refugee|idp|returnee|asylum[\s-]seeker)\s+)?arrivals|"
    # "Some 1,200 members of Indigenous communities … have been forced to leave" (unit:noun)
    r"members(?=\s+of\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}(?:communit(?:y|ies)|famil(?:y|ies)|tribes?|clans?|villages?))|"
    r"[a-z]+(?:ians|ans)|[a-z]+ese|"
    # "60,000 Israelis", "Pakistanis", "Kuwaitis", "Bangladeshis", "Yazidis", "Kurds", "Arabs", "Thais"
    r"[a-z]{3,}(?:lis|nis|qis|tis|shis|dis)|kurds|arabs|turks|thais|tajiks|uzbeks|kazakhs|poles|greeks|jews|"
    # peoples whose plural no suffix above tells: "4,000 Oromos", "2,500 Hazaras"
    r"oromos|hazaras|amharas|hutus|pashtuns|baloch|uyghurs|uighurs|masalits|zaghawas|nuers|dinkas|karens|kachins|"
    # people named by their faith: "740,000 Rohingya Muslims", "3,000 Christians"
    r"muslims|christians|hindus|buddhists|"
    r"family|household|person|people|"
    r"peole|poeple|peopel|pepole|peoples|persones|familis|famillies|familes|familys|hhs|hh|"
    # "a 60,000-strong displaced population"
    r"(?:displaced|idp|refugee|evacuee|returnee)\s+(?:population|community|communities|caseload)|"
    # "1,450 IDP movements": IOM's DTM counts movements of people
    r"(?:idp|displacement)\s+movements|"
    # "3,415 ind. (683 HH)", "27 500 pers.", "482,730 Afghan nationals"
    r"(?:ind|indiv|pers)(?=\.)|ppl|nationals|citizens|tourists|visitors|pilgrims|holidaymakers|travell?ers|campers|"
    r"hikers|"
    # words of the region's own reporting kept in English text: "1,080 damnificados", "2,300 desplazados"
    r"damnificados|desplazados|desabrigados|desalojados|sinistr[ée]s|d[ée]plac[ée]s"
)
_HOUSEHOLD = re.compile(r"^(?:families|households|family|household|familis|famillies|familes|familys|hhs|hh)$", re.I)
# "127 evacuation centres", "60 camps": a count of places, not of people
_PLACES_COUNTED = re.compile(  # "127 evacuation centres"; not "forced 200,000 into shelters" (people moved)
    r"(?!\s*into\b)\s*(?:(?!(?:across|in|into|at|from|to|of|over|throughout|within|among|and|or|"
    # "53,429 have taken shelter in 612 relief camps": people, who did something
    r"have|has|had|are|were|is|was|been|taken|took|taking|sought|seeking|found|remain|remained|now|still|also)\b|\d)"
    r"[\w-]+\s+){0,2}?"
    r"(?:evacuation|displacement|relief|temporary|emergency|collective|idp|transit|"
    r"government)?\s*(?:centres?|centers?|camps?|sites?|shelters?|schools?|settlements?|villages|towns|"
    # "115 evacuation points", "27 evacuation posts"
    # "100 displacement areas", "12 relocation zones"
    r"districts|provinces|municipalities|communes|locations|points|posts|areas|zones|localities)\b",
    re.IGNORECASE,
)
# the places a noun of people only qualifies: "14 displaced persons camps", "9 IDPs' sites", "12 internally displaced
# persons (IDP) camps"; the plural place noun cannot be the people's verb ("2,300 displaced persons camp in the open")
_PLACES_OF_PEOPLE = re.compile(
    r"(?:['’]s?)?(?:\s+\((?-i:[A-Z]{2,6})s?\))?\s+(?:camps|cent(?:re|er)s|sites|settlements|shelters)\b", re.IGNORECASE
)
# a place told by its size: "in a state of 10 million inhabitants", "the town, of some 40,000 inhabitants"
_PLACE_OF = re.compile(
    r"\b(?:city|town|state|country|nation|province|region|district|island|village|municipality|capital|county)"
    rf",?\s+of\s+(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
_ADJECTIVES = (
    r"(?:more|other|additional|new|further|idp|local|internal|forced|total|ethnic|syrian|iraqi|afghan|sudanese|ukrainian|somali|palestinian|"
    # peoples named by a word no suffix tells: "25,000 Rohingya refugees", "3,000 Yazidi families"
    r"rohingya|yazidi|yezidi|uyghur|masalit|zaghawa|nuer|dinka|shilluk|hazara|kachin|karenni|myanmar|"
    # (the adverbs of "displaced": "tens of thousands similarly displaced", "34,000 temporarily displaced people")
    r"similarly|likewise|temporarily|forcibly|"
    r"internally|newly|already|mostly|many|vulnerable|civilian|indigenous|undocumented|irregular|stranded|"
    r"unaccompanied|returning|fleeing|rural|urban|poor|ethnic|[a-z]+ian|[a-z]+i|innocent|young|elderly|former|"
    # "60,000 South Sudanese", "2,000 Central Africans"
    r"(?:north|south|east|west|central)(?:ern)?|"
    # who they are by where they are from: "Venezuelan migrants", "Congolese refugees", "Kurdish families"
    r"[a-z]+(?:an|ese|ish)|"
    # demonyms of other endings: "137,000 Kyrgyz residents", "5,000 Tajik families", "2,000 Rohingya refugees"
    r"kyrgyz|kirghiz|tajik|uzbek|kazakh|turkmen|thai|lao|khmer|greek|czech|dutch|french|swiss|rohingya|yazidi|druze|"
    r"sahrawi|karen|kachin|hmong|dinka|nuer|fulani|hausa|maasai|tuareg|amhara|oromo|kurdish|"
    r"men,?|women,?|and|of\s+the|of\s+them|of\s+their|of\s+its|displaced|uprooted|"
    # "4.6 million registered internally displaced persons", "12,000 verified IDPs"
    r"registered|recorded|verified|documented|remaining|homeless|"
    # displaced by what: "300,000 drought-displaced people", "conflict-displaced families"
    r"[a-z]+-(?:displaced|uprooted))"
)
_UNIT_AFTER = re.compile(
    # "Hundreds of Lismore residents": the people's town between "of" and their noun
    rf"^(?:-odd|-strong)?\s*(?:of\s+(?:those\s+|these\s+|(?-i:[A-Z])[\w'’-]+\s+)?)?(?:{_ADJECTIVES}\s+){{0,3}}"
    # "About 2,400 Adré residents fled": the people's town before the words that name people by where they live
    r"(?:(?:(?-i:[A-Z])[\w'’-]+\s+){1,2}(?=(?:residents|villagers|inhabitants)\b))?"
    rf"(?P<noun>{_PERSON_NOUNS})\b",
    re.IGNORECASE,
)
# people named by what they do or where they are from, with plain words before the noun: "10,000 sugar cane
# workers", "300 fishing families", "2,000 flood-hit residents"
_MODIFIED_NOUN = re.compile(
    r"^\s+(?:(?!(?:were|was|are|is|have|has|had|and|or|of|in|to|from|at|on|by|for|with|without|among|who|which|that|"
    r"the|their|its|"
    # (a word's letters too: "30,000 CAR refugees")
    r"homes?|houses?|buildings|shelters|tents|cattle|livestock|animals|head)\b)(?:[a-z][a-z-]*|[A-Z]{2,5})\s+){1,2}"
    r"(?P<noun>workers|labourers|laborers|miners|farmers|fishermen|herders|pastoralists|nomads|traders|tourists|"
    r"residents|villagers|families|households|people|persons|inhabitants|dwellers|settlers|tenants|"
    # "200 quake survivors", "3,000 flood victims", "1,700 fire evacuees"
    r"survivors|victims|evacuees|refugees|returnees|"
    # households by their letters: "1,090 returnee HHs", "400 IDP HH"
    r"HHs|HH|hhs|hh)\b"
)
# the same in a headline set in title case, every word capitalised: "2,000 Flood Victims Reach the Capital",
# "800 Fishing Families Moved Inland" (both the words before and the noun capitalised, so a name in running text
# is not read as what the people do)
_TITLE_MODIFIED_NOUN = re.compile(
    r"^\s+(?:(?!(?:Were|Was|Are|Is|Have|Has|Had|And|Or|Of|In|To|From|At|On|By|For|With|Without|Among|Who|Which|"
    r"That|The|Their|Its|Homes?|Houses?|Buildings|Shelters|Tents|Cattle|Livestock|Animals|Head)\b)[A-Z][a-z-]*\s+){1,2}"
    r"(?P<noun>Workers|Labourers|Laborers|Miners|Farmers|Fishermen|Herders|Pastoralists|Nomads|Traders|Tourists|"
    r"Residents|Villagers|Families|Households|People|Persons|Inhabitants|Dwellers|Settlers|Tenants|"
    r"Survivors|Victims|Evacuees|Refugees|Returnees)\b"
)
# a figure set before what it counts: "100,000 to 120,000 — The number of people that were forced out of their homes"
_NUMBER_OF_AFTER = re.compile(
    r"^\s*[—–:-]+\s*(?:the\s+)?(?:total\s+|estimated\s+)?number\s+of\s+(?:[\w-]+\s+)?"
    r"(?P<noun>people|persons|families|households|idps|residents|evacuees)\b",
    re.IGNORECASE,
)
# "2,000 of the 5,000 residents", "19,000 of Yellowknife's 20,000 residents"
_OWNER = r"(?:the\s+|its\s+|their\s+|an\s+estimated\s+|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}['’]s?\s+)"
# (the whole with its own qualifier: "4,200 of the more than 11,000 people living near the volcano")
_PART_OF = re.compile(rf"\s+of\s+{_OWNER}?(?:(?:{QUALIFIER_WORDS})\s+)?(?=\d)")
_OF_WHOLE = re.compile(rf"\d\s+of\s+{_OWNER}?(?:(?:{QUALIFIER_WORDS})\s+)?$")
# an unknown part of a whole: "many of the 50,000 families", "two thirds of the 9,000 residents" (not "all of the …"); a
# whole that is itself displaced stays a figure: "half of the 111,000 people displaced from Aleppo returned"
_DISPLACED_WHOLE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:(?:people|persons|families|households|individuals|residents)\s+)?(?:displaced|uprooted|"
    # "More than 60,000 of the 80,000 residents relocated during the floods have returned home"
    r"evacuated|relocated|evacuees|idps|refugees|who\s+(?:have\s+|had\s+)?(?:fled|been\s+(?:displaced|evacuated)))\b",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(
    r"\b(?:many|most|some|several|part|half|(?:nearly|almost|virtually|practically)\s+all|(?:a|one)[\s-](?:third|quarter|fifth|majority)|"
    r"(?:two|three|four)[\s-](?:thirds|quarters|fifths)|the\s+majority|a\s+few|few|"
    r"hundreds|thousands|dozens|scores)\s+of\s+(?:the|these|those|its|their|[A-Z][\w'’-]*['’]s?)\s+(?:estimated\s+)?$",
    re.IGNORECASE,
)


_OBJECT_OF = re.compile(
    # "compelled an estimated 40,000 to flee into Rwanda" (the verb's own look-ahead reads past the count)
    rf"(?:{_ANY_TERM.pattern}|forced|forcing|forces?|compel(?:led|s)?|obliged|driven|drove|pushed|sent)\s+"
    rf"(?:(?:{QUALIFIER_WORDS}|another|a\s+further|an\s+additional|the)\s+)*$",
    re.IGNORECASE,
)
_SUBJECT_OF = re.compile(
    r"\s*(?:more\s+|others?\s+|additional\s+|of\s+(?:them|which|whom)\s+)?"
    # "some 1,200 who fled the clashes", "more than 800 who took refuge at the mission" (unit:subject)
    r"(?:who\s+)?"
    r"(?:(?:have|had|has|having|were|are|was|is|been|being|be|now|since|already|reportedly|also|still|newly|"
    # "6.2 million forcibly displaced", "950 have been recorded as new arrivals"
    # (the same in brackets, told officially: "100,000 have been officially registered (as displaced)")
    r"forcibly|internally|temporarily|officially|formally|(?:recorded|registered|counted)\s+\(?as|"
    # "Thousands continue to be displaced into Kabul"
    r"remain(?:ed|s|ing)?|rendered|made|forced\s+to|ordered\s+to|had\s+to|have\s+to|continu(?:e|es|ed|ing)\s+to|"
    r"compelled\s+to|obliged\s+to|made\s+to|"
    # "6,000 were rescued and evacuated" (whether the second is displacement is the terms' to say)
    r"(?:rescued|stranded|trapped|affected|located|found|sheltered|housed)\s+and|"
    # what a source believes or reports of them: "4,000 are believed to have fled", "6,000 were known to have been
    # displaced"; what they became: "2,000 became displaced"; how: "800 were safely evacuated" (unit:subject)
    r"(?:believed|reported|estimated|known|said|thought|understood|presumed)\s+to\s+(?:have|be)|"
    r"bec(?:a|o)me|becomes|becoming|safely|preemptively|pre-emptively|all|mostly|subsequently)\s+)*"
    # "3,100 self-evacuated to relatives' homes"
    rf"(?:self-?)?(?:{_ANY_TERM.pattern})",
    re.IGNORECASE,
)


# a move's name before what it names counts those things, not people: "25 evacuation orders", "five evacuation
# warnings", "14 evacuation flights", "12 relocation plans", "120 displacement events"
_MOVE_NOUN_MODIFIER = re.compile(
    r"\s+(?:evacuation|relocation|resettlement|displacement|repatriation)\s+"
    r"(?!(?:in|of|from|to|at|by|on|and|or|for|since|during|across|within|into|as|is|was|were|has|had|have|are|"
    r"be|been|took|happened|occurred)\b)[a-z]",
    re.IGNORECASE,
)
_PART_OR_WHOLE_BEFORE = re.compile(
    rf"\b(?:including|incl\.|out\s+of|of\s+(?:whom|them|these|those)|among\s+(?:them|whom))\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)


# a cause that made people move, the count its object: "caused 5,000 to flee" (not "caused 300 deaths")
_CAUSED = re.compile(
    r"\b(?:caus(?:ed|ing|es?)|prompt(?:ed|ing|s)?|led|leading|leads|made|making|forc(?:ed|ing|es?)|compel(?:led|ling|s)?)"
    rf"\s+(?:(?:{QUALIFIER_WORDS}|another|a\s+further|an\s+additional)\s+)*$",
    re.IGNORECASE,
)
_TO_MOVE = re.compile(
    r"\s*(?:more\s+|others?\s+)?to\s+(?:flee|evacuate|relocate|seek\s+(?:refuge|shelter|safety)|retreat|"
    # (leave a place, not "leave the party")
    r"(?:leave|abandon)(?=\s+(?:their\s+(?:homes?|houses?|villages?|towns?|lands?|areas?)|the\s+(?:area|city|town|"
    r"village|region|district|island|camp)|(?-i:[A-Z]))|\s*[,.;]|\s+(?:for|on|over|in|during|by|since)\b)|"
    r"be\s+(?:evacuated|relocated|moved|displaced|resettled))\b",
    re.IGNORECASE,
)


_WHOLE_OF_WHICH = re.compile(
    r"\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}?(?P<noun>families|households|people|persons|individuals|idps|residents)\b"
    r"[^.;\d]{0,100}?,\s*(?:of\s+(?:which|whom)|among\s+(?:them|whom))\s+"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# the people counted, named at the sentence's start by what happened to them: "Of those individuals who returned
# between 28 July and 6 August, 690 were recorded in Sinjar and 149 in Al-Ba'aj" (unit:subject)
_OF_THOSE_WHO = re.compile(
    r"\s*(?:Of|Among)\s+(?:those|the|these|all)\s+(?:(?:[\w-]+\s+){0,2}?(?P<noun>individuals|people|persons|families|"
    r"households|idps|returnees|arrivals|refugees|residents)\s+)?(?:who|that)\s+(?:have\s+|had\s+|were\s+)?"
    r"(?P<verb>returned|fled|arrived|left|crossed|evacuated|displaced|relocated|moved)\b[^.;:]{0,140}?,\s+",
    re.IGNORECASE,
)
_COUNTED_IN = re.compile(
    r"\s+(?:(?:were|are|was|is|have\s+been|had\s+been)\s+)?(?:recorded|registered|counted|identified|found|tracked|"
    r"reported|living|staying|located|hosted|sheltering|settled)\b",
    re.IGNORECASE,
)
_RETURNED_PEOPLE = re.compile(
    r"\s+(?:returned|displaced|evacuated|relocated|uprooted)\s+(?-i:[A-Z][\w'’-]+)\s+"
    r"(?:migrants|refugees|nationals|workers|people|families|households|residents|children|returnees)\b",
    re.IGNORECASE,
)
_LISTED_NUMBER = r"\d[\d,.]*\d(?:\s*(?:million|m)\b)?|\d"
_NUMBER_LIST_AFTER = re.compile(
    rf"(?:\s*,\s*(?:{_LISTED_NUMBER}))*\s*,?\s+(?:and|or)\s+(?:{_LISTED_NUMBER})(?=\s)", re.IGNORECASE
)

_OF_AFTER = re.compile(r"\s*of\s")


# a displaced people's noun, then a bracket opening on the count: "more IDPs (" (not "Kakuma camp (")
_NOUN_THEN_BRACKET = re.compile(
    # (not a count of a part named before: "the highest number of evacuees (1,72,916)")
    r"(?<!number\sof\s)\b(?P<noun>idps|refugees|returnees|evacuees|asylum[\s-]seekers|displaced\s+(?:people|persons|"
    rf"families|households))\s*\(\s*(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)


_HOMES_RESTATED = re.compile(
    rf"\s+(?:homes|houses)(?=\s*(?:,\s*or|\(|[–—]|-{{1,2}}\s)\s*{ANY_QUALIFIERS}\d[\d,.]*\s*(?:people|persons|individuals)\b)",
    re.IGNORECASE,
)


def _unit_and_link(sentence: str, q: Quantity) -> UnitLink | None:
    """The unit the quantity counts, where its noun phrase ends, and how it is tied to displacement."""
    found = _link(sentence, q)
    return UnitLink(*found) if found else None


# what may follow the object of a displacing verb: "uprooted 6,500 more near Dalanu", "forced 200,000 into shelters"
_OBJECT_GOES_ON = re.compile(
    r"\s*(?:(?:more|others?)(?=\s|$|[,.;])\s*)?(?:to\s+(?:flee|leave|evacuate|relocate)|from\s+their\s+homes|out\s+of\s+their\s+homes|people|$|[,.;]|\s+in\b|"
    # "displaced 12 million inside the country", "fled 4,000 to Kosti"
    r"\s+from\b|\s+since\b|\s+across\b|\s+over\b|\s+into\b|\s+(?:inside|within)\b|"
    # "killed 12, displaced 40,000 and destroyed 3,000 homes": the next verb of a list of what befell the area
    r"\s+and\s+(?:[a-z]{2,}ed|left|cut|hit|swept|tore|took|made)\s|"
    r"\s+to\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "bringing the total to", then the number the total is of: "… to 40,000 the number of displaced people"
_BRINGS_TO = re.compile(rf"\bbring(?:s|ing)?\s+(?:the\s+total\s+)?to\s+{ANY_QUALIFIERS}$", re.I)
_THE_NUMBER_AFTER = re.compile(
    r"\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?(?P<noun>displaced|idps|evacuees|people|persons|"
    r"families|households|arrivals|refugees|returnees)\b",
    re.I,
)


def _link(sentence: str, q: Quantity) -> tuple[str, int, str] | None:
    after = sentence[q.end :]
    if _OF_WHOLE.search(sentence[max(0, q.start - 200) : q.start]) and not _DISPLACED_WHOLE.match(sentence, q.end):
        return None  # "2,000 of the 5,000 residents": 5,000 is the population, not a figure
    if _SHARE_OF.search(sentence, max(0, q.start - 40), q.start) and not _DISPLACED_WHOLE.match(sentence, q.end):
        return None  # "many of the 50,000 families whose homes were damaged are sleeping in tents": an unknown part
    named = _NOUN_THEN_BRACKET.search(sentence, max(0, q.start - 40), q.start)
    if named and re.match(r"\s*\)", after):
        # "slightly more IDPs (764,000) returned": the count in brackets after its noun (unit:noun-before-bracket)
        unit = Unit.HOUSEHOLD if _HOUSEHOLD.match(named.group("noun").split()[-1].lower()) else Unit.PERSON
        return unit, q.end + after.index(")") + 1, "noun"
    part = _PART_OF.match(after)
    if part:  # "Some 2,000 of the 5,000 residents have fled": the first number takes the noun after the second
        base = next(_QUANTITY.finditer(sentence, q.end + part.end()), None)
        noun = _UNIT_AFTER.match(sentence[base.end() :]) if base else None
        if noun:
            unit = Unit.HOUSEHOLD if _HOUSEHOLD.match(noun.group("noun").lower()) else Unit.PERSON
            whole = _DISPLACED_WHOLE.match(sentence, base.end())
            if whole:
                # "Fewer than 400 of the 9,000 people displaced from Lahaina have found housing": the whole is the
                # figure; the part is one only when what became of it is displacement ("… have returned")
                said = _WHAT_BECAME.match(sentence, whole.end())
                end = said.end() if said else whole.end()
                return (unit, end, "noun") if _ANY_TERM.search(sentence, end, end + 60) else None
            return unit, base.end() + noun.end(), "noun"
    listed = _NUMBER_LIST_AFTER.match(after)
    if listed:
        # "displaced 1,150, 870 and 430 households in Kassala, Gedaref and River Nile respectively": the list
        # shares the noun after its last number
        shared = _UNIT_AFTER.match(after[listed.end() :])
        if shared:
            return (Unit.HOUSEHOLD if _HOUSEHOLD.match(shared.group("noun").lower()) else Unit.PERSON), q.end, "noun"
    homes = _HOMES_RESTATED.match(after)
    if homes:  # "700 homes, or about 4,100 people, fled": the homes count the households the people are again
        return Unit.HOUSEHOLD, q.end + homes.end(), "noun"
    if _PLACES_COUNTED.match(after) and not _UNIT_AFTER.match(after):
        return None
    noun = _UNIT_AFTER.match(after)
    if noun and _OF_AFTER.match(after) and _ARE_A_GROUP.match(after, noun.end()):
        return None  # "600,000 of those displaced since December are children": who a part of them is
    population = noun and noun.group("noun").lower() == "inhabitants"
    if population and _PLACE_OF.search(sentence, max(0, q.start - 60), q.start):
        return None  # "a state of 10 million inhabitants": the place's population, not a figure
    if noun and _PLACES_OF_PEOPLE.match(after, noun.end()):
        return None  # "31 displaced persons (IDP) sites": the people only say whose camps are counted
    if noun:
        word = noun.group("noun").lower()
        if word in ("others",) and not (
            _ANY_TERM.search(after[: noun.end() + 40]) or _OBJECT_OF.search(sentence[max(0, q.start - 90) : q.start])
        ):
            return None  # "killed 12 people and displaced 1,500 others" is a figure; "1,500 others" alone is not
        unit = Unit.HOUSEHOLD if _HOUSEHOLD.match(word) else Unit.PERSON
        return unit, q.end + noun.end(), "noun"
    modified = _MODIFIED_NOUN.match(after) or _TITLE_MODIFIED_NOUN.match(after)
    if modified:  # "10,000 sugar cane workers fled"
        unit = Unit.HOUSEHOLD if _HOUSEHOLD.match(modified.group("noun").lower()) else Unit.PERSON
        return unit, q.end + modified.end(), "noun"
    headed = _NUMBER_OF_AFTER.match(after)
    if headed:  # "100,000 to 120,000 — The number of people that were forced out of their homes"
        household = headed.group("noun").lower() in ("families", "households")
        return (Unit.HOUSEHOLD if household else Unit.PERSON), q.end, "number-of"
    returned_people = _RETURNED_PEOPLE.match(after)
    if returned_people:  # "60,000 returned Chadian migrants": who they are, the word an adjective of their noun
        return Unit.PERSON, q.end + returned_people.end(), "noun"
    # "5,000 have fled", "200,000 displaced", "3,000 were evacuated"; "1,200 who fled", but not a part or a whole
    # set against another count: "including 12,000 who left by truck", "out of 90,000 who crossed last year"
    if (
        _SUBJECT_OF.match(after)
        and not (after.startswith(" who ") and _PART_OR_WHOLE_BEFORE.search(sentence, max(0, q.start - 60), q.start))
        and not _MOVE_NOUN_MODIFIER.match(after)
    ):
        return Unit.PERSON, q.end, "subject"
    before = sentence[max(0, q.start - 200) : q.start]
    whole = _WHOLE_OF_WHICH.search(before[-160:])
    if whole:
        # "5,622 households affected by floods in Ma'rib, of which 1,730 had their shelters destroyed and were forced
        # to move": the part counts what the whole counts (whether it is a figure is the terms' to say)
        return (Unit.HOUSEHOLD if _HOUSEHOLD.match(whole.group("noun")) else Unit.PERSON), q.end, "subject"
    those = _OF_THOSE_WHO.match(sentence) if before[:40].lstrip()[:2] in ("Of", "of", "Am", "am") else None
    if those and those.end() <= q.start and _COUNTED_IN.match(after) and not re.search(r"\band\s+$", before):
        # "Of those individuals who returned …, a total of 690 were recorded in Sinjar": a part of the people the
        # sentence opens with, in their unit
        household = those.group("noun") and _HOUSEHOLD.match(those.group("noun").lower())
        return (Unit.HOUSEHOLD if household else Unit.PERSON), q.end, "subject"
    # "caused 5,000 to flee", "prompted 2,000 to leave their homes", "forced 900 to be evacuated" (unit:object)
    if _CAUSED.search(before[-90:]) and _TO_MOVE.match(after):
        return Unit.PERSON, q.end, "object"
    # "displaced 5,000", "forced 5,000 to flee", "uprooted some 20,000"
    if _OBJECT_OF.search(before[-90:]):
        if _OBJECT_GOES_ON.match(after):
            return Unit.PERSON, q.end, "object"
    total = _THE_NUMBER_AFTER.match(after)
    if total and _BRINGS_TO.search(before):
        household = total.group("noun").lower() in ("families", "households")
        return (Unit.HOUSEHOLD if household else Unit.PERSON), q.end, "number-of"
    if _CAMP_POPULATION.search(before):  # "bringing the camp's population to 40,000": the people living in it
        return Unit.PERSON, q.end, "number-of"
    apposed = _NOUN_THEN_NUMBER.search(before[-80:]) if after.startswith(",") else None
    if apposed and not _UNIT_AFTER.match(after):
        # "the remaining evacuees, about 35,000, have returned home": the number set after its noun, between commas
        household = apposed.group("noun").lower() in ("families", "households")
        return (Unit.HOUSEHOLD if household else Unit.PERSON), q.end, "noun"
    if _ARRIVALS_TOTAL.search(before[-100:]) and not _UNIT_AFTER.match(after):
        return Unit.PERSON, q.end, "number-of"  # "New arrivals in 2024 total 67,400", "Arrivals … averaged 1,200 a day"
    if _HOSTS_BEFORE.search(before[-60:]) and _IN_SITES_AFTER.match(after):
        return Unit.PERSON, q.end, "number-of"  # "Hajjah already hosts an estimated 400,000 in 80 IDP sites"
    if _HOSTING_BEFORE.search(before[-120:]) and not _UNIT_AFTER.match(after):
        return Unit.PERSON, q.end, "number-of"  # "The Renk transit centre, built for 3,000, was hosting 11,200"
    label = _LABEL.search(before)
    counts_other = (
        label and not label.group("who") and _LABEL_COUNTS_OTHER.search(before[label.start() : label.start("mark")])
    )
    if label and not counts_other and not _OTHER_NOUN.match(after):  # "IDPs: ~150,000", "Displaced - 27,000 - Bentiu"
        household = re.search(r"(?:families|households)[^.;:\d]{0,30}$", before[: label.start("mark")], re.I)
        # (a label that counts households, however long what befell them: "(total number of households displaced
        # since the start of the crisis: 5,699)")
        household = household or _HOUSEHOLDS_COUNTED.search(before[: label.start("mark")])
        return (Unit.HOUSEHOLD if household else Unit.PERSON), q.end, "number-of"
    # "the number of IDPs/displaced people rose to 1.2 million", "IDPs total 300,000"
    if _NUMBER_OF_THE_DISPLACED.search(before):
        unit = (
            Unit.HOUSEHOLD if re.search(r"(?:families|households)[^.;]{0,60}$", before, re.IGNORECASE) else Unit.PERSON
        )
        return unit, q.end, "number-of"
    if _COUNTED_AMONG.search(before[-120:]):
        return None  # "Malaria cases among IDPs in Sila rose to 14,300": the cases, not the people
    # "put the number of people staying with relatives in Rio Grande do Sul at 423,486": the people counted are
    # named by what happened to them, in any words the terms know
    counted = _NUMBER_OF_PEOPLE.search(before)
    said = counted.group("pre") + counted.group("noun") + counted.group("who") if counted else ""
    if counted and counted.group("noun")[0].isupper() and "," in counted.group("who"):
        counted = None  # a people by its name, then another clause: "the number of Sudanese arriving has doubled, to"
    if counted and (_ANY_TERM.search(said) or _AS_REFUGEES.search(said)):
        household = counted.group("noun").lower() in ("families", "households")
        return (Unit.HOUSEHOLD if household else Unit.PERSON), q.end, "number-of"
    # "The regional administration put the number who had left their homes at 400" (unit:number-of)
    counted = _PUT_THE_NUMBER_WHO.search(before) if "put" in before else None
    if counted and _ANY_TERM.search(counted.group("who")):
        return Unit.PERSON, q.end, "number-of"
    # "Some 32,000 people have fled, though aid groups put the figure at 50,000": a second estimate of the count
    # before it, in that count's unit (whether it is a figure is the terms' to say) (unit:same-count-estimated)
    again = _FIGURE_PUT_AT.search(before) if "put" in before or "plac" in before or "estimat" in before else None
    if again:
        return (Unit.HOUSEHOLD if _HOUSEHOLD.match(again.group("noun").lower()) else Unit.PERSON), q.end, "number-of"
    # "IDPs: 300,000", "displacement reached 500,000", "idps numbered 40,000"
    if _THE_DISPLACED_NUMBER.search(before):
        return Unit.PERSON, q.end, "number-of"
    return None


_HOUSEHOLDS_COUNTED = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+)?(?:families|households)\b[^.;:\d()]{0,80}$", re.I)
_NUMBER_OF_PEOPLE = re.compile(
    r"\b(?:number|total|tally|count|figure)\s+of\s+(?P<pre>(?:[\w-]+\s+){0,2}?)"
    # a people by its name, what happened to them after it: "the number of Syrians registered as refugees in Jordan"
    r"(?P<noun>people|persons|individuals|families|households|residents|victims|(?-i:[A-Z][a-z]{2,}(?:s|ese))|"
    r"Rohingyas?)\b(?P<who>[^.;:\d]{0,120}?)\s+"
    r"(?:to|at|reached|reaches|hit|hits|stood\s+at|stands\s+at|is|was|exceeded|surpassed|passed|topped|"
    r"(?:is|was|are|were)\s+(?:estimated|believed|thought|put)\s+(?:to\s+be|at)|climbed\s+to|rose\s+to|"
    rf"jumped\s+to|crossed|risen\s+to|grown\s+to|increased\s+to)\s+(?:(?:{QUALIFIER_WORDS}|now|currently|still)\s+)*$",
    re.IGNORECASE,
)
_FIGURE_PUT_AT = re.compile(
    r"\d[\d,.]*\s+(?:[\w-]+\s+)?(?P<noun>people|persons|individuals|residents|villagers|families|households)\b[^.;\d]{0,120}?"
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:the|that|this|their|its)\s+"
    r"(?:figure|number|total|count|tally)\s+(?:(?:far|much|even|slightly)\s+)?(?:(?:higher|lower)\s*,?\s+)?"
    rf"(?:at|closer\s+to|nearer\s+to|as\s+high\s+as|as\s+low\s+as)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# "the number of Sudanese registered as refugees": people named refugees by what they were registered as
_AS_REFUGEES = re.compile(r"\bas\s+(?:[\w-]+\s+)?(?:refugees|asylum[\s-]seekers)\b", re.IGNORECASE)
_PUT_THE_NUMBER_WHO = re.compile(
    r"\bput(?:s|ting)?\s+the\s+(?:number|figure|total|tally|count)\s+(?P<who>(?:who|that)\s+[^.;:\d]{3,80}?)\s+at\s+"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_ARE_A_GROUP = re.compile(
    r"[^,;.]{0,40}?\b(?:are|were|is|was)\s+(?:(?:mostly|mainly|largely|all)\s+)?(?:children|women|girls|boys|minors|"
    r"elderly|older\s+(?:people|persons)|female|male|under\s+(?:the\s+age\s+of\s+)?\w+|pensioners|retirees|students|"
    r"orphans|(?:people|persons)\s+with\s+disabilities|disabled)\b",
    re.IGNORECASE,
)
# the population of a camp or site, a count of the people living there: "bringing the camp's population to 40,000",
# "the population of the camps stood at 93,000"
_CAMP_POPULATION = re.compile(
    r"\b(?:(?:camp|site|settlement)s?['’]?s?\s+population|population\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:camp|site|"
    r"settlement)s?)\b[^.;\d]{0,40}?\b(?:to|at|reached|reaches|hit|stood\s+at|stands\s+at|is|was|rose\s+to|"
    rf"climbed\s+to|exceeded|exceeds|passed|topped)\s+(?:(?:{QUALIFIER_WORDS}|now|currently|still)\s+)*$",
    re.IGNORECASE,
)
_NOUN_THEN_NUMBER = re.compile(
    r"\b(?P<noun>evacuees|idps|refugees|returnees|families|households|residents|people|persons|displaced)\s*,\s*"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_ARRIVALS_TOTAL = re.compile(
    r"\b(?:new\s+)?arrivals\b(?!\s+of\s+(?:tourists|visitors|passengers|pilgrims|goods|aid|supplies|cargo))"
    r"(?:[^.;\d]|(?:19|20)\d\d){0,60}?\b(?:total|totals|totalled|totaled|averaged|averaging|reached|numbered|"
    r"stood\s+at|stand\s+at|rose\s+to|climbed\s+to|exceeded|fell\s+to|dropped\s+to|decreased\s+to|increased\s+to)\s+"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_HOSTING_BEFORE = re.compile(
    r"\b(?:camp|cent(?:re|er)|site|shelter|settlement)s?\b[^.;]{0,60}?\b(?:is|was|are|were|now|currently)\s+"
    rf"(?:now\s+|currently\s+|still\s+)?(?:hosting|sheltering|accommodating|housing)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# a count without its noun that a place hosts in sites of the displaced: "hosts an estimated 400,000 in 80 IDP
# sites" (people, not the sites)
_HOSTS_BEFORE = re.compile(
    rf"\b(?:hosts|hosted|is\s+hosting|shelters|sheltered|is\s+sheltering)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_IN_SITES_AFTER = re.compile(
    rf"\s+(?:people\s+)?in\s+(?:(?:{QUALIFIER_WORDS})\s+)?\d[\d,]*\s+"
    r"(?:idp|displacement|collective|informal)\s+(?:sites|camps|settlements|centres|centers)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\b(?:(?:displaced|idps|evacuees|evacuation|displacements?|evacuated)\b(?:[^.;:\d]|(?:19|20)\d\d){0,60}?|"
    # "Refugees and asylum-seekers from Myanmar in neighbouring countries: 1,306,800"; not "Refugees in need: …"
    r"(?:refugees|returnees|asylum[- ]seekers)\b(?![^.;:\d]{0,60}?\b(?:need|needs|targeted|reached|assisted|supported|"
    r"enrolled|vaccinated|resettled|resettlement|cases|deaths|children|women|students|pupils)\b)[^.;:\d]{0,60}?|"
    # "Persons in relief camps: 1,345,000", "Families inside evacuation centres - 3,120": who, and where they stay
    r"(?P<who>(?:persons|people|individuals|families|households)\s+(?:in|at|inside|staying\s+in)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:camps|shelters|evacuation\s+cent(?:re|er)s|cent(?:re|er)s|sites)\b\s*(?:\([^()]{0,30}\)\s*)?))"
    r"(?P<mark>:|\s[-–—])\s*"
    rf"(?:~|≈|(?:{QUALIFIER_WORDS})\s)?\s*$",
    re.IGNORECASE,
)
# "Displacement sites: 412", "Evacuation centres open: 127": the label counts places; "- 300 tents": its own noun
_LABEL_COUNTS_OTHER = re.compile(
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bin\sthe\s)(?<!\bacross\s)\b(?:sites?|cent(?:re|er)s?|camps?|shelters?|tents|locations|events|incidents|kits|houses|homes|schools|"
    r"settlements|points|routes|orders|flights|trucks|convoys|buses)\b[^.;:\d]{0,20}$",
    re.IGNORECASE,
)
_OTHER_NOUN = re.compile(r"\s*(?!(?:in|at|across|as|since|from|according|by|on|and|or|to|of|for)\b)[a-z]{2,}")
_COUNTED_AMONG = re.compile(
    r"\b(?:cases|deaths|incidents|infections|admissions|consultations|births|attacks|arrests|rapes|abductions|killings|"
    r"outbreaks|complaints|requests|applications|claims|registrations)\s+(?:of\s+[\w-]+\s+)?(?:among|of|in|for|by)\s+"
    r"(?:the\s+)?(?:internally\s+)?(?:idps|displaced|evacuees|refugees|returnees)\b[^.;\d]{0,60}$",
    re.IGNORECASE,
)
_WHAT_BECAME = re.compile(r"[^,;.]{0,40}?(?=\s(?:have|has|had|are|were|is|was|remain|now|still)\b)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_year(sentence: str, q: Quantity) -> bool:
    text = sentence[q.start : q.end]
    if not _YEAR.fullmatch(text) or q.value_high is not None:
        return False
    return not _UNIT_AFTER.match(sentence[q.end :])  # "2000 people fled" is a number, "in 2011" a year


# the totals read before a quantity in _link: "the number of IDPs rose to", "IDPs: "
_NUMBER_OF_THE_DISPLACED = re.compile(
    # not an average: "The average number of IDPs per shelter is nine times their capacity"
    r"(?<!average\s)(?<!mean\s)(?:number|total|tally|count|figure|population)\s+of\s+(?:the\s+)?"
    r"(?:newly\s+|internally\s+)?"
    # who they are before what happened to them: "the total number of registered returnees was 8,410", "the number
    # of internal refugees to 900,000" (unit:number-of)
    r"(?:(?:undocumented|registered|internal|recorded|verified|new|documented|spontaneous|forced)\s+)?"
    # the cause before the people: "The number of flood evacuees in Kelantan fell to 28,500"
    r"(?:(?:flood|fire|wildfire|bushfire|storm|quake|earthquake|cyclone|typhoon|hurricane|war|conflict|drought|"
    r"landslide|eruption)[\s-]+)?"
    r"(?:displaced(?:\s+(?:people|persons|families|households))?|idps|evacuees|returnees|people\s+displaced|"
    r"(?:[A-Z][a-z]+\s+)?refugees|(?:[A-Z][a-z]+\s+)?(?:new\s+)?arrivals|"
    r"people\s+who\s+(?:have\s+|had\s+)?(?:fled|left\s+their\s+homes|been\s+displaced)|"
    # not "the number of displacement sites rose to 110": places or events counted ("the total number of
    # displacements in Ma'rib to 117,000": the displacements, each a person moved)
    r"displacements?(?!\s+(?:sites?|camps?|cent(?:re|er)s?|settlements?|locations?|events?|incidents?|orders?))|"
    r"people\s+(?:evacuated|uprooted|relocated|returned|displaced)|"
    r"people\s+(?:living|sheltering|staying)\s+in\s+(?:[\w-]+\s+){0,2}(?:camps|shelters|sites|cent(?:re|er)s))\b[^.;]{0,60}?"
    r"(?:to|at|reached|reaches|hit|hits|stood\s+at|stands\s+at|is|was|of|exceeded|exceeds|surpassed|surpasses|"
    r"passed|topped|tops|"
    # "has pushed the number of IDPs in the state above 1.7 million"
    r"above|beyond|past|"
    r"(?:is|was|are|were)\s+(?:estimated|believed|thought|put)\s+(?:to\s+be|at)|"
    r"climbed\s+to|rose\s+to|jumped\s+to|passed|crossed|risen\s+to|grown\s+to)\s+"
    rf"(?:(?:{QUALIFIER_WORDS}|now|currently|still|a\s+staggering|a\s+record)\s+)*$",
    re.IGNORECASE,
)
_THE_DISPLACED_NUMBER = re.compile(
    r"\b(?:idps|displaced(?:\s+population)?|evacuees|returnees|(?:camp|site)(?:['’]s)?\s+population|"
    r"displacement(?!\s+(?:sites?|camps?|cent(?:re|er)s?|settlements?|locations?|events?|incidents?|orders?))|"
    r"(?:idp|displacement|displaced|refugee|returnee)\s+(?:caseload|population|figures?|numbers?|count|stock|total))\b"
    # (a count of the camps it lives in between: "the refugee population in 12 camps stood at 84,310")
    r"[^.;\d]{0,40}?(?:\d[\d,]*\s+(?:[\w-]+\s+)?(?:camps|sites|settlements|cent(?:re|er)s|shelters|locations)\b"
    r"[^.;\d]{0,30}?)?"
    r"\s(?:now\s+)?(?:(?<!\bthe\s)(?<!\ba\s)(?<!-free\s)(?<!phone\s)number(?:ed|s|ing)?|total(?:led|ed|s|ling|ing)?|reached|stood\s+at|stand\s+at|stands\s+at|rose\s+to|"
    # "Uganda has a refugee caseload of 1.5 million", "an IDP population of 40,000"
    r"(?<=caseload\s)of|(?<=population\s)of|"
    r"(?:is|was|are|were)\s+(?:now\s+)?(?:estimated\s+at|put\s+at)|climbed\s+to|"
    # "The displaced, estimated at 30,000, are sheltering in schools"
    r"(?<=,\s)(?:estimated|put)\s+at|"
    r"exceed(?:ed|s)?|(?:has\s+|have\s+)?(?:doubled|tripled|grown|increased|risen|jumped)\s+to|"
    r"(?:grew|increased|rose|swelled)\s+by|"
    # "the camp population grew by 2,000 to 14,000": where it stands now
    r"(?:grew|grown|increased|rose|risen|swelled|jumped|climbed)\s+by\s+\d[\d,.]*\s+(?:\w+\s+)?to)\s+"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)

# more patterns behind the same look-ahead (measured one by one: each of these scans faster so; those that did
# not are left as written)
_LABEL, _SHARE_OF, _COUNTED_AMONG = map(guarded, (_LABEL, _SHARE_OF, _COUNTED_AMONG))
_NUMBER_LIST_AFTER, _HOSTING_BEFORE = map(guarded, (_NUMBER_LIST_AFTER, _HOSTING_BEFORE))
_ARRIVALS_TOTAL, _NUMBER_OF_PEOPLE = map(guarded, (_ARRIVALS_TOTAL, _NUMBER_OF_PEOPLE))
_NUMBER_OF_THE_DISPLACED, _THE_DISPLACED_NUMBER = map(guarded, (_NUMBER_OF_THE_DISPLACED, _THE_DISPLACED_NUMBER))


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_NUMBER_OF_AFTER, _HOUSEHOLD = map(guarded, (_NUMBER_OF_AFTER, _HOUSEHOLD))
_NOUN_THEN_BRACKET, _CAUSED = map(guarded, (_NOUN_THEN_BRACKET, _CAUSED))
