"""Polling feeds and processing what they deliver. Network I/O stays outside database transactions."""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import trafilatura
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone
from w3lib.url import canonicalize_url

from ingest.http import FetchError, RefusedURL, fetch
from ingest.models import Feed, FeedItem, FeedKind, FeedRun, ItemStatus, LinkOutcome, RunOutcome
from ingest.parsers import PARSERS, Item, Parsed, ParseError, Row, clean, looks_like_html
from tracker.choices import Category, DateAccuracy, Term
from tracker.models import ReportingBody, Source
from tracker.selectors import region_by_pcode, regions_matching_name, reporting_body_by_name
from tracker.services import (
    content_hash,
    extract_figures,
    extract_new_documents,
    link_near_duplicate,
    link_near_duplicates,
    new_source,
    record_candidate,
    store_new_sources,
    store_source,
)

logger = logging.getLogger(__name__)

MAX_PAGES = 20
# Items processed together, in one transaction, by process_items (the worker's process_feed_items task).
BATCH_SIZE = 50


def canonical_url(url: str) -> str:
    """One spelling per document: no fragment, no tracking parameters, sorted query, lower-case host."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return url.strip()
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith("utm_")]
    return canonicalize_url(urlunsplit(parts._replace(query=urlencode(query))))


def item_key(*, url: str, text: str) -> str:
    """An item's identity across runs: its canonical URL and its own text (white space aside)."""
    return hashlib.sha256(f"{url}\n{content_hash(text)}".encode()).hexdigest()


@transaction.atomic
def register_feed(
    *, name: str, url: str, kind: str, default_body: ReportingBody | None = None, poll_interval_minutes: int = 60
) -> Feed:
    feed = Feed(name=name, url=url, kind=kind, default_body=default_body, poll_interval_minutes=poll_interval_minutes)
    feed.full_clean()
    feed.save()
    return feed


@dataclass
class PollResult:
    run: FeedRun
    new_item_ids: list[int] = field(default_factory=list)


def _read(feed: Feed, url: str, conditional: bool):
    headers = {}
    if feed.kind == FeedKind.DTM and settings.INGEST["DTM_SUBSCRIPTION_KEY"]:
        headers["Ocp-Apim-Subscription-Key"] = settings.INGEST["DTM_SUBSCRIPTION_KEY"]
    if feed.kind == FeedKind.RELIEFWEB and "appname=" not in url:
        url += ("&" if "?" in url else "?") + urlencode({"appname": settings.INGEST["RELIEFWEB_APPNAME"]})
    fetched = fetch(
        url,
        etag=feed.etag if conditional else "",
        last_modified=feed.last_modified if conditional else "",
        headers=headers,
    )
    return (None if fetched.not_modified else fetched.content), fetched


def _parse(feed: Feed, content: bytes, content_type: str = "") -> Parsed:
    if not content.strip():
        raise ParseError("expected a feed, got an empty body")
    if looks_like_html(content, content_type):
        raise ParseError("expected a feed, got an HTML page")
    start = content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if feed.kind == FeedKind.RSS and start and 32 < start[0] < 127 and start != b"<":  # (UTF-16 starts otherwise)
        raise ParseError(f"expected a feed, got something that is not XML (it starts with {start.decode('latin-1')!r})")
    return PARSERS[feed.kind](content)


def _fetch_and_parse(feed: Feed, content: bytes | None) -> tuple[Parsed | None, object]:
    first = None
    if content is None:
        content, first = _read(feed, feed.url, conditional=True)
    if content is None:
        return None, first
    parsed = _parse(feed, content, first.content_type if first else "")
    pages = 1
    while parsed.next_url and pages < MAX_PAGES:
        body, page = _read(feed, parsed.next_url, conditional=False)
        more = _parse(feed, body or b"", page.content_type)
        parsed.items += more.items
        parsed.errors += more.errors
        parsed.warnings += more.warnings
        parsed.next_url = more.next_url
        pages += 1
    return parsed, first


