"""Stage 8: candidates. One sentence's quantities, each taken through units, terms and traps, then given its
place, body and period."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import islice

from extraction import rules
from extraction.bodies import _body_in
from extraction.periods import extract_period
from extraction.places import _COUNT_LABEL, POSSESSOR_BEFORE, _is_country, _place_for, demonym_country, people_place
from extraction.quantities import (
    _MONTHS,
    ANY_QUALIFIERS,
    NUMBER_AHEAD,
    QUALIFIER_WORDS,
    _looks_like_date_or_measure,
    _qualifier_before,
    _quantities,
)
from extraction.scanning import guarded
from extraction.terms import (
    _ANY_TERM,
    _CAMP_HOME,
    _CARRIED_AFTER,
    _CARRIED_HOST_BEFORE,
    _COORDINATED,
    _TERM_RE,
    _TRAPS,
    CAMP_HOLDS_CUE,
    HOME_TO_CAMP,
    SHELTER_HOME,
    TermMatch,
    _category,
    _clause_bounds,
    _governing_term,
    _term_matches,
    _term_of,
    carried_subject,
    carried_term,
    residents_counted,
)
from extraction.text import CAPITAL, name_key
from extraction.units import _CAMP_POPULATION, _DISPLACED_WHOLE, UnitLink, _is_year, _unit_and_link
from extraction.vocab import CarriedVerb, DateAccuracy, PeriodSource, Qualifier, Term, Unit

# a sentence (at most MAX_SENTENCE_CHARS) is read for this many quantities at most: with the cap on its length,
# this bounds the work each sentence takes, whatever it holds (a table of numbers, garbage)
MAX_QUANTITIES_PER_SENTENCE = 60


@dataclass
class Candidate:
    value: int
    value_high: int | None
    qualifier: str
    unit: str
    term: str
    category: str
    location: str | None
    region_pcode: str | None
    reporting_body: str | None
    quote: str
    start: int
    end: int
    region_id: int | None = None
    reporting_body_id: int | None = None
    period_start: date | None = None
    period_end: date | None = None
    period_accuracy: str | None = None
    period_source: str | None = None
    country: str | None = None  # ISO alpha-2 of the place, when the worldwide names resolved it
    admin1: str | None = None  # its first-level division, by name
    rules: list[str] = field(default_factory=list)
    breakdown: list = field(default_factory=list)  # extraction.breakdown.Part: who the displaced are, as stated

    @property
    def rule(self) -> str:
        """The rules that made this candidate, as one line (what the tracker stores with the figure)."""
        return " ".join(self.rules)

    def as_json(self) -> dict:
        data = asdict(self)
        for key in ("period_start", "period_end"):
            data[key] = data[key].isoformat() if data[key] else None
        data["rule"] = self.rule
        return data


@dataclass(frozen=True)
class Drop:
    """A quantity the pipeline let go, the stage that let it go, and why (for the bench's per-stage report)."""

    sentence_start: int
    value: int
    stage: str
    reason: str


_PERSONS_BEFORE = r"(?:people|persons|individuals|families|households|idps|residents|hhs?|(?:ind|indiv|pers)\.)"
# the words that restate a count in the other unit: "i.e.", "that is", "equivalent to", "which corresponds to",
# "corresponding to", "equal to", "amounting to", "which amounts to", "the equivalent of"
_RESTATED = (
    r"i\.e\.|that\s+is|equivalent\s+to|representing|corresponding\s+to|equal\s+to|amounting\s+to|"
    r"the\s+equivalent\s+of|(?:which|that)\s+(?:corresponds?|corresponded|amounts?|amounted|equals?|"
    r"(?:is|are|was|were)\s+(?:equivalent|equal)|translates?)(?:\s+to)?"
)
# "1,240 households (6,200 individuals)": the same figure again, converted
# the first count's noun before its conversion: "4,418 families or 15,215 persons"
_CONVERTED_FROM = re.compile(
    rf"\s+(?P<unit>{_PERSONS_BEFORE})\s*(?:\(|,\s*or|or|[–—/]|-\s|,\s*(?:{_RESTATED}))"
    rf"\s*(?:(?:{QUALIFIER_WORDS}|~)\s*)?$"
    # "650 people in 140 households, whose houses were flattened, are still in tents": the people, by household
    rf"|\s+(?P<people>people|persons|individuals|residents)\s+(?:in|from)\s+(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
_OWN_CLAUSE_BRACKET = re.compile(
    r"[^\d;.()]{0,60}?\s(?:and|while|whereas)\s+[^\d;.()]{0,40}?\b(?:idps|refugees|returnees|evacuees)\s*\(\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?",
    re.IGNORECASE,
)
# a count's noun, then its conversion opening in brackets: "960 IDP families (5,760 individuals)"
_BRACKET_AFTER_COUNT = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_PERSONS_BEFORE}\s*\(\s*" rf"(?:(?:{QUALIFIER_WORDS}|~)\s*)?",
    re.IGNORECASE,
)
_CONVERSION = re.compile(
    # "4 312 households – about 30 200 people –", "1,150 families, i.e. 5,750 people"
    # (or in square brackets, as wire copy writes an editor's conversion: "7,000 families [42,000 people]")
    # (a total word after the bracket: "45 households (totalling 210 people)", "(a total of 210 people)")
    # (the noun's letters in brackets between: "2,040 people (IDPs) or 410 households", "1,310 households (HH)
    # (7,860 individuals)")
    rf"{_PERSONS_BEFORE}\s*(?:\(\s*[A-Za-z]{{2,5}}\s*\)\s*(?=,?\s*or\b|[(\[]))?"
    r"(?:(?:\(|\[)\s*(?:(?:totall?ing|a\s+total\s+of|comprising)\s*)?|,\s*or|or)\s*"
    rf"(?:{QUALIFIER_WORDS}|~)"
    rf"?\s*(?=\0)"
    # "3,100 households (hh) roughly 17,000 people", "3,100 families evacuated (some 17,000 people)"
    r"|\b(?:families|households)(?:\s*\(hhs?\)\s*(?:,\s*or\b|or\b|[–—/]|-{1,2}\s)?|\s+(?:(?:were|have\s+been|had\s+been)"
    r"\s+)?(?:displaced|evacuated|relocated|uprooted)\s*\()\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?(?=\0\s*(?:people|persons|individuals)\b)"
    # "700 homes, or about 4,100 people, fled": the households again, in people
    r"|\b(?:homes|houses)\s*(?:,\s*or|\(|[–—]|-{1,2}\s)\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?(?=\0\s*(?:people|persons|individuals)\b)"
    # "640 Armenians (150 families) who fled": people first, their households in brackets after their count's noun
    # (the count in words too: "five victims (two families)")
    r"|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand))\s+(?:[a-z][\w'’-]*\s+)?"
    r"[a-z][\w'’-]*\s*\(\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?(?=\0\s*(?:families|households|hhs)\b)"
    # "4 312 households – about 30 200 people –", "1,150 families, i.e. 5,750 people": the other unit after a dash
    # "2,104 households / 7,806 persons"
    # (and "1,200 households – or 6,400 people –", "60 households totalling 280 people")
    # (and "2,110 families—comprising 9,870 individuals—")
    rf"|\b(?:families|households|hhs)\s*(?:(?:[–—/]|-{{1,2}}\s)\s*(?:or\s|comprising\s|totall?ing\s)?|,\s*(?:{_RESTATED})|,?\s*"
    # "300 families, totalling 1,400 people,"; "1,150 households with 5,600 people were displaced"
    r"(?:totall?ing|comprising|with))\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?(?=\0\s*(?:people|persons|individuals)\b)"
    # "reported 2,210 families of 9,640 individuals as evacuees": the households' people, the same count again
    r"|\b(?:families|households)\s+of\s+(?=\0\s*(?:people|persons|individuals)\b)"
    # "8,400 people have been displaced, which corresponds to 1,700 households": restated after the verb
    rf"|\b(?:people|persons|individuals|families|households)\s+(?:(?:have|has|had)\s+been|were|was|are)\s+"
    rf"(?:displaced|evacuated|relocated|uprooted)\s*,\s*(?:{_RESTATED})\s*(?:(?:{QUALIFIER_WORDS})\s+)?"
    r"(?=\0\s*(?:families|households|hhs|people|persons|individuals)\b)"
    # (and "6,400 displaced individuals – or 1,200 households –", "6,400 people — the equivalent of 1,200 families —")
    rf"|\b(?:people|persons|individuals)\s*(?:(?:[–—/]|-\s)\s*(?:or\s|(?:{_RESTATED})\s)?|,\s*(?:{_RESTATED}))\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?(?=\0\s*(?:families|households|hhs)\b)"
    # "9,328 people from 2,704 families": the same people, counted by household (and in an aside: "332 refugees,
    # from 74 households," as the French gloss gives "332 réfugiés, regroupés en 74 ménages,")
    # (and the people of a place: "1,900 residents from 420 families")
    r"|\b(?:people|persons|individuals|idps|refugees|returnees|evacuees|displaced|victims|residents|villagers|"
    # (and "5,200 displaced people comprising 930 households")
    r"inhabitants)(?:\s+who\s+fled)?\s*,?\s+"
    # "10,020 IDPs in 2,510 HH"
    rf"(?:from|in|of|belonging\s+to|comprising|forming|making\s+up)\s+(?:(?:{QUALIFIER_WORDS})\s+)?"
    r"(?=\0\s*(?:families|households|hhs?)\b)"
    # a count with no noun of its own, then where its people come from by household, after a dash or in brackets:
    # "the evacuees now number 6,120 – from 1,730 families –", "dropped to 940 (from 260 families)"
    r"|(?<![\d,.])\d[\d,.]*\s*(?:[–—(]|-{1,2})?\s*from\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?(?=\0\s*(?:families|households|hhs?)\b)",
    re.IGNORECASE,
)
# who the displaced are, not another figure: "including 4,000 children", "including dozens of orphans"
_SUB_GROUP_WORDS = (
    r"\s+(?:of\s+)?(?:\w+\s+)?(?:children|women|men|girls|boys|elderly|older\s+(?:people|persons)|students|patients|"
    r"minors|orphans|infants|babies|disabled|pregnant|unaccompanied|campers|tourists|holidaymakers|pupils|"
    # "including 600 children and 45 persons with disabilities"
    r"(?:people|persons|individuals)\s+(?:living\s+)?with\s+(?:a\s+)?disabilit(?:y|ies))\b"
)
_SUB_GROUP = re.compile(_SUB_GROUP_WORDS, re.IGNORECASE)
# who a part of the figure before is, its cue after the count: "60 residents fled, 14 of them were children",
# "90 of whom are women" (not "90 of them from Kobra": a part by place)
_WHO_OF_THEM = re.compile(
    r"\s+of\s+(?:them|whom|those|these)\s*,?\s+(?:(?:are|were|being)\s+)?(?:\w+\s+)?"
    r"(?:children|women|men|girls|boys|elderly|minors|orphans|infants|babies|students|pupils|disabled)\b",
    re.IGNORECASE,
)
# "the displaced include 5,000 children", "…, among them 300 children", "Among the displaced in Tawila are 1,300
# children": who they are
_INCLUDING = re.compile(
    # (and a list of who they are after "being" or "namely": "…, being 310 boys and 290 girls")
    r"\b(?:includ(?:e|es|ing)|(?<=,\s)being|namely|of\s+(?:whom|them)|among\s+(?:them(?:\s+(?:are|were))?|whom|"
    r"(?:the|those)\s+"
    r"(?:newly\s+|internally\s+)?(?:displaced|idps|evacuees|arrivals|refugees|returnees)"
    r"(?:\s+(?:in|at)\s+[^,;\d]{1,40}?)?,?\s+(?:are|were)))\s+"
    # each group of a list after the cue: "families that include 900 women, 700 men and 400 children"
    rf"(?:{ANY_QUALIFIERS}\d[\d,.]*{_SUB_GROUP_WORDS}\s*(?:,|,?\s+and)\s+)*"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# a part by nationality after a cue of a part, the way they came before it: "That includes 900 Cameroonian nationals
# as well as 1,400 returning Chadian nationals", "…, among them 1,400 newly arrived Sudanese": who, not a second figure
_PART_CUE_BEFORE = re.compile(
    r"\b(?:includ(?:e|es|ing)|of\s+(?:whom|them)|among\s+(?:them|whom))\b[^.;:()]{0,160}$", re.IGNORECASE
)
_NATIONALS_PART = re.compile(
    r"\s+(?:(?:are|were)\s+)?(?:(?:returning|returned|arriving|newly\s+arrived|fleeing)\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]+\s+){1,2}(?:nationals|citizens)\b|(?-i:[A-Z][a-z]+(?:ians|ans|ese|is))\b)",
    re.IGNORECASE,
)
_LIST_OF_COUNTS = re.compile(
    r"(?<![\d,.])\d[\d,.]*\d(?:\s*(?:million|m)\b)?(?:(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)\d[\d,.]*\d(?:\s*(?:million|m)\b)?)+"
    r"|(?<![\d,.])\d(?:(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)\d[\d,.]*)+",
    re.IGNORECASE,
)
_COUNT_IN_LIST = re.compile(r"\d[\d,.]*\d(?:\s*(?:million|m)\b)?|\d", re.IGNORECASE)


# capitalised names joined by commas and "and" ("Castilla and Veintiséis de Octubre", "Abo, Bela and Cota")
_LISTED_NAME = rf"{CAPITAL}[\w'’-]+(?:\s+(?:de\s+|del\s+|la\s+|el\s+)?{CAPITAL}[\w'’-]+)*"
_NAMES_LISTED = re.compile(rf"{_LISTED_NAME}(?:(?:,\s+|,?\s+and\s+){_LISTED_NAME})+")
_NAME_IN_LIST = re.compile(_LISTED_NAME)


def _respective_place(sentence: str, q, places) -> tuple | None:
    """ "displaced 1,150, 870 and 430 households in Kassala, Gedaref and River Nile states respectively": the n-th
    count of a list takes the n-th place named after it (or, with none after it, before it), when there are as many
    places as counts."""
    for listed in _LIST_OF_COUNTS.finditer(sentence):
        if listed.start() <= q.start < listed.end():
            counts = [m.start() + listed.start() for m in _COUNT_IN_LIST.finditer(listed.group())]
            ending = sentence.find("respectively", listed.end())
            named = [p for p in places if listed.end() <= p.position < ending]
            if not named:
                # "Uganda and Kenya host 1.2 million and 500,000 refugees respectively": the places before the list
                named = [p for p in places if p.position < listed.start()]
                names = list(_NAMES_LISTED.finditer(sentence, 0, listed.start()))[-1:]
                names = _NAME_IN_LIST.findall(names[0].group()) if names else []
                # (also past a place named before the list: "the coastal districts of Kilifi and Kwale, about
                # 3,000 and 1,800 people respectively")
                if ending >= 0 and named and len(named) != len(counts) == len(names) and q.start in counts:
                    # "Goma and Mbeloveni have the most displaced people, at 600 and 450 people respectively": a
                    # name of the list the gazetteer does not know, as written
                    written = names[counts.index(q.start)]
                    known = next((p for p in named if p.text == written), None)
                    return written, known.place if known else None, "sentence"
            if ending < 0 or len(named) != len(counts) or q.start not in counts:
                return None
            chosen = named[counts.index(q.start)]
            return chosen.text, chosen.place, "sentence"
    return None


def _list_term(sentence: str, q, quantities) -> TermMatch | None:
    """ "Bor and Akobo received 3,400 and 1,200 returnees respectively", "…, at 3,400, 2,100 and 1,200 people
    respectively": a count of a list of counts that shares one noun takes the term another count of the list takes
    (the last first, whose noun is the list's), when no word of its own governs it (term:list)."""
    for listed in _LIST_OF_COUNTS.finditer(sentence):
        if listed.start() <= q.start < listed.end():
            lead = sentence[max(0, listed.start() - 100) : listed.start()]
            # "The floods killed 12 and 30 people were evacuated": a trap before the list governs the first count,
            # unless it is the verb whose object the list is ("received 3,400 and 1,200 refugees")
            trap = [m.end() for m in _TRAPS.finditer(lead)]
            trapped = trap and not any(m.start() >= trap[-1] for m in _ANY_TERM.finditer(lead))
            others = [o for o in quantities if listed.start() <= o.start < listed.end() and o.start != q.start]
            for other in reversed(others):
                linked = _unit_and_link(sentence, other)
                if linked is None:
                    continue
                clause = _clause_bounds(sentence, other.start, linked.noun_end)
                found = _governing_term(sentence, clause, other, linked.noun_end, linked.link)
                if found and (not trapped or found.how == "object"):
                    return TermMatch(found.term, "list")
            return None
    return None


# the count before, named again by "the number" with where it stands now: "…, but the number has since fallen to"
_THE_NUMBER_AGAIN = re.compile(
    r"\b(?:the|that|this)\s+(?:number|figure|total|count|flow)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:since|now|then|later|again|already)\s+)?"
    r"(?:fallen|fell|dropped|decreased|declined|risen|rose|grown|grew|climbed|increased|jumped|doubled|tripled|"
    r"(?:stands|stood)\s+at|reached|hit|slowed)\s+(?:to\s+)?"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_BARE_AND = re.compile(r"[^\s,;]\s+and\s+$", re.IGNORECASE)
_PART_OWN_VERB = re.compile(
    r"\s+(?:people\s+|of\s+them\s+)?(?:who|that|which)\s+(?:were|have\s+been|had\s+been|are|was|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# a part of a country named by its compass point, in lower case as reporting writes it: "the central division",
# "the north-east", "the eastern province"
_COMPASS_PART = (
    r"(?:north|south|east|west|central|(?:north|south)[\s-]?(?:east|west)|(?:north|south|east|west)ern|"
    r"(?:north|south)[\s-]?(?:east|west)ern)(?:\s+(?:division|district|province|region|state|county|zone))?\b"
)
_BREAKDOWN = re.compile(
    # "…; in Kassala, 4,500; and in Port Sudan, some 2,000": the place, then its count of the same people
    rf"(?:^|[;,]\s*)(?:and\s+)?(?:in|at)\s+(?:the\s+)?(?:{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+){{0,2}}|"
    rf"{_COMPASS_PART})(?:,\s*|\s+there\s+(?:are|were)\s+)"
    rf"(?:(?:{QUALIFIER_WORDS}|another)\s+)*\0\s*(?:[;,.]|and\b|$)"
    # "…, and about 4,000 in the northern division.": the same after its count, a part named by its compass point
    rf"|(?:[;,]\s*|\b)and\s+(?:(?:{QUALIFIER_WORDS}|another)\s+)*\0\s+(?:in|at)\s+the\s+{_COMPASS_PART}\s*(?:[;,.]|$)"
    # the first part too: ", with 6,100 in Oruro", "(6,100 in Oruro District, …", ", while another 2,200 are from X"
    r"|(?:^|[,;:–—(]\s*|\s-\s+|\b(?:and|with|while)\s+)"
    rf"(?:(?:{QUALIFIER_WORDS}|another)\s+)*"
    # "690 were recorded in Sinjar and 149 were recorded in Al-Ba'aj": the same words again, another place
    r"\0\s+(?:(?:were|are|was|is)\s+(?:(?:now|still|currently)\s+)?"
    r"(?:(?:recorded|registered|counted|living|staying|hosted|sheltering)\s+)?|(?:now|still|currently)\s+)?"
    # "… and over 9,500 in each of the two provinces of Zomba and Machinga": a count for every place listed
    rf"(?:from|in|at|to|into)\s+(?:the\s+|each\s+of\s+the\s+(?:[\w-]+\s+){{1,2}}?of\s+(?:the\s+)?)?{CAPITAL}"
    rf"|{CAPITAL}[\w'’-]+\s*\(\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)"
    rf"*\0\s*\)"
    # "(Nampula 21,400; Zambézia 8,900; Niassa 2,300)": a list of places, each with its count after it
    rf"|(?:[(;:]\s*|,\s+|\band\s+)(?P<listed>{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+){{0,2}})\s+"
    rf"{ANY_QUALIFIERS}\0\s*(?:[;,)]|and\b|\.?$)"
    # "Balasore accounted for the highest number of evacuees (1,72,916)": the place is the subject
    r"|\bthe\s+(?:largest|highest|greatest)\s+(?:[\w-]+\s+){0,4}?\(\s*"
    rf"{ANY_QUALIFIERS}\0\s*\)"
)
# a count after a semicolon with only its conversion and its place ("; 640 families or 2,900 persons in Masbate")
_AFTER_SEMICOLON = re.compile(r";\s*(?:and\s+)?$")
_ELLIPTICAL_PART = re.compile(
    rf"(?:\s+or\s+{ANY_QUALIFIERS}\d[\d,.]*\s+(?:people|persons|individuals|families|households))?"
    rf"\s+(?:in|at)\s+(?:the\s+)?{CAPITAL}[\w'’-]*(?:[\s-]+(?:de\s+|del\s+)?{CAPITAL}[\w'’-]*){{0,3}}"
    r"(?:\s+(?:province|district|town|city|municipality|region|county))?\s*[.;]?\s*"
)
# a place's own count of people in brackets after a count: "8 in Caia (hosting 1,900 individuals)"
_OWN_COUNT_IN_BRACKETS = re.compile(
    rf"\s+(?:in|at)\s+(?:the\s+)?{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+){{0,2}}\s*\(\s*"
    rf"(?:(?:hosting|sheltering|housing|accommodating|with)\s+)?{ANY_QUALIFIERS}\d"
)
# the subject of "hosts the largest share of IDPs (…)": the place a breakdown's count stands with
_LARGEST_SUBJECT = re.compile(
    rf"(?P<name>{CAPITAL}[\w'’-]+(?:[\s-]+{CAPITAL}[\w'’-]+){{0,2}})(?:\s+(?:region|state|province|district|county|governorate|"
    r"department|prefecture|zone|city|town))?\s+(?:alone\s+)?(?:continues\s+to\s+host|hosts?|hosted|received|has|had|"
    r"accounts?\s+for|accounted\s+for|recorded|records|registered)\s+the\s+(?:largest|highest|greatest)\s+"
    r"(?:[\w-]+\s+){0,4}?\(\s*[^()]{0,20}$"
)


_BRACKETED_COUNT = re.compile(
    # (not a number in words restated in digits: "Twenty Eight (28) evacuation centres")
    rf"(?:(?!(?i:{NUMBER_AHEAD})){CAPITAL}[\w'’-]+|\bthe\s+(?:largest|highest|greatest)\s+(?:[\w-]+\s+){{0,4}}?)\s*\(\s*"
    rf"{ANY_QUALIFIERS}\0\s*\)"
)


# a place, then a count opening in brackets: "in Cabo Delgado (approx. "; and the next places of the list, bare or
# after "and", "then", "followed by", with or without a comma, semicolon or dash before: "in Marib (512 families),
# Sanaa (62 families) and Taiz (38 families)", "Aden (40 HH) – Lahj (12 HH)"; a division's word may follow the name
_DIVISION_WORD = r"(?:\s+(?:region|state|province|district|county|governorate|zones?|municipality|parish))?"
_PART_NAMED_BRACKET = re.compile(
    r"(?:\b(?:in|at)\s+(?:the\s+)?|\)\s*(?:[,;–—]\s*|-\s+)?(?:and\s+|then\s+|followed\s+by\s+)?"
    # (after a first part that is no bracket: "… in Gao, with 1,200 families, followed by Mopti (640 families)")
    r"|,\s*(?:and\s+)?(?:then|followed\s+by)\s+)"
    rf"{CAPITAL}[\w'’-]+(?:[\s-]+{CAPITAL}[\w'’-]+){{0,2}}{_DIVISION_WORD}\s*\(\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s*)?$"
)
# the next places of such a list with "with" before their count: "…, followed by Mopti with 640 families and Kayes
# with 310 families", "then Kayes with 310 families" (the first part bracketed or not)
_PART_NAMED_WITH = re.compile(
    r"(?:,\s*|\)\s*,?\s*|\s)(?:and\s+)?(?:then|followed\s+by|and)\s+(?:the\s+)?"
    rf"(?P<name>{CAPITAL}[\w'’-]+(?:[\s-]+{CAPITAL}[\w'’-]+){{0,2}}){_DIVISION_WORD},?\s+with\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s*)?$"
)
# a list of parts by place going on after "in addition to", "as well as" or "and", each count with its noun and its
# place(s) only: "…, in addition to 30 families in each of Shabwa and Mahra, and 15 families in Socotra"
_LIST_GOES_ON = re.compile(
    r"(?:,\s*(?:and\s+)?(?:in\s+addition\s+to|as\s+well\s+as|along\s+with|besides)|,?\s+and)\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?$"
)
_PART_PLACE_NAME = rf"{CAPITAL}[\w'’-]*(?:[\s-]+{CAPITAL}[\w'’-]*){{0,3}}"
_ELLIPTICAL_PLACES = re.compile(
    r"\s+(?:in|at)\s+(?:each\s+of\s+)?(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"
    rf"{_PART_PLACE_NAME}(?:(?:\s*,\s*|\s+and\s+){_PART_PLACE_NAME})*"
    r"(?:\s+(?:provinces?|districts?|regions?|states?|governorates?|counties|county|municipalities|camps?))?\s*[.;,]?\s*"
)
_FOLLOWED_BY = re.compile(r",\s*(?:and\s+)?(?:then|followed\s+by)\s")
# the bracket closes after the noun, or after a share of the whole: "(1,983 HHs, 22%)"
_PART_BRACKET_CLOSE = re.compile(r"\s*(?:,\s*\d{1,3}(?:\.\d+)?\s*%\s*)?\)")
_NAME_BEFORE_BRACKET = re.compile(
    rf"(?P<name>{CAPITAL}[\w'’-]+(?:[\s-]+{CAPITAL}[\w'’-]+){{0,2}}){_DIVISION_WORD}\s*\(\s*[^()]{{0,20}}$"
)
_NAME_BEFORE_COMMA = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?(?P<name>{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+){{0,2}}),"
    r"\s*(?:[a-z]+\s+){0,2}$"
)
# the first place named after a count: "6,200 were in Gambella" (Gambella)
_PLACE_NAMED_AFTER = re.compile(rf"[^\d;]{{0,40}}?\b(?:in|at|from|to)\s+(?:the\s+)?(?P<name>{CAPITAL}[\w'’-]+)")
_NAME_AFTER = re.compile(
    # "…, and 650 were counted at Adré": the verb a list's count is counted with, then its place
    # (or with the verb alone: ", while another 2,200 are from Potosí")
    r"(?:\s+(?:were|are|was|is|have\s+been|had\s+been)(?:\s+(?:recorded|registered|counted|living|staying|hosted|"
    r"sheltering|sheltered))?)?"
    rf"\s+(?:from|in|at|to)\s+(?:the\s+)?(?P<name>{CAPITAL}[\w'’-]+(?:[\s-]+{CAPITAL}[\w'’-]+){{0,2}})"
)


# "(Nampula 21,400; Zambézia 8,900": the place written just before its count in a list
_NAME_LISTED_BEFORE = re.compile(
    rf"(?:[(;:]\s*|,\s+|\band\s+)(?P<name>{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+){{0,2}})\s+"
    rf"{ANY_QUALIFIERS}$"
)


_COMPASS_AFTER = re.compile(rf"\s+(?:in|at)\s+the\s+(?P<name>{_COMPASS_PART})\s*(?:[;,.]|$)")
_COMPASS_BEFORE = re.compile(
    rf"\b(?:in|at)\s+the\s+(?P<name>{_COMPASS_PART})(?:,\s*|\s+there\s+(?:are|were)\s+)(?:(?:{QUALIFIER_WORDS}|another)\s+)*$"
)


def _breakdown_place(sentence: str, q, gazetteer, places=()):
    """The place a breakdown's count stands with: "Bayda (3,000)", "8,900 from Aleppo" (as the sentence's places
    resolved it, when it is one of them: they know which country the sentence is about)."""
    before = sentence[max(0, q.start - 60) : q.start]
    compass = _COMPASS_AFTER.match(sentence, q.end) or _COMPASS_BEFORE.search(before)
    if compass:
        # "…, and in the central division, about 16,000": a part named by its compass point, no name to look up
        return compass.group("name"), None, "breakdown"
    match = (
        _LARGEST_SUBJECT.search(sentence, max(0, q.start - 120), q.start)
        # "24,075 people were displaced in Demak, and 2,140 in Kudus": the place after the count is its own
        or (_NAME_AFTER.match(sentence, q.end) if re.search(r"(?:,\s*|\s)and\s+$", before) else None)
        or _NAME_BEFORE_BRACKET.search(before)
        or _PART_NAMED_WITH.search(before)
        # "3,000 arrived in Adré, 1,200 in Farchana and 800 in Goré": the place right after a count is its own
        or _NAME_AFTER.match(sentence, q.end)
        # "crossed into Chad in May, and 650 …": a month closing the clause before is no place
        or (m if (m := _NAME_BEFORE_COMMA.search(before)) and m.group("name").lower() not in _MONTHS else None)
        or _NAME_LISTED_BEFORE.search(before)
    )
    if not match or match.group("name").lower() in _MONTHS:
        return None
    name = match.group("name")
    mention = next((m for m in places if m.text == name and m.place is not None), None)
    return name, (mention.place if mention else gazetteer.lookup(name)), "breakdown"


# "The largest movements were to Jowhar in Middle Shabelle (over 12,400 people)": the destination, not its region
_DESTINATION_IN_REGION = re.compile(
    rf"(?P<name>{CAPITAL}[\w'’-]+(?:[\s-]+{CAPITAL}[\w'’-]+){{0,2}})\s+in\s+(?:the\s+)?{CAPITAL}[\w'’-]+"
    rf"(?:[\s-]+{CAPITAL}[\w'’-]+){{0,2}}(?:\s+(?:region|state|province|district|county|governorate))?\s*\(\s*"
    rf"{ANY_QUALIFIERS}$"
)


def _destination_place(sentence: str, q, gazetteer, places=()):
    """The place a count in brackets stands with in a list of destinations (term:place-list)."""
    match = _DESTINATION_IN_REGION.search(sentence, max(0, q.start - 90), q.start)
    if match is None:
        return _breakdown_place(sentence, q, gazetteer, places)
    name = match.group("name")
    mention = next((m for m in places if m.text == name and m.place is not None), None)
    return name, (mention.place if mention else gazetteer.lookup(name)), "breakdown"


_WHOLE_BEFORE = re.compile(r"\d\s+of\s+(?:the|its|their|an\s+estimated)\s+$", re.IGNORECASE)
_BARE_PARTICIPLE = re.compile(
    r"\s+(?:newly\s+|internally\s+|more\s+|others?\s+)?(?:displaced|evacuated|uprooted)", re.IGNORECASE
)
# a running total after the figure it adds to: "bringing the total to 150,000", "taking the overall number to 1.2m"
# "…, bringing the number of Sudanese refugees who have arrived since April 2023 to 610,000"
_BRINGING_NUMBER = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|rais(?:es|ing)|raised|push(?:es|ing)?|pushed)\s+(?:the|its)\s+(?:(?:overall|"
    r"cumulative|total)\s+)?(?:number|total|tally)\s+of\b",
    re.IGNORECASE,
)
_RUNNING_TOTAL = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|push(?:es|ing)?|pushed|rais(?:es|ing)|raised|lift(?:s|ing)?)\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:overall|cumulative|total|new)\s+)?(?:total|tally|number|figure|count|"
    # "bringing the country's total Malian refugee population to about 45,000"
    r"(?:(?-i:[A-Z])[\w-]+\s+)?(?:refugee|idp|displaced)\s+population)"
    # "bringing total returns to Sinjar since 2015 to 195,000"
    r"(?:\s+(?:returns|arrivals|returnees|displacements|evacuations))?"
    # "bringing the number there since April 2023 to 287,000", "… the total in Adré to …"
    # "bringing the total displaced in the capital to over 300,000"
    r"(?:\s+(?:of\s+)?(?:displaced(?:\s+people)?|idps|people\s+displaced|evacuees|refugees))?"
    rf"(?:\s+(?:there|here|(?:in|to)\s+(?-i:{CAPITAL})[\w'’-]+(?:\s+(?-i:{CAPITAL})[\w'’-]+)?|in\s+the\s+(?:capital|city|town|"
    r"region|country|province|state|district|camps?|area)))?"
    r"(?:\s+(?:so\s+far|to\s+date|since\s+[^,;]{1,30}?))?\s+to\s+"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"\b(?:19[5-9]|20\d)\d\b")
