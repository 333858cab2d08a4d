"""Tests: a real PostgreSQL and a real Redis (scripts/test.sh starts both on loopback)."""

from config.settings.base import *  # noqa: F403
from config.settings.base import database_from_env, env

DATABASES = {"default": database_from_env(default="postgres://postgres@127.0.0.1:54329/tracker")}
REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:63799/0")
CELERY_BROKER_URL = REDIS_URL
API_USAGE_REDIS_URL = env("API_USAGE_REDIS_URL", default=REDIS_URL)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Test servers listen on 127.0.0.1; every other loopback or private address stays refused.
INGEST_ALLOWED_HOSTS = env.list("INGEST_ALLOWED_HOSTS", default=["127.0.0.1"])
