"""The figure lifecycle, in one table.

Every state a figure can be in, every transition between them, who may take it and what must hold first.
Nothing else writes a figure's `status`, `reviewed_by` or `reviewed_at`: the services call `apply()`.

    from        action   to          who may                               preconditions
    (new)       create   draft       editors, reviewers (add)              a valid figure with a region
    (new)       create   extracted   the system (ingest, extraction)       a valid candidate (place may be unknown)
    draft       submit   in review   editors, reviewers (change)           —
    extracted   submit   in review   editors, reviewers (change)           —
    in review   verify   verified    reviewers (verify), four eyes         region, period, household size for
                                                                           households, a reporting body or source
    in review   reject   rejected    reviewers (verify), four eyes         a reason
    verified    reopen   in review   editors, reviewers (change)           — (also automatic: see below)
    rejected    reopen   in review   editors, reviewers (change)           —

Four eyes on the content, not on the status: whoever last changed a figure's substance (its value, place,
period, body, source, quote, breakdown by sex and age …) cannot verify or reject it. Changing the substance of
a verified or rejected figure reopens it (back to "in review", review cleared). "Verify" on a draft or candidate
takes two steps in one go, submit then verify, recorded as two history entries, when the actor may take both.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tracker.choices import FigureAction, FigureStatus, Unit

# The fields whose change makes a figure a different statement: changing one needs a second person's review.
SUBSTANTIVE_FIELDS = frozenset(
    {
        "value", "value_high", "qualifier", "unit", "household_size", "term", "category", "period_start",
        "period_end", "period_accuracy", "region", "reporting_body", "source", "quote", "quote_start", "quote_end",
    }
)  # fmt: skip
# Parts of a figure kept in rows of their own whose change is just as substantive (its breakdown by sex and age):
# tracker.services compares them with the stored rows and reopens a reviewed figure the same way.
SUBSTANTIVE_PARTS = frozenset({"breakdown"})

ADD, CHANGE, VERIFY = (
    "tracker.add_displacementfigure",
    "tracker.change_displacementfigure",
    "tracker.verify_displacementfigure",
)


@dataclass(frozen=True)
class Transition:
    action: str
    source: str | None  # None: the figure is new
    target: str
    permission: str | None  # None: only the system (no acting user) takes it
    four_eyes: bool = False


S = FigureStatus
TRANSITIONS: tuple[Transition, ...] = (
    Transition(FigureAction.CREATE, None, S.DRAFT, ADD),
    Transition(FigureAction.CREATE, None, S.EXTRACTED, None),
    Transition(FigureAction.SUBMIT, S.DRAFT, S.IN_REVIEW, CHANGE),
    Transition(FigureAction.SUBMIT, S.EXTRACTED, S.IN_REVIEW, CHANGE),
    Transition(FigureAction.VERIFY, S.IN_REVIEW, S.VERIFIED, VERIFY, four_eyes=True),
    Transition(FigureAction.REJECT, S.IN_REVIEW, S.REJECTED, VERIFY, four_eyes=True),
    Transition(FigureAction.REOPEN, S.VERIFIED, S.IN_REVIEW, CHANGE),
    Transition(FigureAction.REOPEN, S.REJECTED, S.IN_REVIEW, CHANGE),
)
del S

# Who may take an action, as a whole sentence per action (each language words it its own way).
_ONLY_WHO = {
    FigureAction.CREATE: gettext_lazy("Only editors and reviewers may enter figures."),
    FigureAction.SUBMIT: gettext_lazy("Only editors and reviewers may send figures to review."),
    FigureAction.VERIFY: gettext_lazy("Only reviewers may verify figures."),
    FigureAction.REJECT: gettext_lazy("Only reviewers may reject figures."),
    FigureAction.REOPEN: gettext_lazy("Only editors and reviewers may send figures back to review."),
}
_FOUR_EYES = {
    FigureAction.VERIFY: gettext_lazy(
        "Four-eyes rule: you were the last to change what this figure says, so another reviewer must verify it."
    ),
    FigureAction.REJECT: gettext_lazy(
        "Four-eyes rule: you were the last to change what this figure says, so another reviewer must reject it."
    ),
}


class TransitionRefused(Exception):
    """The action cannot be taken from the figure's present state (HTTP 409 in the API)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def in_words(exc: Exception) -> str:
    """Why an action was refused, as the person reads it (field errors joined, or the refusal's own sentence)."""
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc) or _("Not allowed.")


def transition(*, state: str | None, action: str, target: str | None = None) -> Transition:
    """The table's row for this state and action, or TransitionRefused saying why there is none."""
    for row in TRANSITIONS:
        if row.source == state and row.action == action and (target is None or row.target == target):
            return row
    label = FigureAction(action).label.lower()
    if state is None:
        status = FigureStatus(target).label
        raise TransitionRefused(_("A new figure cannot start as “%(status)s”.") % {"status": status})
    state_label = FigureStatus(state).label.lower()
    if action in (FigureAction.VERIFY, FigureAction.REJECT) and state in (FigureStatus.VERIFIED, FigureStatus.REJECTED):
        if state != _target_of(action):
            raise TransitionRefused(
                _("This figure is already %(status)s; send it back to review first.") % {"status": state_label}
            )
        raise TransitionRefused(_("This figure is already %(status)s.") % {"status": state_label})
    raise TransitionRefused(
        _("A figure that is %(status)s cannot be given “%(action)s”.") % {"status": state_label, "action": label}
    )


