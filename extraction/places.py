"""Stage 5: places. Place names in a sentence, resolved against the gazetteer (the loaded regions first, then the
worldwide names), and the place a quantity belongs to."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from extraction.bodies import _ORG_WORDS
from extraction.gazetteer import Gazetteer, Place
from extraction.quantities import _MONTHS, QUALIFIER_WORDS
from extraction.scanning import folded, guarded
from extraction.text import CAPITAL, name_key
from extraction.world import COMMON_WORDS


class PlaceMention(NamedTuple):
    position: int
    text: str
    place: Place | None
    context: bool  # introduced by a preposition of place ("in", "from", "into" …)
    arrival: bool = False  # a country named as where people went ("into neighbouring Chad", "vers le Nigeria")
    landmark: bool = False  # a place a distance is measured from ("40 km south of Goma"): place:distance-reference
    # where the hosting said of a place as its subject ends ("Bor now hosts", "the Roe site, which hosts 24,000 …,
    # has had to accommodate"): the count right after it, or inside it, is that place's (place:host-governs); 0 if none
    host: int = 0


# the label of a key-figure line heading it: "Deaths: 299 | Injured: 715", "Missing: 42", "Houses damaged: 1,676"
_COUNT_LABEL = re.compile(
    r"(?:Deaths?|Dead|Fatalities|Injur(?:ed|ies)|Missing|Casualties|Affected|Rescued|Houses|Homes|Cases|Total|"
    r"Families|Households|Persons|People|Individuals|Population|Evacuees|Returnees|Arrivals|Returns|Drivers|Status|"
    r"Event|Date|Period|Source|Sources|Note|Notes|Highlights|Damage|Schools|Roads|Bridges|Livestock|Crops)\b"
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_NOT_PLACES = {
    *_MONTHS,
    *_WEEKDAYS,
    # what people believe, a disease: "living in Buddhist monasteries", "the spread of Covid-19"
    "buddhist",
    "christian",
    "muslim",
    "catholic",
    "hindu",
    "covid-19",
    "covid",
    "strip",  # "in the south of the Strip": the Gaza Strip the text named before
    "round",  # "from Round 47": a survey's numbered round
    # a key-figure line's label: "Dead: 3", "Injured: 40" (place:label-word)
    "dead",
    "deaths",
    "injured",
    "missing",
    "affected",
    "the",
    "a",
    "an",
    "this",
    "that",
    "their",
    "its",
    "his",
    "her",
    "total",
    "addition",
    "all",
    "recent",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "recent weeks",
    "response",
    "need",
    "order",
    "particular",
    "fear",
    "search",
    "desperation",
    "panic",
    "spite",
    "view",
    "atlantic",
    "indigenous",  # "members of Indigenous communities in the Cauca department"
    "caribbean",  # "from the Caribbean coast": a coast described, the country named besides it
    "mediterranean",
    "idps",
    "idp",
    "un",
    "pacific",
    "protection of civilians",
    # (a UN base's kind, as it is also written: "the Protection of Civilian Site (PoC) in Malakal")
    "protection of civilian",
    "protection of civilian site",
    "protection of civilians site",
    "protection of civilian sites",
    "protection of civilians sites",
    "phase",
    # platforms a statement was posted on ("in a post on Telegram")
    "telegram",
    "facebook",
    "twitter",
    "whatsapp",
    "instagram",
    "tiktok",
    "youtube",
}

# a Nguni name's lower-case prefix before its capital ("eThekwini", "uMgungundlovu", "iLembe", "eSwatini"), not a
# product's ("iPhone", "eBay") (place:lower-case-prefix)
_NGUNI_PREFIX = r"[eiuo](?=[A-Z][a-z]{3,})(?!Phone|Pad|Pod|Cloud|Tunes|Player|Book)"
_CAPITALISED_PLACE = re.compile(
    r"\b(?i:in|from|of|near|around|across|outside|to|at|on|towards?|into|inside|throughout|within|for|fled|through|via|"
    r"seized|captured|overran|raided|shelled|stormed|besieged|bombed|attacked|"
    r"fleeing|left|leaving|leave|escaped|entered|reached|reaching|reach|hit|struck|affecting|west\s+of|"
    # weather striking a place ("as floodwaters drench the UK", "a storm battering Galicia")
    r"(?:drench|batter|lash|pound|swamp|ravag|inundat|delug)(?:es|ed|d|s|ing|e)?|hits|strikes|"
    # a town abandoned ("Ten thousand others had deserted Mutarule", "ont abandonné Kalembe")
    r"abandoned|deserted|"
    # where people are hosted ("are hosted by Adré"), not who hosts them elsewhere ("displaced by Israeli strikes")
    r"(?<=hosted\s)by|(?<=housed\s)by|(?<=sheltered\s)by|"
    r"east\s+of|north\s+of|south\s+of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|north-western|"
    r"north-eastern|south-western|south-eastern|northwest|northeast|southwest|southeast|"
    # (the same written as one word: "in northwestern Pakistan", "across southeastern Türkiye")
    r"northwestern|northeastern|southwestern|southeastern|"
    r"central|rural|neighbouring|neighboring|nearby|besieged|rebel-held|opposition-held|government-held)\s+)?"
    # an Arabic article may open the name ("in al-Hol", "from el-Fasher") or join its words ("Deir ez-Zor")
    # (and a transliterated ayn or hamza may open the word after a capitalised article: "Al ‘Aqīq", "El ’Ayoûn")
    # (and a Nguni locative or noun-class prefix in lower case may open it: "in eThekwini", "from uMgungundlovu")
    # (and a saint's or a mountain's short title with its full stop: "in St. Marc", "from Mt. Elgon")
    rf"(?P<name>(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|en|es|et|ez)-|(?:A[lrsdtzn]|Ash|El)[\s-][‘’`ʻʿ]|{_NGUNI_PREFIX}|(?:St|Ste|Mt)\.\s)?{CAPITAL}[\w'’\-]+(?:\s+(?:(?:al|el|ad|ar|ash|az|bin|de|du|"
    # ("the Democratic Republic of the Congo" whole, not the other Congo)
    r"la|le|of\s+the|of|del|da|do|dos|das|di|y)[\s-]+|(?:as|at|an|ed|en|es|et|ez|er)-|[dl]['’])?"
    rf"{CAPITAL}[\w'’\-]+){{0,3}})"
)
_ANY_CAPITALISED = re.compile(
    rf"(?P<name>(?:(?:A[lrsdtzn]|Ash|El)[\s-][‘’`ʻʿ])?{CAPITAL}[\w'’\-]+"
    r"(?:\s+(?:(?:al|el|ad|ar|ash|az|bin|de|of\s+the|of|del|da|do|dos|das|di|y)[\s-]+|"
    rf"(?:as|at|an|ed|en|es|et|ez|er)-|[dl]['’])?{CAPITAL}[\w'’\-]+){{0,3}})"
)
# capitalised words that open a place name but are not one ("Western Jebel Marra", "Greater Darfur")
_NOT_PLACE_WORDS = frozenset(
    "western eastern northern southern central upper lower greater north south east west new old hurricane "
    "cyclone typhoon storm tropical operation republic democratic united kingdom islamic federal federation "
    "people's peoples national state states".split()
)
# the compass words of _NOT_PLACE_WORDS: one is left off a name only when the rest names a known place
_COMPASS_WORDS = frozenset(
    "western eastern northern southern central upper lower greater north south east west".split()
)
_CAPITALISED_RUN = re.compile(rf"(?:\s+(?:(?:for|of|and|on)\s+)?{CAPITAL}[\w'’\-]*)*")
_EVENT_WORDS = frozenset("hurricane cyclone typhoon storm tropical operation".split())
_TYPED_PLACE = re.compile(
    rf"(?<![\w'’])(?P<name>{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+){{0,2}})\s+(?:town|city|village|district|province|"
    # "Lao state media", "Russian state television": the state's media, not a state named Lao
    r"state(?!\s+(?:media|television|tv|news|broadcaster|radio|press|[\w-]*(?:run|owned|controlled)\b))|county|region|"
    # the divisions of countries by their own names: zones and woredas, communes, LGAs, payams, barangays, upazilas …
    r"island|islands|governorate|prefecture|municipality|sub-?district|camp|atoll|zone|woreda|kebele|commune|"
    r"arrondissement|department|territory|chiefdom|payam|boma|barangay|upazila|union|tehsil|taluk|taluka|mandal|"
    r"oblast|raion|rayon|hromada|canton|parish|locality|LGA|emirate|wilaya|sector|township|ward|[Vv]olcano|"
    r"(?:transit|reception|evacuation|collective|relocation)\s+(?:centre|center|site)s?|"
    # "in the Northern division": a country's division named by its compass point alone (place:compass-division)
    r"(?:(?<=Northern\s)|(?<=Southern\s)|(?<=Eastern\s)|(?<=Western\s)|(?<=Central\s))[Dd]ivision)\b"
)
# a capitalised word opening a sentence before a place's name ("In Tanganyika province, …"): not part of it
_OPENING_WORD = re.compile(
    r"^(?:The|In|At|On|From|Across|Throughout|Near|Inside|Within|Around|Outside|Into|To|And|Of|Meanwhile|Elsewhere)\s+"
)
_TYPED_PAIR = re.compile(
    rf"(?<![\w'’])(?P<a>{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+){{0,2}})\s+and\s+(?P<b>{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+){{0,2}})\s+"
    r"(?:zones|districts|provinces|regions|counties|states|governorates|townships|municipalities|territories|woredas|"
    r"communes|departments|prefectures|oblasts|upazilas|tehsils|islands|sub-?districts|LGAs|localities)\b"
)
_ACTOR_AFTER = re.compile(
    r"\s+(?:insurgency|insurgents|militia|militias|militants|fighters|rebels|group|attacks?|offensive|forces|"
    r"troops|army|movement|regime|authorities|government)\b"
)
# what follows an event's name: "the Gu-Deyr floods", "the Tigray war" (a name no gazetteer knows is no place then)
_EVENT_AFTER = re.compile(
    r"\s+(?:floods?|flooding|rains?|season|drought|earthquakes?|quakes?|eruptions?|storms?|landslides?|"
    r"mudslides?|wildfires?|fires?|crisis|war|conflict|clashes|fighting|violence|unrest|emergency|disaster|"
    r"response|appeal|operation|campaign)\b"
)
# a season named before its rains (no country nor division): "the Deyr rains", "the Gu rainy season"
_SEASON_AFTER = re.compile(r"\s+(?:rains|rainy\s+season|season)\b")
# an administrative unit's type written in capitals after its name
_ADMIN_SUFFIX = re.compile(r"\s+(?:Local\s+Government\s+Area|LGA|Municipality|Municipal\s+Council)$")
# a site's kind in letters after its name: "the Zamzam IDP camp", "the Bentiu PoC site" (place:site-letters)
_SITE_LETTERS = re.compile(r"\s+(?:IDPs?|PoC|POC)$")
# a count in an aside right after a place: "Munhava ward (hosting 310 people)", "Farchana camp, sheltering some
# 40,000 refugees" (its kind in lower case between)
_HOSTING_ASIDE = re.compile(
    r"(?:\s+(?:neighbou?rhoods?|ward|camp|site|settlement|village|town|district|area|zone|sector|barangay|bairro))?"
    r"\s*[(,]\s*(?:currently\s+|now\s+|still\s+)?(?:hosting|sheltering|home\s+to)(?=\s+(?:[a-z]+\s+){0,2}\d)"
)
# a site's kind in capitals after its name, a centre that receives or shelters people: "Kagoma Reception Centre",
# "Nyakabande Transit Center" (the name alone is the place; the kind alone is no organisation)
_RECEPTION_SITE = re.compile(r"\s+(?:Reception|Transit|Evacuation|Accommodation)\s+Cent(?:re|er)$")
# the kind words a place's name may be written with ("Kakuma Refugee Camp", "Goma Town"): the short vocabulary that
# tells a name with its kind from a longer name no gazetteer holds (place:whole-name)
_KIND_WORDS = frozenset(
    "camp camps site sites settlement settlements town city village villages district province region state county "
    "municipality refugee refugees idp idps poc area areas zone island islands valley market centre center locality "
    "township ward commune sub-county subcounty governorate department prefecture oblast division road street "
    "highway bridge river lake mount port airport border crossing quarter neighbourhood neighborhood suburb regency "
    "peninsula barangay kebele woreda payam boma upazila tehsil sector cell hill hills mountains plateau coast bay "
    "volcano post times tribune news herald daily star observer guardian radio tv online".split()
)
# the kinds of an administrative area, of those words: one closing a longer name is no place of its own ("the
# Caprivi Region"; but "the East Coast" keeps its coast)
_AREA_KINDS = frozenset(
    "region area areas district province state county zone division municipality department prefecture "
    "governorate sector ward locality territory".split()
)
_FACILITY = re.compile(
    r"\b(?:Cathedral|Church|Mosque|School|Stadium|Hospital|University|College|Gymnasium|Hall|Compound|Airport)\b"
)
_FACILITY_NAME = re.compile(
    rf"(?:{CAPITAL}[\w'’.-]*\s+){{1,4}}(?:Cathedral|Church|Mosque|School|Stadium|Hospital|University|College|Gymnasium|"
    r"Hall|Compound|Airport)\b"
)
# a place named as the owner of another ("Al Hasakeh governorate's Ras Al Ain district") gives way to it
_OWNS_NEXT = re.compile(
    r"(?:\s+(?:governorate|province|state|district|region|county|department|prefecture))?['’]s\s+(?:[a-z-]+\s+)?[A-Z]"
)
# an office-holder's title before "for" or "of", then its field ("High Commissioner for Refugees", "Minister of
# Humanitarian Affairs", "Deputy Minister of Emergency Situations", "Director of Emergency Operations"), and a
# national system's name ("System for Risk Management")
_OFFICE_FOR = re.compile(
    r"(?:Commissioners?|Coordinators?|(?:Under-?)?[Ss]ecretary|Ministers?|Representatives?|Directors?|Systems?)"
)
_CITED = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# officials in the plural opening a sentence, or the story after its dateline, then where they are: "Authorities in
# northwestern Pakistan ordered …", "KANDY: Officials in central Sri Lanka said …" (no organisation's name: a country
# or a first-level division after "in" is a place; place:officials-in)
_OFFICIALS_OPENING = re.compile(r"(?:^|^[A-Z][\w'’.\- ]{1,30}:\s+)(?:Authorities|Officials)\s+$")
# a place as the subject of hosting: "Laukkai was also hosting a camp", "Bor now hosts 5,000 IDPs"
_HOST_PLACE = re.compile(
    # (and after "where": "…, where the M'bera camp alone hosts 120,000")
    # (and after "that": "officials said that Bor now hosts 5,000 IDPs")
    # (and after "followed by": "…, followed by Dadaab which hosts 40,000", place:host-ranked)
    rf"(?:^|[.;:]\s+|,\s+(?:where\s+)?|\bthat\s+|\bfollowed\s+by\s+)(?:[Tt]he\s+|(?:In|At)\s+(?=\S+(?:\s+\S+)?\s+camp,\s+(?:which|that)\s))?(?P<name>(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|en|es|et|ez)-|(?:St|Ste|Mt)\.\s)?{CAPITAL}[\w'’\-]+"
    # (its words joined by an article or a particle: "Ras al-Ain has received …", "Santa Cruz del Norte hosts …")
    r"(?:\s+(?:(?:al|el|ad|ar|ash|az|bin|de|du|la|le|del|da|do|dos|das|di|y)[\s-]+)?"
    rf"{CAPITAL}[\w'’\-]+){{0,2}})"
    # ("the Zamzam refugee camp hosts …", "Tawila sub-county hosts …": the kind after the name, place:host-kind)
    r"(?:\s+(?:(?:refugee|IDP|displacement|gathering|transit)\s+)?(?:commune|town|city|district|camp|county|"
    r"municipality|province|region|state|site|settlement|sub-county|village|locality|township|ward))?"
    # "Sake, which hosted 60,000 people before the clashes, now shelters more than 150,000"; "Djibo, under blockade
    # for two years, shelters some 270,000 displaced people"
    # (not a ranking's first: "In Upper Nile, Renk takes the lead, sheltering …" is Renk's)
    r"(?:,\s+(?:which|where)\s[^;.]{1,80}?,(?!\d)|,\s+(?![^,;.]*\s(?:takes|took|tops|topped)\s+the\s+(?:lead|list),)"
    r"[^,;.]{3,60},)?"
    # "Gatumba, home to some 30,000 people displaced by …"
    # "Gaziantep, which hosts some 450,000 refugees, has said …": the hosting said in a clause about the place
    # (the clause closely joined, no comma: "followed by Dadaab which hosts 40,000")
    r"(?:,(?=\s+home\s+to\b)|,?\s+(?:which|that)(?=\s+(?:(?:is|was|also|now|currently|still|already)\s+)*(?:hosts|hosted|"
    r"hosting|shelters|sheltered|home\s+to)\b))?"
    # (a predicate of its own first: "Djibo, in the Sahel region, has been cut off for months and now shelters …")
    r"(?:\s+(?:has|have|had)\s+been\s+[^,;.\d]{3,50}?\s+and(?=\s+(?:now|currently|still|also|already)\s))?"
    # (first of a ranking: "Kakuma takes the lead, hosting …", "Gedo tops the list, sheltering …", place:host-ranked)
    r"\s+(?:(?:is|was|has\s+been|had\s+been|(?:takes|took|tops|topped)\s+the\s+(?:lead|list),|"
    r"are|were|also|now|currently|still|already|alone)\s+)*(?:hosting|hosts|hosted|home\s+to|sheltering|shelters|"
    # "Feni is the worst hit, with 150,000 people in shelters there alone" (place:worst-hit)
    r"(?:the\s+)?(?:worst|hardest)[\s-](?:hit|affected)(?=,\s+with\s)|"
    # "Adré alone has 150,000 people in a makeshift site"
    rf"has(?=\s+(?:(?:{QUALIFIER_WORDS})\s+)?\d)|"
    # "the camp currently houses 4,800 people", "has had to accommodate 50,000 more" (a number after: not the noun
    # "houses", nor a capacity's "can accommodate")
    rf"(?:houses|housed|housing|accommodates|accommodated|(?:has|have|had)\s+had\s+to\s+accommodate|"
    # "Nyamatanda is among a group of camps that house 200 families", "… is one of the sites that host 3,000"
    r"(?:one\s+of|among)\s+(?:a\s+(?:group|number|handful|cluster)\s+of\s+|the\s+|several\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:camps|sites|settlements|centres|centers|shelters|villages|towns)\s+(?:that|which)\s+(?:now\s+|currently\s+)?"
    r"(?:house|host|shelter|accommodate))"
    rf"(?=\s+(?:(?:{QUALIFIER_WORDS})\s+)?\d)|"
    # "Titao received 8,500 new arrivals in January", "Baidoa has received more than 300,000 people"
    rf"(?:has\s+|have\s+|had\s+)?received(?=\s+(?:(?:{QUALIFIER_WORDS})\s+)?\d)|"
    # "Bossaso has the highest number of IDPs, with 120,000", "ECAC has the highest number of evacuees, with around
    # 500 families" (place:most-hosted)
    r"(?:has|had|hosts|hosted|recorded|records)\s+the\s+(?:highest|largest|greatest)\s+(?:number|share|concentration)\s+"
    r"of\s+(?:[\w-]+\s+)?(?i:evacuees|idps|displaced|arrivals|families|households|people|returnees|refugees)"
    r"(?=,?\s+with\s))\b"
)
# a natural feature's name: a lake, a river, the sea (the people are where the sentence says they live or went)
_WATER_BEFORE = re.compile(
    r"(?:\b(?:waters?|banks?|shores?|level|overflow|course|mouth|basin)\s+of\s+(?:the\s+)?|"
    r"\b(?:Lake|River|Mount|Mt\.?|Gulf\s+of|Bay\s+of|Sea\s+of)\s+)$"
)
_WATER_NAME = re.compile(r"(?:Bay|Gulf|Sea|Straits?)\s+of\s")
# a distance measured from a place, the place after it: "Zamzam camp, 15 kilometres south of El Fasher", "40 km south
# of Goma", "250 kilometres west of the capital, Kinshasa", "10 miles outside the town of Yei", "155 miles (250 km)
# north-west of", "20 km away from"; one pattern for both rules that read it (place:distance-reference demotes the
# landmark, place:distance-from drops the town that locates a place named before it)
_DISTANCE_FROM_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilomet(?:re|er)s?|miles?)\s+(?:\([^)]{1,20}\)\s+)?"
    r"(?:(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+|away\s+)?(?:of|from)|outside)\s+"
    r"(?:the\s+)?(?P<words>(?:(?:[A-Z][\w'’\-]+|[a-z]+)\s+){0,2}?)(?P<kind>(?:capital|city|town|border)\s*,?\s+)?$",
    re.IGNORECASE,
)
# an aside after a place naming its kind, up to the place that locates it: ", a town north of ", ", a small village
# in ", ", a district of "
_KIND_OF_PLACE_ASIDE = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|district|commune|locality|settlement|community|municipality)"
    r"(?:\s+(?:[^,;.()]|[,.](?=\d)){0,40}?)?\s+(?:of|in|near|outside|from)\s+(?:the\s+)?"
)
_TOWN_OF = re.compile(r"(?:(?:town|city)\s+of\s+)?", re.IGNORECASE)


def _landmark_distance(sentence: str, position: int) -> bool:
    """A distance measured from the place at `position`, with nothing between the distance and the name but "the",
    "town of" or "city of" ("15 kilometres south of El Fasher", not "90 kilometres south of Manono in Tanganyika")."""
    start = max(0, position - 60)
    while match := _DISTANCE_FROM_BEFORE.search(sentence, start, position):
        if not match["kind"] and _TOWN_OF.fullmatch(match["words"]):
            return True
        if match["kind"] and match["kind"].lower().startswith("capital") and not _TOWN_OF.fullmatch(match["words"]):
            # "200 kilometres north of the state capital, Bor", "60 miles from the provincial capital Lubero": a
            # capital named by its rank only locates the place (the bare "the capital, Kinshasa" after a place named
            # before it is place:distance-from's)
            return True
        start = match.start() + 1
    return False


_MOST_HOSTED = re.compile(r"\sthe\s+(?:highest|largest|greatest)\s+(?:number|share|concentration)\s+of\s")
_YEAR_WHEN_BEFORE = re.compile(
    r"\b(?:19|20)\d\d\s*(?:[–—-]|,)\s*the\s+(?:same\s+)?year\s+(?:in\s+which|when|that)\s+(?:[\w'’-]+\s+){0,4}$"
)
# a place a site is compared in: "the camp, among the busiest in the Sahel, hosts …", "among the biggest refugee
# camps in East Africa" (place:compared-in)
_COMPARED_IN = re.compile(
    r"\b(?:(?i:one|some|two|three)\s+of\s+|(?i:among)\s+)the\s+(?:[a-z]+est|most\s+[a-z]+)"
    r"(?:\s+(?:refugee|IDP|displacement|camps?|settlements?|sites?)){0,2}\s+"
    r"in\s+(?:the\s+)?(?:(?:East|West|North|South|Central|Eastern|Western|Northern|Southern)\s+)?$"
)
_A_SITE = re.compile(r"\b(?:camps?|settlements?|sites?)\b")
_HAS_A_COUNT = re.compile(rf"\bhas\s+(?:(?:{QUALIFIER_WORDS})\s+)?\d")
# (and "after the Lang Nu village disaster": a disaster named by where it struck, place:event-named)
_EVENT_NAMED_AFTER = re.compile(
    r"\s+(?:(?:civil\s+)?(?:war|conflict|crisis)\b(?!\s+(?:zone|area|region)s?\b)|"
    r"(?:village\s+|landslide\s+|mine\s+|dam\s+)?(?:disaster|tragedy)\b)"
)
_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:state|regional|provincial|district|county|local)\s+(?=government|administration|authorities))?"
    r"(?:prefecture|province|county|district|state|region|municipality|governorate|council|government|"
    r"administration|authorities)\s+(?:said|says|reported|reports|announced|stated|added|estimated)\b"
)
# a building's kind in lower case after its name ("the Parc Larco stadium", "the Bentiu football ground")
_OPPONENT_BEFORE = re.compile(
    r"\b(?:clash(?:es)?|fighting|wars?|conflicts?|disputes?|hostilities|tensions|skirmishes|border\s+clashes)\s+with\s+"
    r"(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$",
    re.IGNORECASE,
)
# a place as the subject of a verb of attack, after a word opening a clause of time or cause
_ACTS_AFTER = re.compile(
    r"\s+(?:launched|began|started|attacked|invaded|bombed|shelled|struck|stepped\s+up|escalated|intensified|"
    r"resumed|seized|captured)\b"
)
# a country's war in a clause of time: "set up in the year Mali's war started" (place:war-began; kept when the
# sentence names no other place: "Since Sudan's war erupted, 8 million people have been uprooted")
_WAR_BEGAN_AFTER = re.compile(
    r"['’]s\s+(?:civil\s+)?(?:war|conflict|crisis|insurgency|unrest)\s+(?:began|started|erupted|broke\s+out)\b"
)
_WHEN_BEFORE = re.compile(r"\b(?:since|after|when|as|because|until|before|while|once)\s+$", re.IGNORECASE)
# where someone spoke, between the verb of saying and what was said: "said in Kano that", "announced on Friday in
# Kebbi that"
_SPOKE_IN_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|stated|declared|told\s+(?:reporters|journalists|a\s+news\s+conference))"
    r"(?:\s+on\s+[A-Z]\w+(?:\s+\d{1,2})?)?\s+in\s+$"
)
_SPOKE_IN_AFTER = re.compile(r"(?:\s+on\s+[A-Z]\w+(?:\s+\d{1,2})?)?\s*,?\s+that\b")
_BUILDING_KIND_AFTER = re.compile(
    r"\s+(?:stadium|school|church|mosque|hospital|gymnasium|hall|monastery|cathedral|temple|pagoda|college|university|"
    r"compound|warehouse|(?:football\s+)?ground|sports\s+(?:hall|complex|centre|center))\b"
)
_WORKS_AFTER = re.compile(r"\s+(?:embankment|barrage|dyke|dike|levee|canal|reservoir)s?\b")  # "the Thac Ba reservoir"
_VOLCANO_AFTER = re.compile(r"\s+[Vv]olcano\b")
_RIVER_AFTER = re.compile(r"\s+(?:river|riverbanks?|river\s+banks?|river\s+bed|riverbed)\b")
# a river's longer name, or its name with "River": "into the Kali Gandaki river", "as the Marikina River swelled" (but
# "along the Nairobi River", "the banks of the Swat River": where the people live, the town the river is named for)
_RIVER_NAMED_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?[Rr]iver\b(?!\s+(?:[Ss]tate|[Cc]ounty|[Dd]istrict|[Pp]rovince|[Rr]egion))"
)
# a name listed before rivers named together: "the Mohana, Kandra and Babai rivers", "the Ratu and Bighi River"
# (place:rivers-listed)
_RIVERS_LISTED_AFTER = re.compile(
    rf"(?:\s*,\s*{CAPITAL}[\w'’\-]+)*\s*,?\s+(?:and|&)\s+{CAPITAL}[\w'’\-]+\s+(?:[Rr]ivers|River|rivulets|streams)\b"
)
_ALONG_BEFORE = re.compile(r"\b(?:along|banks\s+of)\s+the\s+$")
_SITE_AFTER = re.compile(
    # (the rest of the site's name and its kind: "the Eduardo Mondlane temporary accommodation site in Chimoio")
    rf"(?:\s+{CAPITAL}[\w'’\-]+){{0,2}}"
    rf"(?:\s+(?:and|&)\s+{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+){{0,2}})?"
    r"\s+(?:(?:IDP|displacement|transit|temporary|accommodation|evacuation)\s+){0,2}"
    r"(?:camps?|sites?|settlements?|shelters?|bases?|compounds?|premises|(?<=accommodation\s)cent(?:re|er)s?)\b"
)
# a place's division in brackets after it: "Garut Regency (West Java)", "Bone Regency (South Sulawesi Province)"
_BRACKET_OPENS = re.compile(rf"(?:\s+{CAPITAL}[a-z]+){{0,2}}\s*\(")
_BRACKET_CLOSES = re.compile(r"(?:\s+(?i:province|state|region|governorate|prefecture|oblast))?\)")
# a building named for a saint, its kind after it in lower case ("the Saint-Louis cathedral", "San Jose parish")
_SAINTS = re.compile(r"(?:Saint|Sainte|St\.?|Ste\.?|San|Santa|Santo|São|Notre|Our\s+Lady)[\s-]")
_BUILDING_AFTER = re.compile(
    r"\s+(?:cathedral|church|chapel|parish|mosque|school|college|hospital|stadium|monastery|convent|mission|"
    r"basilica|temple)\b"
)
# an office after the name of its seat: "the Feni deputy commissioner", "Enga provincial administrator"
_SEAT_OF_OFFICE = re.compile(
    # (and its owner: "Sunsari's chief district officer said")
    r"\s+(?:(?:deputy|district|county|provincial|regional|municipal|city|state|divisional|prefectural|chief)\s+)*"
    r"(?:(?<=district\s)officer|commissioner|governor|mayor|administrator|administration|prefect|collector|magistrate|"
    r"council|civil\s+(?:defen[cs]e|protection)|"
    r"disaster\s+management)\b"
)
# an office named by its district after it, in an aside about a speaker named before: "Asif Khan, the focal person
# for relief and additional deputy commissioner Swat, told …", "Ali Shah, DC Kohat, said …" (one word: a person's
# name after an office has two)
_OFFICE_THEN_SEAT = re.compile(
    rf"{CAPITAL}[\w'’\-]+,\s+(?:the\s+)?(?:[^,;.]{{0,60}}?\s)?(?:(?i:(?:additional\s+|assistant\s+)?"
    r"(?:deputy|district|assistant)\s+commissioner)|DC)\s+(?P<seat>[A-Z][a-z'’\-]{3,})(?=,|\s+(?:told|said|says)\b)"
)
# a village or town opening a sentence as its subject, its kind capitalised after its name: "Ban Nong Village, near
# the dam, lost …", "Sawla Town was cut off …"
_OPENING_KIND_PLACE = re.compile(
    rf"(?P<name>{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+){{0,2}})\s+(?:Village|Town)"
    r"(?=,|\s+(?:was|were|has|had|is|lost|saw|suffered)\b)"
)
# a local government's office after the name of its seat, in capitals: "Nyamasheke District Mayor", "Joshipur Rural
# Municipality", "Chitipa District Council" (not "the Kurdistan Regional Government": no office of a seat)
_LOCAL_OFFICE = re.compile(
    rf"(?P<seat>{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+)?)\s+(?:District|County|City|Municipal|Rural|Urban|Town|"
    r"Village|Sub-County|Metropolitan|Regional|Provincial)\s+(?:Municipality|Council|Mayor|Administration|"
    r"Commissioner|Chairperson|Chairman|Executive|Assembly)\b"
)
# a count before "of": "thousands of Kurds", "5,000 of Syrians"
# an office-holder's title before a person's name: the name is no place ("Minister Rosa Icela Rodríguez said")
_TITLES = (
    r"(?:Minister|Governor|Gov\.|President|Mayor|Secretary|Premier|Commissioner|Administrator|Senator|Sen\.|Rep\.|"
    r"Spokesman|Spokeswoman|Spokesperson|Prefect|Chancellor|Ombudsman)"
)
# a speaker's name after the verb of saying and before the office held ("said Issa Bako, the mayor of Kandi")
_SAID_BEFORE_NAME = re.compile(r"\b(?:said|says|explained|explains|added|adds|stated|told)\s+$")
_OFFICE_AFTER_NAME = re.compile(
    rf",\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?i:{_TITLES}|director|head|chief|official|"
    r"representative|coordinator)\b"
)
_TITLE_BEFORE = re.compile(rf"\b{_TITLES}(?:\s+{CAPITAL}[\w'’\-]+){{0,3}}\s+$")
# a person's given name and family name, two capitalised words ("George Papadakis"), before the office held
_GIVEN_AND_FAMILY_NAME = re.compile(rf"{CAPITAL}[a-z]+\s+{CAPITAL}[a-z'’\-]{{2,}}")


def _family_name_unknown(name: str, gazetteer: Gazetteer) -> bool:
    """Whether the second of two names ("George Papadakis") is neither a place, a kind of place, nor an
    organisation's word, while the two together are no place: a family name after a given name."""
    family = name.split()[1]
    return (
        family.lower() not in _KIND_WORDS
        and family.lower() not in _NOT_PLACES
        and not _ORG_WORDS.search(family)
        and gazetteer.lookup(name) is None
        and gazetteer.lookup(family) is None
    )