_PEOPLE_NOUN = re.compile(r"\s+(?:people|persons|individuals)\b", re.IGNORECASE)
# "and 6,000 more in other towns": another count of what the sentence counted before
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)
_THINGS_COUNTED = re.compile(
    r"(?<![\d,.])\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:centres?|centers?|camps?|sites?|shelters?|schools?|settlements?|"
    r"houses|homes|buildings|tents|villages|towns|facilities|points|locations)\b",
    re.IGNORECASE,
)


def _things_counted_between(sentence: str, start: int, end: int) -> bool:
    # only in a clause of its own after the figure's ("…; 973 collective shelters are open, 773 of them …")
    between = sentence[start:end]
    return ";" in between and bool(_THINGS_COUNTED.search(_A_YEAR.sub("", between.rsplit(";", 1)[1])))


# "N more" with a verb of its own that is no displacement: "12,000 more live within the risk zone", "N more are at risk"
_MORE_OWN_VERB = re.compile(
    r"\s+more\s+(?:people\s+|residents\s+|families\s+|households\s+)?(?:still\s+)?(?:live|lives|living|reside|"
    r"resides|residing|are|is|were|remain|remains|face|faces|need|needs|lack|lacks|risk|risks)\b",
    re.IGNORECASE,
)
_CLAUSE_REST = re.compile(r"[^,;.]*")
_AT_RISK = re.compile(r"\b(?:risk|danger|exposed|vulnerable|exclusion|red\s+zone)\b", re.IGNORECASE)


def _more_of_another_kind(sentence: str, q) -> bool:
    own = _MORE_OWN_VERB.match(sentence, q.end)
    if not own:
        return False
    rest = _CLAUSE_REST.match(sentence, own.end()).group()
    # only when what is said of them is a trap or a risk: "… more live within the risk zone", "… more are in need"
    return not _ANY_TERM.search(rest) and bool(_TRAPS.search(rest) or _AT_RISK.search(rest))


