"""The driver: sentences → quantities → units → terms and traps → places → bodies → periods → candidates →
breakdown (who the displaced are, extraction.breakdown).

Bounded work: a text is read up to MAX_TEXT_CHARS, and a sentence longer than MAX_SENTENCE_CHARS is cut into
pieces at spaces (see extraction.sentences), so every pattern runs on at most MAX_SENTENCE_CHARS characters and
the whole run is linear in the text's length whatever the text holds.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date

from extraction import rules
from extraction.bodies import _body_in, names_an_organisation, source_line, with_letters
from extraction.breakdown import attach_breakdowns
from extraction.candidates import (
    _FOLLOWS_LIST,
    _PARTS_SCOPE,
    HOUSEHOLDS_LISTED,
    MORE_CUE,
    PART_NUMBER,
    PARTS_CUE,
    Candidate,
    Drop,
    _first_term,
    _sentence_candidates,
    may_hold_figures,
    more_of_the_same,
    parts_in_next_sentence,
)
from extraction.gazetteer import Gazetteer, Place
from extraction.places import _NOT_PLACES, PlaceMention, _places_in, in_text_country
from extraction.scanning import guarded
from extraction.sentences import MAX_SENTENCE_CHARS, normalise, split_sentences
from extraction.tables import table_figures
from extraction.terms import CARRIED_CUE, TOTAL_CUE, total_of_trapped
from extraction.text import name_key
from extraction.vocab import DateAccuracy, PeriodSource, Term, Unit

# a body's name and its letters: "International Organisation for Migration (IOM)"
# a sentence saying the count of the sentence before has since changed: "That number has now nearly quadrupled to
# …", "The figure has since climbed to …", "This total has since fallen to …"
_RISEN_SINCE = re.compile(
    r"(?:That|This|The)\s+(?:number|figure|total|count|tally)\s+(?:has|had)\s+(?:(?:now|since|already|again)\s+)?"
    r"(?:(?:nearly|almost|more\s+than|roughly|about|more\s+or\s+less)\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|risen|grown|climbed|jumped|increased|swelled|soared|surged|shot\s+up|"
    r"gone\s+up|fallen|dropped|declined|decreased|come\s+down|gone\s+down)\s+to\b"
)
_NAME_AND_LETTERS = re.compile(r"(?P<name>.+?)\s*\((?P<letters>[A-Z][A-Za-z.&\-]{1,11})\)")
# a place named as where people came from: "arrived in Goma from Sake"
# (and a neighbour named as where something came from: "violence that spilled over from neighbouring Mali")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.IGNORECASE)
# a place that only says where the place before it lies: "around Kalembe, in the territory of Masisi", "in Kalembe,
# Masisi territory" (place:previous-not-container): the sentence after goes on about Kalembe
_CONTAINER_OF = re.compile(
    r",\s+(?:in\s+)?(?:the\s+)?(?:(?:territory|province|district|region|department|prefecture|county|governorate)\s+"
    r"of\s+(?:the\s+)?)?$",  # (and "…, dans la province du Ouaddaï": "in the province of the Ouaddaï")
    re.IGNORECASE,
)
_CONTAINER_KIND = re.compile(r"\s+(?:territory|province|district|region|department|prefecture|county|governorate)\b")
# "Mabanda in Makamba Province", "Masisi, North Kivu": a town written with the division that holds it, by the kind
# written with the division's name or by the division the gazetteer puts the town in (place:previous-container)
# (and "Mumbwa district of Central Province": the town's kind, then the division it is "of")
_CONTAINER_IN = re.compile(
    r"\s+(?:(?:district|county|municipality|territory|tehsil|upazila|woreda|commune)\s+of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or|&)\s|,\s+[A-Z]")
_KIND_IN_NAME = re.compile(r"\s(?:territory|province|district|region|department|prefecture|county|governorate)$", re.I)


def _holds(text: str, town, division) -> bool:
    if _KIND_IN_NAME.search(division[1]) or _CONTAINER_KIND.match(text, division[0] + len(division[1])):
        return True
    inner, outer = town[2], division[2]
    if outer is None or outer.depth != 1:
        return False
    if inner is None:  # a town no gazetteer knows, the division after it and no list going on ("…, North Kivu, and")
        return _LIST_GOES_ON.match(text, division[0] + len(division[1])) is None
    return (
        inner.depth >= 2
        and inner.country == outer.country
        and bool(inner.admin1)
        and name_key(inner.admin1) == name_key(outer.admin1 or outer.name)
    )


def _not_containers(text: str, named: list) -> list:
    kept = []
    for before, place in zip([None, *named], named, strict=False):
        if before is not None and (container := _CONTAINER_OF.match(text, before[0] + len(before[1]), place[0])):
            if "of" in container.group() or _CONTAINER_KIND.match(text, place[0] + len(place[1])):
                continue
        if (
            before is not None
            and (container or _CONTAINER_IN.match(text, before[0] + len(before[1]), place[0]))
            and _holds(text, before, place)
        ):
            continue
        kept.append(place)
    return kept or named


def _container_of_list(pool, earlier) -> tuple | None:
    """ "… 14 districts of Bihar state. The districts of Darbhanga, Madhubani and Saharsa are the worst hit. About
    4,200 people have taken shelter …": a sentence that lists several towns or districts of one division, named
    before as their container, hands the next sentence that division, not the last of the list
    (place:previous-container). `earlier` yields the places of the sentences before, nearest first."""
    listed = [p[2] for p in pool if p[2] is not None and p[2].depth >= 2 and p[2].admin1]
    if len(listed) < 2:
        return None
    for named in earlier:
        for p in named or ():
            division = p[2]
            if division is None or division.depth != 1:
                continue
            inside = sum((q.country, q.admin1) == (division.country, division.admin1) for q in listed)
            if inside >= 2 and 2 * inside >= len(pool):
                return p
    return None


def _inner_last(pool):
    """The last place named, a country giving way to a place inside it named in the same sentence: "… the people of
    Ituri, a province of the Democratic Republic of the Congo. Some 20,000 people fled …" are Ituri's."""
    inner = [
        p
        for p in pool
        if not (
            p[2] is not None
            and p[2].depth == 0
            and any(o[2] is not None and o[2].depth > 0 and o[2].country == p[2].country for o in pool)
        )
    ]
    return (inner or pool)[-1]


# a bridge, a road or a dam a place is named for: "washed away a bridge at Serighat", "blocked the road section of
# the Karnali highway", "a culvert near Bulambuli"
_WORKS_AT = re.compile(
    r"\b(?:(?:foot|suspension\s+)?bridges?|culverts?|dams?|(?:road|highway)(?:\s+section)?)\s+(?:at|near|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _only_works_named(text: str, start: int, named: list) -> bool:
    """A sentence whose places only say where a bridge, a road or a dam was hit ("Local floods washed away a bridge
    at Serighat.") gives no place to the people of the sentences after it: they take the place named before it
    (place:previous-not-works)."""
    return all(_WORKS_AT.search(text, max(start, start + p[0] - 40), start + p[0]) for p in named)


def _named_as_origin(text: str, place) -> bool:
    """ "arrived in Goma from Sake": Sake is where they came from."""
    return _FROM_BEFORE.search(text, max(0, place[0] - 24), place[0]) is not None


_DIRECTION_BEFORE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+of)?\s+(?:the\s+)?$", re.IGNORECASE
)


def _locates_another(text: str, mention, named) -> bool:
    """A place that only locates the one before it ("in Zawiya, west of Tripoli"; glossed Arabic "in Az Zawiyah
    western Tripoli"): no place the next sentence goes on about."""
    direction = _DIRECTION_BEFORE.search(text, max(0, mention[0] - 20), mention[0])
    if direction is None:
        return False
    head = len(text[: direction.start()].rstrip(" ,"))
    return any(other[0] < mention[0] and 0 <= head - other[0] - len(other[1]) <= 2 for other in named)


MAX_TEXT_CHARS = 200_000  # about 30,000 words: a long report; the rest of a longer text is not read

__all__ = ["MAX_SENTENCE_CHARS", "MAX_TEXT_CHARS", "Drop", "extract"]


def _countries_named(sentence_places: list[list | None]) -> list[str]:
    """The countries the sentences read so far name, by a country's or a division's name, most named first."""
    counts: dict[str, int] = {}
    for places in sentence_places:
        for mention in places or ():
            if mention.place is not None and mention.place.country and mention.place.depth <= 1:
                counts[mention.place.country] = counts.get(mention.place.country, 0) + 1
    return sorted(counts, key=lambda country: -counts[country])


