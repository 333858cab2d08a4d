"""Stage 4: terms and traps. The displacement word that governs a quantity (displaced, fled, evacuated,
relocated, in camps, returned), or None when a trap governs it instead (killed, fed, reached with aid, in need,
plans to relocate …)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from extraction.quantities import ANY_QUALIFIERS, NUMBER_AHEAD, QUALIFIER_WORDS, Quantity, qualifier_words
from extraction.scanning import by_first_character, guarded, top_level_alternatives, word_alternation
from extraction.vocab import CarriedVerb, Category, Qualifier, Term

# a count's qualifier words but "up to" (a capacity: "the hall takes up to 900 people")
_QUALIFIER_WORDS_BUT_UP_TO = qualifier_words(but=(Qualifier.UP_TO,))


class TermMatch(NamedTuple):
    term: str
    how: str


# not a workplace or an event: "4,000 artisanal miners left the Rubaya coltan mines"
_NOT_A_WORKPLACE = (
    r"(?![A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+(?:mines?|markets?|factor(?:y|ies)|plants?|offices?|universit(?:y|ies)|"
    r"stadiums?|conferences?|meetings?|talks|summit|airports?|hotels?|hospitals?|games|festival)\b)"
)

# a count right after, in digits, in words or vague: "housing five victims", "sheltering thousands of people" (not
# "up to": what a place can take)
_COUNT_AHEAD = rf"(?=\s+(?:(?:{_QUALIFIER_WORDS_BUT_UP_TO})\s+)*{NUMBER_AHEAD})"

# one camp or shelter, whatever words describe it: "at the old camp", "in the school shelter"
_AT_THE_SHELTER = (
    r"(?:at|in|inside)\s+(?:the|one)\s+(?:[a-z-]+\s+){0,2}?(?:camp|shelter|(?:evacuation|relief)\s+cent(?:re|er))"
)
# a roof given, the people after "to" or "for": "provided emergency shelter to", "are providing refuge for"
# (an agency that "provided shelter to 2,300 families" gave shelter as aid: "provide" takes a roof of a kind or refuge)
_GAVE_SHELTER = (
    r"(?:(?:giv(?:e|es|en|ing)|gave|offer(?:s|ed|ing)?)\s+(?:(?:temporary|emergency|safe|immediate)\s+)?"
    r"(?:shelter|sheltering|refuge|accommodation|safe\s+havens?)|provid(?:e|es|ed|ing)\s+(?:(?:temporary|emergency|safe|"
    r"immediate)\s+(?:shelter|sheltering|accommodation)|(?:emergency\s+|temporary\s+|safe\s+)?(?:refuge|sheltering|safe\s+havens?))|"
    # a roof still being given is a roof they are under: "the department is still providing shelter to 420 households"
    # (term:still-providing-shelter)
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bstill\s)|(?<=\bcurrently\s)|(?<=\bnow\s))providing\s+shelter)"
    r"\s+(?:to|for)"
)

# a shelter, then its verb of taking people in (term:shelter-took-in)
_SHELTER_TOOK_IN = (
    r"(?:camps?|settlements?|sites?|(?<!health\s)(?<!medical\s)(?<!treatment\s)(?<!vaccination\s)(?<!testing\s)"
    r"(?<!distribution\s)(?<!feeding\s)(?<!nutrition\s)(?<!call\s)(?<!training\s)(?<!trauma\s)"
    r"cent(?:re|er)s?|shelters?|schools?|church|churches|mosques?|temples?|pagodas?|monaster(?:y|ies)|"
    r"(?:abandoned|unfinished|disused|empty|public|government)\s+(?:[\w-]+\s+)?buildings?)\b(?!['’])"
    # ("the 60 centres still open have taken up to 2 900 households": taken, the count its object)
    r"[^.;:,!?()\d]{0,40}?\b(?:received|receiving|receives|took\s+in|taken\s+in|taking\s+in|takes\s+in|"
    r"(?<=\bhave\s)taken|(?<=\bhas\s)taken|"
    r"welcomed|welcoming|welcomes|admitted|admitting|admits)"
)

# term → words that say it; the first that governs a quantity decides.
_TERMS: list[tuple[str, str]] = [
    (
        Term.RETURNED,
        r"return(?:ed|ing|s)?|returnees?|went\s+back|came\s+back|go\s+back|gone\s+back|(?:gone|went|go|going)\s+home|"
        r"sent\s+back|back\s+home|"
        # "800 households have made it back to their homes"
        r"made\s+it\s+back(?=\s+(?:home|to\s+their\s+(?:homes?|houses?|villages?|communities|towns?|areas?|land))\b)|"
        # "3,000 refugees were repatriated to Burundi", "the voluntary repatriation of 2,000 Afghans"; a forced one is a
        # deportation (a trap)
        r"(?<!forcibly\s)(?<!forced\s)repatriat(?:ed|ion)\b|"
        # "1,870 families have since left the centre for their areas of origin"
        r"left\s+(?:[\w-]+\s+){0,4}?for\s+their\s+(?:areas?|places?|villages?|communities|towns?)\s+of\s+origin|"
        # "195,200 Syrians have crossed back into Syria", "headed back to their villages"
        r"(?:crossed|crossing|cross|moved|moving|travell?ed|headed|heading|flocked|streamed|poured|made\s+their\s+way)"
        r"\s+back\b",
    ),
    (
        Term.EVACUATED,
        # told or ordered to leave: an evacuation ordered, the project's convention ("About 400,000 people were told
        # to leave Goma", "ordered 6,000 residents of Pokrovsk district to leave"); not under an order ("under
        # evacuation orders"), nor asked
        r"(?:order(?:ed|ing|s)?|told|tells?|telling|instruct(?:ed|ing|s)?|direct(?:ed|ing|s)?)(?=\s+(?:[\w,.'’-]+\s+){1,8}?"
        r"to\s+(?:leave|evacuate|flee|vacate|move\s+out|be\s+out|get\s+out|move\s+to\s+(?:higher\s+ground|safer?\s+(?:areas|places|ground)|"
        r"safety|(?:[\w-]+\s+){0,2}?(?:shelters|evacuation\s+cent(?:re|er)s|relief\s+camps)))\b)|"
        # "were ordered to move to higher ground" (term:ordered-to-move)
        r"(?:told|ordered|instructed|directed)\s+to\s+(?:leave|evacuate|flee|vacate|move\s+out|be\s+out|get\s+out|move\s+to\s+(?:higher\s+"
        r"ground|safer?\s+(?:areas|places|ground)|safety|(?:[\w-]+\s+){0,2}?(?:shelters|evacuation\s+cent(?:re|er)s|"
        r"relief\s+camps)))\b|"
        # "250,000 people were ordered to move from eastern Deir al-Balah": an evacuation ordered (term:ordered-to-move)
        r"(?:told|ordered|instructed|directed)\s+to\s+move(?!\s+(?:on|ahead|forward|up|in|into|closer)\b)|"
        # "the state moved 1574 people from coastal villages" (term:moved-people-from)
        rf"(?:moved|shifted)(?=\s+(?:(?:{QUALIFIER_WORDS})\s+)?"
        r"\d[\d,.]*\s+(?:[a-z]+\s+)?(?:people|persons|residents|families|households|villagers|inhabitants)\s+"
        r"(?:from|out\s+of|away\s+from)\s)|"
        r"evacuat(?:ed|ion|ions|ing|e)|evacuees|out\s+of\s+harm['’]s\s+way|"
        # "52,000 people had been protected ahead of the hurricane, most in the homes of relatives": Cuba's civil
        # defence word for those evacuated, said with where they went or what they left before (term:protected)
        r"(?:(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bwas\s))protected(?!\s+(?:against|from|by|with|under)\b)(?=[^.;]{0,80}?\b(?:(?:ahead\s+of|before)\s+(?:the\s+)?"
        r"(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:hurricane|storm|cyclone|typhoon|floods?)\b|in\s+(?:the\s+)?homes\s+of\s+(?:their\s+)?"
        r"(?:relatives|family|families|friends|neighbou?rs)\b|in\s+(?:[\w-]+\s+)?(?:shelters|evacuation\s+cent(?:re|er)s)\b))|"
        # "11,000 residents were also being moved out"
        r"(?:(?<=\bbeing\s)|(?<=\bbeen\s)|(?<=\bwere\s))(?:moved|taken|bussed|bused)\s+out\b(?!\s+of\b)|(?:moved|brought|taken|airlifted|ferried|transferred|carried|led|"
        r"rescued)\s+to\s+safety|airlifted|(?:moved|taken|brought|bussed|bused|transported)\s+out\s+of|(?:moved|shifted|transferred|taken|bussed|brought|rescued)\s+to\s+(?:[\w-]+\s+|\d[\d,.]*\s+){0,2}"
        r"(?:shelters?|evacuation\s+cent(?:re|er)s|safe(?:r)?\s+(?:areas|places|ground|locations)|higher\s+ground|"
        r"relief\s+camps|(?:temporary\s+|emergency\s+)?camps|(?:accommodation|transit|reception|relocation|collective|"
        r"temporary|emergency|community|cyclone|flood)\s+(?:cent(?:re|er)s?|sites?|shelters?))|"
        # "moved nearly 6.5 lakh people to cyclone shelters"
        # "320 people had been moved to the town's sports hall", "1,400 people were moved to Tongatapu"
        r"(?:(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bwas\s)|(?<=\bbeing\s))(?:moved|shifted|transferred|bussed|bused|taken)"
        r"\s+(?:out\s+)?(?:to|into|away)\b|"
        # "213 people, including 26 children, were taken out over the past day": out, with no place after it
        r"(?:(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bwas\s))(?:taken|brought|bussed|bused|driven|transported|ferried)\s+out"
        r"(?=\s*[,.;]|\s*$|\s+(?:over|during|overnight|yesterday|today|on|since|so\s+far|in\s+the\s+(?:past|last))\b)|"
        # "40,000 households … had been moved so far under the riparian clearance"
        r"(?:(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bwas\s))moved(?=\s*[,.;]|\s+(?:so\s+far|overnight|in\s+the\s+(?:past|last))\b|"
        # "5,000 households … had been moved and given 10,000 shillings each" (term:moved-and-given)
        r"\s+and\s+(?:given|paid|compensated|resettled|rehoused)\b)|"
        # "AFAD has moved more than 1.6 million people out of the earthquake zone"
        r"(?:moved|shifted)(?=\s+(?:[\w,.'’-]+\s+){1,8}?out\s+of\s)|"
        # "destroyed 47,000 buildings, sending more than a million people to temporary shelters"
        r"(?:sending|sent|sends)(?=\s+(?:[\w,.'’-]+\s+){1,5}?(?:people|persons|residents|families|households)\s+to\s+"
        r"(?:temporary\s+|emergency\s+|makeshift\s+)?(?:shelters|camps|evacuation\s+cent(?:re|er)s|tents)\b)|"
        r"(?:moved|shifted|rescued|(?<=\bhelped\s)move|(?<=\bhelp\s)move)(?=\s+(?:[\w,.'’-]+\s+){1,12}?to\s+(?:[\w-]+\s+|\d[\d,.]*\s+){0,2}(?:shelters|evacuation\s+cent(?:re|er)s|safety|"
        r"safer?\s+(?:areas|places|ground|locations)|higher\s+ground|relief\s+camps))",
    ),
    # ("1,300 households have been decanted": moved out of their homes while they are repaired or rebuilt)
    (
        Term.RELOCATED,
        r"relocat(?:ed|ion|ing|e)|resettle(?:d|ment)?|re-?housed|(?<=\bbeen\s)decanted|(?<=\bwere\s)decanted",
    ),
    (
        Term.IN_CAMPS,
        # (any tense: "2,000 people live in tents", "300 families stay in schools")
        r"(?:sheltering|sheltered|taking\s+shelter|taken\s+shelter|living|staying|live|lives|lived|stay|stays|stayed|"
        r"residing|reside|resides|resided|"
        r"housed|hosted|lodged|holed\s+up|"
        r"crammed|packed|accommodated|placed|sleeping|"
        # "2,500 evacuees were put up in schools" (term:put-up-in)
        r"(?:(?<=\bbeen\s)|(?<=\bbeing\s)|(?<=\bwere\s)|(?<=\bwas\s))put\s+up|"
        r"squeezed|stranded|remain|remains|remained|remaining|"
        # "spent the night in school gymnasiums"
        # "spent a third night at gymnasiums"
        r"(?:spent|spending|spend)\s+(?:the\s+|a\s+|two\s+|three\s+|several\s+)?"
        r"(?:(?:second|third|fourth|fifth|sixth|another|first|cold|sleepless|Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday)\s+)?(?:night|nights|weekend|days)|"
        r"(?:sought|seeking|taken|took|found|finding)\s+(?:refuge|shelter))\s+(?:in|at|inside|across)\s+(?:(?:[\w()'’-]+\s+|\d[\d,.]*\s+){0,4}|"
        # "sheltering at the Bakassi and Teachers Village camps": the names of the camps
        r"(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+)(?:(?:and\s+|&\s+)?(?-i:[A-Z][\w'’-]*)\s+){1,5})?(?:camps?|shelters?|tents?|"
        r"collective\s+centres?|collective\s+centers?|schools?|mosques?|churches|church|stadiums?|gymnasiums?|"
        r"cathedrals?|temples?|pagodas?|monaster(?:y|ies)|warehouses?|hotels?|halls?|gyms?|complex(?:es)?|compounds?|"
        r"classrooms?|"
        r"hospitals?|"
        r"(?:temporary|emergency)\s+(?:accommodation|housing)|"
        r"(?:sports|community|public|town)\s+(?:halls?|buildings|cent(?:re|er)s)|(?:reception|accommodation|transit|collective|relocation)\s+"
        r"cent(?:re|er)s?|"
        # "spent the night in Auckland's three civil defence centres"
        r"(?:civil\s+defen[cs]e|welcome|relief|emergency|community)\s+cent(?:re|er)s?|"
        # "427 people sheltered in one care centre": the Pacific's word for an evacuation centre (not a clinic's)
        r"(?<!health\s)(?<!day\s)(?<!child\s)(?<!aged\s)(?<!primary\s)care\s+cent(?:re|er)s?|"
        r"evacuation\s+cent(?:re|er)s?|temporary\s+shelters?|displacement\s+sites?|sites?|facilities|(?-i:PPS|PPK)|"
        r"container\s+(?:homes|houses|cities|city|settlements)|containers|caravans|prefab(?:ricated)?\s+(?:homes|houses))|"
        # "46,000 are in container homes": the temporary housing of an earthquake's homeless
        r"in\s+(?:(?:temporary|government)\s+)?(?:container\s+(?:homes|houses|cities|city|settlements)|tent\s+cities)|"
        # the shelter a cause made them take: "the storm caused 3,400 people to be sheltered in Loreto" (only after a
        # verb of causing: term:caused-to-be-sheltered)
        r"(?<=\bto\sbe\s)(?:temporarily\s+)?sheltered\b|"
        # "620 people were housed in Tumu", "had been temporarily housed at the Kinston fairground": given a roof in a
        # named place (what will be housed there is not yet; workers and students are lodged, not sheltered)
        # (term:housed-in-named-place)
        r"(?<!\bbe\s)(?<!workers\swere\s)(?<!workers\sare\s)(?<!students\swere\s)(?<!students\sare\s)"
        r"(?<!workers\sbeen\s)(?<!students\sbeen\s)(?:temporarily\s+)?(?<!\bbe\stemporarily\s)housed\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)|"
        r"in\s+(?:the\s+)?(?:(?-i:IDP)\s+|[a-z-]+\s+){0,2}camps|in\s+(?:makeshift\s+|temporary\s+|emergency\s+)?tents\b|camps?,?\s+where|"
        # "are now in the Mabanda site", "remained in the Kigoma camp": one camp or site, named (term:in-named-site)
        r"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bnow\s)|(?<=\bstill\s)|(?<=\bremain\s)|(?<=\bremained\s)|(?<=\bremains\s))"
        r"in\s+the\s+(?-i:[A-Z][\w'’-]+\s+){1,3}(?:camp|site|settlement)\b(?!['’])|"
        # "there were 52 households at the upper camp", "300 people were at the shelter": the people, or their verb
        # of being, right before one camp or shelter, whatever words describe it (term:at-the-shelter)
        r"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bremain\s)|(?<=\bremained\s)|(?<=\bstill\s)|(?<=\bnow\s)|(?<=\bpeople\s)|"
        # (or right after the people's noun, where the words after it are read on their own)
        r"(?<=\bpersons\s)|(?<=\bfamilies\s)|(?<=\bhouseholds\s)|(?<=\bevacuees\s)|(?<=^\s))"
        rf"{_AT_THE_SHELTER}\b(?!['’])|"
        # "some 3,400 residents had used the storm shelters" (term:used-shelters)
        r"(?:used|using)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:shelters|evacuation\s+cent(?:re|er)s|relief\s+camps)\b|"
        r"in\s+(?:the\s+|a\s+)?(?:new\s+|nearby\s+|makeshift\s+|informal\s+|spontaneous\s+)?(?:camp|(?<=makeshift\s)site|"
        r"(?<=informal\s)site|(?<=spontaneous\s)site)\b|allocated\s+(?:tents|shelters?|caravans)|"
        r"(?:sleeping|living)\s+rough|sleeping\s+(?:in\s+the\s+open|outdoors|outside|under|in\s+(?:cars|fields|tents|unfinished\s+buildings))|"
        # "had to sleep in the open", "slept in their cars" (term:slept-in-the-open)
        r"(?:sleep|sleeps|slept)\s+(?:rough|in\s+the\s+open|outdoors|in\s+(?:their\s+)?(?:cars|tents|fields))|"
        # "living in the open", "spent the night outside"
        r"(?:living|staying|spent\s+the\s+night|spending\s+(?:the\s+)?nights?|"
        # "are sheltering under trees", "camping in the open"
        r"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bnow\s)|(?<=\bstill\s))(?:sheltering|camping|sleeping))\s+(?:in\s+the\s+open|"
        r"outdoors|outside|on\s+the\s+streets?|in\s+the\s+streets?|under\s+(?:trees|tarpaulins|plastic\s+sheets?))|"
        r"camped\b|"
        r"camping\b|accommodated\b|"
        # "3,000 people were sheltered in schools", "were given shelter in Kidal", "living in informal settlements"
        r"(?:were|was|been|being|are|is)\s+(?:sheltered|given\s+(?:temporary\s+|emergency\s+|safe\s+)?shelter)\s+(?:in|at|inside)\b"
        r"(?!\s+place\b)|"
        # "3,100 people had been provided shelter", "were given temporary shelter", "pulled out and provided safe
        # havens in churches": a roof given, the people its subject; not shelter as a kind of aid ("shelter kits")
        # (term:given-shelter)
        r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s)|(?<=\bbeing\s)|(?<=\bare\s)|(?<=\bis\s))(?:provided|given|offered)"
        r"\s+(?:with\s+)?(?:(?:temporary|emergency|safe|immediate)\s+)?(?:shelter|refuge|accommodation|safe\s+havens?)\b"
        r"(?!\s+(?:kits?|materials?|items?|assistance|support|supplies|packages?|cash|repairs?|tarpaulins|sheets?|tools?|"
        r"vouchers?|grants?)\b)|"
        # the giver first, the people after "to" or "for": "schools are providing refuge for 85 households", "the Red
        # Cross provided emergency sheltering to 600 people", "churches offered shelter to 300 families"; not shelter as
        # a kind of aid ("provided shelter kits to") (term:gave-shelter-to)
        rf"{_GAVE_SHELTER}{_COUNT_AHEAD}|"
        r"(?<=\band\s)(?:provided|given|offered)\s+(?:with\s+)?(?:(?:temporary|emergency|safe|immediate)\s+)?"
        r"(?:shelter|refuge|accommodation|safe\s+havens?)\s+(?:in|at|inside)\b|"
        r"in\s+(?:informal|makeshift|spontaneous)\s+settlements\b|"
        # "1,100 people were sheltering at the Champ de Mars square"; not "sheltering in place" (staying put)
        r"(?:(?<=\bwere\s)|(?<=\bare\s)|(?<=\bwere\snow\s)|(?<=\bare\snow\s)|(?<=\bwere\sstill\s)|(?<=\bare\sstill\s))"
        r"sheltering\s+(?:at|in|inside)\s+(?!place\b)|"
        # "are sheltering around the UN base", "5,000 people sheltering near the church" (term:sheltering-around)
        r"sheltering\s+(?:around|near|outside|beside)\s+(?=(?:the\s+)?(?:[\w()'’-]+\s+){0,3}?(?:bases?|compounds?|camps?|"
        r"church|churches|mosques?|hospitals?)\b)|(?:took|taken|take|taking|sought|seeking|seek|found|find|finding)\s+(?:temporary\s+|safe\s+)?(?:shelter|refuge)\b|"
        r"staying\s+(?:at|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:base|bases|compound|airstrip|airport|site|sites|"
        r"centres?|centers?|churches|mosques|stadium)\b|"
        r"in\s+(?:the\s+)?(?:(?:temporary|emergency|collective|government|public|municipal|communal|official|community|"
        r"designated|makeshift|cyclone|storm|flood)\s+)?(?:shelters|evacuation\s+cent(?:re|er)s)|"
        r"in\s+(?:[\w()]+\s+)?(?:accommodation|transit|reception|collective|relocation|resettlement|temporary|emergency|"
        r"evacuation|displacement|safety|care|welfare|relief)\s+(?:cent(?:re|er)s|sites|shelters|accommodation)|"
        # "5,100 people in temporary residence centers", "are in different transitory sites", "183 victims at three
        # relief centres", "in safe havens", "in temporary housing": a place of shelter named by its kind, after a
        # determiner or a count of the places (term:in-shelter-by-kind)
        # ("in the three temporary reception centres": the article and the count of places)
        r"(?:in|at|inside)\s+(?:the\s+)?(?:(?:the|two|three|four|five|six|seven|eight|nine|ten|several|various|different|"
        r"other|\d[\d,]*)\s+)?(?:(?:temporary|emergency|evacuation|relief|transit|transitory|relocation|resettlement|"
        r"reception|accommodation|holding|collective|displacement|residence|shelter|safe|school|cyclone|flood|tent|"
        r"(?-i:IDP)|care|welfare)\s+){1,2}(?:cent(?:re|er)s?|sites?|shelters?|havens)\b|"
        r"in\s+(?:temporary|emergency|transitional)\s+(?:housing|accommodation)\b|"
        # "38,000 households are in sites in N'Djamena"
        r"(?:are|were|remain|remained)\s+(?:now\s+|still\s+)?in\s+(?:(?:IDP|displacement|collective|informal|makeshift|"
        r"spontaneous|relocation|temporary)\s+)?sites\b|"
        # "900 families camping in public squares in Kaya" (term:living-in-public-areas)
        r"(?:living|staying|sheltering|sleeping|camping|squatting|live|lives|lived|stay|stays|stayed)\s+in\s+(?:the\s+)?"
        r"public\s+(?:areas|spaces|places|"
        r"buildings|squares|parks|gardens)\b|"
        # "1,840 people were in 21 centres"
        r"(?:were|are|remained|remain|remains|stayed)\s+in\s+\d[\d,]*\s+cent(?:re|er)s\b|"
        # "in as many as 215 relief camps", "across some 40 shelters": the count of places may have its own qualifier
        rf"(?:in|at|across)\s+{ANY_QUALIFIERS}(?:\d[\d,]*|several|various|dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?"
        r"(?:camps|shelters|"
        r"evacuation\s+cent(?:re|er)s|displacement\s+sites|collective\s+cent(?:re|er)s|(?:shelter|safety|relief|"
        # "live in 48 refugee accommodation centres", "are in 16 safe havens", "1,650 in care centres at Yambali"
        r"accommodation|reception|transit|care)\s+cent(?:re|er)s|safe\s+havens|"
        # Malaysia's temporary relief centres by their letters: "8,100 victims were at 64 PPS" (term:at-relief-centres)
        r"(?-i:PPS|PPK))\b|in\s+care\s+cent(?:re|er)s|"
        rf"(?<!\bfor\s)(?:sheltering|housing|accommodating|hosting)(?=\s+(?:(?:{QUALIFIER_WORDS}|a\s+total\s+of)\s+)*\d)|"
        # the count in words or vague: "is housing six hundred people", "sheltering thousands of people"
        # (not what a place is for: "designed for housing 500 people")
        rf"(?<!\bfor\s)(?:sheltering|housing|accommodating|hosting){_COUNT_AHEAD}|"
        # "a disused school building in Jacmel that houses nearly 900 people", "the site had sheltered 4,000 people": a
        # shelter or site named before its verb of holding, the count right after it (term:shelter-holds)
        r"(?:cent(?:re|er)s|sites?|shelters?|(?:abandoned|unfinished|disused|empty|public|government)\s+(?:[\w-]+\s+)?"
        # (not what one can take: "the transit site accommodates up to 2,000 people")
        r"buildings?)\b[^.;:!?\d]{0,40}?\b(?:houses|housed|hosts|hosted|accommodate|accommodated|hold|held|shelters|"
        rf"sheltered)(?=\s+{ANY_QUALIFIERS}\d)|"
        # a shelter taking people in, the count of plain people the verb's object: "the transit camp received 300
        # families", "two schools have taken in 1,250 people", "the mosque has admitted 640 people" (not a health or
        # feeding centre, nor a shelter's own part: "the camp's clinic"; nor people taken in for an event: "welcomed
        # 400 people for the Easter service") (term:shelter-took-in)
        rf"{_SHELTER_TOOK_IN}"
        # (thousands apart by a space: "3 150 households")
        rf"(?=\s+(?:(?:another|a\s+further|an\s+additional)\s+)?{ANY_QUALIFIERS}\d[\d,.]*(?:\s\d{{3}})*(?:\s+(?:million|thousand))?"
        r"\s+(?:people|persons|individuals|families|households)\b(?!\s+(?:for|at|to\s+(?:attend|watch|hear|celebrate|"
        r"pray))\b))|"
        # one centre, site or shelter: "This center houses 282 people", "now shelters about seven hundred people"
        r"(?:cent(?:re|er)|site|shelter)\b[^.;:!?\d]{0,40}?\b(?:houses|hosts|shelters|accommodates)"
        rf"{_COUNT_AHEAD}|"
        r"camps?\b(?:[^.;]{0,30}|\s+in\s+[^.;,]{0,50}?)\b(?:hosts?|hosting|house|housing|shelters?|holds|held|"
        r"accommodates)|"
        # "The 35 accommodation centres host 12,400 people", "evacuation centres remain open, accommodating 1,134"
        r"(?:(?:accommodation|evacuation|collective|transit|reception|relief|temporary|emergency)\s+cent(?:re|er)s|"
        r"(?:displacement|IDP|relocation)\s+sites|shelters|\d[\d,]*\s+(?:cent(?:re|er)s|sites))\b[^.;]{0,40}?\b(?:host|"
        r"hosted|house|housed|shelter|"
        r"sheltered|accommodate|accommodated|hold|held)\b|"
        # "The Renk transit centre hosts 14,800 people": one centre
        r"(?:accommodation|evacuation|collective|transit|reception)\s+cent(?:re|er)\s+(?:now\s+|currently\s+|still\s+)?"
        r"(?:hosts|houses|shelters|accommodates|holds)\b|"
        # "Inside ECs: 8,147 families" (DSWD's evacuation centres), "inside evacuation centres"
        r"(?:inside|in)\s+(?:the\s+)?(?-i:ECs)\b|inside\s+(?:the\s+|\d[\d,]*\s+)?(?:evacuation\s+cent(?:re|er)s|camps|shelters)|"
        # "4,200 people have registered at shelters in Chico"
        r"registered\s+at\s+(?:[\w-]+\s+){0,2}?(?:shelters|evacuation\s+cent(?:re|er)s|reception\s+cent(?:re|er)s|camps)|"
        # "About 9,000 people now call the Pelina camp home" (term:call-camp-home)
        r"call(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:camps?|settlements?|(?:displacement|(?-i:IDP))\s+sites?|"
        r"(?:evacuation|collective)\s+cent(?:re|er)s?)\s+(?:their\s+|a\s+)?home\b|"
        # "By noon, 8,400 people had reached the cyclone shelters"
        r"(?:reached|reach|reaching)\s+(?:the\s+)?(?:(?:cyclone|storm|flood|evacuation|relief|emergency|temporary|"
        r"designated)\s+)?(?:shelters|evacuation\s+cent(?:re|er)s|relief\s+camps|shelter\s+cent(?:re|er)s)\b|"
        # "have moved into IDP sites around Baidoa", "arrived at displacement camps in Tawila"
        r"(?:moved|moving|fled|went|gone|arrived|arriving|headed|flocked|poured|streamed|relocated)\s+(?:in)?to\s+"
        r"(?:the\s+|nearby\s+|existing\s+|new\s+)*(?:(?:(?-i:IDP)|displacement|informal|makeshift|collective|spontaneous)\s+"
        r"(?:camps?|sites?|settlements?|cent(?:re|er)s|shelters)|camps|"
        # "620,000 people had moved into cyclone shelters"
        r"(?:cyclone|storm|flood|evacuation|emergency|temporary|relief|reception|accommodation|transit|collective)\s+"
        r"(?:shelters|cent(?:re|er)s|camps))\b|"
        # "12,000 people … have moved into the town's monasteries" (term:moved-into-shelter)
        r"(?:moved|moving|crowded|packed|streamed|poured)\s+into\s+(?:the\s+|nearby\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:monaster(?:y|ies)|churches|mosques|schools|temples|pagodas|shelters|classrooms|gymnasiums)\b|"
        # "5,600 people in Phalombe district moved to schools and churches" (term:moved-to-shelter)
        r"(?:moved|moving|went|gone)\s+to\s+(?:the\s+|nearby\s+|local\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:monaster(?:y|ies)|churches|mosques|schools|temples|pagodas|gymnasiums)\b|"
        # "8,200 people had gone to shelters in Kagoshima" (term:gone-to-shelters)
        r"(?:had|have|has)\s+(?:gone|moved|fled)\s+to\s+(?:the\s+|nearby\s+|designated\s+|"
        r"public\s+|municipal\s+)*(?:shelters|evacuation\s+cent(?:re|er)s)\b|"
        # "The Renk transit centre, which was designed to hold 3,000 people, now holds close to 15,000"
        r"now\s+(?:shelters|hosts|accommodates|holds|houses)|(?:protection\s+of\s+civilians|PoC)\s+(?:sites?|camps?)",
    ),
    (
        Term.FLED,
        r"fled|flee(?:ing|s)?|flight\s+of|escaped|escaping|running\s+for\s+their\s+lives|ran\s+away|crossed\s+into|"
        # "566,000 people became refugees", "were made refugees" (term:became-refugees)
        r"(?:became|become|becomes|becoming|made)\s+refugees|"
        # a border river crossed on the way: "had crossed the Moei river into Mae Sot"
        r"cross(?:ed|es|ing)\s+the\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,2}river\s+(?:into|to)\b|"
        r"(?:sought|seeking|seek|applied\s+for|claimed|claiming)\s+asylum|"
        # "600 families found asylum in Togo": a refuge reached; not "found asylum claims valid" (term:found-asylum)
        r"(?:found|finding)\s+(?:safe\s+|temporary\s+)?asylum\b(?![\s-]+(?:seekers?|applications?|claims?|"
        r"requests?|cases?|officers?|decisions?|procedures?|system|policy|rules|law|interviews?|hearings?)\b)|"
        r"poured\s+into|flocked\s+(?:to|into|towards)\s+(?=(?-i:[A-Z]))|"
        # "Tens of thousands of Somalis have converged on Mogadishu", "40,000 Somalis have headed to Mogadishu"
        r"converged\s+(?:on|upon)\s+(?=(?-i:[A-Z]))|(?:(?<=\bhave\s)|(?<=\bhad\s)|(?<=\bhas\s))headed\s+(?:to|for)\s+(?=(?-i:[A-Z]))|"
        r"(?:streamed|fled|headed|poured|flocked)\s+(?:north|south|east|west|northwards|southwards|out|into|"
        r"towards?|across)|exodus|arriving|(?:sought|seeking|taken|took|found)\s+refuge|"
        r"(?:new\s+)?arrivals|arrived|arrives?|(?-i:left\s+for\s+(?=[A-Z]))|(?-i:left\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?(?=[A-Z]|(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z])"
        rf"{_NOT_A_WORKPLACE})|"
        # "about 1,800 people were leaving Pokrovsk each day": those going, as they go
        rf"(?-i:(?:are|were|is|was)\s+(?:still\s+)?leaving\s+(?=[A-Z]){_NOT_A_WORKPLACE})|"
        # "about 15,000 have already gone", "some 2,000 had left by Sunday": those who went, the clause ending there
        r"(?:(?<=\bhave\s)|(?<=\bhad\s)|(?<=\bhas\s))(?:already\s+|since\s+|now\s+)?(?:left|gone|crossed)(?=\s*(?:[,.;]|$|\s+(?:by|so\s+far|"
        r"already|since|on|over|in\s+the\s+(?:past|last)|the\s+(?:area|city|town|region|island|territory|zone|country))\b))|cross(?:ed|es|ing)\s+(?:from|over|the\s+border)|"
        # "More than half a million have crossed the South Sudan border"
        r"cross(?:ed|es|ing)\s+the\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:border|frontier)\b|"
        # borders in the plural, or a country's own border: "2.4 million people have crossed international borders",
        # "some 6,000 refugees crossed Chad's eastern border" (term:crossed-borders)
        r"cross(?:ed|es|ing)\s+(?:the\s+|international\s+|national\s+)?borders\b|"
        # the border of the country that speaks or is spoken of: "12,000 Sudanese had crossed its border", "crossed
        # our western border" (term:crossed-own-border)
        r"cross(?:ed|es|ing)\s+(?:its|our|their)\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?"
        r"(?:borders?|frontiers?)\b|"
        r"cross(?:ed|es|ing)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?-i:[A-Z])[\w-]+['’]s?\s+"
        r"(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?(?:border|frontier)\b|"
        # "6,000 people crossed through Torkham into Afghanistan" (term:crossed-through)
        r"cross(?:ed|es|ing)\s+through\s+(?:the\s+)?(?=(?-i:[A-Z]))|"
        r"cross(?:es|ing)?\s+into|left\s+(?:the\s+|their\s+)?(?:(?:rural|remote|border|frontline|front-line|coastal|"
        r"outlying|surrounding|nearby)\s+)?(?:city|cities|towns?|villages?|areas?|region|country|"
        # (a settlement left too: "24 families left the settlement overnight as the river rose")
        r"camps?|districts?|communities|neighbourhoods?|neighborhoods?|settlements?)|"
        # "hundreds of families were leaving Kursk border villages"
        r"(?:(?<=\bwere\s)|(?<=\bare\s))(?:still\s+)?leaving(?=\s+(?:their\s+|the\s+)?(?:homes?|villages?|towns?|"
        r"cit(?:y|ies)|areas?|(?-i:[A-Z])))|"
        # "have abandoned their villages", "abandoning their homes"
        r"abandon(?:ed|ing)\s+(?:their|his|her)\s+(?:homes?|villages?|houses?|towns?|lands?|farms?|settlements?)|"
        # "have deserted Tyre", "vacated their homes", "abandoned the town of Kurakhove"
        r"(?:abandon(?:ed|ing)|desert(?:ed|ing)|vacat(?:ed|ing))\s+(?:their\s+(?:homes?|houses?|villages?|towns?|"
        r"neighbourhoods?|neighborhoods?|farms?|lands?|settlements?|shelters?|camps?)\b|the\s+(?:town|city|village|area|camp|"
        r"district|region|island|neighbourhood|neighborhood)\s+of\b|(?=(?-i:[A-Z])))|"
        # "sought safety in the hills", "took to the hills", "ran into the bush", "are on the run"
        r"(?:sought|seeking|seek|found|finding)\s+(?:safety|protection|sanctuary)|"
        # "went into hiding in the forest", "made their way to Kassala"
        r"(?:went|gone|go|going)\s+into\s+hiding|made\s+their\s+way\s+(?:to|towards|into)\s+(?=(?-i:[A-Z]))|"
        r"(?:took|taken|take|taking)\s+to\s+the\s+(?:hills|bush|mountains|forests?|woods|roads?|sea|boats)|"
        r"(?:ran|run|running|went|gone|headed|escaped|retreated)\s+(?:in)?to\s+the\s+(?:bush|hills|mountains|forests?|woods)|"
        # "About 1,500 hid in the bush near Arbinda" (term:hid-in-the-bush)
        r"(?:hid|hiding|hidden|hide|hides)\s+in\s+the\s+(?:bush|hills|mountains|forests?|woods)|"
        r"on\s+the\s+run|"
        # "3,500 people have sheltered near the Malawi border": those who took shelter there (term:sheltered-near)
        r"(?:(?<=\bhave\s)|(?<=\bhad\s)|(?<=\bhas\s))sheltered\s+(?:near|along|close\s+to|in\s+the\s+(?:bush|hills|mountains|forests?|woods))\b|"
        # "7,000 people entered Chad", "trekked to Ngala from Rann"
        # ("has counted over 12,000 people entering Uganda")
        r"(?:entered|entering)(?=\s+(?:the\s+country|neighbouring|neighboring|(?-i:[A-Z])))|"
        r"(?:trekked|walked|journeyed|travell?ed|ran)\s+(?:for\s+\w+\s+)?(?:to|towards|into)\s+(?=(?-i:[A-Z]))|"
        # boats' people come ashore: "some 700 refugees have landed in Kupang" (term:landed-in)
        r"(?:(?<=\bhave\s)|(?<=\bhad\s)|(?<=\bhas\s))landed\s+(?:in|on|at)\s+(?=(?-i:[A-Z]))|"
        # "3,100 people passed the border on Monday" (term:passed-the-border)
        r"pass(?:ed|es|ing)\s+(?:through\s+|over\s+)?the\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?:border|frontier)\b|"
        # "some 900 boarded lorries bound for Kaya" (term:boarded-to)
        r"board(?:ed|ing)\s+(?:[\w-]+\s+)?(?:buses|boats|trains|trucks|lorries|ferries|vehicles)\s+(?:to|for|bound\s+for|"
        r"towards?)\s+(?=(?-i:[A-Z]))|"
        # "only 200 families have managed to reach Kaya" (term:managed-to-reach)
        r"(?:managed|able)\s+to\s+(?:reach|get\s+to)\s+(?=(?-i:[A-Z][a-z]))|"
        # "the arrival of 4,000 people in Kaya" (term:arrival-of)
        # ("the arrival in Niger of 2,300 people": the country or town between) (term:arrival-in-place-of)
        r"arrival\s+of|arrivals?\s+in\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}of|"
        # "some 900 people from Lakes state moved to Yirol in search of safety" (term:in-search-of-safety)
        r"in\s+search\s+of\s+(?:safety|refuge|sanctuary|protection)|"
        # "about 3,000 went to Kaya and 1,200 to Dori" (term:went-to-place)
        r"went\s+to\s+(?:the\s+)?(?!(?:Mass|Church|Parliament|Court|School|College|Hospital|Red\s+Cross)\b)"
        rf"(?=(?-i:[A-Z][a-z])){_NOT_A_WORKPLACE}|"
        # "500 households have moved to Kaya" (term:moved-to-place)
        rf"(?:(?<=\bhave\s)|(?<=\bhad\s)|(?<=\bhas\s))moved\s+to\s+(?=(?-i:[A-Z])){_NOT_A_WORKPLACE}|"
        # "approximately 2,600 individuals reached Gedaref State": people who arrived in a named place (not a phase
        # or a level reached, "reached Phase 5")
        # ("some 300 households a week reaching Kaya": those arriving, as they arrive, right after their noun)
        r"(?:(?<!\bhave\s)(?<!\bhas\s)(?-i:reached)|(?:(?<=people\s)|(?<=persons\s)|(?<=families\s)|"
        r"(?<=households\s)|(?<=individuals\s)|(?<=refugees\s)|(?<=IDPs\s)|(?<=returnees\s)|(?<=were\s)|(?<=are\s))"
        r"(?-i:reaching))\s+"
        r"(?=(?-i:[A-Z][a-z]))(?!(?:Phase|Level|Category|Stage|Emergency|Crisis|"
        r"Famine|Catastrophe|IPC)\b)",
    ),
    (
        Term.DISPLACED,
        # "Since March, 4,120 households have experienced displacement at least once": a tracker's cumulative count
        # of those displaced, the noun the object of the verb
        r"(?:experienced|experiencing|undergone|underwent)\s+(?:(?:new|further|secondary|repeated|multiple)\s+)?"
        r"displacement|"
        r"displac(?:ed|ement|ements|ing|es?)|uprooted|"
        r"(?:unable\s+to|cannot|can\s+not|could\s+not|couldn['’]t|can['’]t|yet\s+to|not\s+(?:yet\s+)?(?:able\s+to\s+)?)"
        r"\s*return(?:ed)?|"
        # "About 6,000 stayed with relatives in Gao" (term:stayed-with-relatives)
        # ("living with their kin or friends", "opted to stay with relatives", "now live with family
        # members", "hosted by their relatives": any form of the verb, with or without "their")
        r"(?:staying|stayed|living|sheltering|hosted|housed|lodged|(?:moved|moving|gone|went)\s+in|"
        r"(?:gone|went)\s+to\s+(?:stay|live)|(?<!\bwill\s)(?:stay|stays|live|lives|lived))"
        r"\s+(?:with|by)\s+(?:their\s+)?(?:host\s+famil(?:y|ies)|host\s+communities|"
        r"relatives|friends|(?:extended\s+)?families|family\s+members|neighbours|neighbors)|"
        # "while 9,400 families are with relatives": where they are now, not who they were with
        r"(?:are(?:\s+now|\s+still)?|were\s+(?:now|still))\s+with\s+(?:host\s+famil(?:y|ies)|host\s+communities|relatives)|"
        r"forced\s+(?:out|away)\s+(?:of|from)\b|ordered\s+out\s+of\b|"
        # "25,000 people have been forced out by rising waters" (term:forced-out-by)
        r"(?<=been\s)forced\s+out\s+(?=by\b)|made\s+homeless|left\s+homeless|lost\s+their\s+(?:homes|houses|shelters|dwellings)(?![\'’])|"
        # "with some 1,200 villagers losing their homes" (not a fear or a risk of it: "at risk of losing their homes",
        # "fear losing their homes")
        # (term:losing-their-homes)
        r"(?<!\bof\s)(?<!\bfrom\s)(?<!\bagainst\s)(?<!\bfear\s)(?<!\bfears\s)(?<!\bfeared\s)(?<!\bface\s)(?<!\bfacing\s)"
        r"(?<!\brisk\s)(?<!\bavoid\s)(?<!\bstop\s)(?<!\bprevent\s)losing\s+their\s+(?:homes|houses|dwellings)(?![\'’])|"
        # "the landslide has unsettled 30 families": driven from their homes (term:unsettled)
        r"(?:(?<=\bhave\s)|(?<=\bhas\s)|(?<=\bhad\s))unsettled(?=\s+(?:[\w-]+\s+){0,2}?\d[\d,.\s–-]*\s+(?:households|"
        r"families|people|persons|residents|villagers|inhabitants)\b)|"
        r"forced\s+(?:out\s+)?(?:from|out\s+of)\s+their\s+homes|driven\s+(?:from|out\s+of)\s+their\s+homes|"
        r"forced\s+to\s+leave|left\s+their\s+homes|(?:had|have|has|having)\s+to\s+(?:leave|abandon)\s+their\s+(?:\w+\s+)?homes|"
        # a clearance: "800 households were removed from the river banks" (term:removed-from-land); not from a list
        r"(?:(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bforcibly\s))removed\s+from\s+(?:the\s+|their\s+)(?:[\w-]+\s+){0,2}?"
        r"(?:homes?|zones?|areas?|settlements?|riverbanks?|banks|land|lands|sites?|camps?|slums?|forests?|reserves?|"
        r"informal\s+settlements?|corridors?|road\s+reserves?)\b|"
        # "evictions hit 7,400 people in Daynile": the people evicted (term:evictions-hit)
        rf"(?:forced\s+)?evictions?\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:hit|affected|struck|touched)(?=\s+{ANY_QUALIFIERS}\d)|"
        r"(?:forcibly\s+)?evicted|forced\s+evictions?|abandon(?:ed|ing)?\s+their\s+(?:\w+\s+)?homes|on\s+the\s+move|idps|"
        r"(?-i:IDP)(?=\s+(?:households|families|individuals|persons|people|children|women|men|camps?|sites?|"
        r"settlements?|cent(?:re|er)s?|shelters?|caseload|populations?|figures?|numbers?|count|stock|total|movements)\b)|"
        # the region's own words kept in English text: "left 830 people damnificados"
        r"damnificad[oa]s|desplazad[oa]s|desabrigad[oa]s|desalojad[oa]s|"
        r"homeless|internally\s+displaced|outside\s+(?:the\s+)?(?:(?-i:ECs)|evacuation\s+cent(?:re|er)s)|"
        # "70,000 refugees were residing outside the camps": displaced, living among the hosts (term:outside-camps)
        r"(?:living|residing|staying|live|lived|reside|resided)\s+outside\s+(?:the\s+|formal\s+|official\s+)*"
        r"(?:camps|sites|settlements)\b|(?:from|out\s+of)\s+their\s+(?:homes|villages|towns|communities|land)|"
        r"(?:drove|driven|driving|drives|chased)(?=\s+(?:[\w,.'’-]+\s+){0,6}(?:(?:from|out\s+of)\s+(?:their\s+|the\s+)?[\w-]+|"
        r"out(?=\s*[,.;]|\s+(?:towards?|to|into|across)\b)|"
        r"to\s+(?:higher\s+ground|safety|safer\s+(?:areas|places|ground))|"
        # "drove 640,000 villagers across the porous border into Chad" (term:drove-across-border)
        r"(?:across|into|towards?)\s+(?:the\s+)?(?:(?:nearby|porous|northern|southern|eastern|western)\s+)?"
        r"(?:(?-i:[A-Z])|border|bush|hills|mountains|neighbouring|neighboring)))|without\s+(?:a\s+)?(?:shelter|homes?|roof)|(?:had|have|has)\s+no\s+(?:shelter|homes?|roof)|"
        r"forced(?=\s+(?:[\w,'’-]+\s+){1,5}(?:out\s+of|from\s+(?:their|(?-i:[A-Z]))))|forced\s+to\s+(?:move|leave|relocate)|"
        # "were compelled to leave their homes", "obliged to abandon their farms" (term:compelled-to-leave)
        r"(?:compelled|obliged)\s+to\s+(?:leave|abandon|vacate|move)\b|"
        r"(?:forc(?:ed|ing|es?)|prompt(?:ed|ing|s)?|compel(?:led|ling|s)?|obliged|obliging|obliges?)(?=\s+(?:[\w,'’-]+\s+){1,8}to\s+(?:leave|"
        # "forced 2,000 residents to be evacuated", "the blaze forced hundreds to retreat to shelters"
        r"flee|evacuate|move|relocate|abandon|seek|retreat|be\s+(?:evacuated|relocated|moved|displaced|resettled)))|"
        # "were made to leave their homes" (term:made-to-leave)
        r"made\s+to\s+(?:leave|flee|abandon|evacuate)\b|"
        # "forced 200 people into municipal shelters", "pushed 135,000 people towards Goma"
        # ("drove 2 million people into camps", "driving 40,000 families into shelters": the same push)
        r"(?:forc(?:ed|ing)|drove|driven|driving|drives)(?=\s+(?:[\w,.'’-]+\s+){1,12}?into\s+(?:[\w-]+\s+){0,2}(?:shelters?|camps?|tents|(?:evacuation|"
        r"relief|transit|reception|safety|shelter)\s+cent(?:re|er)s|displacement\s+sites|exile))|"
        # "sent 15,000 more people towards the border"
        r"(?:push(?:ed|ing)|sen(?:t|ding))(?=\s+(?:[\w,.'’-]+\s+){1,6}(?:towards?|into|out\s+of|across)\s+(?:the\s+)?(?:(?-i:[A-Z])|"
        r"(?:neighbouring|neighboring|nearby|other|safer?|host|camps?|bush|forests?|hills|mountains|border)\b))|"
        r"forced\s+into\s+(?:temporary\s+|emergency\s+)?(?:shelters?|camps?)|"
        # "more than 1.3 million people were now crammed into the city"
        r"(?:crammed|squeezed|crowded|packed)\s+into\b|"
        r"(?:moved|moving)\s+(?:away\s+)?(?:from|towards?|north|south|east|west|northwards|southwards)|"
        # "have moved to find water and pasture", "migrated from Kurram's Bagan area"
        # "have moved to other areas in search of water and pasture"
        r"(?:moved|moving|migrated|migrating)\s+to\s+other\s+(?:areas|places|locations|villages|towns|districts|parts|"
        r"regions|settlements|communities)|"
        r"(?:moved|moving|migrated|migrating)\s+(?:away\s+|elsewhere\s+)?(?:from|towards?|to\s+(?:find|seek|look\s+for)|"
        r"in\s+search\s+of|elsewhere|away)",
    ),
]
# "the population of the Farchana camp stood at 60,000" (not "cases in the population of the camps", nor "the
# population of the camp's goats")
_CAMP_POPULATION_OF = re.compile(
    r"(?<!\bin\s)(?<!\bamong\s)\bthe\s+population\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:camp|site|settlement)s?\b"
    r"(?!['’])[^.;\d]{0,40}$",
    re.IGNORECASE,
)
_TERM_RE = [(term, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for term, pattern in _TERMS]
# every displacement word: the terms' alternatives in order, grouped by their first letter (the same matches as
# "|".join(f"(?:\\b(?:{p})\\b)" for _, p in _TERMS), faster: extraction.scanning.by_first_character)
_ANY_TERM = by_first_character([f"\\b(?:{a})\\b" for _, p in _TERMS for a in top_level_alternatives(p)], re.IGNORECASE)
_TRAPS = re.compile(
    r"\b(?:killed|kill|killing|dead|died|die|deaths?\s+of|deaths?|death\s+toll|wounded|injured|injuries|hurt|casualties|drowned|"
    r"drowning|perished|voted|voting|born|births|"
    # "the raids claimed the lives of some 40 villagers and displaced hundreds": the dead
    r"lives\s+of|"
    # an exercise, not a move: "A mock evacuation drill involving 3,000 students"
    r"(?:mock\s+)?(?:evacuation|emergency)\s+(?:drills?|exercises?|simulations?)|mock\s+evacuations?|"
    # a warning is no order: "20,000 residents had been warned to prepare to move" (term:trap-warned)
    r"warned(?=\s+to\b)|"
    # "flash floods have swept away 14 tourists", "the landslide buried 670 people" (term:trap-swept-away)
    r"swept\s+away|washed\s+away|buried|trapped|"
    r"massacred|executed|murdered|missing|arrested|detained|abducted|kidnapped|deported|expelled|"
    # what some of them did, not what happened to them: "2,000 IDPs protested outside the governor's office"
    r"protest(?:ed|ing)|demonstrated|demonstrating|marched|rallied|attended|participated|took\s+part|"
    # (but "households displaced by fighting reached Mogadishu": people who arrived in a named place)
    r"fed|feed|feeds|feeding|food|meals|rations|(?:reached|reaching|reach)(?!\s+(?-i:[A-Z][a-z]))|assisted|assist|"
    r"assists|assisting|assistance|"
    r"aid|vaccinated|"
    r"treated|received|receiving|receives?|support|supported|supporting|target|targets|targeting|exposed|blankets|kits|"
    r"separated|(?:registered|eligible|selected|verified|screened|assessed)\s+for|eligible\s+to|"
    r"(?:built|designed|meant|intended)\s+(?:to\s+(?:hold|house|host|accommodate|shelter|receive|take(?:\s+in)?)|to|for)|capacity|"
    # "centres set up to hold up to 3,000 people", "a shelter capable of hosting 500 evacuees": a capacity
    r"(?:set\s+up|equipped)\s+to\s+(?:hold|house|host|accommodate|shelter|receive|take\s+in)|"
    r"capable\s+of\s+(?:hosting|housing|accommodating|holding|sheltering|receiving|taking\s+in)|"
    # not DSWD's "being served inside 73 evacuation centers": where they stay
    # (nor "served outside evacuation centers": displaced, staying with hosts)
    r"serv(?:ed|ing)(?!\s+(?:inside|in|at|outside)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:evacuation|ECs\b|camps|shelters))|affected|affecting|benefit(?:ed|ing|s)?|beneficiaries|distributed|delivered|provided|supplied|helped|enrolled|"
    # "to help 200,000 displaced people", "400 displaced students sat their exams"
    r"help|helps|helping|(?:sat|sit|sitting|took|taking)\s+(?:their\s+|the\s+)?(?:\w+\s+)?exams?|"
    r"captured|seized|recaptured|took\s+control|taken|destroyed|damaged|shelled|bombed|struck|hit|targeted|"
    r"vehicles|trucks|lorries|tanks|convoys?|posts|checkpoints|towns|villages|cities|neighbourhoods|"
    r"neighborhoods|buildings|houses|homes\s+were|schools|hospitals|tents|shelters\s+were|airstrikes|strikes|"
    r"rockets|shells|missiles|soldiers|troops|fighters|militants|rebels|police|officers|staff|workers|volunteers|"
    r"doctors|teachers|dollars|euros|tonnes|tons|kilometres|kilometers|km|miles|hectares|percent|per\s+cent|"
    r"contracted|diagnosed|hepatitis|measles|malaria|dengue|mpox|diarrh?o?ea|malnutrition|malnourished|wasting|"
    r"stunting|stunted|"
    r"(?:registered|eligible)\s+to\s+vote|interviewed|surveyed|sampled|polled|consulted|covered|covering|assessed\s+(?!as\b)(?!(?:(?:displacement|IDP|evacuation|collective)\s+)?(?:sites|camps|locations|cent(?:re|er)s|settlements)\b)|process(?:es|ed|ing)?|"
    r"handles|handled|handling|votes|voters|cases|infected|infections|tested|cholera|covid|starving|hungry|food[-\s]insecure|"
    r"in\s+(?:urgent\s+|dire\s+|immediate\s+|acute\s+)?need|need\s+(?:humanitarian\s+)?(?:aid|assistance|help)|require|requiring|at\s+risk|could\s+be|"
    r"may\s+be|might\s+be|would\s+be|could\s+flee|may\s+flee|might\s+flee|risk\s+of|threatened|expected\s+to|"
    r"missed|out\s+of\s+school|(?:no|without|lack(?:s|ed|ing)?|limited|little)\s+(?:of\s+)?access\s+to\s+(?:schools?|education|classes|learning)|can\s+hold|able\s+to\s+hold|"
    # what shelters are to take in, a plan or a capacity: "the halls will initially accommodate about 800 people"
    r"(?:will|would|could|can)\s+(?:\w+ly\s+)?(?:accommodate|house|host|shelter|take\s+in)\b|planned|plans\s+to|prepared\s+for|subject\s+to\s+(?:an?\s+|the\s+)?(?:(?:mandatory|compulsory|forced|new|emergency)\s+)?evacuation|"
    # "Evacuation instructions were issued to about 1.1 million residents": covered by an order (term:trap-order-issued)
    r"(?:orders?|instructions?|warnings?|advisories|notices)\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|"
    r"had\s+been\s+)?(?:issued|sent|extended)\s+(?:to|for)|"
    r"under\s+(?:an?\s+|the\s+)?(?:(?:mandatory|voluntary|new|emergency)\s+)?evacuation\s+"
    r"(?:orders?|warnings?|advisories)|"
    # "3,100 residents are facing new evacuation orders": under an order, not yet gone
    r"(?:facing|faces?|faced)\s+(?:(?:new|fresh|further|mandatory)\s+)?evacuation\s+(?:orders?|warnings?)|contingency|capacity|can\s+host|can\s+accommodate|can\s+take(?:\s+in)?|can\s+house|"
    r"able\s+to\s+(?:host|house|accommodate|take\s+in))\b",
    re.IGNORECASE,
)
_STOCK_CUES = re.compile(
    r"\b(?:remain(?:s|ed)?|still|currently|now\s+(?:live|living|shelter)|are\s+(?:now\s+)?(?:displaced|living|"
    r"sheltering|staying|internally)|is\s+home\s+to|live\s+in|living\s+in|sheltering|host(?:s|ing)?|in\s+total|"
    r"total\s+number|overall|stands\s+at|as\s+of)\b",
    re.IGNORECASE,
)


_SEPARATORS = re.compile(
    # not inside a list of numbers ("displaced 1,150, 870 and 430 households"): one clause
    # (", though others may also have arrived": another clause)
    r";|,\s*(?:while|but|whereas|though|although|and\s+(?=\d)|as\s+well\s+as)\b|\bwhile\b|\bwhereas\b|\bbut\b|(?<!\d\s)(?<!\d\smillion\s)\band\s+(?=(?:at\s+least\s+|"
    r"more\s+than\s+|some\s+|about\s+|nearly\s+|another\s+|an\s+estimated\s+|approximately\s+|around\s+|over\s+|"
    r"almost\s+|up\s+to\s+)?\d)(?!\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)|(?<!\bc)(?<!\bca)(?<!\bapprox)(?<!\best)(?<!\bi\.e)(?<!\be\.g)(?<!\bind)(?<!\bindiv)"
    r"(?<!\bpers)(?<!\bSt)(?<!\bMt)(?<!\bFt)\.\s",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _masked_brackets(sentence: str) -> str:
    if "(" not in sentence:
        return sentence
    return _BRACKETED.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")", sentence)


_BRACKETED = re.compile(r"\([^()]{0,200}\)")


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): split on ';', ', while', ', but', ', whereas', ' while ' and ' and N', but
    never inside brackets ("300 people (including 44 older people and 139 children) were evacuated")."""
    separators = _separators(sentence)
    left = max((e for s, e in separators if e <= start), default=0)
    right = min((s for s, e in separators if s >= end), default=len(sentence))
    return left, right


