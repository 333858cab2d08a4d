"""French: the vocabulary that glosses a French text for the English stages (numbers, qualifiers, units, terms,
traps, reporting cues and bodies, dates) and the French country names."""

from __future__ import annotations

import re
from functools import lru_cache

from extraction.languages import gloss
from extraction.languages.names import french_countries

_APOSTROPHE = str.maketrans({"’": "'", "ʼ": "'"})


@lru_cache(maxsize=65_536)  # a text reads each word many times (phrases and names starting at every word)
def fold(word: str) -> str:
    return word.translate(_APOSTROPHE).lower()


_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                            r"twenty|thirty|forty|fifty|sixty|hundred|thousand|million|thousands|hundreds))"
                            r"\s*$")  # fmt: skip
_SINCE_BEFORE = re.compile(r"\b(?:since|from|between|by)\s*$", re.I)
_ACCORDING_TO_BEFORE = re.compile(r"according to\s*$")


def _after_number(english_after: str, english_alone: str):
    """'mille' after a number is 'thousand' ("5 mille"), alone 'one thousand' ("mille personnes")."""

    def choose(context: gloss.Context) -> str:
        return english_after if _NUMBER_BEFORE.search(context.before) else english_alone

    return choose


def _brings_to(after_body: str):
    """'… qui estime à 362 000 le nombre de déplacés' → 'brings to' (the figure before what it counts); after the body
    that estimates it ("L'OIM estime à 700 000 le nombre …") the body is named by its verb as well."""

    def choose(context: gloss.Context) -> str:
        return after_body if context.writer is not None and _BODY_LAST.search(context.before) else "brings to"

    return choose


# (and its letters in brackets after its name: "Le Haut-Commissariat de l'ONU pour les réfugiés (HCR) estime à …")
_BODY_LAST = re.compile(r"\b[A-Z][\w-]*\)?\s*$")


def _says_after_comma(context: gloss.Context) -> str:
    """', note la DTM' → 'says'; 'une note' (a document) is left as written."""
    return "says" if context.before.rstrip().endswith(",") else "note"


def _people_after_number(after: str, alone: str):
    """'9 200 à vivre' → '9 200 people living'; 'à vivre' after anything else → 'to live'."""
    return lambda context: after if _NUMBER_BEFORE.search(context.before) else alone


def _on_if_date(context: gloss.Context) -> str:
    """'le 12 mars' → 'on 12 March'; 'le' otherwise → 'the'."""
    if context.after and (context.after[0].isdigit() or context.after[0] in _WEEKDAYS):
        return "" if _SINCE_BEFORE.search(context.before) else "on"
    return "the"


def _au(context: gloss.Context) -> str:
    """'au 15 novembre' → 'as of'; 'au Tchad' → 'in'."""
    return "as of" if context.after and context.after[0][:1].isdigit() else "in"


def _a(context: gloss.Context) -> str:
    """'à 45 000 personnes' → 'to' (who received something); 'à Kaya' → 'in'."""
    after = [word for word in context.after if word not in _BETWEEN_VERB_AND_COUNT]  # "à désormais 9 000"
    following = after[0] if after else ""
    if not (following[:1].isdigit() or following in _QUALIFYING):
        return "in"
    # "ont distribué des articles ménagers à 9 000 familles": whom the aid reached, as English reads it
    return "to reach" if _AID_IN_CLAUSE.search(context.clause()) else "to"


_AID_IN_CLAUSE = re.compile(r"\b(?:distributed|provided|delivered|supplied|given|offered|handed out)\b")


def _that_is(context: gloss.Context) -> str:
    """'1 050 ménages ont été réinstallés sur le site de Kaga-Bandoro, soit un total de 5 200 personnes': the same
    figure in the other unit, however far the first stands ("households, representing" is how English reads a
    conversion); right after the unit ("2 000 ménages, soit 10 500 personnes") or with no count before it, "or"."""
    clause = context.clause()
    if not _UNIT_COUNTED.search(clause) or _UNIT_LAST.search(clause):
        return "or"
    return _UNIT_COUNTED.search(clause).group("unit") + ", representing"


_UNIT_COUNTED = re.compile(r"\d\s+(?:[a-z]+\s+){0,2}?(?P<unit>households|families|people|individuals)\b")
_UNIT_LAST = re.compile(r"\b(?:households|families|people|individuals|persons)\s*,?\s*$")


def _are_or_number(are: str, number: str):
    """'les déplacés de longue durée sont 380 000' → 'number 380 000' (a count of the displaced named before, as
    English writes "the displaced number 380,000"); 'sont' otherwise → 'are'."""

    def choose(context: gloss.Context) -> str:
        following = [word for word in context.after if word not in _NOW]  # "sont désormais plus de 300 000"
        if following and (following[0][:1].isdigit() or following[0] in _QUALIFYING):
            if _DISPLACED_NAMED.search(context.clause()):
                return number
        return are

    return choose


_NOW = frozenset(("désormais", "aujourd'hui", "déjà", "encore", "maintenant"))
_DISPLACED_NAMED = re.compile(r"\b(?:displaced|refugees|IDPs|returnees|evacuees)\b[^\d]*$")


def _sheltered_or(english: str):
    """'300 sinistrés sont toujours hébergés par la Croix-Rouge': disaster victims given shelter are displaced (within
    three words); 'les inondations ont fait 500 sinistrés' → 'affected'."""

    def choose(context: gloss.Context) -> str:
        sheltered = _SHELTERED.intersection(context.after[:3]) or _SHELTERING_BEFORE.search(context.clause())
        return "displaced people" if sheltered else english

    return choose


# "… sites d'hébergement …, où séjournent encore 2 480 sinistrés": the verb of staying before them
_SHELTERING_BEFORE = re.compile(
    r"\b(?:sheltering|staying|housed|sheltered)\s+(?:[a-zé]+\s+){0,2}?(?:(?:about|some|nearly|more than|over|"
    r"at least|almost)\s+)?\d[\d ,.]*\s*$"
)


_SHELTERED = frozenset(
    "hébergés hébergées relogés relogées évacués évacuées entassent dorment séjournent campent passé dormaient dormi "
    "entassés entassées s'entassaient".split()
)


def _for_or_population(context: gloss.Context) -> str:
    """'270 000 déplacés pour 60 000 habitants avant la crise' → 'in a town of' (a town's people, no figure);
    'pour' otherwise → 'for'."""
    following = context.after[0] if context.after else ""
    counted = following[:1].isdigit() and any(w.startswith("habitant") for w in context.after[1:3])
    if counted:
        return "in a town of"
    # "ont fui Tillia pour Tahoua", "ont quitté le Mali pour le Niger": the place they went to, as English writes it
    return "and went to" if _LEFT_A_PLACE_BEFORE.search(context.clause()) else "for"


_LEFT_A_PLACE_BEFORE = re.compile(r"\b(?:fled|left|abandoned)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*$")


def _to_flee_to(context: gloss.Context) -> str:
    """'les attaques ont poussé 1 850 ménages … à rejoindre le chef-lieu de Téra' → 'to flee to' (people forced to go
    somewhere); 'à rejoindre' otherwise → 'to reach'."""
    return "to flee to" if _FORCED_IN_CLAUSE.search(context.clause()) else "to reach"


_FORCED_IN_CLAUSE = re.compile(r"\b(?:forced|pushed|driven|compelled)\b")


def _and_of(context: gloss.Context) -> str:
    """'fait état de 12 morts et de 3 400 déplacés' → 'and' (the second count of a list); 'et de' otherwise →
    'and of'."""
    following = context.after[0] if context.after else ""
    return "and" if following[:1].isdigit() or following in _QUALIFYING else "and of"


def _rising_to(context: gloss.Context) -> str:
    """'a triplé en un an pour atteindre plus d'un million' → ', rising to' (the count now, as English writes it);
    'pour atteindre les villages' → 'to reach'."""
    following = context.after[0] if context.after else ""
    return ", rising to" if following[:1].isdigit() or following in _QUALIFYING else "to reach"


_QUALIFYING = frozenset("plus près environ quelque quelques au moins près plusieurs des".split())

_MONTHS = {
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March", "avril": "April",
    "mai": "May", "juin": "June", "juillet": "July", "août": "August", "aout": "August",
    "septembre": "September", "octobre": "October", "novembre": "November", "décembre": "December",
    "decembre": "December",
}  # fmt: skip
_WEEKDAYS = {
    "lundi": "Monday", "mardi": "Tuesday", "mercredi": "Wednesday", "jeudi": "Thursday", "vendredi": "Friday",
    "samedi": "Saturday", "dimanche": "Sunday",
}  # fmt: skip