def extract(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    published: date | None = None,
    default_body: tuple[str, int | None] | None = None,
    trace: list[Drop] | None = None,
) -> list[Candidate]:
    """Every displacement statement in `text`, in order. Deterministic for a given text and gazetteer.

    `trace`, when given a list, receives every quantity that a stage let go, with the stage and the reason."""
    gazetteer = gazetteer or Gazetteer()
    original = text[:MAX_TEXT_CHARS]
    text, mapping = normalise(original)
    candidates: list[Candidate] = []
    last_place: tuple[str, Place | None] | None = None
    last_body: tuple[str, int | None] | None = None  # the body of the last figure that named one
    last_body_at = -1  # the number of the sentence that figure stands in
    placeless: list[tuple[int, Candidate]] = []  # candidates with no place yet, by sentence number
    bodiless: list[tuple[int, Candidate]] = []  # candidates with no body (nor a default one), by sentence number
    unnamed: list[tuple[int, Candidate]] = []  # candidates whose source names no body ("a humanitarian agency said")
    sentence_places: list[list | None] = []  # None: not read yet (a sentence without a displacement word)
    sentences = split_sentences(text)

    def places_of(number: int) -> list:
        if sentence_places[number] is None:
            start, end = sentences[number]
            sentence_places[number] = _places_in(text[start:end], gazetteer)
        return sentence_places[number]

    last_figure: tuple[int, Candidate] | None = None  # the last figure read, and its sentence's number
    found_in: dict[int, list[Candidate]] = {}  # the figures each sentence gave, by sentence number
    same_as: list[tuple[Candidate, Candidate]] = []  # (more of a figure, that figure): the body comes with it

    def more_after(number, sentence, s_start, places, taken=()) -> list[Candidate]:
        """ "… fled to Sake. Many are sleeping in churches. A further 30,000 have reached the outskirts of Goma.":
        more of the last figure, read in the next sentence or the one after."""
        if last_figure is None or number - last_figure[0] > MORE_SENTENCES or not MORE_CUE.search(sentence):
            return []
        if places is None:
            places = sentence_places[number] = _places_in(sentence, gazetteer)
        whole = last_figure[1]
        more = [c for c in more_of_the_same(sentence, s_start, whole, places) if c.value not in taken]
        for candidate in more:
            candidate.start, candidate.end = mapping[candidate.start], mapping[candidate.end - 1] + 1
            candidate.quote = original[candidate.start : candidate.end]
            candidates.append(candidate)
            same_as.append((candidate, whole))
        return more

    part_sentences: set[int] = set()  # the sentences that gave parts of the figure before

    def take_parts(number, sentence, s_start, places) -> list[Candidate]:
        """The parts, by place, of the figure of the sentence before ("Borno state hosts 1,786,410 of them")."""
        parts = list(parts_in_next_sentence(sentence, s_start, whole_before[1], places))
        if parts:
            part_sentences.add(number)
        own_body = _body_in(sentence, gazetteer) if parts else None
        for candidate in parts:
            if own_body and own_body.text and own_body.rule != rules.BODY_ANAPHOR:
                # "The government has registered 98,000 of them …": the part's own source
                candidate.reporting_body, candidate.reporting_body_id = own_body.text, own_body.body_id
                candidate.rules = [r for r in candidate.rules if not r.startswith("body:")] + [own_body.rule]
            candidate.start, candidate.end = mapping[candidate.start], mapping[candidate.end - 1] + 1
            candidate.quote = original[candidate.start : candidate.end]
            candidates.append(candidate)
            if candidate.reporting_body is None:
                bodiless.append((number, candidate))
        return parts

    settled = -1  # last_place holds for every sentence up to this one
    whole_before: tuple[int, Candidate] | None = None  # the last figure of the sentence read last, and its number
    last_named: list = []  # the places of the last sentence that named any
    last_held: tuple[int, str | None] | None = None  # the last sentence about displacement, and its term if known

    def carried_from(number, sentence) -> tuple[str, str] | None:
        """(term, unit) a sentence with no displacement word of its own takes from the sentence before or the one
        before that, when it holds one (or names camps or shelters) and a neutral verb may govern a count in it
        (term:carried): "Floods displaced 12,000 people. About 3,200 households moved to schools".
        """
        if last_held is None or number - last_held[0] > CARRIED_SENTENCES:
            return None
        if not _COUNT_WORD.search(sentence) or not CARRIED_CUE.search(sentence):
            return None
        if last_figure is not None and number - last_figure[0] <= CARRIED_SENTENCES:
            return last_figure[1].term, last_figure[1].unit
        if total_of_trapped(text[slice(*sentences[last_held[0]])], sentence):
            return None  # "12,000 residents face an evacuation order. That figure is 7,300 in Victoria."
        term = last_held[1]
        if term is None:
            start, end = sentences[last_held[0]]
            term = _first_term(text[start:end]) or Term.FLED  # "Boats carrying Rohingya refugees …"
        return term, Unit.PERSON

    def households_listed(number) -> tuple[str, str] | None:
        """(term, household) for a sentence that lists households by place (unit:breakdown): the term of the
        sentence about displacement just before it, or else of the one right after it ("… Most displacements in
        the governorate were internal.")."""
        if last_held is not None and number - last_held[0] <= CARRIED_SENTENCES:
            start, end = sentences[last_held[0]]
            term = last_held[1] or _first_term(text[start:end])
        else:
            term = _first_term(text[slice(*sentences[number + 1])]) if number + 1 < len(sentences) else None
        return (term, Unit.HOUSEHOLD) if term else None

    for number, (s_start, s_end) in enumerate(sentences):
        sentence = text[s_start:s_end]
        carried = None
        if (
            found_in.get(number - 1)
            and sentence.startswith(("That ", "This ", "The "))
            and _RISEN_SINCE.match(sentence)
        ):
            # "Five days ago the agency sheltered some 22,000 people. That number has since tripled to …": the count
            # before was an earlier one, the sentence gives the one now (terms: an earlier count)
            earlier = found_in[number - 1].pop()
            candidates[:] = [c for c in candidates if c is not earlier]
            for kept in (placeless, bodiless, unnamed):
                kept[:] = [item for item in kept if item[1] is not earlier]
            if trace is not None:
                trace.append(Drop(s_start, earlier.value, "terms", "an earlier count, risen or fallen since"))
        if not may_hold_figures(sentence):
            sentence_places.append(None)  # its places are read only when a figure needs them
            parted_here = False
            if (
                not (whole_before and whole_before[0] == number - 1)
                and last_figure is not None
                and last_figure[0] == number - 2
                and _FOLLOWS_LIST.search(sentence)
            ):
                # "… 48,200 people were displaced. Most are in the north. They are spread as follows: Gao 9,100, …":
                # a list of places spreads the figure of the sentence before the one between, that gave none
                whole_before = (number - 1, last_figure[1])
            if whole_before and whole_before[0] == number - 1 and PARTS_CUE.search(sentence):
                # "… identified 2,297,148 IDPs in north-east Nigeria. Borno state hosts 1,786,410 of them."
                sentence_places[number] = _places_in(sentence, gazetteer)
                if take_parts(number, sentence, s_start, sentence_places[number]):
                    whole_before = (number, whole_before[1])  # "Of these, …" may follow again
                    parted_here = True
            more = more_after(number, sentence, s_start, sentence_places[number])
            if more:
                whole_before = last_figure = (number, more[-1])
                continue
            carried = None if parted_here else carried_from(number, sentence)
            if carried is None and "HH" in sentence and HOUSEHOLDS_LISTED.fullmatch(sentence):
                carried = households_listed(number)
            if carried is None:
                if _SHELTERS_NAMED.search(sentence):
                    last_held = (number, Term.IN_CAMPS)  # "In Cabo Delgado, 35 accommodation centres were opened."
                continue
            sentence_places.pop()  # read as any other sentence below
        else:
            if TOTAL_CUE.search(sentence):
                # "… Others went as far as Mrauk-U. In all, there were some 2,600 people, said a man helping the
                # displaced": the total of the flights before, whatever words the rest of it holds
                carried = carried_from(number, sentence)
            last_held = (number, None)
        # the sentences since the last one read that named a place: the latest of them gives the place
        for before in range(number - 1, settled, -1):
            named = places_of(before)
            if named and _only_works_named(text, sentences[before][0], named):
                continue  # "A landslide swept away a bridge at Serighat.": no place the people are in
            if named:
                known = [p for p in named if p[2] is not None]
                # "…, who arrived in Goma from Sake. She is among 135,000 people who have fled to the city": where
                # they came from is no place the next sentence goes on about (place:previous-not-origin)
                named_in = text[sentences[before][0] : sentences[before][1]]
                arrived = [
                    p
                    for p in (known or named)
                    if not _named_as_origin(named_in, p) and not _locates_another(named_in, p, named)
                ]
                arrived = _not_containers(named_in, arrived)
                last_named = named
                origins_only = all(_named_as_origin(named_in, p) for p in known or named)
                if not arrived and last_place is not None and origins_only:
                    # "In Sukkur, a school has become a relief camp. … Twenty-five families from Unar Goth are at the
                    # camp. In all, about 500 people have taken refuge in the settlement": the place before stands
                    break  # (place:previous-not-origin)
                chosen = _inner_last(arrived or known or named)
                container = _container_of_list(arrived, (places_of(k) for k in range(before, max(-1, before - 3), -1)))
                last_place = (container[1], container[2]) if container else (chosen[1], chosen[2])
                break
        places = in_text_country(
            _places_in(sentence, gazetteer), lambda: _countries_named(sentence_places), gazetteer, sentence
        )
        sentence_places.append(places)
        settled = number
        level = (
            _LEVEL_NAMED_AGAIN.search(sentence)
            if ("he " in sentence or "his " in sentence)
            and all(_named_as_origin(sentence, p) or _in_a_part(sentence, p) for p in places)
            else None
        )  # (no place of its own but where the people came from: "…, mainly from Al Jawf", or its parts' places:
        # "In this region live 16,000 refugees, including 10,000 in Tougbo")
        level_place = level and (
            _country_owning_before(sentence, level, places, gazetteer)
            or _place_of_level(level, number, places_of, lambda k: text[slice(*sentences[k])])
        )
        found = list(
            _sentence_candidates(
                sentence,
                s_start,
                gazetteer,
                places,
                level_place or last_place,
                published,
                default_body,
                trace,
                last_named,
                carried,
            )
        )
        if carried and found:
            last_held = (number, found[-1].term)
        found_in[number] = found
        for candidate in found:
            if level_place and candidate.location and _only_origin(sentence, candidate.location):
                # "It said 900 families had reached the governorate's camps, mainly from Al Jawf"
                _give_place(candidate, PlaceMention(0, *level_place, True))
            if rules.PLACE_PREVIOUS in candidate.rules and _THE_SITES.search(sentence):
                # "… returned to Sinjar district from camps in Duhok. It said 38,000 families remain in the camps.":
                # the camps named before, where they are (place:the-camps-before)
                _place_of_sites_before(candidate, text, sentences, number, places_of)
            if (
                ("he camp" in sentence or "he s" in sentence)
                and _THE_SITE.search(sentence)
                and (
                    candidate.location is None
                    or rules.PLACE_PREVIOUS in candidate.rules
                    or _only_origin(sentence, candidate.location)  # "The camp has taken in 19,000 who fled from Sudan"
                )
            ):
                _place_of_site_before(candidate, text, sentences, number, gazetteer)
            if " city" in sentence or " town" in sentence or " municipality" in sentence:
                _place_of_office_town(candidate, text, sentences, number, gazetteer)
            if rules.PLACE_PREVIOUS in candidate.rules and candidate.country and " country" in sentence:
                _country_of_town_before(candidate, sentence, sentence_places[:number])
            person = (
                _body_of_person_before(text, sentences, number, gazetteer)
                if rules.BODY_ANAPHOR in candidate.rules and _PERSON_PRONOUN.search(sentence)
                else None
            )
            if rules.BODY_ANAPHOR in candidate.rules and last_body is None and not person:
                back = max(ANAPHOR_SENTENCES, BODY_REACH.get())
                last_body = _body_named_before(text, sentences[max(0, number - back) : number], gazetteer)
            if person:
                # "…, said Jane Otieno, a coordinator for Islamic Relief. She said 4,000 families …": the person the
                # sentence before named, and the body it tied them to; none when it tied them to none
                candidate.reporting_body, candidate.reporting_body_id = person if person[0] else default_body or person
            elif rules.BODY_ANAPHOR in candidate.rules and last_body:
                nearer = _body_named_between(text, sentences, last_body_at, number, candidate, gazetteer)
                if nearer and nearer != last_body:
                    candidate.rules.append(rules.BODY_ANAPHOR_NEAREST)
                candidate.reporting_body, candidate.reporting_body_id = nearer or last_body
            elif (
                rules.BODY_ANAPHOR in candidate.rules
                and _UNNAMED_ANAPHOR.fullmatch(candidate.reporting_body or "")
                and not names_an_organisation(text[: sentences[number][0]], sentence)
            ):
                # "…, the agency said" with no agency named anywhere before: no body (a feed's own body still stands;
                # the fallbacks below may find a title's or a source line's)
                candidate.reporting_body, candidate.reporting_body_id = default_body or (None, None)
                candidate.rules.append(rules.BODY_ANAPHOR_UNNAMED)
            elif candidate.reporting_body and rules.BODY_ANAPHOR not in candidate.rules:
                if _SURNAME.fullmatch(candidate.reporting_body):
                    _body_of_surname(candidate, text, sentences, number, gazetteer)
                last_body = (candidate.reporting_body, candidate.reporting_body_id)
                last_body_at = number
        if not found and whole_before and whole_before[0] == number - 1 and PARTS_CUE.search(sentence):
            # "Derna accounted for 30,000 of them; the rest were displaced in …": a sentence with a displacement word
            # of its own that gives no figure of its own may still give parts of the figure before
            parted = bool(take_parts(number, sentence, s_start, places))
        else:
            parted = False
        if not found and not parted:
            more = more_after(number, sentence, s_start, places)
            if more:
                whole_before = last_figure = (number, more[-1])
                continue
        elif found:  # "Thousands have reached Sennar and Gedaref, and some 13,000 have crossed into Kassala"
            more_after(number, sentence, s_start, places, taken={c.value for c in found})
        for candidate in found:  # offsets and quote in the original text
            candidate.start, candidate.end = mapping[candidate.start], mapping[candidate.end - 1] + 1
            candidate.quote = original[candidate.start : candidate.end]
            candidates.append(candidate)
            if candidate.location is None:
                placeless.append((number, candidate))
            if candidate.reporting_body is None and rules.BODY_GENERIC not in candidate.rules:
                bodiless.append((number, candidate))
            elif candidate.reporting_body and _UNNAMED_BODY.fullmatch(candidate.reporting_body):
                unnamed.append((number, candidate))
        whole_before = (number, found[-1]) if found else (number, whole_before[1]) if parted else None
        if found:
            last_figure = whole_before
        if found and found[-1].location:
            # "22 of the displaced had returned": the place of the figure before, not the last name in its sentence
            last_place = (found[-1].location, gazetteer.lookup(found[-1].location))
        elif places:
            inner = _not_containers(sentence, places) if len(places) > 1 else places
            known = [p for p in inner if p[2] is not None]
            arrived = [
                p
                for p in (known or inner)
                if not _named_as_origin(sentence, p) and not _locates_another(sentence, p, places)
            ]
            chosen = _inner_last(arrived or known or inner)
            last_place = (chosen[1], chosen[2])
        if places:
            last_named = places
    if "|" in text or "\t" in text or "  " in text:
        _add_table_figures(text, original, mapping, sentences, gazetteer, published, default_body, candidates, bodiless)
    chained: dict[int, tuple[str, int | None]] = {}  # sentences whose figures took a body:paragraph
    titled: list = []  # the title's match naming a body (or None), once a figure needs it
    for number, candidate in bodiless:
        if cited := _REPORT_CITED.search(text, *sentences[number]):
            candidate.reporting_body, candidate.reporting_body_id = cited.group("body"), None
            candidate.rules.append(rules.BODY_CITATION)
            continue
        _body_from_next_citation(candidate, text, sentences, number, gazetteer)
        if candidate.reporting_body is None and ('"' in text or "“" in text):
            _body_closing_quote(candidate, text, sentences, number, gazetteer)
        if candidate.reporting_body is None and ('"' in text or "”" in text):
            _body_of_titled_speaker(candidate, text, sentences, number)
        if candidate.reporting_body is None:
            _body_continued(candidate, text, sentences, number, gazetteer)
        if candidate.reporting_body is None:
            _body_of_continuation(candidate, text, sentences, number, gazetteer)
        if candidate.reporting_body is None:
            _body_from_header(candidate, text, sentences, number)
        if candidate.reporting_body is None:
            _body_said_this(candidate, text, sentences, number, gazetteer)
        if candidate.reporting_body is None:
            _body_this_was_by(candidate, text, sentences, number, gazetteer)
        if candidate.reporting_body is None:
            _body_cited_next(candidate, text, sentences, number, gazetteer)
        if candidate.reporting_body is None and number + 1 in found_in:
            _body_of_parts_next(candidate, found_in[number + 1])
        if candidate.reporting_body is None and _UNNAMED_SAID.search(text, *sentences[number]):
            # "…, a local coordination body said Saturday. … the General Coordination for … said in a statement"
            _body_named_next(candidate, text, sentences, number, gazetteer)
        if candidate.reporting_body is None and not titled:
            titled.append(_title_body(text, gazetteer))  # the text's title alone decides: read once a text
        if candidate.reporting_body is None and (title := titled[0]):
            candidate.reporting_body = title.group("body") or title.groupdict().get("dated")
            candidate.reporting_body_id = None
            candidate.rules.append(rules.BODY_TITLE)
        if candidate.reporting_body is None:
            _body_of_paragraph(candidate, text, sentences, number, gazetteer, chained)
            if candidate.reporting_body is not None:
                chained[number] = (candidate.reporting_body, candidate.reporting_body_id)
    for number, candidate in unnamed:
        _body_named_next(candidate, text, sentences, number, gazetteer)
    for candidate, whole in same_as:
        if candidate.reporting_body is None and whole.reporting_body:
            candidate.reporting_body, candidate.reporting_body_id = whole.reporting_body, whole.reporting_body_id
            candidate.rules.append(rules.BODY_CONTINUED)
    for number, candidate in placeless:
        if number < 2 and _place_of_dateline(candidate, text, sentences, number, gazetteer):
            continue
        if number + 1 in part_sentences:
            continue  # "… across the north-east. Derna accounted for 30,000 of them": a part's place is no whole's
        following = range(number + 1, min(number + 1 + NEXT_SENTENCES, len(sentences)))
        _place_from_next_sentences(candidate, [places_of(n) for n in following])
    if "(" in text:
        for candidate in candidates:
            name_and_letters(candidate, text, gazetteer)
    attach_breakdowns(original, candidates)
    return candidates