@lru_cache(maxsize=64)
def _separators(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clauses part, found once for all its quantities."""
    return tuple(m.span() for m in _SEPARATORS.finditer(_masked_brackets(sentence)))


_COORDINATED = re.compile(rf"\s*,?\s*and\s+(?:(?:{QUALIFIER_WORDS}|another)\s+)?\d", re.IGNORECASE)
_ONLY_QUALIFIERS = re.compile(
    rf"\s*(?:(?:{QUALIFIER_WORDS}|another|a\s+further|an\s+additional|the|a\s+total\s+of|at\s+most|to|for|with)\s+)*",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _term_matches(sentence: str) -> tuple[re.Match, ...]:
    """Every displacement word of a sentence, found once for all its quantities (not those in a body's name)."""
    return tuple(m for m in _ANY_TERM.finditer(sentence) if not _in_a_name(sentence, m))


# a displacement word that is part of a body's name: "the Protection and Return Monitoring Network", "the
# Displacement Tracking Matrix", "the Refugee and Displacement Commission"
_NAME_GOES_ON = re.compile(
    r"(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][a-z]+){0,3}?\s+(?:Network|Matrix|Commission|Committee|Council|Agency|"
    r"Authority|Office|Centre|Center|Programme|Program|Unit|Cluster|Group|Department|Ministry|Mechanism|Initiative|"
    r"Project|Fund|Organi[sz]ation|Board|Directorate|Service|Monitoring|Tracking|Working|Operations|Society|"
    r"Foundation|Alliance|Coalition)\b"
)


def _in_a_name(sentence: str, match: re.Match, offset: int = 0) -> bool:
    word = match.group()
    if not word[:1].isupper() or word.isupper():
        return False
    return bool(_NAME_GOES_ON.match(sentence, offset + match.end()))


def _next_term(after: str):
    """The first displacement word of `after` that is not part of a body's name."""
    for m in _ANY_TERM.finditer(after):
        if not _in_a_name(after, m):
            return m
    return None


def _governs(gap: str) -> bool:
    """A trap right after the people, with only auxiliaries between, is what happened to them ("5,000 people
    were killed"); one further on, after other words, is not ("… 54,000 residents after rainstorms hit …")."""
    return len(gap) <= 30 and bool(
        re.fullmatch(
            r"\s*(?:,?\s*(?:who|which|that)\s+)?(?:(?:were|was|have|has|had|are|is|been|being|also|reportedly|now|"
            r"later|then|all|in|the|of|them|to|\w+ly)\s+)*\s*",
            gap,
        )
    )


class _Shifted:
    """A match seen through positions relative to the clause start, like the matches found in `before`."""

    def __init__(self, match, offset):
        self._match, self._offset = match, offset

    def group(self):
        return self._match.group()

    def start(self):
        return self._match.start() + self._offset

    def end(self):
        return self._match.end() + self._offset


# a place's noun right before a trap's participle: "sites covered by", "villages hit by"
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:in|at|across|from)\s+(?:the\s+)?(?:\d+\s+)?(?:[a-z-]+\s+)?(?:sites|camps|areas|districts|locations|villages|"
    r"towns|settlements|communities|provinces|regions|localities)\s+$"
)
# the first half of a compound adjective: "the worst-hit area", "flood-hit villages"
# a trap word as the adjective of the place the people are in: "residents in the affected areas have been evacuated",
# "families from the shelled villages fled" (term:place-adjective)
_PLACE_ADJECTIVE = re.compile(
    r"\b(?:in|at|across|from|of|within|throughout)\s+(?:the\s+|all\s+(?:the\s+)?|several\s+|many\s+|\d+\s+)?"
    r"(?:[a-z]+\s+)?$"
)
_PLACE_AFTER_ADJECTIVE = re.compile(
    r"\s+(?:areas?|districts?|zones?|villages?|towns?|regions?|provinces?|communities|community|neighbou?rhoods?|"
    r"localities|locality|municipalities|municipality|counties|county|communes?|parts|islands?|barangays|"
    r"settlements?|states?)\b",
    re.IGNORECASE,
)
_ADJECTIVE_TRAP = re.compile(r"affected|damaged|destroyed|shelled|bombed|hit|struck", re.IGNORECASE)
_COMPOUND_BEFORE = re.compile(
    r"\b(?:worst|hardest|badly|worse|most|heavily|severely|flood|storm|quake|drought)-$|"
    # (written as two words after an article: "in the three most hit districts", "the worst affected areas")
    r"\bthe\s+(?:[a-z]+\s+)?(?:worst|hardest|most|badly|heavily|severely)\s+$",
    re.IGNORECASE,
)
_ACROSS_PLACES = re.compile(
    r"^\s*(?:across|in|from|of)\s+(?:the\s+)?(?:(?:some|about|over|nearly|more\s+than)\s+)?(?:\d[\d,]*|several|dozens\s+of)\s+"
    r"(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
# the people's noun again in letters, right after it: "internally displaced persons (IDPs)"
_NOUN_LETTERS = re.compile(r"\s*\((?:IDPs?|HHs?|PDIs?|IDP\s+HHs?)\)")
# an appositive between the people and their verb (read in _governing_term_at)
# (an aside between dashes may run longer: "210,000 people — most of them in the capital and the towns near it —
# have fled")
_APPOSITIVE_AFTER = re.compile(r"\s*(?:,[^,]{1,60},|[–—][^–—]{1,100}[–—]|\s-\s[^–—]{1,60}?\s-\s)")


_OF_AFFECTED_WHOLE = re.compile(
    r"[^\w]*?\bof\s+(?:the\s+|all\s+the\s+|those\s+)?(?:flood-|storm-|quake-)?affected\s+"
    r"(?:population|people|residents|households|families|persons|individuals|communities)\b",
    re.IGNORECASE,
)


def _governing_term_at(sentence: str, clause: tuple[int, int], q: Quantity, noun_end: int, link: str):
    """(term, how, where the term stands) for the word that governs the quantity; None when a trap does."""
    left, right = clause
    before = sentence[left : q.start]
    after = sentence[noun_end:right]
    next_term = _next_term(after)
    # the people's noun again in letters is not what happened to them: "5,200 internally displaced persons (IDPs)
    # were reached with food aid" (term:noun-letters)
    letters = _NOUN_LETTERS.match(after)
    if next_term and letters and next_term.start() < letters.end():
        following = _next_term(after[letters.end() :])
        next_term = _Shifted(following, letters.end()) if following else None
    lead = letters.end() if letters else 0
    if next_term and _PART_DESCRIBED.search(after[: next_term.start()]):
        # "300,000 people, many of them displaced, cut off from supplies": what a part of them is, not the whole
        next_term = None
    part_cue = _PART_CUE.search(after[: next_term.start()]) if next_term else None
    if part_cue and not re.search(r",(?!\d)", after[part_cue.end() : next_term.start()]):
        # "9.8 million people in Yemen, including 4.5 million IDPs, will need assistance": the part's word; the
        # whole's own comes after the part
        comma = re.compile(r",(?!\d)").search(after, next_term.end())
        closing = comma.start() if comma else -1
        following = _next_term(after[closing:]) if closing >= 0 else None
        next_term = _Shifted(following, closing) if following else None
    # an appositive between the people and their verb is not what happened to them:
    # "two million Gazans, or 90 percent of the population, have been displaced"
    appositive = _APPOSITIVE_AFTER.match(after)
    next_trap = _TRAPS.search(" " * appositive.end() + after[appositive.end() :] if appositive else after)
    # a risk that describes who they are, their own verb after it: "120 households at risk of landslides in Kaski
    # have been relocated", "families living at high risk of floods were evacuated" (term:at-risk-described)
    risk_end = (
        next_term.start()
        if next_trap is not None
        and next_term is not None
        and _AT_RISK_WHO.match(after)
        and _AUX_BEFORE_TERM.search(after, 0, next_term.start())
        and not re.search(r"[;()]", after[: next_term.start()])
        else -1
    )
    while (
        next_trap
        and (
            _WHERE_NOUN.search(after[max(0, next_trap.start() - 40) : next_trap.end()])
            # their own things, not things counted: "1,900 displaced families had their tents swept away"
            or _POSSESSED.search(after[max(0, next_trap.start() - 30) : next_trap.start()])
            # a word of a displacement phrase: "are living in tents", "sheltering in schools"
            or any(m.start() <= next_trap.start() < m.end() for m in _ANY_TERM.finditer(after, 0, next_trap.end() + 1))
            or next_trap.start() < risk_end
            # what they face, not what was done to them: "The 80,000 IDPs in Mopti's camps face food shortages"
            or _FACING.search(after[max(0, next_trap.start() - 30) : next_trap.start()])
            # another count's word: "4,500 displaced, 12 dead"
            or _ANOTHER_COUNT.search(after[: next_trap.start()])
            # what caused it, not what befell them: "6,500 displaced after torrential rain hit Rubavu"
            or _CAUSE_BEFORE_TRAP.fullmatch(after[: next_trap.start()])
            # what is said of a place named after them: "18,240 IDPs in the 11 sites covered by the camp cluster",
            # "people in villages hit by the storm" (term:place-described)
            or _PLACE_NOUN_BEFORE.search(after[max(0, next_trap.start() - 30) : next_trap.start()])
            # half of a compound adjective of what describes them: "people in the worst-hit area of Beni have fled"
            # (term:compound-adjective)
            or _COMPOUND_BEFORE.search(after, max(0, next_trap.start() - 24), next_trap.start())
            # an adjective of the place they are in, not what befell them: "10,000 residents in the affected areas
            # have been evacuated" (term:place-adjective)
            or (
                _ADJECTIVE_TRAP.fullmatch(next_trap.group())
                and _PLACE_AFTER_ADJECTIVE.match(after, next_trap.end())
                and _PLACE_ADJECTIVE.search(after, max(0, next_trap.start() - 30), next_trap.start())
            )
            # villages counted where the people are from, not what befell them: "5,000 residents across 76 villages
            # have been forced to leave" (term:across-places)
            or (
                _PLACE_NOUN.fullmatch(next_trap.group())
                and _ACROSS_PLACES.search(after, max(0, next_trap.start() - 30), next_trap.start())
            )
            # the whole they are a part of: "a third (9,412 people) of all the affected residents were moved out"
            # (term:part-of-affected)
            or _OF_AFFECTED_WHOLE.match(after, max(0, next_trap.start() - 16), next_trap.end() + 20)
            # towns named in what describes them, not towns counted: "residents of the northern towns and
            # communities …", "in the provinces and cities of …" (term:long-subject)
            or (
                _PLACE_NOUN.fullmatch(next_trap.group())
                and _PLACE_PHRASE_BEFORE.search(after, max(0, next_trap.start() - 60), next_trap.start())
            )
        )
    ):
        next_trap = _TRAPS.search(after, next_trap.end())  # "… people in Harare and other cities": where they are
    # who the people are, before what happened to them: "3,000 people whose homes were damaged have been
    # evacuated", "189,800 residents living in work sheds or dilapidated houses … had moved to safer places"
    described = next_term is not None and _DESCRIBED.match(after) is not None
    if described and next_trap and next_trap.start() < next_term.start():
        next_trap = _TRAPS.search(after, next_term.end())
    if (
        next_trap
        and next_term
        and re.fullmatch(r"\s+and\s+(?:were\s+|have\s+been\s+)?", after[next_trap.end() : next_term.start()])
    ):
        next_trap, coordinated = None, True  # "16,000 families were affected and evacuated"
    else:
        coordinated = False
    last_term = None
    for m in _term_matches(sentence):  # the whole sentence: some terms look ahead past the number
        if m.start() < left:
            continue
        if m.start() >= q.start:
            break
        last_term = m
    if last_term is not None:
        last_term = _Shifted(last_term, -left)
    last_trap = None
    for m in _TRAPS.finditer(before):
        last_trap = m
    if (
        last_trap
        and last_term
        and _TOTAL_REACHED.fullmatch(last_trap.group())
        and last_term.end() <= last_trap.start()
        and re.fullmatch(r"[^\d;]{0,50}", before[last_term.end() : last_trap.start()])
    ):
        last_trap = None  # "displacement in Somalia reached 1.2 million people": a total, not people reached with aid
    if (
        last_trap
        and last_term
        and re.fullmatch(r"hit|affected|struck|houses|provided", last_trap.group(), re.IGNORECASE)
        and last_term.start() <= last_trap.start()
        and last_term.end() >= last_trap.end()
    ):
        # the verb of a longer term is the term's: "evictions hit 7,400 people", "the centre houses", "provided shelter
        # to"
        last_trap = None
    # "Mali's number of IDPs grew by nearly 40% to some 300,000 people": the growth's
    # share is no count, nor its "per cent" a trap (term:grown-by-share)
    grown = (
        _GROWN_BY_SHARE.search(before)
        if last_term is not None
        and " by " in before
        and "umber" in before
        and _NUMBER_OF_TERM.search(before, 0, last_term.start())
        else None
    )
    if grown and last_term.end() <= grown.start():
        last_trap = None
        for m in _TRAPS.finditer(before, 0, grown.start()):
            last_trap = m
    else:
        grown = None
    # the quantity's own noun phrase may carry the term ("5,000 displaced people", "3,000 IDPs")
    own = _ANY_TERM.search(sentence[q.end : noun_end])
    if own is None and _HARMED.search(sentence, q.end, noun_end):
        return None  # "300 injured people": the quantity's own words say what it counts
    if (
        own is None
        and next_term is None
        and _OWN_AFFECTED.search(sentence, q.end, noun_end)
        # (but those a shelter holds are displaced, whatever their noun: "the school camp is hosting 260 affected
        # families")
        # (term:sheltered-affected)
        and not (
            last_term is not None
            and _HOLDING_VERB_END.search(last_term.group())
            and _ONLY_QUALIFIERS.fullmatch(before[last_term.end() :])
        )
    ):
        return None  # "12 displaced people, 2,600 affected people, 40 damaged houses": the count's own word
    helped_to_go = (
        last_trap
        and _HELPED.fullmatch(last_trap.group())
        and next_term
        and re.fullmatch(r"\s*(?:to\s+)?", after[: next_term.start()])
        and _BASE_MOVE.match(next_term.group())
    )  # "soldiers helped 5,000 people flee Bakhmut": what the help was, the people went
    # a harm with a count of its own, listed before: "two deaths with 2,200 people displaced" (term:impact-list)
    impact_before = (
        last_trap is not None
        and _HARM_COUNTED.fullmatch(last_trap.group())
        and _IMPACT_BETWEEN.fullmatch(before, last_trap.end())
        and _IMPACT_COUNT_BEFORE.search(before, 0, last_trap.start())
    )
    if (
        link != "number-of"
        and last_trap
        and not helped_to_go
        and not impact_before
        and _ONLY_QUALIFIERS.fullmatch(before[last_trap.end() :])
        # (a displacement word inside the trap is the trap's: "the camp will be able to host 4,000 more refugees")
        and (last_term is None or last_term.end() <= last_trap.end())
    ):
        return None  # "killed 21 people", "fed 1.4 million displaced people", "can accommodate 5,000 families"
    if link == "object" and last_term and (last_trap is None or last_trap.end() < last_term.start()):
        return _term_of(last_term.group()), "object", left + last_term.start()
    # the verb before the people governs them ("sheltered 50,000 families in tents in X after the earthquake destroyed
    # their homes", the Arabic and French verb first): what follows where they are is not what befell them
    governed_before = last_term is not None and _ONLY_QUALIFIERS.fullmatch(before[last_term.end() :]) is not None
    if (
        next_term
        and next_trap
        and not governed_before
        and next_term.start() < next_trap.start()
        and (
            (
                (
                    _LOCATED.fullmatch(after[: next_term.start()])
                    # the term is itself where they are: "5,000 people in IDP camps received food"
                    or (not after[: next_term.start()].strip() and _WHERE_TERM.match(next_term.group()))
                )
                and re.fullmatch(r"[^,;()]{0,40}", after[next_term.end() : next_trap.start()])
            )
            # "500,000 people displaced in Gaza City faced famine": who they are, then what happened to them
            # (or on their way: "20,000 IDPs returning to their villages in Lira received a resettlement ration")
            or (
                not after[lead : next_term.start()].strip()
                and (
                    re.fullmatch(r"(?:displaced|uprooted|evacuated)", next_term.group(), re.IGNORECASE)
                    # a verb: "received", not "… and nearby villages"
                    or (
                        re.fullmatch(r"(?:returning|fleeing)", next_term.group(), re.IGNORECASE)
                        and next_trap.group().endswith("ed")
                    )
                )
                and re.fullmatch(r"\s+(?:in|by|from|at|to)\s[^,;()]{0,40}", after[next_term.end() : next_trap.start()])
                and not re.search(r"\b(?:were|was|have|has|had|are|is)\s*$", after[next_term.end() : next_trap.start()])
                # a noun right after "to", "in" or "at" is where they went, not what befell them: "3,900 people
                # evacuated to schools"
                and not (
                    re.fullmatch(r"\s+(?:to|in|at|into)\s+(?:[a-z-]+\s+)?", after[next_term.end() : next_trap.start()])
                    and not next_trap.group().lower().endswith(("ed", "ing"))
                )
            )
        )
    ):
        # "45,000 children in displacement sites missed school", "5,000 people in IDP camps received aid": where
        # they are, then what happened to them
        return None
    if next_term and (next_trap is None or next_term.start() <= next_trap.start()):
        gap = after[: next_term.start()]
        # a term far away after another verb is not ours ("5 people were killed as 200 fled")
        # (not in an apposition: "800,000 people, nearly two thirds of those who had sheltered in Rafah, have fled")
        verbs_gap = gap[appositive.end() :] if appositive and appositive.end() <= len(gap) else gap
        other_verb = _OTHER_VERB.search(verbs_gap)
        # a description of the people ("living within the four-kilometre danger zone around …") may run longer
        # nor one whose own subject is counted between ("orders cover 26,000 residents, and 4,200 people have
        # registered at shelters": the 4,200's)
        # (not the counts of an aside naming who they are: "7,000 people, including 500 children and 90 persons with
        # disabilities, have been evacuated")
        counted_between = _OBJECT_OF_OTHER.search(before) and _COUNTED_SUBJECT.search(gap) and not _PART_CUE.match(gap)
        long_subject = _LONG_SUBJECT.fullmatch(gap)
        long_subject = (
            long_subject
            # (the count opens its clause as its subject: no verb before it, nor a preposition whose object it is)
            and not _ANY_VERB.search(before)
            and not _OBJECT_OF_PREPOSITION.search(before)
            and not _NOT_IN_SUBJECT.search(gap)
            and not _OTHER_VERB.search(gap, 0, long_subject.start("aux"))
        )
        if (
            (long_subject or (len(gap) <= (130 if described else 90) and (coordinated or described or not other_verb)))
            and not counted_between
            # another count written right after this one's noun has the verb: "households affected: 45,000
            # households 3,900 people evacuated" (a form's fields run together)
            and not _COUNT_RIGHT_AFTER.match(gap)
            # nor one whose own count opens a clause before it: "3 million people live in the province, where
            # 400,000 have fled"
            and not _CLAUSE_COUNT_BEFORE_TERM.search(gap)
            # nor a verb joined by "and" with a count of its own after it: "caused the deaths of 400 people and
            # displaced more than 3,000", "left 40 people dead and displaced about 3,000" (the 3,000 are its object)
            and not (_AND_END.search(gap) and _OWN_OBJECT_AFTER.match(after, next_term.end()))
            # nor the word before another count's noun: "lists 9,000 victims and some 4,000 displaced people"
            # (term:next-count-adjective)
            # (not a list sharing that noun: "recorded 3,400 and 1,200 displaced families")
            and not (
                sentence[q.end : noun_end].strip()
                and _NEXT_COUNT_END.search(gap)
                and _PEOPLE_NOUN_AFTER.match(after, next_term.end())
            )
        ):
            return _term_of(next_term.group()), "verb-after", noun_end + next_term.start()
    # a trap in a clause about a part of them is not theirs: "4.5 million IDPs, of whom 70 per cent were …"
    part_clause = next_trap and _PART_CLAUSE.search(after[: next_trap.start()])
    if own and not (next_trap and (next_trap.start() < 25 or _governs(after[: next_trap.start()])) and not part_clause):
        return _term_of(own.group()), "noun-phrase", q.end + own.start()
    # "the number of people displaced from El Fasher and the villages around it in North Darfur rose to 99,000
    # people": the term in the number's subject, the number's own verb right before it, reaches further (past the
    # places of the subject)
    counted = (
        last_term is not None
        and _NUMBER_OF_TERM.search(before, 0, last_term.start())
        and _COUNT_VERB_BEFORE.search(before)
    )
    counted = counted or grown
    if counted and last_trap and _PLACE_NOUN.fullmatch(last_trap.group()):
        last_trap = None
    if last_term and (last_trap is None or last_trap.end() < last_term.start()):
        between = before[last_term.end() :]
        # no other count between them, unless a list of counts sharing the word ("displaced 1,150, 870 and 430")
        if len(between) <= (160 if counted else 80) and (
            not re.search(r"\d", between.replace(sentence[q.start : q.end], "").replace(grown[0] if grown else "", ""))
            or _LIST_ONLY.fullmatch(between)
            or (link == "subject" and not re.search(r"\d", _DAY_AND_MONTH.sub("", between)))
        ):
            stayed = (
                _STAYED_AFTER.match(after)
                and _term_of(last_term.group()) in (Term.FLED, Term.EVACUATED)
                and not _PART_BEFORE.search(before)
            )  # "52,000 residents fled, 6,000 residents remain": those who did not go
            if not stayed and (
                next_trap is None
                or not _governs(after[: next_trap.start()])
                or link in ("number-of", "subject")
                # who they are, told after the verb that governs them: "is sheltering 931 households which were
                # affected by the rains" (term:affected-described)
                or (governed_before and _AFFECTED_DESCRIBED.match(after))
            ):
                return _term_of(last_term.group()), "term-before", left + last_term.start()
    if link == "number-of":
        window = sentence[max(0, q.start - 120) : q.start]
        # (and "the refugee population in Adré stands at 150,000": the people's total)
        if re.search(
            r"(?:refugees|asylum[- ]seekers|refugee\s+(?:population|caseload|numbers|count|total))\b"
            r"(?:[^.;]{0,60}|[^.;:]{0,90}:\s*)$",
            window,
            re.IGNORECASE,
        ):
            return Term.FLED, "number-of", q.start
        camp_total = re.search(r"\b(?:camp|site)(?:['’]s)?\s+population\b", window, re.IGNORECASE)
        if camp_total or _CAMP_POPULATION_OF.search(window):
            return Term.IN_CAMPS, "number-of", q.start
        term_match = _ANY_TERM.search(sentence[max(0, q.start - 120) : q.start])
        if term_match:
            return _term_of(term_match.group()), "number-of", max(0, q.start - 120) + term_match.start()
    return None


_PLACE_NOUN = re.compile(r"towns|villages|cities|neighbou?rhoods", re.IGNORECASE)
_AT_RISK_WHO = re.compile(
    r"\s+(?:(?:who\s+(?:are|were)|living|residing|identified\s+as)\s+)?at\s+(?:the\s+|a\s+)?(?:high\s+|great\s+)?risk\b",
    re.IGNORECASE,
)
_AUX_BEFORE_TERM = re.compile(
    r"\s(?:have|has|had|were|was)\s+(?:(?:been|now|already|since|all|safely|temporarily)\s+)*$", re.IGNORECASE
)
# a count whose own verb says it stayed, after a count that left: "…, 6,000 residents remain", "…, 800 stayed behind"
# (not a part of those who left: "of whom 8,000 remain" are still displaced)
_STAYED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:remain(?:s|ed)?|stay(?:s|ed)?)(?:\s+behind\b|\s*(?:[.,;:)”\"’]|$))", re.IGNORECASE
)
_PART_BEFORE = re.compile(r"\b(?:of\s+(?:them|whom|these|those)|among\s+them)\b", re.IGNORECASE)

# a place's residents, not people who moved: the count a place is described by ("an islet that has a population of
# roughly 250", "(population 52,000)") or whose own verb says where they live ("where 134 families still live",
# "3,000 residents had lived in Izium until the war"; not "live in tents", "who lived there have fled", "living in
# the valley were evacuated"), and a count whose own verb says it would not go ("60 residents
# refused to evacuate"); the people's own word for the displaced keeps them a figure ("a displaced population of
# 45,000", "2,300 displaced people now live in Borova")
_POPULATION_BEFORE = re.compile(
    # (its words before: "had an estimated pre-war population of around 5,000")
    rf"(?:\b(?:has|had|have|having|with|of)\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?|\(\s*|"
    # "half the country's population of 23 million", "a third of its population of 90,000": the whole a share is
    # said of; "the town's pre-war population of 9,000": who lived there before (not "the displaced population
    # of …", nor "the town's population of 9,000 fled")
    r"\b(?:half|third|quarter|cent|most|much|part)\s+(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?"
    r"(?:(?:pre-?war|pre-conflict|pre-crisis|entire|total|whole)\s+)?|"
    r"(?:\b(?:the|its|their)|['’]s)\s+(?:pre-?war|pre-conflict|pre-crisis|original|former|usual|normal)\s+)"
    r"population\s*(?:of\s+|:\s*)?"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# a place that takes people in, or where they are: "the district hosts a population of …", "live inside a UN
# base", "in internal displacement", "moved to a new site, where 600 families stay"
_HOSTS_BEFORE = re.compile(r"\b(?:hosts?|hosting|hosted|shelters?|sheltering|houses|housing|accommodat\w+)\b", re.I)
_SITE_WORDS = re.compile(
    r"\b(?:camps?|sites?|settlements?|shelters?|cent(?:re|er)s?|tents?|displacement|exile|bases?|compounds?|"
    r"host|relatives|friends|open|bush|forests?|streets?|rough|trees|tarpaulins?|plastic|makeshift|temporary|"
    r"precarious|informal|spontaneous|hiding|churches|mosques|schools|public\s+buildings|refugees?|idps?|asylum|"
    r"rented|rental|accommodation|housing|hotels?|caravans|containers|huts|shacks|collective|transit|abroad|exile)\b",
    re.IGNORECASE,
)
_SHELTER_NOUNS = re.compile(r"\b(?:" + "|".join(CarriedVerb.SHELTERS) + r")\b", re.IGNORECASE)
# the people by a plain noun (not "1.2 million Venezuelans live in Colombia": people abroad by where they are from)
_PLAIN_RESIDENTS = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:people|persons|individuals|residents|inhabitants|civilians|villagers|families|"
    r"households|children|dwellers))?",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(r"[.;]|,\s*(?:and|but|while|whereas)\b", re.IGNORECASE)
_COMPLEMENT_ENDS = re.compile(r"[,;.:()]|\s(?:before|until|till|since|prior|when|after|during|but|and)\b", re.I)
_WHERE_BEFORE = re.compile(r"(?P<what>(?:[\w'’-]+\s+){0,4}?[\w'’-]+),?\s+where\s+(?:[\w-]+\s+){0,2}$", re.I)
_OWNED_POPULATION = re.compile(rf"(?P<owner>\b[\w'’-]+\s+)population\s*(?:of\s+|:\s*)?{ANY_QUALIFIERS}$", re.I)
_DISPLACED_OWNER = re.compile(
    r"(?:displaced|refugees?|idps?|camps?|sites?|settlements?|shelters?|evacuees?|returnees?|migrants?|seekers?|"
    r"[\w-]*displacement)['’]?s?\s",
    re.IGNORECASE,
)
_LIVES_AFTER = re.compile(
    r"(?:\s*,[^,;.]{1,60},)?(?:\s+(?!(?:who|which|that|and|or|from|were|was|are|is|have|has|had)\b)[a-z][\w-]*){0,3}?"
    r"\s+(?:(?:still|currently|now|normally|usually|once|previously|formerly|permanently|then|all|also)\s+)?"
    r"(?:(?:live|lives|lived|reside|resides|resided|inhabit|inhabited|dwell|dwelt)|"
    r"(?:were|are|was|is|had\s+been|have\s+been)\s+(?:still\s+|currently\s+|all\s+)?(?:living|residing))\b",
    re.IGNORECASE,
)
_LIVED = re.compile(
    r"\b(?:lived|resided|inhabited|dwelt|(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:living|residing))\b", re.IGNORECASE
)
_LIVES_ELSEWHERE = re.compile(
    r"\s+(?:with\s+(?:host|relatives|friends|families)|as\s+(?:refugees|idps|displaced))", re.IGNORECASE
)
_WOULD_NOT_GO = re.compile(
    r"(?:\s*,[^,;.]{1,60},)?(?:\s*,?\s+(?!(?:and|or)\b)[\w-]+){0,7}?\s+(?:refused|refuse|refuses|refusing|declined|decline|"
    r"declines|unwilling|reluctant|would\s+not|will\s+not|did\s+not\s+want|do\s+not\s+want|chose\s+not|choosing\s+not)"
    r"\s+(?:to\s+)?(?:evacuate|leave|flee|go|move|be\s+evacuated|abandon)\b(?!\s+(?:back|home))",
    re.IGNORECASE,
)
_MOVED_AFTER_ALL = re.compile(
    r"\b(?:were|was|have\s+been|had\s+been|are\s+being|got)\s+(?:\w+\s+)?(?:evacuated|relocated|moved|displaced|taken)\b",
    re.IGNORECASE,
)


def residents_counted(sentence: str, q: Quantity, noun_end: int) -> bool:
    """True when the count is a place's residents (its population, where they live, or those who would not go)
    rather than people who moved (rule: terms drop 'a place's residents')."""
    own = sentence[q.end : noun_end]
    if _ANY_TERM.search(own) or _HOSTED_PEOPLE.match(own):
        return False  # "2,300 displaced people now live in Borova", "7,000 refugees live in Minna"
    before = sentence[max(0, q.start - 60) : q.start]
    if "opulation" in before:
        owned = _OWNED_POPULATION.search(before)
        if owned and _DISPLACED_OWNER.match(owned.group("owner")):
            return False  # "a displaced population of about 45,000 lives in Borova"
        population = _POPULATION_BEFORE.search(before)
        if (
            population
            and not _HOSTS_BEFORE.search(before, 0, population.start())
            # "Pelina camp, with a population of 9,000 people": a camp's people are its displaced
            and not _SITE_WORDS.search(before, 0, population.start())
        ):
            return True
    if "home" in before and _home_to_residents(sentence, before, own, noun_end):
        return True
    lives = _LIVES_AFTER.match(sentence, noun_end) if _PLAIN_RESIDENTS.fullmatch(own) else None
    refused = _WOULD_NOT_GO.match(sentence, noun_end)
    if lives is None and refused is None:
        return False
    verb = None
    for found in _ANY_TERM.finditer(before):
        verb = found
    if verb is not None and _ONLY_QUALIFIERS.fullmatch(before[verb.end() :]):
        return False  # "Police evacuated 60 residents who had refused to leave": the verb before governs them
    if lives and not _ANY_TERM.search(sentence, noun_end, lives.start() + len(lives.group().rstrip())):
        verb_end = lives.end()
        word = re.search(r"\w+$", lives.group())
        camps = dict(_TERM_RE)[Term.IN_CAMPS]
        rest = sentence[verb_end : verb_end + 160]
        clause_ends = _CLAUSE_ENDS.search(rest)
        rest = rest[: clause_ends.start()] if clause_ends else rest
        ends = _COMPLEMENT_ENDS.search(rest)
        complement = rest[: ends.start()] if ends else rest
        where = _WHERE_BEFORE.search(before) if "where" in before else None
        if (
            not camps.match(sentence, verb_end - len(word.group()))
            and not _ANY_TERM.match(sentence, verb_end - len(word.group()))
            and not _LIVES_ELSEWHERE.match(sentence, verb_end)
            # a move later in the clause is what became of them: "lived in Tumu until they fled", "have lived in
            # Minna since fleeing Kinston"
            and not _ANY_TERM.search(rest)
            and not _SITE_WORDS.search(rest)
            and not _SITE_WORDS.search(complement)
            and not _SHELTER_NOUNS.search(complement)
            and not (where and (_SITE_WORDS.search(where.group("what")) or _SHELTER_NOUNS.search(where.group("what"))))
            # the present tense tells a stock, of residents only in a clause of its own ("…, where 134 families still
            # live."), the past one the people a place had ("lived in Vovchansk before the war")
            and (_LIVED.search(lives.group()) or where or not complement.strip())
        ):
            return True
    return bool(refused and not _MOVED_AFTER_ALL.search(sentence, refused.end(), refused.end() + 80))


# the people a town or region is home to, plainly counted: "the province, which is home to some 9 million", "districts
# that are home to 250,000 people were told to empty" (not a camp's or a shelter's people, nor people the noun or the
# words right after it say were moved: "home to 40,000 people displaced by the floods")
_HOME_TO_AFTER = re.compile(r"[^,;.()]{0,40}")


def _home_to_residents(sentence: str, before: str, own: str, noun_end: int) -> bool:
    home = _HOME_TO_BEFORE.search(before)
    return bool(
        home
        and _PLAIN_RESIDENTS.fullmatch(own)
        # (not a list whose noun comes after its last count: "are home to 3,400 and 1,200 refugees respectively")
        and not (not own.strip() and _COORDINATED.match(sentence, noun_end))
        and not _SITE_WORDS.search(before, 0, home.start())
        and not _SHELTER_NOUNS.search(before, 0, home.start())
        and not _ANY_TERM.search(_HOME_TO_AFTER.match(sentence, noun_end).group())
    )


# term:place-list — "families keep moving out of Sirte to the east, including Ajdabiya (2,410 people) and Marj (615
# people)", "the largest movements were to Jowhar (over 12,400 people), Kismayo (8,100)": each destination of a
# movement of people, its count alone in brackets after its name
_MOVEMENT_TO = re.compile(
    r"\b(?:move|moves|moved|moving|movements?|went|gone|head(?:s|ed|ing)?|travell?(?:ed|ing)|relocat(?:ed|ing)|"
    r"leav(?:e|es|ing)|left|arrivals)\b[^.;:()\d]{0,100}?\b(?:to|towards?|into|for|including|such\s+as)\s",
    re.IGNORECASE,
)
_COUNT_AFTER_PLACE = re.compile(
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|district|province|state|county|city|town))?\s*\(\s*" + ANY_QUALIFIERS + "$",
    re.IGNORECASE,
)
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _place_list_term(sentence: str, q: Quantity, noun_end: int) -> bool:
    """Whether the count stands alone in brackets after a place that a movement of people went to (term:place-list);
    not a count a trap governs ("(4,100 people affected)"), a population or capacity ("(population 90,000)"), nor a
    movement to come ("will move to")."""
    if not _BRACKET_CLOSES.match(sentence, noun_end) or not _COUNT_AFTER_PLACE.search(
        sentence, max(0, q.start - 90), q.start
    ):
        return False
    moves = list(_MOVEMENT_TO.finditer(sentence, max(0, q.start - 220), q.start))
    move = moves[-1] if moves else None
    if move is None or re.search(r"[.;]\s", sentence[move.end() : q.start]):
        return False
    if _TRAPS.search(sentence, max(0, move.start() - 40), move.end()):
        return False  # "Aid convoys moved to Jowhar (12,400 people)", "Voters moved to …"
    return not _HYPOTHETICAL.search(sentence[max(0, move.start() - 40) : move.start()])


# the people of "the number of …" described by what they were given (term:number-of-aided)
_AIDED_COUNTED = re.compile(
    r"\bnumber\s+of\s+[^.;\d]{0,60}?\b(?:refugees|asylum[\s-]seekers|idps|displaced|evacuees|returnees|people|persons|"
    r"families|households)\s+(?:(?:who|that)\s+(?:have\s+|has\s+|had\s+|were\s+|are\s+)?(?:been\s+|now\s+)?"
    r"(?:received|receive|got|given|fed|assisted|helped|supported|vaccinated|treated|reached|enrolled|registered\s+for|"
    r"benefit(?:ed|ted)?)|receiving|given|getting|fed|assisted|supported|reached\s+(?:with|by)|in\s+(?:urgent\s+)?need)\b",
    re.IGNORECASE,
)
_NUMBER_OF_TERM = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_GROWN_BY_SHARE = re.compile(
    rf"\b(?:rose|risen|increased|climbed|grown|grew|jumped|surged|soared|swelled)\s+by\s+(?:(?:{QUALIFIER_WORDS})\s+)?"
    rf"\d[\d,.]*\s*(?:%|per\s*cent|percent)\s+to\s+(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)
_COUNT_VERB_BEFORE = re.compile(
    r"\b(?:rose|risen|increased|climbed|reached|stood|stands|exceeded|surpassed|topped)\s+(?:to\s+|at\s+)?"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?$",
    re.IGNORECASE,
)


# verbs between the people and their displacement word that do not make it someone else's ("were registered as
# displaced", "were forced to flee", "were ordered to evacuate", "were accommodated at evacuation centres")
_PASSIVE_OK = (
    r"(?:been|registered|forced|ordered|made|recorded|reported|estimated|believed|thought|confirmed|verified|"
    r"counted|accommodated|housed|compelled|obliged|told|advised|urged|asked|rendered|displaced|rescued|moved|"
    # "3,000 people were pushed out of their homes" (term:pushed-from-homes)
    r"pushed|"
    # "546 individuals were monitored crossing the border" (a flow-monitoring point's count)
    r"monitored|tracked|observed|"
    # "2,600 persons were served outside evacuation centers" (a relief office's count of where people stay)
    r"served)"
)
_OTHER_VERB = re.compile(rf"\b(?:were|was|have|has|had)\s+(?!{_PASSIVE_OK}\b)\w+ed\b")
# the people's subject running long up to their own verb: phrases of place, a second noun joined by "and", a clause
# describing them, then the verb's auxiliaries ("About 3,200 residents of the hill town of Kaveri and hikers from the
# reserve have been forced to evacuate", "… that lie within range of the shelling have fled", "… have started arriving
# in Dhunche"); no count, bracket or clause of its own between (term:long-subject)
_LONG_SUBJECT = re.compile(
    # (a name's letters in brackets may stand in it: "… of the Upper Nile Region (UNR) have fled")
    r"(?:\s+(?:of|in|on|from|at|along|near|across|around|living|residing)\s(?:[^\d;:()\[\]]|\((?-i:[A-Z]{2,8})\)){1,170}?)?\s+"
    r"(?P<aux>(?:were|was|are|is|have|has|had)(?:\s+(?:been|being|now|still|also|all|already|since|\w+ly|had\s+to|"
    r"(?:forced|compelled|obliged|made)\s+to|started|begun|began))*\s+)",
    re.IGNORECASE,
)
_PLACE_PHRASE_BEFORE = re.compile(
    r"\b(?:of|in|on|from|at|along|near|across|around)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,4}$", re.IGNORECASE
)
_OBJECT_OF_PREPOSITION = re.compile(
    rf"\b(?:of|for|to|with|by|from|among|in|at|on|including)\s+{ANY_QUALIFIERS}$", re.IGNORECASE
)
_NOT_IN_SUBJECT = re.compile(
    r",\s*(?-i:[a-z])|\b(?:where|when|while|whereas|but|as|after|before|because|since|although|though|said|says|"
    r"told|according|who\s+came|will|would|could|can|may|might)\b|\s[\u2013\u2014-]\s",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    # ("set to", not "set off an exodus")
    r"\b(?:plans?|planning|planned|aims?|aiming|intends?|intending|set(?=\s+(?:to|for)\b)|expected|expects?|expecting|likely|due|going|threatens?|"
    r"threatening|prepared|preparing|could|would|might|will|risk|risks|ready|"
    # the verb, not the month: "the flood in Mokwa on 29 May displaced 3,018 people"
    r"(?-i:may|MAY)|(?<![\w,;:] )(?<!\d)(?-i:May))\s+(?:to\s+)?"
    r"(?:be\s+|have\s+)?"
    r"(?:\w+\s+){0,2}$|(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bestimated\s)(?<!\bbelieved\s)(?<!\bthought\s)"
    r"(?<!\breported\s)(?<!\bsaid\s)(?<!\bknown\s)(?<!\bconfirmed\s)(?<!\bcontinue\s)(?<!\bcontinues\s)"
    r"(?<!\bcontinued\s)\bto\s+be\s+$|"
    r"\b(?:possible|potential|projected|anticipated|feared|further\s+possible)\s+$"
    # a move wished, meant or readied, not made: "800 families still want to return", "registered their intention
    # to return", "were making preparations to evacuate 4,000 people", "have agreed to shelter 15,000 residents"
    r"|\b(?:wants?|wanted|wanting|wish(?:es|ed|ing)?|hopes?|hoped|hoping|intentions?|intended|desires?|desired|"
    r"willing(?:ness)?|preparations?|agree[sd]?|agreeing|anticipated|anticipates|anticipating)\s+to\s+(?:be\s+)?"
    r"(?:[a-z]+\s+)?$"
    # "expects 250,000 people to flee", "fears up to 1 million could be displaced": people the future may move
    r"|\b(?:expects?|expecting|anticipates?|anticipating|projects|projecting|fears?|fearing|predicts?|predicting|"
    r"forecasts?|forecasting)\s+(?:that\s+)?(?:[\w,.]+\s+){1,5}(?:to|could|would|may|might|will)\s+(?:be\s+)?$"
    # money put aside for a move still to come: "has set aside 1 billion shillings to relocate 2,500 households"
    # (the window ends where the term begins: "… to ")
    r"|\b(?:set\s+aside|earmarked|allocated|budgeted|approved|funds?|funding|money)\b[^.;]{0,40}?\bto\s+$"
    # money asked for a move still to come: "needs 12.5 billion kwacha to relocate 8,000 households", "seeks $4
    # million to relocate"; "needs to relocate 8,000 households"
    r"|\b(?:needs?|needed|seeks?|sought|requests?|requested|appeal(?:s|ed|ing)?\s+for)\s+"
    rf"(?:(?:{QUALIFIER_WORDS}|an?|another|a\s+further|an\s+additional)\s+)?"
    r"(?:(?:US|CA|AU|NZ)?[$€£]\s?)?\d[\d,.]*\s*(?:million|billion|bn|m|k)?\s*(?:[A-Za-z]+\s+)?(?:more\s+)?to\s+$"
    r"|\b(?:needs?|needed)\s+to\s+$"
    # an obligation or a purpose, not a move made: "must be relocated", "still have to be moved", "to ensure the
    # 2,000 residents are evacuated" (not "ensured that 700 residents were evacuated")
    r"|\b(?:must|should|shall|ought\s+to)\s+(?:still\s+|also\s+)?(?:be\s+)?$|\bstill\s+(?:have|has)\s+to\s+be\s+$"
    r"|\bto\s+(?:ensure|make\s+sure)\s+(?:that\s+)?(?:[\w,.]+\s+){1,5}(?:are|were|is|was|be|get|gets)\s+$",
    re.IGNORECASE,
)
_HARMED = re.compile(
    r"\b(?:injured|wounded|dead|killed|missing|detained|arrested|abducted|sick|infected|malnourished)\b", re.IGNORECASE
)
_FACING = re.compile(r"\b(?:face|faces|faced|facing|suffer|suffers|suffered|suffering)\s+(?:[a-z]+\s+)?$", re.I)
_ANOTHER_COUNT = re.compile(
    # (with any qualifier: "more than 300 displaced people, nearly 4,100 affected people")
    # (or "with" another count's words: "38 displaced, with 21 houses destroyed")
    rf",\s+(?:and\s+|with\s+)?(?:(?:{QUALIFIER_WORDS})\s+)?\d[\d,.]*\s+(?:[a-z]+\s+)?$"
)
_CAUSE_BEFORE_TRAP = re.compile(r"\s+(?:after|when|as|following|since)\s+[^,;()]{1,40}", re.IGNORECASE)
_OWN_AFFECTED = re.compile(r"(?<![\w-])affected\b", re.IGNORECASE)
# the verb of a shelter holding its people, ending a displacement word ("is hosting", "the camps housed")
_HOLDING_VERB_END = re.compile(
    r"\b(?:hous(?:es|ed|ing)|host(?:s|ed|ing)?|accommodat(?:es?|ed|ing)|shelter(?:s|ed|ing)|holds?|holding|held)$",
    re.IGNORECASE,
)
_COUNT_BEFORE_TRAP = re.compile(
    r"(?<![\w,.])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\s+"
    # (with its people's noun: "left 14 people dead and thousands displaced", "dozens of people dead")
    r"(?:(?:of\s+)?(?:people|persons|residents|civilians|villagers)\s+)?$",
    re.IGNORECASE,
)
# a harm counted in a list of impacts, with its own count: "two deaths with 2,200 people displaced", "58 people were
# injured, 38 displaced" (term:impact-list)
_HARM_COUNTED = re.compile(r"deaths?|dead|injured|injuries|wounded|missing|casualties|affected", re.IGNORECASE)
_IMPACT_COUNT_BEFORE = re.compile(
    r"(?<![\w,.])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\s+"
    r"(?:(?:of\s+)?(?:people|persons|residents|civilians|villagers|individuals|families|households)\s+)?"
    r"(?:(?:were|are|was|have\s+been|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_IMPACT_BETWEEN = re.compile(
    r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+with\s+(?:a\s+further\s+|an\s+additional\s+)?)"
)
_HELPED = re.compile(r"help|helps|helped|helping|assisted|assist|assists|assisting", re.IGNORECASE)
_BASE_MOVE = re.compile(r"(?:flee|escape|leave|evacuate|return|relocate|cross)\b", re.IGNORECASE)
_WHOLE_OPENS = re.compile(
    r"\s*(?:[-–•*▪]\s+)?(?:[A-Z][\w'’ -]{0,30}:\s+)?Of\s+the\s+"
    rf"{ANY_QUALIFIERS}",
    re.IGNORECASE,
)
# term:shelter-home — "manages a town shelter in Tarlac, home to nearly 640 storm victims": a shelter or camp
# with its people set after it; a town's population ("Goma, home to 2 million people") is not its displaced
SHELTER_HOME = re.compile(
    r"\b(?:shelters?|camps?|evacuation\s+cent(?:re|er)s?|displacement\s+sites?)\b[^.;\d]{0,60},\s+"
    rf"(?:now\s+|currently\s+|still\s+)?home\s+to\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# term:home-to-camp — "Lobara, home to 48,000 Rohingya, is the district's largest refugee camp", "Tesna camp,
# home to 9,000 Malians": a camp's people, named as a people, are its displaced; a town's ("Goma, home to 2 million
# people, is the largest city") or a park's species are not
_CAMP_AFTER_HOME = (
    r"\s*,\s+(?:is|was|remains|has\s+become)\s+(?:now\s+|still\s+)?(?:the|a|an|one\s+of\s+the)\s+"
    # (the camp heads the words: not "the largest town near the refugee camp")
    r"(?:(?!(?:near|in|of|outside|beside|by|from|with|and|or|to|at|for|on|than|around)\b)[\w'’-]+\s+){0,4}?"
    r"(?:refugee|displacement|IDP|displaced\s+persons['’]?)\s+(?:camps?|settlements?|sites?)\b"
)
HOME_TO_CAMP = re.compile(rf"\bhome\s+to\s+(?:[^.;,]|[.,](?=\d)){{1,60}}?{_CAMP_AFTER_HOME}", re.IGNORECASE)
_CAMP_NAMED_AFTER = re.compile(_CAMP_AFTER_HOME, re.IGNORECASE)
# the camp is the host, its verb right after it: "Tesna camp, home to 9,000 Malians", "the Pelina camp now has 9,000
# residents", "Pelina camp, with a population of 9,000 people" (not "the shelters are in Tarlac, home to …", nor "the
# camp has 40 latrines for 9,000 people", nor "Nyala, a town south of the camp, is home to …") (term:camp-holds)
_CAMP_HOLDS = (
    r"\b(?:camps?|settlements?|(?:displacement|idp|collective|transit)\s+sites?)(?:\s+\([^()]{0,40}\))?"
    # (where the camps are, between: "the camps in Karonga are home to 530 families")
    r"(?:\s+(?:in|at|of|near)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    r"(?:,\s+(?:now\s+|currently\s+|still\s+)?home\s+to|(?:,\s+(?:which|that))?\s+(?:is|are|was|were|remains?|"
    r"ha(?:s|ve)\s+become|had\s+become|became)\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?:home\s+to|harbou?ring)|"
    r"\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?:has|had|houses|housed|holds|harbou?rs|harbou?red)|,\s+with)\b"
)
CAMP_HOLDS_CUE = re.compile(_CAMP_HOLDS, re.IGNORECASE)
_CAMP_HOME = re.compile(
    rf"{_CAMP_HOLDS}\s+(?:(?:a|an)\s+(?:total\s+|estimated\s+)?population\s+of\s+)?{ANY_QUALIFIERS}$", re.IGNORECASE
)
_CAMP_PEOPLE = re.compile(r"\s+(?:residents|inhabitants|occupants)\b", re.IGNORECASE)
_HOME_TO_BEFORE = re.compile(rf"(?<!\bbe\s)\bhome\s+to\s+{ANY_QUALIFIERS}$", re.IGNORECASE)
_PEOPLE_NAME = re.compile(r"\s+(?-i:[A-Z][a-z]+)\b(?!\s+(?-i:[A-Z]))(?!\s+(?:people|residents|inhabitants)\b)")
_SHELTERED_PEOPLE = re.compile(
    r"\s+(?:[a-z]+[\s-])?(?:victims|evacuees|survivors|families|households|displaced\s+(?:people|persons|families))\b",
    re.IGNORECASE,
)
# displaced people after "with", "for" or "to" who are no one's beneficiaries: those the shelters opened hold
# ("in Sanma nine evacuation centres were opened with 512 evacuees"), those a place has become a refuge for
# ("the hall has become a safe haven for 2,000 evacuees"), a country's stock another count is set against or added to
# ("small in relation to Chad's estimated 400,000 IDPs") (term:not-beneficiaries)
_NOT_BENEFICIARIES = re.compile(
    r"(?:\b(?:camps|sites|settlements|centres|centers|shelters)\b[^.;\d]{0,60}?\b(?:opened|open|set\s+up|activated|"
    r"established)\b[^.;\d]{0,40}?\swith"
    r"|(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bto\s)\b(?:become|became|becomes|serves?\s+as|"
    r"served\s+as|serving\s+as|(?:turned|transformed|converted)\s+into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:safe\s+haven|haven|refuge|shelter|home)\s+for"
    # those given a roof: "churches offered shelter to 300 displaced families" (term:gave-shelter-to)
    rf"|(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bto\s)\b{_GAVE_SHELTER}"
    r"|\b(?:in\s+relation|relative|adds?|adding|added|in\s+addition|on\s+top)\s+(?:to|of)\s+"
    r"(?:(?-i:[A-Z])[\w-]*|the\s+country)['’]s)"
    rf"\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_GAVE_SHELTER_WORDS = re.compile(rf"{_GAVE_SHELTER}\s*", re.IGNORECASE)
_AT_THE_SHELTER_WORDS = re.compile(rf"{_AT_THE_SHELTER}\s*", re.IGNORECASE)
_GAVE_SHELTER_BEFORE = re.compile(rf"\b{_GAVE_SHELTER}\s+{ANY_QUALIFIERS}$", re.IGNORECASE)
_PLACES_WITH = re.compile(
    r"\b(?:counties|districts|provinces|regions|municipalities|communes|localities|areas|zones|neighbou?rhoods|"
    rf"camps|sites|settlements|centres|centers|shelters)\s+with\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_BENEFICIARY = re.compile(
    # (not "is now home to 4,000 evacuees": who lives there; nor the "of" of a qualifier: "upwards of 6,500 refugees")
    r"\b(?:(?<!\bup\s)(?<!\bclose\s)(?<!\bhome\s)to|(?<!\baccounts\s)(?<!\baccounted\s)(?<!\baccount\s)"
    r"(?<!\baccounting\s)for|(?<!\bwere\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bis\s)among|(?<!,\s)(?<!,\s\s)with|between|"
    r"(?<!total\s)(?<!number\s)(?<!average\s)(?<!upwards\s)(?<!excess\s)(?<!minimum\s)(?<!maximum\s)(?<!short\s)of)\s+"
    # "pledged £800 million for Sudan's 12 million displaced people": whose they are, then the people (not "They
    # were among 4,000 displaced people who reached Tyre": who they are)
    rf"(?:(?-i:[A-Z])[\w-]*['’]s\s+)?(?:(?:{QUALIFIER_WORDS}|the)\s+)*$",
    re.IGNORECASE,
)


# a trap word naming where people are, not what happened to them: "in Harare and other cities", "to nearby villages"
_WHERE_NOUN = re.compile(
    r"\b(?:in|into|to|from|across|throughout|around|near|of)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+)?"
    r"(?:(?:the|other|nearby|neighbouring|neighboring|"
    r"surrounding|several|many|some|various|and|coastal|border|frontline|remote|riverside|flooded|affected|"
    # (any plain word of where: "from the hill towns", "in the upland villages")
    r"mountain|rural|low-lying|(?-i:[a-z][a-z-]+))\s+){0,3}(?:towns|villages|cities|neighbourhoods|neighborhoods)$",
    re.IGNORECASE,
)
_LOCATED = re.compile(
    r"\s*(?:in|at|inside)\s+(?:the\s+|an?\s+)?(?:(?!(?:are|were|is|was|have|has|had|been)\b)[a-z-]+\s+)?"
)
# people aided, then a part of them: "reached 1.2 million people, including 300,000 IDPs"
_AID_PART = re.compile(
    r"\b(?:assist|assists|assisting|assisted|reach|reaches|reached|reaching|target|targets|targeting|targeted|"
    r"support|supports|supporting|supported|help|helps|helping|helped|feed|feeds|feeding|fed|serve|serves|served|"
    rf"serving|benefit(?:s|ing|ed|ted|ting)?|vaccinat(?:e|es|ed|ing)|treat(?:s|ed|ing)?)\s+(?:(?:{QUALIFIER_WORDS})\s+)"
    r"*\d[^;]{0,80}?,\s*"
    rf"(?:including|among\s+(?:them|whom)|of\s+whom)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_PART_DESCRIBED = re.compile(
    r"^,\s*(?:many|most|some|several|half|a\s+(?:third|quarter|fifth|majority|few)|the\s+majority|"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine)\s*(?:%|per\s*cent|percent)?)\s+of\s+(?:them|whom)\s+"
    r"(?:(?:are|were|is|was|have\s+been|had\s+been|now|already|previously|also)\s+)*$",
    re.IGNORECASE,
)
# a place ranked by the harm, then its counts (the last of a list, or the only one): "Rivera is the worst affected,
# with 1,400 and 600 evacuees" (term:most-hit-with)
_MOST_HIT_WITH = re.compile(
    r"\b(?:most|worst|hardest|badly|severely|heavily)[\s-]+(?:affected|hit)\b(?:\s+[\w-]+){0,3}?\s*,?\s+with\s+"
    rf"{ANY_QUALIFIERS}(?:(?:\d[\d,.]*\d|\d)\s*(?:,\s*|,?\s+and\s+){ANY_QUALIFIERS})*$",
    re.IGNORECASE,
)
# a host taking in people who fled: "has received 600,000 refugees", "took in 3,000 IDPs", "welcomed 500 evacuees"
# the counts of a list before its last, which the noun after the last counts: "host 1.2 million and 500,000
# refugees respectively", "received 3,400, 2,100 and 1,200 returnees"
_LIST_BEFORE = rf"(?:(?:\d[\d,.]*\d|\d)(?:\s*(?:million|m)\b)?\s*(?:,\s*|,?\s+and\s+){ANY_QUALIFIERS})*"
_AFTER_LIST = re.compile(rf"[^\d]*?{_LIST_BEFORE}", re.IGNORECASE)
_HOSTED = re.compile(
    r"\b(?:received|receiving|receives|receive|took\s+in|taken\s+in|taking\s+in|takes\s+in|welcomed|welcoming|"
    r"welcomes|admitted|admitting|absorbed|absorbing|"
    # "UNHCR registered 14,600 new Sudanese refugees in Wadi Fira": people who fled, counted where they arrived
    # (and "is receiving an average of 600 Congolese refugees a day")
    rf"registered|registering|register|recorded|recording|counted|counting)\s+(?:(?:{QUALIFIER_WORDS}|another|"
    r"an\s+average\s+of|a\s+daily\s+average\s+of|on\s+average|"
    r"a\s+further|an\s+additional)\s+)*"
    rf"{_LIST_BEFORE}$",
    re.IGNORECASE,
)
# "an influx of 9,500 IDPs", "the arrival of 3,000 refugees": a movement of the people, not something given to them
_MOVEMENT_OF = re.compile(
    r"\b(?:influx|inflow|outflow|flows?|waves?|arrivals?|movements?|exodus|return|returns|departure|flight|"
    rf"displacement|evacuation|relocation|mass\s+movement)\s+of\s+(?:(?:{QUALIFIER_WORDS}|another|a\s+further|the)\s+)"
    r"*$",
    re.IGNORECASE,
)
_EXPECTED_AFTER = re.compile(
    r"^[^.;]*?\b(?:(?:could|would|will|may|might)\s+(?:also\s+)?(?:be\s+expected\s+to|arrive|come|flee|return)|"
    r"(?:are|is|were)\s+expected\s+to\s+(?:arrive|come|flee|return|cross))\b",
    re.IGNORECASE,
)
_SHARED_WITH_NEXT = re.compile(
    r"\s+(?:in|at|from)\s+(?:the\s+)?[^,;.\d]{1,40}?\s+and\s+"
    rf"(?:(?:{QUALIFIER_WORDS}|another)\s+)*\d[\d,.]*\s+(?:(?:people|persons|residents|families|households)\s+)?"
    r"(?:in|at|from)\s+(?:the\s+)?[^,;.\d]{1,40}?(?=\s+(?:have\s+|had\s+|were\s+|are\s+|also\s+)*[a-z]+ed\b|"
    r"\s+(?:have\s+|had\s+|were\s+|are\s+)*(?:spent|sought|took|fled|left|moved|remain|remained|stayed))",
)
_INFLUX_AWAITED = re.compile(
    r"\b(?:can|could|would|will|may|might|fears?|feared|expects?|expected|expecting|braces?|bracing|braced|prepar\w+|"
    r"plans?|planning|anticipat\w+|absorb|cope|warn\w*|risk)\b",
    re.IGNORECASE,
)
_INFLUX_OF = re.compile(
    rf"\b(?:influx|inflow|arrival|exodus)\s+of\s+(?:(?:{QUALIFIER_WORDS}|another|a\s+further)\s+)*$",
    re.IGNORECASE,
)
# people something is given to or done for: "to 3,000 families displaced by …", "for 500 people evacuated from …"
_GIVEN_TO = re.compile(
    r"(?<!\brose\s)(?<!\brisen\s)(?<!\bclimbed\s)(?<!\bjumped\s)(?<!\bgrown\s)(?<!\bgrew\s)(?<!\bup\s)"
    r"(?<!\bdown\s)(?<!\bfell\s)(?<!\bdropped\s)(?<!\bincreased\s)(?<!\bbrings\s)(?<!\bbringing\s)"
    # (not "home to some 30,000 people displaced by …")
    r"(?<!\bamounted\s)(?<!\bmoved\s)(?<!\bcame\s)(?<!\bclose\s)(?<!\bhome\s)"
    # (and "pay an allowance to each of the 280,000 people registered as internally displaced")
    rf"\b(?:to|for)\s+(?:(?:{QUALIFIER_WORDS}|the|each\s+of)\s+)*$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"(?:internally\s+)?(?:displaced|uprooted|evacuated|relocated)\b", re.IGNORECASE)
# what may stand between the people given something and the participle: "registered as internally"
_GIVEN_BETWEEN = re.compile(
    # (and "to 900 who were displaced by the floods": who got it, named by what happened to them)
    r"\s*(?:who\s+(?:were|had\s+been|have\s+been)\s+)?(?:(?:registered|recognised|recognized|listed)\s+as\s+"
    r"(?:internally\s+)?)?",
    re.I,
)
_NOMINAL = re.compile(r"(?:evacuation|relocation|resettlement|return|displacement|transfer|removal)s?\b", re.I)
_ILL_AFTER = re.compile(
    r"[^.;:\d]{0,50}?\b(?:malnutrition|malnourished|wasting|stunt(?:ed|ing)|cholera|measles|hepatitis|malaria|"
    r"dengue|mpox|diarrh?o?ea|infected|infections?)\b",
    re.IGNORECASE,
)
_ORDERS = re.compile(
    # "Evacuation instructions were issued to 1.2 million residents": people covered, not yet gone
    r"(?:evacuation|relocation|displacement|eviction)s?\s+(?:orders?|warnings?|notices?|alerts?|advisor(?:y|ies)|"
    r"instructions?|directives?|"
    r"zones?|plans?|routes?|drills?|exercises?|maps?)\b",
    re.IGNORECASE,
)
# dates between a term and its count are no other count: "who returned between 28 July and 6 August, 690 were …"
_DAY_AND_MONTH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(?:\s+(?:19|20)\d\d)?"
)
_LIST_ONLY = re.compile(r"(?:\s*(?:,|and|or)?\s*\d[\d,.]*\d(?:\s*(?:million|m)\b)?\s*,?)+\s*(?:and|or)?\s*", re.I)
_NEGATED_TERM = re.compile(r"(?:not|never|unable|yet\s+to)\b", re.IGNORECASE)
# a move denied right before its word: "317 families were not relocated", "have not yet been evacuated" (not a return
# still to come: "2,780 had not yet returned" are still displaced) (term:not-moved)
_NOT_MOVED = re.compile(
    r"\b(?:were|was|have|has|had|are|is|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?$", re.IGNORECASE
)
_AWAITED = re.compile(
    r"\b(?:for|awaiting|await|pending|ahead\s+of|before)\s+(?:their\s+|the\s+|possible\s+|eventual\s+)?$", re.I
)
_PLANNED_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:being\s+|now\s+|still\s+)?"
    r"(?:planned|scheduled|proposed|envisaged|expected|foreseen|due|under\s+consideration|being\s+prepared|"
    # "the relocation of 19,000 households … has been prioritised", "… was approved by the cabinet"
    r"prioriti[sz]ed|approved|recommended|requested)\b",
    re.IGNORECASE,
)
_EVENT_AFFECTING = re.compile(
    # not one of two things counted together: "Confinement and displacement affected 2,870 people"
    r"(?<!\band\s)(?<!\bor\s)\b(?P<what>displacements?|evacuations?|relocations?|evictions?)\b(?!\s+(?:and|or|&)\s)"
    r"(?:\s+(?:events?|incidents?|movements?|"
    # not what may come: "evacuation orders for eastern Khan Younis affected an estimated 250,000 people"
    r"operations?|waves?))?(?![^.;\d]{0,60}?\b(?:orders?|ordered|warnings?|notices?|alerts?|plans?|zones?|threats?|"
    # the hazard that caused it, nearer the count: "displacement caused by floods in Sool, affecting 3,000 people" (the
    # floods affected them)
    r"(?:triggered|caused|prompted|induced|driven)\s+by|"
    r"risks?|drills?|exercises?|simulations?)\b)[^.;\d]{0,60}?\b(?:affecting|affected|involving|involved|concerning)\s+"
    rf"{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
# the quantity is the object of another verb ("orders cover 26,000 residents"), not a subject sharing a verb
_OBJECT_OF_OTHER = re.compile(
    r"\b(?!(?:in|of|from|to|at|by|and|or|some|about|around|nearly|almost|over|than|more|least|an|estimated|the|with|"
    r"for|on|total|all|another|further|additional|including|whom|them|these|those|which|while|had|have|has|were|was|"
    r"are|is|been)\b)[a-z]{3,}\s+"
    # (past its qualifiers: "already hosts around 1.5 million people and, …, 300,000 more people have fled")
    rf"(?:(?:{QUALIFIER_WORDS})\s+)*$"
)
_COUNTED_SUBJECT = re.compile(
    rf"(?:(?<!\d)[,;]\s*|\band\s+)(?:(?:{QUALIFIER_WORDS}|another|a\s+further)\s+)?(?<![\d,.])\d[\d,.]*"
    r"(?:\s+(?:million|thousand))?\s+(?:people|persons|individuals|residents|families|households|others|idps|more)\b",
    re.IGNORECASE,
)
_AND_END = re.compile(r"\band\s+$", re.IGNORECASE)
# another count right before the displacement word, joined by "and" ("… and some 4,000 displaced people"), and a
# people's noun after the word: the word is that count's adjective
_NEXT_COUNT_END = re.compile(
    rf"\band\s+{ANY_QUALIFIERS}(?<![\d,.])\d[\d,.]*(?:\s+(?:million|thousand))?\s+$", re.IGNORECASE
)
_PEOPLE_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|persons|individuals|residents|families|households|civilians)\b", re.IGNORECASE
)
# a verb's own count right after it (not a distance: "relocated 3 km away")
_OWN_OBJECT_AFTER = re.compile(
    rf"\s+{ANY_QUALIFIERS}{NUMBER_AHEAD}[\w,.]*(?:\s+(?:hundred|thousand|million))?"
    r"(?!\s*(?:km|kilomet|miles?|met(?:er|re)s?\b|m\b|per\s*cent|percent|%|hectares?|feet|ft\b))",
    re.IGNORECASE,
)
_AFFECTED_DESCRIBED = re.compile(
    r",?\s+(?:who|which|that)\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:\w+ly\s+)?(?:affected|hit|struck)\s+by\b",
    re.IGNORECASE,
)
_COUNT_RIGHT_AFTER = re.compile(
    rf"\s+(?:(?:{QUALIFIER_WORDS})\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
    r"(?:people|persons|individuals|residents|families|households|idps)\b",
    re.IGNORECASE,
)
_CLAUSE_COUNT_BEFORE_TERM = re.compile(
    r"\b(?:where|while|whereas|as|when|after|before|since|but|of\s+(?:which|whom))\s+"
    rf"{ANY_QUALIFIERS}\d[\d,.]*(?:\s+(?:million|thousand))?"
    r"(?:\s+(?:people|persons|individuals|residents|families|households|idps|more|others))?"
    r"\s+(?:(?:have|has|had|were|was|are|is|been|reportedly|already|now)\s+)*$",
    re.IGNORECASE,
)
# refugees staying in a country named after them: "Some 122,000 refugees from Ukraine remain in the Republic of Moldova"
_STAYING_IN_AFTER = re.compile(
    # (and the migrants named with them: "refugees and migrants live in Peru")
    r"(?:\s+and\s+migrants)?(?:\s+from\s+[^,.;()]{1,40}?)?\s+(?:now\s+|still\s+)?(?:remain|remains|remained|live|lived|"
    r"stayed|(?:have|had)\s+(?:lived|stayed|remained)|(?:are|were)\s+(?:now\s+|still\s+)?"
    # "the 8,269 refugees already in Kounoungo"
    r"(?:living|staying)|stay|(?:are\s+)?(?:already|now|still))\s+in\s+(?:the\s+)?"
    # "… live in the country", "… remain in the region": the host named before
    r"(?:(?-i:[A-Z])|(?:country|region|province|state|district|county|city|town)\b)"
    # "2,400 refugees from Sudan are hosted by Adré", "… were sheltered in Farchana camp": where they stay
    r"|(?:\s+from\s+[^,.;()]{1,40}?)?\s+(?:are|were|have\s+been|had\s+been)\s+(?:now\s+|still\s+|being\s+)?"
    r"(?:hosted|sheltered|housed|accommodated)\s+(?:in|by|at)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# refugees who came to a host named after them: "About 2,300 Burundian refugees had come to Rwanda by May" (the verb's
# past only: "could come to", "will come to" are what may be)
_CAME_TO_AFTER = re.compile(
    r"(?:\s+and\s+(?:migrants|asylum[\s-]seekers))?(?:\s+from\s+[^,.;()]{1,40}?)?\s+"
    r"(?:(?:have|has|had)\s+(?:now\s+|already\s+|since\s+|also\s+)?come|came)\s+(?:in)?to\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])|(?:country|region|province|state|district|county|city|town)\b)",
    re.IGNORECASE,
)


def _came_to_host(sentence: str, noun_end: int) -> bool:
    """Refugees who came to a host named after their noun, for no purpose of a visit ("came to Geneva to attend")."""
    came = _CAME_TO_AFTER.match(sentence, noun_end)
    return bool(came) and not _PURPOSE.search(sentence[came.end() : came.end() + 60].split(".")[0])


_REGISTERED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?(?:newly\s+|biometrically\s+|officially\s+)?"
    r"(?:registered|recorded|counted|identified|verified)\b(?!\s+for\b)"
    # "another 120 new arrivals have been reported near Birao" (the passive only: refugees who report
    # something are not counted so)
    r"|\s+(?:have|has|had)\s+been\s+reported\s+(?:in|at|near|around)\b",
    re.IGNORECASE,
)
# "Dadaab, home to 310,000 refugees", "the camp had become home to 40,000 IDPs": home to displaced people, in an
# apposition or become so (term:home-to-apposed; the people's own word must say they are displaced)
_HOME_TO_APPOSED = re.compile(
    rf"(?:,\s+|\b(?:become|became|becoming|becomes)\s+(?:now\s+)?)home\s+to\s+{ANY_QUALIFIERS}$", re.IGNORECASE
)
# "In Benue state, there are 10,216 refugees": a count of the people there
_THERE_ARE = re.compile(
    rf"\bthere\s+(?:are|were)\s+(?:now\s+|currently\s+|still\s+|already\s+)?{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_HOME_TO = re.compile(
    r"\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|currently\s+|still\s+|also\s+)?home\s+to|"
    # "UNHCR counts 600,000 Sudanese refugees in eastern Chad": a body's count of the people there now
    r"hosts?|hosted|hosting|harbou?r(?:s|ed|ing)|shelters|sheltered|holds|accommodates|houses|counts|"
    # "UNHCR has also recorded 6,200 refugees in Kigoma", "counted 4,200 registered refugees": the same, told past
    r"counted|recorded|"
    # "the five centres accommodate 2,000 families", "the shelters hold 900 people" (the verb of a plural host)
    rf"(?<=(?:res|ers|tes|ers)\s)(?:accommodate|house|hold|shelter))\s+{ANY_QUALIFIERS}"
    # "Chad hosts a caseload of 400,000 Sudanese refugees"
    rf"(?:(?:a|an|its)\s+(?:[\w-]+\s+)?(?:caseload|population)\s+of\s+{ANY_QUALIFIERS})?"
    # "Uganda and Kenya host 1.2 million and 500,000 refugees respectively": the counts of a list before the last
    rf"{_LIST_BEFORE}$",
    re.IGNORECASE,
)
# the counts before the last of a host's list, each with its own displaced noun: "Kenya shelters 61,000 IDPs
# and 9,400 refugees", "counts 2 million people displaced at home and 800,000 refugees"
_NOUNED_LIST = re.compile(
    r"(?:(?:\d[\d,.]*\d|\d)(?:\s*(?:million|m)\b)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:refugees|asylum[\s-]seekers|idps|returnees|evacuees|(?:internally\s+)?displaced\s+(?:people|persons)|"
    r"(?:people|persons)\s+(?:internally\s+)?displaced)\b"
    r"(?:\s+(?!(?:have|has|had|were|was|are|is|will|would|could|can|may|might|and)\b)[\w'’-]+){0,4}?"
    rf"\s*(?:,\s*|,?\s+and\s+){ANY_QUALIFIERS})+$",
    re.IGNORECASE,
)


def _hosts_a_nouned_list(before: str) -> bool:
    listed = _NOUNED_LIST.search(before[-240:])
    if listed is None:
        return False
    head = before[: len(before) - len(listed.group())]
    if _HYPOTHETICAL.search(head) or _HOST_CAPACITY.search(head[-60:]):
        return False  # "the camp could host 4,000 IDPs and 900 refugees"
    return bool(_HOME_TO.search(head) or _THERE_ARE.search(head) or _HOME_TO_APPOSED.search(head[-60:]))


# what a place could take, not who is there: "the camp will be able to host 4,000 more", "can house 2,000 people"
_HOST_CAPACITY = re.compile(
    r"\b(?:(?:able\s+to|can|could|(?:plans?|planning|aims?|ready|prepared|built|designed|meant|intended|set\s+up|"
    r"equipped)\s+to)\s+(?:host|house|hold|accommodate|shelter)|"
    # "a shelter capable of hosting 500 evacuees"
    r"capable\s+of\s+(?:hosting|housing|holding|accommodating|sheltering))\s+"
    rf"[^\d]*{_LIST_BEFORE}$",
    re.IGNORECASE,
)
# the host is a camp or site of the displaced: "a camp … now home to 2,400 people", "the site hosts 700
# families"
_CAMP_HOST = re.compile(
    r"\b(?:camps?|settlements?|(?:displacement|idp|collective|transit)\s+(?:sites?|centres?|centers?)|"
    r"evacuation\s+(?:centres?|centers?)|"
    # "the site had sheltered 7,000 people", "these centres accommodate 900 families", "an abandoned school building
    # that houses 400 people": a shelter named without its kind (term:shelter-holds)
    r"sites?|cent(?:re|er)s|shelters?|(?:abandoned|unfinished|disused|empty|public|government)\s+(?:[\w-]+\s+)?"
    r"buildings?)\b(?:(?!\d)[^.;])*"
    # (the counts of a list before the last: "the camps are home to 181 and 220 households respectively")
    rf"{_LIST_BEFORE}$",
    re.IGNORECASE,
)
_SITE_CAPACITY = re.compile(r"\b(?:accommodates|holds|up\s+to|as\s+many\s+as)\s+[^\d]*$", re.IGNORECASE)
_PLAIN_PEOPLE = re.compile(r"\s+(?:people|persons|individuals|families|households)\b", re.IGNORECASE)
# the first counts of a list, then the noun the last one names: "home to 181 and 220 households respectively"
_LISTED_PLAIN_PEOPLE = re.compile(
    rf"(?:\s*(?:,\s*|,?\s+and\s+){ANY_QUALIFIERS}(?:\d[\d,.]*\d|\d)(?:\s*(?:million|m)\b)?)+"
    r"\s+(?:people|persons|individuals|families|households)\b",
    re.IGNORECASE,
)
_SHARE_OF_WHOLE = re.compile(
    r"\b(?:half|most|many|some|(?:nearly\s+|almost\s+)?all|(?:a|one|two)[\s-](?:third|thirds|quarter|fifth)|"
    rf"three[\s-]quarters|the\s+majority)\s+of\s+(?:the\s+)?{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
_HELPED_BEFORE = re.compile(
    r"\b(?:helped|helps|helping|assisted|assists|supported|supports|facilitated)\s+(?:[\w,]+\s+){0,4}$"
)
# a request to leave, not an order: "called on the town's 44,000 residents to evacuate", "urged 5,000 people to leave"
_REQUESTED = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+on|urg(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing)?\s+to|advis(?:ed|es|ing)|"
    rf"encourag(?:ed|es|ing))\s+(?:(?:{QUALIFIER_WORDS}|the|all|its|their|[A-Z][\w'’-]*['’]s|[a-z]+['’]s)\s+)*$"
)
# people returned by others, named by a pronoun after the verb: "returned them to Libya", "sent them back"
_RETURNED_BY_OTHERS = re.compile(
    r"(?:returned|returning|returns|sent|sending|brought|forced)\s+(?:them|those|the\s+migrants)\b", re.IGNORECASE
)
_NEWLY = re.compile(r"\b(?:new|newly|fresh|arrivals)\b", re.IGNORECASE)
_COUNTED_BY = re.compile(r"(?:regist|record|count)", re.IGNORECASE)
# where the people counted came from, after their noun ("… from Karabakh"), also in an aside ("…, almost all of them
# from Burkina Faso", "…, mostly from Kivu")
_FROM_ORIGIN = re.compile(
    r",?\s+(?:(?:almost|nearly|virtually|practically|most\s+of\s+them|all\s+of\s+them|all|exclusively|mostly|"
    r"mainly|largely|chiefly|primarily|predominantly|overwhelmingly)\s+){0,3}from\s+(?:the\s+)?(?-i:[A-Z])"
)
# …or their nationality before it: "registered 5,400 Burundian refugees", "1,200 CAR asylum seekers"
_NATIONALS_NOUN = re.compile(r"\s+(?:new\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:refugees|asylum[\s-]seekers)", re.IGNORECASE)
_COUNTED_FOR = re.compile(r"\s*(?:for|to\s+(?:receive|be)|as\s+(?:eligible|beneficiaries))\b", re.IGNORECASE)
_HOSTED_PEOPLE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:[a-z]+-(?=displaced|uprooted))?(?P<who>refugees|asylum[\s-]seekers|idps|internally\s+displaced|displaced|evacuees|"
    r"returnees|new\s+arrivals|arrivals)\b",
    re.IGNORECASE,
)
_HOSTED_TERMS = {"idps": Term.DISPLACED, "inter": Term.DISPLACED, "displ": Term.DISPLACED, "evacu": Term.EVACUATED,
                 "retur": Term.RETURNED}  # fmt: skip
