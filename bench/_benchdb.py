"""A bench's own PostgreSQL database, the one way every bench gets it.

A bench works in a database of its own, next to DATABASE_URL's (same server), so that it never touches the
development or test data. `--smoke` runs start from an empty one, whatever schema an earlier checkout left there;
full-size runs keep theirs, so that a second run at the same size starts at once. Call it before importing
anything of Django's: it points DATABASE_URL at the bench database and sets Django up.
"""

import os

DEFAULT_URL = "postgres://postgres@127.0.0.1:54329/tracker"


def server_url() -> str:
    """DATABASE_URL without its database name: the server the bench databases live on."""
    return os.environ.get("DATABASE_URL", DEFAULT_URL).rsplit("/", 1)[0]


def base_name() -> str:
    """DATABASE_URL's database name, which bench databases take as their prefix."""
    return os.environ.get("DATABASE_URL", DEFAULT_URL).rsplit("/", 1)[1]


def use_bench_database(name: str, *, fresh: bool) -> str:
    """Create the database `name` if it is missing (dropped first when `fresh`), point Django at it and set
    Django up. Returns the server's URL."""
    import psycopg

    server = server_url()
    os.environ["DATABASE_URL"] = f"{server}/{name}"
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:63799/0")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        if fresh:
            conn.execute(f"drop database if exists {name} with (force)")
        if not conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone():
            conn.execute(f"create database {name}")
    import django

    django.setup()
    return server
