"""Stage 6: bodies. The reporting body a sentence attributes its figures to."""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from typing import NamedTuple

from extraction import rules
from extraction.gazetteer import Gazetteer
from extraction.quantities import QUALIFIER_WORDS
from extraction.scanning import guarded
from extraction.text import name_key
from extraction.world import COMMON_WORDS


class BodyMention(NamedTuple):
    text: str
    body_id: int | None
    rule: str


_BODY_CUE = re.compile(
    r"(?:according\s+to|said|says|reported|reports|estimated|estimates|announced|stated|told|noted|warned|"
    r"added|documented|recorded|counted|registered|figures\s+from|data\s+from|estimates\s+from|statement\s+from|"
    r"figures\s+by|data\s+by|report\s+by|citing|cited|"
    # "…, underlines the IOM"
    r"underlined|underlines|stressed|stresses)",
    re.IGNORECASE,
)
_BODY_PHRASE = (
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:"
    # the letters written with stops: "according to the U.N.", "the U.N. refugee agency said"
    r"U\.N\.(?![’'])(?:\s+[A-Z][\w'’\-]+)*|"
    # a commission named by its field in capitals, its kind in lower case: "according to the Emergency commission"
    r"(?:Emergency|Disaster|Relief|Flood|Crisis)\s+(?:commission|committee)\b|"
    # the council of the place named before: "…, according to its council"
    r"(?<=\bits\s)(?:council|municipality)\b|(?<=\btheir\s)(?:council|municipality)\b|"
    # a place's civil defence or protection: "the Gaza civil defence", "the Valencia civil protection"
    r"[A-Z][\w'’\-]+\s+(?i:civil\s+defen[cs]e|civil\s+protection)\b"
    # the kind of office after it is the name's: "the Provincial Civil Protection Service"
    r"(?:\s+(?i:service|department|authority|directorate|secretariat|corps|force)|\s+Volunteers)?|"
    # an office a country or place owns, in lower case: "Ukraine's interior minister said", "Sudan's humanitarian
    # aid commission reported"; after a cue with its owner: "figures from Kenya's interior ministry", "…, said
    # Chad's interior ministry" (body:owner-office-after-verb)
    r"(?:(?<=['’]s\s)|(?:(?<=\bfrom\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\bsaid\s)|(?<=\bsays\s))[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)(?:[a-z]+\s+){1,2}"
    r"(?:minister|ministry|secretary|commissioner|commission|ombuds(?:man|woman|person)|spokes(?:man|woman|person))\b|"
    r"[A-Z][A-Za-z]+\s+(?:officials|authorities|police|forces|army|military|rescuers|medics|(?:state\s+)?media|"
    r"state\s+television|news\s+agency|government|ministry)\b"
    # unnamed civil-society bodies: "local rights groups", "Local NGOs", "international aid organisations"
    r"|(?i:local|international|national|human\s+rights|rights|aid|humanitarian|relief)\s+"
    r"(?:(?i:rights|human\s+rights|aid|relief|humanitarian|women['’]s|civil\s+society|rescue|volunteer|church|"
    r"community|youth)\s+)?"
    r"(?i:groups?|NGOs?|organi[sz]ations|charities|charity)\b"
    r"|(?i:state)\s+(?i:media|television|broadcaster|radio)\b"
    # an organisation's office named by its letters: "the regional DSWD office", "the country IOM team"
    r"|(?i:regional|provincial|local|national|country|field|state|district|city|municipal)\s+[A-Z]{2,8}\s+"
    r"(?i:office|team|branch|bureau|unit)\b"
    # a ministry or directorate named by its field in lower case: "the ministry of solidarity", "the regional
    # directorate for humanitarian action"
    # (a country's: "a statement from Niger's ministry of humanitarian action")
    r"|(?:[A-Z][a-z]+['’]s\s+)?(?:(?i:regional|state|provincial|national|federal|district)\s+)?"
    r"(?i:ministry|department|directorate|minister)\s+(?:of|for)\s+(?!(?:said|says)\b)[a-z]+"
    r"(?:\s+(?:and\s+)?(?!(?:said|says|show|shows|showed|reported|estimated|told|added|on|in|at)\b)[a-z]+){0,2}"
    # an office of a level of government named by its field in lower case: "the provincial humanitarian affairs
    # division", "the regional disaster risk management bureau"
    r"|(?i:regional|state|provincial|national|federal|district|county|municipal)\s+(?:[a-z]+\s+){1,4}?"
    r"(?i:division|directorate|department|bureau|commission|secretariat|agency|unit)\b"
    # an administration named by its seat and level: "the Kharkiv regional military administration"
    r"|[A-Z][\w'’\-]+\s+(?:regional|provincial|prefectural|oblast|district|city|municipal|county|state|zone|woreda|"
    r"township)\s+"
    r"(?:(?:military|civil|civil-military|state)\s+)?(?:administration|council|government|authorities)\b"
    # a military command: "the base command", "the regional army command"
    r"|(?:(?:base|military|army|regional|joint|police|naval)\s+){1,2}command\b"
    # the head of state's office, in lower case after its article: "the presidency said on Monday"
    r"|(?<=\b[Tt]he\s)presidency\b"
    # a body's proper name owned by the level of government it serves: "the state's Civil Defence"
    # (or by the area it serves: "said the head of the area's Provincial Disaster Management Authority")
    r"|(?:state|country|province|region|district|city|county|town|municipality|territory|island|area)['’]s\s+"
    r"[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and|the)\s+){0,2}[A-Z][\w'’&./\-]*){0,7}"
    r"|[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and|the|des|de|du|do|da|dos|das)\s+){0,2}[A-Z][\w'’&./\-]*){0,7}"
    # a service named by its number: "Rescue 1122 said"
    r"(?:\s+(?!(?:19|20)\d\d\b)\d{3,4}(?=\s+(?:said|says|reported|told|added|stated|announced)\b|,\s))?"
    r"(?:(?<=['’]s)\s+(?:office|press\s+office|secretariat|cabinet)\b)?"  # "the Ombudsman's office"
    # an office the named body runs, in lower case: "the Ministry of Public Health's emergency operations centre",
    # "the United Nations' humanitarian coordination office"
    r"(?:(?:(?<=['’]s)|(?<=s['’]))\s+(?!(?:head|chief)\b)(?:[a-z]+\s+){0,3}?(?:office|centre|center|department|division|unit|cell|"
    r"directorate|bureau)\b)?"
    r"(?:(?<=[A-Z]{2})\s+(?:office|sub-office|team|mission|delegation|branch)\b)?"  # "the UNHCR office said"
    r"(?:(?<=[a-z])\s+(?:branch|chapter)\b)?"  # "the Kenya Red Cross Society's Tana River branch said"
    # an office-holder's office: "the mayor's office", "the governor's cabinet"
    r"|(?i:mayor|governor|prefect|president|prime\s+minister|minister|ombudsman)['’]s\s+"
    r"(?i:office|cabinet|secretariat|spokes(?:man|woman|person))\b"
    # a level of government before an office's proper name: "the provincial Labour and Social Welfare Department"
    r"|(?i:regional|state|provincial|district|municipal|county|city|federal)\s+"
    r"[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and|the)\s+){0,2}[A-Z][\w'’&./\-]*){0,7}"
    # an organisation's own office: "the provincial government's information office", "the ministry's press office"
    r"|(?:(?i:regional|state|provincial|district|county|city|municipal|national|federal)\s+)?"
    r"(?:[a-z]+\s+)?"  # the ministry's field: "the displacement ministry's branch in Anbar"
    r"(?i:government|ministry|presidency|administration|council|army|police)['’]s\s+(?:[a-z]+\s+){0,3}"
    r"(?i:office|department|unit|spokes(?:man|woman|person)|secretariat|service|branch|directorate)\b"
    # who speaks for a community: "civil society leaders in Masisi", "a community leader", "traditional chiefs"
    r"|(?i:civil\s+society|community|religious|traditional|tribal|village|clan)\s+(?i:leaders?|chiefs?|elders?|"
    r"representatives?|groups|organi[sz]ations|committees?)\b"
    r"|(?i:local)\s+(?:councils?|officials?|authorities|sources|residents|activists|media|reports|leaders|chiefs|elders|"
    r"civil\s+society(?:\s+(?i:coordinators?|leaders?|representatives?|spokes(?:man|woman|person)|president))?)"
    r"|(?i:local|camp|aid|relief|humanitarian|government|turkish|syrian|un|refugee|health|security|disaster|"
    r"provincial|regional|district|state|county|city|municipal|village|council|police|military)\s+"
    r"(?:(?i:aid|relief|humanitarian|health|camp|rescue|government|security|disaster|emergency\s+management|"
    r"emergency|administration)\s+)?"
    r"(?i:officials?|workers?|committees?|groups?|partners|agencies|organisations|organizations|monitors|authorities|sources|"
    r"spokes(?:man|woman|person))"
    r"|(?i:officials|activists|witnesses|residents)"
    r"|(?i:regional|state|provincial|district|federal|county|municipal|camp|territorial)\s+(?i:officials|authorities|managers)"
    r"|(?:(?i:regional|state|provincial|local|national|city|district|county|military|border|coast)\s+)?"
    r"(?i:ministry|government|authorities|police(?:\s+(?i:department|service))?|army|military|administration|governor|"
    r"mayor|guard|guards|"
    r"delegate|prefect|commissioner|navy|air\s+force|coastguard|gendarmerie)"
    # "the regional governor's office"
    r"(?:(?:(?<=governor)|(?<=mayor)|(?<=prefect))['’]s\s+(?i:office|cabinet|secretariat)\b)?"
    r"|(?i:city|municipal|town|county|district)\s+(?:corporation|council|authorities|officials|administration|hall)"
    # an office-holder of a level of government or of a field: "the district collector", "the regional president",
    # "the county's emergency manager", "the provincial administrator"
    r"|(?:(?:(?i:the\s+)?(?i:state|country|province|region|district|city|county|town|municipality)['’]s\s+)"
    r"(?:(?i:regional|state|provincial|district|county|city|municipal|deputy|acting|territorial|departmental|"
    r"prefectural|communal|local|national)\s+){0,2}"
    r"|(?:(?i:regional|state|provincial|district|county|city|municipal|deputy|acting|territorial|departmental|"
    r"prefectural|communal|local|national|divisional|sub-divisional|zonal)\s+){1,2})"
    # the office's field: "the state interior minister", "the provincial crisis management director"
    r"(?:[a-z]+\s+){0,2}?"
    r"(?i:president|administrator|collector|magistrate|commissioner|coordinator|director|superintendent|manager|"
    r"governor|mayor|minister|prefect|ombudsman|secretary|officer|delegate|chairman|chairwoman|chairperson)\b"
    # the office-holder's office: "the regional governor's office"
    r"(?:['’]s\s+(?i:office|cabinet|secretariat)\b)?"
    # the office's field after it: "the deputy governor for humanitarian affairs", "the city's secretary of social
    # integration"
    r"(?:\s+(?:for|of)\s+(?!the\b)[a-z]{3,}(?:\s+(?!said\b|says\b|told\b)[a-z]{3,}){0,2}(?=\s+(?:said|says|told|"
    r"reported|added|stated|announced|put|puts|estimated|estimates|recorded|counted|registered)\b|\s*[,.]))?"
    r"|(?:(?i:the\s+)?(?i:state|country|province|region|district|city|county|town|municipality)['’]s\s+)"
    r"(?i:emergency|disaster|humanitarian|relief|civil\s+protection)\s+(?i:manager|coordinator|director|chief)\b"
    # a minister or ministry by its field: "Venezuela's interior minister", "the health ministry"
    r"|(?:[A-Z][a-z]+['’]s\s+)?(?i:interior|home|health|defen[cs]e|foreign|humanitarian\s+affairs|social\s+affairs|"
    r"civil\s+protection|disaster(?:\s+management)?|emergency|refugee|migration|information)\s+"
    r"(?i:minister|ministry|secretary)\b"
    r"|(?i:camp)\s+(?:managers|management|administration)"
    r"|[A-Z][a-z]+\s+(?i:fire|police|health|disaster|civil\s+defen[cs]e|civil\s+protection|emergency|rescue|home|"
    r"revenue|relief|interior|social\s+welfare|immigration|border|customs|migration)\s+"
    r"(?i:department|service|brigade|authorities|officials|agency|office)"
    # (with "people's" among its words: "the provincial people's committee")
    r"|(?i:provincial|regional|state|local|national|district|municipal|county|city|federal)\s+"
    # "the city disaster risk reduction and management office said"
    r"(?:[a-z]+\s+|people['’]s\s+){0,5}?"
    r"(?i:department|bureau|office|authority|agency|administration|headquarters|committee|commission|delegation|"
    r"directorate|secretariat)\b"
    # its field after it: "the provincial delegation for humanitarian action said"
    r"(?:\s+(?:for|of)\s+(?!the\b)[a-z]{3,}(?:\s+(?!said\b|says\b|told\b)[a-z]{3,}){0,2}(?=\s+(?:said|says|told|"
    r"reported|added|stated|announced|put|puts|estimated|estimates|recorded|counted|registered)\b|\s*[,.]))?"
    r"|[A-Z][a-z]+\s+(?:officials|authorities|police|forces|army|military|rescuers|medics|government|ministry)"
    r"|(?:(?:(?i:the\s+)?(?i:state|country|province|region|district|city|county)|[A-Z][a-z]+)['’]s\s+"
    # or the nation's adjective: "the Uruguayan crisis management agency reported"
    r"|[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)\s+(?=(?i:crisis|disaster|emergency|civil)\s))?"
    r"(?:(?i:national|state|regional|provincial|local|federal|city|county|district)\s+)?"
    r"(?i:disaster|relief|aid|humanitarian|migration|refugee|health|emergency|civil\s+defen[cs]e|civil\s+protection|"
    r"crisis(?=\s+management))"
    r"(?:\s+(?i:management|response|risk\s+reduction|risk\s+management|preparedness|relief|mitigation|prevention|"
    r"reduction|operations)"
    # two fields: "the state disaster preparedness and relief agency said"
    r"(?:\s+and\s+(?i:management|response|preparedness|relief|mitigation|prevention|reduction|recovery))?)?"
    r"\s+(?i:agency|agencies|authority|authorities|office|ministry|department|service|cell|centre|center|directorate|"
    r"bureau|unit)"  # "the county's emergency management bureau said"
    # "the Sudanese humanitarian aid commission said"
    r"|(?i:humanitarian|relief|aid|disaster|emergency)\s+(?:(?i:aid|relief)\s+)?(?i:commission)\b"
    r"|(?i:fire|rescue)\s+(?i:brigade|service|department)"
    r"|(?i:emergency|rescue|fire|ambulance|social|civil\s+protection|relief)\s+(?i:services|teams|workers)\b"
    r"|(?:(?i:national|state|regional|provincial|federal|municipal|city|cantonal)\s+)?"
    r"(?i:civil\s+defen[cs]e|civil\s+protection)\b"
    r"(?:\s+(?i:service|department|authority|directorate|secretariat|corps|force))?"
    # an administration named by its seat: "the prefecture said", "the municipality of Canoas said"
    r"|(?i:prefecture|municipality|governorate|district|county|province|city\s+hall|town\s+hall|state|city|town)"
    r"(?:\s+of\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?(?=\s+(?:said|says|reported))"
    r"|(?i:residents|farmers|traders|workers|women|youth|civil\s+society|community|tenants|fishermen)['’]?s?\s+"
    r"(?i:association|union|committee|group|organi[sz]ation|network|forum)"
    r"|(?i:un|u\.\s?n\.|united\s+nations)\s+(?i:agencies|officials|agency)\b"
    r"|(?i:un|united\s+nations)\s+(?i:special\s+)?(?i:envoy|rapporteur|representative|spokesperson|spokesman)"
    r"|(?i:un|united\s+nations)\s+(?:(?i:human\s+rights|humanitarian|refugee|migration|children['’]s|food|health|"
    r"development|peacekeeping)\s+)(?:(?i:affairs|aid|coordination|relief)\s+)?(?i:office|agency|body|mission|chief|"
    r"coordinator)"
    r")"
    r"(?:\s+(?:refugee|children's|children’s|migration|humanitarian|food|health|aid|relief|search\s+and\s+rescue|"
    r"disaster|emergency|rescue)\s+(?:agency|office|"
    # its letters after it: "the UN refugee agency IOM"
    r"organi[sz]ation|body|chief|coordinator)(?:\s+[A-Z]{2,8}\b(?![\w'’]))?)?"
    r"(?:\s+(?:group|network|council|committee|(?:field\s+|monitoring\s+|assessment\s+|mobile\s+)?teams?|unit|cluster|"
    # "DTM field teams reported" (body:field-teams), "the cantonal civil protection headquarters said"
    r"coalition|directorate|headquarters))?(?:\s+(?:partners|members))?"
)
# what a body published, standing for it: "OCHA's latest situation report says", "IOM figures show"
_DOCUMENT = (
    r"(?:['’]s)?\s+(?:(?:latest|last|new|recent|most\s+recent|weekly|monthly|daily|own|preliminary|initial|"
    r"official|rapid|joint|field|inter-agency|multi-sectoral|damage|impact)\s+)*(?:(?i:situation(?:al)?\s+reports?)(?:\s+(?:No\.?\s*)?\d{1,4})?|sitreps?|reports?|updates?|flash\s+updates?|figures|data|statistics|"
    r"estimates|assessments?|statements?|bulletins?|dashboards?|snapshots?|"
    r"(?:[a-z]+\s+){0,2}(?:tool|tracker|platform|matrix|monitoring)|"  # "IOM DTM's emergency tracking tool shows"
    # "IOM's latest round of displacement tracking found", "DTM Round 48 in north-east Nigeria identified"
    r"[Rr]ounds?(?:\s+\d{1,3}|\s+of\s+(?:[a-z]+\s+){0,2}[a-z]+)?)"
)
_SAYS = (
    r"said|says|say|reported|reports|estimated|estimates|estimate|indicated|indicates|announced|stated|told|noted|warned|added|documented|tweeted|"
    r"recorded|counted|registered|ordered|put|puts|identified|tracked|informed|confirmed|revealed|disclosed|explained|"
    r"found|finds|"
    # "the interior minister, NAME, declared that", "the ministry's damage report reveals", "IOM assessments indicate"
    r"declared|reveals|indicate(?=\s+that\b)|"
    # a body counting in the present tense: "UNHCR counts 600,000 refugees in Chad", "IOM records …"
    r"counts|records|registers|tracks|identifies|"
    # "INDECI recalled in a report"
    # (two bodies joined before it: "the A Board (AB) and the B Network (BN) report, as of 3 May, …")
    r"recalled|report(?=\s+that\b|,\s)|lists|listed|"
    # "the Norwegian Refugee Council outlined in a report that"
    r"outlined|underlined|underlines|stressed|stresses|"
    # "Bernama quoted NADMA as saying", "the agency was quoted by Reuters as saying"
    r"quoted|"
    # "the commissioner wrote on Telegram that", "UNRWA chief Philippe Lazzarini posted on X"
    r"(?:wrote|posted)(?=\s+(?:on|in)\s)|"
    # the present tense of a report going on, and a remark: "IOM adds that …", "the NDMO confirms that there are …",
    # "Quispe pointed out that …"
    # (a with-clause's gerund: "…, with OCHA reporting that 5,000 people fled")
    r"adds|notes|confirms|confirm(?=\s+that\b)|(?:pointed|points)\s+out(?=\s+that\b)|(?:reporting|estimating)(?=\s+that\b)"
)


