import pytest
from django.contrib.auth.models import Group

from tracker.choices import Role

pytestmark = pytest.mark.django_db

PERMISSION_MATRIX = [
    # (permission, editor, reviewer, partner)
    ("tracker.view_displacementfigure", True, True, True),
    ("tracker.add_displacementfigure", True, True, False),
    ("tracker.change_displacementfigure", True, True, False),
    ("tracker.verify_displacementfigure", False, True, False),
    ("tracker.delete_displacementfigure", False, True, False),
    ("tracker.add_source", True, True, False),
    ("tracker.change_region", True, True, False),
    ("tracker.view_region", True, True, True),
    ("tracker.change_reportingbody", True, True, False),
    ("tracker.delete_region", False, False, False),
    ("tracker.delete_source", False, False, False),
]


def test_the_three_groups_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {Role.EDITOR, Role.REVIEWER, Role.PARTNER}


@pytest.mark.parametrize("permission,as_editor,as_reviewer,as_partner", PERMISSION_MATRIX)
def test_group_permissions(editor, reviewer, partner, permission, as_editor, as_reviewer, as_partner):
    assert (editor.has_perm(permission), reviewer.has_perm(permission), partner.has_perm(permission)) == (
        as_editor,
        as_reviewer,
        as_partner,
    )
