"""Items keyed on canonical URL + own text (two items linking to one page with different texts stay two);
what became of each item's link."""

import hashlib
import re

from django.db import migrations, models


def _key(url: str, text: str) -> str:
    text_hash = hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()
    return hashlib.sha256(f"{url}\n{text_hash}".encode()).hexdigest()


def fill_keys(apps, schema_editor):
    FeedItem = apps.get_model("ingest", "FeedItem")
    items = list(FeedItem.objects.only("pk", "canonical_url", "text"))
    for item in items:
        item.key = _key(item.canonical_url, item.text)
        item.fetch_article = not item.text
    FeedItem.objects.bulk_update(items, ["key", "fetch_article"], batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ('ingest', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='feeditem',
            name='fetch_article',
            field=models.BooleanField(default=False, help_text="The item's text is a summary: the linked article is fetched to enrich it."),
        ),
        migrations.AddField(
            model_name='feeditem',
            name='key',
            field=models.CharField(editable=False, help_text="SHA-256 of the canonical URL and the item's own text.", max_length=64, null=True),
        ),
        migrations.AddField(
            model_name='feeditem',
            name='link_error',
            field=models.TextField(blank=True, default='', help_text='Why the link was refused or failed.'),
        ),
        migrations.AddField(
            model_name='feeditem',
            name='link_outcome',
            field=models.CharField(blank=True, choices=[('', 'Not fetched (the item carries its text)'), ('fetched', "Article fetched, added to the item's text"), ('empty', "Page had no article text; the item's own text kept"), ('failed', "Fetch failed; the item's own text kept"), ('refused', "Refused (not a public http(s) address); the item's own text kept")], default='', max_length=16),
        ),
        migrations.AlterField(
            model_name='feeditem',
            name='canonical_url',
            field=models.CharField(db_index=True, max_length=2000),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='feeditem',
            name='key',
            field=models.CharField(editable=False, help_text="SHA-256 of the canonical URL and the item's own text.", max_length=64, unique=True),
        ),
    ]
