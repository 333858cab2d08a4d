from django.db import migrations, models

PREFIX = "Body as written: "
TABLES = ("DisplacementFigure", "HistoricalDisplacementFigure")


def _field():
    field = models.CharField(blank=True, default="", max_length=200)
    field.set_attributes_from_name("raw_reporting_body")
    return field


def add_columns(apps, schema_editor):
    """The column on both tables. SQLite (run_dev) takes it with ALTER TABLE: Django's SQLite editor would rebuild
    the table and with it the PostgreSQL-only index on the figure's period (0015), which SQLite cannot create."""
    for name in TABLES:
        model = apps.get_model("tracker", name)
        if schema_editor.connection.vendor == "sqlite":
            table = schema_editor.quote_name(model._meta.db_table)
            schema_editor.execute(
                f"ALTER TABLE {table} ADD COLUMN \"raw_reporting_body\" varchar(200) NOT NULL DEFAULT ''"
            )
        else:
            schema_editor.add_field(model, _field())


def remove_columns(apps, schema_editor):
    for name in TABLES:
        model = apps.get_model("tracker", name)
        if schema_editor.connection.vendor == "sqlite":
            schema_editor.execute(
                f'ALTER TABLE {schema_editor.quote_name(model._meta.db_table)} DROP COLUMN "raw_reporting_body"'
            )
        else:
            schema_editor.remove_field(model, _field())


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
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name=model_name,
                    name="raw_reporting_body",
                    field=models.CharField(
                        blank=True,
                        default="",
                        help_text="Who reported the figure as the source wrote it, when no reporting body matched (set by extraction).",
                        max_length=200,
                    ),
                )
                for model_name in ("displacementfigure", "historicaldisplacementfigure")
            ],
            database_operations=[migrations.RunPython(add_columns, remove_columns)],
        ),
        migrations.RunPython(body_from_notes, body_to_notes),
    ]
