from django.db import migrations, models

PREFIX = "Body as written: "


def body_from_notes(apps, schema_editor):
    """Figures extracted before this field kept a body no record matched as the first line of their notes."""
    figure_model = apps.get_model("tracker", "DisplacementFigure")
    moved = []
    for figure in figure_model.objects.filter(notes__startswith=PREFIX).only("pk", "notes"):
        first, _, rest = figure.notes.partition("\n")
        figure.raw_reporting_body = first[len(PREFIX) :][:200]
        figure.notes = rest.strip()
        moved.append(figure)
    figure_model.objects.bulk_update(moved, ["raw_reporting_body", "notes"], batch_size=500)


def body_to_notes(apps, schema_editor):
    figure_model = apps.get_model("tracker", "DisplacementFigure")
    moved = []
    for figure in figure_model.objects.exclude(raw_reporting_body="").only("pk", "notes", "raw_reporting_body"):
        figure.notes = f"{PREFIX}{figure.raw_reporting_body}\n{figure.notes}".strip()
        moved.append(figure)
    figure_model.objects.bulk_update(moved, ["notes"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0018_region_pcode_ascii"),
    ]

    operations = [
        migrations.AddField(
            model_name="displacementfigure",
            name="raw_reporting_body",
            field=models.CharField(
                blank=True,
                default="",
                help_text="Who reported the figure as the source wrote it, when no reporting body matched (set by extraction).",
                max_length=200,
            ),
        ),
        migrations.AddField(
            model_name="historicaldisplacementfigure",
            name="raw_reporting_body",
            field=models.CharField(
                blank=True,
                default="",
                help_text="Who reported the figure as the source wrote it, when no reporting body matched (set by extraction).",
                max_length=200,
            ),
        ),
        migrations.RunPython(body_from_notes, body_to_notes),
    ]