def name_and_letters(candidate: Candidate, text: str, gazetteer: Gazetteer, french: bool = False) -> None:
    """A body the text writes with its letters in brackets is kept as both, "Name (LETTERS)" (a labeller may have
    written either); its id from either part (body:name-and-letters)."""
    joined = with_letters(text, candidate.reporting_body or "", gazetteer, french)
    if joined is not None:
        candidate.reporting_body = joined
        if rules.BODY_NAME_AND_LETTERS not in candidate.rules:
            candidate.rules.append(rules.BODY_NAME_AND_LETTERS)
    both = _NAME_AND_LETTERS.fullmatch(candidate.reporting_body or "")
    if both:
        # the letters, else the whole name, before the id its first words gave ("United Nations refugee office
        # (UNHCR)" is UNHCR, not the United Nations)
        for part in (both.group("letters"), both.group("name"), "the " + both.group("name")):
            if (entry := gazetteer.bodies.get(name_key(part))) and entry[0] is not None:
                candidate.reporting_body_id = entry[0]
                break


def _add_table_figures(text, original, mapping, sentences, gazetteer, published, default_body, candidates, bodiless):
    """The figures of the text's tables (extraction.tables), in their place among the candidates; a row that gave
    candidates as a sentence gives none again."""
    taken = [(c.start, c.end) for c in candidates]
    for figure in table_figures(text, sentences):
        start, end = mapping[figure.row[0]], mapping[figure.row[1] - 1] + 1
        if any(s < end and start < e for s, e in taken):
            continue
        place = gazetteer.lookup(figure.place)
        candidate = Candidate(
            value=figure.value,
            value_high=None,
            qualifier="exact",
            unit=figure.unit,
            term=figure.term,
            category="flow" if figure.term in (Term.FLED, Term.EVACUATED, Term.RETURNED) else "stock",
            location=figure.place,
            region_pcode=(place.pcode or None) if place else None,
            reporting_body=default_body[0] if default_body else None,
            reporting_body_id=default_body[1] if default_body else None,
            quote=original[start:end],
            start=start,
            end=end,
            region_id=place.region_id if place else None,
            period_start=published,
            period_end=published,
            period_accuracy=DateAccuracy.PUBLISHED if published else None,
            period_source=PeriodSource.PUBLISHED if published else None,
            country=(place.country or None) if place else None,
            admin1=(place.admin1 or None) if place else None,
            rules=[rules.QUANTITY_NUMBER, rules.unit_rule("table"), rules.term_rule("table"), rules.PLACE_SENTENCE],
        )
        if published:
            candidate.rules.append(rules.PERIOD_PUBLISHED)
        number = next(i for i, (s, e) in enumerate(sentences) if s <= figure.row[0] < e)
        if default_body is None:
            bodiless.append((number, candidate))
        candidates.append(candidate)
    candidates.sort(key=lambda c: c.start)