VOCABULARY: dict[str, gloss.Gloss] = {
    # numbers and vague amounts
    "près d'un million": "nearly one million",
    "près d'un demi-million": "nearly half a million",
    "un demi-million": "half a million",
    "un million": "one million",
    "un million et demi": "1.5 million",
    "million": "million",
    "millions": _after_number("million", "millions"),
    "milliard": "billion",
    "milliards": "billion",
    "mille": _after_number("thousand", "one thousand"),
    "mil": _after_number("thousand", "one thousand"),
    # "7 milles déplacés": "mille" as some write it after a number (alone, miles)
    "milles": _after_number("thousand", "miles"),
    "cent": _after_number("hundred", "one hundred"),
    "cents": "hundred",
    "des millions de": "millions of",
    "des milliers de": "thousands of",
    "des milliers": "thousands",
    "plusieurs milliers de": "thousands of",
    "plusieurs milliers": "thousands",
    "quelques milliers de": "thousands of",
    "quelques milliers": "thousands",
    "milliers de": "thousands of",
    "milliers": "thousands",
    "des dizaines de milliers de": "tens of thousands of",
    "des dizaines de milliers": "tens of thousands",
    "plusieurs dizaines de milliers de": "tens of thousands of",
    "dizaines de milliers de": "tens of thousands of",
    "des centaines de milliers de": "hundreds of thousands of",
    "des centaines de milliers": "hundreds of thousands",
    "plusieurs centaines de milliers de": "hundreds of thousands of",
    "centaines de milliers de": "hundreds of thousands of",
    "des centaines de": "hundreds of",
    "des centaines": "hundreds",
    "plusieurs centaines de": "hundreds of",
    "quelques centaines de": "hundreds of",
    "centaines de": "hundreds of",
    "des dizaines de": "dozens of",
    "plusieurs dizaines de": "dozens of",
    "dizaines de": "dozens of",
    "plus d'un demi-million de": "more than half a million", "plus d'un demi-million": "more than half a million",
    "un demi-million de": "half a million", "près d'un demi-million de": "nearly half a million",
    "une centaine de": "about one hundred",
    "un millier de": "about one thousand",
    "une dizaine de": "about ten",
    "un": "a", "une": "a", "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "six": "six",
    "sept": "seven", "huit": "eight", "neuf": "nine", "dix": "ten", "onze": "eleven", "douze": "twelve",
    "quinze": "fifteen", "vingt": "twenty", "trente": "thirty", "quarante": "forty", "cinquante": "fifty",
    "soixante": "sixty",
    # qualifiers
    "plus de": "more than", "un peu plus de": "more than", "bien plus de": "well over", "au-delà de": "over",
    "près de": "nearly", "presque": "almost", "quasiment": "almost", "pas moins de": "no fewer than",
    "au moins": "at least", "au minimum": "at least", "moins de": "less than", "jusqu'à": "up to",
    "environ": "about", "quelque": "some", "approximativement": "approximately", "autour de": "around",
    "aux alentours de": "around", "de l'ordre de": "around", "un total de": "a total of", "au total": "in total",
    "estimé à": "estimated at", "estimés à": "estimated at", "estimées à": "estimated at", "estimée à": "estimated at",
    "plus d'un million": "more than one million", "près d'un": "nearly one", "plus d'un": "more than one",
    "le nombre de": "the number of", "le nombre total de": "the total number of", "nombre": "number",
    "population du site": "camp population", "population du camp": "camp population", "désormais": "now",
    "à fuir": "to flee from", "à quitter leurs foyers": "forced out of their homes",
    # "forcé 650 familles à quitter le quartier de Kalamu", "ont regagné leurs districts d'origine"
    "à quitter": "to leave", "regagné": "returned to", "ont regagné": "have returned to",
    "a regagné": "has returned to",
    "d'origine": "of origin", "quartier": "district", "quartiers": "districts",
    "ont pris la route": "fled", "a pris la route": "fled", "pris la route": "fled", "exode": "exodus",
    "se sont retrouvés": "were left", "se sont retrouvées": "were left",
    # where people still live: "vivent toujours sous des tentes"
    "vivent": "live", "vivant": "living", "vit": "lives", "toujours": "still", "sous des tentes": "in tents",
    "sous tente": "in tents", "sous des bâches": "in tents", "ans": "years",
    # who said it, without their role: "a déclaré à l'AFP le chef de bureau du HCR" → "said the UNHCR"
    "à l'AFP": "", "à Reuters": "", "à RFI": "", "à l'Agence France-Presse": "", "à Anadolu": "",
    "nous avons": "we have", "ont participé": "participated", "a participé": "participated",
    "participé": "participated", "espère": "plans to", "espèrent": "plan to", "relocaliser": "relocate",
    "d'ici": "by",
    # more ways of leaving, being taken in and put out: "ont déserté leurs domiciles", "ont été accueillies par des
    # familles d'accueil", "ont été délogées du quartier", "a mis à l'abri 980 personnes", "ont afflué à Kitchanga"
    "déserté": "abandoned", "ont déserté": "have abandoned", "a déserté": "has abandoned",
    "accueillis": "hosted", "accueillies": "hosted", "accueilli": "hosted", "accueillie": "hosted",
    "familles d'accueil": "host families", "famille d'accueil": "host family", "chez des proches": "with relatives",
    "délogés": "evicted", "délogées": "evicted", "délogé": "evicted", "délogée": "evicted", "lors": "during",
    "a mis à l'abri": "moved to safety", "ont mis à l'abri": "moved to safety", "mis à l'abri": "moved to safety",
    "mises à l'abri": "moved to safety", "à l'approche": "ahead", "afflué": "flocked",
    "ont afflué": "have flocked", "a afflué": "has flocked", "afflué à": "flocked to",
    "ont afflué à": "have flocked to", "a afflué à": "has flocked to", "afflué vers": "flocked to",
    "ont afflué vers": "have flocked to", "fourni": "provided", "a fourni": "provided", "ont fourni": "provided",
    "fournit": "provides", "remis": "handed out", "offert": "offered",
    "à quitter leurs maisons": "forced out of their homes", "à quitter leur domicile": "forced out of their homes",
    "à rentrer": "to return", "rapatrier": "return", "rapatriement": "return",
    "ont contraint": "forced", "a contraint": "forced", "contraint": "forced",
    "a forcé": "forced", "ont forcé": "forced", "poussé": "forced", "ont poussé": "forced", "a poussé": "forced",
    "dépasse": "exceeded", "dépassé": "exceeded", "dépassant": "exceeding", "dépassait": "exceeded",
    "dépasse les": "exceeded", "dépassé les": "exceeded", "dépassait les": "exceeded", "dépassant les": "exceeding",
    "dépasse désormais": "now exceeded", "dépassait désormais": "now exceeded", "a désormais dépassé": "now exceeded",
    "à abandonner": "to leave", "à abandonner leurs foyers": "to leave their homes",
    "à abandonner leurs maisons": "to leave their homes", "à abandonner leurs villages": "to leave their homes",
    "jeté à la rue": "made homeless", "a jeté à la rue": "made homeless", "ont jeté à la rue": "made homeless",
    "jetés à la rue": "made homeless", "jetées à la rue": "made homeless",
    # the adjective after the noun goes before it, as the English stages read it
    "personnes déplacées": "displaced people", "familles déplacées": "displaced families",
    "ménages déplacés": "displaced households", "personnes évacuées": "evacuated people",
    "personnes retournées": "returned people", "personnes sinistrées": "affected people",
    # units
    "personnes": "people", "personne": "person", "individus": "individuals", "habitants": "residents",
    "civils": "civilians", "résidents": "residents", "villageois": "villagers", "familles": "families",
    "famille": "family", "ménages": "households", "ménage": "household", "foyers": "households",
    "enfants": "children", "femmes": "women", "hommes": "men", "âgées": "elderly",
    "réfugiés": "refugees who fled", "réfugiées": "refugees who fled", "rapatriés": "returnees", "migrants": "migrants",
    "ressortissants": "nationals", "ressortissantes": "nationals",
    "demandeurs d'asile": "refugees who fled", "demandeuses d'asile": "refugees who fled", "autres": "others",
    "nouveaux": "new", "nouvelles": "new",
    "supplémentaires": "additional",
    # terms
    "déplacés internes": "internally displaced", "déplacées internes": "internally displaced",
    "personnes déplacées internes": "internally displaced people", "PDI": "IDPs", "pdi": "IDPs",
    "déplacés": "displaced", "déplacées": "displaced", "déplacé": "displaced", "déplacée": "displaced",
    "déplacement": "displacement", "déplacements": "displacements", "nouveaux déplacements": "new displacements",
    "ont fui": "fled", "a fui": "fled", "avaient fui": "had fled", "ont dû fuir": "were forced to flee",
    "fui": "fled", "fuir": "flee", "fuyant": "fleeing", "fuient": "flee", "fuite": "flight", "en fuite": "fleeing",
    "ont été contraintes de fuir": "were forced to flee", "ont été contraints de fuir": "were forced to flee",
    "contraints de fuir": "forced to flee", "contraintes de fuir": "forced to flee",
    "contraints de quitter leurs foyers": "forced to leave", "contraintes de quitter leurs foyers": "forced to leave",
    "ont quitté": "have left", "a quitté": "has left", "quitté": "left", "quittent": "leave",
    "ont quitté leurs foyers": "left their homes", "ont quitté leurs maisons": "left their homes",
    "ont abandonné leurs foyers": "abandoned their homes", "ont abandonné leurs maisons": "abandoned their homes",
    "ont chassé": "forced", "a chassé": "forced", "chassé": "forced", "de leurs foyers": "from their homes",
    "de leurs maisons": "from their homes", "de chez eux": "from their homes",
    "chassés de leurs foyers": "forced from their homes", "chassées de leurs foyers": "forced from their homes",
    "ont été chassés de chez eux": "were forced from their homes",
    "déracinés": "uprooted", "déracinées": "uprooted", "sans-abri": "homeless", "sans abri": "homeless",
    "se sont réfugiés": "sought refuge", "se sont réfugiées": "sought refuge", "ont trouvé refuge": "found refuge",
    "trouvé refuge": "found refuge", "ont traversé la frontière": "crossed the border",
    # refuge found in the present and the past of narration: "300 familles trouvent refuge chaque semaine à …"
    "trouvent refuge": "find refuge", "trouve refuge": "finds refuge", "trouvaient refuge": "found refuge",
    "trouvèrent refuge": "found refuge",
    # refuge or shelter found, sought or forced: "ont trouvé abri dans les écoles", "forcé 4 000 civils à se réfugier"
    "trouvé abri": "found shelter", "trouvé un abri": "found shelter", "trouvé asile": "found refuge",
    "à se réfugier": "to seek refuge", "se réfugier": "seek refuge", "à se mettre à l'abri": "to seek shelter",
    "se mettre à l'abri": "seek shelter", "se sont mis à l'abri": "took shelter",
    "se sont mises à l'abri": "took shelter",
    "centres d'hébergement": "shelters", "centre d'hébergement": "shelter", "sites d'hébergement": "shelters",
    "centres d'hébergement d'urgence": "emergency shelters", "abris d'urgence": "emergency shelters",
    "abris temporaires": "temporary shelters", "abris provisoires": "temporary shelters",
    "sont arrivés": "arrived", "sont arrivées": "arrived", "arrivés": "arrived", "arrivées": "arrivals",
    "nouvelles arrivées": "new arrivals", "nouveaux arrivants": "new arrivals",
    "évacués": "evacuated", "évacuées": "evacuated", "évacué": "evacuated", "évacuée": "evacuated",
    "évacuation": "evacuation", "évacuations": "evacuations", "évacuer": "evacuate",
    "retournés": "returned", "retournées": "returned", "sont retournés": "have returned",
    "sont retournées": "have returned", "sont rentrés": "have returned", "sont rentrées": "have returned",
    "rentrés chez eux": "returned home", "rentrées chez elles": "returned home", "rentrés": "returned",
    "ont regagné leurs foyers": "returned home", "ont regagné leurs villages": "returned home",
    "regagné leurs foyers": "returned home", "retour": "return", "retours": "returns",
    "relocalisés": "relocated", "relocalisées": "relocated", "réinstallés": "resettled",
    "réinstallées": "resettled", "relogés": "rehoused", "relogées": "rehoused",
    "hébergés dans des sites": "sheltering in sites", "hébergées dans des sites": "sheltering in sites",
    "hébergés dans des écoles": "sheltering in schools", "hébergées dans des écoles": "sheltering in schools",
    "hébergés": "housed", "hébergées": "housed", "hébergés dans": "sheltering in", "hébergées dans": "sheltering in",
    "centres d'accueil": "reception centres", "centre d'accueil": "reception centre",
    "centres collectifs": "collective centres", "pour se réinstaller": "to resettle", "se réinstaller": "resettle",
    "ont franchi la frontière": "crossed the border", "a franchi la frontière": "crossed the border",
    "ont franchi": "crossed", "franchi": "crossed", "la frontière": "the border",
    "articles ménagers": "household items", "biens non alimentaires": "non-food items",
    "nouvellement arrivés": "newly arrived", "nouvellement arrivées": "newly arrived",
    "redoute que": "fears that", "redoutent que": "fear that", "craint que": "fears that", "craignent que": "fear that",
    "fait état de": "reported", "font état de": "reported", "faisait état de": "reported",
    "a fait état de": "reported", "ont fait état de": "reported", "vivent dans des camps": "living in camps",
    "vivant dans des camps": "living in camps", "dans des camps": "in camps", "dans les camps": "in camps",
    "sites de déplacés": "displacement sites", "sites de déplacement": "displacement sites",
    "camps de déplacés": "displacement camps", "abris": "shelters", "abri": "shelter",
    # traps
    "tués": "killed", "tuées": "killed", "tué": "killed", "tuée": "killed", "morts": "dead", "mort": "dead",
    "décès": "deaths", "décédés": "died", "blessés": "injured", "blessées": "injured", "blessé": "injured",
    "disparus": "missing", "disparues": "missing", "enlevés": "abducted", "enlevées": "abducted",
    "arrêtés": "arrested", "détenus": "detained",
    "maisons détruites": "houses destroyed", "habitations détruites": "houses destroyed",
    "détruites": "destroyed", "détruits": "destroyed", "détruit": "destroyed", "détruite": "destroyed",
    "endommagées": "damaged", "endommagés": "damaged", "endommagé": "damaged", "endommagée": "damaged",
    "maisons": "houses", "habitations": "houses", "cases": "houses",
    "aide": "aid", "aides": "aid", "assistance": "assistance", "aide distribuée": "aid distributed",
    "distribué": "distributed", "distribuée": "distributed", "distribués": "distributed",
    "distribuées": "distributed", "distribution": "distributed", "distributions": "distributed",
    "ont reçu": "received", "a reçu": "received", "reçu": "received", "bénéficié": "benefited",
    "ont bénéficié": "benefited", "bénéficiaires": "beneficiaries", "vivres": "food", "nourriture": "food",
    "alimentaire": "food", "dans le besoin": "in need", "ont besoin": "need aid", "besoin": "need",
    "a besoin": "need aid", "nécessitent": "require", "nécessitant": "requiring",
    "touchés": "affected", "touchées": "affected", "touché": "affected", "a touché": "affected",
    "ont touché": "affected", "touche": "affects", "scolarisés": "enrolled in school",
    "scolarisées": "enrolled in school", "scolarisé": "enrolled in school", "affectés": "affected",
    "affectées": "affected",
    "sinistrés": _sheltered_or("affected"), "sinistrées": _sheltered_or("affected"), "vaccinés": "vaccinated",
    "vacciné": "vaccinated",
    "a vacciné": "vaccinated", "ont vacciné": "vaccinated",
    "aidé": "helped", "a aidé": "helped", "soigné": "treated", "a soigné": "treated", "soignés": "treated",
    "pourraient": "could be", "pourrait": "could be", "risquent": "at risk", "menacés": "threatened",
    "menacées": "threatened", "prévoit de": "plans to", "prévoient de": "plans to", "prévoyait de": "plans to",
    "envisage de": "plans to", "envisagent de": "plans to", "compte de": "plans to", "comptent de": "plans to",
    "vont": "will", "va": "will", "devraient": "expected to", "devrait": "expected to",
    "prévu": "planned", "capacité": "capacity",
    "accueillir": "accommodate", "peut accueillir": "can accommodate", "peuvent accueillir": "can accommodate",
    "pouvant accueillir": "can accommodate", "capable d'accueillir": "can accommodate",
    "capables d'accueillir": "can accommodate", "prévoit d'": "plans to", "prévoient d'": "plans to",
    "prévoyait d'": "plans to", "envisage d'": "plans to", "envisagent d'": "plans to", "si": "if",
    # a share of a total: "un tiers des 15 000 habitants ont fui" gives no figure for the total
    "un tiers des": "a third of the", "un tiers de": "a third of", "deux tiers des": "two thirds of the",
    "la moitié des": "half of the", "la moitié de": "half of", "un quart des": "a quarter of the",
    "trois quarts des": "three quarters of the", "la majorité des": "most of the", "une partie des": "part of the",
    # people living abroad as refugees: "1,3 million de Sud-Soudanais vivent en exil en Ouganda"
    "en exil": "fled into exile", "vivent en exil": "have fled into exile", "vivant en exil": "who fled into exile",
    "sont en exil": "have fled into exile", "inscrits": "enrolled", "atteint": "reached",
    "atteints": "reached", "cas": "cases", "choléra": "cholera", "soldats": "soldiers", "combattants": "fighters",
    "tonnes": "tonnes", "hectares": "hectares", "kilomètres": "kilometres", "pour cent": "percent",
    "dollars": "dollars", "euros": "euros", "villages": "villages", "écoles": "schools",
    # function words
    "ont été": "have been", "a été": "has been", "avaient été": "had been", "est": "is",
    "sont": _are_or_number("are", "number"), "était": "was", "étaient": _are_or_number("were", "numbered"),
    "ont": "have", "a": "has", "avaient": "had", "été": "been",
    "le": _on_if_date, "la": "the", "les": "the", "l'": "the", "des": "", "de": "of", "d'": "of", "du": "of the",
    "au": _au, "aux": "in", "soit": _that_is, "à": _a, "dans": "in", "en": "in", "vers": "towards", "depuis": "since",
    "et": "and", "mais": "but", "tandis que": "while", "alors que": "while", "dont": "including",
    "parmi lesquels": "including", "parmi lesquelles": "including", "y compris": "including", "qui": "who",
    "leurs foyers": "their homes", "leurs maisons": "their homes", "leurs domiciles": "their homes",
    "leurs villages": "their villages", "chez eux": "home", "pour": _for_or_population, "avec": "with", "sur": "on",
    "par": "by", "entre": "between", "ou": "or", "après": "after", "suite à": "after",
    "à la suite de": "after", "à la suite des": "after", "à la suite d'": "after", "à la suite du": "after the",
    "suite aux": "after", "suite au": "after the", "a-t-on appris": "", "apprend-on": "",
    "chez elles": "home",
    # periods
    "cette semaine": "this week", "la semaine dernière": "last week", "le mois dernier": "last month",
    "ces derniers jours": "in the past days", "au cours des derniers jours": "in the past days",
    "au cours de la semaine écoulée": "in the past week", "au cours de la semaine dernière": "in the past week",
    "la semaine écoulée": "in the past week", "au cours des dernières 24 heures": "in the past 24 hours",
    "en 24 heures": "in the past 24 hours", "au cours du mois dernier": "in the past month",
    "1er": "1", "premier": "1", "depuis le début de l'année": "since January",
    "depuis le début de l'année dernière": "in the past year", "en provenance de": "from", "en provenance du": "from",
    # reporting cues and bodies
    "selon": "according to", "selon un bilan de": "according to", "selon le dernier bilan de": "according to",
    "selon les chiffres de": "according to", "selon les données de": "according to",
    "selon un rapport de": "according to", "selon les derniers chiffres de": "according to",
    "d'après les chiffres de": "according to", "auprès de": "according to", "auprès des": "according to",
    "auprès du": "according to the", "d'après": "according to", "de source": "according to",
    "ont pris la fuite": "fled", "pris la fuite": "fled", "a pris la fuite": "fled",
    "a indiqué": "said", "ont indiqué": "said", "a déclaré": "said", "ont déclaré": "said", "a affirmé": "said",
    "a précisé": "said", "a annoncé": "announced", "ont annoncé": "announced", "a rapporté": "reported",
    "a signalé": "reported", "ont signalé": "reported", "a recensé": "recorded", "ont recensé": "recorded",
    "a enregistré": "registered", "recensait": "recorded",
    # the passive with its agent: "12 400 déplacés ont été enregistrés par le CONASUR"
    "enregistrés": "registered", "enregistrées": "registered", "enregistré": "registered", "enregistrée": "registered",
    "recensés": "recorded", "recensées": "recorded", "dénombrés": "counted", "dénombrées": "counted",
    # who speaks for a body: "selon un responsable de l'ONG Caritas", "a déclaré le porte-parole du HCR"
    "un responsable de": "", "un responsable du": "the", "un responsable des": "the", "un responsable d'": "",
    "à la presse": "", "aux journalistes": "", "ONG": "NGO",
    "l'ONG": "the NGO", "porte-parole": "spokesperson", "recense": "reports",
    "recensent": "record",
    "dénombre": "reports", "dénombrait": "counted",
    # "… qui estime à 362 000 le nombre total de déplacés": the figure before what it counts, as in "brings to N
    # the total number of displaced"
    "estime à": _brings_to("estimates, bringing to"), "a estimé à": _brings_to("estimated, bringing to"),
    "évalue à": "brings to", "porte à": "brings to",
    "a porté à": "brings to", "portant à": "bringing to",
    "ont enregistré": "registered", "a estimé": "estimated", "estime": "estimates",
    "indique": "says", "précise": "says", "affirme": "says", "souligne": "says", "ajoute": "says",
    "explique": "says", "déclare": "says", "assure": "says", "confirme": "says", "rappelle": "says",
    "déplore": "says", "alerte": "says", "avertit": "warns", "annonce": "announces", "note": _says_after_comma,
    "précisent": "say", "affirment": "say", "soulignent": "say", "ajoutent": "say", "expliquent": "say",
    "indiquent": "say", "déclarent": "say", "notent": "say", "estiment": "estimate",
    # "Ils sont désormais 9 200 à vivre dans le site": they are N who live there
    # forced into exile inside the country, moved, gathered, settled: "ont été poussés à l'exil intérieur", "transférées
    # vers le nouveau site", "regroupés dans un centre de transit", "se sont installés sur le site spontané", "errent
    # sur les routes", "hébergées en urgence dans le stade"
    "poussés à l'exil": "forced to flee", "poussées à l'exil": "forced to flee", "à l'exil": "to flee",
    "poussés à fuir": "forced to flee", "poussées à fuir": "forced to flee", "exil intérieur": "internal displacement",
    "transférés": "relocated", "transférées": "relocated", "transféré": "relocated", "transférée": "relocated",
    "nouveau site": "new site", "regroupés": "staying", "regroupées": "staying", "centre de transit": "transit centre",
    "centres de transit": "transit centres", "se sont installés": "are living", "se sont installées": "are living",
    "site spontané": "informal site", "sites spontanés": "informal sites", "errent": "are displaced",
    "errant": "displaced", "en urgence": "", "stade": "stadium", "gymnase": "gymnasium", "gymnases": "gymnasiums",
    "fuyaient": "were fleeing", "escorté": "escorted", "convoi": "convoy", "sur le site": "in the site",
    "sur les sites": "in the sites",
    # "est passé de 120 000 à 135 000": the figure now is the second; "ont dû quitter leurs habitations"; "ont cherché
    # refuge"; "les rations de 800 000 réfugiés" (aid for them)
    "est passé de": "rose from", "est passée de": "rose from", "sont passés de": "rose from", "passé de": "rose from",
    "ont dû quitter": "were forced to leave", "a dû quitter": "was forced to leave", "dû quitter": "forced to leave",
    "leurs habitations": "their homes", "leur habitation": "their home", "ce sont": "",
    "cherché refuge": "sought refuge", "ont cherché refuge": "sought refuge", "cherchent refuge": "seek refuge",
    "cherché abri": "sought shelter", "églises": "churches", "rations de": "rations for",
    "les rations de": "the rations for",
    # "ont dû passer la nuit à la belle étoile" ("have been sleeping in the open"), "menace 45 000 personnes", "ont
    # été chassés par des hommes armés", "ont traversé la frontière vers la Mauritanie" ("ont abandonné …" is left
    # alone: what is given up is as often a school or a project as a place)
    "la nuit à la belle étoile": "sleeping in the open", "dû passer": "been", "ont passé": "have been",
    "passer": "", "dormir à la belle étoile": "sleeping in the open",
    "dorment à la belle étoile": "are sleeping in the open", "à la belle étoile": "in the open", "rejoindre": "reach",
    "menace": "puts at risk", "menacent": "put at risk",
    "chassés": "forced from their homes", "chassées": "forced from their homes", "abrite": "shelters",
    "abritent": "shelter", "en abrite": "shelters", "traversé la frontière vers": "crossed the border into",
    "franchi la frontière vers": "crossed the border into",
    # "poussé 2 400 personnes à gagner la ville", "contraintes de quitter le quartier", "sans toit", "délocalisées"
    "à gagner": "to flee to", "contraints de quitter": "forced to leave", "contraintes de quitter": "forced to leave",
    "sans toit": "homeless", "délocalisés": "relocated", "délocalisées": "relocated", "réunis avec": "helped to rejoin",
    "ils sont": "they are", "elles sont": "they are", "à vivre": _people_after_number("people living", "to live"),
    "à avoir fui": _people_after_number("people who fled", "to have fled"),
    "à avoir quitté": _people_after_number("people who left", "to have left"),
    "provoqué le départ de": "caused the flight of", "provoqué le départ d'": "caused the flight of",
    "le départ de": "the flight of", "le départ d'": "the flight of", "rapporte": "reports", "signale": "reports",
    "a dénombré": "counted",
    "a averti": "warned", "a noté": "noted", "a ajouté": "added", "a documenté": "documented",
    "a rappelé": "said", "a souligné": "said", "a expliqué": "said", "a confirmé": "said", "a fait savoir": "said",
    "ont rappelé": "said", "ont souligné": "said", "ont expliqué": "said", "ont confirmé": "said",
    "a assuré": "said", "ont assuré": "said", "a relevé": "noted", "a constaté": "noted",
    # a warning or a regret that gives a figure: "a alerté MSF", "a déploré l'Unicef", "prévenait le HCR"
    "a alerté": "warned", "ont alerté": "warned", "a déploré": "said", "ont déploré": "said", "a prévenu": "warned",
    "prévenait": "warned", "prévient": "warns", "a mis en garde": "warned",
    # NGOs unnamed are no body ("selon des ONG")
    "des ONG": "NGOs",
    "les ONG": "the NGOs", "plusieurs ONG": "several NGOs",
    # an office of a body stands for it: "selon le bureau de l'OCHA à Ouagadougou"
    "bureau de l'": "", "bureau du": "the", "bureaux de l'": "", "bureaux du": "the",
    # a figure made known: "le directeur de l'OIM a révélé que …", "révèle le HCR"
    "a révélé": "revealed", "ont révélé": "revealed", "révèle": "reveals", "révèlent": "reveal",
    "a dévoilé": "revealed",
    # whom a source told, between its verb and itself ("explique à France 24 le maire"): no part of the source
    "à France 24": "", "à Radio Okapi": "", "à l'AP": "", "à l'APS": "", "à la radio": "", "à la télévision": "",
    # the parts of Africa an office covers ("le directeur régional de l'OIM pour l'Afrique de l'Est")
    "Afrique de l'Est": "East Africa", "Afrique de l'Ouest": "West Africa", "Afrique centrale": "Central Africa",
    "Afrique australe": "Southern Africa",
    "Afrique du Nord": "North Africa", "Afrique de l'Est et de la Corne": "East and Horn of Africa",
}  # fmt: skip