def poll_feed(*, feed: Feed, content: bytes | None = None) -> PollResult:
    """Fetch a feed once, register its new items (processed later, one task each) and store its rows.

    `content` is the feed's body when it was read some other way (a local file given to ingest_feed).
    """
    run = FeedRun.objects.create(feed=feed)
    result = PollResult(run=run)
    try:
        parsed, fetched = _fetch_and_parse(feed, content)
    except (FetchError, ParseError, OSError) as exc:
        return _finish(feed, run, failed=str(exc))
    except BaseException as exc:  # a time limit, a lost database: the run still ends, marked failed, then re-raise
        _finish(feed, run, failed=f"stopped: {type(exc).__name__}: {exc}".rstrip(": "))
        raise
    if parsed is None:
        run.outcome = RunOutcome.NOT_MODIFIED
        return _finish(feed, run, result=result)
    try:
        with transaction.atomic():
            for item in parsed.items:
                item_id = _register_item(feed=feed, run=run, item=item)
                if item_id:
                    result.new_item_ids.append(item_id)
            if parsed.rows or parsed.text:
                _store_rows(feed=feed, run=run, parsed=parsed)
    except BaseException as exc:
        run.items_new = run.items_duplicate = run.items_failed = 0
        _finish(feed, run, failed=f"stopped while storing items (none kept): {type(exc).__name__}: {exc}")
        raise
    run.items_seen += len(parsed.items) + len(parsed.errors)
    run.items_failed += len(parsed.errors)
    run.error_text = "\n".join(filter(None, [run.error_text, *parsed.warnings, *parsed.errors]))
    if fetched is not None:
        feed.etag, feed.last_modified = fetched.etag[:500], fetched.last_modified[:100]
    return _finish(feed, run, result=result)


def _finish(feed: Feed, run: FeedRun, *, result: PollResult | None = None, failed: str = "") -> PollResult:
    now = timezone.now()
    if failed:
        run.outcome, run.error_text = RunOutcome.FAILED, failed
        feed.consecutive_failures += 1
        backoff = feed.poll_interval_minutes * 2 ** min(feed.consecutive_failures, 16)
        delay = min(backoff, settings.INGEST["MAX_FEED_BACKOFF_MINUTES"])
        logger.warning("feed %s failed (%d in a row): %s", feed, feed.consecutive_failures, failed)
    else:
        if run.outcome == RunOutcome.RUNNING:
            run.outcome = RunOutcome.PARTIAL if run.items_failed else RunOutcome.SUCCESS
        feed.consecutive_failures = 0
        delay = feed.poll_interval_minutes
    run.finished_at = now
    run.save()
    feed.last_polled_at, feed.next_poll_at = now, now + timedelta(minutes=delay)
    feed.save(update_fields=["etag", "last_modified", "consecutive_failures", "last_polled_at", "next_poll_at"])
    return result or PollResult(run=run)


def _register_item(*, feed: Feed, run: FeedRun, item: Item) -> int | None:
    """Record an item once across runs; returns its id when it is new and waits to be processed.

    The same canonical URL with the same text is the same item. An item carrying its full text whose text is
    already stored is a duplicate at once; a summary waits for its article (the document is summary + article).
    """
    url = canonical_url(item.url)[:2000]
    key = item_key(url=url, text=item.text)
    if FeedItem.objects.filter(key=key).exists():
        run.items_duplicate += 1
        return None
    existing_source = None
    if item.text and not item.teaser:
        existing_source = Source.objects.filter(content_hash=content_hash(item.text)).first()
    try:
        with transaction.atomic():
            feed_item = FeedItem.objects.create(
                feed=feed,
                run=run,
                canonical_url=url,
                key=key,
                title=item.title[:500],
                text=item.text,
                fetch_article=item.teaser,
                published_on=item.published,
                status=ItemStatus.DUPLICATE if existing_source else ItemStatus.PENDING,
                source=existing_source,
            )
    except IntegrityError:  # the same URL twice in one feed, or another worker got there first
        run.items_duplicate += 1
        return None
    if existing_source:
        run.items_duplicate += 1
        return None
    run.items_new += 1
    return feed_item.pk


def _store_rows(*, feed: Feed, run: FeedRun, parsed: Parsed) -> None:
    """HXL and DTM rows become extracted figures directly; the file is their source, each row its quote."""
    source, created = store_source(
        title=f"{feed.name} ({timezone.now():%Y-%m-%d})", text=parsed.text, url=feed.url, publisher=feed.default_body
    )
    run.items_seen += len(parsed.rows)
    if not created:
        run.items_duplicate += len(parsed.rows)
        return
    for row in parsed.rows:
        try:
            with transaction.atomic():
                _record_row(feed=feed, source=source, row=row)
        except ValidationError as exc:
            run.items_failed += 1
            run.error_text = "\n".join(filter(None, [run.error_text, f"line {row.line}: {'; '.join(exc.messages)}"]))
            continue
        run.items_new += 1