def _whole_words(phrase: str) -> str:
    """`phrase` with each capitalised word of a name read whole: the matcher gives back none of its letters, only
    what follows an apostrophe ("UNHCR's"). The same matches where only a space, a bracket, a comma or an apostrophe
    can follow the name (as before a body's verb), with far less backtracking."""
    return phrase.replace(r"[A-Z][\w'’&.\-]*", r"[A-Z](?>[\w&.\-]*)(?:['’](?>[\w&.\-]*))*").replace(
        r"[A-Z][\w'’&./\-]*", r"[A-Z](?>[\w&./\-]*)(?:['’](?>[\w&./\-]*))*"
    )


_BODY_BEFORE_CUE = re.compile(
    # (its letters in brackets or in quotation marks: 'The Disaster Response Presidency "DRP"')
    rf"(?<![\w'’&])(?P<body>{_whole_words(_BODY_PHRASE)}(?:\s*\([A-Z][A-Za-z]{{1,9}}\)|\s+[\"“][A-Z]{{2,8}}[\"”])?)"
    # (not "The" alone before a role: "The director-general of NEMA told" is NEMA's)
    r"(?:['’]s|(?<=s)['’])?(?:(?:(?<!\b[Tt]he)\s+(?P<role>(?:(?:country|executive|area|field|acting|deputy|interim|"
    r"(?:[A-Z][\w-]*\s+)?zonal)\s+)?"
    r"(?:chief|head|spokesperson|spokesman|spokeswoman|official|representative|director|"
    # ("SEMA's executive secretary, Dr. Barkindo Mohammed, said": the agency's)
    r"coordinator|envoy|mayor|governor|prefect|commissioner|administrator|secretary(?=[- ]general)|"
    r"(?<=executive\s)secretary))"
    r"(?:[- ]general\b)?"  # "ODPEM director general Richard Thompson said", "the NRC secretary general"
    # the role's field: "the Syrian Arab Red Crescent's head of operations in Homs said", "chief of mission"
    r"(?:\s+(?:of|for)\s+(?:[a-z]+\s+){0,2}?(?:operations|communications|programmes|programs|emergencies|"
    r"mission|delegation|response|protection|advocacy))?"
    # an agency's chair after its letters: "The NDMA chairman said" (but "the local government chairman" is one)
    # ("Flood Relief Authority (FRA) Chairman Maj Gen Tariq Anwar Tuesday said")
    r"|(?<=[A-Z])\s+(?:chairman|chairwoman|chairperson)|(?<=[A-Z)])\s+Chair(?:man|woman|person)(?=\s+[A-Z]))?"
    # the office-holder's name after the office: "regional governor Oleh Syniehubov said"
    # (a rank, shortened or not, before the name: "Army spokesman Lt. Col. Nadav Shoshani said")
    r"(?P<named>(?:\s+(?:Lt|Maj|Gen|Col|Capt|Brig|Sgt|Cmdr|Adm|Dr|Prof)\.?(?=\s+[A-Z]))*"
    r"(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|ould)[\s-])?[A-Z][\w'’\-]+){0,3}))?"
    rf"(?:{_DOCUMENT})?"
    # the document's date: "The Displacement Monitoring Unit update of 4 May indicates that …"
    r"(?:(?<=[a-z])\s+(?:of|dated)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?(?=\s+[a-z]))?"
    r"(?:\s+(?:of|in|for)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
    # "the local council of Saraqib said", "… Situational Report No. 12 for Severe Tropical Storm Kristine shows"
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}"
    r"(?:\s+(?:province|governorate|district|region|state|city|town|valley|county|area|division|department|"
    # (Nepal's local levels: "the chair of Kuma rural municipality")
    r"prefecture|(?:(?:rural|urban|sub-metropolitan|metropolitan)\s+)?municipality|oblast|township|zone|territory|"
    r"commune|cercle|woreda|locality|sub-county|island))?"
    # the place named before, by its kind: "The mayor of the town, Pavel Orlov, said"
    r"|\s+of\s+the\s+(?:city|town|region|province|district|county|state|municipality))?"
    # where they spoke from: "Taliban officials at the crossing said"
    r"(?:\s+(?:at|on)\s+the\s+(?:border\s+crossing|border|crossing|frontier|scene|camp|site|checkpoint))?"
    # what the body does, in a relative clause: "the Protección Civil unit that runs the shelter said"
    r"(?:\s+(?:that|which)\s+(?:runs|manages|operates|coordinates|oversees|leads|administers)\s+[^,;.]{1,40}?(?=\s))?"
    rf"(?:,\s*[^,]{{1,80}},)?(?:\s+(?:yesterday|today|(?:on\s+)?[A-Z][a-z]+day|earlier|later|also|recently|previously|"
    # a report going on ("The BNGRC further lists …"), and whom the speaker spoke to, between the name and the verb
    # ("Kismayo Mayor Ali Noor who spoke to Radio Dalsan said …")
    r"further|again|separately|late\s+\w+)"
    r"|\s+who\s+(?:spoke|talked)\s+to\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})?"
    # (a comma left after the letters in brackets: "The United Nations Office for … (OCHA), said")
    # (when, between the auxiliary and the verb: "Ivanenko had earlier on Monday announced that")
    rf"(?:(?<=\)),)?\s+(?:(?:has|have|had)\s+(?:(?:also|earlier|later|previously|recently|further)\s+)?"
    r"(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?|(?:was|were)\s+(?=quoted\b))?"
    rf"(?:{_SAYS}|shows?|showed)\b"
)
# two bodies with their letters joined as the subject of one verb: the first named ("The National Relief Board (NRB)
# and the Island Disaster Network (IDN) reported …")
_JOINED_FIRST = re.compile(
    r"(?<![\w'’&])(?P<first>[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and)\s+){0,2}[A-Z][\w'’&.\-]*){0,7}"
    r"\s*\([A-Z][A-Za-z]{1,9}\))\s+and\s+$"
)
# the verb _BODY_BEFORE_CUE ends with, as it stands there (after a space): a sentence without one has no body by it
_SAYS_AFTER_SPACE = re.compile(rf"\s(?:{_SAYS}|shows?|showed)\b")
_FEATURE_AFTER = (
    # (in lower case too, its name of up to four words: "said the Xe Nam Noy dam collapsed")
    r"\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
    r"(?:River|Lake|Sea|Dam|Valley|Mountains?|Volcano|Bay|Gulf|river|lake|dam|reservoir|volcano|levee|embankment)\b"
)
# the day between the verb and who said it, as French and wire copy put it: "said on Tuesday the UN refugee agency"
# ("a précisé jeudi l'Agence des Nations unies pour les réfugiés"), "said on Monday 17 May the United Nations"
_ON_THE_DAY = r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+\d{1,2}(?:\s+[A-Z][a-z]+)?)?"
# when a document was issued, between the verb and who issued it: "a bulletin released at 6pm on Friday by …"
_ISSUED_WHEN = (
    r"(?:\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs|hours)?)?"
    r"(?:\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)?(?:\s*\d{1,2}\s+[A-Z][a-z]+|\s+[A-Z][a-z]+\s+\d{1,2})?)?"
    # the day without "on", its part after it: "a tally published Friday evening by …", "released today by"
    r"(?:\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?"
)
_BODY_AFTER_CUE = re.compile(
    r"(?:\b[Aa]s\s+per\b|(?<![\w.])Per(?=\s+(?:the\s+)?[A-Z])|(?<=,\s)per(?=\s+(?:the\s+)?[A-Z])|"
    # a document of the body's, described in lower case: "Per a new flood report from the NDMO", "according to
    # the rapid assessment update by the Relief Commission" (body:after-cue)
    # (the date in brackets after it, "according to the latest official figures (9 April) from the Secretariat", and
    # "based on", "Based on the latest record of the Provincial Council")
    r"(?:(?<![\w.])[Pp]er|[Aa]ccording\s+to|(?P<based>[Bb]ased\s+on))\s+(?:the|an?|its)\s+"
    r"(?:(?(based)(?:[a-z][a-z\-]+\s+){0,2}?|(?:[a-z][a-z\-]+\s+){1,2}?))(?:data|figures|"
    r"estimates|statistics|numbers|reports?|statements?|tally|count|assessments?|surveys?|update|bulletin|"
    r"(?(based)records?|(?!)))(?:\s+\((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\))?\s+"
    rf"(?:from|by|(?(based)of|(?!))|(?:released|published|compiled|provided|issued)(?:{_ISSUED_WHEN})?\s+by)"
    r"(?=\s+(?:the\s+)?[A-Z])|"
    r"[Aa]ccording\s+to(?:\s+(?:the\s+)?(?:latest|most\s+recent|new|official|preliminary)(?=\s+[A-Z]))?"
    r"(?:\s+(?:the\s+|an?\s+)?(?:latest\s+)?(?:data|figures|estimates|statistics|numbers|reports?|"
    # ("according to information from the Ministry of Local Government")
    r"statements?|tally|count|assessments?|surveys?|census|registration|update|bulletin|information)\s+"
    rf"(?:from|by|of|(?:released|published|compiled|provided|issued)(?:{_ISSUED_WHEN})?\s+by))?|"
    r"(?:data|figures|statistics|numbers|estimates|reports?|updates?|bulletins?)\s+"
    rf"(?:released|published|compiled|provided|issued)(?:{_ISSUED_WHEN})?\s+by|"
    # whatever the document is called: "a camp census produced by IOM and its partners", "…, prepared by OCHA"
    rf"(?<![\w-])(?:produced|prepared|compiled|published(?:{_ISSUED_WHEN}))\s+by|"
    r"(?:registered|reported|recorded|counted|documented|estimated|verified)\s+by|"
    r"(?i:figures|data|estimates|statement|statistics|numbers|reports)\s+(?:from|by)|"
    # (whom a source told is no body: "provincial administrator Sandis Tsaka told the ABC")
    # (not what was said of a river or a lake: "X said the Herbert River was still rising")
    # "Antara quoted the regional disaster agency as saying": whom the relay quoted, in lower case too
    # (in the present tense too: "Kazinform quotes the deputy minister as saying")
    r"quote[sd](?=\s[^,;.]{3,80}?\sas\s+saying\b)|"
    # the verb before its subject, a description in lower case before the body's letters: "…, estimates the national
    # disaster management agency CONASUR"
    # (not whom a source told, not a news agency: "told the state news agency SUNA")
    rf"(?!told\b)(?:{_SAYS})\s+the\s+(?!(?:[a-z]+\s+){{0,3}}news\s)(?:[a-z]+\s+){{0,4}}(?:agency|authority|office|ministry|department|commission|committee|"
    r"organi[sz]ation|body|service|council)(?=\s+[A-Z]{2,8}\b)|"
    rf"report\s+by|citing|cites|(?!told\b)(?:{_SAYS})(?:{_ON_THE_DAY})?(?=\s+(?:the\s+)?[A-Z])(?!{_FEATURE_AFTER}))"
    # the office of the place named before: "…, according to its governor, Babagana Zulum" (body:place-office)
    r"(?:\s+(?P<owner>its|their)(?=\s+(?:mayor|governor|prefect|commissioner|council|municipality)\b))?"
    rf"\s+(?P<body>{_BODY_PHRASE}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)"
)
# a name made an adjective of allegiance before an office: "the army-aligned governor", "the Taliban-appointed mayor"
_ALLIED = re.compile(r"-(?:aligned|backed|run|led|controlled|appointed|installed|allied|supported|affiliated)$")
_ALLIED_ROLE = re.compile(
    r"\s+((?:[a-z]+\s+)?(?:governor|mayor|administrator|commissioner|minister|prefect|official|officials|authorities|"
    r"administration|government|council|spokes(?:man|woman|person)))\b"
)
# the level of government owning a body's proper name: "the state's Civil Defence"
_LEVEL_POSSESSOR = re.compile(
    r"^(?i:state|country|province|region|district|city|county|town|municipality|territory|island|area)['’]s\s+(?=[A-Z])"
)
# a place's name before the level of government owning an office in lower case: "Benue state's relief commissioner"
_LEVEL_OWNS = re.compile(r"(?:state|province|region|district|county|city)['’]s\s+[a-z]")
_NAME_BEFORE_LEVEL = re.compile(r"(?<![\w'’-])([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+$")
# a level of government before an office's proper name: "the provincial Humanitarian Affairs Division"
_LEVEL_BEFORE_NAME = re.compile(
    r"(?i:regional|state|provincial|district|municipal|county|city|federal|national)\s+[A-Z][\w'’\-]+\s+[A-Z]"
)
# a headline closed by its source after a dash or a colon, with no final full stop: "Rains drive 6,100 from homes -
# Interior Ministry", "… in Sagaing – Red Cross", "Some 14,000 flee fighting in Ituri: UNHCR"
# the verb a headline may close with after its source: "… – NADMO confirms", "… - UNHCR SAYS"
_HEADLINE_VERB = r"(?i:says|said|confirms|confirmed|reports|reported|warns|announces|states)"
_HEADLINE_SOURCE = re.compile(
    r"(?:\s[-–—]|:)\s+(?P<body>[A-Z][\w'’&.\-]*(?:\s+(?:(?:of|for|and|the)\s+)?"
    rf"(?!{_HEADLINE_VERB}\s*$)[A-Z][\w'’&.\-]*){{0,6}}"
    # or an office in lower case, as wire headlines write it: "Floods displace 7,000 in Lori - emergencies ministry"
    r"|(?:[A-Z][a-z]+['’]s\s+)?(?:[a-z]+\s+){0,3}(?:ministry|agency|authority|office|department|service|governor|police|army|military|"
    r"government|spokes(?:man|woman|person)|officials?|minister|mayor))"
    rf"(?:\s+{_HEADLINE_VERB})?\s*$"
)
# what kind of organisation the body named before is: "the aid group said", "the medical charity added"
_DESCRIBED = r"(?:aid|humanitarian|relief|medical|rights|charitable|non-governmental|non-profit|international)"
_KINDS = r"(?:group|organi[sz]ation|charity|agency|body)"
_DESCRIBED_KIND = re.compile(_DESCRIBED + r"\s+" + _KINDS)
# a body named again by a noun or a pronoun: "The agency said …", "It added that …"
_ANAPHOR = re.compile(
    r"(?:(?:^|[,;]\s+|(?<=[,!?][\"”]\s)|\b(?:and|but)\s+)(?:(?:(?:[Tt]he|His|Her|Its)\s+(?:UN\s+|"
    + _DESCRIBED
    + r"\s+(?="
    + _KINDS
    + r"\b))?(?P<noun>agency|organi[sz]ation|ministry|office|department|"
    r"authority|council|commission|committee|mission|(?:public\s+)?body|entity|group|government|society|service|centre|center|unit|"
    r"cluster|directorate|secretariat|institute|federation|network|coalition|charity))|It|They|(?<=,\s)it|"
    # what the body named before published, or its own voice in a release: "The report says …", "The statement
    # added that …", "We estimate that …" (no body of its own)
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:latest|new|same|full|joint)\s+)?(?:report|statement|update|bulletin|release|"
    r"sitrep|assessment)|We|"
    # the spokesperson of the body named before going on: "UNRWA said that … . She added that among those displaced …"
    r"(?:She|He)(?=\s+(?:also\s+)?(?:added|said|noted|stated|disclosed|explained|revealed)\s+(?:that\b|(?:about\s+|some\s+|over\s+|nearly\s+)?\d)))|"
    # a quotation closed by its speaker: '"Every day, 2,000 people cross into Ouaddaï," she said.'
    r"(?<=[,!?][\"”] )(?:she|he|they|She|He|They)|"
    # a person named before speaking again after a comma: "…, he said.", "In addition, she said 400 …"
    r"(?<=,\s)(?:she|he)(?=\s+(?:also\s+)?(?:said|says|added|noted|stated|explained|disclosed|confirmed)\b)"
    r")"
    # "the agency's latest situation report says"
    r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?:report|update|statement|figures|data|bulletin|assessment|sitrep)s?)?"
    r"\s+(?:also\s+|later\s+)?(?:(?<=We\s)(?:have\s+|had\s+)?)?"
    r"(?:said|says|added|adds|reported|reports|estimated|estimates|noted|stated|warned|recorded|registered|counted|"
    r"announced|explained|disclosed|confirmed|shows?|showed|(?<=body\s)lists|(?<=body\salso\s)lists|"
    r"(?<=report\s)mentioned|(?<=report\s)mentions|"  # "the report mentioned": what the outlet before reported
    r"(?<=We\s)(?:estimate|count|have\s+counted|have\s+registered|have\s+recorded)|"
    # "The report identified 113,000 internally displaced people": what the report found
    r"(?<=report\s)(?:identified|identifies|found|finds|documented|documents|cites))\b"
)
# a body named again after "according to": "According to the organisation, 351 more people left …"
# (body:anaphor)
_ACCORDING_TO_ANAPHOR = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:the|this|that)\s+(?P<noun>agency|organi[sz]ation|ministry|office|department|authority|"
    r"commission|committee|mission|society|service|directorate|federation|charity)\s*[,;]"
)
# an organisation's letters named before "the agency" in the same sentence: "UNRWA shelters now host over 1 million
# IDPs, the agency's latest situation report says"
_LETTERS_BEFORE = re.compile(r"(?<![\w'’])(?:[A-Z]{2,8}|[A-Z][a-z]{0,2}[A-Z][A-Za-z]{1,8})(?![\w'’])")
# the office's own field in lower case between the office and its body: "head of operations at", "deputy director of
# emergency response for", "chief of field logistics with"
_OFFICE_FIELD = (
    r"(?:(?:of|for)\s+(?!(?:the|a|an)\s)[a-z]+(?:\s+[a-z]+){0,2}?\s+(?=(?:at|for|with|of)\s+(?:the\s+)?[A-Z]))?"
)
# a person named for a body: "said Joao Silva, a spokesman for the INGC", "…, according to Ana Lopes, head of OCHA"
_SPOKESPERSON_FOR = re.compile(
    # the person's name may be left out: "said the head of the local camp committee"
    r"\b(?:said|says|told|[Aa]ccording\s+to)\s+(?:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3},\s+)?(?:(?:an?|the)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:spokesman|spokeswoman|spokesperson|official|director|head|chief|representative|"
    r"coordinator|commissioner|officer|manager|chairman|chairwoman|chairperson|chair|leader)(?:[- ]general)?\s+"
    rf"{_OFFICE_FIELD}(?:for|of|with|at|from)"
    # "said Mamadou Dian Balde, who heads UNHCR's office in Kenya"
    r"|who\s+(?:heads|headed|leads|runs|directs|chairs)(?:\s+the)?)\s+"
    rf"(?P<body>{_BODY_PHRASE}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)"
)
# an office-holder speaking for the body: "Prime Minister Kassim Majaliwa said", "Ukraine's Interior Minister Ihor
# Klymenko said", "the Humanitarian Coordinator said", "Governor Oleh Syniehubov said"
_TITLE_WORDS = re.compile(
    r"(?i)\b(?:delegate|Minister|Ministers|Secretary|Governor|Premier|Mayor|Commissioner|Coordinator|President|Prefect|Chancellor|"
    r"Administrator|Ombudsman|Spokesperson|Spokesman|Spokeswoman|Envoy|Rapporteur|leaders?|chiefs?|elders?|representatives?|Collector|"
    r"Magistrate|Director|Superintendent|Officer|Chair(?:man|woman|person)|Commander)\b"
)
# words that make a capitalised name an organisation's ("Save the Children", "World Vision", "Médecins Sans
# Frontières", "Concern Worldwide"), where a person's name would be no body
_ORG_NAME_WORDS = re.compile(
    r"\b(?:International|Worldwide|Relief|Rescue|Vision|Children|Frontières|Borders|Caritas|Mercy|Concern|Amnesty|"
    r"Solidarités|Inclusion|Humanity|Aid|Action|Care|Foundation|Trust|Society|Alliance|Initiative|Partners)\b"
)
# a branch of an organisation named by its office: "the Sahel regional office of OCHA"
_BRANCH = re.compile(
    r"(?:[A-Z][\w'’-]*\s+)?(?i:regional|country|field|sub-?|area|liaison|national|provincial)\s*(?i:office|bureau)"
)
_OFFICE_OF = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?([A-Z][\w&'’.\-]*(?:\s+(?:(?:for|of|and|the)\s+)?[A-Z][\w&'’.\-]*){0,6})"
)
# an office after a place's name, a person's name after it: "Derna mayor Abdulmenam al-Ghaithi said"
_OFFICE_AFTER = re.compile(
    r"\s+(mayor|governor|prefect|commissioner)\s+(?:(?:al|el|de|da|van|von|bin|ibn|ould)[\s-])?[A-Z]"
)
# a rank written before an office, alone as a capitalised word ("Deputy mayor", "Acting governor")
_RANK_ALONE = re.compile(r"Deputy|Acting|Vice|Assistant|Interim|Senior|Chief|Principal")
_ORG_BRANDS = frozenset("Oxfam Caritas Tearfund Trócaire Medair Welthungerhilfe Cordaid Malteser Diakonie".split())
# an administration named by its seat alone: "the prefecture said", "the district said"
_OFFICE_ALONE = re.compile(
    r"(?i:prefecture|municipality|governorate|district|county|province|city\s+hall|town\s+hall|state|city|town|"
    # the head of state's office: "the presidency said"
    r"presidency)"
    r"(?:\s+of\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?"
)
# the person first: "Joao Silva, a spokesman for the INGC, said", "Maria Lopez, head of the regional civil
# protection office, told reporters"
_SPOKESPERSON_OF_BEFORE = re.compile(
    r"\b[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|ould)[\s-])?[A-Z][\w'’\-]+){0,3},\s+(?:(?:(?:an?|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|official|director|head|chief|representative|"
    # ("Ade Okon, director general of the Flood Emergency Agency (FEA), told AFP")
    rf"coordinator|commissioner|officer|manager)(?:[- ]general)?\s+{_OFFICE_FIELD}(?:for|of|with|at|from)"
    # "Mary Obi, who heads the Northern Relief Board, told reporters"
    r"|who\s+(?:heads|headed|leads|led|runs|directs|chairs|coordinates)(?:\s+the)?(?=\s+[A-Z]))\s+"
    rf"(?P<body>{_BODY_PHRASE}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)"
    # (its people there: "who leads the Nigerian Red Cross team there")
    r"(?:\s+(?:team|office|mission|operations?|delegation)(?:\s+(?:there|here))?)?"
    # (where the body works: "spokesperson for the General Coordination of … Camps in Darfur, confirmed")
    r"(?:\s+in\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?"
    rf",\s+(?:{_SAYS})\b"
)
# no person named, the spokesperson opening the clause: "A spokesperson for the Malawi Red Cross said …"
_SPOKESPERSON_OPENS = re.compile(
    r"(?:^\s*|,\s+|\band\s+)(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:spokesman|spokeswoman|spokesperson|representative)\s+"
    rf"(?:for|of|with|from)\s+(?P<body>{_BODY_PHRASE}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)\s+(?:{_SAYS})\b"
)
# who owns an office written in apposition with no article: a place or a body by its capitalised name ("Benue
# region's", "Kano State's", "Flood Relief Board"), and the office itself
_OWNER_NO_ARTICLE = (
    r"[A-Z][\w\-]+(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w\-]+){0,5}"
    # (the office's field in lower case only after an owner's "'s": "Kano State's emergency coordinator")
    r"(?:(?:\s+(?:region|state|province|district|county|city|municipality|government|ministry|agency))?['’]s"
    r"(?:\s+[a-z]+)?)?"
)
_OFFICE_NO_ARTICLE = (
    r"(?:spokes(?:man|woman|person)|official|chief|head|representative|director|coordinator|governor|mayor)"
)
# the person first, the office in apposition: "Chad Roberts, the county's emergency manager, said" (an office
# or an organisation's word in it, checked where the match is taken)
_APPOSITIVE = re.compile(
    r"\b[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|ould)[\s-])?[A-Z][\w'’\-]+){0,3},\s+"
    rf"(?P<body>(?:an?|the|its|their)\s+[^,;]{{3,80}}?"
    # or the organisation's letters before the role, with no article: "Matthew Saltmarsh, UNHCR spokesperson, told"
    r"|[A-Z]{2,8}\s+(?:spokes(?:man|woman|person)|official|chief|head|representative|director|coordinator)"
    # or a place or a body owning the office, with no article: "Ada Eze, Benue region's spokesman, said", "Ada Eze,
    # Flood Relief Board spokesperson, told reporters"
    rf"|{_OWNER_NO_ARTICLE}\s+{_OFFICE_NO_ARTICLE}(?:\s+(?:of|for)\s+[a-z]+)?)"
    # (the perfect too: "…, Ade Okon, the Flood Relief Board (FRB) zonal coordinator, has said")
    # (a claim is said too: "Ama Tiro, the acting relief coordinator for Kuma, claims there are 400 …")
    rf",\s+(?:(?:has|have|had)\s+)?(?:{_SAYS}|claims|claimed)\b"
)
# an office-holder's title in lower case: "minister", "deputy governor", "commander"
_OFFICE_NOUN = (
    r"(?:minister|secretary|governor|mayor|commissioner|coordinator|director|spokes(?:man|woman|person)|official|"
    r"officer|envoy|administrator|collector|magistrate|superintendent|prefect|president|chairman|chairwoman|"
    r"chairperson|chief|head|representative|delegate|manager|executive|commander)(?:[- ]general)?"
)
# the person after the verb, then the office held: '"The camps are full," said Abdirahman Ali, the Mudug regional
# governor, adding …', "according to Ali Hassan, the district commissioner." (an office or an organisation's word in
# it, checked where the match is taken)
_SAID_NAME_OFFICE = re.compile(
    # (a courtesy title with its stop before the name: "according to Mrs. Ana Ruiz, the minister of …")
    r"\b(?:said|says|added|adds|explained|explains|[Aa]ccording\s+to)\s+(?:(?:Mrs|Mr|Ms|Dr|Prof|Eng|Hon)\.\s+)?"
    r"[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|ould)[\s-])?"
    r"[A-Z][\w'’\-]+){1,3},\s+"
    # (not "a spokesman for the local authority": the body is the one the spokesman speaks for)
    r"(?!(?:an?|the)\s+(?:[\w-]+\s+)?(?:spokes\w+|official|director|head|chief|representative|coordinator|officer|"
    r"manager|chair\w*|leader)\s+(?:for|of|with|at|from)\s)"
    r"(?P<body>(?:(?:an?|the)\s+|[A-Z][\w\-]+(?:\s+(?:region|state|province|district|county|city))?['’]s\s+"
    # or a place's office-holder with no article: "said Issa Bako, mayor of Kandi"
    r"|(?=(?i:mayor|governor|prefect|district\s+commissioner|county\s+commissioner)\s+of\s+(?:the\s+)?[A-Z])"
    # or an office in lower case with its field or seat, no article: "said Ada Eze, deputy governor of social affairs
    # in the Kuma region", "said Ama Tiro, acting director for relief at the Flood Board"
    rf"|(?=(?:[a-z]+[\s-]){{0,3}}?{_OFFICE_NOUN}\s+(?:of|for|in|at)\s))"
    r"[^,;.()\"“”]{3,60}?)(?=\s*(?:[,;.]|$))"
)
# the body's own people opening the sentence: "Its volunteers had helped move 3,400 families …", "Their teams
# recorded …" (the body named before, as "the agency said" names it again)
_POSSESSIVE_ANAPHOR = re.compile(
    r"\s*(?:Its|Their|Our)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:volunteers|teams|staff|monitors|enumerators|workers|rescuers|"
    r"personnel|branches|partners)\b"
)
# a unit inside an office, the unit speaking: "The Disaster Management and Mitigation Unit in the Office of the Vice
# President said" (the unit, not the office it sits in)
_UNIT_IN_OFFICE = re.compile(
    r"(?<![\w'’&])(?:[Tt]he\s+)?(?P<body>[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and|the)\s+){0,2}[A-Z][\w'’&.\-]*){0,7}"
    r"\s+(?:Unit|Department|Division|Directorate|Centre|Center|Cell|Secretariat|Commission|Agency|Committee))"
    r"\s+(?:in|within|under|at)\s+the\s+(?:Office|Ministry|Presidency|Department)\b[^,;.]{0,60}?\s+"
    rf"(?:{_SAYS})\b"
)
# an organisation owning the zone its office-holder covers: "NEMA's North-East zonal coordinator"
_OWNER_OF_ZONE = re.compile(
    r"^([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})['’]s\s+(?:North|South|East|West|Central|Northern|Southern|Eastern|"
    r"Western)(?:[- ]?(?:East|West|east|west|Central))?$"
)
# the offices a place owns, named after it: "Cabo Delgado's governor said", "Goma's mayor told AFP"
_PLACE_OFFICES = frozenset({"governor", "mayor", "prefect", "commissioner"})
_PLACE_OWNING = re.compile(r"[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*)?['’]s")
# an office-holder's title after a service named in lower case: "the civil protection coordinator"
_ROLE_AFTER = re.compile(r"\s+(coordinator|director|chief|commissioner|manager)\b")
# an owner's pronoun before a body's noun: "His government later said …"
_OWNER_PRONOUN = re.compile(r"\b(?:His|Her|Its|his|her|its|Our|our|Their|their)\s$")
# the kind of organisation alone, standing for one named before: "The group said …", "the charity said"
_KIND_NOUNS = frozenset(
    "group organisation organization society body charity agency federation network coalition institute".split()
)
_SPOKESPERSON_WORDS = re.compile(
    r"spokes|official|director|head|chief|representative|coordinator|commissioner|officer|manager|chair|leader|"
    r"who\s+(?:leads|led|runs|directs)"
)
# a person of or from an organisation after the verb: "said Mary Obi of the Northern Relief Board",
# "according to Dr. Ana Lopes from the Nigerian Red Cross" (the organisation checked where the match is taken)
_PERSON_OF_ORGANISATION = re.compile(
    r"\b(?:said|says|told|[Aa]ccording\s+to)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’\-]+"
    r"(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|ould)[\s-])?[A-Z][\w'’\-]+){1,3}\s+(?:of|from|with)\s+(?:the\s+)?"
    rf"(?P<body>{_BODY_PHRASE}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)"
)
# an organisation's name before the role of the person in apposition: "Mary Obi, the Nigerian Red Cross country
# director, said" → the organisation
_ORGANISATION_THEN_ROLE = re.compile(
    r"(?P<organisation>[A-Z][\w'’&.\-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’&.\-]*){0,6})\s+(?:[a-z]+\s+){0,2}?"
    r"(?:director|manager|coordinator|spokes(?:man|woman|person)|representative|head|chief|officer|official)"
    r"(?:[- ]general)?"
    r"(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+)?)?"  # the role's field: "the FEA's head of operations"
)
_NOT_BODIES = {
    "local reports",
    "local sources",
    "local media",
    "witnesses",
    "residents",
    "local residents",
    "activists",
    "local activists",
    "sources",
    "reports",
    "media reports",
    "it",
    "he",
    "she",
    "they",
    "we",
}
# a source that names no body, only a kind of people or of unnamed groups (the project's labelling convention):
# "officials", "a local official", "local authorities", "aid workers", "residents", "witnesses", "local sources",
# "aid agencies", "humanitarian partners", "a local rights group". A level of government makes one a body
# ("regional officials", "county officials", "the provincial authorities"), and so does a named organisation
# ("UN officials", "officials of the Red Crescent")
_GENERIC_SOURCE = re.compile(
    r"(?:an?\s+|the\s+|some\s+)?(?:local\s+|senior\s+|unnamed\s+|international\s+|humanitarian\s+|"
    r"regional\s+(?=sources|partners))?"
    r"(?:officials?|(?<=local\s)authority|authorities|sources|aid\s+workers?|relief\s+workers?|humanitarian\s+workers?|residents|"
    # "Health workers recorded 1,340 cholera cases among …, MSF said": people at work, not a body
    r"(?:health|medical)\s+workers?|doctors|nurses|volunteers|"
    r"villagers|locals|witnesses|eyewitnesses|survivors|activists|elders?|leaders|community\s+leaders?|aid\s+agencies|"
    r"(?:humanitarian|relief)\s+agencies|aid\s+groups|relief\s+groups?|rescue\s+groups|rights\s+groups?|partners|media|NGOs|"
    r"(?:aid\s+|humanitarian\s+|relief\s+)?organi[sz]ations)",
    re.IGNORECASE,
)
# an organisation the unnamed people belong to, named after them: "officials of the Kenya Red Cross said"
_GENERIC_OF = re.compile(
    r"\s+(?:of|from|with|at|for)\s+(?:the\s+)?([A-Z][\w&'’.\-]*(?:\s+(?:(?:for|of|and|the)\s+)?[A-Z][\w&'’.\-]*){0,6})"
)