def _source_document(context: gloss.Context) -> str:
    """'selon le dernier rapport de situation d'OCHA' → 'according to OCHA': the document a figure comes from
    stands for the body that wrote it ("le rapport du HCR indique …" → "according to the UNHCR says …")."""
    return "" if _ACCORDING_TO_BEFORE.search(context.before) else "according to"


_DOCUMENTS = ("rapport", "rapport de situation", "bilan", "communiqué", "note", "note d'information",
              "mise à jour", "chiffres", "données", "estimations", "statistiques", "décompte", "recensement",
              "évaluation", "déclaration")  # fmt: skip
for _det, _adjectives in (("le", ("", "dernier ", "récent ", "nouveau ")), ("la", ("", "dernière ", "récente ")),
                          ("les", ("", "derniers ", "dernières ", "récents ", "récentes ", "nouveaux ",
                                   "nouvelles ")), ("un", ("", "nouveau ")), ("une", ("", "nouvelle ")),
                          ("l'", ("",)), ("son", ("", "dernier ")), ("sa", ("", "dernière ")),
                          ("ses", ("", "derniers ", "dernières ")), ("des", ("", "derniers ", "dernières ",
                                                                       "nouveaux ", "nouvelles "))):  # fmt: skip
    for _adjective in _adjectives:
        for _document in _DOCUMENTS:
            for _of in (
                "de",
                "d'",
                "du",
                "des",
                "publiés par",
                "publiées par",
                "publié par",
                "publiée par",
                "fournis par",
                "fournies par",
                "communiqués par",
                # "selon l'évaluation menée par Caritas"
                "menée par",
                "mené par",
                "menées par",
                "réalisée par",
                "réalisé par",
                "conduite par",
                # "d'après des données annoncées par …", "selon une déclaration faite par …"
                "annoncé par",
                "annoncée par",
                "annoncés par",
                "annoncées par",
                "diffusé par",
                "diffusée par",
                "diffusés par",
                "diffusées par",
                "faite par",
                "faite",
                "rendu public par",
                "rendue publique par",
                "rendus publics par",
                "rendues publiques par",
            ):
                VOCABULARY.setdefault(f"{_det} {_adjective}{_document} {_of}".replace("' ", "'"), _source_document)
# the document's kind after its noun: "selon un bilan provisoire de la protection civile"
for _det in ("le", "la", "les", "un", "une", "l'", "son", "sa", "ses"):
    for _document in _DOCUMENTS:
        for _after in ("provisoire", "provisoires", "officiel", "officiels", "officielle", "officielles",
                       "préliminaire", "préliminaires", "actualisé", "actualisée", "actualisés", "actualisées",
                       "hebdomadaire", "mensuel", "mensuelle", "conjoint", "conjointe", "rapide",
                       "multisectorielle", "disponible", "disponibles"):  # fmt: skip
            for _of in ("de", "d'", "du", "des", "menée par", "mené par", "réalisée par", "conduite par"):
                VOCABULARY.setdefault(f"{_det} {_document} {_after} {_of}".replace("' ", "'"), _source_document)
# an adjective on either side: "selon les dernières données disponibles du CONASUR"
for _det, _before in (("les", ("derniers", "dernières", "récents", "récentes")), ("le", ("dernier",)),
                      ("la", ("dernière",))):  # fmt: skip
    for _adjective in _before:
        for _document in _DOCUMENTS:
            for _after in ("disponible", "disponibles", "officiel", "officiels", "officielle", "officielles",
                           "provisoire", "provisoires"):  # fmt: skip
                for _of in ("de", "d'", "du", "des"):
                    VOCABULARY.setdefault(
                        f"{_det} {_adjective} {_document} {_after} {_of}".replace("' ", "'"), _source_document
                    )
# a figure's source in the sentence after it: "Ce chiffre est annoncé par l'OCHA", "Ces chiffres ont été publiés par
# le HCR" is a source line, as English writes "Source: OCHA"
for _figure in ("ce chiffre", "ces chiffres", "ce bilan", "ces données", "ce nombre"):
    _plural = _figure.startswith("ces")
    for _aux in ("sont", "ont été") if _plural else ("est", "a été"):
        for _made in ("annoncé", "communiqué", "publié", "fourni", "avancé", "donné", "rapporté"):
            _made += ("es" if "données" in _figure else "s") if _plural else ""
            VOCABULARY.setdefault(f"{_figure} {_aux} {_made} par", "Source:")
_SOURCE_THE = re.compile(r"(?<=\bSource: )the (?=[A-Z])")  # "Source: the OCHA" → "Source: OCHA"
_ROLES_EN = {"porte-parole": "spokesperson", "représentant": "representative", "représentante": "representative",
             "coordinateur": "coordinator", "coordinatrice": "coordinator", "responsable": "official",
             "directeur": "director", "directrice": "director", "directeur régional": "director",
             "directrice régionale": "director"}  # fmt: skip


def _role_after_a_name(role: str, of: str, article: str = ""):
    """'Jean Dupont, porte-parole du HCR, a indiqué …': the role in apposition after a person's name, written in
    English ("Jean Dupont, spokesperson for the UNHCR, said …"); elsewhere left out ("selon le porte-parole du HCR" →
    "according to the UNHCR")."""
    the = " the" if of in ("du", "des", "de l'", "de la") else ""
    english = f"{article}{_ROLES_EN.get(role, 'head')} for{the}"

    def choose(context: gloss.Context) -> str:
        return english if context.before.rstrip().endswith(",") else ("the" if article and the else "")

    return choose


# who speaks for a body, their role left out: "le chef de bureau du HCR", "la porte-parole de l'OIM", "un représentant
# de la Croix-Rouge" → "the UNHCR"
for _role in ("chef de bureau", "chef de mission", "chef", "directeur", "directrice", "directeur régional",
              "représentant", "représentante", "coordinateur", "coordinatrice", "porte-parole", "président",
              "présidente", "secrétaire général", "responsable",
              # in the feminine: "la cheffe de bureau du HCR", "la secrétaire générale de la Croix-Rouge"
              "cheffe de bureau", "cheffe de mission", "cheffe", "directrice régionale",
              "secrétaire générale"):  # fmt: skip
    for _of in ("du", "de l'", "de la", "des", "d'", "de"):
        VOCABULARY.setdefault(f"{_role} {_of}".replace("' ", "'"), _role_after_a_name(_role, _of))
        for _a in ("un", "une"):  # "a déclaré un porte-parole du HCR"
            VOCABULARY.setdefault(f"{_a} {_role} {_of}".replace("' ", "'"), _role_after_a_name(_role, _of, "a "))
# a displacement feared, in the subjunctive with "ne" ("… craint que les combats ne provoquent le déplacement de
# 200 000 personnes"): a displacement that could come, next to its figure as English puts it
for _verb in ("provoque", "provoquent", "entraîne", "entraînent", "cause", "causent"):
    for _what in ("le déplacement de", "le déplacement d'", "la fuite de", "la fuite d'", "l'exode de"):
        VOCABULARY.setdefault(f"ne {_verb} {_what}".replace("' ", "'"), "could displace")

# forced, obliged or constrained to leave, flee or abandon: "ont été contraintes d'abandonner leurs cases", "obligés
# de quitter leurs logements", "forcées de fuir" (what they left, glossed as homes: "leurs cases" are huts, not the
# houses a trap counts)
# (every agreement of the participle, "de" or "à" before the verb: "contraintes à se déplacer", "obligé de partir")
for _forced in ("contraint", "obligé", "forcé"):
    for _ending in ("", "e", "s", "es"):
        for _verb, _english in (("quitter", "forced to leave"), ("fuir", "forced to flee"),
                                ("abandonner", "forced to leave"), ("se déplacer", "forced to flee"),
                                ("partir", "forced to leave"), ("s'enfuir", "forced to flee"),
                                ("prendre la fuite", "forced to flee"), ("se réfugier", "forced to flee"),
                                ("évacuer", "forced to leave")):  # fmt: skip
            for _of in ("d'" if _verb[0] in "aeioué" else "de ", "à "):
                VOCABULARY.setdefault(f"{_forced}{_ending} {_of}{_verb}", _english)
for _home in ("leurs cases", "leur case", "leurs logements", "leur logement", "leur domicile", "leurs abris",
              "leurs demeures", "leur maison", "leurs résidences", "leur résidence"):  # fmt: skip
    VOCABULARY.setdefault(_home, "their homes")
# "la région des Savanes", "la province des Hauts-Bassins": "des" after a kind of place is "of the", not the article
# the gloss drops ("the région Savanes" let a later country take the figure)
for _kind, _kind_en in (("région", "region"), ("régions", "regions"), ("province", "province"),
                        ("provinces", "provinces"), ("département", "department"), ("départements", "departments"),
                        ("territoire", "territory"), ("commune", "commune"), ("cercle", "circle"),
                        ("district", "district")):  # fmt: skip
    VOCABULARY.setdefault(f"{_kind} des", f"{_kind_en} of the")
    VOCABULARY.setdefault(_kind, _kind_en)
# an armed group after "de" is who did it, not a place ("après l'incursion de Boko Haram dans le village de Kolofata":
# "of Boko Haram in …" read "Haram" as the place)
VOCABULARY.update({"de Boko Haram": "by Boko Haram", "de l'EIGS": "by the EIGS",
                   "de l'État islamique": "by the Islamic State", "de l'Etat islamique": "by the Islamic State",
                   "de l'ISWAP": "by ISWAP", "du JNIM": "by the JNIM",
                   "du M23": "by the M23", "des ADF": "by the ADF", "de la CODECO": "by the CODECO",
                   "de la coalition Viv Ansanm": "by the Viv Ansanm coalition",
                   "de Viv Ansanm": "by Viv Ansanm"})  # fmt: skip
# fallen back on a town, moved, resettled: "plus de 3 500 ménages se sont repliés sur Kaya", "forcées de se déplacer",
# "2 800 personnes se sont déplacées vers le site de …", "1 250 ménages ont été recasés sur un nouveau site"
VOCABULARY.update({"se sont repliés": "fled", "se sont repliées": "fled", "repliés": "fled", "repliées": "fled",
                   "se sont repliés sur": "fled to", "se sont repliées sur": "fled to", "repliés sur": "fled to",
                   "repliées sur": "fled to", "se replier": "flee", "se sont déplacés": "were displaced",
                   "se sont déplacées": "were displaced", "se déplacer": "move", "recasés": "relocated",
                   "recasées": "relocated", "recasé": "relocated", "recasée": "relocated"})  # fmt: skip
# left without a roof: "ont laissé sans logis plus de 8 000 habitants", "sans logement"; disaster victims given shelter
# ("500 sinistrés hébergés par la Croix-Rouge") are displaced, as "sinistrés" alone (affected) is not
VOCABULARY.update({"sans logis": "homeless", "sans logement": "homeless", "sans domicile": "homeless",
                   "laissé": "left", "a laissé": "left", "ont laissé": "left",
                   "sinistrés hébergés": "displaced people housed", "sinistrées hébergées": "displaced people housed",
                   "sinistrés relogés": "displaced people rehoused",
                   "sinistrées relogées": "displaced people rehoused"})  # fmt: skip
# still unable to go home: "près de 30 000 personnes n'ont toujours pas pu regagner leurs villages"
for _not in ("n'ont pas pu", "n'ont toujours pas pu", "n'ont pas encore pu", "ne peuvent pas",
             "ne peuvent toujours pas", "ne peuvent pas encore", "n'a pas pu", "ne peut pas"):  # fmt: skip
    for _verb in ("regagner", "rentrer", "retourner"):
        VOCABULARY.setdefault(f"{_not} {_verb}", "have been unable to return to" if _verb == "regagner" else
                              "have been unable to return")  # fmt: skip
# ext17b batch 3: a population movement is a displacement ("un mouvement de population de plus de 10 000 personnes a été
# signalé vers Bunia"); medical evacuations are patients moved, not displacement; "a franchi la barre des 7 millions"
# (exceeded); "ont reçu l'ordre de quitter leur domicile" (ordered to leave: evacuated); a request to be ready ("ont
# demandé à 8 000 riverains de se tenir prêts à évacuer") is no figure; "les retours spontanés de"; staying with the
# local people ("logées chez l'habitant"); "le cumul des personnes déplacées" (the total number); occupying schools;
# "sont installés dans des tentes"
for _movement in ("un mouvement de population de", "un mouvement de populations de", "le mouvement de population de",
                  "des mouvements de population de", "mouvement de population de", "mouvements de population de",
                  "un mouvement de population d'", "mouvement de population d'"):  # fmt: skip
    VOCABULARY.setdefault(_movement, "a displacement of")
VOCABULARY.update({"soit un total de": _that_is, "soit au total": _that_is, "soit en tout": _that_is})
VOCABULARY.update({"mouvement de population": "displacement", "mouvements de population": "displacements",
                   "mouvements de populations": "displacements", "signalé": "reported", "a été signalé": "was reported",
                   "évacuations sanitaires": "patient transfers", "évacuation sanitaire": "patient transfer",
                   "évacuations médicales": "patient transfers", "évacuation médicale": "patient transfer",
                   "évacués sanitaires": "patients transferred"})  # fmt: skip
for _verb in ("franchi", "dépassé", "passé", "atteint", "a franchi", "a dépassé", "a passé", "a atteint"):
    for _mark in ("la barre des", "la barre de", "le cap des", "le cap de", "le seuil des", "le seuil de",
                  "la barre symbolique des", "le cap symbolique des"):  # fmt: skip
        VOCABULARY.setdefault(f"{_verb} {_mark}", "exceeded")
for _got in ("ont reçu l'ordre", "a reçu l'ordre", "avaient reçu l'ordre", "reçu l'ordre"):
    VOCABULARY.update({f"{_got} de quitter": "were ordered to leave", f"{_got} d'évacuer": "were ordered to evacuate",
                       f"{_got} de partir": "were ordered to leave"})  # fmt: skip
VOCABULARY.update({"ont demandé à": "asked", "a demandé à": "asked", "ont invité": "asked", "a invité": "asked",
                   "ont exhorté": "urged", "a exhorté": "urged", "ont appelé": "called on", "a appelé": "called on",
                   "de se tenir prêts à": "to be ready to", "de se tenir prêtes à": "to be ready to",
                   "à se tenir prêts à": "to be ready to", "prêts à évacuer": "ready to evacuate",
                   "prêtes à évacuer": "ready to evacuate"})  # fmt: skip
VOCABULARY.update({"retours spontanés": "spontaneous returns", "retour spontané": "spontaneous return",
                   "inondations": "floods", "inondation": "flood",
                   "chez l'habitant": "with host families", "logés": "housed", "logées": "housed",
                   "le cumul des": "the total number of", "le cumul de": "the total number of",
                   "le nombre cumulé de": "the total number of", "le nombre cumulé des": "the total number of",
                   "salles de classe": "classrooms", "occupent des": "are sheltering in",
                   "occupent les": "are sheltering in the", "occupaient des": "were sheltering in",
                   "sont installés dans": "are living in", "sont installées dans": "are living in",
                   "sont installés sur": "are living in", "sont installées sur": "are living in",
                   "dans des tentes": "in tents", "tentes": "tents"})  # fmt: skip
# able to go home ("1 450 habitants de Redon ont pu regagner leur domicile", "ont réintégré leur logement"), counted
# ("a été recensé par …"), a count now over a mark ("dépasse désormais les 250 000"), displaced for long
VOCABULARY.update({"ont pu regagner": "have returned to", "a pu regagner": "has returned to",
                   "pu regagner": "returned to", "ont pu rentrer": "have returned", "a pu rentrer": "has returned",
                   "ont réintégré": "have returned to", "a réintégré": "has returned to", "réintégré": "returned to",
                   "recensé": "recorded", "recensée": "recorded", "dépasse désormais les": "now exceeded",
                   "dépassait désormais les": "now exceeded", "dépasse désormais": "now exceeded",
                   "de longue durée": ""})  # fmt: skip
# ext17b batch 5: "la barre des 100 000 déplacés a été franchie" (over a mark: more than; "sous la barre des" under);
# "Il s'agit de 2 300 ménages"; voters are no figure ("23 000 déplacés ont voté"); "a privé de logement 2 000
# familles" (left homeless); islands; "parmi"; households "dont les maisons ont été emportées" (whose houses) that
# "dorment dans des églises"
VOCABULARY.update({"la barre des": "over", "le cap des": "over", "la barre symbolique des": "over",
                   "sous la barre des": "under", "il s'agit de": "these are", "il s'agit d'": "these are",
                   "ont voté": "voted", "a voté": "voted", "voté": "voted", "électeurs": "voters",
                   "élections": "elections", "privé de logement": "left homeless", "privés de logement": "homeless",
                   "privées de logement": "homeless", "privé de toit": "left homeless", "privant de logement":
                   "leaving homeless", "l'île de": "the island of", "l'île d'": "the island of", "île": "island",
                   "îles": "islands", "parmi": "among", "dont les maisons": "whose houses",
                   "dont les habitations": "whose houses", "dont les cases": "whose houses",
                   "dont les abris": "whose shelters", "dont le logement": "whose home", "emportées": "washed away",
                   "emportés": "washed away", "emportée": "washed away", "eaux": "waters", "dorment": "are sleeping",
                   })  # fmt: skip
# who speaks for a body, with their level or kind between: "le coordonnateur provincial de la Commission …"
for _role in ("coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice", "directeur", "directrice",
              "représentant", "représentante", "chef", "cheffe", "responsable", "président", "présidente", "délégué",
              "déléguée"):  # fmt: skip
    for _level in (
        "",
        " provincial",
        " provinciale",
        " régional",
        " régionale",
        " national",
        " nationale",
        " humanitaire",
        " adjoint",
        " adjointe",
        " pays",
        " résident",
        " résidente",
        " local",
        " locale",
    ):
        for _of in ("du", "de l'", "de la", "des", "d'"):
            VOCABULARY.setdefault(f"{_role}{_level} {_of}".replace("' ", "'"), "")