def _record_row(*, feed: Feed, source: Source, row: Row) -> None:
    region = region_by_pcode(pcode=row.pcode) if row.pcode else None
    if region is None and row.place:
        region = regions_matching_name(name=row.place).first()
    body = (reporting_body_by_name(name=row.org) if row.org else None) or feed.default_body
    record_candidate(
        source=source,
        region=region,
        raw_location=row.place or row.pcode,
        value=row.value,
        unit=row.unit,
        term=Term.DISPLACED,
        category=Category.STOCK,
        period_start=row.reported_on,
        period_end=row.reported_on,
        period_accuracy=DateAccuracy.DAY,
        reporting_body=body,
        quote=row.raw,
        quote_start=row.start,
        quote_end=row.end,
        rule=row.rule,
    )


def article_text(url: str) -> str:
    """The main text of an article page, without navigation and boilerplate ('' when the page has none)."""
    page = fetch(url)
    if not page.content.strip():
        return ""
    html = page.content.decode("utf-8", errors="replace")
    return clean(trafilatura.extract(html, include_comments=False, include_tables=False) or "").strip()


def _enriched(own: str, article: str) -> str:
    """The item's document: its own text, with the linked article's text after it (once, when it adds something)."""
    if not article:
        return own
    if not own or " ".join(own.split()) in " ".join(article.split()):
        return article
    return f"{own}\n\n{article}"


def _read_link(item: FeedItem, retry_transient: bool) -> tuple[str, str, str]:
    """(article text, link outcome, why). Raises FetchError when the failure may pass and the item waits for another
    try: always when it has no text of its own, else while its task has retries left."""
    try:
        article = article_text(item.canonical_url)
    except RefusedURL as exc:
        where = "" if exc.url == item.canonical_url else f" (redirected to {exc.url})"
        return "", LinkOutcome.REFUSED, f"{exc.reason}{where}"
    except FetchError as exc:
        if exc.transient and (retry_transient or not item.text):
            raise
        return "", LinkOutcome.FAILED, str(exc)
    if not article:
        return "", LinkOutcome.EMPTY, "no article text found at the link"
    return article, LinkOutcome.FETCHED, ""


def process_item(*, item: FeedItem, retry_transient: bool = False) -> FeedItem:
    """Store an item's document once and extract its figures. Safe to run again: a done item is left alone.

    The item's own text is always part of its document; the linked article (fetched only for a summary) enriches
    it. A refused, failed or empty link keeps the summary. When the link fails for a reason that may pass (timeout,
    5xx) and `retry_transient` (the task has retries left), or the item has no text of its own, the item stays
    pending and FetchError is raised so that the task is retried; on its last try the summary is kept.
    """
    if item.status != ItemStatus.PENDING:
        return item
    article, outcome, why = "", LinkOutcome.NOT_NEEDED, ""
    if item.fetch_article:
        try:
            article, outcome, why = _read_link(item, retry_transient)
        except FetchError as exc:
            _mark_failed(item, str(exc), keep_pending=bool(item.text))
            raise
    text = _enriched(item.text, article)
    if not text.strip():
        FeedItem.objects.filter(pk=item.pk).update(
            status=ItemStatus.FAILED, attempts=item.attempts + 1, link_outcome=outcome, link_error=why,
            error_text=f"nothing to store: the item has no text of its own and its link gave none ({why})",
        )  # fmt: skip
        item.refresh_from_db()
        return item
    try:
        with transaction.atomic():
            locked = (
                FeedItem.objects.select_for_update(of=("self",)).select_related("feed__default_body").get(pk=item.pk)
            )
            if locked.status != ItemStatus.PENDING:
                return locked
            _store_item(locked, text=text, link_outcome=outcome, link_error=why)
    except ValidationError as exc:  # the document itself cannot be stored (a NUL character, ...): said, not retried
        _refuse(item, exc, link_outcome=outcome, link_error=why)
        item.refresh_from_db()
        return item
    return locked