# a service or field named before "officials": "border officials", "civil protection officials", "prefectural
# officials" (a level of government or an organisation's own name before them is read by the body phrase itself)
_FIELD_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z]+\s+)?\b(?i:border|customs|health|camp|police|civil\s+protection|civil\s+defen[cs]e|fire|refugee|"
    r"migration|immigration|prefectural|security|forestry|electoral|election|port|airport|coast\s?guard|interior|"
    r"relief|disaster|emergency)\s+$"
)
# a level of government's officials joined to a generic source as one subject: "county officials and aid workers told"
_LEVEL_AND_GENERIC = re.compile(
    r"(?<![\w'’-])((?i:state|county|regional|provincial|district|federal|municipal|city|government)\s+"
    r"(?:officials|authorities))\s+and\s+(?:the\s+)?$"
)
# a country the unnamed officials serve, named after them: "authorities in Taiwan have reported", "officials in
# Malawi said" are a nation's authorities (a body, as "Kyrgyz officials" is); "authorities in the Ahr valley" or in a
# town are not
_IN_A_NATION = re.compile(r"\s+in\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s+(?:have\s+|has\s+|had\s+)?[a-z])")
# a nationality after the noun, in the word order of a glossed French or Arabic text: "the authorities ghanéennes"
# (or the space the gloss leaves where it took one out: "according to the Authorities .")
_NATIONALITY_AFTER = re.compile(
    # (or a French field adjective after the noun: "the Authorities sanitaires", "militaires"; not "locales")
    r"\s\s|\s+(?:[\u0600-\u06ff]+|(?!locales?\b)[a-zà-ÿ]*(?:ennes?|aises?|aines?|oises?|aires?|ales?|[éè])\b|[.,;])"
)
# who ordered something is not who reports it when the sentence names a source after: "…, the governor said"
_SAID_BEFORE = re.compile(r"\s(?:said|says|told\s+\w+|reported|added)\s*,\s*$")
_ORDERED_END = re.compile(r"\bordered$")
_SAID_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[\w'’ .-]{2,80}?\s+(?:said|says|told|reported|added|stated)\b")
_SPEAKS = re.compile(
    r"\b(?:said|says|say|told|reported|reports|report|estimated|estimates|estimate|added|noted|stated|warned|"
    r"confirmed|informed|announced)$"
)


# an office of a level of government named by its field in lower case: "provincial humanitarian affairs division"
_LOWER_CASE_OFFICE = re.compile(
    r"(?i:regional|state|provincial|national|federal|district|county|municipal)\s+(?:[a-z]+\s+){1,4}?"
    r"(?i:division|directorate|department|bureau|commission|secretariat|agency|unit)"
)


# an office or office-holder in lower case speaking after the count, closing the sentence: "…, the county
# executive said", "the camp's administrator said", "the police department's spokesman said", "the provincial
# DRRMO said", "the diocese of Goma said", "the UN aid office said", "Sofala disaster management said"
_HOLDER = (
    r"(?:executive|minister|administrator|commandant|officer|commissioner|collector|governor|mayor|prefect|sheriff|"
    r"superintendent|magistrate|chairperson|chairman|chairwoman|secretary|director)"
)
_OFFICE_SAID = re.compile(
    r"(?:,|\band)\s+(?:the\s+)?(?P<body>"
    # "the island's administrator", "the sheriff's department"
    rf"(?:(?!the\s|and\s)[a-z]+\s+)?(?:[a-z]+|[A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+){{0,2}}(?:department|office|administration|{_HOLDER}"
    r"|spokes(?:man|woman|person))"
    # "the county executive", "the upazila nirbahi officer" (not "the local officer")
    rf"|(?!(?:local|senior|unnamed|former|same|other|an?|one)\s)(?:(?!the\s|and\s)[a-z]+\s+){{1,3}}{_HOLDER}"
    # "the provincial DRRMO", "the city DRRMO"
    r"|(?:provincial|regional|state|district|city|municipal|county|town|village|barangay)\s+[A-Z]{2,8}"
    r"|(?:arch)?diocese\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"|[A-Z]{2,6}\s+(?:[a-z]+\s+){0,2}(?:office|agency|commission|mission|management|department)"
    # "the police department said", "the fire service reported"
    r"|(?:police|fire)\s+(?:department|service)"
    r")\s+(?:has\s+|had\s+)?(?:said|says|told|reported|added|stated|announced)\b"
)

# the same office opening the sentence, or with its place or its charge after it: "The central disaster
# headquarters said …", "Peru's risk management secretariat said …", "the administrator of Kalehe territory said",
# "the provincial government of Sofala said", "the UN agency for Palestine refugees said"
_OFFICE_OF_SAID = re.compile(
    r"(?:^\s*|,\s+|\band\s+)(?:[Tt]he\s+|(?P<owner>[A-Z][\w'’-]+)['’]s\s+)(?P<body>"
    rf"(?:(?!the\s|and\s)[a-z]+\s+){{0,3}}(?:(?P<holder>{_HOLDER})|headquarters|secretariat|government|administration|"
    r"ministry|directorate)(?P<of>\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:de|del|la|[A-Z][\w'’-]+)){0,3}"
    r"(?:\s+(?:territory|province|district|county|state|region|municipality|city))?)?"
    r"|UN\s+(?:[a-z]+\s+){0,2}(?:agency|office)\s+for\s+(?:[A-Z][a-z]+\s+)?[a-z]+"
    r")\s+(?:has\s+|had\s+)?(?:said|says|told|reported|added|stated|announced)\b"
)

# a government or administration with the place it governs, speaking: "the provincial government of Sofala said",
# "The regional administration of Tigray reported" (the place is the body's, not cut off)
_GOVERNMENT_OF_SAID = re.compile(
    r"(?:^\s*|,\s+|\band\s+)[Tt]he\s+(?P<body>(?:(?:provincial|regional|state|district|county|municipal|city|"
    r"local|national|federal|interim|transitional)\s+)?(?:government|administration)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:de|del|la|[A-Z][\w'’-]+)){0,3})\s+(?:has\s+|had\s+)?"
    r"(?:said|says|told|reported|added|stated|announced)\b"
)
_GOVERNMENT_OF = re.compile(r"(?:ment|tion)\s+of\s")


def _generic(raw: str) -> bool:
    return bool(_GENERIC_SOURCE.fullmatch(raw.strip()))


_ORG_WORDS = re.compile(
    r"\b(?:agency|organi[sz]ation|council|councils|office|committee|ministry|observatory|network|centre|center|"
    r"cluster|authority|authorities|crescent|cross|programme|program|fund|commission|group|watch|coalition|"
    r"government|defence|defense|nations|union|bank|institute|foundation|unit|department|federation|mission|"
    r"officials|workers|groups|monitors|agencies|organisations|organizations|police|army|military|forces|"
    r"rescuers|medics|service|corporation|administration|managers|management|governor|mayor|guard|guards|"
    r"coordinators|media|television|manager|official|matrix|tracking|agency|commission|council|partners|brigade|association|union|envoy|rapporteur|society|headquarters|"
    r"directorate|inspectorate|delegation|command|secretariat|navy|gendarmerie|task\s+force|ngos?|charity|charities|teams?|workers?|civil\s+protection|services|platform|"
    # Sudan's mutual-aid groups: "Emergency Response Rooms in East Nile said"; civil defence in the region's words
    r"rooms|defesa\s+civil|protec(?:ç|c)ão\s+civil|protección\s+civil|protection\s+civile)\b",
    re.IGNORECASE,
)


# every cue the two patterns below need: a sentence without one has no body by them (a cheap test first)
_ANY_CUE = re.compile(
    rf"\b(?:according\s+to|based\s+on|by|from|citing|cited|cites|quotes|per|shows?|showed|{_SAYS}|claims|claimed|"
    r"mentioned|mentions)\b",
    re.IGNORECASE,
)
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# the date of a citation: "2 March 2017", "March 2, 2017", "2 Mar 2017", "2 March", "March 2017", "3/3/2017",
# "2017-03-02", "2017"
_CITED_DATE = (
    rf"\d{{1,2}}\s+{_MONTH_NAME}(?:,?\s+\d{{4}})?|{_MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|{_MONTH_NAME}\s+\d{{4}}|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}"
)
# a bracketed citation, IDMC's and ReliefWeb's way: "(DSWD, 2 March 2017)", "(IFRC disaster update, 25 January
# 2017, on file with IDMC)", or letters alone closing the sentence: "(ONEMI)"
_CITATION = re.compile(
    r"(?:[(\[]|;\s+)(?P<body>[A-Z][\w&'’.\-]*(?:\s+(?:of|for|and|the|de|du|des|/)?\s*[A-Z&][\w&'’.\-]*){0,6})"
    r"(?:\s+(?:[A-Za-z]+\s+){0,3}?(?:[Uu]pdate|[Rr]eport|[Rr]elease|[Ss]itrep|[Bb]ulletin|[Ss]tatement|[Nn]ote|"
    r"[Aa]ssessment|[Dd]ashboard|[Ss]napshot|[Oo]verview|[Aa]lert)(?:\s+(?:No\.?|#)\s*\d+)?)?"
    rf"(?:,\s*(?:{_CITED_DATE})|\s+(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}),?\s+\d{{4}}"
    r"|\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"  # "(OCHA 4/3/2024)"
    r"(?=[^()\[\]]{0,80}[)\]])"
    r"|\((?P<letters>(?:[A-Z][A-Z-]{1,11}|[A-Z][a-z]{1,2}[A-Z]{2,6})(?:\s+[A-Z][a-z]+){0,2})\)\s*(?:[.;]|$)"
    # an organisation's name alone closing the sentence: "(Turkish Red Crescent).", "(Save the Children)."
    r"|\((?P<name>[A-Z][\w'’\-]+(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\w'’\-]+){1,5})\)\s*(?:[.;]|$)"
    r"|(?:\(|^|(?<=[.;]\s))[Ss]ources?:\s*(?P<source>[A-Z][\w&'’.\-]*(?:\s+(?:of|for|and|the)?\s*[A-Z&][\w&'’.\-]*){0,6})"
)
# a line that only names the source of what stands above it: "Source: IOM DTM Haiti", "Sources: OCHA, UNHCR",
# "(Source: NDRRMC Situational Report No. 7)", "Data: INGD, 19 March 2023"
_SOURCE_LINE = re.compile(
    r"\s*[(\[]?\s*(?:[Ss]ources?|SOURCES?|[Dd]ata(?:\s+source)?|[Ff]igures)\s*(?::|–|—|-)\s*"
    r"(?P<source>[A-Z][^\n]{0,150}?)\s*[)\]]?\s*\.?\s*"
)
# what follows a source's name on its line: the document, its number, its date, the other sources
_SOURCE_DOCUMENT = re.compile(
    r"\s*(?:[,;(]|\s(?:and|&)\s|\s(?:[Ss]ituation(?:al)?\s+[Rr]eports?|[Ff]lash\s+(?:[Uu]pdate|[Rr]eport|[Aa]ppeal)|"
    r"[Rr]eports?|[Uu]pdates?|[Bb]ulletins?|[Ss]itreps?|[Dd]ashboards?|[Ss]napshots?|[Ss]tatements?|[Pp]ress\s+[Rr]elease|"
    r"[Aa]ssessments?|[Ss]urvey|No\.?\s*\d|#\s*\d|\d)\b)"
)


def source_line(sentence: str, gazetteer: Gazetteer) -> tuple[str, int | None] | None:
    """The body a sentence names when it is only a source line ("Source: IOM DTM Haiti"): (as written, body id)."""
    match = _SOURCE_LINE.fullmatch(sentence)
    if not match:
        return None
    raw = match.group("source")
    cut = _SOURCE_DOCUMENT.search(raw)
    raw = (raw[: cut.start()] if cut and cut.start() > 0 else raw).strip(" ,.;:")
    if not raw or _is_news_agency(raw) or raw.lower() in _NOT_BODIES:
        return None
    return _resolve_body(raw, gazetteer) or (raw, None)


# news agencies publish what a body said; "…, AFP reported" names the publisher, not the body
_NEWS_AGENCIES = frozenset(
    "afp reuters ap associated press xinhua ani pti ians anadolu anadolu agency efe dpa bernama kyodo yonhap tass "
    "ria novosti interfax bbc cnn al jazeera upi irin the new humanitarian sana irna antara vna app".split(" ")
)
_NEWS_AGENCY_NAMES = frozenset(
    {"associated press", "anadolu agency", "ria novosti", "al jazeera", "the new humanitarian"}
)


# a news outlet relays what a body said ("According to Angola news agency ANGOP, Luanda fire department have
# reported …"): it is the body only when it names no other
_OUTLET = (
    r"\b(?:news\s+agency|(?<!management\s)(?<!protection\s)(?<!response\s)agency|newspaper|daily|radio|television|"
    r"broadcaster|outlet|broadcasting\s+corporation)$"
)  # (not a government's agency by its field: "the crisis management agency")


@lru_cache(maxsize=4096)  # depends on the words alone: worked out once per phrase
def _is_news_agency(raw: str) -> bool:
    key = re.sub(r"^(?:the|official|state)\s+", "", name_key(raw))
    if key in _NEWS_AGENCY_NAMES or (" " not in key and key in _NEWS_AGENCIES):
        return True
    # "the official Xinhua news agency", "Anadolu news agency"
    named = re.fullmatch(r"(.+?)\s+(?:news\s+agency|news|agency)", key)
    return bool(named) and (named.group(1) in _NEWS_AGENCIES or named.group(1) in _NEWS_AGENCY_NAMES)


# a kind of body before its letters: "Turkey's disaster agency AFAD", "the UN refugee agency IOM": the letters name it
_KIND_BEFORE_LETTERS = re.compile(r"[^()\"“]*\b(?:agency|office|organi[sz]ation|body|chief|coordinator)\s+([A-Z]{2,8})")


def names_an_organisation(before: str, sentence: str) -> bool:
    """Whether the text before a sentence, or the sentence itself, names anything "the agency" could stand for: an
    organisation's letters or a word of an organisation's name ("UNHCR expects …", "The National Institute for …
    gave its assessment"); where none is named, "the agency said" names no body."""
    letters = (m.group() for text in (before, sentence) for m in _LETTERS_BEFORE.finditer(text))
    return any(named not in _ARMED_GROUPS for named in letters) or bool(_ORG_WORDS.search(before))


def _body_in(sentence: str, gazetteer: Gazetteer) -> BodyMention | None:
    """The reporting body a sentence attributes its figure to: (as written, body id, rule) or None."""
    found = _body(sentence, gazetteer)
    if found and (kind := _KIND_BEFORE_LETTERS.fullmatch(found[0])):
        entry = gazetteer.bodies.get(name_key(kind.group(1)))
        found = (kind.group(1), entry[0] if entry else None, found[2])
    if found is None and HOLDER_NAMES.get() and _OFFICE_NOUN_SEEN.search(sentence):
        found = _office_holder(sentence, gazetteer)
    if found and found[0] and found[2] in _HOLDER_RULES and HOLDER_NAMES.get():
        found = (_with_holder(sentence, found[0], gazetteer), *found[1:])
        found = (_named_holder(sentence, found[0], gazetteer), *found[1:])
        found = (_person_for_body(sentence, found[0], gazetteer), *found[1:])
    return BodyMention(*found) if found else None


# (off while a glossed French or Arabic text is read: its bodies are given back as the original writes the office)
HOLDER_NAMES: ContextVar[bool] = ContextVar("holder_names", default=True)
# the rules whose office-holder's title may have its organisation after it
_HOLDER_RULES = frozenset(
    {rules.BODY_BEFORE_CUE, rules.BODY_AFTER_CUE, rules.BODY_SAID_NAME_OFFICE, rules.BODY_PLACE_OFFICE}
)
_HOLDS_OFFICE = re.compile(rf"(?i:\b{_OFFICE_NOUN}\b)")
# a person's name: a courtesy title or rank, initials, then two to four capitalised words ("Insp Willy Marcel
# Higiro", "R.K. Ranjan", "Mr. Yaw Boateng", "Abdulmenam al-Ghaithi")
_PERSON = (
    r"(?P<person>(?:(?:Mr|Mrs|Ms|Dr|Prof|Eng|Hon|Insp|Lt|Col|Gen|Capt|Maj|Sgt|Supt|Cmdr|Rev)\.?\s+)?"
    r"(?:(?:[A-Z]\.\s?){1,3}|[A-Z]\s+)?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*"
    r"(?:\s+(?:(?:al|el|de|da|dos|van|von|bin|ibn|ould)[\s-])?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*){0,3})"
)
# the organisation after its office-holder's title, between commas: "the Director General, NEMA, said"
_ORGANISATION_AFTER = re.compile(r",\s+([A-Z][\w&'’.\-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w&'’.\-]*){0,7}),")
_NOT_A_NAME = re.compile(
    r"(?:The|A|An|According|In|On|At|For|Of|And|But|As|Since|Meanwhile|However|Said|Says|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b(?!\.)|.*\b(?:Office|Ministry|Department|Agency|Authority|Council|Commission|"
    r"Committee|Service|Services|Government|Republic|State|Province|Region|District|County|City|Centre|Center|"
    r"Unit|Bureau|Board|Directorate|Secretariat|Cross|Crescent|Nations)\b"
)


def _a_person(name: str, gazetteer: Gazetteer) -> bool:
    words = name.split()
    return (
        (len(words) >= 2 or "." in name)
        and not _NOT_A_NAME.match(name)
        and not _TITLE_WORDS.search(name)
        and not _ORG_NAME_WORDS.search(name)
        and gazetteer.lookup(name) is None
        and not _is_news_agency(words[-1])
    )


# an office in lower case, its field and level before it and its charge after it, then its holder's name, speaking
# after the count: "…, said provincial disaster official Kofi Asante.", "…, deputy presidential envoy to the region
# Nurlan Abdyrov said on Friday." (a place or a body owning it may open it: "Bekaa governor")
_OFFICE_NOUN_SEEN = re.compile(rf"\b{_OFFICE_NOUN}\b")
_OFFICE_HOLDER = re.compile(
    r"(?:\bsaid\s+|,\s+|^\s*)"
    r"(?P<body>(?:[A-Z][\w'’\-]+(?:['’]s)?\s+)?(?P<field>(?:(?!(?:said|says|told|and|or|but)\b)[a-z][\w\-]*\s+"
    r"(?:(?!(?:said|says|told)\b)[a-z][\w\-]*\s+){0,4}?)?)"
    rf"{_OFFICE_NOUN}(?:\s+(?:to|for|of|in)\s+(?:the\s+)?(?:[A-Z][\w'’\-]+\s+)?[a-z]+)?)"
    rf"\s+{_PERSON}(?=\s+(?:has\s+|had\s+)?(?:{_SAYS})\b|\s*[.;]?\s*$)"
)
# modifiers that name no level, service or field: "a local official", "a senior official" stay generic sources
_NO_FIELD = frozenset("a an the local senior top unnamed one government aid relief humanitarian another".split())


def _office_holder(sentence: str, gazetteer: Gazetteer) -> tuple[str, None, str] | None:
    for match in _OFFICE_HOLDER.finditer(sentence):
        owner = sentence[match.start("body") : match.start("field")]
        field = set(match.group("field").split())
        if (field - _NO_FIELD or owner.strip()) and _a_person(match.group("person"), gazetteer):
            return f"{match.group('body')} {match.group('person')}", None, rules.BODY_OFFICE_HOLDER
    return None


def words_at(sentence: str, words: list[str]) -> tuple[int, int] | None:
    """The span of the first place `words` stand in the sentence as whole words, any spaces between them: what
    `(?<![\\w'’])word\\s+word…(?!\\w)` finds, without building a pattern for each phrase."""
    return next(_spans_of(sentence, words), None)


def _with_holder(sentence: str, body: str, gazetteer: Gazetteer) -> str:
    """An office-holder's title with the organisation written after it between commas: "According to the Executive
    Secretary, Benue State Relief Board, Ada Eze, …" → "Executive Secretary, Benue State Relief Board"."""
    if not _HOLDS_OFFICE.search(body):
        return body
    span = words_at(sentence, body.split())
    organisation = _ORGANISATION_AFTER.match(sentence, span[1]) if span else None
    if (
        organisation
        and (_ORG_WORDS.search(organisation.group(1)) or _ORG_NAME_WORDS.search(organisation.group(1)))
        and gazetteer.lookup(organisation.group(1)) is None
    ):
        return f"{body}, {organisation.group(1)}"
    return body


# the office-holder's name the body already holds after the office: "Prime Minister Kassim Majaliwa", "Governor Jane
# Roe", "Deputy Minister of Water Resources Aigerim Sadykova"
_OFFICE_THEN_PERSON = re.compile(rf"(?P<office>(?:[\w'’.\-]+\s+){{0,6}}?(?i:{_OFFICE_NOUN}))\s+{_PERSON}")
_OFFICE_OF_THEN_PERSON = re.compile(
    rf"(?P<office>(?:[\w'’.\-]+\s+){{0,4}}?(?i:{_OFFICE_NOUN})\s+(?:of|for|to|in)\s+(?:[\w'’.\-]+\s+){{1,5}}?)"
    r"(?P<person>(?:[A-Z]\.?\s+)?[A-Z][a-zà-ÿ'’\-]+\s+(?:(?:al|el|bin|ibn|de|da|van|von)[\s-])?[A-Z][a-zà-ÿ'’\-]+)"
)
# the holder's name beside the office in the sentence: after it, bare or between commas ("the governor, Jane Roe,
# said", "Kano's governor Jane Roe said"), or before it in apposition ("Jane Roe, the governor of Kano, said", "said
# Jane Roe, the governor of Kano.")
_PERSON_AFTER_OFFICE = re.compile(rf",?\s+{_PERSON}(?=\s*(?:[,.;:]|$)|\s+(?:has\s+|had\s+)?(?:{_SAYS}|on)\b)")
_PERSON_BEFORE_CUED = re.compile(
    rf"\b(?:said|says|told|added|adds|explained|[Aa]ccording\s+to)\s+{_PERSON},\s+(?:(?:the|an?)\s+)?$"
)
_PERSON_BEFORE_OPENING = re.compile(
    rf"(?:^\s*(?:(?:But|And|Yet|Now|Meanwhile,?)\s+)?|[,;!?][\"”]?\s+|\band\s+){_PERSON},\s+(?:(?:the|an?)\s+)?$"
)
_APPOSITION_CLOSED = re.compile(r"\s*,")


def _spans_of(sentence: str, words: list[str], *, owners: bool = False):
    """Every place the words stand in the sentence as whole words with spaces between them, as (start, end), with
    no pattern built for the phrase; with `owners`, an owner's "'s" may close a word too ("Kano governor" in "Kano's
    governor")."""
    at = sentence.find(words[0])
    while at >= 0:
        if at == 0 or not (sentence[at - 1].isalnum() or sentence[at - 1] in "_'’"):
            end = at + len(words[0])
            for word in words[1:]:
                if owners and sentence.startswith(("'s", "’s"), end):
                    end += 2
                gap = end
                while gap < len(sentence) and sentence[gap].isspace():
                    gap += 1
                if gap == end or not sentence.startswith(word, gap):
                    break
                end = gap + len(word)
            else:
                if end == len(sentence) or not (sentence[end].isalnum() or sentence[end] == "_"):
                    yield at, end
        at = sentence.find(words[0], at + 1)


# the seat of an office between it and its holder: "the commissioner of Lakes County Ama Tiro said", "the governor of
# Kano, Jane Roe, said"
_SEAT = re.compile(r"\s+(?:of|for|in)\s+(?:the\s+)?(?=[A-Z])")
_SEAT_WORD = re.compile(r"[\w'’\-]+")
_SEAT_GAP = re.compile(r"\s+(?:(?:of|the)\s+)?")


def _person_after_seat(sentence: str, end: int, gazetteer: Gazetteer) -> re.Match | None:
    """The holder's name after the office's seat, up to six words of it, as `_PERSON_AFTER_OFFICE` reads it."""
    at = _SEAT.match(sentence, end).end()
    for _ in range(6):
        word = _SEAT_WORD.match(sentence, at)
        if word is None:
            return None
        after = _PERSON_AFTER_OFFICE.match(sentence, word.end())
        if after and _a_person(after.group("person"), gazetteer):
            return after
        gap = _SEAT_GAP.match(sentence, word.end())
        if gap is None:
            return None
        at = gap.end()
    return None


def _named_holder(sentence: str, body: str, gazetteer: Gazetteer) -> str:
    """An office-holder the sentence names beside the office the rule found, in either order, is the body as the
    text writes the two, in its order and with what stands between them: "the governor, Jane Roe, said" → "governor,
    Jane Roe", "Jane Roe, the governor of Kano, said" → "Jane Roe, the governor of Kano", "Kano's governor Jane Roe
    said" → "Kano governor Jane Roe" (the office as the rule reads it). A label naming the person, the office, or
    the two as the text writes them is contained in it. An office with no name beside it stays the office."""
    if not _HOLDS_OFFICE.search(body):
        return body
    for split in (_OFFICE_THEN_PERSON, _OFFICE_OF_THEN_PERSON):
        written = split.fullmatch(body)
        if written and _a_person(written.group("person"), gazetteer):
            return body  # "Governor Jane Roe", "Prime Minister Kassim Majaliwa": named already
    for start, end in _spans_of(sentence, body.split(), owners=True):
        office_end = end
        organisation = _ORGANISATION_AFTER.match(sentence, end)
        if organisation and (_ORG_WORDS.search(organisation.group(1)) or _ORG_NAME_WORDS.search(organisation.group(1))):
            end = organisation.end() - 1  # "the Executive Secretary, Benue State Relief Board, Ada Eze, said"
        after = _PERSON_AFTER_OFFICE.match(sentence, end)
        if after and _a_person(after.group("person"), gazetteer):
            return body + sentence[end : after.end("person")]  # "the governor, Jane Roe"
        after = _person_after_seat(sentence, end, gazetteer) if _SEAT.match(sentence, end) else None
        if after:
            return body + sentence[end : after.end("person")]  # "the governor of Kano, Jane Roe"
        window = max(0, start - 90)
        before = _PERSON_BEFORE_CUED.search(sentence, window, start) or (
            _PERSON_BEFORE_OPENING.search(sentence, window, start)
            if _APPOSITION_CLOSED.match(sentence, office_end) or _OFFICE_THEN_VERB.match(sentence, office_end)
            else None
        )
        if before and _a_person(before.group("person"), gazetteer):
            return sentence[before.start("person") : start] + body  # "Jane Roe, the governor of Kano"
    return body


# a person just before where they work: a service named in lower case, with "of" or "from" ("Tomas Verde of the fire
# services"), or the office they hold at an organisation, in apposition ("Ama Tiro, deputy director of operations at the
# Disaster Centre"); one who speaks for an organisation ("Mary Obi of the Red Cross", "a spokesman for UNHCR") gives
# the organisation
_PERSON_BEFORE_BODY = re.compile(
    rf"{_PERSON}(?:\s+(?P<of>of|from)|,\s+(?:(?:the|an?)\s+)?(?:[\w'’\-]+\s+){{0,5}}?(?i:{_OFFICE_NOUN})"
    r"(?:\s+(?:of|for)(?:\s+[a-z]+){1,3})?\s+at)\s+(?:the\s+)?$"
)
_LOWER_CASE_SERVICE = re.compile(r"[a-z][a-z\s\-]*")
# the holder before an office that has no closing comma: "Ama Tiro, District NADMO Director said"
_OFFICE_THEN_VERB = re.compile(rf"\s+(?:has\s+)?(?:{_SAYS})\b")


def _person_for_body(sentence: str, body: str, gazetteer: Gazetteer) -> str:
    """A person named just before the service or the organisation they work at is the body with it, as the text
    writes the two: "Tomas Verde of the fire services said" → "Tomas Verde of the fire services", "…, said Ama Tiro,
    press officer at the Red Cross" → "Ama Tiro, press officer at the Red Cross" (a label naming the person or the
    body is contained in it)."""
    words = body.split()
    if not words:
        return body
    for start, _ in _spans_of(sentence, words):
        if start == 0 or sentence[start - 1] not in " \t":
            continue
        person = _PERSON_BEFORE_BODY.search(sentence, max(0, start - 120), start)
        if (
            person
            and (not person.group("of") or _LOWER_CASE_SERVICE.fullmatch(body))
            and _a_person(person.group("person"), gazetteer)
        ):
            return sentence[person.start("person") : start] + body
    return body


# a body's name just before its letters in brackets, after the cue: "according to the National Disaster Control
# Centre (NDCC)." (the name and its letters, not a citation of the letters)
_NAME_CITED_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:(?:of|for|and|on|the)\s+){0,2}[A-Z][\w'’.\-]*){1,7}\s*$"
)
# a body heading a headline before its colon, its name in quotes too: "“UNRWA”: 4,200 displaced from Rafah"
_HEADLINE_BODY = re.compile(r"[\"“«]?([A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,3})[\"”»]?(?:\s+\([^()]{1,30}\))?:\s")
# a body's full name and its letters heading the sentence: "Viet Nam Disaster and Dyke Management Authority (VDDMA): …"
_HEADLINE_NAMED_LETTERS = re.compile(
    r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|and|of|for|the|&)){1,9}\s+\((?P<letters>[A-Z][a-z]?[A-Z][A-Za-z]{0,6})\):\s"
)