# the flight that names people a place took in: "received 900 families fleeing the fighting", "… who had fled"
_FLED_AFTER = re.compile(
    r"\s+(?:who\s+(?:have\s+|had\s+)?)?(?P<term>fled|fleeing|escaped|escaping)\b|"
    r"\s+(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?P<moved>displaced)\s+(?:by|from)\b",
    re.IGNORECASE,
)
_SHELTER_TOOK_IN_RE = re.compile(_SHELTER_TOOK_IN, re.IGNORECASE)
_CAN_RECEIVE = re.compile(r"\b(?:can|able\s+to)\s+(?:receive|take\s+in|welcome|admit)\s+[^\d]*$", re.IGNORECASE)
_PART_CUE = re.compile(r",\s*(?:including|incl\.|among\s+(?:them|whom)|of\s+(?:whom|which))\s", re.IGNORECASE)
# what travels, not people: "a convoy of 90 vehicles … reached Tabqa"
_CONVOY = re.compile(
    r"\b(?:convoys?|trucks?|lorries|vehicles|buses|boats|supplies|shipments?|deliveries|aid|assistance)\b", re.I
)
_FLED_WORDS = re.compile(
    r"(?:entered|entering|reached\s|reaching\s|trekked|walked|journeyed|travell?ed|ran\s|desert|vacat|abandon|made\s+their|flocked|"
    r"(?:are|were|is|was)\s+(?:still\s+)?leaving|"
    # "have landed in Aceh", "boarded buses to Sidon", "managed to reach Kaya", "have moved to Kaya"
    r"landed\s+(?:in|on|at)\s+\Z|went\s+to\s+(?:the\s+)?\Z|board|(?:managed|able)\s+to\s|moved\s+to\s+\Z)",
    re.IGNORECASE,
)
_POSSESSED = re.compile(r"\b(?:their|its|his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_WHERE_TERM = re.compile(r"(?:in|at|inside)\s", re.IGNORECASE)
_PART_CLAUSE = re.compile(r",\s*(?:of\s+(?:whom|which|them)|including|among\s+(?:them|whom))\b", re.IGNORECASE)
_TOTAL_REACHED = re.compile(r"reach(?:ed|es|ing)?", re.IGNORECASE)
# (the people's town first: "1,150 residents of Katesh whose homes were buried were staying in two schools"; and
# "5,000 people affected by the floods have been relocated": hit by the disaster, then moved)
_DESCRIBED = re.compile(
    r"(?:\s+(?i:of|in|from)\s+(?-i:[A-Z][\w'’\-]+)(?:\s+(?-i:[A-Z][\w'’\-]+)){0,2})?"
    # (or what struck them: "12,507 families or 48,220 persons affected by armed conflict in … are staying in …")
    r"\s*,?\s*(?:whose|living|staying|residing|sheltering|working|(?:affected|hit)\s+by)\b",
    re.IGNORECASE,
)
# a cause before the count, what it made happen after it: "forced over 2,000 residents … to be evacuated"
_CAUSED_BEFORE = re.compile(
    r"\b(?:forc(?:ed|ing|es)|compel(?:led|ling|s)|obliged|caus(?:ed|ing|es)|prompt(?:ed|ing|s))\s+"
    rf"(?:(?:{QUALIFIER_WORDS}|another)\s+)*$",
    re.IGNORECASE,
)
_TO_BE_BETWEEN = re.compile(r"[^.;:]{0,80}?\bto\s+be\s+")
# the shelter taken as what is to be, right after "to be": "people to be temporarily sheltered"
_TO_BE_SHELTERED = re.compile(r"\bto\s+be\s+(?:temporarily\s+)?sheltered\b", re.IGNORECASE)
_COORDINATED_OBJECT = re.compile(
    rf"\s+{ANY_QUALIFIERS}"
    r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|individuals|residents|families|"
    r"households|villagers|inhabitants|civilians)(?:\s+(?:from|in|at|of|on|along|near)\s+[^\d,;.()]{1,40}?)?"
    rf"\s+and\s+(?:(?:{QUALIFIER_WORDS}|another|a\s+further)\s+)*",
    re.IGNORECASE,
)
# the second count's own verb: "uprooted 500 people and 70 households saw their fields ruined" (not a second object)
_OWN_VERB_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:were|was|are|is|have|has|had|will|would)\b|"
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|lost|left|fled|went|took|got|saw|ran|fell|became)\b",
    re.IGNORECASE,
)
# a relative clause or a clause of contrast opening between a trap and the count: the count's own clause
_OWN_CLAUSE_OPENS = re.compile(r"(?:,\s*|\s)(?:where|which|whereas|while)\s", re.IGNORECASE)
# a clause opening the sentence on when the event struck, its trap its own: "Weeks after the floods hit, …"
_FRONTED_WHEN = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:after|when|since|once|following)\s", re.IGNORECASE)
_PERCENT_OF = re.compile(r"(?:percent|per\s+cent|%)\s+of\s+(?:the\s+|those\s+|these\s+)?$", re.IGNORECASE)
# a move still to come, with the count its object: "the town has to evacuate 480 pupils", "must relocate 1,300",
# "agreed to take in 3,000 people", "will have the capacity to host 15,000" (not "had to evacuate 300")
_MOVE_TO_COME = (
    r"(?:evacuate|relocate|resettle|move|transfer|shift|shelter|house|host|accommodate|receive|take\s+in|welcome|"
    r"repatriate|return|rehouse|absorb|airlift|transport|evict|displace)"
)
_PLANNED_OBJECT = re.compile(
    r"\b(?:(?:plans?|planning|aims?|aiming|intends?|intending|agree[sd]?|agreeing|wants?|wanted|wish(?:es|ed)?|hopes?|"
    r"hoping|prepare[sd]?|preparing|ready|offer(?:s|ed)?|promis(?:es|ed)|pledg(?:es|ed)|have|has|needs?|capacity|space|"
    r"room)\s+to|will|would|must|should|shall|can|could)\s+(?:(?:then|also|soon|now|still|urgently|first)\s+)?"
    rf"{_MOVE_TO_COME}\s+(?:(?:{QUALIFIER_WORDS}|the|all|another|a\s+further|an\s+additional)\s+)*$",
    re.IGNORECASE,
)
# what an event or a decision may bring about, the count its object: "an assault could see 200,000 people flee",
# "the order would drive a further 300,000 people towards Khan Younis", "the closure may force some 4,000 families
# from their homes", "a dam breach could displace up to 90,000" ("may" in lower case: not the month)
_CAUSE_TO_COME = re.compile(
    r"\b(?:(?i:could|would|might|will)|may|(?i:(?:is|are)\s+(?:likely|set|expected|poised)\s+to|threatens?\s+to))\s+"
    r"(?i:(?:(?:also|soon|eventually|potentially|easily|then)\s+)?(?:see|drive|force|push|send|cause|prompt|trigger|"
    r"leave|spark|lead\s+to|result\s+in)\s+(?:(?:the\s+)?(?:displacement|flight|exodus|departure|evacuation)\s+of\s+)?"
    rf"(?:(?:{QUALIFIER_WORDS}|another|a\s+further|an\s+additional|an?|the|additional|further)\s+)*)$"
)
# a flow still to come, counted by its noun: "a possible influx of 9,000", "the anticipated return of 4,000 families",
# "will begin bus transfers of 1,500 refugees" (not "an influx of 3,500 refugees has reached Mabri")
_PLANNED_MOVE_OF = re.compile(
    r"(?:\b(?:possible|potential|projected|anticipated|expected|feared|likely|planned|proposed|future)\s+"
    r"(?:[a-z]+\s+)?|\b(?:will|would|shall|(?:plans?|planning|aims?|intends?|prepar(?:es?|ing)|agree[sd]?)\s+to)\s+"
    r"(?:[a-z]+\s+){1,3})(?:influx|arrivals?|flows?|waves?|exodus|movements?|displacements?|evacuations?|"
    r"relocations?|returns?|transfers?|resettlement|departures?|repatriations?)\s+of\s+"
    rf"(?:(?:{QUALIFIER_WORDS}|the|all|another|a\s+further|an\s+additional)\s+)*$",
    re.IGNORECASE,
)