# ext17b batch 6: the present of movement as English writes it ("200 à 300 Soudanais franchissent la frontière chaque
# jour": are crossing; "affluent vers Goré": are arriving in; "se réfugient"; "campent"; "squattent des bâtiments
# publics"; "s'entassent dans"), a thousand-odd, evictions from homes ("expulsés de leurs logements"; not "expulsés
# vers le Niger", a deportation), "les déguerpis", still living with relatives, a plan alone ("prévoit le rapatriement
# de"), children out of school
VOCABULARY.update({"chaque jour": "every day", "chaque semaine": "every week", "chaque mois": "every month",
                   "franchissent la frontière": "are crossing the border", "traversent la frontière":
                   "are crossing the border", "affluent": "are arriving", "affluent vers": "are arriving in",
                   "affluent à": "are arriving in", "affluent dans": "are arriving in", "affluaient": "were arriving",
                   "se réfugient": "are seeking refuge", "campent": "are camping", "campaient": "were camping",
                   "devant": "outside", "squattent": "are sheltering in", "squattent des": "are sheltering in",
                   "squattent les": "are sheltering in the", "bâtiments publics": "public buildings",
                   "bâtiments": "buildings", "s'entassent dans": "are crammed into",
                   "se sont entassés dans": "have crammed into", "se sont entassées dans": "have crammed into",
                   "transformées en abris": "turned into shelters", "transformés en abris": "turned into shelters",
                   "plus d'un millier de": "more than one thousand", "près d'un millier de": "nearly one thousand",
                   "expulsés de leurs": "evicted from their", "expulsées de leurs": "evicted from their",
                   "expulsés de leur": "evicted from their", "expulsées de leur": "evicted from their",
                   "déguerpis": "evicted people", "vivent toujours chez": "are still living with",
                   "vivent chez": "are living with", "prévoit": "plans", "prévoient": "plan", "prévoyait": "planned",
                   "privés d'école": "out of school", "privées d'école": "out of school",
                   "privés de scolarité": "out of school", "ont pris le chemin de l'exil": "fled into exile",
                   "pris le chemin de l'exil": "fled into exile"})  # fmt: skip
# a move a body plans: "Le HCR prévoit le rapatriement de 5 000 réfugiés" (the people a plan names have not moved; as
# English reads "plans to relocate 5,000 refugees"); "pour échapper à Boko Haram" (who they escaped, not a place)
for _plans in ("prévoit", "prévoient", "prévoyait", "envisage", "envisagent", "planifie", "planifient"):
    for _move in ("le rapatriement", "le retour", "la réinstallation", "la relocalisation", "le transfert",
                  "le déplacement", "l'évacuation", "la délocalisation"):  # fmt: skip
        for _of in ("de", "d'", "des"):
            _english = "plans to evacuate" if "évacuation" in _move else "plans to relocate"
            VOCABULARY.setdefault(f"{_plans} {_move} {_of}", _english + (" the" if _of == "des" else ""))
VOCABULARY.update({"échapper à": "escape", "échapper aux": "escape the", "échapper au": "escape the"})
# ext17b batch 7: counted in shelters ("ont été recensées dans des gymnases"); sleeping on the floor of a church;
# deprived of their home; a news outlet citing its source ("rapporte Radio Okapi citant la société civile"); the
# provinces of New Caledonia as bodies ("selon la province Sud", not a place called Sud)
for _counted in ("recensés", "recensées", "dénombrés", "dénombrées", "enregistrés", "enregistrées"):
    VOCABULARY.setdefault(f"{_counted} dans des", "recorded sheltering in")
    VOCABULARY.setdefault(f"{_counted} dans les", "recorded sheltering in the")
VOCABULARY.update({"vivent à même le sol": "are sleeping", "dorment à même le sol": "are sleeping",
                   "à même le sol": "", "l'église": "the church", "église": "church",
                   "privés de leur logement": "homeless", "privées de leur logement": "homeless",
                   "privés de leurs logements": "homeless", "privées de leurs logements": "homeless",
                   "privés de toit": "homeless", "citant": "citing", "raconte": "says", "témoigne": "says",
                   "a raconté": "said", "a témoigné": "said"})  # fmt: skip
# a river in flood is no place: "deux mois après la crue de l'Aa" → "the flood of the river Aa" (as English reads "the
# Nile river banks")
for _water, _water_en in (("la crue", "the flood"), ("crue", "the flood"), ("la décrue", "the receding"),
                          ("le débordement", "the overflow"), ("débordement", "the overflow")):  # fmt: skip
    for _of in ("de l'", "du", "de la", "du fleuve", "de la rivière", "du lac"):
        VOCABULARY.setdefault(f"{_water} {_of}".replace("' ", "'"), f"{_water_en} of the river")
VOCABULARY.update({"fleuve": "river", "rivière": "river"})
# ext17b batch 8: a change is no count ("a diminué de 20 000", "a augmenté de"); a rise told by its end ("a triplé en un
# an pour atteindre plus d'un million": rising to); thrown onto the roads (displaced); a running total ("porte le total
# à 6 200"); a night away from home ("contraint 2 400 personnes à passer la nuit hors de chez elles")
VOCABULARY.update({"a diminué de": "has decreased by", "ont diminué de": "have decreased by",
                   "diminué de": "decreased by", "a baissé de": "has decreased by", "a augmenté de": "has increased by",
                   "ont augmenté de": "have increased by", "augmenté de": "increased by", "a triplé": "has tripled",
                   "a doublé": "has doubled", "a quadruplé": "has quadrupled",
                   "pour atteindre": _rising_to, "pour s'établir à": ", rising to", "un an": "a year",
                   "jeté sur les routes": "displaced", "ont jeté sur les routes": "have displaced",
                   "a jeté sur les routes": "has displaced", "jetés sur les routes": "displaced",
                   "jetées sur les routes": "displaced", "porte le total à": "bringing the total to",
                   "portant le total à": "bringing the total to", "portant ainsi le total à": "bringing the total to",
                   "hors de chez eux": "away from their homes", "hors de chez elles": "away from their homes",
                   "à passer la nuit": "to spend the night"})  # fmt: skip
# ext17b batch 9: a source line in brackets ("(source : DREC-RM)"); an office's division ("selon la division
# provinciale des affaires humanitaires", read as the English stages read "the Directorate")
VOCABULARY.update({"source :": "Source:", "sources :": "Sources:"})
# batch 12: "au nombre de 2 300" (numbering), "à trouver refuge", a night spent somewhere ("ont passé la nuit dans la
# salle des fêtes"), targets and receipts of aid ("vise 12 000 ménages retournés", "reçoivent des repas chauds")
VOCABULARY.update({"au nombre de": "numbering", "à trouver refuge": "to seek refuge", "trouver refuge": "seek refuge",
                   "ont passé la nuit": "spent the night", "a passé la nuit": "spent the night",
                   "salle des fêtes": "community hall", "salles des fêtes": "community halls", "vise": "targets",
                   "visent": "target", "ciblant": "targeting", "reçoivent": "receive", "reçoit": "receives",
                   "repas chauds": "hot meals", "repas": "meals"})  # fmt: skip
# batch 11: returned by force is a deportation ("rapatriés de force par la République dominicaine")
VOCABULARY.update({"rapatriés de force": "deported", "rapatriées de force": "deported", "refoulés": "deported",
                   "refoulées": "deported"})  # fmt: skip
# batch 10: "ont dû abandonner leurs maisons"; "ont été installées sur le site de Mfilou" (moved there)
VOCABULARY.update({"ont dû abandonner": "were forced to leave", "a dû abandonner": "was forced to leave",
                   "dû abandonner": "forced to leave", "ont été installés sur": "have been relocated to",
                   "ont été installées sur": "have been relocated to",
                   "ont été installés dans": "have been relocated to",
                   "ont été installées dans": "have been relocated to",
                   "sont désormais": _are_or_number("are now", "now number")})  # fmt: skip
# gone towards a town ("soit près de 9 000 personnes parties vers Ouallam"; "partis" alone may be political parties),
# driven from their villages ("ont chassé 2 000 ménages de leurs villages")
for _gone in ("partis", "parties", "sont partis", "sont parties"):
    for _towards in ("vers", "pour", "en direction de", "en direction du", "en direction des"):
        VOCABULARY.setdefault(f"{_gone} {_towards}", "who fled towards")
VOCABULARY.update({"de leurs villages": "from their villages", "de leur village": "from their village",
                   "de leurs localités": "from their villages", "de leurs terres": "from their lands"})  # fmt: skip
# a host in the present: "Djibo accueille désormais près de 270 000 personnes déplacées" (as "Uganda hosts …")
VOCABULARY.update({"accueille": "hosts", "accueillent": "host"})
# people by what they were doing where the evacuation found them: "des milliers de vacanciers ont été évacués des
# campings", "250 riverains de la Vesdre"
VOCABULARY.update({"vacanciers": "holidaymakers", "estivants": "holidaymakers", "touristes": "tourists",
                   "campeurs": "campers", "campings": "campsites", "camping": "campsite",
                   "riverains": "riverside residents", "randonneurs": "hikers"})  # fmt: skip

# ext18b batch 1: a body that relocates or shelters people ("Le HCR en a relocalisé 3 200 vers …", "la mairie en
# héberge 300 dans le gymnase")
VOCABULARY.update({"a relocalisé": "has relocated", "ont relocalisé": "have relocated", "relocalisé": "relocated",
                   "relocalisée": "relocated", "héberge": "shelters", "hébergent": "shelter"})  # fmt: skip

# ext18b batch 2: driven from home with the people after the verb ("les inondations ont chassé de chez elles au
# moins 4 800 personnes"); an evacuation order lifted is no figure ("a levé l'ordre d'évacuation pour 3 400
# résidents"); staying in a shelter ("où séjournent encore 2 480 sinistrés")
for _home in ("de chez eux", "de chez elles", "de leurs foyers", "de leurs maisons"):
    for _aux, _aux_en in (("ont chassé", "have driven"), ("a chassé", "has driven"), ("chassé", "driven")):
        VOCABULARY.setdefault(f"{_aux} {_home}", f"{_aux_en} from their homes")
VOCABULARY.update({"a levé": "has lifted", "ont levé": "have lifted", "levé": "lifted", "séjournent": "are sheltering",
                   "séjourne": "is sheltering", "l'ordre d'évacuation": "the evacuation order",
                   "ordre d'évacuation": "evacuation order", "les ordres d'évacuation": "the evacuation orders",
                   "ordres d'évacuation": "evacuation orders"})  # fmt: skip

# ext18b batch 3: crossings ("ont traversé du Liban vers la Syrie"), "en majorité des Syriens" (mostly), pushed to
# go to a town ("ont poussé 1 850 ménages … à rejoindre le chef-lieu de Téra")
VOCABULARY.update({"ont traversé du": "have crossed from", "a traversé du": "has crossed from",
                   "traversé du": "crossed from", "ont traversé": "have crossed", "a traversé": "has crossed",
                   "en majorité": "mostly", "en majorité des": "mostly", "à rejoindre": _to_flee_to})  # fmt: skip

# ext18b batch 4: a rise told as a change ("soit une hausse de 9 000 en un mois": no figure); the rise of a lake or
# river ("la montée du lac Tanganyika": no place); an aside on who the people are ("pour la plupart des femmes");
# exfiltrated (evacuated); evicted ("ont été déguerpies"); a part of the figure before ("Parmi elles, 14 000
# vivent sur des sites à …"); aid given ("Le PAM a assisté 40 000 personnes déplacées")
for _change, _change_en in (("hausse", "up by"), ("baisse", "down by"), ("augmentation", "up by")):
    for _opening in ("soit une", "une", "en"):
        VOCABULARY.setdefault(f"{_opening} {_change} de", _change_en)
# a lake named is no place ("les îles du lac Tchad", "la montée du lac Tanganyika"; "la région du Lac" stays Chad's)
for _lake in ("tchad", "tanganyika", "kivu", "victoria", "albert", "édouard", "edouard", "léman", "tana", "kossou"):
    VOCABULARY.setdefault(f"lac {_lake}", "lake")
for _rise in ("la montée", "montée", "la montée des eaux", "la hausse du niveau"):
    for _of in ("du fleuve", "de la rivière", "des eaux du fleuve"):
        VOCABULARY.setdefault(f"{_rise} {_of}", "the rise of the river")
    VOCABULARY.setdefault(f"{_rise} du", "the rise of the")
VOCABULARY.update({"pour la plupart": "mostly", "pour la plupart des": "mostly", "exfiltrés": "evacuated",
                   "exfiltrées": "evacuated", "ont été exfiltrés": "have been evacuated",
                   "ont été exfiltrées": "have been evacuated", "ont été déguerpis": "have been evicted",
                   "ont été déguerpies": "have been evicted", "déguerpies": "evicted people",
                   "parmi elles ,": "Of these,", "parmi eux ,": "Of these,",
                   "vivent sur des sites": "are living in sites", "a assisté": "assisted",
                   "ont assisté": "assisted"})  # fmt: skip

# ext18b batch 5: a second count after "et de" ("fait état de 12 morts et de 3 400 déplacés"); left in the street
# ("se sont retrouvées à la rue"); hiding in the bush ("ont poussé 1 500 habitants à se cacher dans la brousse");
# voluntary returnees from a country ("les rapatriés volontaires du Cameroun": where they came from)
VOCABULARY.update({"et de": _and_of, "se sont retrouvés à la rue": "were left homeless",
                   "se sont retrouvées à la rue": "were left homeless", "jetés à la rue": "left homeless",
                   "jetées à la rue": "left homeless", "à se cacher": "to seek refuge", "se cacher": "hide",
                   "se cachent": "are hiding", "la brousse": "the bush", "brousse": "bush"})  # fmt: skip
for _returnees in ("rapatriés volontaires", "rapatriés", "réfugiés rapatriés"):
    for _from in ("du", "de", "des", "de la", "d'"):
        VOCABULARY.setdefault(f"{_returnees} {_from}".replace("' ", "'"), "returnees from")

# ext19b batch 1: verbs that mean displacement on their own, with the place left or reached after them. Abandoning a
# place ("ont abandonné le village de Sollé", "ont abandonné Kidal": the English stages read "abandoned" with a
# town, a village or a name only); a place left, named by a clitic ("les ont quittées pour …", "l'a quitté"); gone
# from it ("14 000 personnes en sont parties"); settling elsewhere after leaving ("pour s'installer à Bol", as
# English reads "to seek refuge in"); gone back ("sont repartis vers Rutshuru"); the verb and its adverb in
# English order ("dorment désormais dans" → "are now sleeping in")
VOCABULARY.update(
    {
        "abandonné": "abandoned",
        "ont abandonné": "have abandoned",
        "a abandonné": "has abandoned",
        "avaient abandonné": "had abandoned",
        "aujourd'hui": "today",
        "actuellement": "currently",
        "abris de fortune": "makeshift shelters",
        "abri de fortune": "makeshift shelter",
        "envahi": "hit",
        "ont envahi": "have hit",
        "pour rejoindre": "to reach",
        "pour gagner": "to reach",
        "pour regagner": "to return to",
    }
)
# fled towards a place (fui, pris la fuite or enfuis, then "vers"): the place they went to, as "fled to"; a place the
# sentence named before (an attack on a town) is where they left
for _fled in ("ont fui", "a fui", "avaient fui", "ont pris la fuite", "pris la fuite", "a pris la fuite",
              "avaient pris la fuite", "se sont enfuis", "se sont enfuies", "s'est enfui", "s'est enfuie"):  # fmt: skip
    VOCABULARY.setdefault(f"{_fled} vers", "fled to")
# going back after leaving ("ont quitté le Niger pour retourner au Mali", "pour rentrer dans leur pays"): returned to
for _to in ("à", "au", "aux", "en", "dans", "vers", "chez"):
    for _back in ("retourner", "rentrer"):
        VOCABULARY.setdefault(f"pour {_back} {_to}", "and returned to")
for _clitic in ("les", "l'"):
    for _aux, _aux_en in (("ont", "have"), ("a", "has"), ("avaient", "had")):
        for _ending in ("", "e", "s", "es"):
            VOCABULARY.setdefault(f"{_clitic} {_aux} quitté{_ending}".replace("' ", "'"), f"{_aux_en} left the area")
for _gone in ("partis", "parties", "sortis", "sorties", "allés", "allées"):
    VOCABULARY.setdefault(f"en sont {_gone}", "have left")
    VOCABULARY.setdefault(f"en étaient {_gone}", "had left")
# gone out of a site or camp ("sont sorties du site de Corrane pour regagner leurs villages"): left it
for _out in ("sont sortis", "sont sorties", "sortis", "sorties"):
    for _of, _of_en in (("du", "the"), ("de la", "the"), ("des", "the"), ("de l'", "the"), ("de", ""), ("d'", "")):
        VOCABULARY.setdefault(
            f"{_out} {_of}".replace("' ", "'"), ("have left " if _out.startswith("sont") else "who left ") + _of_en
        )
for _where in ("à", "dans", "sur", "en", "au", "aux", "chez"):
    VOCABULARY.setdefault(f"pour s'installer {_where}", "to seek refuge in")
    VOCABULARY.setdefault(f"pour s'y installer {_where}", "to seek refuge in")
for _back in ("repartis", "reparties", "sont repartis", "sont reparties", "ont reparti"):
    for _towards in ("vers", "dans", "à", "chez", "en direction de", "en direction du"):
        VOCABULARY.setdefault(f"{_back} {_towards}", "have returned to" if _back.startswith("sont") else "returned to")