def _letters_of_a_place(letters: str, gazetteer: Gazetteer) -> bool:
    """Whether capital letters name a place: a country or a division ("DRC", "KP"), or a town so written; not a
    town's code among its other names ("DTM", Dortmund's airport)."""
    place = gazetteer.lookup(letters)
    return place is not None and (place.depth in (0, 1) or name_key(place.name) == name_key(letters))


# an organisation's letters glossed in their brackets: "(CONASEM, per its initials in Spanish)", "(SINAPRED as per its
# Spanish initials)", "(known by its French acronym DGPC)": read as its letters alone, "(COPECO)"
_LETTERS_GLOSS = re.compile(
    r"\((?:(?P<letters>[A-Z][A-Za-z]{1,11}),?\s+(?:(?:as\s+)?(?:per|for|by|after|from)\s+)?its\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:acronym|initials|abbreviation)(?:\s+in\s+[A-Z][a-z]+)?"
    r"|known\s+by\s+its\s+(?:[A-Z][a-z]+\s+)?(?:acronym|initials|abbreviation)\s+(?P<known>[A-Z][A-Za-z]{1,11}))\)"
)


# a headline in title case, an organisation or an office saying a count: "Kursk Governor Says 3,000 Evacuated",
# "UNHCR Says 40,000 Flee" (not "Survivor Says …")
_TITLE_CASE_SAYS = re.compile(
    r"(\b(?:[A-Z]{2,8}|Governor|Mayor|Minister|Ministry|Agency|Cross|Crescent|Office|Police|Army|Authority|"
    r"Commission|Council|Government|Officials|Spokesman|Spokeswoman|Spokesperson|Commissioner|Prefect|President|"
    r"Premier|Department|Service|Directorate|Committee|Organization|Organisation|Programme|Fund)\s+)Says(?=\s+\d)"
)