def _governing_term(sentence: str, clause: tuple[int, int], q: Quantity, noun_end: int, link: str):
    if link == "number-of" and _AIDED_COUNTED.search(sentence, max(clause[0], q.start - 120), q.start):
        return None  # "the number of refugees who received cash rose to 8,000": those aided, counted
    found = _governing(sentence, clause, q, noun_end, link)
    if found is None and link == "noun" and (shared := _shared_verb_clause(sentence, clause, noun_end)):
        # "All 4,700 residents of Jasper and some 20,000 visitors … were ordered to leave": two counts sharing the
        # verb after the second (term:shared-verb)
        found = _governing(sentence, shared, q, noun_end, link)
    return TermMatch(*found) if found else None


_AND_NEXT_COUNT = re.compile(r"\s*and\s+")
_ANY_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|will|would|\w+ed)\b", re.IGNORECASE)


def _shared_verb_clause(sentence: str, clause: tuple[int, int], noun_end: int) -> tuple[int, int] | None:
    """The clause widened over the next count, when the clause ends at "and N …" and has no verb of its own."""
    right = clause[1]
    if not _AND_NEXT_COUNT.match(sentence, right) or noun_end > right:
        return None
    own, lead = sentence[noun_end:right], sentence[clause[0] : noun_end]
    # (the count a subject: no verb before it either, "The Nepal Police rescued 4,331 people, and …" is the rescue's;
    # but an aside of who they are opening after the count runs on over its "and": "officials reported that 7,000
    # people, including 500 children and 90 persons with disabilities, were moved")
    aside = _PART_CUE.match(own) is not None
    if _ANY_VERB.search(own) or _TRAPS.search(own) or len(own) > 60:
        return None
    if not aside and (_ANY_VERB.search(lead) or _TRAPS.search(lead)):
        return None
    after = [start for start, _ in _separators(sentence) if start > right]
    return clause[0], after[0] if after else len(sentence)