_VISITORS = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:tourists|visitors|pilgrims|holidaymakers|travell?ers|campers|hikers)\b", re.IGNORECASE
)
_STAYING_PART = re.compile(
    r"\s+(?:more\s+|others?\s+|additional\s+)?(?:(?:were|are|still|now)\s+)*(?:(?:living|staying|sheltering|hosted|"
    # "of whom some 40,000 find themselves in … informal sites and collective centres"
    r"housed|find\s+themselves|found\s+themselves)\s+)?(?P<where>"
    r"(?:with|by)\s+(?:host\s+famil(?:y|ies)|host\s+communities|relatives|friends)|"
    r"in\s+(?:host\s+communities|rented\s+(?:housing|accommodation|houses|homes|apartments)|"
    r"private\s+(?:settings|accommodation|housing|homes)|out-of-camp\s+(?:locations|settings)|critical\s+shelters?|"
    r"unfinished\s+buildings|(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:camps|sites|settlements|collective\s+cent(?:re|er)s|"
    r"shelters)))\b",
    re.IGNORECASE,
)
_ALREADY_IN = re.compile(r"\s+(?:(?:who\s+)?are\s+)?(?:already|now|still)\s+in\s+(?:the\s+)?(?=[A-Z])")
# "…, while another 700,000 are in Yola", "and a further 3,000 remain in Kaya": more of the count before, by place
_ANOTHER_BEFORE = re.compile(
    rf"\b(?:another|a\s+further|an\s+additional)\s+(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
_ANOTHER_STAYING = re.compile(
    r"\s+(?:(?:are|were|remain|remained|stay|stayed|live|lived)\s+)(?:now\s+|still\s+|currently\s+)?"
    r"(?:living\s+|staying\s+|sheltering\s+)?in\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# "nine in ten Gazans", "one in five people": a share, not a count
# a multiple, not a count: "is nine times their capacity", "a 3-fold increase"
_MULTIPLE = re.compile(r"\s*(?:times\b|-?fold\b)", re.IGNORECASE)
# an average, not a count: "the mean number of displaced people per site is 1,200" (not "an average of 600 a day")
_AVERAGE_NUMBER = re.compile(r"\b(?:average|mean|median)\s+(?:number|size|count)\s+of\b[^.;]{0,80}$", re.IGNORECASE)
# a count someone expects: "expects the number of displaced people to exceed 50,000", "the number of IDPs is
# projected to reach 1 million"
_PROJECTED_COUNT = re.compile(
    r"(?:\b(?:expects?|expected|expecting|projects?|projected|projecting|forecasts?|forecasting|anticipates?|"
    r"anticipated|predicts?|predicted|fears?|feared|warns?|warned)\s+(?:that\s+)?(?:the\s+)?(?:number|total|figure|"
    r"count|tally)\s+of\b[^.;]{0,80}?\b(?:to|could|would|may|might|will)|"
    r"\b(?:number|total|figure|count|tally)\s+of\b[^.;]{0,80}?\b(?:is|are|was|were)\s+(?:expected|projected|forecast|"
    r"likely|set|predicted|feared)\s+to)\s+(?:(?:reach|exceed|top|pass|surpass|hit|rise\s+to|climb\s+to|grow\s+to|"
    rf"increase\s+to|double\s+to|go\s+up\s+to)\s+)?{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_RATIO = re.compile(
    # "one latrine for every 120 displaced people", "per 1,000 people"
    # "one out of every 100 citizens", "one in every five residents"
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)(?:\s+every)?|for\s+(?:every|each)|"
    r"per)\s+$",
    re.IGNORECASE,
)
_ARRIVALS = re.compile(
    # "2,000 people from Beni territory have arrived in Butembo", "1,300 people who fled the clashes arrived in …"
    # "20,000 people fleeing renewed fighting in El Geneina reached Adré" (place:reached)
    # "320 households (1,410 individuals) from Nacoba entered Balama" (place:entered)
    # ("…, and 900 more reached Farchana camp": more of the same people, no noun of their own)
    r"(?:\s+more)?(?:\s*\([^()]{1,40}\))?(?:\s+(?:from|who\s+(?:had\s+|have\s+)?fled|fleeing)\s+[^,;.]{1,40}?)?"
    # ("counted over 12,000 people entering Uganda")
    r"\s*(?:new\s+)?(?:arrivals|entering(?=\s+(?-i:[A-Z]))|(?:have\s+|had\s+)?(?:arrived|"
    r"(?:reached|entered)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"crossed(?=\s+(?:from\s+[^,;]{1,40}\s+)?into\b)))\b",
    re.IGNORECASE,
)
# a place left, then where they went: "have abandoned the village of X to reach Y", "left X for the camp of Y", "have
# fled from X to seek refuge in Y", "left the camp of X to return to Y", "fled X, the capital of …, to the nearby town
# of Y", "fled X for the town of Y" (but "fled Abu Shouk for Tawila", "fled X towards Y", "left Nagorno-Karabakh for
# Armenia" are counted where they fled from, as the labelled sets count them)
_LEFT_TO_GO_ON = re.compile(
    r"(?:\s+who\s+fled)?\s+(?:(?:have|has|had)\s+)?(?:since\s+|already\s+)?(?:left|abandoned|deserted|fled(?:\s+from)?)\s+"
    r"(?:the\s+|their\s+)?(?:[^,;.]|,(?=\s)){1,60}?\s(?:for(?=\s+the\s+(?:camp|site|settlement|town|city|village)\s+of\s+(?-i:[A-Z]))|"
    r"to(?=\s+the\s+(?:nearby\s+|neighbou?ring\s+)?(?:town|city|village|camp|site|settlement)\s+of\s+(?-i:[A-Z]))|"
    r"to\s+(?:reach|seek\s+refuge\s+in|return\s+to|flee\s+to|settle\s+in|join))\s+",
    re.IGNORECASE,
)
# a part's number as reporting writes it: "97,000", "97 000", "1.2m", "ninety-seven thousand", "twelve"
PART_NUMBER = (
    r"(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d[\d,.]*[KkM]?|"
    r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen))(?:\s+(?i:hundred|thousand|million|lakh))?"
)
# where a figure's own part of the sentence ends and a part of it begins: "…, 97,000 of them in Nairobi",
# "…, including 35,000 in Akmola", "…, mainly in Beledweyne", "…, many of whom are sleeping outdoors in Zindajan"
_SCOPE_END = re.compile(
    r"(?:,\s*|\s)(?:while|whereas)\b|;|,\s*but\b"
    # the parts after a colon: "1,003,000 refugees were registered in Bangladesh: 966,000 in the camps of Cox's Bazar"
    rf"|:\s+(?=(?:(?:{QUALIFIER_WORDS})\s+)?\d[\d,.]*\s+(?:in|on|at)\s)"
    # a second clause with its own count and verb: "40,000 people had been left homeless, and 6,000 were being housed
    # in community halls in eThekwini" (the places after it are its own; place:own-clause)
    rf"|,\s+and\s+(?=(?:(?:{QUALIFIER_WORDS}|another)\s+)?\d[\d,.]*"
    r"\s+(?:more\s+|others?\s+|(?:[A-Za-z][\w'’-]*\s+){1,3}?)?(?:were|are|have|had|was|remain|remained)\b)"
    # (or with no comma, after a word: "70,000 refugees living in Chad and 36,000 returnees (former IDPs) are back
    # in Ouaddaï", place:own-clause)
    rf"|(?<=[a-z)])\s+and\s+(?=(?:(?:{QUALIFIER_WORDS})\s+)?\d[\d,.]*\s+(?:[A-Za-z][\w'’-]*\s+){{1,2}}"
    r"(?:\([^()]{1,40}\)\s+)?(?:were|are|have|had|was|remain|remained)\b)"
    # a second clause opening on its own verb of moving and count, as Arabic puts them ("…، ووصلت نحو 4000 عائلة إلى
    # درعا", glossed ", and arrived about 4000 families to Daraa"): its places are its own
    rf"|,\s+and\s+(?=(?:arrived|fled|returned|reached|displaced|crossed|moved)\s+(?:(?:{QUALIFIER_WORDS})\s+)?\d)"
    # the next places of a list by place, each with its count: "… in Gao, with 1,200 families, followed by Mopti region
    # with 640 families" (the places after it are the parts'; place:breakdown)
    rf"|,\s*(?:and\s+)?(?:then|followed\s+by)\s+(?=(?:the\s+)?{CAPITAL}[^,;.()\d]{{0,40}}?(?:\s*\(|\s+with\s+)\s*"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?\d)"
    # and after "in addition to", "as well as": "… in Gao, with 1,200 families, in addition to 90 families in Kayes"
    rf"|,\s*(?:and\s+)?(?:in\s+addition\s+to|as\s+well\s+as|along\s+with|besides)\s+(?=(?:(?:{QUALIFIER_WORDS})\s+)?\d)"
    # a second clause about a town, with its own verb: "900 residents had to flee and the town of Camiña was cut off"
    # (place:town-clause)
    rf"|,?\s+and\s+(?=the\s+(?:town|city|village|municipality|commune)\s+of\s+{CAPITAL}[^,;.\d]{{0,40}}?\s+"
    r"(?:was|were|is|are|has|had|remains|remained)\b)"
    # a second clause fronted by its own place and count: "In Adré, 3,000 have arrived, and in Farchana, 1,200"
    # (or "there are" its count: "… in the Northern Division with 640 evacuees, and in the Western Division there are
    # 210 evacuees", place:own-clause)
    rf"|,?\s+and\s+(?=(?:in|at)\s+(?:the\s+)?{CAPITAL}[^,;.\d]{{0,40}}(?:,\s*|\s+there\s+(?:are|were|is|was)\s+)"
    rf"(?:(?:{QUALIFIER_WORDS}|another)\s+)?\d)"
    # a measure taken beside the evacuation, with its own verb: "moved 300 residents out of Kalehe and closed the
    # roads into Minova" (the places after it are the measure's; place:measure-taken)
    r"|,?\s+and\s+(?=(?:closed|shut|blocked|sealed|suspended|cancell?ed|banned|declared|imposed)\s)"
    # a count of land, buildings or livestock after "and": its places are its own ("a million people in eastern
    # Nepal lost their homes and 200,000 hectares in Koshi province lay under water"; place:measure-clause)
    rf"|,?\s+and\s+(?=(?:(?:{QUALIFIER_WORDS})\s+)?\d[\d,.]*\s+"
    r"(?:hectares|ha|acres|houses|homes|buildings|schools|head\s+of|livestock|cattle|tonnes|tons|km)\b)"
    # where the storm was going, not where the people were: "…, as Typhoon Gaemi moved towards Taiwan"
    r"|,?\s(?:as|before|after|when)\s+(?:(?:super\s+)?(?:typhoon|cyclone|hurricane|storm|tropical\s+storm|"
    rf"tropical\s+depression)\s+)?{CAPITAL}[\w-]*\s+(?:made|moved|approached|hit|struck|neared|headed|swept|arrived|"
    r"crossed|reached|barrelled|churned|slammed|tracked)\b"
    # a clause after the source, in wire copy: "…, regional officials said Sunday, as Premier Giorgia Meloni cut short
    # her trip to the G7 summit in Hiroshima" (where the other news happened, not where the people were)
    rf"|\b(?:said|says|reported|announced|added|told\s+{CAPITAL}[\w.]*(?:\s+{CAPITAL}[\w.]*)?)(?:\s+on)?(?:\s+[A-Z][a-z]+day)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+as\s+(?!well\b|many\b|much\b|of\b|part\b|a\s+result\b)"
    # what the source went on to say: "…, according to the UN, which warned that famine was projected in Baidoa"
    r"|,\s+which\s+(?:also\s+)?(?:warned|said|says|added|noted|expects|expected|projected|predicted|called|urged)\b"
    # the worst-hit part: "…, the provincial disaster office said, with the villages around Tetere worst hit"
    # (or a list of them: "…, with Awsi, Kilbati and Gabi zones the worst hit")
    r"|,\s*with\s+(?=(?:[^,;.]|,\s(?=[A-Z])){0,70}?\b(?:worst|hardest)[\s-](?:hit|affected)\b)"
    # what the source went on to say after its verb: "…, the agency said, adding that many were heading for Dilling"
    r"|,\s+(?:adding|noting|saying|warning|stressing)\s+that\b"
    rf"|(?:,|\n)\s*(?:with\s+(?=(?:(?:{QUALIFIER_WORDS}|another)\s+)?(?:" + PART_NUMBER + r")\b)|"
    # "…, with Borno hosting 81 per cent of them": a part's place
    rf"with\s+(?={CAPITAL}[\w'’-]*(?:\s+{CAPITAL}[\w'’-]*){{0,2}}\s+(?:hosting|accounting\s+for|home\s+to|sheltering|receiving)\b)|"
    r"including|incl\.|mainly|mostly|largely|primarily|particularly|especially|notably|chiefly|"
    r"many|most|the\s+majority|(?:with\s+)?(?:the\s+)?(?:bulk|majority)|of\s+(?:whom|which)|among\s+(?:them|whom)|"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?(?:"
    + PART_NUMBER
    + r"|half|a\s+third|two[\s-]thirds|a\s+quarter|three[\s-]quarters|"
    r"\d+\s*(?:%|per\s*cent|percent))\s+of\s+(?:them|whom|those))\b",
    re.IGNORECASE,
)
# a part of the figure before it, by its place or by what became of it: "97,000 of them in Nairobi",
# "of whom 98,760 are staying in evacuation centres"
# "more than the town's 60,000 residents", "twice the camp's 20,000": a count set against the figure, not one
_COMPARED_WITH = re.compile(
    rf"\b(?:than|twice|thrice|times)\s+(?:the|its|their|{CAPITAL}[\w'’-]*['’]s)\s+(?:[\w-]+['’]s\s+)?$"
    # another time's count set against this one: "no new displacement this week, against 120 households the week
    # before", "compared with 3,400 in June" (units:compared-with)
    r"|(?:,|\b(?:this|last)\s+(?:week|month|year)|\bnow)\s+(?:against|versus|vs\.?|compared\s+(?:with|to))\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?$"
    # the earlier count a figure moved from: "…, down from 9,800 people in 60 camps on Monday"
    rf"|,\s+(?:up|down)\s+from\s+(?:(?:{QUALIFIER_WORDS})\s+)?$"
    # the highest count a figure fell from: "…, from a peak of 9,100 families", "dropped from its high of 40,000"
    r"|\bfrom\s+(?:a|the|its|their)\s+(?:earlier\s+|initial\s+|recorded\s+)?(?:peak|high|height|maximum)\s+of\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
# "the thousands of families who fled in 1994": a scale's plural after "the" names a group, it counts none
_THE_BEFORE_SCALE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# the state a change is told from, in a clause on its time: "the camps have emptied since 2016, when their
# population was estimated at 90,000", "compared with 2019, when the number of displaced stood at 40,000"
_EARLIER_STATE = re.compile(
    r"\b(?:since|compared\s+(?:with|to)|than\s+in)\s[^.;]{0,40}?\bwhen\s+(?:the|its|their|his|her)\s+"
    r"[^.;,]{0,40}?\b(?:population|number|total|caseload)\b[^.;,]{0,40}?\b(?:was|were|stood|had\s+been)\b"
    rf"[^.;,\d]{{0,30}}?(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
# a name a small number belongs to, then its verb: "residents of Delmas 33 were forced to evacuate", "the sites of
# Carrefour - Tabarre 27 were emptied" (a word in lower case or a comma before the name: not a sentence's first word;
# not a day of the week: "on Monday 45 were evacuated")
_NAME_BEFORE_NUMBER = re.compile(
    r"(?:\b[a-z]+|,)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?:[A-Z][\w'’.]*\s+(?:[-–]\s+)?){1,3}$"
)
_VERB_AFTER_NUMBER = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b")
# not a part by cause: "75.9 million IDPs, 68.3 million of them because of conflict" says why, not where
_PART_AFTER = re.compile(
    r"\s+of\s+(?:them|whom)\b(?!\s+(?:(?:were\s+|are\s+)?(?:displaced\s+)?(?:because\s+of|due\s+to|owing\s+to|"
    r"as\s+a\s+result\s+of|by)\b))"
    # nor one registered or reached: "65,000 Rohingya have arrived …; 8,000 of them have been biometrically registered"
    r"(?!\s+(?:have|had|were|are|has)\s+(?:been\s+)?(?:biometrically\s+|newly\s+|already\s+)?(?:registered|verified|"
    r"vaccinated|assisted|screened|assessed|reached|enrolled)\b)"
    # nor a part by when: "1,150,000 Afghans returned from Iran, 500,000 of them since 1 June"
    r"(?!\s+(?:since|during|between|over\s+the|in\s+the\s+(?:last|past|first|second)|last|this|on\s+\d|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))\b)",
    re.IGNORECASE,
)
# "…, with Sagaing alone hosting over 1 million", "with Cachar district alone accounting for 6,710 inmates": a part,
# in the place the with-clause names
_WITH_PART = re.compile(
    rf",\s*with\s+(?:the\s+)?(?-i:{CAPITAL})[\w'’-]*(?:\s+(?-i:{CAPITAL})[\w'’-]*){{0,3}}(?:\s+(?:district|region|state|province|"
    r"county|town|city|camp|governorate|department))?\s+(?:alone\s+)?(?:hosting|accounting\s+for|sheltering|receiving)"
    rf"\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# a part of the figure that something other than displacement happened to: the object of a trap verb just before it
# ("humanitarian partners plan to reach 3,000 of them"), or registered, reached or aided after it ("of whom 755,000 are
# registered with UNHCR")
_PART_AIDED_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|whom)\s+)?(?:(?:are|were|is|was|have|has|had)\s+)?(?:been\s+|now\s+|already\s+)*"
    r"(?:biometrically\s+|newly\s+|formally\s+|officially\s+)?(?:registered|verified|vaccinated|assisted|screened|"
    r"assessed|enrolled|supported|targeted|treated|fed|born)\b",
    re.IGNORECASE,
)
_ONLY_QUALIFIERS_BEFORE = re.compile(rf"\s*(?:(?:{QUALIFIER_WORDS}|another|a\s+further|the\s+remaining)\s+)*")


# boats' people pushed off again: "a crowd pushed 80 of those back to the sea"
_BACK_TO_SEA_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\s+(?:back|out)\s+(?:out\s+)?to\s+(?:the\s+)?sea\b", re.I)


def _part_trapped(sentence: str, clause: tuple[int, int], q) -> bool:
    if _PART_AIDED_AFTER.match(sentence, q.end) or _BACK_TO_SEA_AFTER.match(sentence, q.end):
        return True
    # a host taking in a part is no trap: "with Baidoa receiving 18,000", "Gedaref received 40,000 of them"
    traps = [m for m in _TRAPS.finditer(sentence, clause[0], q.start) if not m.group().lower().startswith("receiv")]
    return bool(traps) and bool(_ONLY_QUALIFIERS_BEFORE.fullmatch(sentence, traps[-1].end(), q.start))


_PART_BEFORE = re.compile(
    rf"\b(?:of\s+(?:whom|them)|among\s+(?:them|whom))\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)


# a with-clause after a count, giving how many of them came in a shorter time: "…, with more than 40,000 arriving
# since January", "…, with some 900 crossing over the past week" (not "with 900 arriving in Moyo": a part by place)
_WITH_BEFORE = re.compile(rf",\s*with\s+(?:(?:{QUALIFIER_WORDS})\s+)?(?:an?\s+)?$", re.IGNORECASE)
_ARRIVED_WHEN = re.compile(
    r"\s+(?:(?:more|new|others|people|refugees|of\s+them)\s+)?(?:(?:having|have|had)\s+)?"
    r"(?:arriving|arrived|crossing|crossed|coming|fleeing|fled|entering)\s+(?:only\s+|just\s+)?"
    r"(?:since\b|(?:in|over|during)\s+the\s+(?:last|past|first)\b|(?:this|last)\s+(?:week|month|year)\b|"
    r"in\s+(?:recent\s+(?:days|weeks|months)|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:19|20)\d\d))\b)",
    re.IGNORECASE,
)


def _arrived_in_a_shorter_time(sentence: str, q) -> bool:
    """A count that only divides the count before it in its sentence by when they came: "Over 600,000 have fled into
    Chad, with more than 115,000 arriving since January" (a part by when, as "of whom 2.7 million since 2021")."""
    return bool(_WITH_BEFORE.search(sentence, max(0, q.start - 40), q.start)) and bool(
        _ARRIVED_WHEN.match(sentence, q.end)
    )


# a share of a whole before the whole's number: "nearly a third of the 378,000 IDPs", "60 per cent of the"
_SHARE_OF_THE = re.compile(
    r"\b(?:a\s+third|a\s+quarter|a\s+fifth|half|two[\s-]thirds|three[\s-]quarters|\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)|"
    # ("A third of the estimated 400,000 displaced people in Niger come from the Tahoua region")
    rf"the\s+(?:majority|bulk))\s+of\s+(?:the|its|their)\s+(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)


# (and a kind of place before its name: "arrived in the province of North Kivu", "settled in the town of Kaya")
_KIND_OF = (
    r"(?:(?:province|region|district|state|territory|department|governorate|prefecture|commune|municipality|"
    r"county|town|city|village|locality|camp|site|area)\s+of\s+(?:the\s+)?)?"
)
_WHERE_ARRIVED = re.compile(
    rf"\b(?:[Ii]n|[Ii]nto|[Aa]t|reached|entered|entering)\s+(?:the\s+)?(?:{CAPITAL}[\w-]*(?:\s+{CAPITAL}[\w-]*){{0,2}}['’]s\s+)?(?:[a-z-]+\s+)?{_KIND_OF}$"
)


# an aside of the figure closed before its verb: "630 residents, including 94 children, had been evacuated from
# Myrnohrad" (the place after it is the whole figure's)
# a quotation: "“Nobody in Ravenna remembers a night like this,” the prefect said, and 1,700 residents were moved"
_QUOTED = re.compile(r"\"[^\"]{1,400}\"|“[^“”]{1,400}”")


_THERE = re.compile(r"\b(?:there|here)\b")


def _outside_quotes(sentence: str, places, position: int):
    """The places a count outside a quotation may take, when the sentence names places only inside it: none (the
    text's place before stands), unless the count's clause says "there" (place:quoted)."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    if not quoted or any(start <= position < end for start, end in quoted) or _THERE.search(sentence, position):
        return places  # ("“Every school in Tawila is full,” …, adding that 6,200 families had come there": Tawila)
    outside = [p for p in places if not any(start <= p.position < end for start, end in quoted)]
    # a place outside the quotation ("“…,” said the Mudug governor") leaves the places as they were read
    return places if outside else outside


_ASIDE_CLOSED = re.compile(r"[^,;()]{1,60},\s+(?:had|have|has|were|was|are|is|fled|left|returned)\b")


_NAME_THEN_COUNT = re.compile(
    rf"(?P<name>(?-i:{CAPITAL})[\w'’-]+(?:[\s-]+(?-i:{CAPITAL})[\w'’-]+){{0,2}})\s*\(\s*"
    # what the place does with them: "8 in Marromeu (hosting 2,310 individuals)"
    rf"(?:(?:hosting|sheltering|housing|accommodating)\s+)?(?:(?:{QUALIFIER_WORDS}|~)\s*)?$",
    re.IGNORECASE,
)
_COUNT_CLOSED = re.compile(
    r"\s+(?:idps|people|persons|individuals|households|families|hhs?|refugees|evacuees|returnees)"
    # (and its share of the whole after it: "Mopti (1,250 HHs, 30%)", "(900 families; 12 per cent)")
    r"(?:\s*(?:[,;]\s*|\s+or\s+)(?:some\s+|about\s+|nearly\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent))?\s*\)",
    re.IGNORECASE,
)
_FROM_ORIGIN = re.compile(
    r"\b(?:arrived|arriving|arrive|crossed|crossing|came|coming|fled|fleeing)\s+from\s+(?:the\s+)?$"
)
# the scope ends where parts with their own counts begin: ", including 2,100 in Konga", ", of whom 486 remain in …"
_PARTS_SCOPE = re.compile(
    # placed: "including 2,100 in Konga", "of whom 486 remain in …"; not "including 2,300 children, have been …"
    rf",?\s*(?:(?:including|incl\.|of\s+(?:whom|which)|among\s+(?:them|whom))\s+(?:(?:{QUALIFIER_WORDS})\s+)?"
    r"\d[\d,.]*(?:\s\d{3}(?!\d))*\s+(?:[a-z]+\s+){0,3}?(?:in|at|on|into)\s|"  # (and "10 000 in …")
    # "New arrivals total 67,400, mainly from Sudan (28,900), South Sudan (21,300) …": the parts' origins
    r"(?:mainly|mostly|largely|primarily)\s+from\s+[^.;()]{0,40}\(\s*\d|"
    # "The province hosts 1,710,000 IDPs, 58 per cent of them in Djugu territory"
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:them|whom)\s+(?:are\s+|live\s+|were\s+)?in\s)",
    re.IGNORECASE,
)


# the end of a place fronted with "In", its kind written after it or not: "In Ouaddaï province, …", "In Farchana
# camp, …"
_FRONTED_CLOSES = re.compile(
    r"(?:\s+(?:camp|site|settlement|province|state|region|district|county|governorate|town|city|village|area))?,"
)


def _last_split(sentence: str, position: int) -> int | None:
    """Where the clause holding `position` begins after a "while", "whereas", "; " or ", but", if it does."""
    last = None
    for match in _CLAUSE_SPLIT.finditer(sentence, 0, position):
        last = match.end()
    return last


def _fronted_place(sentence: str, places):
    """The place fronted for the whole sentence, if one is ("Chile: In Talca, officials counted …"). Any preposition
    of place may front it, after a connective or not ("Across Malawi, …", "Meanwhile, in Esmeraldas province, …",
    "Elsewhere in Kasai, …"): a count in the sentence's "while" clause that names no place of its own is that
    place's, not the place of a sentence before (place:fronted-any)."""
    return next((m for m in places if _FRONTED.fullmatch(sentence, 0, m.position)), None)


_FRONTED = re.compile(
    r"(?:[^:.;]{0,40}:\s+)?(?:(?:Meanwhile|Elsewhere|Separately|Similarly|Likewise|Also|However|Further|Furthermore|"
    r"Moreover|Overall|Altogether|In\s+addition|Additionally),?\s+(?:in|at|across|throughout|within|inside)|"
    r"In|At|Across|Throughout|Within|Inside)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?"
)


def _heading_place(sentence: str, places):
    """ "Lebanon: Since the ceasefire …": the place heading the sentence, if one does."""
    first = places[0] if places else None
    return first if first and first.position == 0 and sentence.startswith(":", len(first.text)) else None


# the kinds of building people were taken to, then their place: "…, including public schools within Albay", "including
# gyms and schools, in Sorsogon" (no part of the figure: the place is the whole figure's; place:sites-included)
_SITES_INCLUDED = re.compile(
    r"\s+(?:[a-z][\w'’-]*(?:,|\s+and|\s+or)?\s+){0,4}?(?:schools|churches|chapels|gyms|gymnasiums|halls|mosques|"
    r"temples|stadiums|buildings|shelters|tents|classrooms|cent(?:re|er)s|evacuation\s+cent(?:re|er)s),?\s+"
    r"(?:in|within|across|inside|throughout)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def _scope_end(sentence: str, start: int) -> re.Match | None:
    scope = _SCOPE_END.search(sentence, start)
    while scope and scope.group().strip(" ,").lower() in ("including", "incl."):
        if _ASIDE_CLOSED.match(sentence, scope.end()):
            scope = _SCOPE_END.search(sentence, _ASIDE_CLOSED.match(sentence, scope.end()).end())
        elif _SITES_INCLUDED.match(sentence, scope.end()):
            scope = _SCOPE_END.search(sentence, scope.end())
        else:
            break
    return scope


# people gone abroad or arriving: their nationality names where they came from, not where they are
_ABROAD = re.compile(r"refugee|asylum|crossed|arriv|deport|abroad|migrant", re.IGNORECASE)
# the people's origin after their noun: "refugees from Ukraine", "asylum seekers from South Sudan's Central Equatoria"
# (and from all over a place: "shelters some 300,000 displaced people from across the Soum province"; place:host-origin)
# (and the way they left, which makes any noun the displaced: "18,500 people displaced from Guji zone have settled in
# Gedeb woreda", place:origin-then-settled)
_ORIGIN_AFTER = re.compile(
    r"\s+(?:from(?:\s+across|\s+all\s+over|\s+throughout)?|(?:who\s+)?(?:have\s+|had\s+)?fled(?:\s+from)?|"
    # "30,000 new IDPs fleeing drought in Bakool" (place:origin-cause)
    r"(?:fleeing|escaping)\s+(?:the\s+)?(?:drought|conflict|fighting|violence|clashes|floods?|flooding|insecurity|"
    r"attacks?|war|hunger|famine|shelling|airstrikes|hostilities)\s+(?:in|around|across)|"
    r"(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?P<left>displaced|evacuated|uprooted)\s+from)\s+(?:the\s+)?"
)
_ORIGIN_END = re.compile(r"[,;.(]|\s(?:in|into|to|at|towards?|for|since|during|over|last|this|on|and)\s")
# (and the displaced a host takes in: "Kassala hosts 50,000 displaced people who fled from Khartoum")
_ORIGIN_NOUN = re.compile(
    r"(?:refugees|seekers|nationals|arrivals|IDPs|displaced|(?:displaced|internally\s+displaced)\s+"
    r"(?:people|persons|families|households))$",
    re.IGNORECASE,
)
# a host taking in people, the host named before it as its subject: "Moldova hosts", "Poland is hosting", "Uganda
# received", "Chad has taken in"
_HOST_VERB = re.compile(
    # (the kind of place after its name: "Nayapara camp is home to", "the town of Adré has taken in")
    r"(?:\s+(?:camp|settlement|site|town|city|district|county|province|region|state|governorate|municipality))?"
    # (an aside between: "Djibo, under blockade for more than a year, now shelters …"; the hosting in a clause about
    # the place: "Gaziantep, which hosts some 450,000 refugees, …")
    # (or joined with no comma: "followed by Dadaab which hosts 40,000", place:host-ranked)
    # (not a ranking's first: "In Upper Nile, Renk takes the lead, sheltering …" is Renk's)
    r"(?:,\s+(?![^,;.]*\s(?:takes|took|tops|topped)\s+the\s+(?:lead|list),)[^,;.]{3,60},|,?\s+(?:which|that)(?=\s))?"
    # (a predicate of its own before it: "Djibo … has been cut off for months and now shelters …")
    r"(?:\s+(?:has|have|had)\s+been\s+[^,;.\d]{3,50}?\s+and(?=\s+(?:now|currently|still|also|already)\s))?"
    # (first of a ranking: "Kakuma takes the lead, hosting …", "Gedo tops the list, sheltering …", place:host-ranked)
    r"(?:\s+(?:takes|took|tops|topped)\s+the\s+(?:lead|list),(?=\s+(?:hosting|sheltering)\b))?"
    r"\s+(?:(?:is|are|was|were|has|have|had)\s+(?:now\s+|currently\s+|also\s+|already\s+)?)?"
    r"(?:(?:now|currently|still|also|already)\s+)?(?:(?:continues|continued|continue)\s+to\s+)?(?:hosts?|hosting|hosted|host|"
    r"received|receives|receiving|took\s+in|taken\s+in|takes\s+in|welcomed|welcomes|admitted|home\s+to|"
    # "The town of Kaya, in Centre-Nord, registered about 14,000 newly displaced people from Barsalogho"
    # (place:host-registered)
    r"registered|registers|recorded|records|"
    r"shelters|sheltered|sheltering)\b",
    re.IGNORECASE,
)


_COUNTED_PEOPLE = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s+(?:million|thousand|lakh))?\s+(?P<noun>people|persons|residents|individuals|families|"
    r"households|inhabitants)\b",
    re.IGNORECASE,
)
_POPULATION_OF = re.compile(
    r"\b(?:a|the)\s+(?:[a-z]+\s+)?(?:village|town|city|community|municipality|island|settlement|district)\s+of\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
# "the city had over one million residents and over half a million displaced people"
_HAD_BEFORE = re.compile(
    rf"\b(?:had|has|have|with)\s+(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
_RESIDENTS_AFTER = re.compile(
    r"\s+(?:residents|inhabitants)\b(?!\s+(?:who\s+)?(?:had\s+|have\s+)?(?:fled|left|been))"
    # "…, with 4,100 residents moved out for now": what happened to them, not how many live there
    r"(?!\s+(?:(?:temporarily|safely|forcibly|already|also|now|reportedly|preemptively|pre-emptively)\s+)?"
    r"(?:evacuated|displaced|relocated|uprooted|forced|moved|sheltered|sheltering|housed|staying|living\s+in\s+"
    r"(?:camps|shelters|tents)|rendered|made\s+homeless|left\s+homeless|losing\s+their\s+(?:homes|houses))\b)"
)
_OWN_POSSESSIVE = re.compile(r"\b(?:her|his|my|our|your)\s+$", re.IGNORECASE)
_SOURCE_CLAUSE = re.compile(r",\s+which\s")
# a running total's own words, up to its number: "bringing the number of people forced from their homes across Haiti
# to over 1 million"
_TOTAL_OPENS = re.compile(
    r"\b(?:bringing|brings|brought|bring|raising|raises|pushing|pushes|taking|takes)\s+(?:the\s+)?"
    r"(?:overall\s+|total\s+)?(?:number|total|tally|count|toll)\b"
)
# the verb and where they arrived before the count: "arrived in Kosti more than 2,300 families …" (place:arrived-first)
_ARRIVED_FIRST = re.compile(
    r"(?:^|(?<=[.;:]\s)|\band\s+)(?:arrived|have\s+arrived|has\s+arrived)\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE
)
_ONLY_COUNT_WORDS = re.compile(rf"[ \t]*(?:(?:{QUALIFIER_WORDS})[ \t]+)?")
# "the number of refugees who have arrived in Armenia …": a number of arrivals
_NUMBER_ARRIVED = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){1,3}?(?:who\s+(?:have\s+|had\s+)?)?(?:arrived|crossed\s+into)\b", re.IGNORECASE
)
# a nation's authorities as who acted, when the sentence names no place: "Cuban authorities evacuated more than
# 283,000 people in the west of the island" (place:nation-of-authorities)
_NATION_OF_AUTHORITIES = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]+)\s+(?:authorities|officials|government|police|civil\s+defen[cs]e|"
    r"civil\s+protection|emergency\s+services|state\s+media)\b"
)