def _body(sentence: str, gazetteer: Gazetteer) -> tuple[str, int | None, str] | None:
    if "its " in sentence and ("acronym" in sentence or "initials" in sentence or "abbreviation" in sentence):
        sentence = _LETTERS_GLOSS.sub(lambda m: f"({m.group('letters') or m.group('known')})", sentence)
    if " Says " in sentence:
        sentence = _TITLE_CASE_SAYS.sub(r"\1says", sentence)  # the same length: every position stands
    # "OCHA: …", "OCHA (3 June): …"
    headline = _HEADLINE_BODY.match(sentence)
    if headline and sentence.isupper():
        headline = None  # a line all in capitals: its heading is a topic ("FLOODS: … – NADMO CONFIRMS"), no letters
    if headline and (
        re.search(r"\baccording\s+to\s+(?:the\s+)?[A-Z]", sentence)
        or _SAYS_AFTER_HEADING.match(sentence, headline.end())
    ):
        # "IOM Haiti: … 21,400 people have fled …, according to DTM", "BC Wildfire: Emergency Management BC said …":
        # the source the sentence names
        headline = None
    named_letters = _HEADLINE_NAMED_LETTERS.match(sentence) if headline is None else None
    if (
        named_letters
        and not re.search(r"\baccording\s+to\s+(?:the\s+)?[A-Z]", sentence)
        and not _is_news_agency(named_letters.group("letters"))
    ):
        return named_letters.group("letters"), None, rules.BODY_HEADLINE
    if headline and gazetteer.bodies.get(name_key(headline.group(1))):
        return headline.group(1), gazetteer.bodies[name_key(headline.group(1))][0], rules.BODY_HEADLINE
    if (
        headline
        and re.fullmatch(r"[A-Z]{2,8}|[A-Z][a-z]{1,2}[A-Z]{2,6}", headline.group(1))  # "NDMA:", "DoDMA:"
        and gazetteer.lookup(headline.group(1)) is None
        and not _is_news_agency(headline.group(1))
    ):
        return headline.group(1), None, rules.BODY_HEADLINE  # "NDMA: 5,000 people displaced in Sindh"
    if (
        headline
        and " " in headline.group(1)
        and re.fullmatch(r"[A-Z]{2,8}", headline.group(1).split()[0])
        and not _is_news_agency(headline.group(1).split()[0])
        and not _letters_of_a_place(headline.group(1).split()[0], gazetteer)
        and gazetteer.lookup(headline.group(1)) is None  # (a dateline: "MARAWI CITY: …")
    ):
        return headline.group(1), None, rules.BODY_HEADLINE  # "IOM DTM Emergency Tracking: on 6 August, …"
    if (
        headline
        and re.fullmatch(r"[A-Z]{2,8}(?:\s+[A-Z]{2,8})+", headline.group(1))
        and gazetteer.lookup(headline.group(1)) is None
        and not _is_news_agency(headline.group(1))
    ):
        return headline.group(1), None, rules.BODY_HEADLINE  # "CAL FIRE: …": one name in capitals
    if (
        headline
        and " " in headline.group(1)
        and re.fullmatch(r"[A-Z][a-z]?[A-Z][A-Za-z]{0,6}", headline.group(1).rsplit(None, 1)[1])
        and gazetteer.lookup(headline.group(1).rsplit(None, 1)[0]) is not None
        and not re.fullmatch(r"[A-Z]{2,8}", headline.group(1).rsplit(None, 1)[0])  # "CAL FIRE": one name
        and not _is_news_agency(headline.group(1).rsplit(None, 1)[1])
    ):
        return headline.group(1).rsplit(None, 1)[1], None, rules.BODY_HEADLINE  # "Vanuatu NDMO: 2,917 people …"
    if headline and " " in headline.group(1) and _ORG_WORDS.search(headline.group(1)):
        return headline.group(1), None, rules.BODY_HEADLINE  # "Norwegian Refugee Council: nearly 80,000 people …"
    ending = (
        _HEADLINE_SOURCE.search(sentence)
        if " - " in sentence or "–" in sentence or "—" in sentence or ": " in sentence
        else None
    )
    if ending and not _is_media(ending.group("body")) and gazetteer.lookup(ending.group("body")) is None:
        raw = ending.group("body")
        if _generic(raw):
            return "", None, rules.BODY_GENERIC  # "… in Lori - officials": no body named
        resolved = _resolve_body(raw, gazetteer)
        if resolved or _ORG_WORDS.search(raw) or (_acronym(raw) and re.fullmatch(r"[A-Z][A-Za-z]{1,11}", raw)):
            return (resolved or (raw, None))[0], (resolved or (raw, None))[1], rules.BODY_HEADLINE_END
    for match in _CITATION.finditer(sentence):
        raw = (match.group("body") or match.group("letters") or match.group("source") or match.group("name")).strip(
            " ,."
        )
        if _is_news_agency(raw) or raw.lower() in _NOT_BODIES:
            continue
        if match.group("letters") and _NAME_CITED_BEFORE.search(sentence, 0, match.start()):
            continue  # "…, according to the Flood Control Centre (FCC).": the name's letters, no citation
        resolved = _resolve_body(raw, gazetteer)
        if match.group("name") and not (resolved or _organisation_name(raw, gazetteer)):
            continue  # "(Kalehe territory)": a place, no source
        return (resolved or (raw, None))[0], (resolved or (raw, None))[1], rules.BODY_CITATION
    possessive = _POSSESSIVE_ANAPHOR.match(sentence)
    if not _ANY_CUE.search(sentence):
        if possessive:
            return "", None, rules.BODY_ANAPHOR  # "Its volunteers had helped move …": the body named before
        return _subject_body(sentence, gazetteer)
    spokesperson = _SPOKESPERSON_WORDS.search(sentence)
    # a match of _BODY_BEFORE_CUE ends with its verb: it is looked for up to the last verb only (the same matches)
    says_end = 0
    for says in _SAYS_AFTER_SPACE.finditer(sentence):
        says_end = says.end()
    patterns = (
        *(((_GOVERNMENT_OF_SAID, rules.BODY_BEFORE_CUE),) if says_end and _GOVERNMENT_OF.search(sentence) else ()),
        *(((_SPOKESPERSON_FOR, rules.BODY_AFTER_CUE),) if spokesperson else ()),
        *(((_PERSON_OF_ORGANISATION, rules.BODY_AFTER_CUE),) if " of " in sentence or " from " in sentence else ()),
        *(((_SPOKESPERSON_OF_BEFORE, rules.BODY_BEFORE_CUE),) if spokesperson else ()),
        *(((_SPOKESPERSON_OPENS, rules.BODY_BEFORE_CUE),) if spokesperson else ()),
        (_BODY_AFTER_CUE, rules.BODY_AFTER_CUE),
        *(((_UNIT_IN_OFFICE, rules.BODY_BEFORE_CUE),) if says_end and " the " in sentence else ()),
        *(((_BODY_BEFORE_CUE, rules.BODY_BEFORE_CUE),) if says_end else ()),
        *(((_APPOSITIVE, rules.BODY_BEFORE_CUE),) if ", " in sentence else ()),
        *(((_SAID_NAME_OFFICE, rules.BODY_SAID_NAME_OFFICE),) if ", " in sentence else ()),
        *(((_OFFICE_SAID, rules.BODY_BEFORE_CUE),) if says_end else ()),
        *(((_OFFICE_OF_SAID, rules.BODY_BEFORE_CUE),) if says_end else ()),
    )
    anaphor = _ANAPHOR.search(sentence) or (
        _ACCORDING_TO_ANAPHOR.search(sentence) if "ccording to th" in sentence else None
    )
    relay = None  # a news outlet: the body only when the sentence names no other
    generic = False  # a source that names no body ("local officials said"): no body, unless another is named
    for pattern, rule in patterns:
        for match in pattern.finditer(sentence, 0, says_end + 6 if pattern is _BODY_BEFORE_CUE else len(sentence)):
            if (
                pattern is _OFFICE_OF_SAID
                and (
                    re.fullmatch(r"(?:[a-z]+\s+){0,3}(?:government|administration|ministry)", match.group("body"))
                    or (match.group("holder") and not match.group("of"))
                )
                and not match.group("owner")
            ):
                # "the state government said" alone is read by the patterns before (or is generic); "the executive
                # secretary said" alone speaks for an agency named before
                continue
            if pattern in (_OFFICE_SAID, _OFFICE_OF_SAID, _GOVERNMENT_OF_SAID):  # an office in lower case: the
                # body when no other pattern named one
                raw = re.sub(r"['’]s\s+spokes(?:man|woman|person)$", "", match.group("body"))  # the office speaks
                resolved = _resolve_body(raw, gazetteer)
                return (resolved or (raw, None))[0], (resolved or (None, None))[1], rule
            ordered = pattern is _BODY_BEFORE_CUE and _ORDERED_END.search(match.group())
            if ordered and _SAID_AFTER.search(sentence, match.end()):
                continue  # "Ukrainian authorities ordered 6,000 residents to leave …, the regional governor said"
            raw = match.group("body").strip(" ,.")
            if pattern is _BODY_BEFORE_CUE and raw.endswith(")") and sentence.endswith("and ", 0, match.start("body")):
                joined = _JOINED_FIRST.search(sentence, max(0, match.start("body") - 160), match.start("body"))
                raw = joined.group("first") if joined else raw  # "the A Board (AB) and the B Network (BN) report …"
            relayed = pattern is _BODY_AFTER_CUE and sentence.startswith("according", match.start())
            if relayed and _SAID_BEFORE.search(sentence, 0, match.start()):
                continue  # "regional governor Volodymyr Artiukh said, according to the Kyiv Independent": who relays
            if pattern is _BODY_AFTER_CUE and _cites_for_another(sentence, match, gazetteer):
                continue  # "SoDMA said, citing local authorities": SoDMA reports it
            if (
                pattern is _BODY_AFTER_CUE
                and _CLAUSE_SUBJECT_AFTER.match(sentence, match.end("body"))
                and _NAME_THEN_SAID.fullmatch(sentence, 0, match.start("body"))
            ):
                continue  # "Tomas said UNICEF had moved 300 families": who said it, not whom the clause is about
            named = match.groupdict().get("named")
            described = False
            if (
                named
                and not _is_news_agency(named.strip())
                and (
                    re.fullmatch(r"[A-Z][A-Z-]{1,11}", named.strip())
                    or (re.fullmatch(r"[A-Z][A-Za-z-]{2,15}", named.strip()) and _DESCRIPTION_END.search(raw))
                )
            ):
                # "the UN refugee agency UNHCR said", "rights group LICADHO said", "Chile's disaster agency Senapred
                # said": the name after its description
                raw, described = named.strip(), True
            if _is_news_agency(raw):
                continue
            named = re.match(r",\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s*(?:[.;]|$)", sentence[match.end() :])
            named_after = (
                _NAME_IN_APPOSITION.match(sentence, match.end("body"))
                or (
                    # "citing a note from the UN refugee agency IOM": its letters after the description
                    _LETTERS_AFTER_DESCRIPTION.match(sentence, match.end("body"))
                    if pattern is _BODY_AFTER_CUE
                    else None
                )
                or (
                    # "according to the humanitarian group Save the Children, …": the name of several words after it
                    _NAME_AFTER_DESCRIPTION.match(sentence, match.end("body")) if pattern is _BODY_AFTER_CUE else None
                )
            )
            if (
                named_after
                and _DESCRIPTION_END.search(raw)
                and not _is_media(raw)
                and not _is_news_agency(named_after.group(1))
                and gazetteer.lookup(named_after.group(1)) is None
            ):
                raw, described = named_after.group(1), True  # "the country's disaster agency, Senapred, said"
            quoted = pattern is _BODY_AFTER_CUE and sentence.startswith("quoted", match.start())
            if re.search(_OUTLET, raw, re.I) and not quoted:  # (whom a relay quoted is the source)
                if relay is None:  # "Cuba's State News Agency, Granma"
                    relay = (f"{raw}, {named.group(1)}" if named else raw), None, rule
                continue
            raw = re.sub(r"^(?:the|The|an?|An?)\s+", "", raw)
            if rule == rules.BODY_BEFORE_CUE and sentence.endswith(", ", 0, match.start("body")):
                raw = _name_before_its_letters(sentence, match.start("body"), raw)
            raw = _WHEN_AFTER.sub("", raw)  # "the Ministry of Humanitarian Affairs on Monday" → the ministry
            if match.groupdict().get("role") and raw in ("Former", "Ex"):
                continue  # "Former mayor of Lida, Ivan Orlov, said": no office speaks
            if match.groupdict().get("role") and _RANK_ALONE.fullmatch(raw):
                # "Deputy mayor of Lida, Ivan Orlov, said": the office, its place with it, not the rank alone
                seat = _OFFICE_OF.match(sentence, match.end("role"))
                raw = f"{raw} {match.group('role')}{seat.group() if seat else ''}"
            if pattern is _APPOSITIVE and (then_role := _ORGANISATION_THEN_ROLE.fullmatch(raw)):
                organisation = then_role.group("organisation")
                if gazetteer.lookup(_OWNER_S_END.sub("", organisation)) is None and (
                    _resolve_body(organisation, gazetteer)
                    or _ORG_WORDS.search(organisation)
                    or (" " in organisation and _ORG_NAME_WORDS.search(organisation))
                    or _acronym(organisation)
                ):
                    raw = organisation  # "the Nigerian Red Cross country director" speaks for the Red Cross
            if pattern in (_APPOSITIVE, _SAID_NAME_OFFICE) and _is_news_agency(raw.split()[0]):
                continue  # "Ada Eze, AFP bureau chief, said", "…, a Reuters reporter, said": a news agency's, no body
            if pattern in (_SAID_NAME_OFFICE, _APPOSITIVE) and (owning := _PLACE_OWNING.match(raw)):
                raw = _place_office(raw, owning, gazetteer)
            start = match.start("body")
            if rule == rules.BODY_BEFORE_CUE and (
                _OWNER_PRONOUN.search(sentence, max(0, start - 4), start)
                or re.match(r"(?:His|Her|Its|Our|Their)\s", raw)
                or (
                    (raw.lower() in _KIND_NOUNS or _DESCRIBED_KIND.fullmatch(raw))
                    and re.match(r"[Tt]he\s", match.group("body"))
                )
            ):
                # "The group said …", "His government later said …": the body named before, as "the agency said"
                # names it again (body:anaphor)
                continue
            field = _FIELD_BEFORE.search(sentence[max(0, start - 40) : start]) if _generic(raw) else None
            if field and re.match(r"(?:officials?|authorities)$", raw, re.I):
                raw = f"{field.group().strip()} {raw}"  # "Bangladeshi border officials said": a service named
            elif (
                re.fullmatch(r"(?:officials|authorities)", raw, re.I)
                and (nation := _IN_A_NATION.match(sentence, match.end("body")))
                and (country := gazetteer.lookup(nation.group(1), common=False)) is not None
                and country.depth == 0
            ):
                return f"{raw} in {nation.group(1)}", None, rule  # "authorities in Taiwan said": a nation's own
            elif _generic(raw) and _NATIONALITY_AFTER.match(sentence, match.end("body")):
                pass  # glossed French or Arabic word order: "the authorities ghanéennes", "authorities اللبنانية"
            elif _generic(raw) and (level := _LEVEL_AND_GENERIC.search(sentence, max(0, start - 50), start)):
                return level.group(1), None, rule  # "county officials and aid workers told reporters": the level
            elif _generic(raw):
                # "officials of the Kenya Red Cross said": the organisation; "local officials said": no body named
                org = _GENERIC_OF.match(sentence, match.end("body"))
                if org and gazetteer.lookup(org.group(1)) is None:
                    name = org.group(1)
                    resolved = _resolve_body(name, gazetteer)
                    if resolved or _ORG_WORDS.search(name) or _acronym(name.split()[0]):
                        return (resolved or (name, None))[0], (resolved or (name, None))[1], rule
                # a source that speaks ("residents said", not "residents found refuge"); a body named elsewhere in
                # the sentence comes first
                generic = generic or rule != rules.BODY_BEFORE_CUE or bool(_SPEAKS.search(match.group()))
                continue
            allied = _ALLIED_ROLE.match(sentence, match.end("body")) if _ALLIED.search(raw) else None
            if allied:  # "the Sudanese Armed Forces-aligned governor of Darfur said": the governor speaks
                raw = f"{raw} {allied.group(1)}"
            role = _ROLE_AFTER.match(sentence, match.end("body")) if rule == rules.BODY_BEFORE_CUE else None
            if role and re.search(r"\b[a-z]+$", raw) and not _generic(raw):
                # "Guerrero's civil protection coordinator told Reuters": the office-holder of a service in lower case
                raw = f"{raw} {role.group(1)}"
            owner = _NAME_BEFORE_LEVEL.search(sentence, max(0, start - 40), start) if _LEVEL_OWNS.match(raw) else None
            if owner and gazetteer.lookup(owner.group(1)) is not None:
                raw = f"{owner.group(1)} {raw}"  # "Benue state's relief commissioner, Ada Eze, said": Benue's
            raw = _LEVEL_POSSESSOR.sub("", raw)  # "the state's Civil Defence" → Civil Defence
            raw = _OWNER_OF_ZONE.sub(r"\1", raw)  # "NEMA's North-East zonal coordinator said" → NEMA
            raw = re.sub(r"['’]s$|(?<=s)['’]$", "", raw)  # "Mercy Corps' country director" → Mercy Corps
            raw = _without_place_possessor(raw, gazetteer)
            resolved = _resolve_body(raw, gazetteer)
            if resolved:
                return resolved[0], resolved[1], rule
            of_org = _OFFICE_OF.match(sentence, match.end("body")) if _BRANCH.fullmatch(raw) else None
            if of_org:  # "the Sahel regional office of OCHA said": OCHA
                raw = of_org.group(1)
                resolved = _resolve_body(raw, gazetteer)
                return (resolved or (raw, None))[0], (resolved or (raw, None))[1], rule
            role = match.groupdict().get("role")
            if (
                role
                and role.split()[-1] in _PLACE_OFFICES
                and (" " in role or re.search(r"['’]s$", match.group("body")))
                and not _ORG_WORDS.search(raw)
                # (a name the gazetteer lacks owning a place's office is a place: "Mbarizi's mayor, Ama Tiro, said")
                and (gazetteer.lookup(raw) is not None or _PLACE_OWNING.fullmatch(match.group("body")))
                and not _is_media(raw)
            ):
                if re.search(r"['’]s$", match.group("body")):
                    # "Cabo Delgado's governor, Valige Tauabo, said": the office the place owns (body:place-office)
                    return f"{raw} {role}", None, rules.BODY_PLACE_OFFICE
                if " " in role:
                    return role, None, rule  # "The Feni deputy commissioner said": the office
            office = _OFFICE_AFTER.match(sentence, match.end("body"))
            if office and rule == rules.BODY_BEFORE_CUE and not _ORG_WORDS.search(raw):
                raw = f"{raw} {office.group(1)}"  # "Derna mayor Abdulmenam al-Ghaithi said": the mayor of Derna
            if raw.lower() in _NOT_BODIES or not raw:
                continue
            if (
                re.fullmatch(r"(?:[A-Z][\w\-]+['’]s\s+)?[A-Z]{2,8}(?:['’]s)?(?:\s+[A-Z]{2,8})?", raw)
                or _ORG_WORDS.search(raw)
                or _TITLE_WORDS.search(raw)
                or _OFFICE_ALONE.fullmatch(raw)
                or (" " in raw and _ORG_NAME_WORDS.search(raw))
                or raw in _ORG_BRANDS
                or raw.startswith("U.N")  # "according to the U.N."
                or described
                or raw.endswith(")")
                or _LEVEL_BEFORE_NAME.match(raw)
                or _letters_serving_a_place(raw, gazetteer)
                or (_MIXED_LETTERS.fullmatch(raw) and _acronym(raw))
                or _word_and_letters(raw)
                or re.fullmatch(r"[A-Z]{2,8}(?:[-/][A-Z]{2,8})+", raw)  # "IOM-UNHCR"
                or _letters_pair(raw, gazetteer)
                or _letters_document(raw, gazetteer)
                or _the_proper_name(sentence, match.start("body"), raw, gazetteer)
                or _named_subject(sentence, match.start("body"), raw, gazetteer, cited=rule == rules.BODY_AFTER_CUE)
                or _TITLE_ABBREVIATED.search(raw)
                or (rule == rules.BODY_BEFORE_CUE and _speaker_closing_quote(sentence, start, raw))
                or (rule == rules.BODY_BEFORE_CUE and _person_opens_saying(sentence, start, raw, gazetteer))
                or _NUMBERED_SERVICE.fullmatch(raw)
                or _MUNICIPALITY_NAME.search(raw)
                or (rule == rules.BODY_BEFORE_CUE and _COUNTY_NAME.search(raw))
                or _LOWER_CASE_OFFICE.fullmatch(raw)
                or _level_before_letters(raw, gazetteer)
                or (rule == rules.BODY_BEFORE_CUE and _country_speaks(sentence, match.start("body"), raw, gazetteer))
            ):
                return raw, None, (rules.BODY_PLACE_OFFICE if match.groupdict().get("owner") else rule)
    if generic:
        # "The state government has shifted 1.2 lakh people …, officials said": the body that did it is named
        subject = _subject_body(sentence, gazetteer)
        if subject and subject[0]:
            return subject[0], subject[1], rules.BODY_SUBJECT_OVER_GENERIC
        return "", None, rules.BODY_GENERIC
    if relay is None and anaphor and anaphor.group("noun"):
        for letters in reversed(list(_LETTERS_BEFORE.finditer(sentence, 0, anaphor.start()))):
            raw = letters.group()
            if (
                _acronym(raw)
                and not _is_news_agency(raw)
                and raw not in _ARMED_GROUPS  # "Since the RSF seized the city, 88,000 have left, the agency said"
                and gazetteer.lookup(raw, common=False) is None
            ):
                return raw, None, rules.BODY_NAMED_IN_SENTENCE
    if relay is None and anaphor and not anaphor.group("noun"):
        # "The Ministry in charge of Emergency Management (MINEMA) relocated 6,126 households …, it said": the
        # organisation opening the sentence is what "it" names (body:named-in-sentence)
        subject = _subject_body(sentence[: anaphor.start()], gazetteer)
        if subject and subject[0]:
            return subject[0], None, rules.BODY_NAMED_IN_SENTENCE
    if relay is None and anaphor:  # "The agency said …": the body named before (the pipeline knows it), else "agency"
        return (anaphor.group("noun") or ""), None, rules.BODY_ANAPHOR
    if relay is None and possessive:
        return "", None, rules.BODY_ANAPHOR
    found = relay or _subject_body(sentence, gazetteer)
    if found is None and ")" in sentence and (letters := _LETTERS_THEN_VERB.search(sentence)):
        # "The National Institute for Disaster Management and Risk reduction (INGD) reports that …": a name the body
        # phrase cannot read whole (a word in lower case inside it); its letters before the verb name the body
        raw = letters.group(1)
        if not _is_news_agency(raw) and raw not in _ARMED_GROUPS and gazetteer.lookup(raw, common=False) is None:
            return raw, None, rules.BODY_BEFORE_CUE
    return found