CARRIED_SENTENCES = 2  # how far after a sentence about displacement one with no such word may go on from it
_COUNT_WORD = re.compile(r"\d|\b(?:thousands|hundreds|dozens|millions)\b", re.IGNORECASE)
# camps or shelters named in a sentence with no displacement word: the next may say whom they hold
_SHELTERS_NAMED = guarded(
    re.compile(
        r"\b(?:(?:accommodation|evacuation|collective|transit|reception|relief|welfare|care)\s+cent(?:re|er)s?|"
        r"(?:displacement|IDP|relocation)\s+sites?|camps?|shelters?)\b",
        re.IGNORECASE,
    )
)
MORE_SENTENCES = 2  # how far after a figure a sentence may count more of it ("A further 30,000 have reached Goma")
NEXT_SENTENCES = 2  # how far ahead a figure with no place before it looks for one
SOURCE_LINE_SENTENCES = 4  # how far ahead a figure with no body looks for a source line closing its paragraph
ANAPHOR_SENTENCES = 3  # how far back "the agency said" looks for the body it names again
PARAGRAPH_SENTENCES = 2  # how far back in its paragraph a figure with no source of its own looks for a body
# how far back both look when the text names its body once for the figures after it: Arabic reporting names it at
# the head of the report, and its lines go on without naming it again until another body is named (set by
# extraction.languages; the English conventions above when unset)
BODY_REACH: ContextVar[int] = ContextVar("body_reach", default=0)
# the nouns "the agency said" names a body by that name nothing else gives ("the government", "the ministry" are
# bodies of their own by the conventions)
_UNNAMED_ANAPHOR = re.compile(
    r"(?i:agency|organi[sz]ation|office|body|group|charity|network|coalition|federation|institute|society)"
)