def _nation_of_authorities(sentence: str, gazetteer):
    """The country of "Cuban authorities", or of "the Fiji government" (a country's own name before the office:
    place:nation-of-authorities), or None."""
    match = _NATION_OF_AUTHORITIES.search(sentence)
    if match is None:
        return None
    country = demonym_country(match.group("name"), gazetteer)
    if country is None:
        country = gazetteer.lookup(match.group("name"), common=False)
    return country if country is not None and country.depth == 0 and country.country else None


_HOST_SUBJECT = re.compile(
    r"(?:\s+(?:camp|site|settlement|town|city|district|county|region|province|state))?"
    r"(?:\s+(?:alone|now|currently|still|also|already))*" + _HOST_VERB.pattern + rf"\s+(?:(?:{QUALIFIER_WORDS})\s+)?",
    re.IGNORECASE,
)


_HOST_COUNT = re.compile(_HOST_SUBJECT.pattern + r"(?:a\s+total\s+of\s+)?", re.IGNORECASE)
_RANKED_HOST = re.compile(r"\s(?:takes|took|tops|topped)\s+the\s+(?:lead|list),")
# between a count and a place: a clause break, or the place as where they came from ("… refugees from Sudan")
_ANOTHER_CLAUSE_OR_ORIGIN = re.compile(r"[,;(]|\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")


_LANDMARKS = "|".join(word.replace(" ", r"\s+") for word in CarriedVerb.LANDMARKS)
_LANDMARK_AFTER = re.compile(rf"\s+(?:{_LANDMARKS})\s+(?:in|at|near|of)\s", re.IGNORECASE)


def _carried_place(sentence: str, clause: tuple[int, int], q, noun_end: int, places):
    """The place of a count a neutral verb governs (term:carried): where they went or stay, named after the verb
    ("800 households from Kadhe settled in Bunia's Plaine Savo site"), or the host named before a verb of hosting
    ("Al Khanjar camp received 600 and Al Suwayda camp 350")."""
    verb = _CARRIED_AFTER.match(sentence, noun_end, clause[1])
    if verb:
        after = [m for m in places if verb.end(verb.lastgroup) <= m.position < clause[1]]
        if len(after) > 1 and _LANDMARK_AFTER.match(sentence, after[0].position + len(after[0].text)):
            after = after[1:]  # "came through the Petite Barrière crossing in Gisenyi": the town, not the crossing
        return (after[0].text, after[0].place, "sentence") if after else None
    host = _CARRIED_HOST_BEFORE.search(sentence, max(clause[0], q.start - 60), q.start)
    hosts = [m for m in places if host and clause[0] <= m.position < host.start()]
    return (hosts[-1].text, hosts[-1].place, "sentence") if hosts else None


def _host(sentence: str, places, number: int, origin: int, place, displaced: bool = True):
    """The place that hosts people whose origin the sentence names after their noun: the place standing as the
    subject of a verb of hosting before the number, when the place chosen is the origin. People of any noun
    (`displaced` false: "300 people from Djibo found refuge in Kaya") are counted where the same clause says they
    stay (place:origin-then-stay)."""
    ends = _ORIGIN_END.search(sentence, origin)
    at_origin = [m for m in places if origin <= m.position < (ends.start() if ends else len(sentence))]
    if place[0] not in [m.text for m in at_origin]:
        return place
    for m in reversed([m for m in places if m.position < number]) if displaced else ():
        if _HOST_VERB.match(sentence, m.position + len(m.text)):
            return (m.text, m.place, "sentence")
    for m in places:
        # "122,000 refugees from Ukraine remain in the Republic of Moldova": where they stay, named after them
        if (
            m.position > origin
            and _STAYING_IN_BEFORE.search(sentence, max(0, m.position - 70), m.position)
            and (displaced or not _CLAUSE_BREAK.search(sentence, origin, m.position))
        ):
            return (m.text, m.place, "sentence")
    return place


_CLAUSE_BREAK = re.compile(r"[,;:.]")


_STAYING_IN_BEFORE = re.compile(
    r"\b(?:remain|remains|remained|live|living|staying|stay|settled|settling|sheltering|arrived|"
    r"(?:taken|took|sought|found|seek)\s+refuge|"
    # taken in where they are: "were sheltered in" (not "registered in", counted where they came from)
    r"(?:been\s+)?(?:sheltered|hosted|accommodated))\s+in\s+(?:the\s+)?" + _KIND_OF + "$",
    re.IGNORECASE,
)


_IN_COUNTRY = re.compile(
    r"\b(?:in|into|across|throughout|inside|within)\s+(?:the\s+)?(?:(?:south|north|east|west|southern|northern|"
    r"eastern|western|central)\s+)?$",
    re.IGNORECASE,
)


def _country_of_all(sentence: str, places):
    """The country the sentence names, when every place it names lies in it ("south Lebanon and the Bekaa")."""
    # (one where people are, "in south Lebanon"; not a heading or a body's name, "Sri Lanka DMC, 6pm update: …",
    # "Government of Sri Lanka statement: …")
    countries = [
        p
        for p in places
        if p.place is not None
        and p.place.depth == 0
        and p.place.country
        and _IN_COUNTRY.search(sentence, max(0, p.position - 30), p.position)
    ]
    country = countries[0].place.country if len(countries) == 1 else None
    if country and all(p.place is not None and p.place.country == country for p in places):
        return countries[0]
    return None