# an organisation's letters in brackets right before its verb of saying: "… Risk reduction (INGD) reports that"
# (three letters or more: "Heads of households (HH) reported" are people, no body)
_LETTERS_THEN_VERB = re.compile(
    rf"\(([A-Z][A-Za-z]{{2,9}})\)\s+(?:(?:further|also|has|have)\s+)?(?:{_SAYS})\b(?!\s+(?:by|in|to)\b)"
)


# an organisation opening the sentence as the subject of its verb: "UNHCR is concerned for the safety of some 60,000
# people who have fled …", "The IFRC has assisted 3,000 displaced families in …"
_SUBJECT = re.compile(
    # (after how it spoke: "In a statement on Tuesday, Médecins Sans Frontières described …")
    r"\s*(?:In\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|update|briefing|release|appeal)"
    r"(?:\s+(?:on|issued|published|released)\s+[^,;.]{1,30})?,\s+)?(?:[Tt]he\s+)?(?P<body>[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and|the|in\s+charge\s+of)\s+){0,2}[A-Z][\w'’&.\-]*){0,7}"
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?)"
    # its people at work: "Save the Children teams are working in Renk"
    r"(?:\s+(?:field\s+)?(?:teams|staff|volunteers))?"
    r"\s+(?:(?:is|are|was|were|has|have|had)\b|(?:also|now|currently|continues|remains)\b|[a-z]{3,}(?:ed|es)\b)"
)


# a service named in lower case as the subject of what it did: "The coast guard evacuated 65 people by sea"
_SERVICE_SUBJECT = re.compile(
    # "In West Bengal, the state government moved 2.16 lakh people to safety": a level of government too
    r"\s*(?:[A-Z][\w'’ -]{0,30}:\s+)?(?:(?:In|Ahead\s+of|After|Following|Before|Since|With)\s+[^,.;]{1,60},\s*)?"
    r"(?:(?:However|Meanwhile|Separately|Earlier|Later),\s+)?"
    # (a level of government owning it: "The province's storm response headquarters ordered …")
    r"[Tt]he\s+(?P<owner>(?:state|province|region|district|city|county|town|municipality|country)['’]s\s+)?"
    r"(?P<body>coast\s+guard|fire\s+(?:brigade|service|"
    r"department)|"
    # an office the level of government owns, named in lower case: "the city's disaster office"
    r"(?<=['’]s\s)(?:[a-z]+\s+){0,3}(?:headquarters|office|department|bureau|agency|committee|command|centre|center)|"
    # a place's administration: "the Kendrapara administration moved", "the Malawian authorities relocated"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:district\s+)?(?:government|administration|authorities)|army|navy|police|military|civil\s+(?:defen[cs]e|protection)|national\s+guard|armed\s+forces|"
    r"(?:state|provincial|regional|district|county|city|municipal|federal)\s+(?:government|administration|authorities)|"
    # an office in lower case: "The interior ministry evacuated", "the district commissioner relocated"
    r"(?:[a-z]+\s+){1,3}(?:ministry|governor|commissioner|authority))"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+)?"
    r"(?:evacuated|relocated|moved|shifted|transferred|airlifted|rescued|sheltered|housed|registered|recorded|"
    r"counted|ordered"
    # what it did first, then the count: "… has launched an emergency response, ordering 2,300 residents to leave"
    r"|[a-z]{3,}ed\s[^.;,]{0,60},\s+(?:ordering|evacuating|relocating|moving|sheltering))\b"
)


_SAYS_AFTER_HEADING = re.compile(
    r"\s*(?!(?:An?|The)\s+(?:estimated|reported|recorded)\b)(?:The\s+)?[A-Z][\w'’&.\-]*(?:\s+(?:(?:of|for|and|on)\s+)?(?:the\s+)?[A-Z][\w'’&.\-]*){0,6}\s+"
    r"(?:said|says|reported|reports|announced|stated|estimated|estimates|recorded|records)\b"
)
# "Chad: UNHCR has relocated …": a place heading the sentence before its subject
_HEADING = re.compile(r"\s*[A-Z][\w'’ -]{0,30}:\s+")
_LETTERS_AND_PARTNER = re.compile(
    r"\s*(?P<body>[A-Z]{2,8})\s+and\s+(?:the\s+)?[^.;,]{0,60}?\s+(?:have|has)\s+(?:also\s+)?[a-z]{3,}ed\b"
)


_MOST_EVACUEES = re.compile(
    r"\s+(?:has|had|hosts|hosted)\s+the\s+(?:highest|largest|greatest)\s+(?:number|share|concentration)\s+of\s+"
    r"(?:[\w-]+\s+)?(?i:evacuees|idps|displaced|arrivals|families|households|returnees|refugees)\b"
)