_TITLE_IN_RUN = re.compile(rf"\b{_TITLES}(?=\s+[A-Z])")
_RESIDENTS_OF = re.compile(
    rf"(?<![\w'’])(?P<name>{CAPITAL}[\w\-]+(?:\s+{CAPITAL}[\w\-]+)?)(?:['’]s\s+(?:[\d][\d,.]*\s+)?|\s+)"
    r"(?:residents|inhabitants|villagers)\b"
)
_ATTACKED_BEFORE = re.compile(r"\battacked\s+$")
_EVENT_OF_A_TOWN = re.compile(
    rf"(?:\b(?:by|after|since|in)\s+the\s+|^The\s+)(?P<name>{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+)?)\s+(?:fires?|wildfires?|blaze|floods?|flooding|"
    r"earthquake|quake|landslides?|mudslides?|eruption)\b"
)
_ROUTE_AFTER = re.compile(
    # (not "route": "airlifted 10,500 pilgrims from the Kedarnath route" names where they were)
    rf"(?:[-–]{CAPITAL}[\w'’\-]+)?\s+(?:highway|road|motorway|expressway|railway|rail\s+line)\b"
)
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_KIND_OF_NAME_AFTER = re.compile(
    r"\s+(?:island|islands|province|region|district|state|county|city|town|village|department|governorate|"
    r"prefecture|municipality)\s+of\s+(?:the\s+)?[A-Z]"
)
# the country across a border the subject owns: "its disputed border with Tajikistan"
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[a-z]+\s+){0,2}(?:border|frontier)\s+with\s+(?:the\s+)?$")
# a country whose border a place lies near: "near the border of Sudan", "close to its northern frontier with Niger",
# "near Mali's border" (the country before the possessive, with _OWN_BORDER_AFTER)
_NEAR_BORDER_OF_BEFORE = re.compile(
    r"\b(?:near|close\s+to|along)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’\-]*['’]s\s+)?(?:[a-z\-]+\s+){0,2}"
    r"(?:border|frontier)\s+(?:of|with)\s+(?:the\s+)?$"
)
_NEAR_BEFORE = re.compile(r"\b(?:near|close\s+to|along)\s+$")
_OWN_BORDER_AFTER = re.compile(r"['’]s\s+(?:[a-z\-]+\s+){0,2}(?:border|frontier)\b")
# where people went, a country after it: "to cross into neighbouring Chad", "ont trouvé refuge au Nigeria"
_ARRIVAL_BEFORE = re.compile(
    r"\b(?:into|to|towards?|vers|au|aux|(?:arrived|arriving|arrive|arrives|arrivals?)\s+in)\s+"
    r"(?:the\s+|l['’]\s*|le\s+|la\s+)?(?:neighbou?ring\s+|voisine?s?\s+)?"
    r"(?:(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)?$",
    re.IGNORECASE,
)
# a clause of flight before a name: "after escaping attacks in", "fleeing violence in", "fighting in"
_FLED_IN_BEFORE = re.compile(
    r"\b(?:(?:fleeing|fled|escaping|escaped)\s+(?:[a-z-]+\s+){1,2}(?:in|across)|fighting\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# what drove them, where it struck: "after an incident in", "following attacks in"
_CAUSE_IN_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:an?\s+|the\s+|recent\s+|new\s+)?(?:[a-z-]+\s+)?(?:incidents?|attacks?|clashes|"
    r"fighting|violence|raids?|shelling|bombings?)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b")