def _target_of(action: str) -> str | None:
    return next((row.target for row in TRANSITIONS if row.action == action), None)


def refusal(*, row: Transition, figure, acting_user) -> str | None:
    """Why this actor may not take this transition on this figure, in words; None when they may."""
    if row.permission is None:
        return None if acting_user is None else _("Only the system enters extracted candidates.")
    if acting_user is None or not acting_user.has_perm(row.permission):
        return str(_ONLY_WHO[row.action])
    last_editor = figure.substance_changed_by_id
    if row.four_eyes and last_editor is not None and last_editor == acting_user.pk:
        return str(_FOUR_EYES[row.action])
    return None


def precondition_errors(
    *, row: Transition, figure, reason: str = "", open_comments: Iterable[tuple[str, str]] = ()
) -> dict[str, list[str]]:
    """What must hold before the transition, as field errors (empty when everything holds).
    `open_comments`: (field, text) of the figure's unresolved review comments; each blocks verification."""
    errors: dict[str, list[str]] = {}
    if row.action == FigureAction.VERIFY:
        for field, text in open_comments:
            errors.setdefault(field or "comments", []).append(
                _("An open review comment says “%(text)s”: resolve it before verifying.") % {"text": text[:120]}
            )
        if figure.region_id is None:
            errors["region"] = [_("Choose the region the figure is for before verifying it.")]
        if not (figure.period_start and figure.period_end):
            errors["period_start"] = [_("Give the period the figure covers before verifying it.")]
        if figure.unit == Unit.HOUSEHOLD and figure.household_size is None:
            errors["household_size"] = [
                _(
                    "A figure in households needs a household size before it can be verified "
                    "(none is set for this country and year)."
                )
            ]
        if figure.reporting_body_id is None and figure.source_id is None:
            errors["reporting_body"] = [_("Say on whose word the figure is: choose a reporting body or a source.")]
    if row.action == FigureAction.REJECT and not reason.strip():
        errors["reason"] = [_("Say why the figure is rejected.")]
    return errors


def check(
    *,
    figure,
    action: str,
    acting_user,
    reason: str = "",
    target: str | None = None,
    open_comments: Iterable[tuple[str, str]] = (),
) -> Transition:
    """The transition, once every rule allows it: TransitionRefused (state), PermissionDenied (who),
    ValidationError (preconditions, per field)."""
    permissions = {row.permission for row in TRANSITIONS if row.action == action}
    if acting_user is not None and not any(p is None or acting_user.has_perm(p) for p in permissions):
        # who may comes first: someone who may never take this action learns that, whatever the state
        raise PermissionDenied(str(_ONLY_WHO[action]))
    row = transition(state=figure.status if figure.pk else None, action=action, target=target)
    why = refusal(row=row, figure=figure, acting_user=acting_user)
    if why:
        raise PermissionDenied(why)
    errors = precondition_errors(row=row, figure=figure, reason=reason, open_comments=open_comments)
    if errors:
        raise ValidationError(errors)
    return row


def apply(*, figure, row: Transition, acting_user, now) -> None:
    """Move the figure along one row of the table (the caller saves it, which records history)."""
    figure.status = row.target
    if row.target in (FigureStatus.VERIFIED, FigureStatus.REJECTED):
        figure.reviewed_by, figure.reviewed_at = acting_user, now
    else:
        figure.reviewed_by, figure.reviewed_at = None, None
    figure._change_reason = row.action
    figure._history_user = acting_user


def actions_for(*, figure, acting_user) -> list[tuple[Transition, str | None]]:
    """The transitions out of the figure's state, each with the reason this actor may not take it (or None)."""
    rows = [row for row in TRANSITIONS if row.source == figure.status and row.source is not None]
    if figure.status in (FigureStatus.DRAFT, FigureStatus.EXTRACTED):
        rows += [row for row in TRANSITIONS if row.source == FigureStatus.IN_REVIEW]  # submit-and-review in one go
    return [(row, refusal(row=row, figure=figure, acting_user=acting_user) or _lacking(row=row, figure=figure))
            for row in rows]  # fmt: skip


def _lacking(*, row: Transition, figure) -> str | None:
    """What the figure itself still lacks for verifying (a region, a period, a body or source), said before the
    click: the form beside the buttons supplies it. The household size is not asked for here (verifying takes the
    country's when the table has one), nor are open comments (the page lists them); the services check everything
    again on the click."""
    if row.action != FigureAction.VERIFY:
        return None
    errors = precondition_errors(row=row, figure=figure)
    errors.pop("household_size", None)
    return " ".join(message for field_errors in errors.values() for message in field_errors) or None