# a body written as its name and its letters in brackets, the subject of what it did (any tense or voice, or a
# relative clause): "Emergency authorities (COE) carried out …", "the disaster agency (NDMA) has evacuated …",
# "Civil Protection (PC), which relocated …"; the name, capitalised or in lower case, must name an organisation
_NAMED_LETTERS_ACTOR = re.compile(
    r"\s*(?:[A-Z][\w'’ -]{0,30}:\s+)?(?:(?:In|On|Ahead\s+of|After|Following|Before|Since|By)\s+[^,.;()]{1,60},\s*)?"
    r"(?:(?:However|Meanwhile|Separately|Earlier|Later),\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w'’-]+['’]s\s+)?"
    r"(?P<body>(?:[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)?[A-Z][\w'’-]*){0,7}"
    r"|(?:[A-Z][a-z'’-]+\s+)?(?:[a-z][a-z'’-]+\s+){0,3}[a-z][a-z'’-]+)"
    r"\s*\((?P<letters>[A-Z][A-Za-z]{1,9})\))"
    r"(?:,\s+which)?\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:also\s+|already\s+|now\s+|so\s+far\s+)?"
    r"(?:(?:began|begun|started|continued|kept)\s+)?(?P<verb>carried\s+out|[a-z]{3,}(?:ed|ing))\b"
)
# what it did that displaced people, not what it did for them or counted: the body is a cause, not a source
_CAUSED = re.compile(r"(?:forc|displac|uproot|caus|trigger|destroy|affect|attack|burn|demolish|evict)(?:ed|ing)")


def _named_letters_actor(sentence: str, gazetteer: Gazetteer) -> tuple[str, None, str] | None | bool:
    """ "Emergency authorities (COE) carried out evacuations …": the body as the text writes it, name and letters;
    False when the sentence does not open so; None when the letters are an armed group's (no body)."""
    match = _NAMED_LETTERS_ACTOR.match(sentence)
    if match is None:
        return False
    if match.group("letters") in _ARMED_GROUPS:
        return None  # "The Rapid Support Forces (RSF) relocated …": a party to the conflict is no body
    name = match.group("body")[: match.start("letters") - match.start("body") - 1].rstrip()
    if _CAUSED.fullmatch(match.group("verb")) or not _ORG_WORDS.search(name) or gazetteer.lookup(name) is not None:
        return False  # "The Iraqi Kurdistan Region (IKR) …", "Acute watery diarrhoea (AWD) …": no organisation
    return match.group("body"), None, rules.BODY_SUBJECT


def _subject_body(sentence: str, gazetteer: Gazetteer) -> tuple[str, None, str] | None:
    """A body no cue names, opening the sentence as its subject: an organisation's letters or a known body's name."""
    if (actor := _actor_body(sentence, gazetteer)) is not None:
        return (actor, None, rules.BODY_SUBJECT) if actor else None  # ("" for an armed group: no body)
    if (named := _named_letters_actor(sentence, gazetteer)) is not False:
        return named
    if (done := _participle_then_subject(sentence, gazetteer)) is not None:
        return done, None, rules.BODY_SUBJECT
    heading = _HEADING.match(sentence)
    opening = _SUBJECT_OPENING.match(sentence)  # "On 3 May the Ministry … published", "In May, OCHA mapped …"
    match = (
        _SUBJECT.match(sentence)
        or (_SUBJECT.match(sentence, heading.end()) if heading else None)
        or (_SUBJECT.match(sentence, opening.end()) if opening else None)
    )
    partners = _LETTERS_AND_PARTNER.match(sentence, heading.end() if heading else 0)
    if partners and _acronym(partners.group("body")) and gazetteer.lookup(partners.group("body")) is None:
        return partners.group("body"), None, rules.BODY_SUBJECT  # "UNHCR and the Chadian government have relocated"
    service = _SERVICE_SUBJECT.match(sentence)
    if service:
        # (before a name: "The Kenyan authorities relocated …" is the authorities, not "Kenyan")
        return service.group("body"), None, rules.BODY_SUBJECT
    if not match:
        return None
    raw = match.group("body")
    if raw in _ARMED_GROUPS:
        return None  # "RSF monitored the roads …": an armed group is no body
    if _MOST_EVACUEES.match(sentence, match.end("body")):
        return None  # "ECAC has the highest number of evacuees, with …": a site that holds them (place:most-hosted)
    if _generic(raw) and not _NATIONALITY_AFTER.match(sentence, match.end("body")):
        return "", None, rules.BODY_GENERIC  # "Authorities evacuated 90,000 people": no body named
    # (letters that are also a town's code, "DTM", are a body's: a place only when they name it)
    place = _letters_of_a_place(raw, gazetteer) if re.fullmatch(r"[A-Z]{2,8}", raw) else gazetteer.lookup(raw)
    if _is_media(raw) or raw.lower() in _NOT_BODIES or place:
        return None
    raw = _without_place_possessor(raw, gazetteer)  # "Mozambique's INGD evacuated …": INGD
    led = re.fullmatch(r"[A-Z]{2,8}-led\s+([A-Z]{2,8})", raw)  # "UNHCR-led PRMN recorded …": the network named
    if led:
        return led.group(1), None, rules.BODY_SUBJECT
    if re.fullmatch(r"[A-Z]{2,8}|[A-Z][A-Za-z]{1,10}", raw) and _acronym(raw) or _resolve_body(raw, gazetteer):
        return raw, None, rules.BODY_SUBJECT
    if raw.endswith(")") or _ORG_WORDS.search(raw):  # "The Kenya Red Cross Society (KRCS) has …", "Civil Defence"
        return (raw, None, rules.BODY_SUBJECT) if _ORG_WORDS.search(raw) or raw.endswith(")") else None
    if " " in raw and _ORG_NAME_WORDS.search(raw) and not _generic(raw):
        return raw, None, rules.BODY_SUBJECT  # "Médecins Sans Frontières described …", "Save the Children has …"
    return None


# a person's name opening the sentence as who says what follows it: "Amina Diallo stated that …", "Dr. Kofi Mensah
# has confirmed that …" (what a speaker says, not a figure they only mention: "that" follows the verb)
_PERSON_OPENS_SAYING = re.compile(
    rf"\s*[\"“]?{_PERSON}\s+(?:has\s+|had\s+)?(?:(?:also|later|earlier|further)\s+)?(?:stated|said|announced|disclosed|"
    r"explained|confirmed|noted|added|revealed|indicated|pointed\s+out|"
    # whom they told, before what: "Ama Tiro later told a press conference that …", "… told reporters that"
    r"told\s+(?:reporters|journalists|the\s+(?:media|press|parliament|senate)|lawmakers|"
    r"(?:a|the)\s+(?:press|news)\s+(?:conference|briefing)))"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+that\b"
)

# a phrase opening the sentence before its speaker, with no verb of saying or quotation of its own ("In describing the
# evacuation of Kuma, ", "Speaking to reporters on Monday, ")
_LEAD_PHRASE = re.compile(
    r"(?:In|While|When|During|Speaking|Describing|Asked|Addressing|After|Earlier|Later|Meanwhile)\b"
    r"(?![^,;\"“”]*\b(?:said|says|told|according)\b)[^,;\"“”]{0,90},\s+"
)


def _person_opens_saying(sentence: str, start: int, raw: str, gazetteer: Gazetteer) -> bool:
    """The name opening the sentence, as _PERSON_OPENS_SAYING reads it, is a person's: the speaker is the body
    (body:before-cue), as an office-holder would be, and "He added that …" after it names them again."""
    if start > 2:
        # after an opening phrase of its own: "In describing the evacuation of Kuma, Ama Tiro said that …"
        lead = _LEAD_PHRASE.match(sentence, 0, start)
        if lead is None or lead.end() != start:
            return False
    elif not sentence[:1].isupper() and sentence[:1] not in '"“':
        return False
    opening = _PERSON_OPENS_SAYING.match(sentence, start if start > 2 else 0)
    return bool(opening) and opening.group("person") == raw and _a_person(raw, gazetteer)


# the body after "said" as the subject of the clause said, with a name saying it: "Tomas said UNICEF had moved …"
_CLAUSE_SUBJECT_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could)\s+[a-z]")
_NAME_THEN_SAID = re.compile(r"\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}\s+(?:said|says|stated|added)\s+(?:that\s+)?")
# a name and its letters parted by a comma, the letters saying: "The Relief Commission, RC estimates that …"
_NAME_BEFORE_COMMA = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?!The\s)([A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’\-]*){1,7}),\s$"
)


def _name_before_its_letters(sentence: str, start: int, raw: str) -> str:
    """The name standing before its letters, kept with them ("Relief Commission (RC)"), when the letters are its
    capitals; else the letters as read."""
    if not re.fullmatch(r"[A-Z]{2,8}", raw):
        return raw
    name = _NAME_BEFORE_COMMA.search(sentence, max(0, start - 120), start)
    if name is None or "".join(re.findall(r"\b[A-Z]", name.group(1))) != raw:
        return raw
    return f"{name.group(1)} ({raw})"


# an office-holder by an abbreviated title, as US and Canadian copy writes it: "Gov. Ron DeSantis said", "Lt. Gov.
# …", "Sen. …" (body:before-cue)
_TITLE_ABBREVIATED = re.compile(r"(?<![\w.])(?:Lt\.\s+)?(?:Gov|Govs|Sen|Rep|Atty\.\s+Gen|Supt|Cmdr|Insp)\.\s+[A-Z]")
# a speaker by courtesy title and surname closing a quotation: '"… have gone home," Ms Odhiambo said.'
_COURTESY_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_QUOTE_CLOSED_BEFORE = re.compile(r"[,.!?][\"”]\s+$")


def _speaker_closing_quote(sentence: str, start: int, raw: str) -> bool:
    """'"The last 300 families went home this week," Ms Odhiambo said.': the speaker the text names by title and
    surname, the quotation's source (body:before-cue)."""
    return bool(_COURTESY_SURNAME.fullmatch(raw)) and bool(
        _QUOTE_CLOSED_BEFORE.search(sentence, max(0, start - 4), start)
    )


# a municipality by its proper name: "Halifax Regional Municipality said" (body:before-cue)
# a rescue or helpline service named by its number, no year: "Rescue 1122"
_NUMBERED_SERVICE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?!(?:19|20)\d\d\b)\d{3,4}")
_MUNICIPALITY_NAME = re.compile(r"\s(?:Regional\s+|District\s+|Metropolitan\s+)?Municipality$")
# a county speaking by its proper name: "Maui County said" (body:before-cue)
_COUNTY_NAME = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+County$")
_COMPASS = re.compile(r"(?i:north|south|east|west|northern|southern|eastern|western|central|upper|lower)\b")


def _country_speaks(sentence: str, start: int, raw: str, gazetteer: Gazetteer) -> bool:
    """ "Kyrgyzstan said on Saturday it had evacuated …": a country speaking through its government, the subject of
    a reporting verb at its clause's start; and an agency named by a word and its country ("Parks Canada said",
    "Environment Canada said"), a word that names no place itself."""
    if not _CLAUSE_OPENING.search(sentence[max(0, start - 12) : start]) or not _SPEAKING_AFTER.match(
        sentence, start + len(raw)
    ):
        # "Burkina Faso counted 2,062,534 IDPs, … published by CONASUR": the country counts, CONASUR reports
        return False
    words = raw.split()
    if not 1 <= len(words) <= 3 or _COMPASS.match(raw):
        return False
    place = gazetteer.lookup(raw, common=False)
    if place is not None:
        return place.depth == 0 and bool(place.country)
    country = gazetteer.lookup(words[-1], common=False) if len(words) > 1 else None
    return (
        country is not None
        and country.depth == 0
        and bool(country.country)
        and gazetteer.lookup(" ".join(words[:-1]), common=False) is None
        and not _DEMONYM_WORD.fullmatch(words[0])
    )


_SPEAKING_AFTER = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:also|later|earlier)\s+)?(?:said|says|announced|told|reported|stated)\b"
)
_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese|an|i)")


def _letters_serving_a_place(raw: str, gazetteer: Gazetteer) -> bool:
    """ "PDMA Khyber Pakhtunkhwa", "OCHA Somalia": an organisation's letters, then the place its office serves."""
    match = re.fullmatch(r"([A-Z]{2,8})\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})", raw)
    return bool(match) and _acronym(match.group(1)) and gazetteer.lookup(match.group(2), common=False) is not None


_LETTERS_PAIR = re.compile(r"([A-Z]{2,8}|[A-Z][a-z]{1,2}[A-Z]{2,6})\s+and\s+([A-Z]{2,8}|[A-Z][a-z]{1,2}[A-Z]{2,6})")


_LETTERS_DOCUMENT = re.compile(r"([A-Z]{2,8}|[A-Z][a-z]{1,2}[A-Z]{2,6})['’]s\s+[A-Z][\w\-]*(?:\s+[A-Z\d][\w\-]*){0,5}")


def _letters_document(raw: str, gazetteer: Gazetteer) -> bool:
    """ "SoDMA's Operational Data Portal shows", "according to NDRRMC's Master List Round 133": an organisation's
    letters owning what it published."""
    match = _LETTERS_DOCUMENT.fullmatch(raw)
    return bool(match) and _acronym(match.group(1)) and gazetteer.lookup(match.group(1), common=False) is None


def _organisation_name(raw: str, gazetteer: Gazetteer) -> bool:
    """A name of two words or more that is an organisation's by its words ("Turkish Red Crescent", "Danish Refugee
    Council") or by the shape of a charity's name ("Save the Children", "Doctors of the World"), not a place's."""
    if gazetteer.lookup(raw) is not None or _is_media(raw) or _is_news_agency(raw):
        return False
    return bool(_ORG_WORDS.search(raw) or re.fullmatch(r"[A-Z][a-z]+\s+(?:the|of\s+the)\s+[A-Z][a-z]+", raw))


def _letters_pair(raw: str, gazetteer: Gazetteer) -> bool:
    """ "NRC and UNFPA estimated", "NEMA and UNHCR said": two organisations' letters speaking together (no place's
    letters: "US and UK officials")."""
    match = _LETTERS_PAIR.fullmatch(raw)
    return bool(match) and all(
        _acronym(name) and gazetteer.lookup(name, common=False) is None and not _is_news_agency(name)
        for name in match.groups()
    )


def _the_proper_name(sentence: str, start: int, raw: str, gazetteer: Gazetteer) -> bool:
    """ "according to the General Security", "the Supreme Council said": a capitalised name of two words or more
    with "the" before it is an institution's (a person's name takes no article), unless it is a place's."""
    if not re.match(r"(?:[Tt]he)\s", sentence[start : start + 4]) or re.search(r"\btold\s+$", sentence[:start]):
        return False  # "local officials told The New Humanitarian": who was told is no body
    if not re.fullmatch(r"[A-Z][\w'’\-]+(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’\-]+){1,5}", raw):
        return False
    return gazetteer.lookup(raw) is None and not _is_media(raw)


# a level of government in lower case before an organisation's letters: "the regional SEMA", "the provincial DRRMO"
_LEVEL_BEFORE_LETTERS = re.compile(
    r"(?:regional|state|provincial|district|municipal|county|city|federal|national|local)\s+([A-Z]{2,8})"
)
_LETTERS_OF_NO_BODY = frozenset("TV NGO IDP CEO HQ MP PM".split())


def _level_before_letters(raw: str, gazetteer: Gazetteer) -> bool:
    match = _LEVEL_BEFORE_LETTERS.fullmatch(raw)
    return bool(match) and not (
        match.group(1) in _LETTERS_OF_NO_BODY
        or _is_news_agency(match.group(1))
        or _letters_of_a_place(match.group(1), gazetteer)
    )


def _acronym(raw: str) -> bool:
    """An organisation's letters: two capitals or more, not a plural of letters ("IDPs", "NGOs", "HHs")."""
    return sum(c.isupper() for c in raw) >= 2 and not re.fullmatch(r"[A-Z]+s", raw)


# a short word before an agency's letters, one name: "…, Cal OES reported", "Tonga NEMO said"
_WORD_AND_LETTERS = re.compile(r"(?P<word>[A-Z][a-z]{1,12})\s+(?P<letters>[A-Z]{2,8})")


def _word_and_letters(raw: str) -> bool:
    match = _WORD_AND_LETTERS.fullmatch(raw)
    return bool(
        match
        and _acronym(match.group("letters"))
        and match.group("word").lower() not in _DAYS_AND_MONTHS
        and not _is_news_agency(match.group("letters"))
    )


# an organisation's letters written in mixed case: "DoDMA", "SoDMA", "NaDMA"
_MIXED_LETTERS = re.compile(r"[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,8}")
# a plural of people written with a capital at a clause's start ("Survivors said"): who spoke, not a body
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ents|ants|ians|ans|ees|ies|ists|ives|men|women|ren|ple|les)")
# what a clause may open with before its subject: the sentence's start, a comma, a semicolon, "and", "but"
# (after a dateline's dash too: "KABUL - Afghanistan said …")
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:–—]|\s-|\b(?:and|but|while|whereas))\s*(?:the\s+|The\s+)?$")


_DAYS_AND_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january february march april "
    "may june july august september october november december".split()
)


_CITED_NAME_ENDS = re.compile(r"\s*(?:[.;,]|$)|\s+(?:on|in|via)\s+(?:its|their)\s+[a-z]")


def _named_subject(sentence: str, start: int, raw: str, gazetteer: Gazetteer, cited: bool = False) -> bool:
    """ "Senapred reported that …", "…, Copeco said", "according to Copeco": one capitalised word that is no place,
    no ordinary word and no plural of people, the subject of a reporting verb at its clause's start (or named after
    a cue: `cited`), names an organisation."""
    # (a letter and an apostrophe before it, not a surname's O' or D': "B'Tselem said")
    if not re.fullmatch(r"(?:[A-CE-NP-Z]['’](?=[A-Z]))?[A-Z][a-z]{3,15}", raw) or _PEOPLE_PLURAL.fullmatch(raw):
        return False
    if raw.lower() in COMMON_WORDS or raw.lower() in _NOT_BODIES or raw.lower() in _DAYS_AND_MONTHS:
        return False
    if gazetteer.lookup(raw) is not None:
        return False
    if cited:  # "according to Copeco" closing its clause, not "according to Ahmed, a resident"
        # (or where it said it: "as reported by Conred on its social media accounts")
        return bool(_CITED_NAME_ENDS.match(sentence, start + len(raw))) and not re.match(
            r"\s*,\s*(?:an?|the)\s", sentence[start + len(raw) :]
        )
    return bool(_CLAUSE_OPENING.search(sentence[max(0, start - 12) : start]))


# news outlets and wires, and media named by kind ("Lao state media", "local press"): who relays, not who reports
_MEDIA_END = re.compile(
    r"\b(?:media|press|news|news\s+agency|newspapers?|daily|tv|television|radio|broadcaster|outlets?|"
    r"broadcasting\s+(?:corporation|company|service|authority))$",
    re.I,
)


def _is_media(raw: str) -> bool:
    return _is_news_agency(raw) or bool(_MEDIA_END.search(raw))


_CITING = re.compile(r"(?i:citing|cited)\b")
_CITING_BEFORE = re.compile(r"(?i:citing|cited)\s+$")