def _governing(sentence: str, clause: tuple[int, int], q: Quantity, noun_end: int, link: str):
    """The displacement word that governs the quantity, or None when the quantity is not a displacement figure:
    something that may happen ("plans to relocate 20,000"), or people only described as displaced while
    something else happens to them ("distributed blankets to 10,000 displaced families")."""
    before = sentence[clause[0] : q.start]
    if _PERCENT_OF.search(before[-80:]):
        return None  # "70 per cent of the 1.5 million displaced": the share is the point, not the figure
    if _PLANNED_OBJECT.search(before[-60:]) or _PLANNED_MOVE_OF.search(before[-90:]):
        return None  # "the town has to evacuate 480 pupils", "a possible influx of 9,000": a move still to come
    if _CAUSE_TO_COME.search(before[-70:]):
        return None  # "the offensive could see 200,000 people flee": what a cause may bring (term:cause-to-come)
    object_verb = None
    for m in _term_matches(sentence):
        if m.start() < clause[0]:
            continue
        if m.start() >= q.start:
            break
        object_verb = m
    if object_verb and _ONLY_QUALIFIERS.fullmatch(sentence[object_verb.end() : q.start]):
        if _HYPOTHETICAL.search(sentence[max(clause[0], object_verb.start() - 40) : object_verb.start()]):
            return None  # "would resettle 5,000 families displaced by the floods"
    if (
        object_verb
        and _ONLY_QUALIFIERS.fullmatch(sentence[object_verb.end() : q.start])
        and _SHELTER_TOOK_IN_RE.fullmatch(object_verb.group())
        and _PLAIN_PEOPLE.match(sentence, q.end, noun_end)
        and not _HYPOTHETICAL.search(sentence[max(clause[0], object_verb.start() - 40) : object_verb.end()])
        and not _TRAPS.search(sentence, noun_end, clause[1])
        and _next_term(sentence[noun_end : clause[1]]) is None
    ):
        return Term.IN_CAMPS, "object"  # "the parish church took in 400 people": a shelter's people are in it
    hosted_by = _HOSTED.search(before)
    hosted = _HOSTED_PEOPLE.match(sentence[q.end : noun_end]) if hosted_by else None
    if (
        hosted
        and _COUNTED_BY.match(hosted_by.group())
        and (_COUNTED_FOR.match(sentence, noun_end) or not _NEWLY.search(sentence[q.end : noun_end]))
        # "has registered 101,848 refugees from Karabakh": people who came, counted where they arrived
        and not (
            (_FROM_ORIGIN.match(sentence, noun_end) or _NATIONALS_NOUN.fullmatch(sentence, q.end, noun_end))
            and not _COUNTED_FOR.search(sentence, noun_end, noun_end + 60)
        )
    ):
        # only new people counted are a flight ("registered 14,600 new Sudanese refugees in Wadi Fira"): not a
        # registration drive ("has biometrically registered 90,000 refugees in Adré") nor a list for something to
        # come ("registered 500 refugees for resettlement")
        hosted = None
    trap_after = _TRAPS.search(sentence, noun_end, noun_end + 40)
    if (
        trap_after
        and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", sentence[noun_end : trap_after.start()])
        # (not where they are: "registered 5,600 Congolese refugees in the villages of …")
        and not _PLACE_NOUN.fullmatch(trap_after.group())
    ):
        hosted = None  # "received 15,000 displaced people vaccinated …": what the people received
    if hosted and not _HYPOTHETICAL.search(before):
        # "Chad has received more than 600,000 Sudanese refugees": a country or camp taking in displaced people
        return _HOSTED_TERMS.get(hosted.group("who").lower()[:5], Term.FLED), "object"
    took_in = hosted_by and not _COUNTED_BY.match(hosted_by.group())
    fled_after = _FLED_AFTER.match(sentence, noun_end) if took_in else None
    if (
        fled_after
        and _PLAIN_PEOPLE.match(sentence, q.end, noun_end)
        and not _HYPOTHETICAL.search(before)
        and not _CAN_RECEIVE.search(before[-40:])
        and not _TRAPS.search(sentence, fled_after.end(), clause[1])
    ):
        # "Mueda received 5,300 people fleeing the clashes": a place taking in people its noun says fled
        return _term_of(fled_after.group("term") or fled_after.group("moved")), "object"
    event = _EVENT_AFFECTING.search(before[-120:])
    if event:
        # "18 mass displacement events in Cauca in September, affecting 4,120 people": the people the events moved
        return _term_of(event.group("what")), "term-before"
    if _AID_PART.search(sentence[max(0, q.start - 160) : q.start]):
        return None  # "to assist 3.6 million people in Haiti, including 362,000 displaced": a part of those aided
    found = _governing_term_at(sentence, clause, q, noun_end, link)
    shared = _SHARED_WITH_NEXT.match(sentence, noun_end) if found is None and " and " in sentence[noun_end:] else None
    if shared:
        # "At least 800 people in the Ravenna area and almost 200 in the Bologna area spent the night in shelters":
        # two counts by place sharing one verb
        following = _next_term(sentence[shared.end() : shared.end() + 60])
        if following is not None and not _TRAPS.search(sentence, shared.end(), shared.end() + following.start()):
            found = _term_of(following.group()), "verb-after", shared.end() + following.start()
    if found is None and " and " in sentence[max(0, q.start - 60) : q.start]:
        # "relocated 7,000 people from the coast and 1,600 fish farmers from the islands": a second object of the
        # same verb, in the clause before (term:coordinated-object)
        verb = None
        for m in _term_matches(sentence):
            if m.start() >= q.start:
                break
            verb = m
        if (
            verb is not None
            and _COORDINATED_OBJECT.fullmatch(sentence, verb.end(), q.start)
            and not _OWN_VERB_AFTER.match(sentence, noun_end)
            and not _TRAPS.search(sentence, max(0, verb.start() - 30), q.start)
            # (not "plans to relocate 900 people … and 6,140 …": the window of the verb, not of the clause)
            and not _HYPOTHETICAL.search(sentence[max(0, verb.start() - 40) : verb.start()])
            and not _REQUESTED.search(sentence[max(0, verb.start() - 80) : verb.start()])
        ):
            found = _term_of(verb.group()), "object", verb.start()
    if found is None:
        home = (
            _HOSTED_PEOPLE.match(sentence[q.end : noun_end])
            if _HOME_TO.search(before)
            or _THERE_ARE.search(before)
            or _HOME_TO_APPOSED.search(before[-60:])
            or _hosts_a_nouned_list(sentence[max(0, q.start - 240) : q.start])
            else None
        )
        # a trap after another clause or number is that one's: "hosts 107,000 refugees from Ukraine, more than 4 per
        # cent of its population"
        trap_here = trap_after and not re.search(r"[,;\d]", sentence[noun_end : trap_after.start()])
        capacity = _HOST_CAPACITY.search(before[-60:])
        if home and not _HYPOTHETICAL.search(before) and not trap_here and not capacity:
            # "Adré is now home to more than 200,000 refugees", "Uganda hosts 1.7 million refugees"
            return _HOSTED_TERMS.get(home.group("who").lower()[:5], Term.FLED), "object"
        if (
            _HOME_TO.search(before)
            and _CAMP_HOST.search(before[-160:])
            # (not what a site can take: "the new transit site accommodates up to 2,000 people")
            and not _SITE_CAPACITY.search(before[-40:])
            and (
                _PLAIN_PEOPLE.match(sentence, q.end, noun_end)
                or _LISTED_PLAIN_PEOPLE.fullmatch(sentence, q.end, noun_end)
            )
            and not _HYPOTHETICAL.search(before)
            and not trap_here
            and not capacity
        ):
            # "Sortoni 2, a newer part of a camp now home to 2,400 people": a camp's people are its displaced
            return Term.IN_CAMPS, "object"
        influx = _HOSTED_PEOPLE.match(sentence[q.end : noun_end]) if _INFLUX_OF.search(before[-80:]) else None
        if influx and not _HYPOTHETICAL.search(before) and not _INFLUX_AWAITED.search(before[-80:]):
            # "is facing an influx of up to 2,000 Sudanese refugees every day": their arrival, counted
            return _HOSTED_TERMS.get(influx.group("who").lower()[:5], Term.FLED), "term-before"
        registered = _HOSTED_PEOPLE.match(sentence[q.end : noun_end])
        if (
            registered
            and registered.group("who").lower().startswith(("refugee", "asylum"))
            and (_STAYING_IN_AFTER.match(sentence, noun_end) or _came_to_host(sentence, noun_end))
            and not _HYPOTHETICAL.search(before)
        ):
            return Term.FLED, "verb-after"  # "122,000 refugees from Ukraine remain in the Republic of Moldova"
        if registered and _REGISTERED_AFTER.match(sentence, noun_end) and trap_after is None:
            # "62,000 new refugees have been registered in Ouaddaï": people who fled, counted
            return _HOSTED_TERMS.get(registered.group("who").lower()[:5], Term.FLED), "verb-after"
        if _place_list_term(sentence, q, noun_end):
            return Term.FLED, "place-list"
        shelter = SHELTER_HOME.search(sentence, max(0, q.start - 140), q.start)
        if shelter and _SHELTERED_PEOPLE.match(sentence, q.end, noun_end) and not trap_here:
            return Term.IN_CAMPS, "object"
        if (
            (
                _PLAIN_PEOPLE.match(sentence, q.end, noun_end)
                or _PEOPLE_NAME.match(sentence, q.end, noun_end)
                or _CAMP_PEOPLE.match(sentence, q.end, noun_end)
                or _HOSTED_PEOPLE.match(sentence[q.end : noun_end])
            )
            and (
                _CAMP_HOME.search(before)
                or (_HOME_TO_BEFORE.search(before) and _CAMP_NAMED_AFTER.match(sentence, noun_end))
            )
            and not _HYPOTHETICAL.search(before)
            and not trap_here
            and not capacity
        ):
            hosted = _HOSTED_PEOPLE.match(sentence[q.end : noun_end])  # "the camp now has 9,000 refugees"
            term = _HOSTED_TERMS.get(hosted.group("who").lower()[:5], Term.FLED) if hosted else Term.IN_CAMPS
            return term, "object"  # term:home-to-camp, term:camp-holds
        return None
    term, how, where = found
    if (
        how == "verb-after"
        and term != Term.RETURNED
        and "n" in sentence[max(0, where - 20) : where]
        and _NOT_MOVED.search(sentence, max(0, where - 20), where)
        and not sentence.startswith(("return", "Return"), where)
    ):
        return None  # "317 families were not relocated and still live in their flooded houses": they stayed
    if term == Term.FLED and _CONVOY.search(before) and re.match(r"reached\s", sentence[where : where + 9]):
        return None  # "A convoy of 45 trucks carrying supplies for 20,000 displaced people reached Kadugli": the trucks
    if _TO_BE_SHELTERED.match(sentence, max(0, where - 6)) and not _CAUSED_BEFORE.search(before[-60:]):
        return None  # "2,000 people are yet to be sheltered", "need to be sheltered": only a cause's shelters hold them
    if _REQUESTED.search(before[-80:]) and re.match(r"to\s", sentence[max(0, where - 3) : where + 3].lstrip()):
        return None  # "The mayor called on the town's 44,000 residents to evacuate": asked, not told to leave
    if term == Term.RETURNED and _HELPED_BEFORE.search(before[-60:]):
        return None  # "IOM helped 12,000 stranded migrants return home": assisted returns of migrants, a programme's
    if term == Term.RETURNED and _RETURNED_BY_OTHERS.match(sentence, where):
        return None  # "intercepted 1,800 migrants … and returned them to Libya": sent back, not a return home
    if (
        _HYPOTHETICAL.search(sentence[max(clause[0], where - 40) : where])
        and not _NEGATED_TERM.match(sentence, where)
        # "forced 2,000 residents to be evacuated": what a cause made happen, not what is to come (term:forced-to-be)
        and not (_CAUSED_BEFORE.search(before[-60:]) and _TO_BE_BETWEEN.fullmatch(sentence, noun_end, where))
    ):
        return None  # not "12,000 people who could not yet return": a negation says what is, not what may be
    if how in ("noun-phrase", "term-before"):
        ill = _ILL_AFTER.match(sentence, noun_end)
        if ill and not _ANY_TERM.search(ill.group()):
            return None  # "1,300 displaced children in Tawila were found with severe acute malnutrition"
    if how == "term-before" and _ORDERS.match(sentence, where):
        return None  # "Evacuation orders now cover some 180,000 residents": people told to leave, not yet gone
    if _NOMINAL.match(sentence, where) and _AWAITED.search(sentence, max(0, where - 24), where):
        return None  # "500 refugees registered for resettlement", "families awaiting relocation": yet to come
    if how == "term-before" and _NOMINAL.match(sentence, where) and _PLANNED_AFTER.match(sentence, noun_end):
        return None  # "The evacuation of 10,000 residents from Kherson is planned for next week"
    if how == "noun-phrase" and _EXPECTED_AFTER.search(sentence[noun_end : clause[1]][:80]):
        return None  # "60,000 returned Chadian migrants could be expected to arrive": a projection
    if how == "noun-phrase":
        # (not a trap word in a body's name: "the European Civil Protection and Humanitarian Aid Operations")
        traps = [m for m in _TRAPS.finditer(before) if not _in_a_name(before, m)]
        # a trap with another number after it is that number's ("reached 1.2 million people, with 25,000 new arrivals")
        beneficiary = _BENEFICIARY.search(before[-100:]) and not _MOVEMENT_OF.search(before[-100:])
        # "Half of the 480,000 IDPs in Masisi live with host families": a part of a displaced whole, the whole a figure
        beneficiary = beneficiary and not _SHARE_OF_WHOLE.search(before[-100:])
        # "Of the 1,041,000 IDPs identified, 55 per cent are women": the whole that opens the sentence
        beneficiary = beneficiary and not _WHOLE_OPENS.fullmatch(before)
        # "spreading to nearby counties with 214 evacuees in Lassen": places or sites holding them, not people helped
        beneficiary = beneficiary and not _PLACES_WITH.search(before[-100:])
        beneficiary = beneficiary and not _NOT_BENEFICIARIES.search(before[-120:])
        # "the hardest hit areas are Tana River (3,864 displaced), …": a bracket's own words, whatever is outside
        bracketed = before.rstrip().endswith("(") and sentence[noun_end : noun_end + 3].lstrip().startswith(")")
        # another count's own word before: "two injured people and about 45 displaced people"
        counted = traps and _COUNT_BEFORE_TRAP.search(before, 0, traps[-1].start())
        # (nor a list of counts that ends with this one: "distributed kits to 3,400 and 1,200 displaced families")
        between = before[traps[-1].end() :] if traps else ""
        trapped = traps and (not re.search(r"\d", between) or _AFTER_LIST.fullmatch(between)) and not counted
        # (nor a harm listed before with its own count: "58 people were injured, 38 displaced") (term:impact-list)
        trapped = trapped and not (
            _HARM_COUNTED.fullmatch(traps[-1].group())
            and _IMPACT_BETWEEN.fullmatch(between)
            and _IMPACT_COUNT_BEFORE.search(before, 0, traps[-1].start())
        )
        # (a roof given is no aid: "churches offered shelter to 300 displaced families") (term:gave-shelter-to)
        trapped = trapped and not _GAVE_SHELTER_BEFORE.search(before[-100:])
        # (nor a trap before the count's own clause: "gives food aid in Tessit, which hosts 18,000 IDPs", "the
        # districts hit include Kampar, where 612 evacuees stay") (term:own-clause)
        trapped = trapped and not _OWN_CLAUSE_OPENS.search(between)
        # (nor a trap in a clause opening the sentence on when the event struck, closed before the count's own:
        # "Ten days after the storm hit Tafea, 2,400 displaced people remain in schools") (term:fronted-when)
        trapped = trapped and not ("," in between and _FRONTED_WHEN.match(before, 0, traps[-1].start()))
        # (nor a place's rank before its count: "Kasese is the worst affected, with 2,100 displaced people",
        # "the hardest-hit districts, with 900 and 450 evacuees") (term:most-hit-with)
        trapped = trapped and not (" with " in before[-40:] and _MOST_HIT_WITH.search(before[-140:]))
        if (trapped or beneficiary) and not bracketed:
            return None
    if (
        how == "verb-after"
        and (link == "noun" or (link == "subject" and sentence.startswith(" who ", noun_end)))
        and _GIVEN_TO.search(before[-60:])
        and _GIVEN_BETWEEN.fullmatch(sentence[noun_end:where])
        and _PARTICIPLE.match(sentence, where)
    ):
        return None  # "paid 20,000 pesos each to 3,000 families displaced by the eruption": who got it
    return term, how