for _verb, (_are, _doing) in {"dorment": ("are", "sleeping"), "vivent": ("are", "living"),
                              "s'entassent": ("are", "crammed"), "séjournent": ("are", "sheltering"),
                              "s'abritent": ("are", "sheltering"), "s'abrite": ("is", "sheltering"),
                              "campent": ("are", "camping"), "abrite": ("", "shelters"), "abritent": ("", "shelter"),
                              "héberge": ("", "shelters"), "hébergent": ("", "shelter"), "accueille": ("", "hosts"),
                              "accueillent": ("", "host")}.items():  # fmt: skip
    for _adverb, _adverb_en in (("désormais", "now"), ("aujourd'hui", "now"), ("actuellement", "now"),
                                ("maintenant", "now"), ("encore", "still"), ("toujours", "still")):  # fmt: skip
        VOCABULARY.setdefault(f"{_verb} {_adverb}", " ".join(w for w in (_are, _adverb_en, _doing) if w))
        VOCABULARY.setdefault(f"{_verb} {_adverb} dans", " ".join(w for w in (_are, _adverb_en, _doing, "in") if w))
VOCABULARY.update({"s'entassent": "are crammed", "s'abritent": "are sheltering", "s'abrite": "is sheltering",
                   "se sont abrités": "have sheltered", "se sont abritées": "have sheltered",
                   "de la ville": "of the town", "dans la ville": "in the town",
                   "villes": "towns", "s'entassent désormais dans": "are now crammed into",
                   "s'entassent encore dans": "are still crammed into", "s'entassent toujours dans":
                   "are still crammed into"})  # fmt: skip


def _evacuated_towards(context: gloss.Context) -> str:
    """'a transporté 850 familles vers l'école', 'ont été transportées par autobus vers Winnipeg' → 'evacuated'
    (people taken somewhere); 'transporté' otherwise → 'transported'."""
    return "evacuated" if "vers" in context.after or "en" in context.after[:1] else "transported"


for _moved in ("transporté", "transportés", "transportée", "transportées"):
    VOCABULARY.setdefault(_moved, _evacuated_towards)
    for _aux, _aux_en in (("a", "has"), ("ont", "have"), ("ont été", "have been"), ("a été", "has been"),
                          ("sont", "were"), ("avaient été", "had been")):  # fmt: skip
        VOCABULARY.setdefault(
            f"{_aux} {_moved}", lambda context, _aux_en=_aux_en: f"{_aux_en} " + _evacuated_towards(context)
        )

# ext19b batch 2: gone towards a town ("ont pris la direction de Tillabéri", "ont marché jusqu'à Goma"), gone to it
# ("se sont rendues à Douentza": a neutral verb, read after a sentence about displacement), gathered around a base
# for safety ("se sont regroupées autour de la base de la MINUSCA": the UN base, no place), counted by a clitic
# ("On en compte déjà près de 2 000"), settling after leaving ("pour s'établir sur la terre ferme à Ngouboua"),
# newcomers ("2 500 nouveaux venus"), people coming from a country ("2 600 personnes venant du Soudan": arrivals),
# sheltered in sites ("ont été pris en charge dans 14 sites")
VOCABULARY.update({"ont pris la direction de": "have headed to", "a pris la direction de": "has headed to",
                   "ont pris la direction du": "have headed to the", "ont pris la direction d'": "have headed to",
                   "pris la direction de": "headed to", "ont marché jusqu'à": "have walked to",
                   "ont marché jusqu'au": "have walked to the", "a marché jusqu'à": "has walked to",
                   "ont marché vers": "have walked to", "déjà": "already", "terre ferme": "mainland",
                   "la terre ferme": "the mainland", "nouveaux venus": "new arrivals",
                   "nouvelles venues": "new arrivals", "nouveaux arrivés": "new arrivals",
                   "on en compte": "in counted", "on en dénombre": "in counted", "on en recense": "in counted",
                   "on en comptait": "in counted", "d'arriver": "to arrive", "d'affluer": "to flock",
                   "continuent": "continue", "continue": "continues"})  # fmt: skip
# ext19b batch 3: a part of the people named before ("Près de 3 000 d'entre eux se sont repliés …"), reached a town
# ("ont rallié Ouahigouya", the rewrite below), spontaneous sites (displacement sites, as OCHA and the DTM use the
# word: "3 700 personnes dans six sites spontanés"), herders with their cattle, the adjective after "écoles"
VOCABULARY.update(
    {
        "d'entre eux": "of them",
        "d'entre elles": "of them",
        "plusieurs centaines": "hundreds",
        "site spontané": "informal displacement site",
        "sites spontanés": "informal displacement sites",
        "éleveurs": "herders",
        "leur bétail": "their cattle",
        "bétail": "cattle",
        "leurs troupeaux": "their herds",
        "écoles publiques": "public schools",
        "bâtiments publics": "public buildings",
        "venus du": "from the",
        "venus de": "from",
        "venus des": "from the",
        "venues du": "from the",
        "venues de": "from",
        "y ont passé la nuit": "spent the night there",
        "y ont trouvé refuge": "found refuge there",
    }
)
# people living along a river named after it ("700 riverains de l'Ourthe"): the river is no place
for _of in ("de l'", "du", "de la", "des"):
    VOCABULARY.setdefault(f"riverains {_of}".replace("' ", "'"), "residents of the banks of the")

for _gone in ("se sont rendus", "se sont rendues", "s'est rendu", "s'est rendue"):
    for _to, _to_en in (("à", "to"), ("au", "to the"), ("aux", "to the"), ("dans", "to"), ("vers", "to"),
                        ("en", "to")):  # fmt: skip
        VOCABULARY.setdefault(f"{_gone} {_to}", f"{'have' if 'sont' in _gone else 'has'} gone {_to_en}")
for _gathered in ("se sont regroupés", "se sont regroupées", "se sont rassemblés", "se sont rassemblées"):
    for _around in ("autour de", "autour du", "autour des", "près de", "près du", "devant"):
        VOCABULARY.setdefault(f"{_gathered} {_around}", "have sought refuge around")
for _mission in ("MINUSCA", "MONUSCO", "MINUSMA", "MINUSS", "MINUAD", "Monusco", "Minusca"):
    for _base in ("la base de la", "base de la", "la base logistique de la", "les bases de la"):
        VOCABULARY.setdefault(f"{_base} {_mission}", "the UN base")
for _where in ("à", "dans", "sur", "en", "au", "aux", "chez"):
    VOCABULARY.setdefault(f"pour s'établir {_where}", "to seek refuge in")
for _people in ("personnes", "civils", "individus"):
    for _from in ("de", "du", "des", "d'"):
        VOCABULARY.setdefault(f"{_people} venant {_from}".replace("' ", "'"), "new arrivals from")
        VOCABULARY.setdefault(f"{_people} venues {_from}".replace("' ", "'"), "new arrivals from")
for _taken in ("pris en charge", "prises en charge"):
    for _aux, _aux_en in (("ont été", "have been"), ("a été", "has been"), ("sont", "are"), ("", "")):
        for _in in ("dans", "au sein de", "au sein des"):
            VOCABULARY.setdefault(f"{_aux} {_taken} {_in}".strip(), f"{_aux_en} sheltered in".strip())


def _refugees(context: gloss.Context) -> str:
    """'réfugiés' → 'refugees who fled' (the English stages read refugees as people who fled); after a return ('le
    retour de 1 150 réfugiés depuis la Tanzanie'), 'refugees' (they came back)."""
    return "refugees" if _RETURN_OF.search(context.clause()) else "refugees who fled"


_RETURN_OF = re.compile(r"\b(?:(?:return|repatriation)s?\s+of|repatriated)\s+(?:[a-z]+\s+){0,2}[\d ,.]*\s*$")
VOCABULARY.update(
    {
        "rapatrié": "repatriated",
        "a rapatrié": "has repatriated",
        "ont rapatrié": "have repatriated",
        # people expelled from a country are deported (no figure): "ont rapatrié 1 200 Haïtiens expulsés
        # de la République dominicaine" ("expulsés de leurs maisons" stays evicted)
        "expulsés": "deported",
        "expulsées": "deported",
    }
)
VOCABULARY.update({"réfugiés": _refugees, "réfugiées": _refugees})

# ext19b batch 4: homes lost ("Parmi elles, 900 ont perdu leur maison"); a building that serves as a shelter ("l'école
# sert d'abri provisoire à 350 personnes"); hosted by the people of a place ("hébergés par la population de Tahoua",
# "accueillis au sein des communautés hôtes"); forced to go ("a forcé 2 100 ménages à partir"); escorted to a town
# ("ont été escortés par l'armée jusqu'à Douentza": evacuated); "jusqu'à" before a place is "to", before a number
# "up to"
for _lost in ("ont perdu", "a perdu", "avaient perdu"):
    for _home in (
        "leur maison",
        "leurs maisons",
        "leur logement",
        "leurs logements",
        "leur habitation",
        "leurs habitations",
        "leur domicile",
        "leurs domiciles",
        "leur case",
        "leurs cases",
        "leur toit",
    ):
        VOCABULARY.setdefault(f"{_lost} {_home}", ("has" if _lost == "a perdu" else "have") + " lost their homes")
for _serves, _serves_en in (("sert", "is sheltering"), ("servent", "are sheltering"), ("servait", "was sheltering")):
    for _shelter in (
        "d'abri",
        "d'abri provisoire",
        "d'abri temporaire",
        "de refuge",
        "d'abri d'urgence",
        "de site d'accueil",
        "de centre d'hébergement",
    ):
        VOCABULARY.setdefault(f"{_serves} {_shelter} à", _serves_en)
        VOCABULARY.setdefault(f"{_serves} {_shelter} aux", _serves_en + " the")
for _hosted in ("hébergés", "hébergées", "accueillis", "accueillies"):
    for _by in (
        "par la population",
        "par les populations",
        "par la population locale",
        "par les communautés hôtes",
        "par la communauté hôte",
        "au sein des communautés hôtes",
        "au sein de la population",
        "par les familles",
        "par des familles",
    ):
        VOCABULARY.setdefault(f"{_hosted} {_by}", "living with host families")
VOCABULARY.update({"à partir": "to leave", "à partir de": "from", "à partir du": "from the", "à partir d'": "from",
                   "à partir des": "from the", "escortés": "evacuated", "escortées": "evacuated",
                   "ont été escortés": "have been evacuated", "ont été escortées": "have been evacuated",
                   "jusqu'à": lambda context: "up to" if not context.after or context.after[0][:1].isdigit()
                   or context.after[0] in _QUALIFYING else "to"})  # fmt: skip

# ext19b batch 5: heading towards a town ("Plus de 15 000 personnes se dirigent vers Lubero"); staying somewhere
# ("logent désormais dans des salles de classe"); evicted from a district or a site ("300 familles expulsées du
# quartier de Kaporo": an eviction; "expulsés" alone or towards a country is a deportation); a site's count now by the
# clitic "en" ("en compte aujourd'hui 7 000"; "prendre en compte" is to take into account)
for _heading, _heading_en in (("se dirigent vers", "are headed towards"),
                              ("se dirigeaient vers", "were headed towards"),
                              ("se sont dirigés vers", "have headed towards"),
                              ("se sont dirigées vers", "have headed towards")):  # fmt: skip
    VOCABULARY.setdefault(_heading, _heading_en)
VOCABULARY.update(
    {
        "logent": "are sheltering",
        "logent dans": "are sheltering in",
        "en compte": "hosts",
        "prendre en compte": "take into account",
        "pris en compte": "taken into account",
        "prise en compte": "consideration",
        "prises en compte": "taken into account",
        "tenir compte": "take into account",
    }
)
for _adverb, _adverb_en in (("désormais", "now"), ("aujourd'hui", "now"), ("actuellement", "now"), ("encore", "still"),
                            ("toujours", "still")):  # fmt: skip
    VOCABULARY.setdefault(f"logent {_adverb}", f"are {_adverb_en} sheltering")
    VOCABULARY.setdefault(f"logent {_adverb} dans", f"are {_adverb_en} sheltering in")
    VOCABULARY.setdefault(f"en compte {_adverb}", f"{_adverb_en} hosts")
for _evicted in ("expulsés", "expulsées", "expulsé", "expulsée"):
    for _of, _of_en in (("du", "the"), ("de la", "the"), ("des", "the"), ("de l'", "the")):
        for _place, _place_en in (("quartier", "district"), ("site", "site"), ("camp", "camp"), ("zone", "area"),
                                  ("domaine", "estate"), ("terrain", "land"), ("bidonville", "slum"),
                                  ("marché", "market"), ("village", "village"), ("cité", "estate"),
                                  ("lotissement", "estate"), ("emprise", "land")):  # fmt: skip
            if (_of == "de la") == (_place in ("zone", "cité", "emprise")) and (_of != "de l'") == (
                _place not in ("emprise",)
            ):
                VOCABULARY.setdefault(f"{_evicted} {_of} {_place}".replace("' ", "'"), f"evicted from the {_place_en}")

# ext19b batch 6: the road taken towards a town ("ont pris le chemin de Kitutu": "pris le chemin de l'exil" stays fled
# into exile, the longer phrase); living inside a compound ("vivent dans l'enceinte de l'hôpital": sheltering there);
# the occupants of homes evacuated ("leurs 250 occupants hébergés à l'hôtel")
VOCABULARY.update({"pris le chemin de": "headed to", "pris le chemin du": "headed to the",
                   "pris le chemin des": "headed to the", "occupants": "residents",
                   "vivent dans l'enceinte": "are sheltering in the compound",
                   "vivaient dans l'enceinte": "were sheltering in the compound",
                   "se trouvent dans l'enceinte": "are sheltering in the compound"})  # fmt: skip

# the adjective after the noun goes before it, as the English stages read it: "enfants déplacés" → "displaced
# children", "familles de retournés" → "returnee families"
_PEOPLE = {"personnes": "people", "familles": "families", "ménages": "households", "enfants": "children",
           "femmes": "women", "hommes": "men", "habitants": "residents", "individus": "individuals",
           "foyers": "households", "civils": "civilians"}  # fmt: skip
_STATES = {"déplacé": "displaced", "évacué": "evacuated", "retourné": "returnee", "rapatrié": "returnee",
           "sinistré": "affected", "relocalisé": "relocated", "réfugié": "refugee"}  # fmt: skip
for _noun, _noun_en in _PEOPLE.items():
    for _state, _state_en in _STATES.items():
        for _ending in ("s", "es"):
            VOCABULARY.setdefault(f"{_noun} {_state}{_ending}", f"{_state_en} {_noun_en}")
        VOCABULARY.setdefault(f"{_noun} de {_state}s", f"{_state_en} {_noun_en}")
        VOCABULARY.setdefault(f"{_noun} d'{_state}s".replace("d'é", "d'é"), f"{_state_en} {_noun_en}")
# "une cinquantaine de familles": about fifty
for _amount, _english in {"dizaine": "ten", "douzaine": "twelve", "quinzaine": "fifteen", "vingtaine": "twenty",
                          "trentaine": "thirty", "quarantaine": "forty", "cinquantaine": "fifty",
                          "soixantaine": "sixty", "centaine": "one hundred"}.items():  # fmt: skip
    VOCABULARY.setdefault(f"une {_amount} de", f"about {_english}")
    VOCABULARY.setdefault(f"une {_amount} d'", f"about {_english}")
VOCABULARY.update({month: month_en for month, month_en in _MONTHS.items()})
VOCABULARY.update({day: "on " + day_en for day, day_en in _WEEKDAYS.items()})
VOCABULARY.update({f"{day} dernier": "last " + day_en for day, day_en in _WEEKDAYS.items()})
# ext20e: number words joined by hyphens ("Vingt-deux mille sinistrés", "quatre-vingts ménages", "soixante-dix"), as
# English writes them ("twenty-two", "eighty", "seventy"); a phrase takes six words at most, so "quatre-vingt-dix-sept"
# stays as written
_UNIT_WORDS = {"deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "six": "six", "sept": "seven",
               "huit": "eight", "neuf": "nine"}  # fmt: skip
_TEEN_WORDS = {"onze": "eleven", "douze": "twelve", "treize": "thirteen", "quatorze": "fourteen", "quinze": "fifteen",
               "seize": "sixteen", "dix-sept": "seventeen", "dix-huit": "eighteen", "dix-neuf": "nineteen"}  # fmt: skip
VOCABULARY.update({teen: teen_en for teen, teen_en in _TEEN_WORDS.items() if teen not in VOCABULARY})
for _tens, _tens_en in (("vingt", "twenty"), ("trente", "thirty"), ("quarante", "forty"), ("cinquante", "fifty"),
                        ("soixante", "sixty"), ("quatre-vingt", "eighty")):  # fmt: skip
    VOCABULARY.setdefault(f"{_tens} et un", f"{_tens_en}-one")
    VOCABULARY.setdefault(f"{_tens}-et-un", f"{_tens_en}-one")
    VOCABULARY.setdefault(f"{_tens}-un", f"{_tens_en}-one")
    for _unit, _unit_en in _UNIT_WORDS.items():
        VOCABULARY.setdefault(f"{_tens}-{_unit}", f"{_tens_en}-{_unit_en}")
for _tens, _tens_en in (("soixante", "seventy"), ("quatre-vingt", "ninety")):
    VOCABULARY.setdefault(f"{_tens}-dix", _tens_en)
    VOCABULARY.setdefault(f"{_tens} et onze", f"{_tens_en}-one")
    # "soixante-douze": seventy-two
    for _teen, _unit_en in zip(_TEEN_WORDS, ("one", *_UNIT_WORDS.values()), strict=True):
        VOCABULARY.setdefault(f"{_tens}-{_teen}", f"{_tens_en}-{_unit_en}")
VOCABULARY.update({"quatre-vingts": "eighty", "quatre-vingt": "eighty"})


def _records_a_count(english: str, written: str):
    """'Le Tchad compte 1,1 million de réfugiés': a place that counts people is a host, as English reads "records"
    ("Chad records 1.1 million refugees"); "compte" before anything but a count is left as written."""

    def choose(context: gloss.Context) -> str:
        following = [word for word in context.after if word not in _NOW]
        return english if following and (following[0][:1].isdigit() or following[0] in _QUALIFYING) else written

    return choose


# "Quelques 30 000 réfugiés" (for "quelque"): some; "quelques" before anything but a number is left as written
VOCABULARY.setdefault("quelques", lambda context: "some" if context.after[:1] and context.after[0][:1].isdigit()
                      else "quelques")  # fmt: skip
