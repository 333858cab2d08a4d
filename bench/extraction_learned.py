"""Two learned steps tried beside the rules and left out of extraction: how they compare, reproducibly.

    .venv/bin/python bench/extraction_learned.py            # the worldwide and the project's English sets
    .venv/bin/python bench/extraction_learned.py --smoke    # some rows of each set, as the suite runs it
    .venv/bin/python bench/extraction_learned.py --set FILE # a labelled set of your own beside them (repeatable)

1. A learned chooser of the figure's place: for each candidate of the rules whose sentence names two or more places,
   one of them the labelled place of its figure, a logistic regression scores every place the sentence names (its
   position before or after the number and its rank there, the words and commas between them, the words before the
   place, whether a preposition of place introduces it, its kind: country, division, town or unknown) and the best
   scored one is its choice. Accuracy: the share of those candidates whose chosen place is the labelled one, against
   the share whose place from the rules is.
2. A learned veto of the rules' candidates: a logistic regression over the words around the candidate's number, the
   words of its sentence and what the rules gave it (unit, term, qualifier, rules, a body and a place or none) scores
   whether it is a figure (a labelled figure of its excerpt has its value and unit); a candidate scored below a
   threshold is dropped. The threshold is picked by cross-validation on the dev rows: the one whose vetoed
   non-figures most outnumber its vetoed figures, or none when no threshold vetoes more non-figures than figures.

Protocol: the rows are split as bench/extraction.py splits them (its `held_out`, by a hash of each excerpt) and read
with its loading, matching and gazetteer. Both models are trained on dev rows only; 5-fold cross-validation on the dev
rows estimates their accuracy on unseen rows, the held-out rows are scored once by the models trained on every dev row.
The rules' dev figures are the rows they were tuned on; their held-out figures are the honest baseline. Pure Python
(logistic regression by AdaGrad), deterministic (fixed seed, sorted features). The exams are not read.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import random
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction import Candidate, Gazetteer  # noqa: E402
from extraction.places import PlaceMention, _places_in  # noqa: E402
from extraction.quantities import _quantities  # noqa: E402


def _bench_extraction():
    """bench/extraction.py (its name is the extraction package's, so it is loaded from its file)."""
    spec = importlib.util.spec_from_file_location("bench_extraction", Path(__file__).with_name("extraction.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


base = _bench_extraction()

SETS = [base.WORLDWIDE_SET, base.PROJECT_SET]
SMOKE_ROWS = 160  # of each set
FOLDS = 5
SEED = 0
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5)

Features = tuple[str, ...]
Example = tuple[Features, int]
Weights = dict[str, float]


@dataclass
class PlaceGroup:
    """The places a candidate's sentence names, each with its features and whether it is the labelled place."""

    features: list[Features]
    labels: list[int]
    rules_right: bool  # the place the rules gave the candidate is the labelled one


@dataclass
class RowExamples:
    key: str
    candidates: list[Example] = field(default_factory=list)  # the veto's: a candidate, is it a figure
    groups: list[PlaceGroup] = field(default_factory=list)  # the chooser's

    @property
    def held_out(self) -> bool:
        return base.held_out(self.key)


# --- logistic regression ---------------------------------------------------------------------------------------------


def probability(weights: Weights, features: Features) -> float:
    z = sum(weights.get(k, 0.0) for k in features)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit(examples: Sequence[Example], epochs: int = 8, rate: float = 0.2, l2: float = 1e-4) -> Weights:
    """Logistic regression by AdaGrad over binary features, examples shuffled with a fixed seed."""
    weights: Weights = {}
    squares: dict[str, float] = {}
    order = list(examples)
    shuffle = random.Random(SEED).shuffle
    for _ in range(epochs):
        shuffle(order)
        for features, label in order:
            error = probability(weights, features) - label
            for k in features:
                gradient = error + l2 * weights.get(k, 0.0)
                squares[k] = squares.get(k, 0.0) + gradient * gradient
                weights[k] = weights.get(k, 0.0) - rate * gradient / math.sqrt(squares[k] + 1e-8)
    return weights


# --- features --------------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\d[\d,.\s]*\d|\d|[^\W\d_]+|[^\w\s]")
_BETWEEN_WORDS = frozenset(
    "from to into in across fled arrived said according camp camps district province region returned crossed towards "
    "toward near north south east west of and which where have been displaced neighbouring border capital".split()
)
_KIND_AFTER = ("province", "district", "region", "state", "county", "governorate", "camp")


def _tokens(text: str) -> list[tuple[str, int]]:
    return [(m.group().lower(), m.start()) for m in _TOKEN.finditer(text)]


def _index_at(tokens: list[tuple[str, int]], position: int) -> int:
    """The first token at or after a position."""
    return next((i for i, (_, start) in enumerate(tokens) if start >= position), max(0, len(tokens) - 1))


def _number_position(c: Candidate) -> int | None:
    """Where the candidate's number stands in its sentence (the first quantity of its value)."""
    return next((q.start for q in _quantities(c.quote) if q.value == c.value), None)


def context_features(sentence: str, position: int) -> set[str]:
    """The words up to eight tokens either side of the number (the nearest three by distance), word pairs beside it,
    and every word of the sentence."""
    spans = _tokens(sentence)
    tokens, at = [word for word, _ in spans], _index_at(spans, position)
    found = {"bias"} | {f"S:{w}" for w in tokens}
    for k in range(1, 9):
        for side, i in (("L", at - k), ("R", at + k)):
            if 0 <= i < len(tokens):
                found.add(f"{side}:{tokens[i]}")
                if k <= 3:
                    found.add(f"{side}{k}:{tokens[i]}")
    for k in range(1, 4):
        if at + k + 1 < len(tokens):
            found.add(f"RB:{tokens[at + k]}_{tokens[at + k + 1]}")
        if at - k - 1 >= 0:
            found.add(f"LB:{tokens[at - k - 1]}_{tokens[at - k]}")
    return found


def candidate_features(c: Candidate) -> Features:
    position = _number_position(c)
    given = {f"unit:{c.unit}", f"term:{c.term}", f"q:{c.qualifier}", f"body:{bool(c.reporting_body)}"}
    given |= {f"place:{bool(c.location)}"} | {f"rule:{name}" for name in c.rules}
    return tuple(sorted(context_features(c.quote, position or 0) | given))


def _position_features(number: int, mention: PlaceMention, mentions: list[PlaceMention]) -> set[str]:
    after = mention.position >= number
    side = [m for m in mentions if (m.position >= number) == after]
    rank = side.index(mention) if after else len(side) - 1 - side.index(mention)
    return {f"after:{after}", f"rank_{'after' if after else 'before'}:{min(rank, 3)}", f"n:{min(len(mentions), 4)}"}


def _between_features(sentence: str, number: int, mention: PlaceMention) -> set[str]:
    after = mention.position >= number
    low, high = sorted((number, mention.position))
    between = sentence[low:high].lower()
    found = {f"dist:{min(len(_tokens(between)) // 3, 8)}", f"commas:{min(between.count(','), 3)}:{after}"}
    return found | {f"btw:{w}:{after}" for w in set(re.findall(r"[a-z]+", between)) & _BETWEEN_WORDS}


def _mention_features(sentence: str, number: int, mention: PlaceMention) -> set[str]:
    before = re.findall(r"[A-Za-z']+", sentence[max(0, mention.position - 25) : mention.position].lower())[-2:]
    found = {f"pre{k}:{w}" for k, w in enumerate(reversed(before))} | {f"ctx:{mention.context}"}
    place = mention.place
    kind = "none" if place is None else "country" if place.depth == 0 and place.country else f"d{min(place.depth, 3)}"
    found |= {f"kind:{kind}", f"kind_after:{kind}:{mention.position >= number}"}
    if place is not None and place.population:
        found.add(f"pop:{min(len(str(place.population)), 7)}")
    rest = sentence[mention.position + len(mention.text) :][:12].lower()
    if rest.startswith(("'s", "’s")):
        found.add("possessive")
    if rest.lstrip().startswith(_KIND_AFTER):
        found.add("typed_after")
    if re.fullmatch(r"[A-Z]{2,6}", mention.text):
        found.add("acronym")
    return found


def place_features(sentence: str, number: int, mention: PlaceMention, mentions: list[PlaceMention]) -> Features:
    found = {"bias"} | _position_features(number, mention, mentions) | _between_features(sentence, number, mention)
    return tuple(sorted(found | _mention_features(sentence, number, mention)))


# --- examples from the rules' candidates ------------------------------------------------------------------------------


def _is_figure(row: dict, c: Candidate) -> bool:
    return any(base.value_matches(want, c) and c.unit == want["unit"] for want in row["expect"])


def place_group(row: dict, c: Candidate, gazetteer: Gazetteer) -> PlaceGroup | None:
    """The chooser's example of a candidate, when its sentence names two or more places, one of them labelled."""
    wants = [w for w in row["expect"] if (w.get("location") or w.get("location_any")) and base.value_matches(w, c)]
    wants = [w for w in wants if c.unit == w["unit"]]
    number = _number_position(c)
    mentions = _places_in(c.quote, gazetteer) if wants and number is not None else []
    labels = [int(any(base.place_matches(w, m.text) for w in wants)) for m in mentions]
    if len(mentions) < 2 or not any(labels):
        return None
    features = [place_features(c.quote, number, m, mentions) for m in mentions]
    return PlaceGroup(features, labels, any(base.place_matches(w, c.location) for w in wants))


def row_examples(row: dict, gazetteer: Gazetteer) -> RowExamples:
    published = date.fromisoformat(row["published"]) if row["published"] else None
    found = base._extract(row["text"], gazetteer=gazetteer, published=published)
    examples = RowExamples(row["key"])
    for c in found:
        examples.candidates.append((candidate_features(c), int(_is_figure(row, c))))
        group = place_group(row, c, gazetteer)
        if group is not None:
            examples.groups.append(group)
    return examples


# --- training and cross-validation -----------------------------------------------------------------------------------


@dataclass
class Trainer:
    """Fits models on rows' examples and keeps the keys of every row it trained on."""

    trained: set[str] = field(default_factory=set)

    def fit(self, rows: Iterable[RowExamples], examples: Callable[[RowExamples], Iterable[Example]]) -> Weights:
        rows = [r for r in rows if not r.held_out]
        self.trained.update(r.key for r in rows)
        return fit([e for r in rows for e in examples(r)])


def _chooser_examples(row: RowExamples) -> Iterable[Example]:
    return ((f, y) for g in row.groups for f, y in zip(g.features, g.labels, strict=True))


def _veto_examples(row: RowExamples) -> Iterable[Example]:
    return row.candidates


def folds(dev: list[RowExamples]) -> list[tuple[list[RowExamples], list[RowExamples]]]:
    """(training rows, scored rows) of each fold: every FOLDS-th dev row is scored by a model of the others."""
    return [([r for i, r in enumerate(dev) if i % FOLDS != k], dev[k::FOLDS]) for k in range(FOLDS)]


def chooser_scores(weights: Weights, rows: Iterable[RowExamples]) -> tuple[int, int, int]:
    """(groups, the learned choice right, the rules' place right)."""
    n = learned = rules = 0
    for row in rows:
        for g in row.groups:
            best = max(range(len(g.features)), key=lambda i: probability(weights, g.features[i]))
            n, learned, rules = n + 1, learned + g.labels[best], rules + g.rules_right
    return n, learned, rules


def veto_scores(weights: Weights, rows: Iterable[RowExamples]) -> list[tuple[float, int]]:
    return [(probability(weights, f), y) for row in rows for f, y in row.candidates]


def vetoed(scored: list[tuple[float, int]], threshold: float) -> tuple[int, int]:
    """(non-figures, figures) scored below the threshold."""
    below = [y for p, y in scored if p < threshold]
    return len(below) - sum(below), sum(below)


def pick_threshold(scored: list[tuple[float, int]]) -> float | None:
    """The threshold whose vetoed non-figures most outnumber its vetoed figures (the lowest of equals); none when no
    threshold vetoes more non-figures than figures."""
    gains = [(non - figures, -t) for t in THRESHOLDS for non, figures in [vetoed(scored, t)]]
    gain, threshold = max(gains)
    return -threshold if gain > 0 else None


def learn(rows: list[RowExamples], trainer: Trainer) -> dict:
    """Both models: out-of-fold scores on the dev rows, and the held-out rows scored by the models of every dev row."""
    dev = [r for r in rows if not r.held_out]
    held = [r for r in rows if r.held_out]
    chooser_cv, veto_cv = (0, 0, 0), []
    for training, scored in folds(dev):
        fold = chooser_scores(trainer.fit(training, _chooser_examples), scored)
        chooser_cv = tuple(a + b for a, b in zip(chooser_cv, fold, strict=True))
        veto_cv += veto_scores(trainer.fit(training, _veto_examples), scored)
    chooser, veto = trainer.fit(rows, _chooser_examples), trainer.fit(rows, _veto_examples)
    return {
        "chooser": {"dev": chooser_cv, "held-out": chooser_scores(chooser, held)},
        "veto": {"dev": veto_cv, "held-out": veto_scores(veto, held)},
        "threshold": pick_threshold(veto_cv),
        "weights": (chooser, veto),
    }


# --- report ---------------------------------------------------------------------------------------------------------


def _share(right: int, n: int) -> str:
    return f"{right / n:.3f} ({right:,}/{n:,})" if n else "-"


def print_chooser(scores: dict) -> None:
    print("1. the figure's place (candidates whose sentence names two or more places, one of them the labelled one)")
    print(f"   {'':<18}{'rules':<22}{'learned chooser':<22}learned ÷ rules")
    for split, name in (("dev", "dev (5-fold CV)"), ("held-out", "held-out")):
        n, learned, rules = scores[split]
        ratio = f"{learned / rules:.3f}×" if rules else "-"
        print(f"   {name:<18}{_share(rules, n):<22}{_share(learned, n):<22}{ratio}")
    print("   (the rules' dev figure is on the rows they were tuned on; the learned one is out-of-fold)")


def _figures_line(split: str, scored: list[tuple[float, int]], threshold: float | None) -> str:
    figures = sum(y for _, y in scored)
    non, lost = vetoed(scored, threshold) if threshold is not None else (0, 0)
    kept = len(scored) - non - lost
    ratio = f"{((figures - lost) / kept) / (figures / len(scored)):.3f}×" if kept and figures else "-"
    return f"   {split:<18}{_share(figures, len(scored)):<22}{_share(figures - lost, kept):<22}{ratio}"


def print_veto(scores: dict, threshold: float | None) -> None:
    print("\n2. a veto of the rules' candidates (a figure: a labelled figure of its excerpt has its value and unit)")
    print(f"   {'veto below':<18}{'dev CV: non-figures / figures vetoed':<40}held-out: non-figures / figures vetoed")
    for t in THRESHOLDS:
        (dn, df), (hn, hf) = vetoed(scores["dev"], t), vetoed(scores["held-out"], t)
        print(f"   {t:<18}{f'{dn} / {df}':<40}{hn} / {hf}")
    picked = f"{threshold}" if threshold is not None else "none (no threshold vetoes more non-figures than figures)"
    print(f"   threshold picked by dev CV: {picked}")
    print("   the share of the candidates that are figures, without and with the veto at that threshold:")
    print(f"   {'':<18}{'rules':<22}{'with the veto':<22}veto ÷ rules")
    for split, name in (("dev", "dev (5-fold CV)"), ("held-out", "held-out")):
        print(_figures_line(name, scores[split], threshold))


def load_rows(smoke: bool, sets: Sequence[Path] = SETS) -> list[dict]:
    rows = []
    for path in sets:
        every = base.load(path)
        rows += every[:: max(1, len(every) // SMOKE_ROWS)] if smoke else every
    return rows


def main(argv: Sequence[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help=f"about {SMOKE_ROWS} rows of each set, evenly spaced")
    parser.add_argument(
        "--set", action="append", type=Path, default=[], help="a labelled set read beside the two (repeatable)"
    )
    args = parser.parse_args(argv)
    sets = [*SETS, *args.set]
    started = time.perf_counter()
    gazetteer = base.shipped_gazetteer_or_world()
    print(f"gazetteer: {len(gazetteer.world or ()):,} worldwide names, built in {time.perf_counter() - started:.1f} s")
    rows = load_rows(args.smoke, sets)
    examples = [row_examples(row, gazetteer) for row in rows]
    trainer = Trainer()
    results = learn(examples, trainer)
    held = sum(r.held_out for r in examples)
    print(f"{' + '.join(p.name for p in sets)}: {len(rows):,} excerpts, {len(rows) - held:,} dev, {held:,} held-out")
    print(f"trained on {len(trainer.trained):,} rows; held-out rows in training: "
          f"{sum(base.held_out(k) for k in trainer.trained)}\n")  # fmt: skip
    print_chooser(results["chooser"])
    print_veto(results["veto"], results["threshold"])
    print(f"\n{time.perf_counter() - started:.1f} s in all")
    return {**results, "trained": trainer.trained}


if __name__ == "__main__":
    main()