_ORDERED_WORD = re.compile(
    r"(?:order(?:ed|ing|s)?|told|tells?|telling|instruct(?:ed|ing|s)?|direct(?:ed|ing|s)?)\s*", re.IGNORECASE
)


@lru_cache(maxsize=4096)  # a word's term depends on the word alone: worked out once per word
def _term_of(word: str) -> str:
    # words whose pattern needs the text after them ("have left Nagorno-Karabakh", "forced 1,500 out of Binnish")
    if re.fullmatch(
        r"(?:(?:already|since|now)\s+)?(?:left|gone|crossed)(?:\s+the|\s+for)?"
        r"(?:\s+(?:northern|southern|eastern|western|central|north|south|east|west))?\s*",
        word,
        re.IGNORECASE,
    ):
        return Term.FLED
    if re.fullmatch(
        r"(?:forced|forcing|forces?|pushed|pushing|drove|driven|driving|drives|chased|prompted|prompting|prompts?|"
        r"compelled|compelling|compels?|obliged|obliging|obliges?)\s*(?:out\s*)?",
        word,
        re.IGNORECASE,
    ):
        return Term.DISPLACED
    if re.fullmatch(r"(?:moved|shifted|transferred|bussed|bused|taken)\s+(?:out\s+)?(?:to|into|away)", word, re.I):
        return Term.EVACUATED  # "were moved to the sports hall"
    if re.fullmatch(r"(?:taken|brought|bussed|bused|driven|transported|ferried|moved)\s+out", word, re.IGNORECASE):
        return Term.EVACUATED  # "were taken out over the past day"
    if re.fullmatch(r"(?:moved|shifted|rescued|move|sending|sent|sends)\s*", word, re.IGNORECASE):
        return Term.EVACUATED  # "moved 6.5 lakh people to cyclone shelters", "sending a million people to shelters"
    if re.match(r"removed\s+from\s", word, re.IGNORECASE):
        return Term.DISPLACED  # "were removed from the river banks": cleared, as the evicted are
    if re.fullmatch(r"(?:converged\s+(?:on|upon)|headed\s+(?:to|for))\s*", word, re.IGNORECASE):
        return Term.FLED  # "have converged on Mogadishu", "have headed to Mogadishu"
    if re.fullmatch(r"in\s+the\s+(?:[\w'’-]+\s+){1,3}(?:camp|site|settlement)\s*", word, re.IGNORECASE):
        return Term.IN_CAMPS  # "were now in the Mabanda site"
    if re.fullmatch(r"protected\s*", word, re.IGNORECASE):
        return Term.EVACUATED  # "had been protected ahead of the hurricane"
    if re.fullmatch(r"unsettled\s*", word, re.IGNORECASE):
        return Term.DISPLACED  # "the mudflow has unsettled 30 families"
    if re.fullmatch(r"decanted\s*", word, re.IGNORECASE):
        return Term.RELOCATED  # "400 households have been decanted"
    if re.match(r"(?:forced\s+)?evictions?\s", word, re.IGNORECASE):
        return Term.DISPLACED  # "evictions hit 7,400 people": the evicted
    if re.match(r"sheltered\s+(?:near|along|close|in\s+the)\b", word, re.IGNORECASE):
        return Term.FLED  # "have sheltered near the border": those who took shelter away from home
    if _FLED_WORDS.match(word):
        return Term.FLED  # "entered Chad", "deserted Tyre", "trekked to Ngala"
    if _ORDERED_WORD.fullmatch(word):
        return Term.EVACUATED  # "ordered 6,000 residents to leave": an evacuation ordered
    if re.fullmatch(r"made\s+it\s+back\s*", word, re.IGNORECASE):
        return Term.RETURNED  # "have made it back to their houses" (its look-ahead needs the words after)
    if re.fullmatch(r"(?:still\s+)?leaving\s*", word, re.IGNORECASE):
        return Term.FLED  # "were leaving Kursk border villages"
    if re.fullmatch(r"IDP\s*", word):
        return Term.DISPLACED  # "3,450 IDP households"
    if re.fullmatch(
        r"(?:sheltering|housing|accommodating|hosting|hosted)(?:\s+(?:at|in|inside))?\s*", word, re.IGNORECASE
    ):
        return Term.IN_CAMPS  # "schools are sheltering 5,000 people"
    for term, pattern in _TERM_RE:
        if pattern.fullmatch(word):
            return term
    if (
        _HOLDING_VERB_END.search(word.rstrip())
        or _GAVE_SHELTER_WORDS.fullmatch(word)
        or _AT_THE_SHELTER_WORDS.fullmatch(word)
        # (the roof still being given, its lookbehind out of reach of the word alone)
        or re.fullmatch(r"providing\s+shelter\s+(?:to|for)\s*", word, re.IGNORECASE)
    ):
        return Term.IN_CAMPS  # "the camps housed 5,200 people", "provided emergency shelter to 540 people"
    if re.match(r"(?:sheltering|camping|sleeping)\s", word, re.IGNORECASE):
        return Term.IN_CAMPS  # "are sheltering under trees", "sheltering around the UN base"
    for term, pattern in _TERM_RE:
        if pattern.search(word):
            return term
    return Term.OTHER


