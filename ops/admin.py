"""Sign-in lockouts in the admin: admins see who is locked out and unlock by deleting the attempt row."""

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django.contrib import admin

admin.site.register(AccessAttempt, AccessAttemptAdmin)
