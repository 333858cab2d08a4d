"""Feeds the tracker polls, each attempt at polling them, and each item they delivered."""

from django.db import models

from tracker.models import ReportingBody, Source


class FeedKind(models.TextChoices):
    RSS = "rss", "RSS / Atom"
    RELIEFWEB = "reliefweb", "ReliefWeb API (v2 JSON)"
    DTM = "dtm", "IOM DTM API (v3 JSON)"
    HXL = "hxl", "HXL-tagged CSV"


class RunOutcome(models.TextChoices):
    RUNNING = "running", "Running"
    SUCCESS = "success", "Success"
    NOT_MODIFIED = "not_modified", "Not modified"
    PARTIAL = "partial", "Partly failed"
    FAILED = "failed", "Failed"


class ItemStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be processed"
    DONE = "done", "Stored and extracted"
    DUPLICATE = "duplicate", "Same document as one already stored"
    FAILED = "failed", "Failed"


class LinkOutcome(models.TextChoices):
    """What became of an item's link when its own text was only a summary."""

    NOT_NEEDED = "", "Not fetched (the item carries its text)"
    FETCHED = "fetched", "Article fetched, added to the item's text"
    EMPTY = "empty", "Page had no article text; the item's own text kept"
    FAILED = "failed", "Fetch failed; the item's own text kept"
    REFUSED = "refused", "Refused (not a public http(s) address); the item's own text kept"


class Feed(models.Model):
    name = models.CharField(max_length=200, unique=True)
    url = models.URLField(max_length=2000, blank=True, help_text="Blank for a feed read from a local file.")
    kind = models.CharField(max_length=16, choices=FeedKind.choices, default=FeedKind.RSS)
    default_body = models.ForeignKey(
        ReportingBody,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feeds",
        help_text="Body credited with a figure when the text names none.",
    )
    active = models.BooleanField(default=True)
    poll_interval_minutes = models.PositiveIntegerField(default=60)
    etag = models.CharField(max_length=500, blank=True, default="", editable=False)
    last_modified = models.CharField(max_length=100, blank=True, default="", editable=False)
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class FeedRun(models.Model):
    """One attempt at polling a feed, with what it found."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="runs")
    started_at = models.DateTimeField(auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=16, choices=RunOutcome.choices, default=RunOutcome.RUNNING)
    items_seen = models.PositiveIntegerField(default=0)
    items_new = models.PositiveIntegerField(default=0)
    items_duplicate = models.PositiveIntegerField(default=0)
    items_failed = models.PositiveIntegerField(default=0)
    error_text = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.feed} at {self.started_at:%Y-%m-%d %H:%M}"


class FeedItem(models.Model):
    """An item a feed delivered, keyed on its canonical URL and its own text so that it is processed once across
    runs, while two items linking to one page with different texts stay two documents."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    run = models.ForeignKey(FeedRun, null=True, on_delete=models.SET_NULL, related_name="items")
    canonical_url = models.CharField(max_length=2000, db_index=True)
    key = models.CharField(
        max_length=64, unique=True, editable=False, help_text="SHA-256 of the canonical URL and the item's own text."
    )
    title = models.CharField(max_length=500, blank=True, default="")
    text = models.TextField(blank=True, default="", help_text="Text the feed carried; empty when only a link.")
    fetch_article = models.BooleanField(
        default=False, help_text="The item's text is a summary: the linked article is fetched to enrich it."
    )
    link_outcome = models.CharField(max_length=16, choices=LinkOutcome.choices, blank=True, default="")
    link_error = models.TextField(blank=True, default="", help_text="Why the link was refused or failed.")
    published_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=ItemStatus.choices, default=ItemStatus.PENDING, db_index=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="feed_items")
    attempts = models.PositiveIntegerField(default=0)
    error_text = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title or self.canonical_url


class BackfillCheckpoint(models.Model):
    """How far a backfill of one large source (an export file, a folder of documents) has got, so that a run that
    was stopped resumes where it stopped. Advanced in the transaction that registers the items read up to it."""

    source_key = models.CharField(max_length=1000, unique=True, help_text="The source's name (by default its path).")
    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="backfills")
    position = models.BigIntegerField(default=0, help_text="Byte offset in the file, or files done in the folder.")
    size = models.BigIntegerField(default=0, help_text="The file's size in bytes, or the folder's number of files.")
    items_read = models.PositiveIntegerField(default=0)
    items_new = models.PositiveIntegerField(default=0)
    items_failed = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"backfill of {self.source_key} at {self.position}/{self.size}"