# a body opening the sentence, its source cited between commas, then its verb: "OCHA, citing IOM's DTM, said"
_CITER_OPENS = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<body>[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and|the)\s+)?[A-Z][\w'’&.\-]*){0,6})"
)
_SAYS_AFTER_CITED = re.compile(rf"[^,;.]{{0,60}},\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:{_SAYS})\b")


def _cites_for_another(sentence: str, match: re.Match, gazetteer: Gazetteer) -> bool:
    """ "the Somali Disaster Management Agency (SoDMA) said, citing local authorities": who said it cites its own
    source and is the body, unless it is a news outlet relaying ("Lao state media reported, citing the provincial
    department": the department)."""
    cite_at = match.start()
    if not _CITING.match(sentence, cite_at):
        # "UNHCR, citing figures from the Chadian authorities, said": the cue after "citing"
        cited = _CITING_BEFORE.search(sentence, 0, match.start())
        if not cited:
            return False
        cite_at = cited.start()
    before = sentence[:cite_at].rstrip(" ,")
    said = None
    for found in _BODY_BEFORE_CUE.finditer(before):
        said = found
    if said is not None and said.end() < len(before) - 1:
        # "UNHCR said 2,500 people had fled …, citing Russian officials": who opens the sentence saying it
        said = said if said.start() == 0 or not sentence[: said.start()].strip(" \"'“") else None
    if said is None:
        # "OCHA, citing IOM's Displacement Tracking Matrix, said …": who opens the sentence and says it after
        opener = _CITER_OPENS.fullmatch(before)
        if not opener or not _SAYS_AFTER_CITED.match(sentence, match.end()):
            return False
        raw = opener.group("body")
        # (not a paper: "The Daily Star, citing …, said")
        known = _ORG_WORDS.search(raw) or (_MIXED_LETTERS.fullmatch(raw) and _acronym(raw))
        return bool(known or _resolve_body(raw, gazetteer)) and not _is_media(raw)
    raw = re.sub(r"^(?:the|The)\s+", "", said.group("body").strip(" ,."))
    # an organisation by its name's words or letters; a bare name ("Kuensel reported, citing …") is more often a
    # newspaper's
    known = _ORG_WORDS.search(raw) or (_MIXED_LETTERS.fullmatch(raw) and _acronym(raw)) or _resolve_body(raw, gazetteer)
    return bool(known) and not _is_media(raw)


# a body's own name in apposition after its description, before the verb: "the disaster agency, Senapred, said"
_NAME_IN_APPOSITION = re.compile(r",\s*([A-Z][A-Za-z\-]{2,20}|[A-Z][A-Za-z]*[A-Z][A-Za-z]*),\s")
_LETTERS_AFTER_DESCRIPTION = re.compile(r"\s+([A-Z]{2,8})(?![\w'’-])")
# a name of two to five words after a description, up to the clause's end: "the aid group Doctors Without Borders,"
_NAME_AFTER_DESCRIPTION = re.compile(
    r"\s+([A-Z][a-zé]+(?:\s+(?:(?:the|of|for|and)\s+)?[A-Z][a-zé]+){1,4})(?=\s*[,;.]|\s+(?:said|says|reported)\b)"
)
# a description a body's own name may follow: "disaster agency Senapred", "aid group Medair"
_DESCRIPTION_END = re.compile(
    r"\b(?:agency|group|organi[sz]ation|charity|NGO|body|authority|service|network|coalition|watchdog|commission|"
    r"office|committee)$",
    re.I,
)
_PLACE_POSSESSOR = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})['’]s\s+(?=[A-Z])")


_LOWER_CASE_AFTER = re.compile(r"\s+[a-z]")


def _place_office(raw: str, owning: re.Match, gazetteer: Gazetteer) -> str:
    """ "said Ada Eze, Benin's deputy interior minister" → "Benin deputy interior minister": a country owning an
    office in lower case after a person's name is written without its "'s", as the conventions write "Kano's governor
    Jane Roe" (a name that is no country keeps it: "Ada Eze, Oxfam's country director", "Ada Eze, Benue region's
    spokesman")."""
    owner = owning.group()[:-2]
    if not _LOWER_CASE_AFTER.match(raw, owning.end()):
        return raw
    place = gazetteer.lookup(owner, common=False)
    if place is None or place.depth != 0 or not place.country:
        return raw
    return owner + raw[owning.end() :]


def _without_place_possessor(raw: str, gazetteer: Gazetteer) -> str:
    """ "Pakistan's National Disaster Management Authority (NDMA)" → the authority: the country owning a body named
    by its proper name is where it reports (the places stage reads it), not part of the name. A description
    ("Kenya's disaster agency") and an owner that is no country ("Hiiraan's deputy governor") keep theirs."""
    match = _PLACE_POSSESSOR.match(raw)
    if not match or match.end() >= len(raw):
        return raw
    owner = gazetteer.lookup(match.group("owner"), common=False)
    if owner is None or owner.depth != 0 or not owner.country:
        return raw
    return raw[match.end() :]


# when a body spoke, written after its name: "on Monday", "on 3 March", "last week", "this morning"
_WHEN_AFTER = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2})|(?:last|this|on)\s+(?:week|weekend|month|morning|evening|night|year))$"
)


_OWNER_S_END = re.compile(r"['’]s$")


def _resolve_body(raw: str, gazetteer: Gazetteer) -> tuple[str, int | None] | None:
    """A body phrase as written, with the id of the body it names: the whole phrase, else its leading words
    ("IOM Displacement Tracking Matrix" → IOM). "Turkish Red Crescent" does not become "Red Crescent"."""
    words = [_OWNER_S_END.sub("", word) for word in raw.split()]  # "IOM's DTM" → IOM
    for size in range(len(words), 0, -1):
        piece = " ".join(words[:size])
        entry = gazetteer.bodies.get(name_key(piece)) or gazetteer.bodies.get(name_key("the " + piece))
        if entry:
            return raw, entry[0]
    return None


# the long patterns scan faster behind a look-ahead for the characters a match can start with: the same
# matches, less work (extraction.scanning)
_BODY_AFTER_CUE, _ANY_CUE, _CITATION, _ANAPHOR, _ORG_WORDS = map(
    guarded, (_BODY_AFTER_CUE, _ANY_CUE, _CITATION, _ANAPHOR, _ORG_WORDS)
)


# behind the same look-ahead too (measured one by one: it scans faster so)
_UNIT_IN_OFFICE = guarded(_UNIT_IN_OFFICE)

# behind the same look-ahead too: the office nouns looked for in a sentence that named no body
_OFFICE_NOUN_SEEN = guarded(_OFFICE_NOUN_SEEN)


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_BODY_BEFORE_CUE, _HEADLINE_BODY = map(guarded, (_BODY_BEFORE_CUE, _HEADLINE_BODY))


# a body's name and its letters in brackets, as the text writes them: "the Flood Relief Board (FRB)",
# "the UN humanitarian office (OCHA)"; a labeller may keep either, so the candidate keeps both (body:name-and-letters)
_LETTERS_AFTER_NAME = re.compile(r"\s*\((?P<letters>[A-Z][A-Za-z.&\-]{1,11})(?:\)|\s*$)")
# an Arabic name's short name in brackets, one or two words of Arabic letters: "… للطفولة (يونيسف)"
# (or of one word after where the body works, the last words of its name: "… الفلسطينيين في الشرق الأدنى (أونروا)";
# not a part of the place, "في السودان (شرق البلاد)")
_ARABIC_SHORT_NAME_AFTER = re.compile(
    r"\s*\((?P<letters>[\u0621-\u064A]{3,12}(?:\s[\u0621-\u064A]{2,12})?)\)"
    r"|\s+في(?:\s+[\u0621-\u064A]{2,12}){1,2}\s*\((?!(?:شمال|جنوب|شرق|غرب|وسط))(?P<short>[\u0621-\u064A]{3,12})\)"
)
_NAME_CONNECTOR = r"(?:of|for|and|on|the|in|&)"
# a person's name before "of/from the" a body's name ("Dr. Mary Obi of the …")
_PERSON_BEFORE_NAME = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])"
)
# the name just before "(LETTERS)": capitalised words and the small words between them
_NAME_BEFORE_LETTERS = re.compile(
    rf"(?<![\w'’.\-])(?P<name>[A-Z][\w'’.\-]*(?:\s+(?:{_NAME_CONNECTOR}\s+){{0,2}}[A-Z][\w'’.\-]*){{0,8}})\s*\($"
)
# a body described in lower case after its owner's name: "the UN humanitarian office (OCHA)", "Chad's refugee
# commission (CNARR)"
_DESCRIBED_BEFORE_LETTERS = re.compile(
    r"(?<![\w'’.\-])(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)?(?:\s+[a-z]+){0,2}\s+(?:office|agency|commission|"
    r"council|authority|ministry|department|service|organi[sz]ation|mission|programme|fund|centre|center))\s*\($"
)
# in French the words after the first are mostly in lower case ("l'Office national de protection civile (ONPC)"):
# a capitalised word after an article, then up to eight words that are no verb or conjunction
_FRENCH_NAME_BEFORE_LETTERS = re.compile(
    r"(?:\b(?i:l['’]|le\s|la\s|les\s|du\s|des\s|d['’]|au\s|aux\s|par\s|selon\s))\s*(?P<name>[A-Z][\w'’\-]*"
    r"(?:\s+(?!(?:a|ont|est|sont|que|qui|dont|selon|dans|en|sur|avec|après|avant|depuis)\b)[^\W\d][\w'’\-]*){0,8})"
    r"\s*\($"
)


def with_letters(text: str, written: str, gazetteer: Gazetteer, french: bool = False) -> str | None:
    """A body written with its letters in brackets somewhere in `text`: "Name (LETTERS)", from its name
    ("… Centre" → "… Centre (NDCC)") or its letters ("NDCC" → "National … (NDCC)"); None when the text never
    writes it so."""
    if "(" not in text or not written or written.endswith(")"):
        return None
    at = text.find(written)
    while at >= 0:
        after = _LETTERS_AFTER_NAME.match(text, at + len(written)) or (
            _ARABIC_SHORT_NAME_AFTER.match(text, at + len(written)) if re.search("[\u0621-\u064a]", written) else None
        )
        if after and (at == 0 or not (text[at - 1].isalnum())):
            return f"{written} ({after.group('letters') or after.group('short')})"
        at = text.find(written, at + 1)
    if not re.fullmatch(r"[A-Z][A-Za-z.&\-]{1,11}", written) or sum(c.isupper() for c in written) < 2:
        return None
    at = text.find(f"({written})")
    if at < 1:
        return None
    before = text[max(0, at - 160) : at + 1]
    name = (_FRENCH_NAME_BEFORE_LETTERS if french else _NAME_BEFORE_LETTERS).search(before) or (
        None if french else _DESCRIBED_BEFORE_LETTERS.search(before)
    )
    if not name or name.group("name") == written:
        return None
    # "the UNHCR-led Return Monitoring Network (RMN)": the network's name
    named = re.sub(r"^(?:The|A|An)\s+|^.*\b[\w]+-(?:led|run|backed)\s+", "", name.group("name"))
    person = _PERSON_BEFORE_NAME.match(named)
    if person and not _ORG_WORDS.search(person.group()) and not _ORG_NAME_WORDS.search(person.group()):
        named = named[person.end() :]  # "Dr. Mary Obi of the Cross River Emergency Agency (CREA)": the agency's
    if " " not in named or gazetteer.lookup(named) is not None:
        return None  # "fled to Mellit (MSF)": a place before a citation, not the body's name
    return f"{named} ({written})"


# the actor as body: an organisation or authority that is the subject of the act that gives the count, at its
# clause's start, after an opening phrase too ("In Sofala, WFP relocated 900 families", "Since the buses began
# running, Zambia Railways has evacuated 610 people") (body:subject)
_OPENING_PHRASE = (
    r"(?:In|On|Since|By|As\s+of|Between|After|Following|Ahead\s+of|Before|During|Over|Last|This|Earlier|"
    r"Meanwhile|So\s+far|To\s+date|Overall|Separately)\b[^;:,]{0,100},\s+"
)
_ACTOR_OPENING = r"\s*(?:[A-Z][\w'’ -]{0,30}:\s+)?(?:" + _OPENING_PHRASE + r")?"
# the same opening before a subject that no reporting verb names, with its comma or, for a time, without: "On 3 May
# the Ministry of Civil Security (MCS) published …", "Last week DTM monitored …", "In May, OCHA mapped …"
_SUBJECT_OPENING = re.compile(
    r"\s*(?:" + _OPENING_PHRASE + r"|(?:(?:On|In|Last|This|Earlier|During)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+"
    r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|week|month|year|this\s+(?:week|month|year))|Yesterday|Today)\s+)"
    r"(?=(?:[Tt]he\s+)?[A-Z])"
)
_ACTOR_LETTERS = r"[A-Z]{2,8}|[A-Z][a-z]{1,2}[A-Z]{2,6}"
_ACTOR_WORK = (
    r"(?i:survey|report|round|assessment|data|figures|count|update|tracking|registration|matrix|monitoring|"
    r"profiling|teams?|staff)"
)
_ACTOR = re.compile(
    _ACTOR_OPENING + r"(?:[Tt]he\s+)?(?:"
    # "IOM's new survey puts …", "DTM Round 4 (May) identified …", "UNHCR and partners relocated …"
    rf"(?P<letters>{_ACTOR_LETTERS})(?:['’]s\s+(?:[a-z]+\s+){{0,2}}(?:[A-Z][\w-]*\s+){{0,4}}{_ACTOR_WORK}"
    r"|\s+Round\s+\d+(?:\s*\([^()]{1,40}\))?|\s+(?i:flow\s+monitoring|teams|staff)|\s+and\s+(?:its\s+)?partners)?"
    # "Zambia's disaster unit DMMU relocated …": the letters after their description
    rf"|[A-Z][\w'’-]+['’]s\s+(?:[a-z]+\s+){{0,2}}[a-z]+(?:\s+|,\s+(?=[A-Z]+,))(?P<described>{_ACTOR_LETTERS}),?"
    # "Malawian authorities relocated …", "Civil protection authorities in Sofala moved …"
    r"|(?P<authorities>(?!(?:The|A|An|These|Those|Local|Some)\s)(?:[A-Z][a-z]+\s+){1,2}(?:authorities|government)|Civil\s+(?:defen[cs]e|protection)\s+"
    r"authorities)(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+[a-z]+)?)?"
    # "Rescue 1122 has evacuated …": a service named by its number (no year)
    # (not a count's own words: "Another 600 had moved", "Some 1,300 …")
    r"|(?P<service>(?!(?i:another|a\s+further|further|additional|only|just|(?:" + QUALIFIER_WORDS + r"))\s)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?!(?:19|20)\d\d\b)\d{3,4}(?![\d,.]))"
    # "Zambia Railways moved …": a capitalised name
    r"|(?P<name>[A-Z][\w'’&.\-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’&.\-]*){1,6})"
    r")\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:also\s+|already\s+|now\s+|so\s+far\s+)?"
    r"(?:evacuated|relocated|moved|shifted|transferred|airlifted|registered|registering|recorded|recording|counted|"
    r"identified|estimated|estimates|puts|put|tallied|sheltered|sheltering|housed|tracked|verified)\b"
)
# armed groups doing what displaces people are no body
_ARMED_GROUPS = frozenset(
    "RSF SAF ADF ISIS ISWAP JNIM CODECO FDLR LRA SPLA PKK YPG SDF TPLF ELN FARC ISKP HTS AQIM".split()
)


# what the subject did, in a participle clause before it: "Having evacuated 2,400 people from …, Namibian
# authorities are now …", "After relocating 900 families to …, UNHCR opened …"
_PARTICIPLE_THEN_SUBJECT = re.compile(
    r"\s*(?:Having\s+(?:[a-z]+ly\s+|already\s+)?|After\s+|Since\s+)"
    r"(?:evacuat|relocat|mov|shift|transferr|airlift|shelter|hous|register|record|count|rescu)(?:ed|ing)\b"
    r"[^;:.()]{1,160}?,\s+(?:[Tt]he\s+)?"
    rf"(?P<body>(?P<letters>{_ACTOR_LETTERS})|(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:authorities|officials|government))"
    r"\s+(?:(?:is|are|was|were|has|have|had|also|now|then|later)\b|[a-z]{3,}(?:ed|s)\b)"
)


def _participle_then_subject(sentence: str, gazetteer: Gazetteer) -> str | None:
    """The subject of a participle clause that opens the sentence: an organisation's letters or a nation's
    authorities; not local authorities, a place, an armed group or a news agency."""
    match = _PARTICIPLE_THEN_SUBJECT.match(sentence)
    if match is None:
        return None
    if (letters := match.group("letters")) is not None:
        if letters in _ARMED_GROUPS or not _acronym(letters) or _is_news_agency(letters) or gazetteer.lookup(letters):
            return None
        return letters
    owner = match.group("owner")
    place = gazetteer.lookup(owner, common=False)
    if _DEMONYM_WORD.fullmatch(owner) or (place is not None and place.depth == 0):
        return match.group("body")
    return None


def _actor_body(sentence: str, gazetteer: Gazetteer) -> str | None:
    """The organisation or authority that did what gives the count: "WFP relocated 900 families", "Malawian
    authorities moved 2,600 people", "DTM Round 4 identified …"; not a person, a place or an armed group
    ("" for an armed group: no body)."""
    actor = _ACTOR.match(sentence)
    if actor is None:
        return None
    letters = actor.group("letters") or actor.group("described")
    if letters:
        if letters in _ARMED_GROUPS:
            return ""  # "RSF moved 4,000 people out of Tawila"
        if not _acronym(letters) or _is_news_agency(letters):
            return None
        return None if _letters_of_a_place(letters, gazetteer) else letters
    if actor.group("service"):
        return actor.group("service")
    if actor.group("authorities"):
        raw = actor.group("authorities")
        owner = raw.rsplit(None, 1)[0]
        if raw.startswith("Civil") or _DEMONYM_WORD.fullmatch(owner) or gazetteer.lookup(owner) is not None:
            return raw
        return None
    raw = _without_place_possessor(actor.group("name"), gazetteer)  # "Cuba's Civil Defence evacuated …"
    if gazetteer.lookup(raw) is not None or _is_media(raw) or raw.lower() in _NOT_BODIES:
        return None  # "Sofala evacuated …": a place
    words = raw.split()
    if _resolve_body(raw, gazetteer) or _ORG_WORDS.search(raw) or _ORG_NAME_WORDS.search(raw):
        return raw
    # "Zambia Railways": a nation's or a place's named service
    if len(words) == 2 and (_DEMONYM_WORD.fullmatch(words[0]) or gazetteer.lookup(words[0]) is not None):
        return raw if re.fullmatch(r"[A-Z][a-z]+s", words[1]) else None
    return None