# the same people counted by households: "332 réfugiés, regroupés en 74 ménages", "répartis en 310 ménages" (as
# "9,328 people from 2,704 families")
for _grouped in ("regroupés", "regroupées", "répartis", "réparties"):
    VOCABULARY.setdefault(f"{_grouped} en", lambda context: "from" if _HOUSEHOLD_WORDS.intersection(context.after)
                          else "in")  # fmt: skip
_HOUSEHOLD_WORDS = frozenset(("ménages", "familles", "foyers"))
# a figure spread over places in a list after a colon: "réparties comme suit : Gao 9 100, Kidal 300"
for _spread in ("répartis", "réparties", "repartis", "reparties", "réparti", "répartie"):
    VOCABULARY.setdefault(_spread, "spread")
VOCABULARY.setdefault("comme suit", "as follows")
VOCABULARY.setdefault("par région", "by region")


# an estimate in the past or by "on", the figure before what it counts: "on estimait à 12 480 le nombre de déplacés"
# (as "estime à"); "le nombre des déplacés" is the number of the displaced
for _estimated, _estimated_en in (("estimait à", "estimated"), ("estimaient à", "estimated"),
                                  ("estiment à", "estimate")):  # fmt: skip
    VOCABULARY.setdefault(_estimated, _brings_to(f"{_estimated_en}, bringing to"))
VOCABULARY.update({"on estime à": "brings to", "on estimait à": "brings to", "le nombre des": "the number of"})
# "le nombre de déplacés a dépassé le million": one million, as "a franchi la barre des 7 millions"
VOCABULARY.setdefault("le million", lambda context: "one million" if _EXCEEDED_BEFORE.search(context.before)
                      else "the million")  # fmt: skip
_EXCEEDED_BEFORE = re.compile(r"\b(?:exceeded|exceeds|passed|reached|topped|crossed)\s*$")


# a body's count: "d'après le dernier relevé du HCR" (according to the latest count of UNHCR)
VOCABULARY.update({"dernier relevé": "latest count", "relevé": "count"})

# the body of the sentence before named again: "La même source indique que …", "…, selon la même source", "Selon
# elle, …" read as English reads "the agency said", which takes the body named last ("selon l'organisation": below)
VOCABULARY.update({"la même source": "the agency", "selon la même source": "the agency said",
                   "d'après la même source": "the agency said", "de même source": "the agency said",
                   "selon elle": "the agency said", "d'après elle": "the agency said"})  # fmt: skip


# a part of the count named by its place alone: "9 000 déplacés, dont 6 500 pour le seul département de Bouna",
# "au Niger dont plus de 30 mille pour la seule région de Diffa" (as "…, including 30,000 in the region of Diffa": the
# whole keeps its own place)
for _alone in ("pour le seul", "pour la seule", "pour les seuls", "pour les seules"):
    VOCABULARY.setdefault(_alone, "in the")
VOCABULARY["dont"] = lambda context: (
    ", including"
    if not context.before.rstrip().endswith(",") and context.after[:1]
    and (context.after[0][:1].isdigit() or context.after[0] in _QUALIFYING)
    else "including"
)  # fmt: skip


# a host counting the people it hosts: "le Niger compte désormais 400 000 réfugiés", "la région comptait
# 9 300 déplacés" ("en compte", "prendre en compte" are phrases of their own)
for _counts, _counts_en in (("compte", "records"), ("comptent", "record"), ("comptait", "recorded"),
                            ("comptaient", "recorded")):  # fmt: skip
    VOCABULARY.setdefault(_counts, _records_a_count(_counts_en, _counts))
    for _adverb in _NOW:
        VOCABULARY.setdefault(f"{_counts} {_adverb}", _records_a_count(f"now {_counts_en}", f"{_counts} {_adverb}"))

# bodies: French names and letters → the name the English stages and the gazetteer know (written back as the
# original gave it)
BODIES = {
    "OCHA": "OCHA", "BCAH": "OCHA", "Bureau de la coordination des affaires humanitaires": "OCHA",
    "Bureau de la coordination des affaires humanitaires de l'ONU": "OCHA",
    "Bureau de coordination des affaires humanitaires": "OCHA",
    "Bureau de coordination des affaires humanitaires de l'ONU": "OCHA",
    "Bureau de coordination des affaires humanitaires des Nations unies": "OCHA",
    "Bureau de l'ONU pour la coordination des affaires humanitaires": "OCHA",
    "Bureau des Nations unies pour la coordination des affaires humanitaires": "OCHA",
    "HCR": "UNHCR", "UNHCR": "UNHCR", "Haut-Commissariat des Nations unies pour les réfugiés": "UNHCR",
    "Haut Commissariat des Nations unies pour les réfugiés": "UNHCR",
    "Haut-Commissariat pour les réfugiés": "UNHCR", "agence de l'ONU pour les réfugiés": "UNHCR",
    "OIM": "IOM", "Organisation internationale pour les migrations": "IOM", "ONU": "UN",
    "Nations unies": "UN", "Nations Unies": "UN", "Unicef": "UNICEF", "UNICEF": "UNICEF", "PAM": "WFP",
    "Programme alimentaire mondial": "WFP", "CICR": "ICRC", "Comité international de la Croix-Rouge": "ICRC",
    "Croix-Rouge": "Red Cross", "FICR": "IFRC", "MSF": "MSF", "Médecins sans frontières": "MSF",
    "Médecins Sans Frontières": "MSF", "DTM": "DTM", "Matrice de suivi des déplacements": "DTM",
    "DTM de l'OIM": "IOM", "Matrice de suivi des déplacements de l'OIM": "IOM",
    "CONASUR": "CONASUR", "Conseil national de secours d'urgence et de réhabilitation": "CONASUR",
    "Croissant-Rouge": "Red Crescent", "Protection civile": "Civil Protection",
    "Médecins du monde": "Médecins du Monde", "Médecins du Monde": "Médecins du Monde",
    "MINUSCA": "MINUSCA", "MONUSCO": "MONUSCO", "MINUSMA": "MINUSMA", "BINUH": "BINUH",
    # the names the wire and the UN's French pages also give them
    "Haut-Commissariat de l'ONU pour les réfugiés": "UNHCR", "Haut Commissariat de l'ONU pour les réfugiés": "UNHCR",
    "Haut-Commissariat aux réfugiés": "UNHCR", "Haut Commissariat aux réfugiés": "UNHCR",
    "Agence des Nations unies pour les réfugiés": "UNHCR", "Agence des Nations unies pour les migrations": "IOM",
}  # fmt: skip

# bodies named by common nouns, found whatever their case
COMMON_BODIES = {
    "gouvernement": "Government", "autorités locales": "Local authorities", "autorités": "Authorities",
    "protection civile": "Civil Protection", "responsables locaux": "Local officials",
    "préfecture": "Prefecture", "chef de chefferie": "Chief", "société civile": "Civil Society",
    "société civile locale": "Civil Society", "coordination de la société civile": "Civil Society",
    "action sociale": "Social Action", "action humanitaire": "Humanitarian Action", "mairie": "town hall",
    # (the council of a town, read as English reads "according to the town hall of …")
    "municipalité": "town hall", "gouvernorat": "governorate", "mission onusienne": "UN mission",
    "autorités provinciales": "Provincial authorities",
    "gouvernement libanais": "Lebanese Government", "premier ministre": "Prime Minister",
    # the State's representative overseas ("selon le haut-commissariat" in Nouméa or Papeete)
    "haut-commissariat": "High Commission", "bourgmestre": "mayor", "sécurité civile": "Civil Protection",
    "centre de crise": "Crisis Centre", "préfectures": "Prefectures", "province Sud": "South Province",
    "province Nord": "North Province", "administrateur du territoire": "territory administrator",
    "province des îles Loyauté": "Loyalty Islands Province",
    # an office-holder, written lower case as English writes "said the governor" (a capital would take the place
    # after it, "the Governor of North Kivu", for the body's name)
    "sûreté générale": "General Security", "préfète": "prefect",
    "gouverneur": "governor", "préfet": "prefect", "maire": "mayor", "ministère": "ministry", "ministre": "minister",
    # services that count the people they moved: "selon l'armée", "selon les sapeurs-pompiers"
    "armée": "army", "pompiers": "fire brigade", "sapeurs-pompiers": "fire brigade",
    # the head of a State, the UN's humanitarian coordinator in a country
    "chef de l'état": "President", "président de la république": "President",
    "coordonnateur humanitaire": "Humanitarian Coordinator", "coordonnatrice humanitaire": "Humanitarian Coordinator",
    "coordinateur humanitaire": "Humanitarian Coordinator", "coordinatrice humanitaire": "Humanitarian Coordinator",
    # the head of a refugee agency or of a State's commission: "a indiqué le Haut commissaire"
    "haut commissaire": "High Commissioner", "haut-commissaire": "High Commissioner",
}  # fmt: skip
# people named by their country, written with a capital: "7 000 Burkinabè ont fui"
DEMONYMS = (
    "Burkinabè Burkinabé Burkinabés Congolais Congolaises Soudanais Soudanaises Sud-Soudanais Maliens Maliennes "
    "Nigériens Nigérians Haïtiens Haïtiennes Syriens Syriennes Libanais Libanaises Tchadiens Centrafricains "
    "Camerounais Burundais Rwandais Somaliens Éthiopiens Afghans Ukrainiens Palestiniens Ivoiriens Mozambicains "
    "Libyens Irakiens Yéménites Rohingyas Vénézuéliens Sahraouis Mauritaniens Togolais Béninois Guinéens"
).split()
_DEMONYMS = gloss.phrase_table(dict.fromkeys(DEMONYMS, "people"), fold)
# the same words written lower case after a noun are adjectives ("le gouvernement burkinabè", "les autorités
# sénégalaises", "réfugiés soudanais"): left out, as the English stages read "the government", "refugees"
_NATIONALITIES = (
    "burkinabè burkinabé burkinabés congolais soudanais sud-soudanais malien nigérien nigérian haïtien syrien "
    "libanais tchadien centrafricain camerounais burundais rwandais somalien éthiopien afghan ukrainien "
    "palestinien ivoirien mozambicain libyen irakien yéménite vénézuélien mauritanien togolais béninois guinéen "
    "sénégalais malgache ougandais kényan algérien marocain tunisien nigériane"
).split()
for _adjective in _NATIONALITIES:
    _forms = {_adjective}
    if _adjective.endswith(("ais", "ois")):
        _forms |= {_adjective + "e", _adjective + "es"}
    elif _adjective.endswith("en"):
        _forms |= {_adjective + "s", _adjective + "ne", _adjective + "nes"}
    elif _adjective[-1] in "éè" or _adjective.endswith(("ain", "an", "ite", "che", "ien")):
        _forms |= {_adjective + "s", _adjective + "e", _adjective + "es"}
    else:
        _forms |= {_adjective + "s", _adjective + "e", _adjective + "es"}
    for _form in _forms:
        VOCABULARY.setdefault(_form, "")
# c6 (the grammar of where people came from and where they went): an origin after any noun ("des déplacés
# venant de Djibo", "des familles originaires du Soudan") is "from", as English writes it before where they stay
# ("… ont trouvé refuge à Kaya"); leaving one place to take refuge in another ("ont quitté X pour se réfugier à
# Y"); taken in somewhere ("ont été accueillies à Kaya": sheltered there; "par des familles" keeps its gloss)
for _from_fr, _from_en in (("de", "from"), ("du", "from the"), ("des", "from the"), ("d'", "from")):
    for _origin in ("originaires", "originaire", "venant", "provenant"):
        VOCABULARY.setdefault(f"{_origin} {_from_fr}", _from_en)
for _refuge in ("se réfugier", "trouver refuge", "chercher refuge", "trouver abri", "se mettre à l'abri"):
    VOCABULARY.setdefault(f"pour {_refuge}", "to seek refuge")
for _taken, _taken_en in (("ont été accueillis", "have been sheltered"), ("ont été accueillies", "have been sheltered"),
                          ("a été accueilli", "has been sheltered"), ("a été accueillie", "has been sheltered"),
                          ("sont accueillis", "are sheltered"), ("sont accueillies", "are sheltered")):  # fmt: skip
    for _in in ("à", "au", "aux", "dans", "en"):
        VOCABULARY.setdefault(f"{_taken} {_in}", f"{_taken_en} in" + (" the" if _in in ("au", "aux") else ""))
# c6: "ils sont N à avoir …" (N of them have …), every verb of leaving, arriving or being moved the construction
# takes: a border crossed, refuge found, "elles sont 800 à s'être réfugiées à Kaya", the conditional "seraient"
for _did, _did_en in (("à avoir franchi la frontière vers", "who crossed the border into"),
                      ("à avoir franchi la frontière", "who crossed the border"),
                      ("à avoir traversé la frontière vers", "who crossed the border into"),
                      ("à avoir traversé la frontière", "who crossed the border"),
                      ("à avoir trouvé refuge", "who found refuge"), ("à avoir pris la fuite", "who fled"),
                      ("à avoir été déplacés", "who were displaced"), ("à avoir été déplacées", "who were displaced"),
                      ("à avoir été évacués", "who were evacuated"), ("à avoir été évacuées", "who were evacuated"),
                      ("à s'être réfugiés", "who sought refuge"), ("à s'être réfugiées", "who sought refuge"),
                      ("à avoir regagné", "who returned to"), ("à être rentrés", "who returned"),
                      ("à être rentrées", "who returned")):  # fmt: skip
    VOCABULARY.setdefault(_did, _people_after_number(f"people {_did_en}", ""))
for _they in ("ils", "elles"):
    VOCABULARY.setdefault(f"{_they} seraient", "they are")
    VOCABULARY.setdefault(f"{_they} étaient", "they were")
# c6: a distance given roughly ("Kaya, à une centaine de kilomètres de la capitale, accueille …") written in digits,
# as English reads a distance, so that its number words are not taken for a count
for _roughly, _km in (("une dizaine", 10), ("une quinzaine", 15), ("une vingtaine", 20), ("une trentaine", 30),
                      ("une quarantaine", 40), ("une cinquantaine", 50), ("une soixantaine", 60),
                      ("une centaine", 100)):  # fmt: skip
    for _unit in ("kilomètres", "km"):
        VOCABULARY.setdefault(f"{_roughly} de {_unit}", f"about {_km} kilometres")
# round 10: sleeping or living outside ("dorment dehors", "dormaient à la belle étoile", "ont dormi en plein air",
# "vivent dans la rue"), crammed into buildings ("sont entassées dans", "s'entassaient dans"), the homeless in the
# plural ("sans-abris"): as English reads "sleeping in the open", "crammed into", "homeless"
VOCABULARY.update({"dehors": "outside", "à l'air libre": "in the open", "en plein air": "in the open",
                   "dormaient": "were sleeping", "ont dormi": "have been sleeping",
                   "avaient dormi": "had been sleeping", "dormi": "slept", "entassés": "crammed",
                   "entassées": "crammed", "entassés dans": "crammed into",
                   "entassées dans": "crammed into", "s'entassaient": "were crammed",
                   "s'entassaient dans": "were crammed into", "sans-abris": "homeless",
                   "sans abris": "homeless", "dans la rue": "in the street", "à la rue": "in the street",
                   "la rue": "the street"})  # fmt: skip
for _sleep, _sleep_en in (("dorment", "are sleeping"), ("dormaient", "were sleeping"),
                          ("ont dormi", "have been sleeping"), ("vivent", "are living"),
                          ("vivaient", "were living")):  # fmt: skip
    for _outside in ("dehors", "à la belle étoile", "à l'air libre", "en plein air", "dans la rue", "à la rue"):
        VOCABULARY.setdefault(f"{_sleep} {_outside}", f"{_sleep_en} in the open")
# round 10: a subject pronoun names again what the sentence before named ("La Croix-Rouge est sur place. Elle a
# enregistré 8 300 personnes"), as English reads "It registered …" (the body before, never a body or place itself)
VOCABULARY.update({"il": "it", "elle": "it", "ils": "they", "elles": "they", "avait": "had"})
_DEMONYM_FIRSTS = frozenset(key[0] for key in _DEMONYMS)
_FOLDED_BODIES = gloss.phrase_table(dict(BODIES), fold)
_COMMON_BODIES = gloss.phrase_table(COMMON_BODIES, fold)
_MAX_NAME = 12


