import os
import subprocess
import sys
from pathlib import Path

import redis
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def test_tests_run_on_postgresql(db):
    assert connection.vendor == "postgresql"


def test_redis_is_real_and_reachable():
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    assert client.ping() is True


def test_production_settings_pass_check_deploy():
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_SECRET_KEY": "x" * 64 + "a-long-random-production-secret-key",
        "DJANGO_ALLOWED_HOSTS": "tracker.example.org",
        "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:54329/tracker"),
        "REDIS_URL": "redis://127.0.0.1:63799/0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings.prod"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0 and "DJANGO_SECRET_KEY" in result.stderr