def _store_item(item: FeedItem, *, text: str, link_outcome: str = "", link_error: str = "") -> None:
    """One item's document stored (once) and its figures extracted; the item saved as done or duplicate."""
    source, created = store_source(
        title=item.title or item.canonical_url,
        text=text,
        url=_source_url(item.canonical_url),
        publisher=item.feed.default_body,
        published_on=item.published_on,
    )
    if created:
        link_near_duplicate(source=source)  # an edited retelling joins its story: its figures corroborate
        extract_figures(source=source, default_body=item.feed.default_body)
    item.status = ItemStatus.DONE if created else ItemStatus.DUPLICATE
    item.source, item.processed_at, item.attempts = source, timezone.now(), item.attempts + 1
    item.link_outcome, item.link_error, item.error_text = link_outcome, link_error, ""
    item.save()


def _refusal(exc: ValidationError) -> str:
    return "the document cannot be stored: " + "; ".join(
        f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
        for name, messages in exc.message_dict.items()
    )


def _refuse(item: FeedItem, exc: ValidationError, *, link_outcome: str = "", link_error: str = "") -> None:
    FeedItem.objects.filter(pk=item.pk, status=ItemStatus.PENDING).update(
        status=ItemStatus.FAILED, attempts=item.attempts + 1, link_outcome=link_outcome, link_error=link_error,
        error_text=_refusal(exc), processed_at=timezone.now(),
    )  # fmt: skip


@dataclass
class BatchOutcome:
    """What process_items did with each item id it was given."""

    done: list[int] = field(default_factory=list)
    duplicate: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
    needs_link: list[int] = field(default_factory=list)  # summaries: their link is fetched by process_item
    not_pending: list[int] = field(default_factory=list)  # already processed, or being processed elsewhere
    figures: int = 0
    corroborations: int = 0


def process_items(*, item_ids: list[int]) -> BatchOutcome:
    """process_item for many items that carry their own text, in one transaction: their documents validated in
    Python, stored in bulk (with history), their figures extracted by tracker.services.extract_new_documents
    (set-based look-ups, bulk inserts with history). Same outcome as process_item on each, in order.

    Safe to run again: items no longer pending are left alone (and items another worker holds are skipped). An item
    whose text is a summary needs its link fetched, which is network I/O: it is left pending and listed in
    `needs_link` for process_item. A document that cannot be stored fails with the reason on its item and the
    others go in; if the database refuses the batch anyway (a text another worker stored meanwhile), each item is
    processed on its own, each in its own savepoint, so that nothing of the others is lost.
    """
    outcome = BatchOutcome()
    with transaction.atomic():
        items = list(
            FeedItem.objects.select_for_update(of=("self",), skip_locked=True)
            .select_related("feed__default_body")
            .filter(pk__in=item_ids, status=ItemStatus.PENDING)
            .order_by("pk")
        )
        held = {item.pk for item in items}
        outcome.not_pending = [pk for pk in item_ids if pk not in held]
        outcome.needs_link = [item.pk for item in items if item.fetch_article]
        items = [item for item in items if not item.fetch_article]
        if not items:
            return outcome
        try:
            with transaction.atomic():
                _store_batch(items, outcome)
        except DatabaseError:
            logger.warning("a batch of %d items was refused by the database; storing them one by one", len(items))
            fresh = BatchOutcome(needs_link=outcome.needs_link, not_pending=outcome.not_pending)
            for item in items:
                _store_alone(item, fresh)
            outcome = fresh
    return outcome


def _store_batch(items: list[FeedItem], outcome: BatchOutcome) -> None:
    now = timezone.now()
    digests = {item.pk: content_hash(item.text) for item in items}
    documents: dict[str, Source | None] = dict.fromkeys(digests.values())  # the document stored, or to be stored
    for item in items:
        if not item.text.strip():
            outcome.failed[item.pk] = _NOTHING_TO_STORE
    documents.update(Source.objects.in_bulk(list(documents), field_name="content_hash"))
    created: list[tuple[FeedItem, Source]] = []
    for item in items:
        if item.pk in outcome.failed:
            continue
        digest = digests[item.pk]
        if documents[digest] is None:
            try:
                documents[digest] = new_source(title=item.title or item.canonical_url, text=item.text,
                                               url=_source_url(item.canonical_url), publisher=item.feed.default_body,
                                               published_on=item.published_on)  # fmt: skip
            except ValidationError as exc:
                outcome.failed[item.pk] = _refusal(exc)
                continue
            created.append((item, documents[digest]))
            item.status = ItemStatus.DONE
            outcome.done.append(item.pk)
        else:
            item.status = ItemStatus.DUPLICATE
            outcome.duplicate.append(item.pk)
        item.source = documents[digest]
    store_new_sources(sources=[source for _, source in created])
    # in order, as one by one: a retelling joins the story of one stored before it (in this batch or earlier)
    link_near_duplicates(sources=[source for _, source in created])
    results = extract_new_documents(documents=[(source, item.feed.default_body) for item, source in created])
    outcome.figures = sum(len(r.created) for r in results)
    outcome.corroborations = sum(len(r.corroborated) for r in results)
    for item in items:
        item.processed_at, item.attempts = now, item.attempts + 1
        item.link_outcome, item.link_error = LinkOutcome.NOT_NEEDED, ""
        if item.pk in outcome.failed:
            item.status, item.error_text, item.source = ItemStatus.FAILED, outcome.failed[item.pk], None
        else:
            item.error_text = ""
    _save_outcomes(items, now=now)