# (and "the number of Syrians registered as refugees in Jordan": who, counted)
_COUNTED_BEFORE = re.compile(
    r"\b(?:thousands|hundreds|millions|dozens|scores|\d[\d,.]*|number|total|tally)\s+of\s+$", re.IGNORECASE
)
# a part of a town named by common words ("the Old City", "the New Town", "the Market"), no town of its own
_GENERIC_NAME = re.compile(
    r"(?:(?:Old|New|Upper|Lower|Inner|Outer|Central|Main)\s+)?(?:City|Town|Quarter|Centre|Center|Market|Village|"
    r"Harbour|Harbor|Port|Camp|Souk|Medina|Downtown)"
)
# a division's kind followed by its number names a numbered part of a place, not a place of its own
_DIVISION_NOUNS = frozenset("zone sector block camp ward district region area section phase site kebele".split())
_NUMBERED_DIVISION = re.compile(r"\s+(?:\d{1,3}|[A-Z]\d?)\b")
# a plural's numbers, in digits or Roman numerals: "Regions 1 (Ilocos Region), 2 …", "in Regions I, II and CAR"
_NUMBERED_DIVISIONS = re.compile(r"\s+(?:\d{1,3}|[IVX]{1,4})\b")
_ROMAN_NUMBER = re.compile(r"[IVX]{1,4}")
_BARE_MIN_POPULATION = 100_000  # a populated place named without a preposition must be this large to count
_POSSESSIVE_S = re.compile(r"['’]s$")
_POSSESSOR = re.compile(r"^(?P<owner>.*?)['’]s\s+(?=[A-Z])")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese)")  # "the Turkish border", "Syrian forces"
_FORCES_AFTER = re.compile(r"\s+(?:military|forces|army|officials|authorities|government|troops|police)\b")
# what one side's arms did: "due to Israeli airstrikes", "because of Russian shelling" (a name no gazetteer knows as
# written, read as its country only by a near spelling)
_ATTACKS_AFTER = re.compile(
    r"\s+(?:air\s*strikes|strikes|shelling|bombardments?|bombings?|attacks|raids|drones?|missiles?|rockets?|"
    r"artillery|incursions?|offensive|soldiers|fighters|jets|warplanes)\b"
)
# a place named as the people's home: "Adré residents", "the Kaya villagers"
_RESIDENTS_AFTER = re.compile(r"['’]?s?\s+(?:residents|inhabitants|villagers|natives)\b")
# a place named as the one the people left, or where violence drove them out: "from El Geneina", "fleeing Sudan",
# "out of Kaya", "fighting in Kaya", "after an attack on Kaya"
_LEFT_BEFORE = re.compile(
    r"\b(?:from|out\s+of|fled|fleeing|left|leaving|escaped|escaping|abandoned|(?:residents|inhabitants)\s+of|"
    r"(?:fighting|violence|clashes|attacks?|raids?)\s+(?:in|on|near|around))\s+(?:the\s+)?$"
)
_AFTER_VERB = re.compile(r"\b(?:fled|left|reached|reach|entered|hit|into|toward|towards)\s+$")
# a name a kind of place introduces without a preposition: "towns like Maglaj", "districts such as Buzi", "the
# worst-hit district was Kemaman", "the hardest-hit areas are Luján and Pilar"; and a name said to be the worst
# hit: "Buzi and Nhamatanda were the worst affected" (place:kind-named, a town of any size or one as written)
_KINDS = (
    r"(?:cit(?:y|ies)|towns?|villages?|districts?|areas?|provinces?|municipalit(?:y|ies)|communit(?:y|ies)|regions?|"
    r"localit(?:y|ies)|settlements?|count(?:y|ies)|islands?|neighbou?rhoods?|states?|departments?|governorates?|"
    r"camps?|sites?|zones?|woredas?|barangays?|upazilas?|parish(?:es)?|suburbs?|communes?|prefectures?)"
)
_KIND_NAMED_BEFORE = re.compile(
    rf"\b(?:{_KINDS}\s+(?:like|such\s+as|including|namely)|(?:worst|hardest|most|badly|severely)[\s-]"
    rf"(?:hit|affected|impacted)\s+{_KINDS}\s+(?:was|were|is|are|include|included|includes))\s+$",
    re.IGNORECASE,
)
_KIND_NAMED_AFTER = re.compile(
    rf"(?:\s*,\s*{CAPITAL}[\w'’\-]+)*(?:\s*,?\s+and\s+{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+)?)?\s+"
    r"(?:was|were|is|are|remains?|remained)\s+(?:among\s+|one\s+of\s+)?the\s+(?:worst|hardest|most)[\s-]"
    r"(?:hit|affected|impacted)\b"
)
_EVENT_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+wake\s+of|(?:the\s+)?aftermath\s+of|(?:the\s+)?onslaught\s+of)\s+(?:the\s+)?$", re.I
)
_STORM_BEFORE = re.compile(r"\b(?:as|before|after|when|until|while)\s+$")
_STORM_VERB = re.compile(
    r"\s+(?:approached|approaches|approaching|neared|nears|made\s+landfall|makes\s+landfall|intensified|weakened|"
    r"roared|barrell?ed|lashed|battered|swept|churned|passed\s+over|struck|slammed)\b"
)
_STORM_WENT_BEFORE = re.compile(
    r"\b(?i:cyclone|typhoon|hurricane|storm|depression)\s+[A-Z][\w'’-]+,\s+which\s+(?:has\s+|had\s+)?"
    r"(?:already\s+|earlier\s+|also\s+)?(?:made\s+landfall|hit|struck|battered|lashed|slammed\s+into|swept\s+(?:through|over))"
    r"\s+(?:in\s+|over\s+|on\s+|into\s+)?(?:the\s+)?(?:[a-z]+\s+)?$"
)
_LETTERS = re.compile(r"[A-Z]{2,8}s?")  # an organisation's letters ("SDF", "NGOs")
_TOWN_BEFORE_COUNTRY = re.compile(rf"{CAPITAL}[a-z'’\-]{{3,}}(?:\s+{CAPITAL}[a-z'’\-]{{2,}})?")
_LETTERS_PLURAL = re.compile(r"[A-Z]{2,8}s")  # bodies of one kind by their letters ("VCPCs", "LGUs", "DDMAs")
# a country named by its adjective before a kind of division, after a preposition of place: "in eight Malaysian
# states", "across southern Malawian districts", "in Senegalese villages"
_DEMONYM_DIVISIONS = re.compile(
    r"\b(?i:in|across|throughout|from|of|to|into|within)\s+(?:(?:the|all|several|some|many|most|other|\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|northern|southern|eastern|western|central|"
    r"coastal|border|rural|remote|affected|flooded)\s+){0,3}"
    r"(?P<name>[A-Z][a-z]+(?:an|ian|ese|i|ish))\s+(?:states|provinces|districts|regions|counties|cities|towns|"
    r"villages|communities|territories|islands|municipalities|departments|governorates|prefectures|localities)\b"
)
# adjectives that do not come from their country's name by a suffix
_IRREGULAR_DEMONYMS = {
    "turkish": "Turkey",
    "filipino": "Philippines",
    "afghan": "Afghanistan",
    "somali": "Somalia",
    "burmese": "Myanmar",
    "congolese": "Congo",
    "ivorian": "Ivory Coast",
    "malagasy": "Madagascar",
    "peruvian": "Peru",
    "thai": "Thailand",
    "lao": "Laos",
    "greek": "Greece",
    "french": "France",
    "spanish": "Spain",
    "british": "United Kingdom",
    "dutch": "Netherlands",
    "swiss": "Switzerland",
    "polish": "Poland",
    "danish": "Denmark",
    "swedish": "Sweden",
    "finnish": "Finland",
    "chilean": "Chile",
    "salvadoran": "El Salvador",
    "guatemalan": "Guatemala",
    "venezuelan": "Venezuela",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "mozambican": "Mozambique",
    "zimbabwean": "Zimbabwe",
    "ugandan": "Uganda",
    "rwandan": "Rwanda",
    "sudanese": "Sudan",
    "chadian": "Chad",
    "malian": "Mali",
    "nigerien": "Niger",
    "lebanese": "Lebanon",
    "ukrainian": "Ukraine",
    "palestinian": "Palestine",
    "mexican": "Mexico",
    "chinese": "China",
    "egyptian": "Egypt",
    "moroccan": "Morocco",
}


def demonym_country(word: str, gazetteer: Gazetteer) -> Place | None:
    """The country an adjective of nationality names ("Malaysian" → Malaysia, "Malawian" → Malawi, "Senegalese"
    → Senegal, "Pakistani" → Pakistan), or None."""
    key = word.lower()
    stems = [_IRREGULAR_DEMONYMS[key]] if key in _IRREGULAR_DEMONYMS else []
    if key.endswith("ese"):
        stems.append(word[:-3])
    if key.endswith("ian") or key.endswith("an"):
        stems += [word[:-1], word[:-2], word[:-2] + "a"]
    if key.endswith("i"):
        stems.append(word[:-1])
    for stem in stems:
        if len(stem) < 3:
            continue
        place = gazetteer.lookup(stem, common=False)
        if place is not None and place.depth == 0 and place.country:
            return place
    return None


# people counted by their nationality or their state's name: "700,000 Haitians", "1.2 million Floridians", "3.5m
# Somalis", "forty thousand Oregonians"
_PEOPLE_OF_A_PLACE = re.compile(
    r"(?:\d(?:[\d,.]*\d)?(?:m|mn|k)?|(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|fifteen|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))"
    r"(?=\s+(?:hundred|thousand|million)))(?:\s+(?:million|thousand|lakh|hundred))?"
    r"\s+(?P<name>[A-Z][a-z]{3,}(?:ians|ans|ese|is))\b"
)
_IRREGULAR_PEOPLE = {"texans": "Texas", "lebanese": "Lebanon", "palestinians": "Palestine"}


def people_place(sentence: str, gazetteer: Gazetteer) -> Place | None:
    """The country or first-level division a sentence's people are named after ("More than 700,000 Haitians are
    internally displaced" → Haiti, "1.2 million Floridians had left their homes" → Florida), or None."""
    match = _PEOPLE_OF_A_PLACE.search(sentence)
    if not match:
        return None
    word = match.group("name")
    key = word.lower()
    singular = word[:-1] if key.endswith("s") else word
    stems = [_IRREGULAR_PEOPLE[key]] if key in _IRREGULAR_PEOPLE else []
    if singular.lower() in _IRREGULAR_DEMONYMS:
        stems.append(_IRREGULAR_DEMONYMS[singular.lower()])
    if key.endswith("ese"):
        stems.append(word[:-3])
    elif key.endswith("ans"):  # Haitians → Haiti, Jamaicans → Jamaica, Floridians → Florida
        stems += [singular[:-1], singular[:-2], singular[:-3] + "a", singular[:-3] + "e", singular[:-3]]  # Oregonians
    elif key.endswith("is"):  # Somalis, Pakistanis
        stems.append(singular[:-1])
    for stem in stems:
        if len(stem) < 4:
            continue
        place = gazetteer.lookup(stem, common=False)
        if place is not None and place.country and place.depth <= 1 and name_key(place.name) == name_key(stem):
            return place
    return None


