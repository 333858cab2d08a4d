"""P-codes unique whatever their case. Stops with a list of the clashing regions when the data already has
`sy07` beside `SY07`: merge or re-code those in the admin, then migrate again."""

import django.db.models.functions.text
from django.db import migrations, models
from django.db.models.functions import Upper


def refuse_case_duplicates(apps, schema_editor):
    Region = apps.get_model("tracker", "Region")
    clashes = (
        Region.objects.exclude(pcode="")
        .annotate(key=Upper("pcode"))
        .values("key")
        .annotate(n=models.Count("id"))
        .filter(n__gt=1)
        .values_list("key", flat=True)
    )
    lines = []
    for key in clashes.order_by("key"):
        regions = Region.objects.annotate(key=Upper("pcode")).filter(key=key).order_by("pk")
        lines.append(f"  {key}: " + ", ".join(f"{r.pcode!r} {r.name} (id {r.pk})" for r in regions))
    if lines:
        raise RuntimeError(
            "Cannot make p-codes unique ignoring case: these regions share a p-code that differs only in case.\n"
            + "\n".join(lines)
            + "\nGive each region its own p-code (or merge the duplicates) in the admin, then run migrate again."
        )


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0005_figure_lifecycle"),
    ]

    operations = [
        migrations.RunPython(refuse_case_duplicates, migrations.RunPython.noop, elidable=False),
        migrations.RemoveConstraint(
            model_name="region",
            name="region_pcode_unique_when_set",
        ),
        migrations.AddConstraint(
            model_name="region",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Upper("pcode"),
                condition=models.Q(("pcode", ""), _negated=True),
                name="region_pcode_unique_ignoring_case",
                violation_error_code="pcode_taken",
                violation_error_message="Another region already has this p-code (p-codes are compared ignoring case).",
            ),
        ),
    ]
