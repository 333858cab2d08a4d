"""The values a candidate's fields take. Plain strings, equal to the tracker's choices of the same name (a test
checks that they stay equal), so that this package needs no Django."""


class Qualifier:
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    UP_TO = "up_to"
    NEARLY = "nearly"


class Unit:
    PERSON = "person"
    HOUSEHOLD = "household"


class Term:
    DISPLACED = "displaced"
    FLED = "fled"
    EVACUATED = "evacuated"
    RELOCATED = "relocated"
    IN_CAMPS = "in_camps"
    RETURNED = "returned"
    OTHER = "other"


class Category:
    FLOW = "flow"
    STOCK = "stock"


class DateAccuracy:
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    PUBLISHED = "published"  # no period in the text: the publication date stands in for it


class PeriodSource:
    """Where a candidate's period came from: the sentence itself, or the document's publication date."""

    TEXT = "text"
    PUBLISHED = "publication-date"


class CarriedVerb:
    """Neutral verbs of moving, arriving, staying or hosting: no displacement words of their own ("moved to",
    "landed in", "stayed overnight in", "hosts"), they give a figure only in a sentence that follows one about
    displacement (rule term:carried), governing a count of people that no trap governs. Each class with the term
    it gives; MOVING and HOSTING take the term of the sentence before."""

    MOVING = (
        "moved", "went", "gone", "reached", "crossed", "came", "come", "passed through", "landed", "disembarked",
        "came ashore", "made it", "got", "gathered", "travelled", "traveled", "walked", "headed", "streamed",
        "settled", "ended up", "spilled", "spilled over",
    )  # fmt: skip
    RETURNING = ("come home", "came home", "gone home", "went home", "made it home", "got home")
    STAYING = ("stayed", "spent", "slept", "sleeping", "staying")
    HOSTING = (
        "hosts", "host", "hosted", "shelter", "shelters", "held", "hold", "holds", "took in", "take in", "takes in",
        "taken in", "accommodate", "accommodates", "accommodated", "house", "houses", "received", "receives",
        "home to",
    )  # fmt: skip
    # hosting verbs that host only when camps, sites or shelters hold the people ("The centres held 6,200 families",
    # "By Thursday they held 9,800 people" after centres were opened); "The RSF has held 2,000 civilians" is captivity
    # (and so does "home to": "the camp is home to 40,000 people"; a town "home to 1 million people" is its population)
    HOLDING = ("held", "hold", "holds", "home to")
    # a purpose after the verb that makes the people a crowd, not the displaced: "About 5,000 people gathered at the
    # collectorate to demand relief"
    PURPOSES = (
        "demand", "protest", "call for", "press for", "rally", "vote", "pray", "celebrate", "watch", "attend",
        "mourn", "march", "welcome", "collect", "queue", "work", "shop", "study",
    )  # fmt: skip
    # an event after "for": "Thousands of people gathered at the stadium for the president's rally"
    EVENTS = (
        "rally", "rallies", "prayer", "prayers", "funeral", "funerals", "match", "concert", "meeting", "celebration",
        "celebrations", "protest", "protests", "march", "election", "elections", "festival", "ceremony", "service",
        "vote", "speech",
    )  # fmt: skip
    # a landmark after a place's name is no place of its own: "came through the Petite Barrière crossing in Gisenyi"
    LANDMARKS = (
        "crossing", "bridge", "border point", "border post", "checkpoint", "gate", "port", "airport", "centre",
        "center", "school", "church", "mosque", "stadium", "compound", "base", "hall",
    )  # fmt: skip
    # where the staying are, after "are in", "were in", "stayed at": "14,200 families are in schools and covered
    # courts", "4,300 people stayed at the Konga shelter"; not "150 people stayed in the town" (who stayed behind)
    SHELTERS = (
        "schools", "churches", "mosques", "temples", "pagodas", "monasteries", "gymnasiums", "gyms", "tents", "halls",
        "sites", "centres", "centers", "shelters", "camps", "stadiums", "classrooms", "warehouses", "school",
        "church", "mosque", "temple", "pagoda", "monastery", "gymnasium", "gym", "hall", "site", "centre", "center",
        "shelter", "camp", "stadium",
    )  # fmt: skip
    # who holds people by force is no host: "RSF fighters held 300 men at a school"
    CAPTORS = (
        "fighters", "soldiers", "troops", "militants", "rebels", "police", "gunmen", "militia", "militias", "forces",
        "army", "guards", "kidnappers", "captors", "abductors", "jihadists", "insurgents",
    )  # fmt: skip