# where a statement was made: "Speaking in Geneva", "told reporters in Nairobi", "at a press conference in Dakar"
_SPOKEN_FROM = re.compile(
    r"\b(?:speaking|spoke|told\s+(?:reporters|journalists|the\s+press)|briefing\s+(?:reporters|journalists)|"
    r"(?:news|press)\s+(?:conference|briefing)|briefing|statement\s+(?:issued|released))\s+"
    r"(?:(?:to\s+)?(?:reporters|journalists)\s+)?(?:in|from|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a word every match of a pattern holds, one of these (lower-cased): a sentence holding none of them is not searched
# with it (the same matches, fewer searches)
_SPOKEN_FROM_WORDS = ("speak", "spoke", "told", "briefing", "conference", "statement")
_KIND_NAMED_WORDS = ("like", "such", "including", "namely", "worst", "hardest", "most", "badly", "severely")
_EVENT_BEFORE_WORDS = ("ahead", "wake", "aftermath", "onslaught")
_OPPONENT_WORDS = ("clash", "fighting", "war", "conflict", "dispute", "hostilities", "tensions", "skirmishes")
_DISTANCE_WORDS = ("km", "kilomet", "mile")
_DEMONYM_DIVISIONS_WORDS = tuple(  # (as written: the pattern reads these in lower case only)
    "states provinces districts regions counties cities towns villages communities territories islands "
    "municipalities departments governorates prefectures localities".split()
)


_NAME_WORD = rf"{CAPITAL}[\w'’\-]+"

_HEADLINE = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}):\s")
_HEADLINE_AFTER_WHAT = re.compile(rf"{CAPITAL}[\w'’\- ]{{0,30}},\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}):\s")
_LETTERS_AT_END = re.compile(r"\s[A-Z][a-z]?[A-Z][A-Za-z]{1,6}$")


_OWNER_NAME = re.compile(rf"{CAPITAL}[\w'’\-]+(?:\s+(?:of\s+the\s+|of\s+)?{CAPITAL}[\w'’\-]+){{0,3}}")


def _division_of_country(name: str, sentence: str, owner_at: int, gazetteer: Gazetteer) -> bool:
    """ "the Tanganyika region of Congo", "the Tigray region of Ethiopia": a division named by its kind and the
    country that holds it, which the gazetteer knows there (place:division-of-country)."""
    owner = _OWNER_NAME.match(sentence, owner_at)
    country = gazetteer.lookup(owner.group(), common=False) if owner else None
    if country is None or country.depth != 0 or not country.country:
        return False
    inside = gazetteer.lookup(name, common=False, country=country.country)
    return inside is not None and inside.country == country.country and inside.depth > 0


def _country_after_org(name: str, gazetteer: Gazetteer) -> tuple[str, Place] | None:
    """The country closing an organisation's name after its last organisation word ("Shelter Cluster South Sudan",
    "CCCM Cluster North-west Syria": South Sudan, Syria), or None."""
    words = name.split()
    last = max((i for i, word in enumerate(words) if _ORG_WORDS.fullmatch(word.lower())), default=None)
    if last is None or last >= len(words) - 1:
        return None
    tail = words[last + 1 :]
    while tail:
        place = gazetteer.lookup(" ".join(tail), common=False)
        if place is not None and place.depth == 0:
            return " ".join(tail), place
        if not re.fullmatch(
            r"(?i:(?:north|south|east|west)(?:-?(?:east|west))?|northern|southern|eastern|western)", tail[0]
        ):
            return None
        tail = tail[1:]
    return None


# a named unit, its kind capitalised, then the larger place that holds it: "Leer County of Unity State", "Kalehe
# Territory of South Kivu"; the unit is where the people are (not "the Republic of", not "the District of Columbia")
_UNIT_OF_IN_NAME = re.compile(
    r"\s(?P<unit>County|District|Township|Municipality|Province|Prefecture|Department|Governorate|Territory|"
    r"Sub-County|Subcounty|Division|Commune|Chiefdom|Payam|Boma|Tehsil|Upazila|Woreda|Zone|Circle|Mandal)\s+of\s"
)
_SUBDIVISION_KIND = re.compile(r"\s+(?:district|county|municipality|department|prefecture)\s")


def _district_of_division(name: str, sentence: str, kind_of: re.Match, gazetteer: Gazetteer) -> bool:
    """ "the Dhemaji district of Assam", "Nakuru county of Kenya's Rift Valley": a district named by its kind and the
    first-level division that holds it; the district is the place (place:district-of-division)."""
    if not _SUBDIVISION_KIND.match(sentence, kind_of.start()):
        return False
    owner = _OWNER_NAME.match(sentence, kind_of.end() - 1)
    division = gazetteer.lookup(owner.group(), common=False) if owner else None
    if owner and " of " in owner.group() and (division is None or division.depth != 1):
        # "Mumbwa district of Central Province of Zambia": the division looked up in the country closing its name
        held, _, country = owner.group().rpartition(" of ")
        country = gazetteer.lookup(country, common=False)
        if country is not None and country.depth == 0 and country.country:
            division = gazetteer.lookup(held, common=False, country=country.country)
    if division is None or division.depth != 1 or not division.country:
        return False
    inside = gazetteer.lookup(name, common=False, country=division.country)
    return inside is None or inside.country == division.country