def _save_outcomes(items: list[FeedItem], *, now) -> None:
    """Each item's status, document, attempts and error in one statement (bulk_update's CASE per field and row
    costs more than the whole extraction on PostgreSQL, where unnest() does it in one pass)."""
    fields = ["status", "source", "processed_at", "attempts", "link_outcome", "link_error", "error_text"]
    if connection.vendor != "postgresql":
        FeedItem.objects.bulk_update(items, fields)
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {FeedItem._meta.db_table} AS item SET status = v.status, source_id = v.source_id, "  # noqa: S608
            "attempts = v.attempts, error_text = v.error_text, processed_at = %s, link_outcome = %s, link_error = '' "
            "FROM unnest(%s::bigint[], %s::text[], %s::bigint[], %s::int[], %s::text[]) "
            "AS v(id, status, source_id, attempts, error_text) WHERE item.id = v.id",
            [now, LinkOutcome.NOT_NEEDED, [i.pk for i in items], [i.status for i in items],
             [i.source.pk if i.source else None for i in items], [i.attempts for i in items],
             [i.error_text for i in items]],
        )  # fmt: skip


_NOTHING_TO_STORE = "nothing to store: the item has no text of its own and no link to read"


def _store_alone(item: FeedItem, outcome: BatchOutcome) -> None:
    try:
        if not item.text.strip():
            raise ValidationError(_NOTHING_TO_STORE)
        with transaction.atomic():
            _store_item(item, text=item.text)
    except ValidationError as exc:
        outcome.failed[item.pk] = exc.messages[0] if exc.messages == [_NOTHING_TO_STORE] else _refusal(exc)
    except DatabaseError as exc:
        outcome.failed[item.pk] = f"the database refused the document: {exc}".strip()
    else:
        (outcome.done if item.status == ItemStatus.DONE else outcome.duplicate).append(item.pk)
        return
    FeedItem.objects.filter(pk=item.pk).update(
        status=ItemStatus.FAILED, attempts=item.attempts + 1, error_text=outcome.failed[item.pk],
        processed_at=timezone.now(),
    )  # fmt: skip


def _source_url(url: str) -> str:
    """The item's link as the document's URL, when it is one (an item keyed on a tag: or urn: id has none)."""
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return ""
    return url


def _mark_failed(item: FeedItem, error: str, *, keep_pending: bool = False) -> None:
    exhausted = item.attempts + 1 >= settings.INGEST["RETRIES"] and not keep_pending
    FeedItem.objects.filter(pk=item.pk).update(
        status=ItemStatus.FAILED if exhausted else ItemStatus.PENDING,
        attempts=item.attempts + 1,
        link_outcome=LinkOutcome.FAILED,
        error_text=error,
    )


def stop_item(*, item_id: int, reason: str) -> None:
    """An item whose processing was stopped (a time limit): failed, with why, never left pending unseen."""
    FeedItem.objects.filter(pk=item_id, status=ItemStatus.PENDING).update(status=ItemStatus.FAILED, error_text=reason)


@transaction.atomic
def claim_due_feeds(*, now=None) -> list[int]:
    """Feeds due for polling, pushed forward so that a second beat tick does not poll them twice."""
    now = now or timezone.now()
    feeds = list(Feed.objects.select_for_update(skip_locked=True).filter(active=True).exclude(next_poll_at__gt=now))
    for feed in feeds:
        feed.next_poll_at = now + timedelta(minutes=feed.poll_interval_minutes)
    Feed.objects.bulk_update(feeds, ["next_poll_at"])
    return [feed.pk for feed in feeds]