def _body_from_next_citation(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """A figure with no body takes a dated citation that closes one of the next sentences of its paragraph: reports
    often cite once for a statement of several sentences ("… displaced 3,000 people. Most found shelter with
    relatives (OCHA, 2 March 2017)."). A source line ("Source: IOM DTM") a few sentences on, closing the figure's
    paragraph or standing as the next one, names the body of every figure above it that names none."""
    end = sentences[number][1]
    for index, (start, stop) in enumerate(sentences[number + 1 : number + 1 + SOURCE_LINE_SENTENCES]):
        source = source_line(text[start:stop], gazetteer)
        if source:
            candidate.reporting_body, candidate.reporting_body_id = source
            candidate.rules.append(rules.BODY_SOURCE_LINE)
            return
        if "\n\n" in text[end:start]:
            return  # another paragraph
        if index < NEXT_SENTENCES:
            mention = _body_in(text[start:stop], gazetteer)
            if mention and mention.rule == rules.BODY_CITATION and _DATED_CITATION.search(text[start:stop]):
                candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
                candidate.rules.append(rules.BODY_CITATION_AFTER)
                return
        end = stop


QUOTE_SENTENCES = 3  # how far on a quotation a figure stands in may close
_OPENS_QUOTE = re.compile(r"\s*[\"“]")
# the quotation closed and its speaker after it: '…," said the Red Crescent.', '…," the mayor added.'
_QUOTE_CLOSED = re.compile(
    r"[,.!?][\"”](?=\s+[^\"“”\n]{0,80}?\b(?:said|says|added|adds|explained|noted|stressed|told|according\s+to)\b)"
)


def _body_closing_quote(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """ "“Since Monday, 5,300 people have fled to Kassala. Many sleep in the open,” said the Red Crescent.": a figure
    with no body, in a sentence that opens a quotation or stands inside one, takes the speaker who closes it a few
    sentences on in its paragraph (no other quotation mark between)."""
    start = sentences[number][0]
    paragraph = text.rfind("\n\n", 0, start) + 1
    before = text[paragraph:start]
    inside = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    if not inside and not _OPENS_QUOTE.match(text, start):
        return
    begin = _OPENS_QUOTE.match(text, start).end() if _OPENS_QUOTE.match(text, start) else start
    for index in range(number + 1, min(len(sentences), number + 1 + QUOTE_SENTENCES)):
        s_start, s_end = sentences[index]
        if "\n\n" in text[sentences[index - 1][1] : s_start]:
            return
        closed = _QUOTE_CLOSED.search(text, s_start, s_end)
        stop = closed.start() + 1 if closed else s_end
        if any(mark in text[begin:stop] for mark in '"“”'):
            return  # another quotation between
        if closed:
            mention = _body_in(text[s_start:s_end], gazetteer)
            if mention and mention.text and mention.rule not in (rules.BODY_ANAPHOR, rules.BODY_GENERIC):
                candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
                candidate.rules.append(rules.BODY_QUOTED)
            return


# a quotation closed by its speaker's surname alone: '…,” Smirnov said', '…," said Smirnov'
_SURNAME_CLOSES = re.compile(
    r"[,!?][\"”]\s+(?:(?P<surname>[A-Z][a-z'’\-]{2,20})\s+(?:said|says|added|told)\b|said\s+(?P<after>[A-Z][a-z'’\-]{2,20})"
    r"(?=\s*[.,]))"
)
# an office before a person's name: "Acting Lida region Governor", "Lida district head", "Interior Minister"
_OFFICE_BEFORE_NAME = (
    r"(?:(?:[A-Z][\w'’\-]*|region|regional|province|provincial|state|district|county|city|oblast|deputy|acting)\s+)"
    r"{0,4}(?i:governor|mayor|minister|commissioner|prefect|director|spokes(?:man|woman|person)|chief|head|"
    r"administrator|collector)\s+(?:[A-Z][\w'’.\-]+\s+){1,3}"
)


def _body_of_titled_speaker(candidate: Candidate, text: str, sentences, number: int) -> None:
    """ "Acting Lida region Governor Ivan Orlov spoke on Monday. “So far 3,000 people have left,” Orlov said.": a
    quotation closed by a surname alone, the person named in full after an office in one of the three sentences
    before: that office-holder (body:titled-speaker); a surname the text tied to no office gives none."""
    closes = _SURNAME_CLOSES.search(text, *sentences[number])
    if not closes:
        return
    surname = closes.group("surname") or closes.group("after")
    titled = re.compile(r"(?<![\w'’-])" + _OFFICE_BEFORE_NAME + re.escape(surname) + r"\b")
    full_name = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]+\s+(?:[A-Z][\w'’.-]+\s+){0,2}" + re.escape(surname) + r"\b")
    for before in range(number - 1, max(-1, number - 4), -1):
        start, end = sentences[before]
        if not full_name.search(text, start, end):
            continue
        office = titled.search(text, start, end)
        if office:
            candidate.reporting_body, candidate.reporting_body_id = office.group(), None
            candidate.rules.append(rules.BODY_TITLED_SPEAKER)
        return


# a connective opening the sentence before the organisation that acts in it: "In addition, DTM monitored …"
_CONNECTIVE = re.compile(r"\s*(?:In\s+addition|Additionally|Meanwhile|Separately|Also|Moreover),\s+")


# a paragraph that opens on a part of the figures before it (body:continued across the paragraph break)
_OF_THOSE_OPENS = re.compile(r"\s*(?:Of|Among)\s+(?:these|them|those)\b")
# a sentence that goes on from the one before it: its figures are that sentence's source's too
_CONTINUES = re.compile(
    # a list's bullet before it: "• Around 19,000 of them are staying in …"
    r"\s*(?:[-–•*▪]\s+)?(?:Of\s+(?:these|them|those|this(?:\s+(?:number|total|figure)|(?=,))|the\s+total)|Among\s+(?:them|these|those)|"
    r"(?:This|The\s+figure|The\s+total|The\s+number)\s+includes?|These\s+include|Including|Most\s+of\s+them|"
    r"(?:This|That)\s+(?:brings|takes|raises|pushes)\s+the|"  # a running total of the figure before
    r"(?:An?\s+)?(?:further|additional)|Another|In\s+addition|The\s+(?:remaining|rest)|"
    # "The worst-hit districts are Chikwawa (3,100 displaced) and Nsanje (2,400)": the places of the figure before
    r"(?:Among\s+the|The)\s+(?:hardest|worst|most)[- ](?:hit|affected)\b|"
    # "In Yen Bai province alone, 7,700 households were moved": a part of the figure before
    r"In\s+[^,.;]{2,60}?\s+alone(?=,)|"
    # "Some 598,000 of them are in relief camps", "As of 20 September, 94,000 of them had returned", "Some 5,600 of
    # the displaced are housed in …", "At least 1,900 of these families lost their shelters", "An estimated 60,000 of
    # them have crossed …"
    r"(?:(?:As\s+of|By|Since|On)\s+[^,.;]{1,30},\s*)?(?:(?:Some|About|Around|Nearly|Almost|Over|More\s+than|At\s+least|"
    r"An\s+estimated|Up\s+to|Roughly|Approximately|Close\s+to)\s+)?"
    + PART_NUMBER
    + r"\s+of\s+(?:them|these|those|the\s+(?:displaced|IDPs|evacuees|returnees)))\b"
)


# a sentence that opens by naming who reports what follows: "The Sudanese Red Crescent reported that heavy rain …"
_FRAMES = re.compile(
    # a heading before it: "Niger: Floods — According to the Ministry …", "Cuba: Hurricane Oscar — Civil Defence …"
    r"\s*(?:[A-Z][\w'’ -]{0,30}:\s+(?:[^—–:\n]{0,40}\s[—–]\s+)?)?"
    r"(?:According\s+to\b|(?:As\s+)?[Pp]er\s+(?:the\s+)?(?=[A-Z])|"
    # "CONRED: …", "Vanuatu NDMO: …": an agency's letters heading the sentence
    r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]?[A-Z][A-Za-z]{0,6}(?:\s+[A-Z][\w'’-]+){0,2}:\s|"
    r"(?:The\s+)?[A-Z][\w'’&.\-]*(?:\s+[\w'’&().\-]+){0,8}?\s+(?:has\s+|have\s+)?"
    r"(?:reported|reports|said|says|stated|announced|indicated|informed|warned)\s+(?:on\s+\w+(?:\s+\w+)?\s+)?"
    r"that\b)"
)


_PART_OF_THEM = re.compile(r"\d\s+of\s+(?:them|these|those)\b(?!\s+who\b)", re.IGNORECASE)


def _body_continued(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """ "The DMC reports that 7,520 families have been affected. Of these, 1,240 families are displaced": a figure
    with no body, in a sentence that goes on from the one before in its paragraph, or after a sentence that opens
    by naming who reports ("The Red Crescent reported that …"), takes that sentence's body."""
    if number == 0:
        return
    start, end = sentences[number - 1]
    if not (
        _CONTINUES.match(text, sentences[number][0])
        or _FRAMES.match(text, start, end)
        # "UNHCR counts 80,000 Malians still uprooted. In Mopti, 9,000 of them live in camps": a part of the people
        # the sentence before counted
        or _PART_OF_THEM.search(text, *sentences[number])
    ):
        return
    if "\n\n" in text[end : sentences[number][0]] and not _OF_THOSE_OPENS.match(text, sentences[number][0]):
        return  # a new paragraph, unless it opens on a part of the one before ("Of those who returned, …")
    before = number - 1
    while (
        before > 0
        and number - before < 3
        and _CONTINUES.match(text, start)
        and not _body_in(text[start:end], gazetteer)
    ):
        # "OCHA said … 50,000 people. Of these, 36,000 … Another 4,000 …": back through the sentences going on
        before -= 1
        if "\n\n" in text[sentences[before][1] : start]:
            return
        start, end = sentences[before]
    mention = _body_in(text[start:end], gazetteer)
    if (
        not (mention and mention.text)
        and before > 0
        and before < number
        and _CONTINUES.match(text, sentences[number][0])
        and _FRAMES.match(text, *sentences[before - 1])
        and "\n\n" not in text[sentences[before - 1][1] : start]
    ):
        # "BNPB: … killed nine people. As of Wednesday, 10,295 people had been evacuated …. A further 3,400 …": the
        # sentence gone on from took its body from the frame before it
        mention = _body_in(text[slice(*sentences[before - 1])], gazetteer)
    if mention and mention.rule == rules.BODY_ANAPHOR:
        # "The Red Cross said … . Its volunteers helped move 3,400 families … . Another 1,100 families …": the body
        # the sentence gone on from names again
        named = _body_named_before(text, sentences[max(0, before - ANAPHOR_SENTENCES) : before], gazetteer)
        if named:
            candidate.reporting_body, candidate.reporting_body_id = named
            candidate.rules.append(rules.BODY_CONTINUED)
        return
    if mention and mention.text and mention.rule != rules.BODY_ANAPHOR:
        candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
        candidate.rules.append(rules.BODY_CONTINUED)


# a list's header naming its source: "New displacement this week (DTM):", "Arrivals by state (UNHCR, 5 May):"
_HEADER_SOURCE = re.compile(
    # "(DSWD DROMIC #8):", "(NDRRMC Report No. 7):": a numbered report of the body
    r"\((?P<body>[A-Z][A-Za-z&\-]{1,11}(?:\s+[A-Z][A-Za-z&\-]{1,15}){0,2})(?:\s+(?:No\.?\s*|#)\d{1,4})?(?:,[^()]{1,30})?\)"
    r"\s*:\s*$"
)
_LIST_LINE = re.compile(r"\s*(?:[-–•*▪]|\d{1,2}[.)])\s")


# a report's title opening the text, its publisher's letters first: "DTM Sudan Flash Update 67:", "DSWD DROMIC
# Report #12:", "OCHA Situation Report No. 5 -"; or a title line of its own ("Fiji NDMO Situation Report 3 – TC Mal",
# "IOM DTM Haiti — Displacement Situation Report, Round 7 (June 2024)", "Protection Cluster DRC – Protection Analysis
# Update, February 2024", "ECHO Daily Flash of 14 March 2024", "UNHCR Briefing Notes."); a country's or a storm's
# letters are no publisher ("DRC", "TC")
_TITLE_LETTERS = r"(?!(?:DRC|CAR|USA|UK|UAE|OPT|TC|TS|STS|TD|TY|MV)\b)[A-Z][a-z]?[A-Z][A-Za-z]{0,6}"
_REPORT_WORDS = (
    r"(?:Flash\s+(?:Update|Alert)|Daily\s+Flash|Situation\s+(?:Report|Update)|Sit[Rr]ep|[Uu]pdate|[Rr]eport|[Bb]ulletin|"
    r"Snapshot|Briefing\s+Notes?|Tracking|Survey|Assessment|"
    # "Iraq – DTM Master List Round 133 (…)", "UNHCR Myanmar Emergency Overview Map: …", "… Dashboard", "… Factsheet"
    r"Master\s+List|Overview\s+Map|Dashboard|Fact\s*[Ss]heet|Emergency\s+Appeal|Preliminary\s+Data|Key\s+Figures)"
)
_REPORT_TITLE = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+)?(?P<body>" + _TITLE_LETTERS + r"(?:\s+" + _TITLE_LETTERS + r"){0,2}(?:\s+Cluster)?|"
    # "Emergency Shelter and NFI Cluster", "Shelter/NFI Cluster", "Protection Sector"
    r"[A-Z][\w/]*(?:\s+(?:and|&|[A-Z][\w/]*)){0,4}\s+(?:Cluster|Sector))\s+"
    # the title's words: names, a year, a dash, its kind in lower case ("ASDMA daily flood report, 4 July", "– Herat
    # earthquakes update")
    r"(?:(?:[A-Z][\w'’-]+:?|\([A-Z]{2,8}\)|[–—-]|(?:19|20)\d\d|daily|weekly|monthly|flood|floods|monsoon|cyclone|"
    r"drought|emergency|humanitarian|situation|displacement|rapid|flash|preliminary|interim|special|earthquakes?|"
    r"storm|conflict|response|winter|crisis)\s+){0,6}?" + _REPORT_WORDS + r"\b"
    # "…: 5,340 households …", "UNHCR Briefing Notes. …", or the line ends ("… Report No. 3", "COPECO update (…) on …:")
    r"(?:\s*(?:(?:No\.?|Number|#)\s*)?\d{0,4}\s*[:\-–—]\s|(?<=Notes)\.\s|"
    # "… Report No. 4 for Cyclone Tej: …", "… Update on the floods in Sindh: …"
    r"\s*(?:(?:No\.?|Number|#)\s*\d{1,4}\s+)?(?:for|on)\s+[^\n:.;]{1,50}:\s|(?<=Note)\.\s|"
    r"(?:[^\n.:;]|(?<=No)\.|(?<=\d):(?=\d\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){0,100}:?[ \t]*\n)"
)


# a title line of its own whose publisher comes after the place or the crisis: "South Sudan: Sudan Situation – UNHCR
# Operational Update, 1–14 March 2024", "Yemen: CCCM Cluster – Rapid Displacement Tracking, June 2024"
_TITLE_LINE = re.compile(
    r"[^\n.]{0,80}?(?:[:–—|]|\s-)\s+" + _REPORT_TITLE.pattern.removeprefix(r"\s*(?:[A-Z][a-z]+\s+)?")
)
# a title line closed by its publisher in brackets: "Chad: Floods – Flash Update (OCHA, 26 September 2024)"
_TITLE_CITED = re.compile(
    r"[^\n]{0,100}?\b"
    + _REPORT_WORDS
    + r"\b[^\n()]{0,40}\((?P<body>"
    + _TITLE_LETTERS
    + r")(?:,[^()\n]{1,30})?\)[ \t]*\n"
    # or a title with no report word, cited with a date: "Sri Lanka: Severe weather (DMC, 3 June 2024)"
    + r"|[^\n.]{0,100}?\((?P<dated>"
    + _TITLE_LETTERS
    + r"),[^()\n]{0,20}\b(?:19|20)\d\d\)[ \t]*\n"
)

# a heading of the publisher's letters, the country and a place or a round, closed by a colon: "CCCM Cluster Yemen –
# Marib: 1,245 …", "IOM DTM Iraq, Master List Round 135: …", "Sri Lanka DMC, 6pm update: …" (body:title)
_TITLE_HEADING = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+){0,2}(?P<body>" + _TITLE_LETTERS + r"(?:\s+" + _TITLE_LETTERS + r"){0,2}(?:\s+Cluster)?|"
    r"[A-Z][a-z]+\s+Cluster)(?:\s+[A-Z][\w'’-]+){0,3}\s*(?:(?:,|\s[–—-])\s*[^\n:.;]{1,60})?:\s"
)

# a statement headed by its speaker: "Government of Fiji statement: …", "UNHCR spokesperson: …" (body:title)
_TITLE_SPEAKER = re.compile(
    r"\s*(?P<body>" + _TITLE_LETTERS + r"|Government\s+of(?:\s+(?:the\s+)?[A-Z][\w'’-]+){1,3})\s+"
    r"(?:statement|spokes(?:person|man|woman)|press\s+release)\s*:\s"
)

# a numbered report of a body cited in brackets in the figure's own sentence: "… stay with kin (DSWD DROMIC Report
# #7).", "(NDRRMC Situational Report No. 5)" (body:citation)
_REPORT_CITED = re.compile(
    r"\((?P<body>" + _TITLE_LETTERS + r")(?:\s+[A-Z][A-Za-z]{1,15}){0,2}\s+"
    r"(?:(?:Situation(?:al)?\s+)?(?:Report|Update|Sitrep|Bulletin)\s+)?(?:No\.?\s*|#)\d{1,4}\)"
)


# a title line of the publisher's letters and the country or place it reports on: a line of its own, perhaps with the
# kind of report or a date in brackets, or closed by a dash: "DTM Mali.", "OCHA Burkina Faso, situation report.",
# "DTM Somalia,\n…", "IOM DTM Chad – Since June, …", "DMC Sri Lanka (5 June, 18:00)\n…" (body:title)
_TITLE_PUBLISHER_PLACE = re.compile(
    r"\s*(?P<body>" + _TITLE_LETTERS + r"(?:\s+" + _TITLE_LETTERS + r")?)\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:\s+[–—]\s|\s*\([^()\n]{1,30}\)[ \t]*\n|(?:\s*[,:–—-]\s*[^\n.:;]{1,60})?\.?[ \t]*\n|\s*,[ \t]*\n)"
)


# or the place first: "Burkina Faso : OCHA, rapport de situation n° 12", "Mali – DTM"
_TITLE_PLACE_PUBLISHER = re.compile(
    r"\s*(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*[:–—]\s*(?P<body>" + _TITLE_LETTERS + r")"
    r"(?:\s*,\s*[^\n.:;]{1,60})?\.?[ \t]*\n"
)


def _title_body(text: str, gazetteer: Gazetteer) -> re.Match | None:
    """The title heading the text that names who published it (body:title), none when it is a dateline."""
    title = (
        _REPORT_TITLE.match(text)
        or _TITLE_LINE.match(text)
        or _TITLE_CITED.match(text)
        or _TITLE_HEADING.match(text)
        or _TITLE_SPEAKER.match(text)
        or _title_publisher_place(text, gazetteer)
    )
    return title if title and not _dateline(title.group("body"), gazetteer) else None


def _title_publisher_place(text: str, gazetteer: Gazetteer) -> re.Match | None:
    """The heading of a publisher and the country or place it reports on, when those words name a place."""
    title = _TITLE_PUBLISHER_PLACE.match(text) or _TITLE_PLACE_PUBLISHER.match(text)
    if title is None or gazetteer.lookup(title.group("place")) is None:
        return None
    body = title.group("body")  # letters a place is also known by ("DTM") count when they are a body's
    return None if gazetteer.lookup(body) and name_key(body) not in gazetteer.bodies else title


# the sentence after naming who said what the one before reports: "… have been moved to Sumy. The mayor of the
# town, Pavel Orlov, said this on the radio", "SEMA's spokesperson, Mr. Ali Bako, made the announcement in a
# briefing" (the verb and what it points back to, after the speaker)
_SAID_THIS = re.compile(
    r"(?:[^.;:!?\"“”\n]|(?:(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bLt)|(?<=\bGen)|(?<=\bCol))\.){3,120}?"
    r"(?=\s(?:(?:said|stated|disclosed|revealed|announced|confirmed|made)\s+(?:this|these\s+figures|"
    r"the\s+(?:announcement|disclosure|figures?|remarks?))\b|"
    # or goes on about the same people: "The PDRRMO said the affected families are from …"
    r"(?:said|stated|added|noted)\s+(?:that\s+)?the\s+(?:affected|displaced|evacuated)\s+(?:families|people|residents|"
    r"households|persons|individuals)\b|"
    # or only names who reported it, as translated wire copy closes a report: "… were moved to Osh. The press
    # service of the Emergencies Ministry reported."
    r"(?:reported|informed|said|stated|announced)\s*\.?\s*$))"
)


def _body_said_this(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """A figure with no body takes the speaker of the next sentence when that sentence says it said this."""
    if number + 1 >= len(sentences):
        return
    start, stop = sentences[number + 1]
    said = _SAID_THIS.match(text, start, stop)
    if not said:
        return
    mention = _body_in(said.group().rstrip() + " said.", gazetteer)
    if mention and mention.text and mention.rule not in (rules.BODY_ANAPHOR, rules.BODY_GENERIC):
        candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
        candidate.rules.append(rules.BODY_SAID_THIS)


# the sentence after, in the passive, naming who gave what the one before reports: "This was reported by the head of
# the regional military administration, Ivan Petrenko, on the telethon", "This was announced on Friday during a
# briefing by the State Emergency Service" (its words up to "by" may say when and where)
_THIS_WAS_BY = re.compile(
    r"\s*(?:This|That|It|The\s+(?:information|news|figure|data))\s+was\s+(?:first\s+)?(?:reported|stated|announced|"
    r"said|disclosed|confirmed|revealed|communicated|made\s+(?:known|public))\b[^.;!?\n\"“”]{0,80}?\sby\s+"
    r"(?P<who>[^.;!?\n\"“”]{3,120})"
)
# where the speaker's name ends: an aside, or when, where and how they spoke ("…, Ivan Petrenko, on the air of")
_SPEAKER_ENDS = re.compile(r",|\s(?:during|on|at|in\s+(?:a|an|the|his|her)|via|through|while|as)\s")


def _body_this_was_by(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """A figure with no body takes whom the next sentence names in the passive as having given it ("This was
    reported by …"); a news agency relaying it is no body (body:this-was-by)."""
    if number + 1 >= len(sentences):
        return
    start, stop = sentences[number + 1]
    said = _THIS_WAS_BY.match(text, start, stop)
    if not said:
        return
    who = said.group("who")
    if end := _SPEAKER_ENDS.search(who):
        who = who[: end.start()]
    mention = _body_in(who.strip() + " said.", gazetteer)
    if mention and mention.text and mention.rule not in (rules.BODY_ANAPHOR, rules.BODY_GENERIC):
        candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
        candidate.rules.append(rules.BODY_THIS_WAS_BY)


def _body_cited_next(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """ "… ont fui Djibo. Selon l'OCHA, la plupart vivent chez des proches": a figure with no body takes the source
    the next sentence of its paragraph cites ("according to X", "said X") when that sentence gives no number of its
    own ("X said schools would stay closed" is X's own news, not a source for the figure before)."""
    if number + 1 >= len(sentences):
        return
    start, stop = sentences[number + 1]
    if "\n\n" in text[sentences[number][1] : start] or _ANY_DIGIT.search(text, start, stop):
        return
    mention = _body_in(text[start:stop], gazetteer)
    if mention and mention.text and mention.rule == rules.BODY_AFTER_CUE:
        candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
        candidate.rules.append(rules.BODY_CITED_NEXT)


_ANY_DIGIT = re.compile(r"\d")


def _body_of_parts_next(candidate: Candidate, parts: list[Candidate]) -> None:
    """ "At least 273 families were evacuated.\n\nThe City Information Office said 163 families in Lumbia and 110
    in Agusan were moved": a figure with no body takes the source of the next sentence when that sentence's own
    figures, two or more of one body and unit, add up to it (body:cited-next)."""
    own = [p for p in parts if p.reporting_body and p.unit == candidate.unit and not _carried_body(p)]
    if (
        len(own) >= 2
        and len(own) == len(parts)
        and len({p.reporting_body for p in own}) == 1
        and sum(p.value for p in own) == candidate.value
    ):
        candidate.reporting_body, candidate.reporting_body_id = own[0].reporting_body, own[0].reporting_body_id
        candidate.rules.append(rules.BODY_CITED_NEXT)


def _carried_body(candidate: Candidate) -> bool:
    return any(
        r in candidate.rules
        for r in (rules.BODY_PARAGRAPH, rules.BODY_CONTINUED, rules.BODY_ANAPHOR, rules.BODY_TITLE, rules.BODY_GENERIC)
    )


# a source that names no body, only its kind: "a humanitarian agency", "a local coordination body", "a UN agency"
_UNNAMED_BODY = re.compile(
    r"an?\s+(?:(?:UN|[a-z][\w-]*)\s+){0,3}(?:agency|organi[sz]ation|body|group|charity|NGO|aid\s+group)"
)

_UNNAMED_SAID = re.compile(
    r",\s+an?\s+(?:(?:UN|[a-z][\w-]*)\s+){0,3}(?:agency|organi[sz]ation|body|group|charity|NGO)\s+(?:said|says|reported)\b"
)


def _body_named_next(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """ "… and 12,000 made homeless by the rains …, an aid group said on Monday. The Uganda Red Cross Society
    said 15 people had died …": a source naming only its kind takes the body the next sentence names."""
    if number + 1 >= len(sentences):
        return
    start, stop = sentences[number + 1]
    mention = _body_in(text[start:stop], gazetteer)
    if mention and mention.text and mention.rule == rules.BODY_BEFORE_CUE and not _UNNAMED_BODY.fullmatch(mention.text):
        candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
        candidate.rules = [r for r in candidate.rules if not r.startswith("body:")] + [rules.BODY_NAMED_NEXT]


def _dateline(name: str | None, gazetteer: Gazetteer) -> bool:
    """ "PETALING JAYA: The number of flood evacuees …": a town's name in capitals heading the text is where it was
    written, not who published it (a name of two words, or of more than five letters: an agency's letters are short)"""
    return bool(name) and name.isupper() and (" " in name or len(name) > 5) and gazetteer.lookup(name) is not None


def _body_from_header(candidate: Candidate, text: str, sentences, number: int) -> None:
    """ "New displacement this week (DTM):\n- Kassala: 12,400 IDPs": a list line with no body takes the source its
    list's header names, the header standing just above the list's lines."""
    if not _LIST_LINE.match(text, sentences[number][0]):
        return
    for before in range(number - 1, max(-1, number - 12), -1):
        start, stop = sentences[before]
        if "\n\n" in text[stop : sentences[before + 1][0]]:
            return
        if _LIST_LINE.match(text, start):
            continue
        header = _HEADER_SOURCE.search(text, start, stop)
        if header:
            candidate.reporting_body, candidate.reporting_body_id = header.group("body"), None
            candidate.rules.append(rules.BODY_HEADER)
        return


def _body_of_continuation(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """ "The flood displaced an estimated 414,000 people. Of these, about 120,000 are staying in camps, according to
    SEMA": a figure with no body takes the body of the next sentence of its paragraph when that sentence goes on
    from it ("Of these", "Among them") and names its source."""
    if number + 1 >= len(sentences):
        return
    start, stop = sentences[number + 1]
    if "\n\n" in text[sentences[number][1] : start] or not _CONTINUES.match(text, start):
        return
    mention = _body_in(text[start:stop], gazetteer)
    if mention and mention.text and mention.rule != rules.BODY_ANAPHOR:
        candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
        candidate.rules.append(rules.BODY_CONTINUED)


# a speaker named by surname alone ("Otieno said …", "Dr Otieno added …")
_SURNAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<surname>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)")
# between the person's full name and the organisation the sentence ties them to: no verb of saying
_SAYING = re.compile(r"\b(?:said|says|told|added|according)\b|[\"“”]")


def _body_of_surname(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    """ "…, said Jane Otieno, a field coordinator for Islamic Relief. … Otieno said 4,000 families had fled": a
    speaker named by surname alone speaks for the organisation an earlier sentence tied their full name to (the
    body that sentence gives, written after the name with no verb of saying between); a surname the text tied to
    no organisation stays the body (body:anaphor)."""
    surname = _SURNAME.fullmatch(candidate.reporting_body).group("surname")
    if candidate.reporting_body_id is not None or gazetteer.lookup(surname) is not None:
        return
    full_name = re.compile(r"\b[A-Z][\w'’.-]+\s+(?:[A-Z][\w'’.-]+\s+){0,2}" + re.escape(surname) + r"\b")
    for before in range(number - 1, -1, -1):
        sentence = text[slice(*sentences[before])]
        named = full_name.search(sentence)
        if not named:
            continue
        mention = _body_in(sentence, gazetteer)
        if not mention or not mention.text or mention.rule in (rules.BODY_ANAPHOR, rules.BODY_GENERIC):
            return
        name = mention.text.split(" (")[0]
        at = sentence.find(name, named.end())
        tied = at >= 0 and at - named.end() <= 80 and not _SAYING.search(sentence, named.end(), at)
        if not tied:  # or the organisation before the name: "UNHCR official Jane Otieno"
            at = sentence.rfind(name, 0, named.start())
            tied = at >= 0 and named.start() - at - len(name) <= 40
            tied = tied and not _SAYING.search(sentence, at + len(name), named.start())
        if surname in mention.text or not tied:
            return
        candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
        candidate.rules = [r for r in candidate.rules if not r.startswith("body:")] + [rules.BODY_ANAPHOR]
        return


def _body_of_paragraph(
    candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer, chained: dict | None = None
) -> None:
    """ "…, WFP said. Buzi alone now counts 1,900 of them.": a figure whose sentence names no
    source, with no source cue of its own, takes the body one of the two sentences before it in its paragraph
    names (body:paragraph), or the last sentence of the paragraph before when its words point back to it ("The
    county has moved 640 people to nine camps.\n\nToday 210 families are staying in these camps") or it goes on
    quoting the speaker that paragraph closed on ("“…,” said Mary Obi of the Red Cross.\n\n“Some 2,000 …”"). A run of
    counts, a place a sentence, carries it on: a sentence whose figures took the body so (`chained`, by sentence
    number) passes it to the next ("… , according to the NDCC. Pahang has 2,100 in relief centres. In Johor, 900
    were housed in schools. In Perak, …"). Further back in its paragraph when `BODY_REACH` says so (Arabic)."""
    start, end = sentences[number]
    if _ANY_SOURCE_CUE.search(text, start, end):
        return  # a source of its own ("residents said", "according to local sources"): not the body before
    crossed = False
    for before in range(number - 1, max(-1, number - 1 - max(PARAGRAPH_SENTENCES, BODY_REACH.get())), -1):
        if "\n\n" in text[sentences[before][1] : sentences[before + 1][0]]:
            if crossed or not (_POINTS_BACK.search(text, start, end) or _quote_goes_on(text, sentences, number)):
                return  # a new paragraph, unless the figure's words point back ("… in these camps") or quote on
            crossed = True  # one paragraph back at most
        if "\t" in text[sentences[before][0] : end] or "|" in text[sentences[before][0] : end]:
            return  # a table's rows: its heading's "(HH)" is no source
        if chained and before in chained:
            candidate.reporting_body, candidate.reporting_body_id = chained[before]
            candidate.rules.append(rules.BODY_PARAGRAPH)
            return
        opening, closing = sentences[before]
        connective = _CONNECTIVE.match(text, opening, closing)  # "In addition, UNHCR opened …": its subject
        mention = _body_in(text[connective.end() if connective else opening : closing], gazetteer)
        if mention and mention.rule == rules.BODY_GENERIC:
            return
        if mention and mention.text and mention.rule != rules.BODY_ANAPHOR:
            candidate.reporting_body, candidate.reporting_body_id = mention.text, mention.body_id
            candidate.rules.append(rules.BODY_PARAGRAPH)
            return
        if not mention and BODY_REACH.get() > PARAGRAPH_SENTENCES and _ANY_SOURCE_CUE.search(text, opening, closing):
            return  # reaching further back (BODY_REACH): a source between that is no body ("and said residents that")


def _quote_goes_on(text: str, sentences, number: int) -> bool:
    """ "“…,” said Mary Obi of the Red Cross.\n\n“Since Monday some 2,000 people have fled here.”": the figure's
    paragraph is a quotation with no speaker of its own, after a paragraph closed by a quotation and its speaker
    (reporters name a speaker once for quotations running over several paragraphs)."""
    start = sentences[number][0]
    opening = text.rfind("\n\n", 0, start)
    if opening < 0:
        return False
    closing = text.find("\n\n", start)
    paragraph = text[opening + 2 : len(text) if closing < 0 else closing]
    if not _OPENS_QUOTE.match(paragraph) or _ANY_SOURCE_CUE.search(paragraph):
        return False
    last = max((k for k, (s_start, _) in enumerate(sentences) if s_start < opening), default=None)
    return last is not None and bool(_QUOTE_CLOSED.search(text, *sentences[last]))


# words pointing back to what the paragraph before counted or named: "are staying in these camps", "Of those, …"
_POINTS_BACK = re.compile(
    r"\b(?:[Tt]hese|[Tt]hose)\s+(?:(?:\w+\s+)?(?:camps|sites|cent(?:re|er)s|shelters|schools|settlements)|"
    r"(?:families|households|people|evacuees|IDPs))\b"
)
_ANY_SOURCE_CUE = re.compile(
    r"\b(?:according\s+to|said|says|told|reported|reports|cited|citing|quoted|announced|stated)\b", re.IGNORECASE
)


_DATED_CITATION = re.compile(r"\([^()]{2,80}\b(?:19|20)\d\d[^()]{0,60}\)\s*[.;]?\s*$")


# a person named before, as "she" or "he": "She said 4,000 …", '"…," he added.', "…, she said.", "However, he added"
_PERSON_PRONOUN = re.compile(
    r"^\s*(?:She|He)\s|[,!?][\"”]\s+(?:she|he)\s|"
    r",\s+(?:she|he)\s+(?:also\s+)?(?:said|says|added|noted|stated|explained|disclosed|confirmed)\b"
)


def _body_of_person_before(text: str, sentences, number: int, gazetteer: Gazetteer) -> tuple[str, int | None] | None:
    """The body of the person "she" or "he" names again: the one the nearest sentence before that is not itself
    theirs ties them to, within three sentences; (None, None) when it names a speaker tied to none ("Families
    arrive daily, said Jane Otieno, a nurse. She said …": not an organisation named further back); None when it
    names no speaker, or names them by the body before ("Its spokesperson told reporters …"): the body before."""
    for before in range(number - 1, max(-1, number - 4), -1):
        sentence = text[slice(*sentences[before])]
        if _PERSON_PRONOUN.search(sentence):
            continue  # "She added …" again: further back
        mention = _body_in(sentence, gazetteer)
        if mention and mention.text and mention.rule not in (rules.BODY_ANAPHOR, rules.BODY_GENERIC):
            return mention.text, mention.body_id
        return (
            (None, None) if _SPEAKER.search(sentence) and not (mention and mention.rule == rules.BODY_ANAPHOR) else None
        )
    return None


# a person speaking, tied to no body: "said Jane Otieno, a nurse", "a farmer, Ali Musa, told AFP"
_SPEAKER = re.compile(r"\b(?:said|says|told|added|explained)\b")


def _body_named_before(text: str, spans, gazetteer: Gazetteer) -> tuple[str, int | None] | None:
    """The body the sentences before named last ("UNHCR said fighting continued. The agency said 950 people …")."""
    for start, end in reversed(spans):
        mention = _body_in(text[start:end], gazetteer)
        if mention and mention.text and mention.rule != rules.BODY_ANAPHOR:
            return mention.text, mention.body_id
    return None


def _body_named_between(text: str, sentences, after: int, number: int, candidate: Candidate, gazetteer: Gazetteer):
    """ "Peru's INDECI said rivers kept rising. Some 4,200 were moved to shelters, the agency said": a body named, in
    the same paragraph, by a sentence with no figure between the last figure's body and "the agency" is the one
    named again (body:anaphor-nearest); only for a noun naming an organisation's kind, never "he" or "it"."""
    if after >= number - 1 or not _UNNAMED_ANAPHOR.fullmatch(candidate.reporting_body or ""):
        return None
    start = max(after + 1, number - ANAPHOR_SENTENCES)
    here = sentences[number][0]
    spans = [span for span in sentences[start:number] if "\n\n" not in text[span[0] : here]]
    found = _body_named_before(text, spans, gazetteer)
    return found if found and _AN_ORGANISATION.search(found[0]) else None  # not "Mayor Ana Quispe"


# what only an organisation's name holds: its letters, or a word of an organisation's kind
_AN_ORGANISATION = re.compile(
    r"(?<![\w'’])(?:[A-Z]{2,8}|[A-Z][a-z]{0,2}[A-Z][A-Za-z]{1,8})(?![\w'’])|\b(?i:agency|organi[sz]ation|office|"
    r"ministry|institute|red\s+cross|red\s+crescent|commission|council|department|authority|programme|fund|society|"
    r"service|directorate|secretariat|cent(?:re|er)|committee|network|federation|cluster|coordinator)\b"
)


_THE_SITES = re.compile(r"\b(?:in|at)\s+the\s+(?:camps|sites|settlements|shelters|cent(?:re|er)s)\b", re.IGNORECASE)
_SITES_IN = re.compile(
    r"\b(?:camps?|sites?|settlements?|shelters|cent(?:re|er)s)\s+(?:in|at|around|near)\s+(?:the\s+)?$", re.IGNORECASE
)


def _give_place(candidate: Candidate, mention) -> None:
    """A candidate built without a place takes `mention`'s: the name as written and, when it resolved, its region,
    country and first-level division."""
    place = mention.place
    candidate.location = mention.text
    candidate.region_pcode = (place.pcode or None) if place else None
    candidate.region_id = place.region_id if place else None
    candidate.country = (place.country or None) if place else None
    candidate.admin1 = (place.admin1 or None) if place else None


# "… across the country", "around the country", "nationwide": the whole country, not one of its towns
_ACROSS_THE_COUNTRY = re.compile(r"\b(?:across|around|throughout|all\s+over)\s+the\s+country\b(?!['’]s)")


def _country_of_town_before(candidate: Candidate, sentence: str, before: list) -> None:
    """ "Some 30 families were evacuated in Ahuachapan, El Salvador. … About 230 families are in 34 shelters around
    the country": a count the sentence spreads across the country, with no place of its own, is the country's, as
    the text named it before, not the town's the sentence before named (place:across-the-country)."""
    if not _ACROSS_THE_COUNTRY.search(sentence):
        return
    for places in reversed(before):
        country = next(
            (m for m in reversed(places or ()) if m.place is not None and m.place.depth == 0
             and m.place.country == candidate.country),
            None,
        )  # fmt: skip
        if country is not None:
            if country.text != candidate.location:
                _give_place(candidate, country)
            return


def _place_of_sites_before(candidate: Candidate, text: str, sentences, number: int, places_of) -> None:
    for before in range(number - 1, max(-1, number - 3), -1):
        start = sentences[before][0]
        for mention in places_of(before):
            if _SITES_IN.search(text, max(start, start + mention.position - 30), start + mention.position):
                _give_place(candidate, mention)
                return


# "Kakuma lies in the far north-west. The camp, among the biggest in East Africa, hosts 190,000 refugees": a site
# opening the sentence before as its subject, named again as "the camp" (place:site-before)
_THE_SITE = re.compile(r"(?:^\W*|[,;]\s+|\b(?:Today|Now|Currently|Still),?\s+)[Tt]he\s+(?:camp|settlement|site)\b(?!s)")
_SITE_OPENS = re.compile(
    r"\W*(?:The\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?P<kind>\s+(?:camp|settlement|site))?\s+(?:[a-z]+ly\s+)?"
    r"(?:is|was|lies|serves|served|has|hosts|houses|shelters|sits|stands|remains|opened)\b"
)


_FLED_BEFORE = re.compile(r"\b(?:fled|fleeing|escaped|escaping)\s+(?:from\s+)?(?:the\s+)?$")


# "Floods hit Assam's Dhemaji district. Across the state, 12,000 people were evacuated": a sentence with no place of
# its own that names the level of a place named before ("the state", "the country", "the district") is that place's,
# not the last place named (still place:previous-sentence)
_LEVEL_NAMED_AGAIN = re.compile(
    r"\b(?:across|throughout|in|within|all\s+over)\s+(?:the|this)\s+(?P<level>country|state|province|region|"
    r"governorate|district|county|city|town|sub-prefecture|prefecture|commune|locality|department|territory|circle)\b"
    r"(?!['’]s|\s+(?:of|capital|government|authorities|hall|centre|center)\b)"
    # (and its sites: "had reached the governorate's camps", "sleep in the city's schools")
    r"|\b(?:in|at|to|into|reached|reaching)\s+the\s+(?P<owner>state|province|region|governorate|district|county|city|town)['’]s\s+"
    r"(?:camps|sites|shelters|schools|evacuation\s+cent(?:re|er)s|displacement\s+sites)\b"
    # (and its offices: "The province's flood office told 2,300 residents to leave")
    r"|\bthe\s+(?P<office>state|province|prefecture|region|governorate|district|county|city|town)['’]s\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:office|department|authority|agency|headquarters|government|governor|administration|committee|council|mayor|"
    r"officials|authorities)\b"
    # (and the level as the subject hosting or counting them: "The province hosts 1.2 million IDPs")
    r"|^\W*(?:the|this)\s+(?P<subject>state|province|prefecture|sub-prefecture|region|governorate|district|county|"
    r"commune|locality|town|city|country)(?:\s+of\s+the\s+[a-z-]+)?\s+(?:now\s+|still\s+|also\s+|already\s+)?"
    r"(?:hosts|hosted|shelters|sheltered|counts|counted|has\s+(?:received|recorded|registered|taken\s+in)|"
    r"received|recorded|registered)\b",
    re.IGNORECASE,
)
_LEVEL_DEPTHS = {
    "country": (0,),
    "state": (1,),
    "province": (1,),
    "prefecture": (1,),
    "region": (1,),
    "governorate": (1,),
}


_KIND_OF_BEFORE = re.compile(r"\b(?P<kind>[a-z-]+)(?:\s+[^\W\d_]+)?\s+of\s+(?:the\s+)?$")


# a country the sentence names before "the country" as the owner of what it names ("the Government of Central African
# Republic … 20,000 refugees living in the country"): no place of the figure's, but the country it names again
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


def _country_owning_before(sentence: str, level: re.Match, places, gazetteer: Gazetteer) -> tuple | None:
    if (level.group("level") or level.group("subject") or "").lower() != "country":
        return None
    named = {p.text for p in places}  # (where the people came from is not the country they live in)
    for run in reversed(list(_CAPITALISED_RUN.finditer(sentence, 0, level.start()))):
        words = run.group().split()
        for start in range(len(words)):
            name = " ".join(words[start:])
            place = None if name in named else gazetteer.lookup(name, common=False)
            if place is not None and place.depth == 0:
                return name, place
    return None


def _in_a_part(sentence: str, mention) -> bool:
    """Whether a place is named in a part of a figure after it ("…, including 10,000 in Tougbo")."""
    return any(part.end() <= mention.position for part in _PARTS_SCOPE.finditer(sentence, 0, mention.position))


def _place_of_level(level: re.Match, number: int, places_of, sentence_of) -> tuple | None:
    kind = (level.group("level") or level.group("owner") or level.group("office") or level.group("subject")).lower()
    depths = _LEVEL_DEPTHS.get(kind, (2, 3, 4))
    for before in range(number - 1, max(-1, number - 3), -1):
        for mention in reversed(places_of(before)):
            if mention.place is not None and mention.place.depth in depths:
                return mention.text, mention.place
            if mention.place is None and kind != "country":
                # a name no list knows, written after its kind ("in the neighbouring region of the Bounkani"): that
                # kind's place
                window = sentence_of(before)[max(0, mention.position - 40) : mention.position].lower()
                kind_of = _KIND_OF_BEFORE.search(window)
                if kind_of and kind_of.group("kind") == kind:
                    return mention.text, None
    return None


def _only_origin(sentence: str, location: str) -> bool:
    """Whether the sentence names its one place as where the people came from ("… refugees who fled Myanmar")."""
    at = sentence.find(location)
    return (
        at > 0
        and sentence.count(location) == 1
        and (
            _named_as_origin(sentence, (at, location)) or _FLED_BEFORE.search(sentence, max(0, at - 24), at) is not None
        )
    )


def _place_of_site_before(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    for before in range(number - 1, max(-1, number - 3), -1):
        opens = _SITE_OPENS.match(text, sentences[before][0], sentences[before][1])
        if opens is None:
            continue
        place = gazetteer.lookup(opens.group("name"), common=False)
        if (place is not None and place.depth >= 2) or opens.group("kind"):
            _give_place(candidate, PlaceMention(0, opens.group("name"), place, True))
            candidate.rules = [r for r in candidate.rules if r != rules.PLACE_PREVIOUS] + [rules.PLACE_SITE_BEFORE]
        return


# "Forli Mayor NAME: 4,000 residents were bused out of his city overnight": the town an office-holder named in the
# sentence (or the one before) holds, named again as "his city", "the town" after the count (place:office-town)
_OFFICE_TOWN = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?i:mayor|city\s+council|town\s+council)\b"
    r"|\b(?i:mayor)\s+of\s+(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_NOT_TOWN_WORDS = re.compile(r"(?:(?:The|Deputy|Former|Vice|Acting|Assistant|Interim|Town|City|Local|Lord)\b\s*)+")
_ITS_TOWN = re.compile(
    r"\b(?:from|in|out\s+of|across|within|around|inside)\s+(?:his|her|their|the|its)\s+(?:city|town|municipality)\b"
    r"(?!['’]s|\s+(?:of|hall|halls|centre|center|square|council)\b)"
)


def _place_of_office_town(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> None:
    start, end = sentences[number]
    written = [
        at for at in (text.find(f"{candidate.value:,}", start, end), text.find(str(candidate.value), start, end))
    ]
    count = max(written) if max(written) >= 0 else start  # the figure's number, where it is written in digits
    if _ITS_TOWN.search(text, count, end) is None or _ITS_TOWN.search(text, start, count):
        return
    for before in (number, number - 1) if number else (number,):
        for office in _OFFICE_TOWN.finditer(text, *sentences[before]):
            name = _NOT_TOWN_WORDS.sub("", office.group("name") or office.group("of")).strip()
            name = re.sub(r"['’]s$", "", name)  # "Derna's mayor"
            if not name or name in _NOT_PLACES:
                continue
            place = gazetteer.lookup(name, common=False)
            if place is not None and place.depth == 0:
                continue
            _give_place(candidate, PlaceMention(0, name, place, True))
            candidate.rules = [r for r in candidate.rules if not r.startswith("place:")] + [rules.PLACE_OFFICE_TOWN]
            return


# a town in capitals opening the text, then a dash or colon: "DAVAO CITY – ", "ILOILO CITY (PNA) – ", "TACLOBAN: "
_DATELINE_TOWN = re.compile(
    r"\s*(?P<name>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3})\s*(?:\([^()]{1,30}\)\s*)?(?::|-{1,2}|–|—)\s"
)
# the town the text is written in, named again: "families here", "the city's evacuation centres"
_HERE = re.compile(r"\b(?:here|(?:in|into|across)\s+the\s+city|the\s+city['’]s)\b")


def _place_of_dateline(candidate: Candidate, text: str, sentences, number: int, gazetteer: Gazetteer) -> bool:
    """ "DAVAO CITY – Some 1,200 residents here were evacuated": a figure with no place of its own, in a text that
    opens with a town in capitals, said to be "here" or in "the city", is that town's (place:dateline)."""
    start, stop = sentences[number]
    dateline = _DATELINE_TOWN.match(text)
    if not dateline or not _HERE.search(text, start, stop):
        return False
    place = gazetteer.lookup(dateline.group("name"))
    if place is None or place.depth == 0:
        return False
    _give_place(candidate, PlaceMention(0, place.name, place, True))
    candidate.rules.append(rules.PLACE_DATELINE)
    return True


def _place_from_next_sentences(candidate: Candidate, following: list[list]) -> None:
    """A figure the text has named no place for yet takes the first place named just after it ("… displaced
    around 73,000 people across six provinces. It was the most powerful earthquake to strike Ecuador")."""
    for places in following:
        if places:
            known = [p for p in places if p.place is not None] or places
            _give_place(candidate, known[0])
            candidate.rules.append(rules.PLACE_NEXT)
            return


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_LIST_LINE = guarded(_LIST_LINE)
_ANY_SOURCE_CUE, _LEVEL_NAMED_AGAIN = map(guarded, (_ANY_SOURCE_CUE, _LEVEL_NAMED_AGAIN))