# where the verb that moved the people took them, named after it: "fled El Geneina to Adré", "fled from Sudan into
# Chad", "sought refuge in Adré after fleeing …", "are hosted by Chad" (place:moved-to); not where they headed
# ("towards Mbres": a way, no arrival), nor a site they stay at ("sheltering at the Parc Larco stadium")
_SITE_WORDS = (
    r"camps?|schools?|church(?:es)?|mosques?|monaster(?:y|ies)|temples?|pagodas?|cent(?:re|er)s?|shelters?|sites?|"
    r"halls?|(?:public\s+)?buildings?|stadiums?|compounds?|gym(?:nasium)?s?|tents?|classrooms?|facilit(?:y|ies)|"
    r"settlements?|parish(?:es)?|universit(?:y|ies)|hospitals?|warehouses?"
)
_MOVED_TO = re.compile(
    r"(?:\b(?:fled|flee|flees|fleeing|moved|moving|relocated|relocating|evacuated|evacuating|went|gone|going|came|"
    r"coming|crossed|crossing|returned|returning|transferred|taken|brought|bused|escaped|escaping|left|leaving|"
    # (and the base form after "forced … to", "had to": "forced 3,000 people to evacuate from Atyrau to Aktau")
    r"(?<=\bto\s)(?:evacuate|relocate|move|return|flee))"
    r"(?:\s+(?:back|home|over|across|away|safely|out))?"
    # the place they left, between the verb and where they went: "fled (from) El Geneina to Adré" (or the places:
    # "fled from Kibumba, Rugari and Kanyabayonga to Goma"), and what they fled there: "fled the fighting in Ituri to
    # western Uganda"
    r"(?:\s+(?:from\s+|out\s+of\s+)?(?:the\s+(?:[a-z]+\s+){1,4}?(?:in|around)\s+)?(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central)\s+)?"
    rf"(?-i:{CAPITAL})[\w'’\-]*(?:\s+(?:(?-i:da|de|do|dos|das|del|la|el)\s+)?(?-i:{CAPITAL})[\w'’\-]*){{0,3}}"
    rf"(?:(?:,\s+|,?\s+and\s+)(?-i:{CAPITAL})[\w'’\-]*(?:\s+(?-i:{CAPITAL})[\w'’\-]*){{0,2}}){{0,4}}"
    # (and "fled from the Kalemie area to …", "from the Adré border area to …", "the Ituri province of the DRC")
    r"(?:\s+(?:camp|town|city|village|province|state|region|district|county|territory|(?:border\s+)?area))?"
    rf"(?:\s+of\s+(?:the\s+)?(?-i:{CAPITAL})[\w'’\-]*)?"
    # (and when or how they left: "left Bosso in recent weeks, walking to Diffa", "fled Kidal on foot to Gao")
    r"(?:\s+(?:on\s+foot|overnight|in\s+recent\s+(?:days|weeks|months)|(?:last|this)\s+(?:week|month)))?)?"
    # "to Adré", "to safety in Gao", and a verb of going after the place left: "left Bosso, walking to Diffa",
    # "fled Rutshuru, making their way to Uganda" (not "fled Sake for Goma", as the sets read it, nor "heading
    # towards Goma": a way)
    # (or the sites they were taken to: "to schools in Ekibastuz", "to camps in Pemba")
    r"(?:\s+(?:in)?to(?:\s+safety\s+in"
    rf"|\s+(?:(?:a|an|the|their|\d+)\s+)?(?:[\w'’\-]+\s+){{0,2}}?(?:{_SITE_WORDS}|homes)\s+in)?|,?\s+(?:walking|trekking|travell?ing|making\s+(?:their|his|her|its)\s+way)"
    r"\s+(?:in)?to)"
    r"|\binto|\b(?:arrived|arriving|arrive|arrives)\s+in|\b(?:reached|reaching|entered|entering)"
    r"|\b(?:sought|seeking|seek|taken|took|taking|found|finding)\s+(?:refuge|shelter|safety|sanctuary)\s+in"
    r"|\b(?:sheltering|staying|settled|settling|housed|accommodated)\s+in"
    r"|\b(?:hosted|housed|sheltered|received)\s+by)\s+(?:the\s+)?(?:neighbouring\s+|nearby\s+)?"
    r"(?:(?:border\s+)?(?:town|city|village|camp)\s+of\s+(?:the\s+)?)?"  # "crossed to the border town of Adré"
    # (a direction: "to northern Angola", "into eastern Chad")
    r"(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?$",
    re.IGNORECASE,
)
# where people sheltered, named through the site they are at: "sought refuge at a monastery in the town of Kyaukme",
# "are staying in schools in Mrauk-U", "found shelter in a transit centre set up in Pemba", "rely on churches in
# Yola", "sought refuge from Saraqib in the province of Aleppo" (place:site-in-town); read only when no verb of
# movement names where they went
_SITE_PHRASE = (
    r"(?:\s+(?:a|an|the|\d+|two|three|four|five|several|some|many|various|local|nearby))?"
    rf"(?:\s+(?:[\w'’\-]+\s+){{0,3}}?(?:{_SITE_WORDS})|\s+(?-i:{CAPITAL})[\w'’\-]*(?:\s+(?-i:{CAPITAL})[\w'’\-]*){{0,3}})"
    r"(?:\s+(?:set\s+up|established|located|opened|run))?"
)
_SHELTERED_AT_SITE = re.compile(
    r"\b(?:(?:(?:sought|seeking|seek|seeks|taken|took|taking|take|takes|found|finding|find)\s+(?:temporary\s+)?"
    r"(?:refuge|shelter|safety|sanctuary)(?:\s+(?:this|last)\s+(?:week|month))?"
    rf"(?:\s+from\s+(?:the\s+)?(?-i:{CAPITAL})[\w'’\-]*(?:\s+(?-i:{CAPITAL})[\w'’\-]*){{0,2}}(?=\s+in\s))?"
    rf"|sheltering|staying|housed|accommodated)(?:\s+(?:in|at|inside){_SITE_PHRASE})?"
    rf"|(?:relying|depending|dependent|relied|depended)\s+on{_SITE_PHRASE})"
    r"\s+in\s+(?:the\s+)?(?:(?:town|city|village|province|district|region|state|governorate)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


_WHERE_CLAUSE = re.compile(r",\s+where\s")
_SHELTER_WORD = re.compile(r"refuge|shelter|safety|sanctuary|staying|housed|accommodated|relying|relied|depend", re.I)


_MOVED_TO_ENDS = re.compile(
    r"\b(?:to|into|in|by|reached|reaching|entered|entering|the|neighbouring|nearby|northern|southern|eastern|"
    r"western|north-eastern|north-western|south-eastern|south-western|central|"
    r"(?:town|city|village|camp|province|district|region|state|governorate)\s+of)\s+$",
    re.I,
)
_CROSSED_AT = re.compile(r"\b(?:at|through|via)\s+(?:the\s+)?$")
_OF_IT = re.compile(r"['’]s\s+|\s*,\s+(?:(?:in|at)\s+)?(?:the\s+)?")  # "Chad's Ouaddaï", "Mauritania, in Fassala"


def _moved_to(sentence: str, places, after: int, end: int, place, verb=_MOVED_TO):
    """The place the figure's own verb of movement took the people to, named after the count (with no other count
    between) and before `end`. A country they went to gives way to the place chosen when that lies inside it (and
    is no later count's), and
    to a place of it named with it ("into Chad's Ouaddaï province", "in Mauritania, at Fassala") or as where they
    crossed ("went over into Uganda at Elegu", "into Afghanistan through Torkham")."""
    for m in places:
        if not after <= m.position < end or re.search(r"\d", sentence[after : m.position]):
            continue
        if not m.context or re.fullmatch(r"[A-Z]{2,8}", m.text):
            continue  # a site that gives way to its town, an organisation's letters ("the UNISFA base")
        # a country owning the place before it: "have taken shelter in Thailand's Mae Hong Son province"
        owner = POSSESSOR_BEFORE.search(sentence, max(0, m.position - 40), m.position) if m.position > 3 else None
        at = owner.start() if owner else m.position
        if not _MOVED_TO_ENDS.search(sentence, max(0, at - 14), at):
            continue  # (a cheap look at the last word before the name first)
        if not verb.search(sentence, max(0, at - 120), at):
            continue
        if _is_country(m):
            chosen = next((o for o in places if place and o.text == place[0]), None)
            own = chosen is not None and not re.search(r"\d", sentence[after : max(after, chosen.position)])
            if own and place[1] is not None and place[1].depth > 0 and place[1].country == m.place.country:
                return place
            inside = next(
                (o for o in places if m.position < o.position < end and _names_part_of(sentence, m, o)
                 and not re.search(r"\d", sentence[m.position : o.position])),  # not another count's place
                None,
            )  # fmt: skip
            if inside:
                return inside.text, inside.place, "sentence"
        return m.text, m.place, "sentence"
    return None


def _names_part_of(sentence: str, country, other) -> bool:
    """Whether `other`, after `country`, is a place of it named with it or where people crossed into it."""
    return (
        other.context
        and not _is_country(other)
        and (other.place is None or other.place.country == country.place.country)
        and bool(
            _CROSSED_AT.search(sentence, max(0, other.position - 30), other.position)
            or _OF_IT.fullmatch(sentence, country.position + len(country.text), other.position)
        )
    )


# another count after the figure (not a day of the month nor a year): where the figure's own part of the sentence ends
_LATER_COUNT = re.compile(r"\b(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,})\b")


def _destination(sentence: str, places, after: int, scope_end: int | None = None):
    """The first place after `after` named with "in", "into" or "at" (where people arrived), before the figure's
    part of the sentence ends; else the last so named before it ("In Gedaref, 12,000 people arrived from Sennar")."""
    named = [m for m in places if _WHERE_ARRIVED.search(sentence[max(0, m.position - 40) : m.position])]
    found = [m for m in named if m.position >= after and (scope_end is None or m.position < scope_end)]
    if not found and scope_end is not None:
        found = [m for m in named if m.position < after][-1:]
    # "in Uganda's Adjumani district": the district, not the country that owns it; but a country gives way to no
    # place of another country ("crossed into Bangladesh, fleeing clashes in Rakhine state": where they fled from),
    # nor to a name no gazetteer holds that is where they fled from (place:origin-beside-arrival)
    specific = [
        m
        for m in found
        if not (
            _is_country(m)
            and any(
                not _is_country(o)
                and ((o.place is None and o.context) or (o.place is not None and o.place.country == m.place.country))
                for o in found
            )
        )
    ]
    chosen = (specific or found or [None])[0]
    return (chosen.text, chosen.place, "sentence") if chosen else None


# where a sentence's clauses part, each may name its own source: "IOM counted 8,500 displaced households in Baidoa,
# while the district commissioner said 11,000 households had arrived"
_CLAUSE_SPLIT = re.compile(
    r",?\s+(?:while|whereas)\s+|;\s+|,\s+but\s+|,?\s+and\s+(?=the\s+(?:town|city|village|municipality|commune)\s+of\s)"
    # a second source with its own verb after a comma: "Egypt said 40,000 had crossed, and the United Nations warned
    # that …", "the government said 1.2 million were displaced, of which Ama Tiro said IOM had verified …"
    r"|,\s+(?:and|of\s+which|of\s+whom)\s+(?=(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4}\s+"
    r"(?:has\s+|have\s+)?(?:said|says|warned|warns|reported|reports|estimated|estimates|added|told)\b)"
)


def _clause_body(sentence: str, position: int, gazetteer, cache: dict):
    """The body the clause holding `position` names itself, when the sentence has several clauses; else None (the
    sentence's body holds)."""
    if not (
        "while" in sentence
        or ";" in sentence
        or "whereas" in sentence
        or "but" in sentence
        or ", and " in sentence
        or ", of wh" in sentence
    ):
        return None
    cuts = list(_CLAUSE_SPLIT.finditer(sentence))
    if not cuts:
        return None
    start, end = 0, len(sentence)
    for cut in cuts:
        if cut.start() <= position:
            start = cut.end()
        else:
            end = cut.start()
            break
    if (start, end) not in cache:
        found = _body_in(sentence[start:end], gazetteer)
        # a clause that names a generic source ("…, while local officials said …") has no body of its own either
        named = found and (found.text or found.rule == rules.BODY_GENERIC)
        cache[(start, end)] = found if named and found.rule != rules.BODY_ANAPHOR else None
    return cache[(start, end)]


# a key figure's label that says it is an estimate: "Estimated displaced: 23,500", "Est. number of IDPs – 40,000"
_ESTIMATED_LABEL = re.compile(r"(?:^|\n|[;•-]\s)\s*(?i:estimated?|est\.)\s+[\w ()]{0,40}?\s*[:–—-]\s*(?:\S+\s+)?$")


# the country itself, named by its kind near a figure: "in the country", "inside the country", "across the country"
_IN_THE_COUNTRY = re.compile(r"\b(?:in|inside|across|throughout)\s+the\s+country\b(?!['’]s)")
# a place named again by its kind: "… have fled the town, mostly towards Gedaref"
_PLACE_AGAIN = re.compile(
    r"\bthe\s+(?:town|city|village|area|camp|district|county|commune|locality|township|settlement|capital)\b"
)


def _the_town_again(sentence: str, q, noun_end: int, places, previous_places):
    """ "Heavy fighting erupted in Sinja, the capital of Sennar state. … 55,000 people have fled the town, mostly
    towards Gedaref and Blue Nile states": the figure's own part names no place but "the town", and the places
    after it are where some went; the town is the one the sentence before named (its first town, not the division
    that owns it)."""
    own = _SCOPE_END.search(sentence, noun_end)
    if not own or any(p.position < own.start() for p in places):
        return None
    if not _PLACE_AGAIN.search(sentence, q.end, own.start()):
        return None
    towns = [p for p in previous_places if p.place is None or p.place.depth >= 2] or list(previous_places)
    return (towns[0].text, towns[0].place, "previous") if towns else None


# people who went into a place named again by its kind, and then where they came from: "the prefect of Tessit says
# 900 herders ran into the town from Inekar", "reached the city's camps from Harib" (the place named before them)
_INTO_THE_PLACE_FROM = re.compile(
    r"\b(?:in|into|to|at)\s+the\s+(?:town|city|village|camp|district|county|municipality|province|region|state)"
    r"(?:['’]s\s+(?:[a-z]+\s+)?(?:camps?|sites?|shelters?|schools?|centres?|centers?))?\s+from\s+(?:the\s+)?$"
)


def _into_the_place_again(sentence: str, q, place, places, previous_places):
    """The place a count's people went into, named again by its kind before where they came from ("ran into the
    town from Inekar"): the place the sentence names before the count, else the first town of the sentence before
    (place:named-again)."""
    chosen = next((m for m in places if m.text == place[0] and m.position > q.end), None)
    if chosen is None or not _INTO_THE_PLACE_FROM.search(sentence, max(q.end, chosen.position - 90), chosen.position):
        return None
    if re.search(r"\d", sentence[q.end : chosen.position]):
        return None  # another count's place
    before = [m for m in places if m.position < q.start]
    towns = [p for p in previous_places if p.place is None or p.place.depth >= 2] or list(previous_places)
    there = before[-1] if before else (towns[0] if towns else None)
    return (there.text, there.place, "sentence" if before else "previous") if there else None


# people who crossed, counted by a noun of arrival: "9,000 new arrivals …, fleeing clashes in Rakhine State"
_ARRIVED_PEOPLE = re.compile(
    r"\s+(?:(?:new(?:ly)?|recent|fresh|more|other|additional)\s+)*(?:(?-i:[A-Z])[a-z]+\s+)?"
    r"(?:refugees|arrivals|asylum[\s-]seekers|new\s+arrivals)\b",
    re.IGNORECASE,
)
# where they fled from: "fleeing clashes in Rakhine State", "who fled attacks in West Darfur", "from Myanmar"
_FLED_FROM_BEFORE = re.compile(
    r"\b(?:fleeing|fled|escaping|escaped)\s+(?:(?:the\s+)?[a-z]+\s+){0,3}?(?:in|from|across)\s+(?:the\s+)?$"
    r"|\b(?:fleeing|fled|escaping|escaped|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _refugees_host_before(sentence: str, q, place, places, last_place):
    """Refugees or new arrivals whose sentence names only where they fled from ("About 4,000 refugees arrived this
    week, fleeing attacks in West Darfur") are counted in the place the text named before, when that lies in another
    country (place:previous-sentence)."""
    if not last_place or last_place[1] is None or place[1] is None or not _ARRIVED_PEOPLE.match(sentence, q.end):
        return None
    if not all(_FLED_FROM_BEFORE.search(sentence, max(0, m.position - 50), m.position) for m in places):
        return None
    if not place[1].country or last_place[1].country in ("", place[1].country):
        return None
    return last_place[0], last_place[1], "previous"


def _refugees_host_in_sentence(sentence: str, q, place, places):
    """Refugees or new arrivals whose part of the sentence after the count names only where they fled from are
    counted in the host named before the count, in another country: "UNHCR staff in eastern Chad counted 12,000 new
    refugees fleeing fighting in West Darfur" are Chad's (place:refugees-host-before)."""
    if not _ARRIVED_PEOPLE.match(sentence, q.end):
        return None

    def fled_from(m) -> bool:
        owner = POSSESSOR_BEFORE.search(sentence, max(0, m.position - 40), m.position) if m.position > 3 else None
        at = owner.start() if owner else m.position
        return bool(_FLED_FROM_BEFORE.search(sentence, max(0, at - 50), at))

    after = [m for m in places if m.position > q.start]
    if not after or not any(m.text == place[0] for m in after) or not all(fled_from(m) for m in after):
        return None
    host = next(
        (m for m in reversed(places) if m.position < q.start and m.place is not None and not fled_from(m)), None
    )
    if host is None or not host.place.country:
        return None
    if any(m.place is not None and m.place.country == host.place.country for m in after):
        return None
    return host.text, host.place, "sentence"


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$", re.IGNORECASE)
_FROM_CAMP_IN_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?!(?:to|into|towards|back)\b)[\w'’-]+\s+){1,3}?(?:in|at|near)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _country_only(mention) -> bool:
    return mention.place is not None and mention.place.depth == 0


def _returned_to(sentence: str, places):
    """People who returned are counted where they returned to: "1.4 million Afghans have returned from Pakistan and
    Iran" are Afghanistan's (named elsewhere in the text), not Pakistan's. The places named after "from" give way
    to the others, when there are others."""
    kept = [
        m
        for m in places
        if not _RETURNED_FROM.search(sentence[max(0, m.position - 50) : m.position])
        # "returned from al-Hol camp in Syria to Iraq": the camp's country is where they came from too, when the
        # place they returned to is named after it
        and not (_country_only(m) and _FROM_CAMP_IN_BEFORE.search(sentence[max(0, m.position - 50) : m.position]))
    ]
    return kept or places


# returnees named by their nationality, right after the count: "5,000 Burundians", "4,000 Ethiopian returnees"
_NATIONALS_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+|South|North)\s+)?(?P<name>[A-Z][a-z]{3,}(?:ans?|ese|is?))"
    r"(?:\s+(?:refugees|returnees|nationals|migrants|citizens|families|people|asylum[\s-]seekers))?\b"
)


def _home_of_returnees(sentence: str, q, places, gazetteer):
    """Returnees named by their nationality, whose sentence names only where they came back from ("Some 5,000
    Burundians have gone home from Tanzania", "4,000 Ethiopian returnees came back from Sudan"), are counted in
    their own country, not in the host they left (place:returnees-home)."""
    match = _NATIONALS_AFTER.match(sentence, q.end)
    if not match or not places:
        return None
    if not all(_RETURNED_FROM.search(sentence[max(0, m.position - 50) : m.position]) for m in places):
        return None
    name = match.group("name")
    singular = name[:-1] if name.endswith("s") else name
    home = demonym_country(singular, gazetteer)
    if home is None or any(m.place is None or m.place.country in ("", home.country) for m in places):
        return None
    return home.name, home, "sentence"


# the people's origin named right after their count, and where their verb puts them named after it in the same
# clause: "1,100 families displaced from Léré are living in shelters in Niono", "400 households were relocated from
# the flooded site of Kanyaruchinya to Rusayo", "2,000 evacuees from Hay River and Enterprise are staying in Edmonton"
# are Niono's, Rusayo's and Edmonton's; "displaced from Djibo in Soum province" stays Djibo's (no verb between)
# (place:origin-gives-way)
_ORIGIN_AFTER_COUNT = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,5}?\s+from\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:sites?|camps?|villages?|towns?|city|"
    r"communes?|localit(?:y|ies)|districts?|areas?|neighbou?rhoods?|chiefdoms?)(?:\s+[a-zà-ÿ]+)?\s+of\s+(?:the\s+)?)?"
)
_WHERE_THEY_ARE_AFTER_ORIGIN = re.compile(
    r"(?=[^,;:()\d]*\b(?!(?:registered|recorded|counted|listed)\b)"  # (a count's place is where they are counted)
    # (an adjective is no verb: "from Bakouma and neighbouring villages in the Central African Republic" are
    # Bakouma's, the country only locating them)
    r"(?!(?:neighbou?ring|surrounding|outlying|bordering|adjoining|nearby)\b)"
    r"(?:[a-z]+ing|[a-z]+ed|are|is|were|was|live|lives|stay|stays|remain|remains)\b)"
    r"(?![^,;:()\d]*\b(?:according|said|says|told|reported|announced|by|after|following|since)\b)"
    r"[^,;:()\d]*\b(?:in|at|on|to|into|towards|of)\s+(?:the\s+)?"
    # "rehoused from … in the site of …"
    r"|\s+(?:in|on|at)\s+(?:the\s+)?(?:sites?|camps?|settlements?|shelters?)\s+of\s+"
)
# people moved by others (not who fled: "fled from X to Y" keeps the conventions of its own rules), taken to a place:
# "were relocated from the site of Don Bosco towards the one of Mugunga"
_MOVED_BEFORE_ORIGIN = re.compile(r"\b(?:relocated|transferred|moved|rehoused|transported|bused|taken)\b")
_TAKEN_TO_AFTER_ORIGIN = re.compile(r"[^,;:()\d]*?\b(?:to|into|towards)\s+(?:the\s+)?(?:[\w'’-]+\s+of\s+(?:the\s+)?)?")

# the refuge the counted people found, right after where they came from ("… from Sudan have sought refuge in …")
_REFUGE_AFTER_ORIGIN = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:now|newly|recently|since|already)\s+)?(?:sought|found|taken|took|seeking|"
    r"finding|taking)\s+(?:refuge|shelter|safety|asylum)\s+(?:in|at|across)\b"
)
_BUILDING_NAMED = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_SITE_WORDS})\b")


# where most of the counted people came from, in an aside after their noun, and where the sentence then says they
# stay: "Some 9,000 people, mainly from Duk, who fled in May are sheltering in the Bor camps" are Bor's
# (place:origin-aside)
_ORIGIN_ASIDE = re.compile(
    r"(?:\s+[a-z][\w'’-]*){1,2}\s*,\s+(?:mostly|mainly|largely|primarily|chiefly|predominantly|many|most)"
    r"(?:\s+of\s+them)?\s+from\s+(?:the\s+)?"
)
_STAYING_IN = re.compile(
    r"\b(?:sheltering|staying|living|hosted|housed|accommodated|sheltered)\s+(?:[a-z]+\s+){0,2}?(?:in|at)\s+"
    r"(?:the\s+)?$"
)


def _origin_gives_way(sentence: str, places, q):
    """The places named as where the counted people came from, right after the count, give way to where the clause's
    verb then puts them."""
    origin = next((m for m in places if m.position >= q.end), None)
    if origin is not None and _ORIGIN_ASIDE.fullmatch(sentence, q.end, origin.position):
        staying = any(
            m.position > origin.position and _STAYING_IN.search(sentence, max(0, m.position - 40), m.position)
            for m in places
        )
        return [m for m in places if m is not origin] if staying else places
    if origin is None or not _ORIGIN_AFTER_COUNT.fullmatch(sentence, q.end, origin.position):
        return places
    origin_end = origin.position + len(origin.text)
    moved = _MOVED_BEFORE_ORIGIN.search(sentence, q.end, origin.position)
    there = next(
        (m for m in places if m.position > origin.position and m.context
         and (_WHERE_THEY_ARE_AFTER_ORIGIN.fullmatch(sentence, origin_end, m.position)
              or (moved and _TAKEN_TO_AFTER_ORIGIN.fullmatch(sentence, origin_end, m.position)))),
        None,
    )  # fmt: skip
    if there is None and _REFUGE_AFTER_ORIGIN.match(sentence, origin_end):
        # "8,700 people from Burkina Faso had sought refuge in the country, mainly in Kong and …": where they found
        # refuge, though named only after the part's cue, not where they came from (place:refuge-after-origin)
        return [m for m in places if m is not origin] or places
    if there is None or _BUILDING_NAMED.match(sentence, there.position + len(there.text)):
        return places  # "staying at the Nakivale parish hall": a building's name, no place
    return [m for m in places if not origin.position <= m.position < there.position]