def _names(words, i, writer: gloss.Writer, min_size: int) -> int:
    """A body or a French country name starting at word i: written in English, labelled."""
    start, _, first = words[i]
    if fold(first) == "agence" and not first[:1].isupper():
        folded = tuple(fold(w[2]) for w in words[i : i + 8])
        for size in range(len(folded), 2, -1):
            english = _AGENCY_DESCRIPTIONS.get(folded[:size])
            if english:
                writer.put(english, start, words[i + size - 1][1], kind="body")
                return size
    office = _OFFICES_AFTER_A_CUE.get(fold(first))
    if office and _CUE_THE_BEFORE.search(writer.tail()):
        writer.put(office, start, words[i][1], kind="body")
        return 1
    if fold(first) == "cluster" and i + 1 < len(words) and words[i + 1][2][:1].isupper():
        # "selon le cluster Abris", "le cluster CCCM": a cluster named by its sector, a body ("the Abris Cluster")
        size = 2 + _sector_tail(words, i + 2)
        # written back as the text has it
        writer.put(words[i + 1][2] + " Cluster", start, words[i + size - 1][1], "body")
        return size
    kind_of_place = _KIND_BEFORE_A_NAME.get(fold(first))
    if (
        kind_of_place
        and i + 1 < len(words)
        and words[i + 1][2][:1].isupper()
        and words[i + 1][0] == words[i][1] + 1
        and (fold(first), fold(words[i + 1][2])) not in _COMMON_BODIES  # "la province Sud" (New Caledonia), a body
    ):
        writer.put(kind_of_place, start, words[i][1])  # "la région Sofia" → "the region of Sofia"
        return 1
    if first[:1].isupper() and fold(first) in _DEMONYM_FIRSTS:  # before the phrases (lower case: adjectives)
        for size in (3, 1):  # "Sud-Soudanais", "Burkinabè"
            if tuple(fold(w[2]) for w in words[i : i + size]) in _DEMONYMS and words[i + size - 1][1] - start == len(
                "".join(w[2] for w in words[i : i + size])
            ):
                # "Le Liban accueille 1,5 million de Syriens": the people a country hosts are refugees
                hosted = _HOSTED_BEFORE.search(writer.tail(80, parts=16))
                writer.put("refugees" if hosted else "people", start, words[i + size - 1][1])
                return size
    if (
        first[:1].isupper()
        and i + 2 < len(words)
        and words[i + 1][2] in "-‐"
        and words[i + 1][0] == words[i][1]
        and words[i + 2][0] == words[i + 1][1]
        and words[i + 2][2][:1].isalpha()
        and (fold(first), fold(words[i + 2][2])) not in _hyphen_firsts()
    ):
        writer.keep(start, words[i][1])  # "Mai-Ndombe" (not the month), "Liban-Sud": a name of its own, as written
        return 1
    if fold(first) not in _name_firsts():
        return _institution(words, i, writer)  # no known body's or country's name starts with this word
    folded = [fold(w[2]) for w in words[i : i + _MAX_NAME]]
    for size in range(len(folded), min_size - 1, -1):
        english, kind = _COMMON_BODIES.get(tuple(folded[:size])), "body"
        if english is None and not first[:1].isupper():
            continue
        english = english or _FOLDED_BODIES.get(tuple(folded[:size]))
        if english is None:
            english = _countries().get(tuple(folded[:size]))
            kind = "place"
        if english and kind == "place" and _HYPHEN_AFTER.match(writer.source, words[i + size - 1][1]):
            break  # "Liban-Sud", "Congo-Brazzaville": a name of its own, kept as written
        if english:
            if kind == "body" and size == 1 and folded[0] in _MINISTRY:
                size += _department(words, i + 1)
                if size > 1:
                    english = english.capitalize()  # "le ministre de l'Action humanitaire": "the Minister", a body
            elif english in _OFFICES and (
                i + 1 >= len(words) or fold(words[i + 1][2]) not in _OF or _common_noun_after(words, i + 1)
            ):
                english = english.title()  # "a précisé le gouverneur": "said the Governor", a body
            writer.put(english, start, words[i + size - 1][1], kind=kind)
            return size
    return _institution(words, i, writer)


def _sector_tail(words, i: int) -> int:
    """The words of a cluster's sector after its first ("Abris/AME": the slash and what follows it, joined)."""
    taken = 0
    while (
        i + taken + 1 < len(words)
        and words[i + taken][2] in "/-"
        and words[i + taken][0] == words[i + taken - 1][1]
        and words[i + taken + 1][0] == words[i + taken][1]
    ):
        taken += 2
    return taken


# a kind of place right before its name: "dans la région Sofia", "la province Orientale" (as English writes "the region
# of Sofia"; "the region Sofia" let the country named before take the figure)
_KIND_BEFORE_A_NAME = {"région": "region of", "province": "province of", "commune": "commune of",
                       "préfecture": "prefecture of", "ville": "town of", "département": "department of"}  # fmt: skip
_HYPHEN_AFTER = re.compile(r"[-‐][^\W\d_]")


# an office or agency named by a capitalised head noun and what it is for: "la Direction générale de la protection
# civile", "la Commission nationale d'accueil et de réinsertion des réfugiés et des rapatriés (CNARR)", "le Conseil
# norvégien pour les réfugiés": written as its head in English ("the Directorate"), a body the stages read
_INSTITUTIONS = {
    "direction": "Directorate", "commission": "Commission", "agence": "Authority", "office": "Office",
    "bureau": "Office", "service": "Service", "services": "Services", "secrétariat": "Secretariat",
    "conseil": "Council", "comité": "Committee", "cellule": "Unit", "plateforme": "Network", "institut": "Institute",
    "délégation": "Delegation", "unité": "Unit", "mission": "Mission", "observatoire": "Observatory",
    "fédération": "Federation", "fondation": "Foundation", "division": "Directorate", "coordination": "Secretariat",
    "réseau": "Network",
}  # fmt: skip
_LEVELS = frozenset(
    "régionale régional départementale départemental provinciale provincial générale général nationale national "
    "communale communal préfectorale préfectoral territoriale territorial municipale municipal".split()
)
_LINKS = frozenset(("de", "du", "des", "d'", "la", "l'", "le", "les", "et", "pour", "aux", "à"))
# words the vocabulary knows that are also what an office is for: "… des réfugiés et des rapatriés"
_FIELD_WORDS = frozenset(
    "réfugiés réfugiées rapatriés déplacés déplacées sinistrés migrants migrations personnes populations aide "
    "assistance secours urgence retour retournés victimes enfants femmes familles droits catastrophes gestion crise "
    "crises évacuation accueil".split()
)
_MAX_INSTITUTION = 16


def _institution(words, i, writer: gloss.Writer) -> int:
    start, _, first = words[i]
    english = _INSTITUTIONS.get(fold(first))
    if english is None:
        return 0
    if (
        not first[:1].isupper()
        and not (i + 1 < len(words) and fold(words[i + 1][2]) in _LEVELS)
        and not (i + 2 < len(words) and fold(words[i + 1][2]) in _OF and fold(words[i + 2][2]) in _FIELD_WORDS)
    ):
        # lower case only with its level or its field after it: "la direction régionale de l'action humanitaire",
        # "l'unité de gestion des risques de catastrophe"
        return 0
    size, named = 1, 1  # words read; words up to the last that names (not a link)
    while i + size < len(words) and size < _MAX_INSTITUTION:
        gap = writer.source[words[i + size - 1][1] : words[i + size][0]]
        word = words[i + size][2]
        if gap.strip() or not word[0].isalpha():
            break
        folded = fold(word)
        if folded in _LINKS:
            size += 1
            continue
        gloss_of = _TABLE.get((folded,))
        if not (word[0].isupper() or gloss_of is None or gloss_of == "" or folded in _FIELD_WORDS):
            break  # a word the vocabulary reads: the name has ended ("… a indiqué", "… dans")
        size += 1
        named = size
    if named == 1:
        return 0  # the head alone ("la Commission") is read as written
    end = words[i + named - 1][1]
    after = i + named
    if (
        after + 2 < len(words)
        and words[after][2] == "("
        and words[after + 1][2].isupper()
        and words[after + 2][2] == ")"
    ):
        named += 3  # "(CNARR)"
        end = words[after + 2][1]
    writer.put(english, start, end, kind="body")
    return named


_MINISTRY = frozenset(("ministère", "ministre"))
_OFFICES = frozenset(
    ("governor", "prefect", "mayor", "town hall", "municipality", "territory administrator", "governorate")
)
# a local administration or a person who speaks for a place, a body only right after the verb that cites it ("a
# indiqué la commune", "selon le canton", "raconte le curé"; elsewhere "la commune de Fada" is a place): written as an
# English body the stages read, the original's word given back
_OFFICES_AFTER_A_CUE = {
    "commune": "Municipality", "canton": "Cantonal Government", "curé": "Parish Office", "échevin": "Municipal Council",
    "ville": "City",
}  # fmt: skip
# a UN agency described in lower case, its letters often after a comma ("l'agence onusienne pour les migrations,
# l'OIM"): written as English describes it, "the UN migration agency IOM", where the letters are the body
_AGENCY_DESCRIPTIONS = gloss.phrase_table(
    {
        f"agence {un} {field}": english
        for un in ("des Nations unies", "de l'ONU", "onusienne")
        for field, english in (
            ("pour les migrations", "UN migration agency"),
            ("des migrations", "UN migration agency"),
            ("pour les réfugiés", "UN refugee agency"),
            ("des réfugiés", "UN refugee agency"),
        )
    },
    fold,
)
_DESCRIPTION_THEN_LETTERS = re.compile(r"(?<=\bUN )(?P<field>migration|refugee) agency, the (?=[A-Z]{2,}\b)")
_CUE_THE_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|added|reported|reports|noted|according to)(?: on [A-Z][a-z]+)? the\s*$"
)
_OF = frozenset(("de", "du", "des", "d'", "la", "l'"))


def _common_noun_after(words, i: int) -> bool:
    """An office of a common noun, no place's name after it: "le maire de la commune", "le préfet du département"."""
    while i < len(words) and fold(words[i][2]) in _OF:
        i += 1
    return i < len(words) and words[i][2].isalpha() and words[i][2].islower()


def _field_word(word: str) -> bool:
    return word.isalpha() and word.islower() and (fold(word),) not in _TABLE and word not in _OF


def _department(words, i: int) -> int:
    """The words naming a ministry's field after "ministère"/"ministre": "de l'Action humanitaire et de la Gestion
    des catastrophes" (of, then a capitalised word and the lower-case words no vocabulary knows after it); 0 when
    no capitalised word follows."""
    taken = 0
    while True:
        j = i + taken
        links = 0
        while j + links < len(words) and fold(words[j + links][2]) in _OF and links < 2:
            links += 1
        if not links or j + links >= len(words) or not words[j + links][2][:1].isupper():
            return taken
        taken += links + 1
        while i + taken < len(words):
            word = words[i + taken][2]
            if word in _OF and i + taken + 1 < len(words) and _field_word(words[i + taken + 1][2]):
                taken += 2  # "Gestion des catastrophes"
                continue
            if not _field_word(word):
                break
            taken += 1
        if i + taken + 1 < len(words) and words[i + taken][2] == "et":
            taken += 1
            continue
        return taken


def _countries():
    global _COUNTRY_TABLE
    if _COUNTRY_TABLE is None:
        names = dict(french_countries())
        names["République démocratique du Congo"] = names.get("RDC", "DR Congo")
        names["La Réunion"] = names["Réunion"] = "Réunion"  # not CLDR's "Bourbon Island", which no gazetteer knows
        _COUNTRY_TABLE = gloss.phrase_table(names, fold)
    return _COUNTRY_TABLE


_COUNTRY_TABLE = None
_HOSTED_BEFORE = re.compile(r"\b(?:hosts?|hosted|hosting|received|receives|welcomed)\s+(?:[a-z]+\s+){0,3}\d[\d ,.]*"
                            r"(?:\s+(?:million|thousand))?(?:\s+of)?\s*$")  # fmt: skip


@lru_cache(maxsize=1)
def _hyphen_firsts() -> frozenset[tuple[str, str]]:
    """The two words a hyphenated phrase or name of the tables starts with ("croix", "rouge" of "Croix-Rouge";
    "vingt", "deux" of "vingt-deux", while "Quatre-Bornes" stays a name)."""
    tables = (_TABLE, _COMMON_BODIES, _FOLDED_BODIES, _countries(), _DEMONYMS)
    return frozenset((key[0], key[2]) for table in tables for key in table if len(key) > 2 and key[1] in "-‐")


@lru_cache(maxsize=1)
def _name_firsts() -> frozenset[str]:
    """The words a body's or a country's name starts with (folded)."""
    return frozenset(key[0] for table in (_COMMON_BODIES, _FOLDED_BODIES, _countries()) for key in table)


# an adverb between the auxiliary and the verb of saying: "a ainsi révélé", "a par ailleurs précisé", "ont également
# indiqué" read as the verb alone; a part of the day after the weekday it was said: "a annoncé jeudi soir le HCR"
_SAYING_VERBS = frozenset(("said", "announced", "reported", "noted", "added", "revealed", "warned", "estimated",
                           "recorded", "registered", "counted", "documented"))  # fmt: skip
_BETWEEN = ("ainsi", "également", "aussi", "par ailleurs", "en outre", "encore", "notamment", "d'ailleurs", "enfin")
VOCABULARY.update({
    f"{aux} {between} {participle}": english
    for key, english in list(VOCABULARY.items())
    if isinstance(english, str) and english in _SAYING_VERBS and key.startswith(("a ", "ont "))
    for aux, participle in (key.split(" ", 1),)
    for between in _BETWEEN
    if " " not in participle
})  # fmt: skip
VOCABULARY.update({f"{day} {part}": "on " + day_en for day, day_en in _WEEKDAYS.items()
                   for part in ("soir", "matin", "après-midi", "midi")})  # fmt: skip


def _nearly_or_near(near: str):
    """'proche des 7 500' → 'nearly' (a count close to a number); 'proche de la frontière' → 'near'."""
    return lambda context: "nearly" if context.after and context.after[0][:1].isdigit() else near


# a count that comes close to a number: "le nombre de déplacés avoisine 8 000", "… est proche des 8 000"
VOCABULARY.update({"avoisine": "is nearly", "avoisinent": "are nearly", "avoisinait": "was nearly",
                   "avoisinaient": "were nearly", "avoisinerait": "is nearly",
                   "avoisineraient": "are nearly"})  # fmt: skip
VOCABULARY.update({f"{close} {of}": _nearly_or_near("near" if of in ("de", "d'") else "near the")
                   for close in ("proche", "proches") for of in ("de", "des", "d'")})  # fmt: skip
# a place named again by its kind after a demonstrative or the article ("cette région", "ce pays", "la localité",
# "ladite commune"): written as English names it again ("this region", "the country"), so that the place of that kind
# named before is the figure's
_KINDS_NAMED_AGAIN = {"pays": "country", "région": "region", "province": "province", "préfecture": "prefecture",
                      "sous-préfecture": "sub-prefecture", "département": "department", "commune": "commune",
                      "ville": "town", "localité": "locality", "village": "village", "cercle": "circle",
                      "district": "district", "territoire": "territory"}  # fmt: skip
_FEMININE_KINDS = frozenset(("région", "province", "préfecture", "sous-préfecture", "commune", "ville", "localité"))
for _kind, _kind_en in _KINDS_NAMED_AGAIN.items():
    _feminine = _kind in _FEMININE_KINDS
    for _det, _det_en in (("cette", "this"), ("ladite", "the")) if _feminine else (("ce", "this"), ("ledit", "the")):
        VOCABULARY.setdefault(f"{_det} {_kind}", f"{_det_en} {_kind_en}")
    # (and across all of it: "dans tout le pays", "dans toute la région", "à travers le pays")
    VOCABULARY.setdefault(
        f"dans toute la {_kind}" if _feminine else f"dans tout le {_kind}", f"throughout the {_kind_en}"
    )
VOCABULARY.setdefault("à travers", "across")
# (with the article, the kinds no other phrase writes: "la région des Savanes" stays "the region of the Savanes")
for _kind in ("pays", "sous-préfecture", "localité"):
    for _det, _det_en in (("le", "the"), ("du", "of the")) if _kind == "pays" else (("la", "the"), ("de la", "of the")):
        VOCABULARY.setdefault(f"{_det} {_kind}", f"{_det_en} {_KINDS_NAMED_AGAIN[_kind]}")


# round 11: an adverb of time or manner between a verb and its count, where French writes it ("l'OIM en a recensé
# finalement 2 300", "le total des sinistrés excède déjà les 4 000", "s'élève désormais à 900") is left out, as
# English writes it before the verb, so that the verb governs its count; before anything else it keeps its gloss
# ("dorment toujours dehors"); the conditional of reported figures ("leur nombre serait de 900", "atteindrait
# 9 000") reads as the present; the clitic "y" (there) is left out ("800 familles y ont fui": the place named before)
def _left_out_before_a_count(english: str):
    def choose(context: gloss.Context) -> str:
        after = [word for word in context.after if word not in _BETWEEN_VERB_AND_COUNT]
        following = after[0] if after else ""
        if following in ("les", "à", "de") and len(after) > 1:
            following = after[1]  # "excède déjà les 4 000", "s'élève désormais à 900"
        return "" if following[:1].isdigit() or following in _QUALIFYING or following == "proche" else english

    return choose


_BETWEEN_VERB_AND_COUNT = frozenset(("officiellement", "désormais", "aujourd'hui", "actuellement", "déjà", "encore",
                                     "toujours", "maintenant", "finalement", "jusqu'ici", "à ce jour",
                                     "provisoirement"))  # fmt: skip
for _adverb in _BETWEEN_VERB_AND_COUNT:
    VOCABULARY[_adverb] = _left_out_before_a_count(VOCABULARY.get(_adverb, _adverb))  # (else as it was glossed)
VOCABULARY.update({"serait": "is", "seraient": "are", "atteindrait": "reached", "atteindraient": "reached",
                   "dépasserait": "exceeded", "dépasseraient": "exceeded", "y": ""})  # fmt: skip
for _verb in ("dépasse", "dépassait", "a dépassé", "dépasserait", "dépassé"):
    for _adverb in _BETWEEN_VERB_AND_COUNT:
        VOCABULARY.setdefault(f"{_verb} {_adverb} les", "exceeded")


# round 11: "près de" before a place is near it ("un camp près de Goma", "près du village de Kalembe", "près d'Adré",
# "près des frontières"), as "proche de" is; before a number, a number word or a part it stays nearly ("près de 2 500",
# "près de deux mille", "près de la moitié", "près des 7 500")
_NEARLY_WORDS = frozenset(("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                           "douze", "quinze", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "cents",
                           "mille", "million", "millions", "milliers", "centaines", "dizaines", "moitié", "tiers",
                           "quart", "quatre-vingts", "quatre-vingt", "soixante-dix", "totalité",
                           "majorité"))  # fmt: skip


def _nearly_or_near_a_place(near: str, nearly: str):
    def choose(context: gloss.Context) -> str:
        after = context.after
        following = after[0] if after else ""
        if following in ("la", "l'", "le", "les") and len(after) > 1:
            following = after[1]  # "près de la moitié", "près de la frontière"
        return nearly if following[:1].isdigit() or following in _NEARLY_WORDS else near

    return choose


for _of, _near in (("de", "near"), ("d'", "near"), ("du", "near the"), ("des", "near the")):
    VOCABULARY[f"près {_of}"] = _nearly_or_near_a_place(_near, VOCABULARY.get(f"près {_of}", "nearly"))
_TABLE = gloss.phrase_table(VOCABULARY, fold)
_NUMBERS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))|(?<=\d),(?=\d{1,2}(?!\d)|\d+\s*(?:millions?|milliards?)\b)")
_ISSUE_NUMBER = re.compile(r"\b(?:n°|nº|no\.|numéro)\s*\d+\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[«\"“]?[^\sA-Z0-9«\"“(\[])")