def _places_in(sentence: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Places named in a sentence, in order. A name after a preposition of place ("in", "from", "into" …) counts
    as written even when no gazetteer knows it; a name standing alone counts only when it resolves to a loaded
    region, a country, a first-level division or a large town, and is not an ordinary word ("Most", "March")."""
    found: dict[int, PlaceMention] = {}
    lowered = folded(sentence)
    spoken_from = any(word in lowered for word in _SPOKEN_FROM_WORDS)
    kind_named = any(word in lowered for word in _KIND_NAMED_WORDS)
    event_before = any(word in lowered for word in _EVENT_BEFORE_WORDS)
    opponent = any(word in lowered for word in _OPPONENT_WORDS)
    for match in _CAPITALISED_PLACE.finditer(sentence):
        previous = sentence[max(0, match.start() - 60) : match.start()].split()[-1:]
        if (
            previous
            and previous[0][:1].isupper()
            and _ORG_WORDS.fullmatch(previous[0].strip(","))
            and not (
                _OFFICIALS_OPENING.search(sentence, 0, match.start())
                and (opened := gazetteer.lookup(match.group("name").strip(" ,.'’"), common=False)) is not None
                and opened.depth <= 1
            )
        ):
            # "Organization for Migration", "Ministry of Health"; but "the Ministry of … Management of Niger said":
            # the country the body serves, a place of the figure when the sentence names no other
            country = gazetteer.lookup(match.group("name"), common=False) if match.group(0)[:3] == "of " else None
            if country is not None and country.depth == 0 and country.country:
                found[match.start("name")] = PlaceMention(match.start("name"), match.group("name"), country, False)
            continue
        name = match.group("name").strip(" ,.'’")
        unit_of = _UNIT_OF_IN_NAME.search(name)
        held_by = None  # the country closing the name, when it does: "Central Province of Zambia"
        if unit_of:
            held_by = gazetteer.lookup(name[unit_of.end() :], common=False)
            name = name[: unit_of.end("unit")]  # "Mayom County of Unity State": the county (place:unit-of-owner)
        if (
            previous
            and _OFFICE_FOR.fullmatch(previous[0])
            and (match.group(0)[:4].lower() == "for " or match.group(0)[:3] == "of ")
            and not gazetteer.lookup(name, common=False)
        ):
            # "the High Commissioner for Refugees", "the Minister of Humanitarian Affairs": the office's field, no
            # place (place:office-for)
            continue
        if event_before and _EVENT_BEFORE.search(sentence, max(0, match.start() - 24), match.start("name")):
            known = gazetteer.lookup(name, common=False)
            if known is None or known.depth > 1:
                continue  # "ahead of Remal", "in the wake of Freddy": an event's name, not a place
        if _WATER_NAME.match(name) and not gazetteer.lookup(name):
            continue  # "islands in the Bay of Bengal": a sea, no place (but the Bay of Plenty region is one)
        kind_of = _KIND_OF_NAME_AFTER.match(sentence, match.end("name"))
        if (
            kind_of
            and not _division_of_country(name, sentence, kind_of.end() - 1, gazetteer)
            and not _district_of_division(name, sentence, kind_of, gazetteer)
        ):
            continue  # "on the Canary island of La Palma": the name after "of" is the place (place:kind-of-name)
        name, owner = _without_possessor(name, gazetteer)  # "Ethiopia's Amhara" → "Amhara"; "Cox's Bazar" stays
        if owner:
            found[match.start("name")] = PlaceMention(match.start("name"), *owner, True)
        name = _POSSESSIVE_S.sub("", name)
        name = _ADMIN_SUFFIX.sub("", name)  # "Maiduguri Local Government Area" → "Maiduguri"
        name = _SITE_LETTERS.sub("", name)  # "the Zamzam IDP camp" → "Zamzam"
        if " " not in name and not gazetteer.lookup(name) and _COUNTED_BEFORE.search(sentence, 0, match.start("name")):
            continue  # "tens of thousands of Kurds fled …": who, counted, not where
        if _FACILITY.fullmatch(name.split()[-1]):
            continue  # "St Mary's Cathedral", "Bentiu Stadium": a building, the place is named with it
        if _SAINTS.match(name) and _BUILDING_AFTER.match(sentence, match.end("name")):
            continue  # "the Saint-Louis cathedral in Jérémie": a saint's building, the town is named with it
        words = name.split()
        while (
            len(words) > 1
            and words[0].lower() in _NOT_PLACE_WORDS
            and not any(gazetteer.lookup(" ".join(words[:size])) for size in range(len(words), 1, -1))
        ):
            # "Western Jebel Marra" → "Jebel Marra"; "South Sudan", "North Kivu" stay whole, and so does a name
            # that opens with one: "New Orleans East" is in New Orleans, not in Orleans
            rest = " ".join(words[1:])
            if (
                words[0].lower() in _COMPASS_WORDS
                and not _DEMONYM.fullmatch(rest)  # "South Sudanese new arrivals": who, not where
                and not _longest_known(rest, gazetteer, fuzzy=False)
            ):
                break  # "North Gyeongsang Province": a division's own name, no part of a known one (place:compass-name)
            words = words[1:]
        name = " ".join(words)
        if name.lower() in _NOT_PLACES or name_key(name) in gazetteer.bodies:
            continue
        if len(words) > 1 and words[0].lower() in _WEEKDAYS:
            continue  # "on Saturday Jan. 15": a day and its month, no place (place:weekday-run)
        if _ORG_WORDS.search(name) and not _division_by_name(name, gazetteer):
            continue  # "the Kurdistan Regional Government" (but "the West Bank": a division's own name)
        if _NUMBERED_DIVISION.match(sentence, match.start("name") + match.group("name").find(name) + len(name)) and (
            name.lower() in _DIVISION_NOUNS
        ):
            continue  # "in Afar's Zone 2", "Camp 11 of Kutupalong": a numbered part, the place is its owner
        if (
            words[0][-1:] == "s"
            and words[0].lower()[:-1] in _DIVISION_NOUNS
            and (
                _NUMBERED_DIVISIONS.match(sentence, match.start("name") + match.group("name").find(name) + len(name))
                if len(words) == 1
                else all(_ROMAN_NUMBER.fullmatch(word) for word in words[1:])
            )
        ):
            continue  # "across Regions 1, 2 and 3", "in Zones IV and V": numbered parts, named (if at all) after
        if _GENERIC_NAME.fullmatch(name) and name_key(name) not in gazetteer.places:
            continue  # "returned to the Old City": a part of the town named, not a town
        if _ORG_WORDS.match(_CAPITALISED_RUN.match(sentence, match.end("name")).group().strip()):
            continue  # "the National Disaster Risk Reduction Management Council": an organisation's name
        if name.lower() in _NOT_PLACE_WORDS or match.group("name").split()[0].lower() in _EVENT_WORDS:
            continue  # "Hurricane Otto", "Operation Olive Branch"
        if _DEMONYM.fullmatch(name) and not gazetteer.lookup(name):
            continue  # "the Turkish border", "Syrian forces"
        if _FORCES_AFTER.match(sentence, match.end("name")):
            continue  # "the Israeli military"
        if _ATTACKS_AFTER.match(sentence, match.end("name")) and not gazetteer.lookup(name):
            continue  # "displaced by Israeli airstrikes": whose arms, not where (place:attacker)
        if _is_acronym_of_org(sentence, match.start("name"), name):
            continue
        start = match.start("name") + match.group("name").find(name)
        place = _longest_known(name, gazetteer, fuzzy=True)
        if place and _longer_unknown_name(name, place, gazetteer):
            place = None  # "in Dolo Ado", "at Mai Aini": a longer name no gazetteer holds, not its known word
        if place and held_by is not None and held_by.depth == 0 and place[1].country != held_by.country:
            # "Central Province of Zambia": the division of that name the country holds (place:unit-of-owner)
            inside = gazetteer.lookup(place[0], common=False, country=held_by.country)
            place = (place[0], inside) if inside is not None and inside.country == held_by.country else place
        if _ACTOR_AFTER.match(sentence, match.end("name")) and not gazetteer.lookup(name):
            continue  # "fled the Boko Haram insurgency": who they fled, not where
        if _EVENT_AFTER.match(sentence, match.end("name")) and not place:
            continue  # "since the start of the Gu-Deyr floods": an event's name no gazetteer knows, not a place
        if _SEASON_AFTER.match(sentence, match.end("name")) and (not place or place[1].depth > 1):
            continue  # "because of the Deyr rains": a season's name, though a town far away is spelt so
        if spoken_from and _SPOKEN_FROM.search(sentence, max(0, match.start("name") - 70), match.start("name")):
            continue  # "Speaking in Geneva, a UNHCR spokesperson said …": where it was said, not where people went
        # "according to Angola's news agency": a source named, not where people went
        cited = bool(_CITED.search(sentence[max(0, match.start() - 12) : match.start("name")]))
        if cited and re.fullmatch(r"[A-Z]{2,6}", name) and not (place and place[1].depth == 0):
            continue  # "According to NEMA, …": an organisation's letters, though a town (Néma) is spelt so
        closing = _country_closing(name, gazetteer) if " " in name and not cited else None
        if closing:
            # "in Chimanimani Zimbabwe", "in Buzi Mozambique": a town and its country run together, no comma
            # between; the town is where the people are, looked up in that country (place:town-country)
            town, country = closing
            known = gazetteer.lookup(town, common=False, country=country.country)
            known = known if known is not None and known.country == country.country else None
            found[start] = PlaceMention(start, town, known, True)
            at = start + len(town) + 1
            found[at] = PlaceMention(at, name[len(town) + 1 :], country, True)
            continue
        if place:
            # the piece that resolved, where it stands: "from Lake Victoria" is Victoria after "Lake"
            at = sentence.find(place[0], start, match.end("name"))
            start = at if at >= 0 else start
            found[start] = PlaceMention(start, place[0], place[1], not cited)
        elif cited:
            continue  # "according to the Nigerian Slum/Informal Settlement Federation": a source, not a place
        elif _LETTERS_PLURAL.fullmatch(name):
            # "camps set up through the VCPCs", "handed over to the LGUs": committees or units of a kind, named by
            # their letters in the plural, no place (place:letters-plural)
            continue
        elif not re.fullmatch(r"[A-Z]{2,6}", name) or not re.search(
            r"(?:according\s+to|by|said|reported)\s+(?:the\s+)?$|[(,]\s*$",
            sentence[max(0, match.start("name") - 60) : match.start("name")],
        ):
            found[start] = PlaceMention(start, name, None, True)
    for match in _EVENT_OF_A_TOWN.finditer(sentence) if " the " in sentence or sentence[:4] == "The " else ():
        # "displaced by the Lahaina fire", "a year after the Lahaina fire": a disaster named after the town it struck,
        # a town the gazetteer knows
        # (place:event-town; an unknown name before "flood" stays an event's)
        if re.search(r"\s(?:River|Lake|Valley|Dam)$", match.group("name")):
            continue  # "displaced by the Tana River floods": a river's floods, not a town's
        place = _longest_known(match.group("name"), gazetteer, fuzzy=False)
        if place and place[1].country and match.start("name") not in found:
            found[match.start("name")] = PlaceMention(match.start("name"), place[0], place[1], True)
    for match in (
        _DEMONYM_DIVISIONS.finditer(sentence) if any(word in sentence for word in _DEMONYM_DIVISIONS_WORDS) else ()
    ):
        country = demonym_country(match.group("name"), gazetteer)
        if country is not None:
            found[match.start("name")] = PlaceMention(match.start("name"), country.name, country, True)
    # "Sudan: …", and a place after what happened: "Gu rains, Hirshabelle: Displaced: 37,000 people"
    headline = (_HEADLINE.match(sentence) or _HEADLINE_AFTER_WHAT.match(sentence)) if ":" in sentence else None
    heading = headline.group("name") if headline else ""
    named_org = (
        name_key(heading) in gazetteer.bodies
        or _ORG_WORDS.search(heading)  # "Norwegian Refugee Council: …"
        or _LETTERS_AT_END.search(heading)  # "Borno SEMA: …", "Vanuatu NDMO: …"
    )
    # "DTM Haiti: …", "IOM Chad: …": an organisation's letters, then the place it reports on
    letters_first = (
        re.fullmatch(r"[A-Z]{2,8}\s+(?P<rest>[A-Z][\w'’\- ]+)", heading) if headline and not named_org else None
    )
    rest = _longest_known(letters_first.group("rest"), gazetteer, fuzzy=False) if letters_first else None
    if rest:
        at = headline.start("name") + letters_first.start("rest")
        found[at] = PlaceMention(at, *rest, True)
    elif headline and not named_org and headline.group("name").lower() not in _NOT_PLACES:
        place = _longest_known(headline.group("name"), gazetteer, fuzzy=True)
        letters = re.fullmatch(r"[A-Z]{2,8}", headline.group("name"))  # "CONRED: …" a source, no place
        if (
            place
            # "Deaths: 299 | Injured: 715": a key-figure line's label, no place
            or (headline.start("name") == 0 and not letters and not _COUNT_LABEL.match(headline.group("name")))
            or _EVENT_AFTER.search(sentence[: headline.start("name")])
        ):
            at = headline.start("name")
            found[at] = PlaceMention(at, *(place if place else (headline.group("name"), None)), True)
    hosting = (
        "host" in sentence
        or "home to" in sentence
        or "shelter" in sentence
        or ("worst" in sentence or "hardest" in sentence)
        or "received" in sentence
        or (" has " in sentence and _HAS_A_COUNT.search(sentence) is not None)
        or "highest" in sentence
        or "largest" in sentence
        or "hous" in sentence
        or "accommodat" in sentence
    )
    for match in _HOST_PLACE.finditer(sentence) if hosting else ():  # "Laukkai was also hosting a camp"
        name = _RECEPTION_SITE.sub("", match.group("name"))  # "Kagoma Reception Centre hosts …" (Kagoma's)
        if match.start("name") in found:
            # a place found by its own rule is still the subject of the hosting (place:host-governs)
            known = found[match.start("name")]
            if not known.host and match.start("name") + len(known.text) <= match.end():
                found[match.start("name")] = known._replace(host=match.end())
            continue
        if name.lower() in _NOT_PLACES or _ORG_WORDS.search(name):
            continue
        if (name_key(name) in gazetteer.bodies or re.fullmatch(r"[A-Z]{2,8}", name)) and not _MOST_HOSTED.search(
            match.group()
        ):
            continue  # an organisation's letters, but a site's when it has the most evacuees
        # "Teknaf's Nayapara camp is home to …": the camp the town owns hosts them (place:host-possessive)
        name = _SITE_LETTERS.sub("", name)  # "the Zamzam IDP camp hosts …" (place:site-letters)
        own, _ = _without_possessor(name, gazetteer)
        at = match.start("name") + len(name) - len(own)
        place = _longest_known(own, gazetteer, fuzzy=False)
        found[at] = PlaceMention(at, own, place[1] if place else None, True, host=match.end())
    for match in (
        _RESIDENTS_OF.finditer(sentence)
        if "resident" in sentence or "inhabitant" in sentence or "villager" in sentence
        else ()
    ):
        # "displaced Lahaina residents", "Jasper's 4,700 residents": the town its residents are named by (of any
        # size, the gazetteer's; a nationality is who, not where) (place:residents)
        name = match.group("name")
        place = gazetteer.lookup(name, common=False)
        if (
            match.start("name") not in found
            and place is not None
            and place.country
            and not demonym_country(name, gazetteer)
            and name.lower() not in _NOT_PLACES
            and name_key(name) not in gazetteer.bodies
        ):
            found[match.start("name")] = PlaceMention(match.start("name"), name, place, True)
    for match in _OFFICE_THEN_SEAT.finditer(sentence) if "ommissioner" in sentence or "DC " in sentence else ():
        # "Asif Khan, the focal person for relief and additional deputy commissioner Swat, told reporters …": the
        # district the speaker's office is named by, after the office, a place the text names (place:office-seat)
        seat = match.group("seat")
        if (
            match.start("seat") not in found
            and seat.lower() not in _NOT_PLACES
            and name_key(seat) not in gazetteer.bodies
        ):
            found[match.start("seat")] = PlaceMention(
                match.start("seat"), seat, gazetteer.lookup(seat, common=False), False
            )
    opening = _OPENING_KIND_PLACE.match(sentence) if not found else None
    if (
        opening
        and not any(w.lower() in _NOT_PLACES or w.lower() in _NOT_PLACE_WORDS for w in opening.group("name").split())
        and not _ORG_WORDS.search(opening.group("name"))
    ):
        # "Ban Nong Village, some 20 kilometres from the dam, lost dozens of houses …": a village or town named with
        # its kind, the sentence's subject, is the place of the people it goes on about (place:opening-kind)
        name = opening.group("name")
        known = _longest_known(name, gazetteer, fuzzy=False)
        found[0] = PlaceMention(0, name, known[1] if known and known[0] == name else None, True)
    taken = [range(m.position, m.position + len(m.text)) for m in found.values()]
    for match in _TYPED_PLACE.finditer(sentence):  # "Laukkai town", "Tsholotsho district", "Java island"
        if _OF_NAME_AFTER.match(sentence, match.end()):
            continue  # "the Canary island of La Palma": the name after "of" is the place (place:kind-of-name)
        name, owner = _without_possessor(_SITE_LETTERS.sub("", _OPENING_WORD.sub("", match.group("name"))), gazetteer)
        possessor = _POSSESSOR.match(match.group("name")) if name.lower() in _COMPASS_WORDS else None
        if possessor and not owner and gazetteer.lookup(_OPENING_WORD.sub("", possessor.group("owner")), common=False):
            # "in Tigray's Southern zone": a zone named by its compass point alone is found by its owner, the
            # division the text names (place:compass-part)
            name = _OPENING_WORD.sub("", possessor.group("owner"))
        if owner and not any(match.start() in r for r in taken):
            found[match.start()] = PlaceMention(match.start(), *owner, True)
        if (
            any(match.start() + match.group("name").find(name) in r for r in taken)
            or name.lower() in _NOT_PLACES
            or _ORG_WORDS.search(name)
        ):
            continue
        place = _longest_known(name, gazetteer, fuzzy=False)
        if (not place or place[0] != name) and _EVENT_AFTER.match(sentence, match.end()):
            # "after the Lang Nu village disaster": an event named after a place no gazetteer knows whole
            continue
        start = match.start() + match.group("name").find(name)
        found[start] = PlaceMention(start, name, place[1] if place else None, True)
        taken.append(range(match.start(), match.end("name")))
    for match in _TYPED_PAIR.finditer(sentence) if " and " in sentence else ():
        # "between Gedeo and West Guji zones", "Agam and Tanah Datar districts": two places of the kind named after
        for group in ("a", "b"):
            name = _OPENING_WORD.sub("", match.group(group))
            start = match.start(group) + match.group(group).find(name)
            if any(start in r for r in taken) or name.lower() in _NOT_PLACES or _ORG_WORDS.search(name):
                continue
            place = _longest_known(name, gazetteer, fuzzy=False)
            found[start] = PlaceMention(start, name, place[1] if place else None, True)
            taken.append(range(start, start + len(name)))
    if _FACILITY.search(sentence):  # "St Mary's Cathedral": no place inside a building's name
        taken.extend(range(m.start(), m.end()) for m in _FACILITY_NAME.finditer(sentence))
    for match in _ANY_CAPITALISED.finditer(sentence):
        if any(match.start() in r or match.end() - 1 in r for r in taken):
            continue
        if _is_acronym_of_org(sentence, match.start(), match.group()):
            continue
        if match.group().split()[0].lower() in _EVENT_WORDS:
            continue
        local = _LOCAL_OFFICE.match(_OPENING_WORD.sub("", match.group())) if " " in match.group() else None
        if local:
            # "the Nyamasheke District Mayor said", "according to Joshipur Rural Municipality": the seat of a local
            # government's office, a place of the figures when the sentence names no other, known or as written
            # (place:local-office)
            seat = local.group("seat")
            at = match.start() + match.group().find(seat)
            known = _longest_known(seat, gazetteer, fuzzy=False)
            if at not in found and seat.lower() not in _NOT_PLACES and name_key(seat) not in gazetteer.bodies:
                found[at] = PlaceMention(at, seat, known[1] if known and known[0] == seat else None, False)
            continue
        if _ORG_WORDS.search(match.group()) and not re.search(r"['’]s\b", match.group()):
            field = _country_after_org(match.group(), gazetteer)
            at = match.start() + match.group().rfind(field[0]) if field else -1
            if field and at > match.start() and at not in found:
                # "Shelter Cluster South Sudan – Site Dashboard": the country an organisation's name ends with is
                # where it works, a place of the figures when the text names no other (place:org-country)
                found[at] = PlaceMention(at, field[0], field[1], False)
            continue  # "the Kurdistan Regional Government": an organisation's name ("China's … Commission" names China)
        if _ACTOR_AFTER.match(sentence, match.end()) and not gazetteer.lookup(_POSSESSIVE_S.sub("", match.group())):
            continue  # "the Boko Haram insurgency" (but "Kenya's government said": Kenya)
        if _STORM_BEFORE.search(sentence, max(0, match.start() - 8), match.start()) and _STORM_VERB.match(
            sentence, match.end()
        ):
            continue  # "as Milton approached", "before Kristine made landfall": a storm's name, not a place
        if _TITLE_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
            continue  # "Security Minister Rosa Icela Rodríguez said": a person's name, not a town (place:person-name)
        if (
            " " in match.group("name")
            and _SAID_BEFORE_NAME.search(sentence, max(0, match.start() - 30), match.start())
            and _OFFICE_AFTER_NAME.match(sentence, match.end())
        ):
            continue  # "…, says Issa Bako, mayor of Malanville": the speaker's name, then the office held
        if (
            _GIVEN_AND_FAMILY_NAME.fullmatch(match.group("name"))
            and _OFFICE_AFTER_NAME.match(sentence, match.end())
            and _family_name_unknown(match.group("name"), gazetteer)
        ):
            # "Florence Wanjiru, the county's disaster coordinator, said …": a person's given name that is also a
            # town's, then a family name no gazetteer holds, then the office held (place:person-name)
            continue
        if (
            spoken_from
            and _SPOKEN_FROM.search(sentence, max(0, match.start() - 70), match.start())
            and re.search(r"\d", sentence[: match.start()])
        ):
            # "5,000 families have moved to shelters there, the minister told reporters in Lima": where the figure
            # was said, after it, a town standing alone too (but "told reporters in Garoua that …" may name the
            # place the figure goes on about)
            continue
        name_run = match.group("name")
        if (
            kind_named
            and _KIND_NAMED_BEFORE.search(sentence, max(0, match.start() - 60), match.start())
            or ("worst" in sentence or "hardest" in sentence or "most" in sentence)
            and _KIND_NAMED_AFTER.match(sentence, match.end())
            and not _LIST_JOIN_BEFORE.search(sentence, max(0, match.start() - 8), match.start())
        ) and not (
            name_run.lower() in _NOT_PLACES or name_key(name_run) in gazetteer.bodies or _LETTERS.fullmatch(name_run)
        ):
            # "towns like Maglaj and Zavidovici", "the worst-hit district was Kemaman": a place of any size, or one
            # no gazetteer holds as written (place:kind-named)
            known = _longest_known(name_run, gazetteer, fuzzy=False)
            whole = known is not None and name_key(known[0]) == name_key(name_run)
            found[match.start()] = PlaceMention(match.start(), name_run, known[1] if whole else None, True)
            continue
        title = _TITLE_IN_RUN.search(name_run)
        if title:  # "Guerrero Governor Evelyn Salgado": the office's seat may be a place, the person's name is not
            name_run = name_run[: title.start()].strip()
            if not name_run:
                continue
        after_verb = _AFTER_VERB.search(sentence[max(0, match.start() - 60) : match.start()])
        place = _longest_known(name_run, gazetteer, fuzzy=bool(after_verb), bare=True)
        if place and name_key(place[0]) not in gazetteer.bodies:
            position = match.start() + match.group().find(place[0])
            found[position] = PlaceMention(position, place[0], place[1], False)
        elif _SEAT_OF_OFFICE.match(sentence, match.end()) and not _LETTERS.fullmatch(match.group()):
            # "The Feni deputy commissioner said …": the office's seat, a place the text names (a town of any size)
            seat = _longest_known(match.group("name"), gazetteer, fuzzy=False)
            if seat and seat[1].country and name_key(seat[0]) not in gazetteer.bodies:
                position = match.start() + match.group().find(seat[0])
                found[position] = PlaceMention(position, seat[0], seat[1], False)
            elif seat is None and re.fullmatch(r"[A-Z][a-z]{3,}['’]s", match.group()):
                # "Sunsari's chief district officer said": a district no gazetteer holds, named as the office's owner
                found[match.start()] = PlaceMention(match.start(), match.group()[:-2], None, False)
        elif _listed_after_place(sentence, match, found):
            # "in each of the woredas of Dawa and Moyale", "in Kiwanja, Kalengera and Rubare": a name listed after a
            # place the text names as written is a place too, a small town or one no gazetteer holds; as a name
            # standing alone, it gives way to the list's first (place:listed)
            name = match.group("name")
            known = _longest_known(name, gazetteer, fuzzy=False)
            found[match.start()] = PlaceMention(
                match.start(), name, known[1] if known and known[0] == name else None, False
            )
    distances = any(word in lowered for word in _DISTANCE_WORDS)
    for m in (
        [m for m in found.values() if m.context] if distances and (" of " in sentence or " from " in sentence) else ()
    ):
        if _landmark_distance(sentence, m.position):
            # "in Zamzam camp, 15 kilometres south of El Fasher": a landmark the distance is measured from, not
            # where the people are (place:distance-reference; it stays for a figure that names no other)
            found[m.position] = m._replace(context=False, landmark=True)
    named_first = len(found)  # how many places the sentence names, before any gives way
    rivers_named = "ivers" in sentence or " River" in sentence
    for m in list(found.values()):
        before = sentence[max(0, m.position - 30) : m.position]
        end = m.position + len(m.text)
        if _ROUTE_AFTER.match(sentence, end):
            # "the Yerevan–Tbilisi highway was closed": a road named by the towns it joins (place:route)
            del found[m.position]
            continue
        if len(found) > 1 and _NEIGHBOUR_BEFORE.search(sentence, max(0, m.position - 50), m.position):
            # "Kyrgyzstan said it had evacuated 136,000 people from the area around its disputed border with
            # Tajikistan": the neighbour across the border, not where the people were (place:neighbour)
            del found[m.position]
            continue
        if (
            named_first > 1
            and m.place is not None
            and m.place.depth == 0
            and (" border" in sentence or " frontier" in sentence)
            and (
                _NEAR_BORDER_OF_BEFORE.search(sentence, max(0, m.position - 60), m.position)
                or (
                    _NEAR_BEFORE.search(sentence, max(0, m.position - 12), m.position)
                    and _OWN_BORDER_AFTER.match(sentence, end)
                )
            )
        ):
            # "in Birao, a town near the border of Sudan", "near Mali's northern border with Niger": a country whose
            # border the people are near, when the sentence names other places, is no place of theirs; with none
            # left, the text's place before holds (place:near-border)
            del found[m.position]
            continue
        if (
            _WATER_BEFORE.search(before)
            or _RIVER_AFTER.match(sentence, m.position + len(m.text))
            or (rivers_named and _RIVERS_LISTED_AFTER.match(sentence, m.position + len(m.text)))
            or (_RIVER_NAMED_AFTER.match(sentence, m.position + len(m.text)) and not _ALONG_BEFORE.search(before))
        ):
            del found[m.position]  # "rising waters of the Chari", "the Nile river banks", "Lake Tanganyika"
        elif m.context and _EVENT_NAMED_AFTER.match(sentence, m.position + len(m.text)):
            # "One year into the Sudan war, eastern Chad hosts 600,000 refugees": the name of a war, not a place
            # the people are in (it stays for a figure that has no other)
            found[m.position] = m._replace(context=False)
        elif (
            ("est " in before or "most " in before)
            and _COMPARED_IN.search(sentence, max(0, m.position - 80), m.position)
            and _A_SITE.search(sentence)
        ):
            del found[m.position]  # "one of the largest camps in the Sahel": a comparison's ground (place:compared-in)
        elif len(found) > 1 and _YEAR_WHEN_BEFORE.search(sentence, max(0, m.position - 60), m.position):
            # "since the conflict began in 2014 – the year in which Mosul was captured": what marks a year, not
            # where the people are (place:year-marked)
            del found[m.position]
        elif (
            len(found) > 1
            and " which " in sentence
            and _STORM_WENT_BEFORE.search(sentence, max(0, m.position - 110), m.position)
        ):
            # "… to shelters ahead of Cyclone Mora, which had already struck Sri Lanka": where the storm
            # went, in a clause about it, not where the people are (place:storm-went)
            del found[m.position]
        elif (
            named_first > 1
            and _WAR_BEGAN_AFTER.match(sentence, m.position + len(m.text))
            and _WHEN_BEFORE.search(sentence, max(0, m.position - 12), m.position)
        ):
            del found[m.position]
        elif _ACTS_AFTER.match(sentence, m.position + len(m.text)) and _WHEN_BEFORE.search(
            sentence, max(0, m.position - 12), m.position
        ):
            # "displaced since Israel launched strikes on …", "after Russia invaded": who acted in a clause of time
            # or cause, not where the people are (place:actor-clause)
            del found[m.position]
        elif (
            m.context
            and _SPOKE_IN_BEFORE.search(sentence, max(0, m.position - 50), m.position)
            and _SPOKE_IN_AFTER.match(sentence, m.position + len(m.text))
        ):
            # "The minister announced in Kebbi that 2,400 people were displaced across Nigeria": where the speaker
            # spoke, not where the people are (place:spoke-in; it stays for a figure that has no other)
            found[m.position] = m._replace(context=False)
        elif opponent and _OPPONENT_BEFORE.search(sentence, max(0, m.position - 40), m.position):
            # "evacuated from border areas during the clashes with Kyrgyzstan": who the fighting was with
            del found[m.position]
        elif m.context and _SPEAKS_AFTER.match(sentence, m.position + len(m.text)):
            # "…, Ishikawa prefecture said": the administration speaking, named by its seat; the people are in the
            # place the sentence names besides it (or there, when it names none)
            found[m.position] = m._replace(context=False)
        elif _WORKS_AFTER.match(sentence, m.position + len(m.text)) and len(found) > 1:
            # "settlements along the Koshi embankment": a work named after its river, not a place (place:works)
            del found[m.position]
        elif m.context and m.place is None and _BUILDING_KIND_AFTER.match(sentence, m.position + len(m.text)):
            # "staying at the Parc Larco stadium": a building's name no gazetteer knows gives way to the town
            found[m.position] = m._replace(context=False)
        elif m.context and (
            _VOLCANO_AFTER.match(sentence, m.position + len(m.text))
            or (m.place is None and re.match(r"(?:Mount|Mt\.?)\s", m.text))  # not the division Mount Lebanon
        ):
            # a volcano is a landmark: the people are in the place the sentence names besides it ("from towns
            # around Taal Volcano … in Batangas province"), or near it when it names none
            found[m.position] = m._replace(context=False)
        elif _BRACKET_CLOSES.match(sentence, m.position + len(m.text)) and any(
            _BRACKET_OPENS.fullmatch(sentence, o.position + len(o.text), m.position)
            for o in found.values()
            if o.position < m.position and (o.place is None or m.place is None or o.place.country == m.place.country)
        ):
            # "The landslide in Garut Regency (West Java) has displaced 230 people": the division in brackets says where
            # the place before it is; the people are in that place
            del found[m.position]
        elif (
            m.context
            and _SITE_AFTER.match(sentence, m.position + len(m.text))
            and _names_town_besides(sentence, found, m)
        ):
            # "sheltering at the Bakassi and Teachers Village camps in Maiduguri": a camp's name gives way to the
            # town it is in, when the sentence names one (a country alone, "arrivals from Sudan in Kakuma camp",
            # is no town the camp is in)
            found[m.position] = m._replace(context=False)
    if "capital" in sentence:
        _the_capital(sentence, gazetteer, found)
    for m in (
        [m for m in found.values() if len(found) > 1 and m.position > 12] if distances and " of " in sentence else ()
    ):
        distance = _DISTANCE_FROM_BEFORE.search(sentence, max(0, m.position - 70), m.position)
        if distance and any(
            re.fullmatch(r"[\s\w]{0,12},\s*", sentence[o.position + len(o.text) : distance.start()])
            for o in found.values()
            if o.position < distance.start()
        ):
            # "In Kindu, 250 kilometres west of the capital, Kinshasa, …": the town a distance is measured from,
            # set after the place the people are in, which it locates (place:distance-from)
            del found[m.position]
    for m in [m for m in found.values() if m.position > 0] if len(found) > 1 and ", a" in sentence else ():
        earlier = [o for o in found.values() if o.position < m.position]
        if earlier and _KIND_OF_PLACE_ASIDE.fullmatch(
            sentence, earlier[-1].position + len(earlier[-1].text), m.position
        ):
            # "In Melut, a town north of Malakal, …", "In Letur, a village of 900 people in Albacete province, …":
            # an aside saying what kind of place the one before it is; the place it names only locates that one
            # (place:kind-aside)
            del found[m.position]
    for m in [m for m in found.values() if m.context] if "attacked" in sentence else ():
        if _ATTACKED_BEFORE.search(sentence, max(0, m.position - 20), m.position):
            # "raiders attacked Kokoro at dawn and 800 of its families left": the place an attack hit is the people's
            # when the sentence names no other ("… in Port-au-Prince …, after gangs attacked Solino": Port-au-Prince)
            found[m.position] = m._replace(context=False)
    owners = [m for m in found.values() if m.context and _OWNS_NEXT.match(sentence, m.position + len(m.text))]
    for m in owners:
        found[m.position] = m._replace(context=False)
    if headline and named_org and _LETTERS_AT_END.search(heading):
        for at in [at for at in found if headline.start("name") <= at < headline.end("name")]:
            del found[at]  # "Borno SEMA: …": the place in a body's name is the body's, not the figure's
    for m in [m for m in found.values() if _is_country(m)] if len(found) > 1 else ():
        if _ARRIVAL_BEFORE.search(sentence, max(0, m.position - 30), m.position) and not _BORDER_AFTER.match(
            sentence, m.position + len(m.text)
        ):  # (not "fleeing towards the Rwandan border": a way they went, not where they are)
            found[m.position] = m._replace(arrival=True)
            for other in [o for o in found.values() if o.context and o.place is None]:
                owner = POSSESSOR_BEFORE.search(sentence, max(0, other.position - 40), other.position)
                owned = gazetteer.lookup(owner.group("owner"), common=False) if owner else None
                if _FLED_IN_BEFORE.search(sentence, max(0, other.position - 60), other.position) or (
                    owned is not None and owned.depth == 0 and owned.country not in ("", m.place.country)
                ):
                    # "raids across Sudan's Darfur region drove 2,000 people into eastern Chad", "… reached Chad after
                    # escaping attacks in the Darfur region": a name no gazetteer holds, where they fled from, gives
                    # the figure back to the country they went to (place:origin-beside-arrival)
                    found[other.position] = other._replace(context=False)
            for other in [o for o in found.values() if o.context and o.place is not None and o.place.country]:
                if other.place.country != m.place.country and _CAUSE_IN_BEFORE.search(
                    sentence, max(0, other.position - 60), other.position
                ):
                    # "the arrival in Niger of 2,300 people after an attack in Ménaka": where the cause struck, in
                    # another country, is no place of theirs (place:cause-beside-arrival)
                    found[other.position] = other._replace(context=False)
    if headline and headline.start("name") == 0 and headline.start("name") in found and len(found) > 1:
        _dateline_gives_way(sentence, headline, found)
    _not_the_figure_s(sentence, found, gazetteer)
    if _TITLE_FUNCTION_WORD.search(sentence):
        _headline_words(sentence, found, gazetteer)
    for m in [m for m in found.values() if m.place is None and _FAITH_OR_PEOPLE.fullmatch(m.text)]:
        del found[m.position]  # "a settlement of Rohingya Muslims", "at Rohingya camp in …" (place:faith-or-people)
    if "hosting" in sentence or "sheltering" in sentence or "home to" in sentence:
        for m in [m for m in found.values() if not m.host]:
            # "a school in Munhava ward (hosting 310 people) and a church in Macurungo (hosting 95)": the count in
            # the aside after a place is that place's, not the next one's (place:host-governs)
            aside = _HOSTING_ASIDE.match(sentence, m.position + len(m.text))
            if aside:
                found[m.position] = m._replace(host=aside.end())
    return _same_country(sorted(found.values(), key=lambda item: item.position), gazetteer, sentence)


# a story after its dateline, a sentence of its own: some ten words at least after the colon
_STORY_AFTER_COLON = re.compile(r":\s+(?:\S+\s+){9}")


def _dateline_gives_way(sentence: str, headline: re.Match, found: dict[int, PlaceMention]) -> None:
    """ "PESHAWAR: Authorities in northwestern Pakistan ordered the evacuation of …", "Colombo: Floods have forced
    some 4,000 families in Sri Lanka from their homes …": a town heading a story written there, its country or
    division named in the story for its people, is where the story was written; the people are in the place the
    story names (place:dateline-container). A heading that names a division over a town the story names ("South
    Kivu province: some 3,000 people fled to Minova") is no dateline: the town inside it wins already."""
    heading = found[headline.start("name")]
    town = heading.place
    if (
        town is None
        or town.depth == 0
        or not town.country
        or not _STORY_AFTER_COLON.match(sentence, headline.end("name"))
    ):
        return
    if any(
        other.position > headline.end()
        and other.context
        and other.place is not None
        and other.place.country == town.country
        and (
            other.place.depth == 0
            or (other.place.depth == 1 and town.depth > 1 and name_key(other.place.name) == name_key(town.admin1))
        )
        for other in found.values()
    ):
        del found[heading.position]


# a line set in title case, every word capitalised, the small ones too: "Shelling Drives 640 Households Out Of
# Their Homes", "Floods Leave Thousands In Ruins", "Flood Survivors Reach Multan Living In Relief Camps"
_TITLE_FUNCTION_WORD = re.compile(r"\s(?:In|Into|From|To|At|On|For|With|As|And|Amid|After|Across|Over|Their|The)\s")
_TITLE_INNER_WORD = re.compile(r"\s(?:In|Into|From|To|At|On|For|With|As|And|Amid|After|Across|Over)\s")
_DETERMINER = re.compile(r"(?:Their|The|His|Her|Its|Our|Your|My|These|Those|This|That|Some|Many|All)\s")
# ordinary words a title capitalises after "in", "from" or "into" (beside COMMON_WORDS and _ORDINARY_NAME_WORDS)
_HEADLINE_WORDS = frozenset(
    "homes home ruins conditions dire villages hills streets parts low-lying lying remote flooded children women "
    "makeshift tents safety fear limbo need despair misery cold open shock rubble northern southern eastern western "
    "neighbouring nearby towns cities regions districts provinces zones places flee reside stay remain return seek "
    "live shelter".split()
)


# a faith or a people named with a capital, who the people are and not where: "a settlement of Rohingya Muslims in
# Bangladesh", "a blaze at Rohingya camp in Bangladesh", "Muslim-majority villages around Bossangoa"
_FAITH_OR_PEOPLE = re.compile(
    r"(?:(?:Rohingya|Yazidi|Yezidi|Kurdish|Christian|Muslim|Hindu|Buddhist|Sikh|Catholic|Protestant|Orthodox|"
    r"Sunni|Shia|Shiite|Alawite|Druze|Uyghur|Tutsi|Hutu|Fulani|Kuki|Meitei|Naga|Chin|Karen|Kachin|Shan|Tamil|"
    r"Roma|Bedouin|Banyamulenge)s?\s+)*"
    r"(?:Rohingyas?|Yazidis?|Yezidis?|Kurds|Christians|Muslims|Hindus|Buddhists|Sikhs|Catholics|Protestants|"
    r"Sunnis|Shias|Shiites|Alawites|Druze|Uyghurs|Tutsis?|Hutus?|Fulanis?|Kukis|Meiteis|Bedouins|Banyamulenge|"
    # (and villages named by who lives there: "Muslim-majority villages")
    r"(?:Muslim|Christian|Hindu|Kurdish|Tutsi|Hutu|Fulani|Kuki|Meitei)-(?:majority|dominated|populated))"
)


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headline_words(sentence: str, found: dict[int, PlaceMention], gazetteer: Gazetteer) -> None:
    """In a line set in title case, a name no gazetteer holds that is ordinary words capitalised is no place: one a
    determiner opens ("From Their Homes"), or made of ordinary words alone ("In Ruins", "In Dire Conditions"); one
    running on across a small word the title capitalised is cut there, and its head is kept when a gazetteer knows
    it ("Reach Multan Living In Relief Camps": Multan) (place:title-case-words)."""
    for m in list(found.values()):
        if m.place is not None:
            continue
        start = sentence.rfind("\n", 0, m.position) + 1
        end = sentence.find("\n", m.position)
        if not _title_case(sentence[start : end if end >= 0 else len(sentence)]):
            continue
        if _ordinary_title_words(m.text):
            del found[m.position]
        elif inner := _TITLE_INNER_WORD.search(m.text):
            heads = m.text[: inner.start()].split()
            found[m.position] = m._replace(text=" ".join(heads))  # (a name no list knows stays as written)
            for size in range(len(heads), 0, -1):
                head = " ".join(heads[:size])
                if (place := gazetteer.lookup(head, common=False)) is not None:
                    found[m.position] = m._replace(text=head, place=place)
                    break
            if _ordinary_title_words(found[m.position].text):
                del found[m.position]


def _ordinary_title_words(name: str) -> bool:
    return bool(_DETERMINER.match(name + " ")) or all(
        (key := word.lower()) in COMMON_WORDS or key in _ORDINARY_NAME_WORDS or key in _HEADLINE_WORDS
        for word in name.split()
    )


# ordinary words that, capitalised in a title or a table, can make up a name no gazetteer holds: "left Accommodation
# Centres", "Displaced Persons reached …", "the Ministry of Migration" (place:ordinary-words)
_ORDINARY_NAME_WORDS = frozenset(
    "accommodation centres centers centre center displaced displacement persons person people migration migrants "
    "refugees refugee returnees returnee evacuees idps internally families households individuals sites site camps "
    "shelters shelter collective evacuation transit reception temporary relief host hosts communities community "
    "population total number new arrivals border borders area areas coastal affected".split()
)
# a building's kind opening its name in the region's language (Malay, Indonesian, Spanish, Portuguese, French):
# "Sekolah Kebangsaan …" is a national school, "Dewan Orang Ramai" a community hall (place:building-opens)
_BUILDING_OPENS = re.compile(
    r"(?:Sekolah|Dewan|Balai|Masjid|Surau|Gereja|Escuela|Escola|Colegio|Iglesia|Igreja|École|Ecole|Lycée|Collège|"
    r"Salle|Gymnase|Estadio|Estádio|Ginásio|Gimnasio)\s"
)
# the same kinds by their letters, before the building's name: "at SK Parit Penghulu" (a national school, Sekolah
# Kebangsaan), "SMK …" (a secondary one), "SJK(C) …" (a Chinese-medium one); the name is the school's, not a town
_BUILDING_LETTERS_BEFORE = re.compile(r"\b(?:SK|SMK|SJKC|SJKT|SJK\s?\([CT]\)|SRK|SMA|SRA|SMKA|SBP)\s+$")
# buildings after a name, one or two of them listed: "at Kopa and Ngangu schools", "at the Mutema school"
_BUILDINGS_AFTER = re.compile(
    rf"(?:\s+(?:and|&)\s+{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+)?)?\s+(?:primary\s+|secondary\s+|high\s+)?"
    r"(?:schools?|churches|church|mosques?|halls?|stadiums?|gymnasiums?|temples?|monasteries|monastery|colleges?|"
    r"classrooms?|warehouses?)\b"
)
# a river's or a lake's name after "the" that no gazetteer holds as a place ("Tana River" county does; a town is
# seldom written with "the": "residents of Hay River")
_WATER_NAMED = re.compile(r"\s(?:River|Lake|Lagoon)$|^(?:Lake|River)\s")
# a dam or another water work named with its kind is a landmark, as a river is ("the Kainji Dam"; place:works-named),
# and a currency after "worth" or "millions of" is money ("property worth billions of Kwacha"; place:money)
_WORKS_NAMED = re.compile(r"\s(?:Dam|Barrage|Reservoir|Weir|Dyke|Dike|Levee|Canal)$")
_MONEY_BEFORE = re.compile(r"\b(?:worth|millions\s+of|billions\s+of)\s+$")
# a people or a descent is who, not where: "people of Somali descent"
_DESCENT_AFTER = re.compile(r"\s+(?:descent|origin|ancestry|heritage)\b")
# a state named by a nickname after "the": "the Lone Star state", "the Sunshine State" (with the state's own name
# elsewhere in the sentence, the nickname is no second place)
_NICKNAME_STATE_AFTER = re.compile(r"(?:\s+[A-Z][\w'’\-]+){0,2}\s+[Ss]tate\b")
# a people named before its kind of group, alone or with another: "the Nuer and Dinka communities", "the Kuki
# tribals", "the Lendu ethnic group" (who the people are, not where; a town's own community is a place's, "the
# Kibera community", so "communities" only after a pair of names)
_GROUP_NOUN = r"(?:tribes?|tribals?|clans?|ethnic\s+(?:groups?|minorit(?:y|ies)|communit(?:y|ies)))\b"
_PEOPLE_GROUP_AFTER = re.compile(
    rf"(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w'’\-]+)?\s+(?i:{_GROUP_NOUN})"
    r"|\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w'’\-]+\s+(?i:communities)\b"
)
_PAIRED_BEFORE = re.compile(r"[A-Z][\w'’\-]+\s+(?:and|or)\s+(?:the\s+)?$")
_COMMUNITIES_AFTER = re.compile(r"\s+(?i:communities)\b")
# continents and world regions: a country named besides one is the figure's (not one the people came from)
_WORLD_REGION = re.compile(
    r"(?:Africa|Europe|Asia|Americas?|Latin\s+America|Middle\s+East|Sahel|Horn\s+of\s+Africa|Oceania|Balkans)"
)
# a clause of cause before a name: "after the landslides at …", "following gang attacks on …" (place:cause-clause)
_CAUSE_BEFORE = re.compile(
    r"\b(?:after|following|amid)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}(?:attacks?|assaults?|raids?|landslides?|"
    r"mudslides?|floods?|flooding|fighting|clashes|shelling|strikes|airstrikes|bombings?|fires?|earthquakes?|"
    r"eruptions?)\s+(?:at|on|in|near|around|across|against)\s+(?:the\s+)?$"
)
# a neighbourhood, and the town it is of: "the Nazon neighbourhood of Port-au-Prince", "Port-au-Prince's Nazon quarter"
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|suburbs?|slums?)\b(?:\s+(?:of|in)\s+(?:the\s+)?)?")
POSSESSOR_BEFORE = re.compile(rf"(?<![\w'’-])(?P<owner>{CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+)?)['’]s\s+$")
_CLAUSE_END = re.compile(r"[,;:.]\s|\s(?:while|but|and\s+(?:the|some|another|many))\s|$")
_ORIGIN_BEFORE = re.compile(r"\b(?:from|fled|fleeing|left|leaving|escaped|escaping)\s+(?:the\s+)?$", re.IGNORECASE)


def _not_the_figure_s(sentence: str, found: dict[int, PlaceMention], gazetteer: Gazetteer) -> None:
    """Names that cannot stand as the figure's place: ordinary words capitalised, a building's name in the region's
    language, a people's descent (dropped); buildings named after a name no gazetteer holds, and a continent or
    world region when the sentence names a country or town the people are in (they give way to it)."""
    for m in list(found.values()):
        end = m.position + len(m.text)
        if m.place is None and (
            all(word.lower() in _ORDINARY_NAME_WORDS for word in m.text.split()) or _BUILDING_OPENS.match(m.text)
        ):
            del found[m.position]  # (place:ordinary-words, place:building-opens)
        elif (m.place is None or m.place.depth >= 2) and _BUILDING_LETTERS_BEFORE.search(
            sentence, max(0, m.position - 9), m.position
        ):
            del found[m.position]  # "sheltered at SK Parit Penghulu": a school's name (place:building-letters)
        elif (m.place is None and _WORKS_NAMED.search(m.text)) or _MONEY_BEFORE.search(
            sentence, max(0, m.position - 14), m.position
        ):
            del found[m.position]  # (place:works-named, place:money)
        elif (
            m.place is None and _WATER_NAMED.search(m.text) and sentence[max(0, m.position - 4) : m.position] == "the "
        ):
            del found[m.position]  # "floods to the Red River": a river or a lake is no place (place:water-named)
        elif _DESCENT_AFTER.match(sentence, end) or (
            _BORDER_AFTER.match(sentence, end) and demonym_country(m.text, gazetteer)
        ):
            # "people of Somali descent", "camped close to the Lao border": who, or a neighbour's border the
            # people are near, not where they are (place:descent, place:neighbour-border)
            del found[m.position]
        elif (m.place is None or m.place.depth >= 2) and (
            _PEOPLE_GROUP_AFTER.match(sentence, end)
            or (
                _COMMUNITIES_AFTER.match(sentence, end)
                and _PAIRED_BEFORE.search(sentence, max(0, m.position - 40), m.position)
            )
        ):
            del found[m.position]  # "people of the Kuki and Meitei communities" (place:people-group)
        elif (
            (m.place is None or m.place.depth >= 2)
            and sentence[max(0, m.position - 4) : m.position] == "the "
            and (
                _NICKNAME_STATE_AFTER.match(sentence, end)
                or (m.place is None and m.text.endswith((" State", " state")))
            )
            and any(
                o.context
                and o.place is not None
                and o.place.depth == 1
                and not _LEFT_BEFORE.search(sentence, max(0, o.position - 30), o.position)
                for o in found.values()
            )
        ):
            del found[m.position]  # "Texas … hotels across the Lone Star state" (place:nickname-state)
        elif m.context and _CAUSE_BEFORE.search(sentence, max(0, m.position - 60), m.position):
            # where the event struck, and every place its clause names after it (place:cause-clause)
            clause_end = _CLAUSE_END.search(sentence, end).start()
            for o in [o for o in found.values() if m.position <= o.position < clause_end]:
                found[o.position] = o._replace(context=False)
        elif m.place is None and (quarter := _QUARTER_AFTER.match(sentence, end)):
            # a neighbourhood no gazetteer knows, of a town it knows: the town ("fled the Nazon neighbourhood of
            # Port-au-Prince", "out of Port-au-Prince's Nazon neighbourhood"; place:neighbourhood)
            town = found.get(quarter.end())
            owner = POSSESSOR_BEFORE.search(sentence, max(0, m.position - 40), m.position)
            known = gazetteer.lookup(owner.group("owner")) if owner and town is None else None
            if town is not None and town.place is not None and town.place.depth >= 2:
                del found[m.position]
            elif known is not None and known.depth >= 2:
                del found[m.position]
                found[owner.start()] = PlaceMention(owner.start(), owner.group("owner"), known, m.context)
        elif m.context and m.place is None and _BUILDINGS_AFTER.match(sentence, end):
            found[m.position] = m._replace(context=False)  # (place:buildings-listed)
        elif (
            _WORLD_REGION.fullmatch(m.text)
            and (m.place is None or m.place.depth > 1)  # (Burkina Faso's Sahel region is a division)
            and any(
                _is_country(o)
                and o is not m
                and not _ORIGIN_BEFORE.search(sentence, max(0, o.position - 12), o.position)
                for o in found.values()
            )
        ):
            del found[m.position]  # (place:world-region; a town abroad spelt so is no continent)


_CAPITAL = re.compile(
    r"(?:\bthe\s+(?:(?P<adjective>[A-Z][a-z]+)\s+|(?P<level>regional|provincial|state|district|county|"
    # (a plural name's apostrophe alone: "the Solomon Islands' capital, Honiara", "the Philippines' capital")
    rf"departmental|local)\s+)?|\b(?P<owner>{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+)?)(?:['’]s|(?<=s)['’])\s+)"
    rf"capital(?:\s+city)?\b(?:,?\s+(?P<name>{CAPITAL}[\w'’-]+(?:[\s-]{CAPITAL}[\w'’-]+){{0,2}}))?"
)


def _the_capital(sentence: str, gazetteer: Gazetteer, found: dict[int, PlaceMention]) -> None:
    """ "in the Kenyan capital Nairobi", "fled to the regional capital, Bossangoa": the city named after "capital" is
    where the people are (a name standing alone would count little), not the nationality before it; with no city
    named, "in the Kenyan capital" names Kenya (the text's own place, as "in Haiti's capital" names Haiti)."""
    for match in _CAPITAL.finditer(sentence):
        adjective, owner, name = match.group("adjective"), match.group("owner"), match.group("name")
        country = None
        if adjective:
            country = demonym_country(adjective, gazetteer) or gazetteer.lookup(adjective, common=False)
        elif owner:
            country = gazetteer.lookup(owner, common=False)
        if (adjective or owner) and (country is None or country.depth != 0):
            continue  # "the Sennar capital", "the Gaza Strip's capital": not a country's
        named = gazetteer.lookup(name, common=False) if name else None
        if named is not None and named.depth >= 1 and (country is None or named.country in (country.country, "")):
            at = match.start("name")
            for position in [p for p in found if at <= p < match.end("name")]:
                del found[position]
            found[at] = _capital_named(sentence, at, name, named)
        elif named is None and name and _unknown_capital_name(sentence, gazetteer, match):
            found[match.start("name")] = _capital_named(sentence, match.start("name"), name, None)
        elif adjective and country is not None:  # "in the Kenyan capital": Kenya, by its name
            found[match.start("adjective")] = PlaceMention(match.start("adjective"), country.name, country, True)
            continue
        else:
            continue
        at = match.start("adjective") if adjective else match.start("owner") if owner else -1
        if at in found and found[at].text in (adjective, owner):
            del found[at]  # the nationality or country before "capital" is the capital's, not the figure's


def _capital_named(sentence: str, at: int, name: str, named) -> PlaceMention:
    """The capital named after "capital", where the people are unless a distance is measured from it ("200 km north
    of the state capital, Bor": a landmark, place:distance-reference)."""
    landmark = "capital" in sentence[max(0, at - 40) : at] and _landmark_distance(sentence, at)
    return PlaceMention(at, name, named, not landmark, landmark=landmark)


def _unknown_capital_name(sentence: str, gazetteer: Gazetteer, match: re.Match) -> bool:
    name = match.group("name")
    if _LETTERS.fullmatch(name) or name_key(name) in gazetteer.bodies or _ORG_WORDS.search(name):
        return False  # "in the capital, UNHCR said"
    return not re.match(r",?\s+(?:said|says|reported|told|added|according)\b", sentence[match.end("name") :])


def _names_town_besides(sentence: str, found: dict[int, PlaceMention], mention: PlaceMention) -> bool:
    """Whether a sentence names, after a preposition, a place other than `mention` that is no country, nor a place
    named as where the people came from ("arrived in Farchana camp from El Geneina", "Adré residents …": the camp
    stays), nor one named after another count."""
    return any(
        m.context
        and not mention.position - len(m.text) < m.position < mention.position + len(mention.text)  # not itself
        and not (m.place and m.place.depth == 0 and m.place.country)
        and not _LEFT_BEFORE.search(sentence, max(0, m.position - 30), m.position)
        and not _RESIDENTS_AFTER.match(sentence, m.position + len(m.text))
        # a town named after another count is that count's ("24,000 moved to Zamzam camp … and 9,000 to Tawila")
        and not (m.position > mention.position and re.search(r"\d", sentence[mention.position : m.position]))
        for m in found.values()
    )


_LIST_JOIN_BEFORE = re.compile(r"(?:\s*,\s*and|\s+and|\s*,)\s+$")
_LIST_GOES_ON = re.compile(r"\s*,\s|\s+and\s")
_NOT_LISTED_AFTER = re.compile(
    r"['’]s\b|\s+(?:said|says|reported|reports|told|added|estimated|announced|stated|warned|noted|officials|"
    r"authorities|government|forces|troops|police|military|army|rivers?|lakes?|streams?|dams?|mountains?|hills|"
    r"volcanoes|highways?|roads?)\b"
)


def _listed_after_place(sentence: str, match: re.Match, found: dict[int, PlaceMention]) -> bool:
    """A capitalised name joined by "and" or a comma to a place the sentence names as written, ending the list
    ("Dawa and Moyale", "Kiwanja, Kalengera and Rubare") or going on with it ("Kiwanja, Kalengera, …")."""
    join = _LIST_JOIN_BEFORE.search(sentence, max(0, match.start() - 8), match.start())
    if not join or not found or _LETTERS.fullmatch(match.group()) or " " in match.group("name").strip():
        return False
    if join.group().strip() == "," and not _LIST_GOES_ON.match(sentence, match.end()):
        return False  # "In Goma, Caritas said …": a comma alone, no list
    if _NOT_LISTED_AFTER.match(sentence, match.end()):
        return False
    return any(m.position + len(m.text) == join.start() for m in found.values())


def _same_country(mentions: list[PlaceMention], gazetteer: Gazetteer, sentence: str = "") -> list[PlaceMention]:
    """A town resolved in a country other than every country and division the sentence names is another town of
    the same name: look for it in a named country, else keep it as written, unresolved ("from Pakistan into
    Lalpur district in Nangarhar province" is not Lalpur in India); a word matched there only loosely is no
    place at all (place:loose-far-away)."""
    mentions = _most_named_country(mentions, gazetteer)
    named = {m.place.country for m in mentions if m.place and m.place.country and m.place.depth <= 1}
    countries = {m.place.country for m in mentions if m.place and m.place.country and m.place.depth == 0}
    if not named:
        return mentions
    result = []
    for mention in mentions:
        place = mention.place
        elsewhere = place and place.country and place.depth >= 1 and countries and place.country not in countries
        if elsewhere or (place and place.country and place.depth > 1 and place.country not in named):
            for country in sorted(countries or named):
                other = gazetteer.lookup(mention.text, country=country)
                if other and other.country == country:
                    place = other
                    break
            else:
                if _loose_far_away(sentence, mention, named, gazetteer):
                    continue
                place = None if place.depth > 1 and place.country not in named else place
        result.append(mention._replace(place=place))
    return result


_LETTERS_ONLY = re.compile(r"[^a-z]")


def _loose_far_away(sentence: str, mention: PlaceMention, countries, gazetteer: Gazetteer) -> bool:
    """A word matched only loosely (an alternate spelling, not the town's own name) to a town of a country other
    than `countries`, those the text names, is no place when it is an ordinary word or a part of a place of those
    countries, named as its owner's ("Sagaing's Dry Zone" is not Derry, "Ethiopia's Highlands" no town
    in the United States). A town of a name no gazetteer holds, matched to a namesake far away, stays as written."""
    place = mention.place
    if place is None or place.depth < 2 or not place.country or place.country in countries or " " in mention.text:
        return False  # (a name of several words spelt another way is a town's: "through Islam Qala")
    if _LETTERS_ONLY.sub("", name_key(place.name)) == _LETTERS_ONLY.sub("", name_key(mention.text)):
        return False  # the same name, spaced or hyphenated otherwise ("Pétion-Ville")
    if mention.text.lower() in COMMON_WORDS:
        return True
    owner = POSSESSOR_BEFORE.search(sentence, max(0, mention.position - 40), mention.position)
    owned_by = None
    if owner:  # ("In Ethiopia's Highlands": the owner's last word when the sentence opens with it)
        owned_by = gazetteer.lookup(owner.group("owner"), common=False) or gazetteer.lookup(
            owner.group("owner").split()[-1], common=False
        )
    return owned_by is not None and owned_by.country in countries and owned_by.depth <= 1


def in_text_country(
    mentions: list[PlaceMention], named_before: Callable[[], list[str]], gazetteer: Gazetteer, sentence: str = ""
) -> list[PlaceMention]:
    """A sentence that names no country or division of its own lies in the country the text named before: a town
    whose name also means a place elsewhere is the one there ("In Pakistan, floods hit Sindh. Some 5,000 people
    were displaced in Hyderabad" is Hyderabad in Pakistan). `named_before()`: the countries the text named before,
    most named first, counted only for a sentence that needs them (place:text-country)."""
    if not any(m.place and m.place.country for m in mentions) or any(
        m.place and m.place.country and m.place.depth <= 1 for m in mentions
    ):
        return mentions
    countries = named_before()
    if not countries:
        return mentions
    result = []
    for mention in mentions:
        place = mention.place
        if place is not None and place.country and place.country not in countries:
            for country in countries:
                other = gazetteer.lookup(mention.text, country=country)
                if other is not None and other.country == country:
                    mention = mention._replace(place=other)
                    break
            else:
                if _loose_far_away(sentence, mention, countries, gazetteer):
                    continue
                if (
                    place.depth >= 2
                    and " " not in mention.text  # ("through Islam Qala": a name of several words is the town's)
                    and _LETTERS_ONLY.sub("", name_key(place.name)) != _LETTERS_ONLY.sub("", name_key(mention.text))
                ):  # another spelling of a town abroad, in a text about elsewhere: the name as written, unresolved
                    mention = mention._replace(place=None)  # (Mele in a text on Vanuatu is not Melle in Germany)
        result.append(mention)
    return result


def _most_named_country(mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Where most places of a sentence lie, a name that also means a place elsewhere means the one there: "Derna
    (30,000), Bayda (3,000) and Benghazi (2,195)" are all in Libya, though a Bayda is in Yemen too."""
    if len(mentions) < 3:
        return mentions
    counts: dict[str, int] = {}
    for m in mentions:
        if m.place and m.place.country:
            counts[m.place.country] = counts.get(m.place.country, 0) + 1
    if len(counts) < 2:
        return mentions
    top = max(sorted(counts), key=counts.get)
    if counts[top] < 2 or list(counts.values()).count(counts[top]) > 1:
        return mentions
    result = []
    for m in mentions:
        if m.place and m.place.country and m.place.country != top and m.place.depth > 0:
            other = gazetteer.lookup(m.text, country=top)
            if other and other.country == top:
                m = m._replace(place=other)
        result.append(m)
    return result


def _without_possessor(name: str, gazetteer: Gazetteer) -> tuple[str, tuple[str, Place] | None]:
    """Mozambique's Cabo Delgado → Cabo Delgado (and Mozambique, named too), but Cox's Bazar is one name (it
    resolves whole, or its possessor is no place)."""
    match = _POSSESSOR.match(name)
    if not match or gazetteer.lookup(name):
        return name, None
    owner = gazetteer.lookup(match.group("owner"), common=False)
    if owner is None:
        return name, None
    # the owner is named as a place too only when it is a country: it then tells where the rest lies
    return name[match.end() :], ((match.group("owner"), owner) if owner.depth == 0 and owner.country else None)


def _is_acronym_of_org(sentence: str, start: int, name: str) -> bool:
    """ "the Syrian Democratic Forces (SDF)", "(ECHO, 20 February 2017)": an organisation's letters, not a place."""
    if not _LETTERS.fullmatch(name):
        return False
    return sentence[max(0, start - 1) : start] == "(" or bool(
        re.match(r",\s*\d{1,2}\s+[A-Z][a-z]+", sentence[start + len(name) :])
    )


# words that open Arabic place names ("hill of", "monastery of", "valley of", "head of", "spring of" …): one
# alone is no place when the name goes on
_ARABIC_NAME_WORDS = re.compile(
    r"(?i:tal|tall|tell|tel|deir|dayr|wadi|ras|jabal|jebel|jbel|ain|ayn|bir|kafr|khan|jisr|abu|umm|um|beit|bayt|bab|"
    r"sidi|qasr|hay|dar|maarat|ma'arat|sheikh|shaykh|mina|hamam|hammam|souk|suq|bani|beni|nahr|marj)"
)
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|en|es|et|ez)-", re.IGNORECASE)


def _division_by_name(name: str, gazetteer: Gazetteer) -> bool:
    """A country's or first-level division's own name, word for word ("West Bank")."""
    place = gazetteer.lookup(name, common=False)
    return place is not None and place.depth <= 1 and name_key(place.name) == name_key(name)


def _longest_known(name: str, gazetteer: Gazetteer, fuzzy: bool, bare: bool = False) -> tuple[str, Place] | None:
    words = name.split()
    for size in range(len(words), 0, -1):
        for start in range(0, len(words) - size + 1):
            piece = " ".join(words[start : start + size]).strip(" ,.'’")
            piece = _POSSESSIVE_S.sub("", piece)
            if piece.lower() in _NOT_PLACES or piece.lower() in _NOT_PLACE_WORDS:
                continue
            if size < len(words) and start > 0 and len(piece) < 4:
                continue  # "Angkor Wat" is not "Wat": a short word closing a longer name is part of that name
            if size == 1 and start > 0 and piece.lower() in _AREA_KINDS:
                continue  # "the Caprivi Region" is no place called Region: a kind closing a name (place:kind-closing)
            if size == 1 and start == 0 and len(words) > 2 and words[1] == "of":
                continue  # "the Bay of Bengal" is not Bay (Somalia): a word opening a longer name (place:of-name)
            if size < len(words) and (
                (start == 0 and _ARABIC_NAME_WORDS.fullmatch(piece)) or _ARABIC_ARTICLE.match(piece)
            ):
                continue  # "Tal Abyad" is not a town called Tal, "Wadi al-Dawasir" not one called Wadi
            place = gazetteer.lookup(piece, fuzzy=fuzzy and size == len(words), common=not bare)
            if place and place.depth <= 1 and start > 0 and _ARABIC_NAME_WORDS.fullmatch(words[0]):
                continue  # nor is "Tal Afar" the Afar region: a division's name after such an opener is the town's
            if place and bare and not _counts_bare(piece, place):
                continue
            if place:
                return piece, place
    return None


def _country_closing(name: str, gazetteer: Gazetteer) -> tuple[str, Place] | None:
    """(town, country) for a name of a town and its country run together ("Chimanimani Zimbabwe", "Buzi
    Mozambique", "Malakal South Sudan"), or None: the country one or two words closing the name, the town one or
    two capitalised words before it that are no kind, compass point or ordinary word."""
    whole = gazetteer.lookup(name, common=False)
    if whole is not None and whole.depth == 0:
        return None  # "Equatorial Guinea", "Papua New Guinea": one country's name
    words = name.split()
    for size in (2, 1):
        if len(words) <= size or len(words) - size > 2:
            continue
        country = gazetteer.lookup(" ".join(words[-size:]), common=False)
        if country is None or country.depth != 0 or not country.country:
            continue
        town = " ".join(words[:-size])
        if _TOWN_BEFORE_COUNTRY.fullmatch(town) and not any(
            w.lower() in _NOT_PLACE_WORDS or w.lower() in _KIND_WORDS or w.lower() in _NOT_PLACES for w in words[:-size]
        ):
            return town, country
        return None
    return None


def _longer_unknown_name(name: str, known: tuple[str, Place], gazetteer: Gazetteer) -> bool:
    """A name of several capitalised words no gazetteer holds whole, of which one word resolves to a town ("Dolo
    Ado" is not Dolo, "Mai Aini" not a town called Mai): the name as written is the place, unresolved, unless the
    other words are a kind, a day, a title or letters ("Goma Town", "Kabul Thursday") or a country or division is
    named among them (place:whole-name)."""
    piece, place = known
    words = name.split()
    if len(words) < 2 or len(words) > 4 or place.depth < 2 or name_key(piece) == name_key(name):
        return False
    for word in words:
        if word in piece.split():
            continue
        key = word.lower().strip(".,")
        if (
            key[-1:] in "'’"
            or key[-2:] in ("'s", "’s")  # "Kurram's Bagan": the owner, named by its own rule
            or key in _KIND_WORDS
            or key in _NOT_PLACES
            or key in _NOT_PLACE_WORDS
            or word.isupper()
            or not word[:1].isupper()
            or re.fullmatch(_TITLES, word)
            or _ORG_WORDS.fullmatch(key)
        ):
            return False
    return not any(
        (other := gazetteer.lookup(word, common=False)) is not None and other.depth <= 1 and other.country
        for word in words
    )


def _counts_bare(piece: str, place: Place) -> bool:
    """A name with no preposition before it: a loaded region, or a country, division or large town by its name."""
    if place.region_id is not None and not place.country:
        return True  # a region of the loaded gazetteer
    if not place.country:
        return bool(place.pcode)
    if len(piece) < 4 or (piece.isupper() and place.depth > 0):
        return False
    return place.depth <= 1 or place.population >= _BARE_MIN_POPULATION


def _is_country(mention) -> bool:
    return mention.place is not None and mention.place.depth == 0 and bool(mention.place.country)


def _gives_way(mention, pool) -> bool:
    """A country gives way to a place inside it, or to a name no gazetteer places ("crossed into Uganda at
    Bunagana"). A country people went to gives way to no known place in another country: "clashes in Sudan's West
    Darfur State forced 18,500 refugees to cross into neighbouring Chad" are Chad's (place:arrival-country)."""
    if not _is_country(mention):
        return False
    return any(
        not _is_country(other)
        and (not mention.arrival or other.place is None or other.place.country in ("", mention.place.country))
        for other in pool
    )


def _locates_town(mention, pool, position) -> bool:
    """A first-level division named after a town inside it, both before the figure, only locates the town: "the
    number of people displaced from El Fasher and the villages around it in North Darfur rose to …" is El
    Fasher's (place:sentence); a division named alone, or after the figure, stays."""
    place = mention.place
    if place is None or place.depth != 1 or mention.position > position:
        return False
    division = name_key(place.name)
    return any(
        other.position < mention.position
        and other.place is not None
        and other.place.depth > 1
        and other.place.country == place.country
        and name_key(other.place.admin1) == division
        for other in pool
    )


_HOST_REACH = 16  # the hosting verb's object starts this close after it: " more than ", " an estimated "
_HOST_NEAR = 30  # a verb this close after its place's name ("Munhava ward (hosting", "Renk now hosts") is its own


def _host_governing(places, position):
    """The place whose hosting governs the count at `position`: the subject of "hosts", "is home to", "houses",
    "has had to accommodate" … with the count right after the verb or inside the clause saying it, and no other
    place named between ("The Roe IDP site, which already hosts 24,000 people displaced earlier, has had to
    accommodate 50,000 more fleeing the attack on Drodro": both are Roe's, not Drodro's). Only the first place the
    sentence names, or one right before its verb: a town fronted before a site whose hosting is said in a clause
    about it stays the figure's place ("In Bria, the PK3 site, which sheltered …, still hosts …": Bria's)."""
    host = None
    for mention in places:
        if mention.position >= position:
            break
        host = mention if mention.host and position <= mention.host + _HOST_REACH else None
    if host is not None and host is not places[0] and host.host - host.position - len(host.text) > _HOST_NEAR:
        return None  # "In Bria, the PK3 site, which sheltered 38,000 …, still hosts 21,000": the town fronted first
    if host is not None and _is_country(host) and _gives_way(host, places):
        return None  # "Uganda has received 45,000 refugees in Kisoro": a country gives way to a place inside it
    return host


def _place_for(places, position, last_place, scope_end=None):
    """The place a quantity belongs to. Of the places the sentence names, a country gives way to a place inside
    it and a name standing alone to one after a preposition; then the nearest after the quantity, else the
    nearest before. With no place in the sentence, the text's last place.

    `scope_end`: where the figure's own part of the sentence ends, before a part of it is broken down ("… in
    Kenya, 97,000 of them in Nairobi", "… across Somalia, mainly in Beledweyne"); the places after it are the
    part's, unless the figure has no other."""
    if places:
        if scope_end is not None:
            places = [p for p in places if p.position < scope_end] or places
        host = _host_governing(places, position)
        if host is not None:
            return host.text, host.place, "sentence"
        pool = [p for p in places if p.context] or places
        # a landmark a distance is measured from gives way to any other place the sentence names ("Duk County
        # Commissioner X, displaced from an area 200 km north of the state capital, Bor, said …": Duk County)
        pool = [p for p in pool if not p.landmark] or pool
        # an organisation's letters after "from" ("fled from ISIL in Hawija") give way to any other place
        pool = [p for p in pool if p.place is not None or not re.fullmatch(r"[A-Z]{2,6}", p.text)] or pool
        pool = [p for p in pool if not _gives_way(p, pool)] or pool
        pool = [p for p in pool if not _locates_town(p, pool, position)] or pool
        after = [p for p in pool if p.position >= position]
        chosen = after[0] if after else pool[-1]
        return chosen.text, chosen.place, "sentence"
    if last_place:
        return last_place[0], last_place[1], "previous"
    return None


# the long patterns scan faster behind a look-ahead for the characters a match can start with: the same
# matches, less work (extraction.scanning)
_CAPITALISED_PLACE, _TYPED_PLACE, _FACILITY, _AFTER_VERB, _DEMONYM_DIVISIONS = map(
    guarded, (_CAPITALISED_PLACE, _TYPED_PLACE, _FACILITY, _AFTER_VERB, _DEMONYM_DIVISIONS)
)


# more patterns behind the same look-ahead (measured one by one: each of these scans faster so; those that did
# not are left as written)
_ANY_CAPITALISED, _SPOKEN_FROM, _TITLE_BEFORE = map(guarded, (_ANY_CAPITALISED, _SPOKEN_FROM, _TITLE_BEFORE))
_OPPONENT_BEFORE, _WATER_BEFORE, _STORM_BEFORE = map(guarded, (_OPPONENT_BEFORE, _WATER_BEFORE, _STORM_BEFORE))
_EVENT_BEFORE = guarded(_EVENT_BEFORE)


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_TYPED_PAIR, _SEAT_OF_OFFICE, _LETTERS = map(guarded, (_TYPED_PAIR, _SEAT_OF_OFFICE, _LETTERS))
_ADMIN_SUFFIX, _ROUTE_AFTER, _YEAR_WHEN_BEFORE = map(guarded, (_ADMIN_SUFFIX, _ROUTE_AFTER, _YEAR_WHEN_BEFORE))
_EVENT_AFTER, _WATER_NAME = map(guarded, (_EVENT_AFTER, _WATER_NAME))
_PEOPLE_OF_A_PLACE, _EVENT_OF_A_TOWN = map(guarded, (_PEOPLE_OF_A_PLACE, _EVENT_OF_A_TOWN))