# where returnees came from: "from Pakistan", "from camps in Duhok governorate"
_RETURNED_FROM = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?(?:(?:IDP\s+|displacement\s+)?(?:camps?|sites?|"
    r"settlements?|shelters?)\s+(?:in|of|around)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _first_term(sentence: str) -> str | None:
    match = _ANY_TERM.search(sentence)
    return _term_of(match.group()) if match else None


def _in_sub_group_brackets(sentence: str, position: int) -> bool:
    """Inside "(including 44 older people and 139 children)": a breakdown of who, not a figure."""
    opening = sentence.rfind("(", max(0, position - 120), position)
    if opening < 0 or ")" in sentence[opening:position]:
        return False
    return bool(re.match(r"\(\s*(?:including|incl\.?|of\s+(?:whom|which)|among\s+them)\b", sentence[opening:], re.I))


_REFUGEES = re.compile(
    # (and "the population of the Farchana camp stood at 60,000": the people a camp holds, as "the camp's population")
    r"\b(?:refugees|(?:camp|site)(?:['’]s)?\s+population|population\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:camp|site|settlement)s?|"
    # "the refugee population in Adré stands at 150,000", "a refugee caseload of 1.5 million": the people's total
    r"refugee\s+(?:population|caseload|numbers|count|total))\b",
    re.IGNORECASE,
)


_THRESHOLD = re.compile(
    r"\b(?:events?|sites?|locations?|villages?|areas?|settlements?|communities|camps?|places?|districts?|"
    r"municipalities|households?|families)\s+(?:with|of|having|hosting)\s+(?:fewer|less|more)\s+than\s+$",
    re.IGNORECASE,
)


# a sentence that is only a list of places, each with its households in brackets: "Lahj (96 HH) – Tuban (70 HH), Al
# Madaribah (26 HH) districts." (a tracker's table written out; its displacement word in the sentence next to it)
_PLACE_HOUSEHOLDS = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s*\(\s*\d[\d,]*\s*HHs?\s*\)"
HOUSEHOLDS_LISTED = re.compile(
    rf"\s*{_PLACE_HOUSEHOLDS}(?:\s*(?:[–—,]|-{{1,2}}|and)\s*{_PLACE_HOUSEHOLDS})+"
    r"(?:,?\s+(?:and\s+)?other)?(?:\s+(?:districts|governorates|provinces|regions|sub-districts))?\s*\.?\s*"
)


@lru_cache(maxsize=64)
def may_hold_figures(sentence: str) -> bool:
    """Whether a sentence has a displacement word at all (a sentence without one gives no candidate)."""
    if "home to" in sentence and SHELTER_HOME.search(sentence[: sentence.find("home to") + 8]):
        return True  # "a shelter at a school in Tarlac, home to nearly 640 storm victims"
    if "home to" in sentence and HOME_TO_CAMP.search(sentence):
        return True  # "Lobara, home to 48,000 Rohingya, is the largest refugee camp" (term:home-to-camp)
    if CAMP_HOLDS_CUE.search(sentence):
        return True  # "the Pelina camp now has 9,000 residents" (term:camp-holds)
    return bool(_term_matches(sentence) or _REFUGEES.search(sentence))  # the terms are found once a sentence


def _sentence_candidates(
    sentence,
    offset,
    gazetteer,
    places,
    last_place,
    published,
    default_body,
    trace=None,
    previous_places=(),
    carried=None,
):
    """`carried`: (term, unit) of the sentence before, for a sentence with no displacement word of its own that
    goes on from it (term:carried, extraction.pipeline)."""

    def drop(q, stage, reason):
        if trace is not None:
            trace.append(Drop(offset, q.value, stage, reason))

    if carried is None and not may_hold_figures(sentence):
        return
    seen: dict[tuple, set] = {}  # each count's key, with the places named after it
    previous_unit = None
    previous: Candidate | None = None
    previous_end = 0  # where the number of the last candidate ends
    previous_place = None  # and the place it was given
    counted_unit = None  # the unit of the last quantity that named its own noun (a candidate or not)
    body = period = None
    body_and_period_read = False
    clause_bodies: dict[tuple[int, int], object] = {}  # a clause's own body, read once
    last_q = None  # the quantity before this one, whatever became of it
    refused_q = None  # the last quantity no displacement term governs (or a trap does)
    quantities = list(islice(_quantities(sentence), MAX_QUANTITIES_PER_SENTENCE))
    for q in quantities:
        prior_q, last_q = last_q, q
        converted_unit = None
        if (
            _is_year(sentence, q)
            or _looks_like_date_or_measure(sentence, q)
            or _RATIO.search(sentence, max(0, q.start - 24), q.start)
            or _MULTIPLE.match(sentence, q.end)
            or _AVERAGE_NUMBER.search(sentence, max(0, q.start - 120), q.start)
        ):
            drop(q, "quantities", "year, date or measure")
            continue
        if _COMPARED_WITH.search(sentence, max(0, q.start - 60), q.start):
            drop(q, "units", "a count compared with")
            continue  # "hosts 270,000 IDPs, more than the town's 60,000 original residents": what it is set against
        if q.vague and sentence[q.end - 1] in "sS" and _THE_BEFORE_SCALE.search(sentence, max(0, q.start - 8), q.start):
            drop(q, "quantities", "a scale's plural after 'the'")
            continue  # "a haven for the millions of Sudanese who fled": who they are, not how many
        if "when" in sentence[max(0, q.start - 120) : q.start] and _EARLIER_STATE.search(
            sentence, max(0, q.start - 160), q.start
        ):
            drop(q, "terms", "an earlier state a change is told from")
            continue  # "has fallen since 2015, when its displaced population was put at 90,000": the start, not now
        if (
            q.value < 200
            and sentence[q.start : q.end].isdigit()
            and _NAME_BEFORE_NUMBER.search(sentence, max(0, q.start - 60), q.start)
            and _VERB_AFTER_NUMBER.match(sentence, q.end)
        ):
            drop(q, "quantities", "a number in a place's name")
            continue  # "residents of Delmas 33 were forced to evacuate": a neighbourhood's number, not a count
        if _PROJECTED_COUNT.search(sentence, max(0, q.start - 160), q.start):
            drop(q, "terms", "a count projected")
            continue  # "expects the number of displaced people to exceed 50,000": what may come, not a figure
        if _THRESHOLD.search(sentence, max(0, q.start - 80), q.start):
            drop(q, "units", "a threshold")
            continue  # "events with fewer than 10 displaced households were excluded": a criterion, not a count
        around = sentence[max(0, q.start - 200) : q.start] + "\0" + sentence[q.end : q.end + 12]
        # another clause's people, counted in brackets after their noun, are no conversion of the count before:
        # "30,000 refugees came back and far more IDPs (512,000) returned"
        if _CONVERSION.search(around) and not (
            prior_q is not None and _OWN_CLAUSE_BRACKET.fullmatch(sentence, prior_q.end, q.start)
        ):
            if previous_unit:
                drop(q, "units", "conversion in brackets")
                continue  # "1,240 households (6,200 individuals)": the same figure again, converted
            first = _CONVERTED_FROM.search(sentence, max(0, q.start - 60), q.start) if prior_q else None
            refused_before = prior_q is not None and prior_q is refused_q
            if refused_before and _BRACKET_AFTER_COUNT.fullmatch(sentence, prior_q.end, q.start):
                drop(q, "terms", "conversion in brackets of a count refused")
                continue  # "distributed food to 960 IDP families (5,760 individuals)": the same people, aided
            if (
                first
                and first.group("people")
                and refused_before
                and _TRAPS.search(sentence, max(0, prior_q.start - 60), prior_q.start)
            ):
                drop(q, "terms", "conversion of a count refused")
                continue  # "aid reached 700 people in 170 households …": the same people, aided
            if first and first.start() == prior_q.end:
                # "4,418 families or 15,215 persons from barangays within … were staying in 28 evacuation centres":
                # the verb is too far for the first count alone, but it is the figure (its unit first), not the second
                word = (first.group("unit") or first.group("people")).lower()
                converted_unit = Unit.HOUSEHOLD if word.startswith(("famil", "house", "hh")) else Unit.PERSON
        if (
            _POPULATION_OF.search(sentence, max(0, q.start - 60), q.start)
            or (_RESIDENTS_AFTER.match(sentence, q.end) and _HAD_BEFORE.search(sentence, max(0, q.start - 40), q.start))
        ) and not _CAMP_HOME.search(sentence, max(0, q.start - 120), q.start):  # (a camp's people: term:camp-holds)
            drop(q, "units", "a place's population")
            continue  # "a village of 1,000 people", "the city had over one million residents": who live there
        if _OWN_POSSESSIVE.search(sentence, max(0, q.start - 8), q.start):
            drop(q, "units", "someone's own")
            continue  # "who fled Cité Soleil with her three children": a person's own, not a count of the displaced
        including = _INCLUDING.search(sentence, max(0, q.start - 200), q.start)
        if (
            (including and _SUB_GROUP.match(sentence, q.end))
            or _in_sub_group_brackets(sentence, q.start)
            or (prior_q is not None and _WHO_OF_THEM.match(sentence, q.end))
        ):
            drop(q, "units", "sub-group")
            continue  # "the displaced include 5,000 children": who they are, not another figure
        if _NATIONALS_PART.match(sentence, q.end) and _PART_CUE_BEFORE.search(sentence, max(0, q.start - 160), q.start):
            drop(q, "units", "sub-group")
            continue  # "…, including 1,400 returning Chadian nationals": who they are, not another figure
        unit_link = _unit_and_link(sentence, q)
        if (
            unit_link is None
            and previous
            and (_PART_AFTER.match(sentence, q.end) or _PART_BEFORE.search(sentence[max(0, q.start - 60) : q.start]))
            # not a part of another count between them: "1 million people had fled; 973 collective shelters are open,
            # 773 of them at full capacity" (the shelters')
            and not _things_counted_between(sentence, previous_end, q.start)
        ):
            # "displaced 267,001 people in Kenya, 97,000 of them in Nairobi": a part, in the same unit
            unit_link = UnitLink(previous.unit, q.end, "part")
        with_part = _WITH_PART.search(sentence, max(0, q.start - 100), q.start) if previous else None
        if with_part and (unit_link is None or unit_link.link == "number-of"):
            unit_link = UnitLink(previous.unit, q.end, "part")
        if unit_link is None and previous is None and _PART_AFTER.match(sentence, q.end):
            # "Nearly 200,000 people in Tabasco were affected, and the army evacuated 9,400 of them": the people the
            # count before (no figure itself) counted, the object of the verb before (unit:object)
            counted = list(_COUNTED_PEOPLE.finditer(sentence, max(0, q.start - 200), q.start))[-1:]
            counted = counted[0] if counted else None
            if counted:
                unit = Unit.HOUSEHOLD if counted.group("noun").lower() in ("families", "households") else Unit.PERSON
                unit_link = UnitLink(unit, _PART_AFTER.match(sentence, q.end).end(), "object")
        # (a total with its people's noun too: "…, bringing the refugee population in the country to 60,000 people")
        total_noun = unit_link is not None and unit_link[2] == "noun" and _PEOPLE_NOUN.match(sentence, q.end)
        if (
            (unit_link is None or total_noun)
            and previous
            and _RUNNING_TOTAL.search(sentence, max(0, q.start - 80), q.start)
            # no other count between them (a year is none: "… since April 2023 to 287,000")
            and not re.search(r"\d", _A_YEAR.sub("", sentence[previous_end : q.start]))
        ):
            # "Another 15,000 fled to Minova, bringing the total to more than 150,000": the same figure, summed up
            unit_link = UnitLink(previous.unit, unit_link[1] if total_noun else q.end, "total")

        again = _THE_NUMBER_AGAIN.search(sentence, max(0, q.start - 80), q.start) if previous else None
        if again and not re.search(r"\d", _A_YEAR.sub("", sentence[previous_end : again.start()])):
            # "Some 300 households arrived in Kismayo each week; that figure later dropped to 90 households a week":
            # the same count again, where it stands now (no other count between them)
            unit_link = UnitLink(*(unit_link[:2] if unit_link else (previous.unit, q.end)), "same-as-previous")
        if unit_link is None and previous and _MORE_AFTER.match(sentence, q.end) and _more_of_another_kind(sentence, q):
            drop(q, "terms", "more people something else is said of")
            continue  # "evacuated 1,048 people …, and 12,000 more live within the 8 km risk zone": not evacuated
        if unit_link is None and previous and _MORE_AFTER.match(sentence, q.end):
            # "… displaced in Derna, and 6,000 more in other towns": another count of the same, in its unit
            unit_link = UnitLink(previous.unit, q.end, "same-as-previous")
        staying = _STAYING_PART.match(sentence, q.end) if unit_link is None and previous else None
        if staying:
            # "Of the 98,400 IDPs, 12,300 were living in sites, 61,500 with host families and 24,600 in rented
            # housing": a part of the figure before, by where it stays
            unit_link = UnitLink(previous.unit, staying.end(), "part")
        another = (
            _ANOTHER_STAYING.match(sentence, q.end)
            if unit_link is None and previous and _ANOTHER_BEFORE.search(sentence, max(0, q.start - 30), q.start)
            else None
        )
        if another:
            # "1.4 million displaced civilians live in Maiduguri, while another 700,000 are in Yola": more of the
            # same people, counted where they are
            unit_link = UnitLink(previous.unit, q.end, "part")
        if unit_link is None and including and previous:
            # "550,000 displaced this year, including 390,000 since May": a part, in the same unit and term
            unit_link = UnitLink(previous.unit, q.end, "part")
            own_verb = _PART_OWN_VERB.match(sentence, q.end)
            if own_verb and _TRAPS.fullmatch(own_verb.group("verb")):
                drop(q, "terms", "a part that something else happened to")
                continue  # "left the country since March, including 700,000 who were deported"
        if (
            unit_link is not None
            and unit_link.link == "noun"
            and previous
            and unit_link.unit == previous.unit
            and _PART_NAMED_BRACKET.search(sentence, max(0, q.start - 60), q.start)
            and _PART_BRACKET_CLOSE.match(sentence, unit_link.noun_end)
        ):
            # "displaced 61,000 people in Niassa (approx. 40,000 people) and in Zambezia (approx. 21,000
            # people)": a part of the figure before by place, with its own noun (a conversion in another unit is the
            # same people again, not a part)
            unit_link = UnitLink(previous.unit, unit_link.noun_end, "breakdown")
        elif (
            unit_link is not None
            and unit_link.link == "noun"
            and previous
            and unit_link.unit == previous.unit
            and (named_with := _PART_NAMED_WITH.search(sentence, max(0, q.start - 60), q.start))
            and _FOLLOWED_BY.search(sentence, max(0, q.start - 200), q.start)
        ):
            # "… in Gao with 1,200 families, followed by Mopti with 640 families and Kayes with 310 families": a part
            # of the figure before by place, the place's name before "with" (place:breakdown)
            unit_link = UnitLink(previous.unit, unit_link.noun_end, "breakdown")
        if (
            unit_link is None
            and previous is None
            and _BRACKETED_COUNT.search(sentence[max(0, q.start - 200) : q.start] + "\0" + sentence[q.end : q.end + 60])
        ):
            # "the cities of Derna (at least 30,000), Bayda (3,000) … hosted people displaced by the fighting"
            first = _first_term(sentence)
            if first:
                households = re.search(r"\b(?:families|households)\b", sentence, re.I) and not re.search(
                    r"\b(?:people|persons|individuals|idps)\b", sentence, re.I
                )
                unit_link = UnitLink(Unit.HOUSEHOLD if households else Unit.PERSON, q.end, "breakdown")
                previous = Candidate(0, None, "", unit_link[0], first, "", None, None, None, "", 0, 0)
        broken = (
            _BREAKDOWN.search(sentence[max(0, q.start - 200) : q.start] + "\0" + sentence[q.end : q.end + 60])
            if unit_link is None and previous
            else None
        )
        if broken and _OWN_COUNT_IN_BRACKETS.match(sentence, q.end):
            # "12 in Marromeu (hosting 2,310 individuals), 8 in Caia (…)": the place's own count of people follows
            # in brackets; the count before it counts something else (centres, sites)
            broken = None
        if broken and not (broken.group("listed") and _COUNT_LABEL.match(broken.group("listed"))):
            # "33,000 from Idlib, 8,900 from Aleppo", "Derna (30,000), Bayda (3,000)": the figure before, by place
            unit_link = UnitLink(previous.unit, q.end, "breakdown")
        if (
            carried
            and carried[1] == Unit.HOUSEHOLD
            and unit_link is not None
            and unit_link.link == "noun"
            and sentence[max(0, q.start - 2) : q.start].rstrip().endswith("(")
            and HOUSEHOLDS_LISTED.fullmatch(sentence)
        ):
            # "Lahj (96 HH) – Tuban (70 HH), Al Madaribah (26 HH) districts.", a list by place in a sentence of its
            # own, next to one about displacement: the households that one counts, by place (unit:breakdown)
            unit_link = UnitLink(Unit.HOUSEHOLD, unit_link.noun_end, "breakdown")
            previous = previous or Candidate(0, None, "", Unit.HOUSEHOLD, carried[0], "", None, None, None, "", 0, 0)
        if unit_link is None and carried and carried_subject(sentence, q):
            # "… 500,000 people fleeing the war. Another 1,300 came across on Tuesday": the unit of the sentence before
            unit_link = UnitLink(carried[1], q.end, "carried")
        if unit_link is None:
            drop(q, "units", "no unit or link")
            continue
        unit, noun_end, link = unit_link
        if converted_unit is not None:
            q, unit = prior_q, converted_unit  # the first count, in its own unit; the verb found through the second
        if link == "noun" and counted_unit and _BARE_PARTICIPLE.fullmatch(sentence[q.end : noun_end]):
            unit = counted_unit  # "1,100 families were affected and 320 displaced": 320 families
        elif link == "noun":
            counted_unit = unit
        elif link == "subject" and counted_unit:
            unit = counted_unit  # "12 thousand families have been marooned and about 5 thousand moved to shelters"
        if previous_unit and re.match(r"\s*(?:more\s+|other\s+)?others\b", sentence[q.end :], re.IGNORECASE):
            unit = previous_unit  # "200 families returned, while 1,000 others remain displaced"
        # ("Tens of thousands spilled over into Ethiopia's Somali region": a vague subject a neutral verb governs)
        if (q.vague and link not in ("noun", "subject", "object", "carried")) or (q.value < 2 and not q.vague):
            drop(q, "units", "vague or too small")
            continue
        if _PART_BEFORE.search(sentence[max(0, q.start - 60) : q.start]) and _PART_AIDED_AFTER.match(sentence, q.end):
            drop(q, "terms", "a part that something else happened to")
            continue  # "fled Kaya, of whom 2,000 have been biometrically registered": counted for a list, not moved
        if previous is not None and _arrived_in_a_shorter_time(sentence, q):
            drop(q, "terms", "a part of the count before by when they came")
            continue
        if (
            link not in ("part", "breakdown")
            and not _PART_BEFORE.search(sentence[max(0, q.start - 60) : q.start])
            and residents_counted(sentence, q, noun_end)
        ):
            drop(q, "terms", "a place's residents, not people who moved")
            continue  # "Borova, where 134 families still live", "60 residents refused to evacuate"
        clause = _clause_bounds(sentence, q.start, noun_end)
        governed = _governing_term(sentence, clause, q, noun_end, link)
        if governed is None and _COORDINATED.match(sentence, noun_end):
            # "300 families and 2,000 children fled": the shared verb stands after the last of them
            next_clause = _clause_bounds(sentence, clause[1] + 1, clause[1] + 1)
            governed = _governing_term(sentence, (clause[0], next_clause[1]), q, noun_end, link)
        if governed is None and link == "noun" and _BARE_AND.search(sentence, max(0, clause[0] - 16), clause[0]):
            # "Firefighters evacuated the hospital in Alexandroupolis and about 1,000 residents of nearby villages":
            # a second object of the verb before "and", when nothing counted stands between them
            before_and = _clause_bounds(sentence, clause[0] - 5, clause[0] - 5)
            if not re.search(r"\d", sentence[before_and[0] : clause[0]]):
                governed = _governing_term(sentence, (before_and[0], clause[1]), q, noun_end, link)
        if (
            governed is None
            and link == "noun"
            and previous is not None
            and _AFTER_SEMICOLON.search(sentence, max(0, clause[0] - 8), clause[0])
            and _ELLIPTICAL_PART.fullmatch(sentence, noun_end, clause[1])
        ):
            # "…evacuated 2,100 families in Sorsogon; 640 families or 2,900 persons in Masbate; and …": a count in
            # a list with no verb of its own, the verb of the count before it (term:elliptical)
            governed = TermMatch(previous.term, "elliptical")
        if (
            governed is None
            and link == "noun"
            and previous is not None
            and unit == previous.unit
            and _LIST_GOES_ON.search(sentence, max(0, q.start - 40), q.start)
            and _ELLIPTICAL_PLACES.fullmatch(sentence, noun_end, clause[1])
        ):
            # "… in Aden with 400 families, in addition to 30 families in each of Shabwa and Mahra, and 15 families in
            # Socotra": a part of the list by place, its noun and places only, the verb of the count before it
            governed = TermMatch(previous.term, "elliptical")
        if governed is None and link == "part" and staying:
            camp = re.search(r"camps|sites|cent(?:re|er)s|shelters?", staying.group("where"), re.IGNORECASE)
            governed = TermMatch(Term.IN_CAMPS if camp else Term.DISPLACED, "part-of-previous")
        if governed is None and link == "part" and _part_trapped(sentence, clause, q):
            drop(q, "terms", "a part that something else happened to")
            continue  # "partners plan to reach 3,000 of them with kits", "of whom 755,000 are registered with UNHCR"
        if governed is None and link == "part":
            governed = TermMatch(previous.term, "part-of-previous")
        if governed is None and link == "total":
            governed = TermMatch(previous.term, "total-of-previous")
        if governed is None and link == "same-as-previous":
            governed = TermMatch(previous.term, "same-as-previous")

        if link == "breakdown":
            governed = TermMatch(previous.term, "breakdown")
        if governed is None and link == "noun" and _LIST_OF_COUNTS.search(sentence):
            governed = _list_term(sentence, q, quantities)
        if governed is None and carried:
            governed = carried_term(sentence, clause, q, noun_end, carried[0])
        if governed is None:
            drop(q, "terms", "no displacement term governs it, or a trap does")
            refused_q = q
            continue
        term, how = governed
        if term != Term.EVACUATED and _VISITORS.match(sentence, q.end):
            drop(q, "terms", "visitors who were not evacuated")
            continue  # "2,000 tourists entered Thailand": visitors travel; evacuated, they are counted
        camps = dict(_TERM_RE)[Term.IN_CAMPS]
        if term == Term.DISPLACED and camps.search(sentence[clause[0] : clause[1]]):
            term = Term.IN_CAMPS
        of_whole = _WHOLE_BEFORE.search(sentence[max(0, q.start - 40) : q.start])
        whole = _DISPLACED_WHOLE.match(sentence, q.end) if of_whole else None
        if whole and how == "verb-after":
            # "2,000 of the 5,000 displaced residents have returned": the verb is the part's; the whole's is its own
            word = _ANY_TERM.search(whole.group())
            term = _term_of(word.group()) if word else Term.FLED
        qualifier = Qualifier.AT_LEAST if q.vague else _qualifier_before(sentence[max(0, q.start - 200) : q.start])
        if q.qualifier and qualifier == Qualifier.EXACT:
            qualifier = q.qualifier
        if q.value_high and qualifier == Qualifier.EXACT:
            qualifier = Qualifier.AT_LEAST  # a range is at least its low end
        key = (q.value, q.value_high, unit, term)
        if qualifier == Qualifier.EXACT and _ESTIMATED_LABEL.search(sentence, max(0, q.start - 60), q.start):
            qualifier = Qualifier.APPROXIMATELY  # "Estimated displaced: 23,500"
        where = _PLACE_NAMED_AFTER.match(sentence, q.end)
        where = where.group("name") if where else None
        if key in seen and not (link == "breakdown" and where and where not in seen[key]):
            # (not "5,000 were in Quevedo, 5,000 in Milagro": the same count for two places, two parts)
            drop(q, "candidates", "repeated in the sentence")
            continue
        seen.setdefault(key, set()).add(where)
        if not body_and_period_read:  # read once, for the sentence's first candidate only
            body, period = _body_in(sentence, gazetteer), extract_period(sentence, published)
            body_and_period_read = True
        scope = _scope_end(sentence, noun_end) if places else None
        if (
            places
            and scope
            and last_place
            and all(p.position >= scope.end() for p in places)
            and _CLAUSE_SPLIT.match(sentence, scope.start())
        ):
            # "Some 17,000 families have returned to their homes, while 3,500 families are in shelters in
            # Sagonsongan": the only place named is the other clause's; the text's place before holds
            place = (last_place[0], last_place[1], "previous")
        elif (
            places
            and scope
            and last_place
            and all(p.position >= scope.end() for p in places)
            and _PARTS_SCOPE.match(sentence, scope.start())
        ):
            # "10,295 people had been evacuated to 8 shelter points, including 2,100 in Konga and 1,900 in
            # Lewolaga": the places named are the parts'; the whole's is the text's place before
            place = (last_place[0], last_place[1], "previous")
        elif (
            places
            and (split := _last_split(sentence, q.start))
            and not any(p.position >= split for p in places)
            and (
                last_place
                or _heading_place(sentence, places)
                or _fronted_place(sentence, places)
                or _country_of_all(sentence, places)
            )
        ):
            # "744,000 people have returned …, mostly in the South and Nabatieh governorates, while 125,000 remain
            # displaced": the places named are the other clause's; the heading's or the text's place before holds,
            # else the country all of them lie in ("… in south Lebanon and the Bekaa, while some 110,000 remain
            # displaced": Lebanon, place:country-of-other-clause)
            heading = _fronted_place(sentence, places) or _heading_place(sentence, places)
            if (
                previous_place
                and previous_place[2] == "sentence"
                and (link == "part" or _PART_AFTER.match(sentence, q.end))
            ):
                # "Haiti: gangs drove 8,000 people out of Cabaret; 5,000 of them sleep in schools": a part of the
                # count before, in a clause naming no place, is counted where that count was (not the heading's)
                place = previous_place
            elif heading:
                place = (heading.text, heading.place, "sentence")
            elif last_place:
                place = (last_place[0], last_place[1], "previous")
            else:
                country = _country_of_all(sentence, places)
                place = (country.text, country.place, "sentence")
        else:
            own = _outside_quotes(sentence, places, q.start) if '"' in sentence or "“" in sentence else places
            own = _origin_gives_way(sentence, own, q) if "from" in sentence and term != Term.RETURNED else own
            place = _place_for(_returned_to(sentence, own) if term == Term.RETURNED else own, q.start,
                               last_place, scope.start() if scope and len(own) > 1 else None)  # fmt: skip
            end = min(clause[1], scope.start()) if scope else clause[1]
            moved = _moved_to(sentence, places, q.end, end, place)
            if not moved and _SHELTER_WORD.search(sentence):
                # (not across "…, where families shelter in schools in …": the place's own sites)
                where = _WHERE_CLAUSE.search(sentence, q.end, end)
                moved = _moved_to(sentence, places, q.end, where.start() if where else end, place, _SHELTERED_AT_SITE)
            place = moved or place
            if term == Term.RETURNED:
                place = _home_of_returnees(sentence, q, own, gazetteer) or place
        arrivals = places and (_ARRIVALS.match(sentence, noun_end) or _ARRIVALS.match(sentence, q.end))
        if arrivals:
            # "12,300 new arrivals from South Sudan in northern Uganda": counted where they arrived (not where they
            # fled from: "people fleeing fighting in El Geneina reached Adré", place:reached)
            limit = scope.start() if scope else None
            later = _LATER_COUNT.search(sentence, arrivals.end(), limit or len(sentence))
            if later:  # "… crossed into Chad, with up to 300 arriving on some days at Adré": the later count's place
                limit = later.start()
            place = _destination(sentence, places, arrivals.end(), limit) or place
        already_in = places and _ALREADY_IN.match(sentence, noun_end)
        if already_in:
            # "joining more than 100,000 refugees already in Mbera camp": where they are, even a camp's name that
            # gives way to a region elsewhere in the sentence (place:already-in)
            there = next((m for m in places if m.position == already_in.end()), None)
            place = (there.text, there.place, "sentence") if there else place
        went_on = places and _LEFT_TO_GO_ON.match(sentence, noun_end)
        if went_on:
            # "1,200 households have abandoned the village of Diallassagou to reach Bankass", "900 returnees have left
            # the camp of Nduta to return to Muyinga": counted where they went, not the place they left
            # (place:went-on-to); a country gone to is abroad, the figure stays the place's they left ("have left
            # Nagorno-Karabakh for Armenia")
            onward = [
                m for m in places if m.position >= went_on.end() and (scope is None or m.position < scope.start())
                and not (m.place is not None and m.place.depth == 0 and m.place.country)
            ]  # fmt: skip
            place = (onward[0].text, onward[0].place, "sentence") if onward else place
        arrived_first = places and _ARRIVED_FIRST.search(sentence, 0, q.start)
        if arrived_first:
            # the verb first, where they arrived before the count (Arabic and French word order): "arrived in Kosti
            # more than 2,300 families who fled fighting in Al Jazirah" (place:arrived-first)
            host = next((m for m in places if m.position == arrived_first.end()), None)
            if host and _ONLY_COUNT_WORDS.fullmatch(sentence, host.position + len(host.text), q.start):
                place = (host.text, host.place, "sentence")
        if places and (link == "object" or how == "object"):
            # "…, where the M'bera camp alone hosts 120,000": the place hosting them, as the verb's subject, even a
            # camp's name that gives way to its town elsewhere (place:host-subject)
            host = next(
                (m for m in reversed(places) if m.position < q.start
                 and _HOST_SUBJECT.fullmatch(sentence, m.position + len(m.text), q.start)),
                None,
            )  # fmt: skip
            inside = (
                host is not None
                and _is_country(host)
                and place is not None
                and place[1] is not None
                and place[1].depth > 0
                and place[1].country == host.place.country
            )  # "Chad has received 600,000 refugees in Ouaddaï": the place inside the host country stands
            place = (host.text, host.place, "sentence") if host and not inside else place
        if places and link == "noun" and place is not None:
            # "Chad hosts more than 553,150 new refugees, … from Sudan", "Côte d'Ivoire has hosted a total of 65,099
            # asylum seekers, from Sahel countries": the host governing the count, over a place named after it in
            # another clause or as where the people came from (place:host-subject)
            later = next((m for m in places if m.text == place[0] and m.position > q.end), None)
            host = later and next(
                (m for m in reversed(places) if m.position < q.start
                 and _HOST_COUNT.fullmatch(sentence, m.position + len(m.text), q.start)),
                None,
            )  # fmt: skip
            if host and _ANOTHER_CLAUSE_OR_ORIGIN.search(sentence, q.end, later.position):
                place = (host.text, host.place, "sentence")
        if places and place is not None and link == "noun":
            # "Kalehe, in South Kivu, has taken in 3,000 displaced people": the host, not the container named in
            # the aside between it and its verb (place:host-subject)
            host = next(
                (m for m in places if m.position < q.start
                 and _HOST_COUNT.fullmatch(sentence, m.position + len(m.text), q.start)),
                None,
            )  # fmt: skip
            if host and any(m.text == place[0] and host.position < m.position < q.start for m in places):
                place = (host.text, host.place, "sentence")
            elif host and _RANKED_HOST.search(sentence, host.position + len(host.text), q.start):
                # "In the Upper Nile region, Renk takes the lead, sheltering some 41,000 returnees": the first of a
                # ranking hosts them, not the region that opens the sentence (place:host-ranked)
                place = (host.text, host.place, "sentence")
        if places and link == "noun" and _SHARE_OF_THE.search(sentence, max(0, q.start - 60), q.start):
            # "Ménaka region accounts for nearly a third of the 378,000 IDPs recorded in Mali": the whole's own place,
            # not the share's (place:whole-of-share)
            own = [m for m in places if m.position > q.end and (scope is None or m.position < scope.start())]
            place = (own[0].text, own[0].place, "sentence") if own else place
        named_bracket = _NAME_THEN_COUNT.search(sentence, max(0, q.start - 60), q.start) if link == "noun" else None
        if named_bracket and _COUNT_CLOSED.match(sentence, q.end):
            # "Top hosting woreda: Abala (14,300 IDPs)": the name the bracketed count stands with
            name = named_bracket.group("name")
            mention = next((m for m in places if m.text == name), None)
            if mention or not gazetteer.bodies.get(name_key(name)):
                place = (name, mention.place if mention else gazetteer.lookup(name), "sentence")
        if (
            place
            and places
            and (
                (places[0].position == 0 and sentence.startswith(":", len(places[0].text)))
                # "In Gedaref, … 35,000 people arrived from Sennar": the place the sentence opens with
                or (
                    sentence[: places[0].position] == "In "
                    and _FRONTED_CLOSES.match(sentence, places[0].position + len(places[0].text))
                )
            )
            and place[0] != places[0].text
            and _FROM_ORIGIN.search(sentence[: next((m.position for m in places if m.text == place[0]), 0)])
        ):
            # "Egypt: Since April 2023, some 500,000 people have arrived from Sudan": where they came from is no
            # place of the figure when a heading names where they are
            place = (places[0].text, places[0].place, "sentence")
        if link == "same-as-previous":  # "… in Derna, and 6,000 more in other towns in eastern Libya": its own
            own = [m for m in places if m.position > q.end]
            place = (own[0].text, own[0].place, "sentence") if own else place
        if place is None and not places and not _ABROAD.search(sentence):
            # "More than 700,000 Haitians are internally displaced": no place named but the people's own
            people = people_place(sentence, gazetteer) or _nation_of_authorities(sentence, gazetteer)
            place = (people.name, people, "sentence") if people else None
        if scope and _SOURCE_CLAUSE.match(sentence, scope.start()) and all(p.position > scope.start() for p in places):
            # "Drought has driven some 1.1 million Somalis from their homes, according to the UN, which warned that
            # famine was projected in Baidoa": the places are the source's other news (place:source-clause)
            people = None if _ABROAD.search(sentence) else people_place(sentence, gazetteer)
            place = (people.name, people, "sentence") if people else _place_for([], q.start, last_place)
        if link in ("number-of", "total") and len(places) > 1:
            # "…, bringing the number of people forced from their homes across Haiti to over 1 million": the place
            # the total's own words name (place:total-named)
            total = _TOTAL_OPENS.search(sentence, max(0, q.start - 160), q.start)
            inside = [m for m in places if total and total.end() <= m.position < q.start]
            if inside:
                place = (inside[-1].text, inside[-1].place, "sentence")
        arrived = _NUMBER_ARRIVED.search(sentence, max(0, q.start - 160), q.start) if link == "number-of" else None
        if arrived and len(places) > 1:
            # "The number of refugees who have arrived in Armenia from Nagorno-Karabakh reached 100,417": where they
            # arrived, not where they came from (place:number-arrived)
            place = _destination(sentence, places, arrived.start(), q.start) or place
        camp = link == "number-of" and len(places) > 1
        if camp and _CAMP_POPULATION.search(sentence, max(0, q.start - 200), q.start):
            # "arrived in al-Hol from Baghouz …, bringing the camp's population to 40,000": the camp they arrived in
            place = _destination(sentence, places, 0, q.start) or place
        origin = _ORIGIN_AFTER.match(sentence, noun_end) if place and len(places) > 1 else None
        if origin and (origin["left"] or _ORIGIN_NOUN.search(sentence, 0, noun_end)):
            # "Moldova hosts 107,000 refugees from Ukraine", "Uganda received 2,800 refugees from South Sudan": where
            # they are hosted, not where they came from
            place = _host(sentence, places, q.start, origin.end(), place)
        elif origin:
            place = _host(sentence, places, q.start, origin.end(), place, displaced=False)
        if how == "carried" and places:
            place = _carried_place(sentence, clause, q, noun_end, places) or place
        total_place = False
        named_with = [m for m in places if with_part.start() <= m.position < q.start] if with_part else []
        if link == "part" and named_with:
            place = (named_with[-1].text, named_with[-1].place, "sentence")
        if (
            link in ("number-of", "total")
            and previous_place
            and (bringing := _BRINGING_NUMBER.search(sentence, previous_end, q.start))
            and not any(bringing.start() <= m.position < q.start for m in places)
        ):
            # "18,000 refugees crossed from West Darfur into eastern Chad, bringing the number of Sudanese refugees
            # who have arrived since April 2023 to 610,000": the running total is counted where the figure was
            place = previous_place
            total_place = True
        if place and places and _IN_THE_COUNTRY.search(sentence, max(0, q.start - 50), q.end + 50):
            # "…, bringing the refugee population in the country to 60,000", "3 million displaced inside the country":
            # the one country the sentence names, over a place inside it or a region around it (place:the-country)
            countries = {m.place.country: m for m in places if _is_country(m)}
            country = next(iter(countries.values())) if len(countries) == 1 else None
            if (
                country
                and place[0] != country.text
                and (place[1] is None or place[1].country in ("", country.place.country))
            ):
                place = (country.text, country.place, "sentence")
                total_place = False
        if places and "respectively" in sentence:
            place = _respective_place(sentence, q, places) or place
        if link == "breakdown":
            place = _breakdown_place(sentence, q, gazetteer, places) or place
        elif how == "place-list":
            place = _destination_place(sentence, q, gazetteer, places) or place
        elif places and previous_places and link != "part":
            place = _the_town_again(sentence, q, noun_end, places, previous_places) or place
        if place and places and place[2] == "sentence" and "the " in sentence:
            place = _into_the_place_again(sentence, q, place, places, previous_places) or place
        if place and places and place[2] == "sentence":
            place = _refugees_host_in_sentence(sentence, q, place, places) or place
        if place and places and place[2] == "sentence" and last_place:
            place = _refugees_host_before(sentence, q, place, places, last_place) or place
        location, region = (place[0], place[1]) if place else (None, None)
        own = _clause_body(sentence, q.start, gazetteer, clause_bodies) if body is not None else None
        body_text, body_id, body_rule = own or body or (None, None, None)
        body_text = body_text or None
        if (body is None or body_rule == rules.BODY_GENERIC) and default_body:
            body_text, body_id = default_body
        rule_names = [
            rules.QUANTITY_VAGUE if q.vague else rules.QUANTITY_RANGE if q.value_high else rules.QUANTITY_NUMBER,
            rules.unit_rule(link),
            rules.term_rule(how),
        ]
        if body_rule:
            rule_names.append(body_rule)
        if total_place:
            rule_names.append(rules.PLACE_RUNNING_TOTAL)
        elif place and place[2] == "previous":
            rule_names.append(rules.PLACE_PREVIOUS)
        elif place:
            rule_names.append(rules.PLACE_SENTENCE)
        if period:
            the_period = period
            rule_names.append(rules.PERIOD_TEXT)
        elif published:
            the_period = (published, published, DateAccuracy.PUBLISHED, PeriodSource.PUBLISHED)
            rule_names.append(rules.PERIOD_PUBLISHED)
        else:
            the_period = (None, None, None, None)
        previous_unit = unit
        previous_end = q.end
        previous_place = place
        previous = Candidate(
            value=q.value,
            value_high=q.value_high,
            qualifier=qualifier,
            unit=unit,
            term=term,
            category=_category(sentence, term),
            location=location,
            region_pcode=(region.pcode or None) if region else None,
            region_id=region.region_id if region else None,
            reporting_body=body_text,
            reporting_body_id=body_id,
            quote=sentence,
            start=offset,
            end=offset + len(sentence),
            period_start=the_period[0],
            period_end=the_period[1],
            period_accuracy=the_period[2],
            period_source=the_period[3],
            country=(region.country or None) if region else None,
            admin1=(region.admin1 or None) if region else None,
            rules=rule_names,
        )
        yield previous
        if place and len(places) > 1 and " each" in sentence:
            for other in _each_of(sentence, noun_end, places, place):
                # "displaced about 2,000 families in each of the districts of Sunamganj and Sylhet", "5,000 people
                # each in Bicol and Eastern Visayas": the same count again for every place of the list (place:each)
                other_region = other.place
                yield replace(
                    previous,
                    location=other.text,
                    region_pcode=(other_region.pcode or None) if other_region else None,
                    region_id=other_region.region_id if other_region else None,
                    country=(other_region.country or None) if other_region else None,
                    admin1=(other_region.admin1 or None) if other_region else None,
                    rules=list(rule_names),
                )


# "N families in each of the districts of A and B", "N people each in A, B and C"
_EACH_OF = re.compile(
    # (and after the clause's own lower-case words: "2,000 people are in relief camps in each of the districts of …")
    r"(?:\s+[a-z]+){0,5}?\s+(?:in\s+|at\s+|from\s+)?each\s+(?:of\s+)?(?:in\s+|at\s+|from\s+)?(?:the\s+)?(?:(?:two|three|four|five|six)\s+)?"
    r"(?:[a-z]+\s+of\s+(?:the\s+)?)?"
)
_EACH_LIST_NEXT = re.compile(
    r"(?:\s+(?:districts?|woredas?|provinces?|regions?|states?|counties|county|municipalities|towns?|villages?|"
    r"camps?|islands?|governorates?|townships?|upazilas?|wards?))?(?P<join>\s*,\s*(?!the\b)(?:and\s+)?|\s+and\s+)"
)


def _each_of(sentence: str, noun_end: int, places, place) -> list:
    """The places after the figure's "each" other than the first (the figure's own), when they make a list."""
    each = _EACH_OF.match(sentence, noun_end)
    if not each:
        return []
    at = {m.position: m for m in places}
    listed, joins, position = [], [], each.end()
    while position in at:
        listed.append(at[position])
        after = _EACH_LIST_NEXT.match(sentence, position + len(at[position].text))
        if not after:
            break
        joins.append(after.group("join"))
        position = after.end()
    if len(listed) > 1 and "and" not in joins[len(listed) - 2]:
        listed.pop()  # "… A and B, Borena zone said": a list closes with "and"
    if len(listed) < 2 or listed[0].text != place[0]:
        return []
    return listed[1:]


# the long patterns scan faster behind a look-ahead for the characters a match can start with: the same
# matches, less work (extraction.scanning)
_CONVERSION, _BREAKDOWN, _INCLUDING = map(guarded, (_CONVERSION, _BREAKDOWN, _INCLUDING))
# and the patterns read in a window before each quantity
_AVERAGE_NUMBER, _PROJECTED_COUNT, _COMPARED_WITH, _SHARE_OF_THE = map(
    guarded, (_AVERAGE_NUMBER, _PROJECTED_COUNT, _COMPARED_WITH, _SHARE_OF_THE)
)
_TOTAL_OPENS, _NUMBER_ARRIVED, _THRESHOLD = map(guarded, (_TOTAL_OPENS, _NUMBER_ARRIVED, _THRESHOLD))


# a part of the figure the sentence before gave, by place: "DTM identified 2,297,148 IDPs in north-east Nigeria.
# Borno state hosts 1,786,410 of them.", "Of these, 1.2 million are in Borno.", "900,000 of them live in Maiduguri."
_HOSTS_OF_THEM = re.compile(
    rf"\b(?:hosts?|hosting|hosted|(?:is|was)\s+home\s+to|accounts?\s+for|accounted\s+for|holds?|held|shelters?|"
    # "The government has registered 98,000 of them at the Kornidzor reception point"
    rf"registered|recorded|counted|received|welcomed)\s+"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_SHELTERS_HOST_WORDS = re.compile(r"\b(?:shelters|camps|sites|cent(?:re|er)s)\b", re.IGNORECASE)
_SHELTERS_HOST = re.compile(
    rf"\b(?:shelters|camps|sites|cent(?:re|er)s)\s+(?:now\s+|currently\s+)?(?:host|hosted|house|housed|shelter|"
    rf"sheltered|accommodate|accommodated|hold|held)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_WHILE_BEFORE = re.compile(rf"(?:,\s*while|;|,?\s+and|,\s*whereas)\s+{ANY_QUALIFIERS}$", re.IGNORECASE)
_STAYING_AFTER = re.compile(
    r"\s+(?:are|were|remain|remained)\s+(?:still\s+|now\s+)?(?:staying|living|sheltering|hosted|housed)\s+(?:in|with|at|by)\b",
    re.IGNORECASE,
)
_OF_THEM_BEFORE = re.compile(
    rf"(?:^|[.;]\s+)\s*(?:of|among)\s+(?:them|these|those|whom)\s*,?\s+{ANY_QUALIFIERS}$", re.IGNORECASE
)
_OF_THEM_THEN_IN = re.compile(r"\s+of\s+(?:them|these|those)\s+(?:are|were|live|lived|reside|resided|stay|stayed|"
                              r"remain|remained)\s+(?:now\s+)?(?:in|at)\b", re.IGNORECASE)  # fmt: skip
# where people went, in the words of a part of a figure: "31,000 went to …", "Most moved to …"
_WENT = r"(?:went|gone|moved|fled|headed|travell?ed|made\s+their\s+way)"
_IN_AFTER = re.compile(
    r"\s+(?:are|were|live|lived|reside|resided|stay|stayed|remain|remained)\s+(?:now\s+|still\s+)?(?:in|at)\b|"
    # "Of these, 36,000 have gathered in Ménaka town"
    r"\s+(?:(?:have|had)\s+)?(?:gathered|congregated|settled|(?:sought|taken|found)\s+(?:refuge|shelter))\s+(?:in|at)\b|"
    # "Of these, 31,000 went to the Grand'Anse department"
    rf"\s+(?:(?:have|had)\s+)?{_WENT}\s+(?:to|towards|into)\b",
    re.I,
)
# the next item of a list of parts: "… went to the Grand'Anse department and 24,000 to the South"
_NEXT_PART_BEFORE = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+){ANY_QUALIFIERS}$", re.IGNORECASE)
_NEXT_PART_AFTER = re.compile(r"\s+(?:to|towards|into|in|at)\b", re.IGNORECASE)
# "Most moved to Er Rahad town (about 3,100 households) and Um Rawaba town (1,400 households)": where they went
_JUST_BEFORE_BRACKET = re.compile(rf"(?:\s+[a-z]+)?\s*\(\s*{ANY_QUALIFIERS}")
# "Mopti (78,000), Gao (60,000) and Ménaka (49,000) host the most": the places first, in brackets their counts
_LIST_HOSTS_MOST = re.compile(
    r"\)\s+(?:host|hosts|hosted|account\s+for|accounted\s+for|received|have)\s+the\s+(?:most|majority|largest\s+(?:numbers?|"
    r"shares?))\b",
    re.IGNORECASE,
)
_MOST_WENT = re.compile(
    r"^\s*(?:most|many|the\s+majority|nearly\s+all|almost\s+all|others|the\s+rest)(?:\s+of\s+(?:them|these|those))?\s+"
    rf"(?:(?:have|had)\s+)?(?:{_WENT}|sought\s+refuge)\s+(?:to|towards|into|in)\b",
    re.IGNORECASE,
)
# "Banadir region hosts the most, 1.05 million", "Dollow district received the majority, 46,000"
_THE_MOST = re.compile(
    rf"\b(?:hosts?|hosted|hosting|received|receives|has|had|accounts?\s+for|accounted\s+for)\s+the\s+(?:most|"
    rf"majority|largest\s+(?:number|share))(?:\s+of\s+(?:them|these|those)|\s+(?:new\s+)?(?:arrivals|idps|evacuees))?,\s*"
    rf"(?:with\s+)?{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# the next part of a list, its place written before it and the verb left out: "… 784,564 of them and Nampula 145,000"
_NEXT_PLACE_PART = re.compile(
    rf"(?:,\s*|\s+and\s+)(?-i:{CAPITAL})[\w'’-]+(?:\s+(?-i:{CAPITAL})[\w'’-]+)?\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# "The Ménaka region hosts the largest number (61,000), followed by Ségou (55,000) and Mopti (48,000)", "Balasore
# accounted for the highest number of evacuees (1,72,916)": parts of the figure before, each after its place
_THE_LARGEST_BRACKETED = re.compile(
    rf"\b(?:hosts?|hosted|hosting|host|received|receives|has|had|accounts?\s+for|accounted\s+for|recorded|records|"
    rf"registered)\s+the\s+(?:largest|highest|greatest)\s+(?:[\w-]+\s+){{0,4}}?\(\s*{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_FOLLOWED_BY_BRACKETED = re.compile(
    rf"(?:\bfollowed\s+by|,|\band)\s+(?:the\s+)?(?-i:{CAPITAL})[\w'’-]+(?:\s+(?-i:{CAPITAL})[\w'’-]+)?"
    rf"(?:\s+(?:region|state|province|district|county|governorate|department|prefecture|zone))?\s*\(\s*{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_IN_BRACKETS_BEFORE = re.compile(rf"\(\s*{ANY_QUALIFIERS}$", re.IGNORECASE)
_IN_BRACKETS_AFTER = re.compile(r"(?:\s+(?:people|persons|individuals|households|families|idps))?\s*\)", re.IGNORECASE)
PARTS_CUE = guarded(re.compile(r"\b(?:of|among)\s+(?:them|these|those|whom)\b|^\s*(?:most|many|the\s+majority|"
                               r"nearly\s+all|almost\s+all|others|the\s+rest)\b|"
                               r"\bthe\s+(?:most|majority|largest\s+(?:number|share))(?:\s+(?:new\s+)?"
                               r"(?:arrivals|idps|evacuees))?\s*,|"
                               r"\bthe\s+(?:largest|highest|greatest)\s+[^.;()]{0,40}\(\s*[\d~]|"
                               r"\)\s+(?:host|hosts|account\s+for|received)\s+the\s+(?:most|majority)\b|"
                               # a key-figure line of places with their counts: "Sagaing: 1,255,900 | Magway: 344,500"
                               r"^\s*[A-Z][^:|;\n\d]{1,40}:\s*\d[\d,.]*\s*[|;]\s*[A-Z][^:|;\n\d]{1,40}:\s*\d|"
                               # a list after a colon that says how the figure is spread: "These people are spread
                               # as follows: Gao 9,100, Kidal 300, Timbuktu 7,500"
                               r"\b(?:as\s+follows|by\s+(?:region|province|state|district|department|prefecture|"
                               r"governorate|county|commune|area|location)s?)\s*:\s*(?-i:[A-Z])[\w'’-]+"
                               r"(?:[\s-]+(?-i:[A-Z])[\w'’-]+){0,2}\s+\d",
                               re.IGNORECASE))  # fmt: skip
# the list itself: after its colon, each place right before its count, the count closing its item
_FOLLOWS_LIST = re.compile(
    r"\b(?:as\s+follows|by\s+(?:region|province|state|district|department|prefecture|governorate|county|commune|"
    r"area|location)s?)\s*:",
    re.IGNORECASE,
)
_FOLLOWS_LIST_NAME = re.compile(r"(?:[:;]\s*|,\s+|\band\s+)(?P<name>[A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+){0,2})\s+$")
_FOLLOWS_LIST_ITEM_END = re.compile(r"\s*(?:[,;]|\band\b|\.?\s*$)")
# a line of places with their counts, parted by "|" or ";": "Sagaing: 1,255,900 | Magway: 344,500 | Rakhine: 489,400"
_PLACE_PAIRS_LINE = re.compile(r"\s*(?:[A-Z][^:|;\n\d]{1,40}:\s*\d[\d,.]*\s*(?:[|;]\s*|$)){2,}")
_PAIR_NAME_BEFORE = re.compile(r"(?:^|[|;])\s*(?P<name>[A-Z][^:|;\n\d]{1,40}):\s*$")


# a sentence that goes on counting the figure before it, with no noun or verb of displacement of its own:
# "A further 30,000 have reached the outskirts of Goma", "Another 210 households moved into Sirwah district",
# "In neighbouring Tana River, the figure is 8,500 households"
_MORE_OF_THE_SAME = re.compile(
    rf"^\s*(?:(?:In|At)\s+[^,;]{{2,60}},\s+)?(?:a\s+further|another|an\s+additional)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_SAME_FIGURE_THERE = re.compile(
    rf"^\s*(?:In|At|For)\s+[^,;]{{2,60}},\s+(?:the|that)\s+(?:figure|number|total|tally|count)\s+"
    rf"(?:is|was|stands\s+at|stood\s+at|has\s+reached|reached)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# another source's estimate of the same figure, in the next sentence: "Local groups put the figure at 120,000", "Aid
# agencies have placed that number much higher, at 60,000" (a toll is the dead's)
_OTHER_ESTIMATE = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated?|estimates|estimating)\s+(?:the|that|this)\s+"
    r"(?:(?:real|true|actual|overall)\s+)?(?:figure|number|total)\s+(?:(?:far|much|even|considerably|significantly)\s+)?"
    rf"(?:(?:higher|lower)\s*,?\s+)?(?:at|closer\s+to|nearer|as\s+high\s+as)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# the next sentence sums the figure up: "This brings the total number of individuals who have taken this route to
# 14,000", "That takes the overall tally to …" (unit:total, in the whole's place unless it names its own)
_TOTAL_NEXT_SENTENCE = re.compile(
    r"^\s*(?:this|that|it|these|the\s+(?:new\s+)?(?:arrivals?|influx|movements?))\s+(?:(?:has|have)\s+)?"
    r"(?:brings?|brought|takes?|took|raises?|raised|pushes?|pushed|lifts?|lifted)\s+the\s+"
    r"(?:(?:overall|cumulative|total|new)\s+)?(?:total|tally|number|figure|count)\b[^.;:]{0,90}?\s+to\s+"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_OWN_NOUN = re.compile(r"\s+(?P<noun>people|persons|individuals|residents|households|families|idps)\b", re.IGNORECASE)
_MOVED_ON = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:reached|arrived|moved|gone|went|crossed|headed|settled|left|"
    r"made\s+their\s+way|(?:sought|taken|took|found)\s+(?:refuge|shelter))\b",
    re.IGNORECASE,
)
_SENTENCE_ENDS = re.compile(r"\s*(?:[.;,]|$)")
# the sentence opening with the count of those who arrived: "Thousands have reached Sennar and Gedaref"
_OPENS_WITH = re.compile(rf"^\s*{ANY_QUALIFIERS}$", re.IGNORECASE)
_ARRIVED = re.compile(r"\s+(?:(?:have|had|has)\s+)?(?:also\s+)?(?:reached|arrived\s+(?:in|at))\b", re.IGNORECASE)
MORE_CUE = guarded(
    re.compile(
        r"\b(?:further|another|additional|figure|number|total|tally|count|reached|arrived|of\s+(?:them|these|those))\b",
        re.IGNORECASE,
    )
)
# "of them" closing a part of the figure before; not a clause about them ("of them who …") nor who they are ("of them
# are children"). (Two patterns had this one name, so the later silently replaced the earlier: now one, with both.)
_OF_THEM_AFTER = re.compile(
    r"\s+of\s+(?:them|these|those)\b(?!\s+(?:who|whom|which|that)\b|\s+(?:are|were)\s+(?:children|women|girls|boys))",
    re.IGNORECASE,
)


def more_of_the_same(sentence: str, offset: int, whole: Candidate, places: list) -> Iterator[Candidate]:
    """The sentence right after a figure that counts more of the same kind by place, in the words of the one before
    ("A further 30,000 have reached Goma"; "In Tana River, the figure is 8,500 households"): the whole's term,
    body and period, its unit unless the sentence names its own, the place the sentence names (the whole's when it
    names none: "A further 24,000 left on Thursday alone")."""
    quantities = list(islice(_quantities(sentence), MAX_QUANTITIES_PER_SENTENCE))
    for q in quantities:
        if q.value_high or _looks_like_date_or_measure(sentence, q):
            continue
        term = None  # the whole's, unless the part has a verb of its own
        estimate = False
        before = sentence[: q.start]
        noun = _OWN_NOUN.match(sentence, q.end)
        after = noun.end() if noun else q.end
        total = q.value > whole.value and _TOTAL_NEXT_SENTENCE.search(before) is not None
        if total:
            pass  # "This brings the total … to 14,704": the figure before, summed up
        elif _OPENS_WITH.match(before) and not noun and _ARRIVED.match(sentence, after):
            pass  # "… had fled Gezira state. Thousands have reached Sennar and Gedaref"
        elif q.vague:
            continue
        elif _MORE_OF_THE_SAME.search(before):
            if not _MOVED_ON.match(sentence, after):
                continue
        elif estimate := (_OTHER_ESTIMATE.search(before) is not None and _SENTENCE_ENDS.match(sentence, after)):
            pass  # "… forced 80,000 people to flee. Local groups put the figure at 150,000": the same, by others
        elif _OF_THEM_AFTER.match(sentence, q.end) and not noun:
            # "UNHCR said 140,000 refugees had arrived in Gambella. The agency relocated 35,000 of them to the new
            # Kule 2 camp.": a part of that figure, with the verb of its own
            own = _first_term(sentence)
            if own is None or own == Term.RETURNED:
                continue
            term = own
        elif not (_SAME_FIGURE_THERE.search(before) and _SENTENCE_ENDS.match(sentence, after)):
            continue
        place = _place_for(places, q.start, None) if places else None
        if place:
            region = place[1]
            where = {
                "location": place[0],
                "region_pcode": (region.pcode or None) if region else None,
                "region_id": region.region_id if region else None,
                "country": (region.country or None) if region else None,
                "admin1": (region.admin1 or None) if region else None,
            }
        elif (_MORE_OF_THE_SAME.search(before) or term or estimate) and whole.location or total:
            where = {}  # the whole's place: "A further 24,000 left on Thursday alone"
        else:
            continue
        unit = whole.unit
        if noun:
            unit = Unit.HOUSEHOLD if noun.group("noun").lower() in ("households", "families") else Unit.PERSON
        quantity_rule = rules.QUANTITY_VAGUE if q.vague else rules.QUANTITY_NUMBER
        if total:
            rule_names = [quantity_rule, rules.unit_rule("total"), rules.term_rule("total-of-previous")]
        elif term:
            rule_names = [quantity_rule, rules.unit_rule("part-next-sentence"), rules.term_rule("term-before")]
        else:
            rule_names = [quantity_rule, rules.unit_rule("same-as-previous"), rules.term_rule("same-as-previous")]
        rule_names += [r for r in whole.rules if r.startswith(("body:", "period:"))]
        rule_names.append(rules.PLACE_SENTENCE if place or not total else rules.PLACE_RUNNING_TOTAL)
        yield replace(
            whole,
            value=q.value,
            value_high=None,
            qualifier=Qualifier.AT_LEAST if q.vague else _qualifier_before(sentence[max(0, q.start - 200) : q.start]),
            unit=unit,
            term=term or whole.term,
            **where,
            quote=sentence,
            start=offset,
            end=offset + len(sentence),
            rules=rule_names,
            breakdown=[],
        )


def parts_in_next_sentence(sentence: str, offset: int, whole: Candidate, places: list) -> Iterator[Candidate]:
    """The parts, by place, of the figure the sentence before gave (`whole`): its unit, term, body and period; or by
    where they stay ("Collective shelters host 190,000 of them"), in the whole's place."""
    if not places and not _SHELTERS_HOST_WORDS.search(sentence):
        return
    most_went = _MOST_WENT.match(sentence) or _LIST_HOSTS_MOST.search(sentence)
    pairs = _PLACE_PAIRS_LINE.fullmatch(sentence.rstrip()) is not None
    follows = _FOLLOWS_LIST.search(sentence)
    if follows and _TRAPS.search(sentence, 0, follows.start()):
        follows = None  # "The dead by region: Gao 12, Kidal 3": what a trap counts
    listing = False  # the quantity before was a part: a list may go on ("… and 24,000 to the South")
    quantities = list(islice(_quantities(sentence), MAX_QUANTITIES_PER_SENTENCE))
    for q in quantities:
        if q.value_high or q.vague or q.value >= whole.value or _looks_like_date_or_measure(sentence, q):
            listing = False
            continue
        before = sentence[max(0, q.start - 80) : q.start]
        hosted = _HOSTS_OF_THEM.search(before) and _OF_THEM_AFTER.match(sentence, q.end)
        of_them_first = _OF_THEM_BEFORE.search(sentence[: q.start]) and _IN_AFTER.match(sentence, q.end)
        listed = listing and _NEXT_PART_BEFORE.search(before) and _NEXT_PART_AFTER.match(sentence, q.end)
        named_before = (
            (listing and (_NEXT_PLACE_PART.search(before) or _FOLLOWED_BY_BRACKETED.search(before)))
            or _THE_MOST.search(before)
            or _THE_LARGEST_BRACKETED.search(before)
        )
        bracketed = most_went and _IN_BRACKETS_BEFORE.search(before) and _IN_BRACKETS_AFTER.match(sentence, q.end)
        staying = listing and _WHILE_BEFORE.search(before) and _STAYING_AFTER.match(sentence, q.end)
        listing = False
        paired = _PAIR_NAME_BEFORE.search(sentence, 0, q.start) if pairs else None
        if (
            paired is None
            and follows is not None
            and q.start > follows.end()
            and _FOLLOWS_LIST_ITEM_END.match(sentence, q.end)
        ):
            # "These people are spread as follows: Gao 9,100, Kidal 300": each count with the place before it
            paired = _FOLLOWS_LIST_NAME.search(sentence, follows.end() - 1, q.start)
        if paired and not _COUNT_LABEL.match(paired.group("name")):
            # "Sagaing: 1,255,900 | Magway: 344,500": each count with the place that labels it
            named = [p for p in places if paired.start("name") <= p.position < paired.end("name")]
            place = (named[0].text, named[0].place) if named else (paired.group("name").strip(), None)
            rule_names = [rules.QUANTITY_NUMBER, rules.unit_rule("part-next-sentence")]
            rule_names += [rules.term_rule("part-of-previous")]
            rule_names += [r for r in whole.rules if r.startswith(("body:", "period:"))] + [rules.PLACE_SENTENCE]
            region = place[1]
            yield replace(whole, value=q.value, value_high=None, qualifier=Qualifier.EXACT, location=place[0],
                          region_pcode=(region.pcode or None) if region else None,
                          region_id=region.region_id if region else None,
                          country=(region.country or None) if region else None,
                          admin1=(region.admin1 or None) if region else None,
                          quote=sentence, start=offset, end=offset + len(sentence), rules=rule_names)  # fmt: skip
            continue
        if not (
            hosted
            or of_them_first
            or listed
            or bracketed
            or named_before
            or staying
            or _OF_THEM_THEN_IN.match(sentence, q.end)
        ):
            continue
        listing = True
        if named_before:  # "… and Nampula 145,000", "Banadir region hosts the most, 1.05 million": the place before
            named = [p for p in places if p.position < q.start]
            place = (named[-1].text, named[-1].place) if named else None
            name = _NAME_BEFORE_BRACKET.search(sentence[max(0, q.start - 60) : q.start])
            if (
                name
                and named
                and not _JUST_BEFORE_BRACKET.fullmatch(sentence, named[-1].position + len(named[-1].text), q.start)
            ):
                place = (name.group("name"), None)  # "…, Gao (60,000) and …": a name the places did not find
        elif bracketed:  # "Er Rahad town (about 3,100 households)": the place just before the brackets
            named = [
                p
                for p in places
                if p.position < q.start and _JUST_BEFORE_BRACKET.fullmatch(sentence, p.position + len(p.text), q.start)
            ]
            name = _NAME_BEFORE_BRACKET.search(sentence[max(0, q.start - 60) : q.start])
            if named:
                place = (named[-1].text, named[-1].place)
            elif name:  # "…, Gao (60,000) and …": a name the places did not find, as written
                place = (name.group("name"), None)
            else:
                place = None
        elif listed:  # "… and 24,000 to the South": the place right after, or none
            named = [p for p in places if q.end <= p.position <= q.end + 30]
            place = (named[0].text, named[0].place) if named else None
        elif (hosted and _SHELTERS_HOST.search(before)) or staying:
            # "Collective shelters host 190,000 of them, while 580,000 are staying with host families": where the
            # whole is, in camps or not
            place = "whole"
        elif hosted and (named := [p for p in places if p.position < q.start]):
            # "Derna accounted for 30,000 of them; the rest were displaced in Al Bayda …": the host is the subject
            place = (named[-1].text, named[-1].place)
        else:
            place = _place_for(places, q.start, None)
        if not place:
            continue
        qualifier = _qualifier_before(sentence[max(0, q.start - 200) : q.start])
        rule_names = [rules.QUANTITY_NUMBER, rules.unit_rule("part-next-sentence"), rules.term_rule("part-of-previous")]
        rule_names += [r for r in whole.rules if r.startswith(("body:", "period:"))]
        if place == "whole":
            camps = not staying or _SHELTERS_HOST_WORDS.search(sentence, q.end, q.end + 60)
            rule_names[2] = rules.term_rule("part-in-camps" if camps else "part-of-previous")
            term = Term.IN_CAMPS if camps else Term.DISPLACED
            yield replace(whole, value=q.value, value_high=None, qualifier=qualifier, term=term,
                          quote=sentence, start=offset, end=offset + len(sentence), rules=rule_names)  # fmt: skip
            continue
        rule_names.append(rules.PLACE_SENTENCE)
        region = place[1]
        yield replace(
            whole,
            value=q.value,
            value_high=None,
            qualifier=qualifier,
            location=place[0],
            region_pcode=(region.pcode or None) if region else None,
            region_id=region.region_id if region else None,
            country=(region.country or None) if region else None,
            admin1=(region.admin1 or None) if region else None,
            quote=sentence,
            start=offset,
            end=offset + len(sentence),
            rules=rule_names,
        )


# more patterns behind the same look-ahead (measured one by one: each of these scans faster so; those that did
# not are left as written)
_SCOPE_END, _ABROAD, _RUNNING_TOTAL = map(guarded, (_SCOPE_END, _ABROAD, _RUNNING_TOTAL))
_MULTIPLE, _ORIGIN_NOUN, _BRACKETED_COUNT = map(guarded, (_MULTIPLE, _ORIGIN_NOUN, _BRACKETED_COUNT))


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_ARRIVALS, _ARRIVED_FIRST, _RATIO = map(guarded, (_ARRIVALS, _ARRIVED_FIRST, _RATIO))
_REFUGEES, _PART_BEFORE = map(guarded, (_REFUGEES, _PART_BEFORE))
_SHELTER_WORD, _LIST_OF_COUNTS, _CLAUSE_SPLIT = map(guarded, (_SHELTER_WORD, _LIST_OF_COUNTS, _CLAUSE_SPLIT))