def _variants(word: str) -> list[tuple[str, str, int]]:
    return [("", fold(word), 0)]


def gloss_french(text: str) -> gloss.Glossed:
    """`text` in the English vocabulary, with the map back to it."""
    # "1,2 million" → "1.2 million", "12.500" → "12,500": one character for one, so the map stays the identity
    source = _NUMBERS.sub(lambda m: "." if m.group() == "," else ",", text)
    # "le rapport de situation n° 12 d'OCHA": an issue's number is no count and stands between a document and its body
    source = _ISSUE_NUMBER.sub(lambda m: " " * len(m.group()), source)
    glossed = gloss.run(
        text,
        source=source,
        source_map=list(range(len(text) + 1)),
        phrases=_TABLE,
        fold=fold,
        variants=_variants,
        names=_names,
    )
    if " in " in glossed.text:
        glossed = _the_people_en_stands_for(glossed)
    if " of " in glossed.text:
        glossed = gloss.rewrite(glossed, _OF_AN_ORIGIN, _from_after_people_counted(glossed.text))
    if "gagné" in glossed.text or "rejoint" in glossed.text or "rallié" in glossed.text:
        glossed = gloss.rewrite(glossed, _REACHED_A_PLACE, _fled_to_if_people_counted(glossed.text))
    if "since the " in glossed.text:
        glossed = gloss.rewrite(glossed, _SINCE_A_PLACE, lambda match: "from the")
    if "affected" in glossed.text:
        glossed = gloss.rewrite(glossed, _AFFECTED_SHELTERED, lambda match: "displaced people")
    if " the " in glossed.text and " of " in glossed.text:
        glossed = gloss.rewrite(glossed, _SAID_THE_OFFICE_OF, lambda match: "according to")
    if " agency, the " in glossed.text:
        glossed = gloss.rewrite(glossed, _DESCRIPTION_THEN_LETTERS, lambda match: f"{match['field']} agency ")
    if "Source: the " in glossed.text:
        glossed = gloss.rewrite(glossed, _SOURCE_THE, lambda match: "")
    if " the " in glossed.text:
        glossed = gloss.rewrite(glossed, _ACCORDING_TO_IT, lambda match: f"the {_NOUNS[match['noun']]} said")
        glossed = gloss.rewrite(glossed, _SAID_IT, lambda match: f"the {_NOUNS[match['noun']]} said")
    if " by " in glossed.text:
        glossed = gloss.rewrite(glossed, _COUNTED_BY, _counted_by(glossed))
    if "according to " in glossed.text and " by " in glossed.text:
        glossed = gloss.rewrite(glossed, _DATED_SOURCE_BY, lambda match: "")
    if "situé" in glossed.text:
        glossed = gloss.rewrite(glossed, _WHERE_IT_LIES, lambda match: ",")
    if "-t-" in glossed.text or "dit " in glossed.text:
        glossed = gloss.rewrite(glossed, _HE_SAID, _said_the_body_of_the_speaker(glossed.text))
    if ", citing " in glossed.text:
        glossed = gloss.rewrite(glossed, _CITING_ASIDE, lambda match: "")
    if " and demi" in glossed.text:
        glossed = gloss.rewrite(glossed, _MILLIONS_AND_A_HALF, _and_a_half)
    if " thousand " in glossed.text:
        glossed = gloss.rewrite(glossed, _THOUSANDS_THEN_UNITS, lambda match: f"{match['thousands']},{match['units']}")
    if "»" in glossed.text:
        glossed = gloss.rewrite(glossed, _QUOTED_THEN_SPEAKER, lambda match: ',"' if "»" in match.group() else '"')
    glossed = gloss.split_before(glossed, _SENTENCE_END)
    return gloss.rewrite(glossed, _OPENING_PREPOSITION, lambda match: match.group().capitalize())


# a sentence (or a heading's sentence) opening with a phrase of place or time, capitalised as English writes it, so
# that the stages that read what follows such an opening read it ("En Ituri, le HCR a relocalisé …" → "In Ituri,
# the UNHCR has relocated …": the subject after it is the body)
_OPENING_PREPOSITION = re.compile(
    r"(?:\A|(?<=\n)|(?<=[^\W\d_] : ))(?:in|on|since|after|following|during|this|last|between|over)(?= \S)"
)


# a quotation in guillemets closed by its speaker ("« … 5 000 sans-abris … », explique NAME, maire de Kandi") written
# with the marks and the comma English puts there ('"…," says …'), so that the speaker closing it is its body
_SPEAKS = r"\s+[^«»\"\n]{0,80}?\b(?:said|says|added|adds|explained|explains|noted|stressed|told)\b"
_QUOTED_THEN_SPEAKER = re.compile(rf"«\s*(?=[^«»]{{1,600}}?\s*»\s*,{_SPEAKS})|\s*»\s*,(?={_SPEAKS})")


# where a place lies, between commas after it ("La région de Kayes, située entre le Sénégal et la Guinée, accueille
# 4 000 déplacés"): the places of the aside only locate it, and the count is the place's (the aside is left unread;
# a distance in it, "à 40 kilomètres de la frontière", is no count)
_WHERE_IT_LIES = re.compile(r", situ[ée]e?s? (?:[^,;.:\d«»\"]|\d+ (?:kilometres|km)\b){1,160},")


# a person named with the body they speak for, then "a-t-il précisé" or "dit" and the name in a later sentence: "Jean
# Kaboré, porte-parole de l'OIM, était à Kaya. « … 3 000 personnes … », a-t-il ajouté." is read as "…, said the IOM"
# (the role before the body is left out by the glosses: "the IOM in Niger, Jean Kaboré, was …"); a person named with
# no body, or another person, is left as written
_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}"
_HE_SAID = re.compile(
    r"\bhas-t-(?:il|elle) (?:précisé|ajouté|indiqué|déclaré|expliqué|souligné|affirmé|poursuivi|dit|noté|relevé)\b"
    rf"|\b(?:has )?dit (?P<name>{_NAME})"
)
_BODY_NAME = r"(?P<body>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}?)"
_SPEAKER_OF_A_BODY = re.compile(
    rf"(?P<name>{_NAME}), (?:a |the )?(?:spokesperson|representative|head|director|coordinator|president|chief|"
    rf"official) (?:for|of) (?:the )?{_BODY_NAME}(?: \([A-Z]+\))?(?=[,.;]| in | at | has | was | is )"
    rf"|(?:^|[.!?»\"]\s+|\n\s*)the\s+{_BODY_NAME.replace('body', 'first')}(?: \([A-Z]+\))?"
    rf"(?: (?:in|at|for) [^,.;:«»\d]{{1,50}})?, "
    rf"(?P<person>{_NAME})(?=,| [a-z])"
)


def _said_the_body_of_the_speaker(text: str):
    def replace(match: re.Match) -> str | None:
        before = text[max(0, match.start() - 600) : match.start()].rsplit("\n\n", 1)[-1]
        speakers = list(_SPEAKER_OF_A_BODY.finditer(before))
        if not speakers:
            return None
        last = speakers[-1]
        if match["name"] and match["name"] != (last["name"] or last["person"]):
            return None
        return f"said the {last['body'] or last['first']}"

    return replace


# the body named again, then whom it cites between commas, then its verb ("La même source, citant des partenaires
# locaux, indique que …"): the body still says it (the aside is left unread)
_CITING_ASIDE = re.compile(
    r"(?:(?<=\bthe agency)|(?<=\bthe organisation)), citing [^,.;:«»\d]{1,80},"
    r"(?= (?:says|said|adds|added|notes|noted|states|stated|indicates|indicated|specifies|specified|reports|"
    r"reported)\b)"
)


# millions and a half: "un million et demi", "deux millions et demi de personnes" (2.5 million)
_MILLIONS_AND_A_HALF = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) million and demi\b")
_UNITS_OF = {word: str(n) for n, word in enumerate("one two three four five six seven eight nine ten".split(), 1)}


def _and_a_half(match: re.Match) -> str:
    return f"{_UNITS_OF.get(match[1], match[1])}.5 million"


# a place reached ("plus de 6 000 habitants ont gagné Saut-d'Eau", "12 000 personnes ont rejoint le camp de Tawila"):
# fled to it, as English reads "have fled to"; a group or a body joined ("ont rejoint le M23", "a rejoint l'OIM"),
# a prize or a wage won ("ont gagné 500 dollars") are not places
_REACHED_A_PLACE = re.compile(
    r"\b(?P<aux>have|has|had(?: already| since| also| now)?) (?:gagné|rejoint|rallié)"
    r"(?= (?:the (?:camp|site|sites|town|village|city|district|island|"
    r"islands|border|bush|capital|region|province|commune|circle)\b|(?-i:[A-Z])(?![A-Z\d])))"
)
# "depuis la Tanzanie": from a place ("since the" before a capital; "depuis le 12 mars" is a date)
_SINCE_A_PLACE = re.compile(r"\bsince the(?= (?-i:[A-Z])[a-zé])")
_COUNTED_BEFORE = re.compile(r"\d|\b(?:hundreds|thousands|dozens|tens|of them)\b")


def _fled_to_if_people_counted(text: str):
    """People counted in the clause before reach the place ("1 400 personnes avaient déjà gagné Pétion-Ville"); fighting
    that spreads to a town ("les combats ont gagné Mwenga") is left as written."""

    def replace(match: re.Match) -> str | None:
        clause = re.split(r"[.;:!?\n]", text[max(0, match.start() - 160) : match.start()])[-1]
        return match.group("aux") + " fled to" if _COUNTED_BEFORE.search(clause) else None

    return replace


# where the people counted come from, named by "de" right after them ("2 300 familles déplacées de Téra logent à
# Dori", "400 ménages relocalisés du site de Kanyaruchinya vers Rusayo", "500 habitants de Kaya"): "from", as
# English writes it, so that where their verb puts them is their place (place:origin-gives-way)
_OF_AN_ORIGIN = re.compile(
    r"(?<=[a-z]) of (?=the (?:[a-zà-ÿ]+ )?(?:sites?|camps?|villages?|towns?|city|communes?|localit(?:y|ies)|"
    r"districts?|areas?|neighbou?rhoods?|chiefdoms?)(?: [a-zà-ÿ]+)? of |(?:the )?(?-i:[A-Z]))"
)
_PEOPLE_COUNTED_BEFORE = re.compile(
    r"\d(?: [a-z][\w'-]*){0,4}? (?:people|persons|individuals|families|households|residents|inhabitants|members|"
    r"victims|refugees|returnees|evacuees|IDPs|displaced|evacuated|relocated|transferred|rehoused|moved)$"
)
_RETURN_IN_CLAUSE = re.compile(r"[^.;:]{0,120}?\b(?:return|returned|returning|returnees?|went back|gone back)\b")


def _from_after_people_counted(text: str):
    """(Not for people who went back: "les 800 habitants de Vals ont regagné leurs maisons" are Vals's.)"""

    def replace(match: re.Match) -> str | None:
        if not _PEOPLE_COUNTED_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            return None
        return None if _RETURN_IN_CLAUSE.match(text, match.end()) else " from "

    return replace


# a number written with "mille" between its thousands and its units: "113 mille 582 personnes" is 113,582
_THOUSANDS_THEN_UNITS = re.compile(r"(?<![\d,.])(?P<thousands>\d{1,3}) thousand (?P<units>\d{3})(?![\d,.])")
# disaster victims sheltered are displaced: "3 100 sinistrés ont été pris en charge dans 14 sites", and so are
# those moved to shelter ("2 400 victimes ont été provisoirement relogées dans des classes", "transférées vers un site")
_AFFECTED_SHELTERED = re.compile(
    r"\baffected(?= (?:have|has|had) been (?:(?:already|now|still|since) )?(?:sheltered in|rehoused|relocated)\b)"
)
# an office-holder of a place after the verb that cites them: "a indiqué le préfet de l'Aude" (written lower case so
# that the place stays a place) is read as English reads "according to the prefect of …"
_SAID_THE_OFFICE_OF = re.compile(
    r"\b(?:said|says|added|stated|announced|reported|noted)(?=\s+the (?:prefect|governor|mayor|town hall|municipality|"
    r"governorate) of )"
)
# "Selon l'organisation, …", "…, d'après l'agence.": the body named before, as "the agency said" is read (no name
# going on: an agency's full name after "selon l'Agence" or "selon l'Organisation" is glossed as the name it is)
_ACCORDING_TO_IT = re.compile(r"\baccording to the (?P<noun>organisation|agency|agence)(?=\s*[,.;]|\s*$)")
_NOUNS = {"organisation": "organisation", "agency": "agency", "agence": "agency"}
# the same after the verb that cites it: "…, a précisé l'agence.", "…, indique l'organisation onusienne."
_SAID_IT = re.compile(
    r"(?<=, )(?P<verb>said|says|added|adds|stated|states|noted|notes|specified|indicated|indicates) the "
    r"(?P<noun>organisation|agency|agence)(?: onusienne| humanitaire)?(?=\s*[,.;]|\s*$|\s+who\b)"
)  # (a clause may follow the noun: the agency "qui cite" a service)
# the agent of a passive verb that counts or makes a figure known is its source: "1 200 familles ont été recensées à
# Kandi par la Commission …" is read as "…, according to the Commission" (a body named: capitalised or letters after
# "by the", as the names and glosses write bodies)
_COUNTED_BY = re.compile(r" by (?=the [A-Z]|[A-Z])")
_COUNTED_BEFORE_BY = re.compile(
    r"\b(?:been|is|are|was|were) (?:registered|recorded|counted|announced|published|reported)\b[^.;:,\d]{0,60}$"
)


def _counted_by(glossed: gloss.Glossed):
    def replace(match: re.Match) -> str | None:
        if not glossed.original.startswith("par", glossed.mapping[match.start() + 1]):
            return None  # "by" for another word than "par" ("les attaques de la CODECO": attacks by)
        before = match.string[max(0, match.start() - 80) : match.start()]
        return ", according to " if _COUNTED_BEFORE_BY.search(before) and " by " not in before[-60:] else None

    return replace


# a statement dated between its noun and its author: "d'après une déclaration faite mardi par les autorités"
# ("according to on 19 March by the Government") is read as "according to the Government"
_DATED_SOURCE_BY = re.compile(
    r"(?<=according to )\s?on (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?[A-Z][a-z]+(?: \d{1,2})?(?: \d{4})? by "
    r"(?=the |[A-Z])"
)


# the clitic "en" standing for people named before, with nothing counted after the number: "Le HCR en a enregistré
# 3 200 à Goré", "la mairie en héberge 300 dans le gymnase" ("en" glossed "in"): the people it stands for are written
# after the number ("registered 3 200 refugees in Goré"), the last people the text named before it, else "people"
_QUALIFIER_WORDS = r"(?:(?:more than|nearly|about|some|almost|at least|over|around|approximately) )?"
_CLITIC_COUNT = re.compile(
    r"\bin (?=(?:(?:has|have|had) )?(?:been )?(?:recorded|registered|counted|hosted|received|welcomed|evacuated|"
    r"relocated|sheltered|housed|shelters|shelter|identified|accommodated|transferred|repatriated|hosts|host)"
    r"\s+(?:(?:today|now|currently|still|already|aujourd'hui|désormais)\s+)?" + _QUALIFIER_WORDS + r"\d)"
    r"|(?<=\d)(?=[,.;](?!\d)| (?!\d|million|thousand)[a-z])"
)
_CLITIC_VERB = re.compile(
    r"\bin (?:(?:has|have|had) )?(?:been )?[a-z]+\s+(?:[a-z'’]+\s+)?" + _QUALIFIER_WORDS + r"\d[\d ,.]*$"
)
_COUNTED_AFTER = re.compile(
    r" (?:people|persons|individuals|households|families|refugees|displaced|returnees|"
    r"evacuees|IDPs|residents|children|women|men|new arrivals|of them|of whom)\b"
)
_ANTECEDENT = re.compile(
    r"\b(?:(?P<arrivals>arrivals)|(?P<things>houses|homes|huts|shelters|tents|schools|classrooms|buildings|kits|"
    r"tonnes|latrines|animals|cattle|heads)|(?:displaced |affected )?(?P<households>households|families)|"
    r"(?P<refugees>refugees)|displaced|IDPs|returnees|evacuees|people|persons|individuals|residents)\b"
)


_COUNTING_VERB = re.compile(r"\b(?:registered|recorded|counted|reports)\b")
_REGISTRATION = re.compile(r"\b(?:registration|enregistrement|recensement|census|verification)\b", re.IGNORECASE)


def _the_people_en_stands_for(text: gloss.Glossed) -> gloss.Glossed:
    pending: list[int] = []  # where an "en" was taken away: its number is the next one

    def replace(match: re.Match) -> str | None:
        at = match.start()
        if match.group() == "in ":
            pending.append(at)
            return ""
        if not pending or not _CLITIC_VERB.search(text.text, pending[-1], at) or _COUNTED_AFTER.match(text.text, at):
            return None
        clitic = pending.pop()
        named = list(_ANTECEDENT.finditer(text.text, max(0, clitic - 400), clitic))
        last = named[-1] if named else None
        # the people counted by a body in a displacement report are the displaced it goes on about
        if last is None:
            return " displaced people"
        if last.group("things"):
            return None  # "des maisons …; la protection civile en a recensé 300"
        if any(m.group("arrivals") for m in named[-2:]):  # "les arrivées de réfugiés …"
            return " new arrivals"
        if last.group("households"):
            return " displaced households"
        if last.group("refugees"):
            # refugees counted as they come ("… arrivent à Goré. L'agence en a compté 900"): new refugees, as
            # English reads a count of arrivals; not those of a registration drive ("l'enregistrement des réfugiés")
            counted = _COUNTING_VERB.search(text.text, clitic, at)
            drive = _REGISTRATION.search(text.text, max(0, clitic - 400), clitic)
            return " new refugees" if counted and not drive else " refugees"
        return " displaced people"

    return gloss.rewrite(text, _CLITIC_COUNT, replace)