def _category(sentence: str, term: str) -> str:
    if term == Term.IN_CAMPS:
        return Category.STOCK
    if _STOCK_CUES.search(sentence) and not re.search(r"\b(?:since|past|last|this)\s+(?:week|month|day)", sentence):
        return Category.STOCK
    return Category.FLOW


def _words(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# term:carried — a sentence with no displacement word of its own, after one about displacement (extraction.pipeline):
# a count of people governed by a neutral verb of moving, arriving, staying or hosting (extraction.vocab.CarriedVerb)
# "the number" or "that figure" with no "of" after it: the count the sentence before told, and its verb of growth
_RUNNING_TOTAL = (
    r"(?:the|that|this)\s+(?:overall\s+|total\s+)?(?:number|figure|tally|total)(?:\s+(?:has|had|have|now|since|already|"
    r"further|again|then|\w+ly))*\s+(?:stands\s+at|stood\s+at|(?:rose|risen|climbed|grown|increased|jumped|swelled|"
    # "That number has since nearly tripled to 60,000", "That figure is likely close to 1 million by now"
    r"surged|soared|doubled|tripled|trebled|quadrupled)\s+to|reached|topped|passed|exceeded|surpassed|"
    r"(?:is|was)(?:\s+(?:now|\w+ly))?)"
)
_RUNNING_TOTAL_BEFORE = re.compile(rf"\b{_RUNNING_TOTAL}\s+{ANY_QUALIFIERS}$", re.IGNORECASE)
_RUNNING_TOTAL_CUE = re.compile(rf"\b{_RUNNING_TOTAL}\b", re.IGNORECASE)
CARRIED_CUE = re.compile(
    rf"\b(?:{_words(CarriedVerb.MOVING + CarriedVerb.RETURNING + CarriedVerb.STAYING + CarriedVerb.HOSTING)}|"
    r"(?:are|were)\s+(?:now\s+|still\s+|currently\s+)?(?:in|at|inside)|"
    # "In all, there were about 2,600 people": the total of the flights the sentence before told (term:carried-total)
    r"(?:in\s+total|in\s+all|altogether|all\s+told)\s*,?\s+there\s+(?:were|was|are)|"
    # "The largest movements were to Jowhar (12,400 people), …" (term:place-list)
    r"movements?\s+(?:were|was)\s+(?:(?:mainly|mostly|largely)\s+)?(?:to|towards?|into)|"
    # "By June the number had climbed to 9,000": the count of the sentence before, as it stands now (term:carried-total)
    rf"{_RUNNING_TOTAL})\b",
    re.IGNORECASE,
)
_CARRIED_AUXILIARIES = (
    r"(?:(?:have|has|had|were|was|are|is|been|being|also|now|still|alone|already|reportedly|then|later|all|since|"
    r"so\s+far|overnight|each|every|\w+ly)\s+)*"
)
_CARRIED_AFTER = re.compile(
    # "5,600 people in Phalombe district moved …": where they were, then the verb
    r"(?:\s+(?:in|from|of|at|on|across)\s+[^\d,;.()]{1,40}?)?,?\s+"
    + _CARRIED_AUXILIARIES
    + rf"(?:(?P<returning>{_words(CarriedVerb.RETURNING)})|"
    rf"(?P<staying>(?:(?:are|were|was|is)\s+(?:now\s+|still\s+)?|(?:{_words(CarriedVerb.STAYING)})\s+"
    r"(?:(?:overnight|the\s+night|that\s+night|last\s+night)\s+)?)(?:in|at|inside)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_words(CarriedVerb.SHELTERS)}))|"
    # a direction after the verb: "landed in Aceh", "came across", "crossed at Torkham"; not "reached with aid"
    rf"(?P<moving>{_words(CarriedVerb.MOVING)})(?=\s+(?:to|into|towards?|at|in|on|through|over|across|ashore|back|"
    r"there|out|the|a|(?-i:[A-Z])|by\s+(?:boat|boats|bus|buses|road|foot|canoe|canoes|truck|trucks|car|cars|sea|air|"
    r"train|barge|barges))\b)(?!\s+with\b))\b",
    re.IGNORECASE,
)
_CARRIED_HOST_BEFORE = re.compile(
    # what it can hold is a capacity: "A transit centre in Jalalabad can hold 2,000 people"
    r"(?<!\bcan\s)(?<!\bcould\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
    # (not "up to": "The new transit site accommodates up to 2,000 people" is a capacity)
    rf"\b(?:{_words(CarriedVerb.HOSTING)})\s+(?:(?:{_QUALIFIER_WORDS_BUT_UP_TO}|a\s+further|another|the\s+remaining)\s+)*$",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    rf"\bto\s+(?:{_words(CarriedVerb.PURPOSES)})\b|"
    rf"\bfor\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_words(CarriedVerb.EVENTS)})\b",
    re.IGNORECASE,
)
_HOLDING = re.compile(rf"(?:{_words(CarriedVerb.HOLDING)})\b", re.IGNORECASE)
_CAPTORS = re.compile(rf"\b(?:{_words(CarriedVerb.CAPTORS)})\b", re.IGNORECASE)
_SHELTER_SUBJECT = re.compile(
    rf"\b(?:they|{_words(CarriedVerb.SHELTERS)}|camp|site|centre|center|shelter)\b", re.IGNORECASE
)


# what may follow a count with no noun that a verb of hosting governs: not another noun ("received 2,000 mattresses")
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+[-–—]\s|\s+(?:of\s+(?:them|these|those)|more|others?|in|at|on|by|from|since|during|over|last|this|"
    r"so\s+far|overnight|alone|and|while|between|mostly|most|many|people|persons|individuals|residents|families|"
    r"households|refugees|IDPs)\b",
    re.IGNORECASE,
)


def total_of_trapped(before: str, sentence: str) -> bool:
    """Whether `sentence` only goes on from a count of the sentence before ("That figure is 7,300 in Victoria")
    that a trap governs there ("12,000 residents face an evacuation order"): the total is no figure either."""
    cues = list(CARRIED_CUE.finditer(sentence))
    return (
        bool(cues)
        and all(_RUNNING_TOTAL_CUE.fullmatch(cue.group()) for cue in cues)
        and any(re.search(r"\d", before[max(0, t.start() - 40) : t.end() + 40]) for t in _TRAPS.finditer(before))
    )


# a count with no noun that is in a place it names, in a sentence after one about displacement: "Roughly 6,200
# were in Gambella, 4,100 in Assosa …", "5,000 were now at Quevedo"; not a month ("were in March"), a phase of food
# insecurity ("are in IPC Phase 3") or a place that is no name ("are in the town")
_BEING_IN_PLACE = re.compile(
    r"\s+(?:are|were)\s+(?:now\s+|still\s+|currently\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Phase|IPC|"
    r"Crisis|Emergency|Famine)\b)(?-i:[A-Z])",
    re.IGNORECASE,
)
_BEING_IN_CARE = re.compile(r"[\w'’ -]{0,30}?\b(?:hospitals?|clinics?|prisons?|jails?|detention|custody)\b", re.I)


def _being_in_place(sentence: str, q: Quantity) -> bool:
    """A count with no noun in a place it names ("Roughly 6,200 were in Gambella"), not patients ("30 are in
    Kassel hospital")."""
    m = _BEING_IN_PLACE.match(sentence, q.end)
    return bool(m) and not _BEING_IN_CARE.match(sentence, m.end())


def carried_subject(sentence: str, q: Quantity) -> bool:
    """A count with no noun of its own that a neutral verb governs: "Another 1,300 came across on Tuesday" (its
    subject), "Ouaddaï province alone hosts about 420,000" (its object; not "received 2,000 mattresses")."""
    if _CARRIED_AFTER.match(sentence, q.end) or _being_in_place(sentence, q):
        return True
    if _RUNNING_TOTAL_BEFORE.search(sentence, max(0, q.start - 100), q.start) and _NO_NOUN_AFTER.match(sentence, q.end):
        return True  # "By June the number had climbed to 9,000" (term:carried-total)
    return bool(
        _CARRIED_HOST_BEFORE.search(sentence, max(0, q.start - 60), q.start) and _NO_NOUN_AFTER.match(sentence, q.end)
    )


# "Some fled to Pauktaw, others to Minbya. In all, there were about 2,600 people.": the count closes its clause
_TOTAL_THERE = re.compile(
    rf"\b(?:in\s+total|in\s+all|altogether|all\s+told)\s*,?\s+there\s+(?:were|was|are)\s+{ANY_QUALIFIERS}$",
    re.IGNORECASE,
)
TOTAL_CUE = guarded(
    re.compile(r"\b(?:in\s+total|in\s+all|altogether|all\s+told)\s*,?\s+there\s+(?:were|was|are)\b", re.I)
)
_TOTAL_ENDS = re.compile(r"\s*(?:[,.;:'’\"”]|$)")


def carried_term(sentence: str, clause: tuple[int, int], q: Quantity, noun_end: int, context: str):
    """The term a neutral verb gives a count of people in a sentence that goes on from one about displacement
    (`context`, that sentence's term), or None: "About 3,200 households moved to schools" (moving: the context's
    term), "14,200 families are in schools" (staying: in camps), "8,000 families have come home" (returned), "The
    Bakassi camp alone took in 24,000" (hosting: in camps when camps or shelters host, else the context's term). A
    trap between the count and its verb, or right after a hosted count, leaves it no figure."""
    if _HARMED.search(sentence, q.end, noun_end):
        return None  # the count's own words say what it counts: "received 120 injured people"
    after = sentence[noun_end : clause[1]]
    verb = _CARRIED_AFTER.match(after)
    if verb:
        if _TRAPS.search(after, 0, verb.start(verb.lastgroup)):
            return None  # "200 people killed in Kasese were moved to …"
        if _PURPOSE.search(after, verb.end()):
            return None  # "About 5,000 people gathered at the collectorate to demand relief": a crowd
        if verb.group("returning"):
            return TermMatch(Term.RETURNED, "carried")
        if verb.group("staying"):
            return TermMatch(Term.IN_CAMPS, "carried")
        return TermMatch(Term.DISPLACED if context == Term.IN_CAMPS else context, "carried")
    if _TOTAL_THERE.search(sentence, max(0, q.start - 60), q.start) and _TOTAL_ENDS.match(sentence, noun_end):
        return TermMatch(Term.DISPLACED if context == Term.IN_CAMPS else context, "total-of-previous")
    total = _RUNNING_TOTAL_BEFORE.search(sentence, max(clause[0], q.start - 100), q.start)
    if total and _NO_NOUN_AFTER.match(sentence, q.end):
        return TermMatch(context, "carried-total")  # "By June the number had climbed to 9,000"
    if noun_end == q.end and _being_in_place(sentence, q):  # "Roughly 6,200 were in Gambella"
        return TermMatch(Term.DISPLACED if context == Term.IN_CAMPS else context, "carried")
    host = _CARRIED_HOST_BEFORE.search(sentence, max(clause[0], q.start - 60), q.start)
    if host is None:
        # "The largest movements were to Jowhar (over 12,400 people), …" after a sentence about displacement
        return (
            TermMatch(Term.DISPLACED if context == Term.IN_CAMPS else context, "place-list")
            if _place_list_term(sentence, q, noun_end)
            else None
        )
    trap = _TRAPS.search(after)
    if trap and _governs(after[: trap.start()]):
        return None  # "hosts 300,000 people in need"
    if _CAPTORS.search(sentence, clause[0], host.start()):
        return None  # "RSF fighters held 300 men at a school in Sinja"
    sheltered = _SHELTER_SUBJECT.search(sentence, clause[0], host.start())
    if _HOLDING.match(host.group()) and not sheltered:
        return None  # "The RSF has held 2,000 civilians in Bahri": no camp or shelter holds them
    if context == Term.IN_CAMPS or sheltered:
        return TermMatch(Term.IN_CAMPS, "carried")
    return TermMatch(context, "carried")


# the long patterns scan faster behind a look-ahead for the characters a match can start with: the same
# matches, less work (extraction.scanning)
_TRAPS, _STOCK_CUES = word_alternation(_TRAPS), word_alternation(_STOCK_CUES)  # grouped by first letter
_TRAPS, _SEPARATORS, _STOCK_CUES, _HYPOTHETICAL, CARRIED_CUE = map(
    guarded, (_TRAPS, _SEPARATORS, _STOCK_CUES, _HYPOTHETICAL, CARRIED_CUE)
)
# the displacement words behind their first seven characters (four tell "in" from "in camps" too seldom): the scan
# once per sentence takes about a fifth less time, the guard about a quarter of a second to build at import
_ANY_TERM = guarded(_ANY_TERM, prefix=7)
_TERM_RE = [(term, guarded(word_alternation(pattern))) for term, pattern in _TERM_RE]  # grouped by first letter


# more patterns behind the same look-ahead (measured one by one: each of these scans faster so; those that did
# not are left as written)
_AID_PART, _GIVEN_TO, _HOSTED = map(guarded, (_AID_PART, _GIVEN_TO, _HOSTED))
_EVENT_AFFECTING, _HOME_TO, _DESCRIBED = map(guarded, (_EVENT_AFFECTING, _HOME_TO, _DESCRIBED))
_HARMED = guarded(_HARMED)


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_OBJECT_OF_OTHER, _PART_DESCRIBED = map(guarded, (_OBJECT_OF_OTHER, _PART_DESCRIBED))
CAMP_HOLDS_CUE = guarded(CAMP_HOLDS_CUE)
