"""Settings shared by every environment. Anything secret or host-specific comes from the environment."""

import importlib.util
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-development-key-never-used-in-production")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "tracker.admin_apps.TrackerAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "simple_history",
    "rest_framework",
    "knox",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "tracker",
    "ingest",
    "summaries",
    "api",
    "ops",
    "axes",
    "csp",
    "dashboard",
]

MIDDLEWARE = [
    "ops.request_id.RequestIdMiddleware",
    "ops.request_id.AccessLogMiddleware",
    "ops.health.HealthCheckMiddleware",  # /healthz and /readyz answer the container's own probe (see ops/health.py)
    "api.usage.UsageMiddleware",  # one pipelined Redis round trip per token-authenticated request (api/usage.py)
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",  # the language: session/cookie (the switcher), else Accept-Language
    "api.middleware.CommonMiddleware",  # Django's, but an API write without its trailing slash is a 404, not a redirect
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out sign-in into the lockout page
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"


def database_from_env(**default) -> dict:
    """DATABASE_URL's database (`default=` the URL when it is not set; without it, DATABASE_URL is required),
    with the options every settings module shares."""
    database = env.db("DATABASE_URL", **default)
    database["ATOMIC_REQUESTS"] = False
    if database["ENGINE"] == "django.db.backends.postgresql":
        # Statements run through tracker.fastrows.fast_cursor (server-side binding; the API token look-up) are
        # prepared once they have run this many times on a connection: parsed and planned once, not per request.
        # Django's own cursors bind on the client and never prepare. Behind PgBouncer in transaction mode (before
        # 1.21), set DATABASE_PREPARE_THRESHOLD to an empty value: nothing is prepared.
        threshold = env("DATABASE_PREPARE_THRESHOLD", default="5")
        database.setdefault("OPTIONS", {})["prepare_threshold"] = int(threshold) if threshold else None
    return database


DATABASES = {"default": database_from_env(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in throttling (django-axes): after LOGIN_FAILURE_LIMIT failed sign-ins for one username from one address,
# that username is locked out from that address for LOGIN_LOCKOUT_MINUTES (every further try restarts the wait).
# Admins see and clear the attempts under "Axes" in the admin, or: manage.py axes_reset_username NAME.
AUTHENTICATION_BACKENDS = [
    "ops.throttling.WebSignInThrottle",  # django-axes, first: a locked-out pair never reaches the password check
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env.bool("LOGIN_THROTTLE_ENABLED", default=True)
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.float("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "ops.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "ops.client_ip.client_ip"
AXES_VERBOSE = False
AXES_ENABLE_ADMIN = False  # ops/admin.py registers the attempts (the lockouts) only, not a log of every sign-in
AXES_DISABLE_ACCESS_LOG = True
# Behind N reverse proxies that each append to X-Forwarded-For, the client is the Nth address from the right.
# 0 (the default) trusts no header and uses the connecting address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The staff interface, the weekly e-mails and the API's error messages speak these languages (see README,
# "Languages"). The catalogues are locale/<code>/LC_MESSAGES/django.po; the compiled .mo files are committed.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français"), ("ar", "العربية")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]  # Arabic numbers: Western digits grouped by thousands (config/formats/ar)
TIME_ZONE = env("TRACKER_TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

# Content-Security-Policy (django-csp): scripts and style sheets only from this site's static files or carrying
# the page's nonce (<script nonce="{{ request.csp_nonce }}">); style="" attributes are allowed (they run no code:
# inline SVG charts and the admin's widgets use them); images from this site and data: URIs (charts); nothing
# framed, no plugins, forms post only here. CSP_EXTRA_IMG_SRC / CSP_EXTRA_CONNECT_SRC add origins (e.g. a map's
# tile server); CSP_REPORT_URI collects violations.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:", *env.list("CSP_EXTRA_IMG_SRC", default=[])],
        "font-src": [SELF],
        "connect-src": [SELF, *env.list("CSP_EXTRA_CONNECT_SRC", default=[])],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        **({"report-uri": env("CSP_REPORT_URI")} if env("CSP_REPORT_URI", default="") else {}),
    }
}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Leaflet's own files (leaflet/leaflet.js, leaflet.css, images), as the django-leaflet package ships them. Only its
# static folder is used: as an app it would import GeoDjango, which needs GDAL.
STATICFILES_DIRS = [Path(importlib.util.find_spec("leaflet").submodule_search_locations[0]) / "static"]

# Celery: Redis broker; workers must not lose work (late ack, redelivery when a worker dies).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=env("REDIS_URL", default="redis://127.0.0.1:6379/0"))
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# Celery's Django fix-up closes the database connections every this many tasks only (instead of around each):
# TrackerTask closes them as Django closes a request's (CONN_MAX_AGE, health checks, errors). See config/celery.py.
CELERY_DB_REUSE_MAX = 1000
CELERY_TIMEZONE = env("SUMMARY_TIME_ZONE", default=TIME_ZONE)  # the Monday-morning send follows this zone
# Every task has a soft limit (raises SoftTimeLimitExceeded in the task, which records why it stopped) and a hard
# one (the worker child is killed); tasks may set tighter ones. The retry policy is config/celery.py's TrackerTask.
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=300)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=360)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # an unacknowledged task (its worker died) is handed to another worker after this many seconds
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
    # how often workers look for such orphaned tasks: every interval × throttle seconds
    "unacked_restore_interval": env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=10),
    "unacked_restore_throttle": env.int("CELERY_UNACKED_RESTORE_THROTTLE", default=10),
}
# Every periodic task is declared here and nowhere else.
CELERY_BEAT_SCHEDULE: dict = {
    "poll-due-feeds": {"task": "ingest.tasks.poll_due_feeds", "schedule": 60.0},
    # copies per-token request counters from Redis to the database (absolute counts: a rerun counts nothing twice)
    "flush-api-usage": {
        "task": "api.tasks.flush_api_usage",
        "schedule": env.float("API_USAGE_FLUSH_SECONDS", default=300.0),
    },
    "weekly-summaries": {
        "task": "summaries.tasks.send_weekly_summaries",
        "schedule": crontab(
            day_of_week="mon",
            hour=env.int("SUMMARY_SEND_HOUR", default=6),
            minute=env.int("SUMMARY_SEND_MINUTE", default=0),
        ),
    },
}

LOG_FORMAT = env("LOG_FORMAT", default="plain")  # "json" in production: one JSON object per line
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "ops.request_id.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "httpx": {"level": "WARNING"},
        "httpcore": {"level": "WARNING"},
        "tracker.access": {"level": env("ACCESS_LOG_LEVEL", default="INFO")},
        "django.server": {"level": "WARNING"},
    },
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.TokenAuthentication",  # knox, in one query (api/authentication.py)
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Set explicitly: DRF's own default is AllowAny.
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.RolePermission"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.TokenRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"token": env("API_RATE", default="3600/hour")},
    "DEFAULT_PAGINATION_CLASS": "api.pagination.StableCursorPagination",
    "PAGE_SIZE": 100,
    # JSON bodies only: form encoding cannot say null, so a form's "" would be read as a value.
    "DEFAULT_PARSER_CLASSES": ["api.parsers.SafeJSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "api.renderers.StrictContentNegotiation",
    "DEFAULT_RENDERER_CLASSES": ["api.renderers.ORJSONRenderer", "rest_framework.renderers.BrowsableAPIRenderer"],
    "DEFAULT_SCHEMA_CLASS": "api.schema.TrackerAutoSchema",
    "EXCEPTION_HANDLER": "api.exceptions.handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
REST_KNOX = {
    # the default expiry of a new API token; the admin's token form may shorten or lengthen it
    "TOKEN_TTL": timedelta(days=env.int("API_TOKEN_TTL_DAYS", default=180)),
    "AUTO_REFRESH": False,
}
KNOX_TOKEN_MODEL = "knox.AuthToken"  # noqa: S105  (a model name) knox table unchanged; api.TokenInfo names tokens
# Per-client usage (api/usage.py): counted in this Redis, copied to the database by the flush-api-usage task.
# Empty (the embedded default has no Redis): nothing is counted.
API_USAGE_REDIS_URL = env("API_USAGE_REDIS_URL", default=env("REDIS_URL", default=""))
# seconds: a slow Redis never holds a request longer than this (counting then pauses for a few seconds)
API_USAGE_REDIS_TIMEOUT = env.float("API_USAGE_REDIS_TIMEOUT", default=0.1)
API_USAGE_KEEP_DAYS = env.int("API_USAGE_KEEP_DAYS", default=8)  # Redis keeps a day's counters this long
API_TOKEN_MAX_DAYS = env.int("API_TOKEN_MAX_DAYS", default=730)  # no token is issued for longer than this
SPECTACULAR_SETTINGS = {
    "TITLE": "Displacement tracker API",
    "DESCRIPTION": (
        "Displacement figures (who was displaced, where, when, on whose word), the regions, reporting bodies, "
        "sources and events behind them, and totals that never count a region and period twice. "
        "Authenticate with `Authorization: Token <token>` (tokens are issued in the admin)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # One schema name per choice set (tracker/choices.py), whatever the field is called (an event's `kind` and a
    # figure's `cause` are both Cause): no duplicate enums, and `check --deploy` stays free of warnings.
    "ENUM_NAME_OVERRIDES": {
        "CauseEnum": "tracker.choices.Cause",
        "ReportingBodyKindEnum": "tracker.choices.BodyKind",
    },
}

# Absolute links in e-mails point here.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="tracker@localhost")

INGEST = {
    "USER_AGENT": env(
        "INGEST_USER_AGENT",
        default="DisplacementTracker/0.1 (humanitarian displacement monitoring)",
    ),
    "TIMEOUT_SECONDS": env.float("INGEST_TIMEOUT_SECONDS", default=20.0),  # for one connect or one read
    # the whole fetch (retries, redirects, every read) ends by then, however slowly the server answers
    "DEADLINE_SECONDS": env.float("INGEST_DEADLINE_SECONDS", default=30.0),
    "MAX_BYTES": env.int("INGEST_MAX_BYTES", default=10 * 1024 * 1024),
    "RETRIES": env.int("INGEST_RETRIES", default=3),
    "BACKOFF_SECONDS": env.float("INGEST_BACKOFF_SECONDS", default=1.0),
    "MAX_FEED_BACKOFF_MINUTES": env.int("INGEST_MAX_FEED_BACKOFF_MINUTES", default=24 * 60),
    "RELIEFWEB_APPNAME": env("RELIEFWEB_APPNAME", default="displacement-tracker"),
    "DTM_SUBSCRIPTION_KEY": env("DTM_SUBSCRIPTION_KEY", default=""),
}
# Hosts the ingest client may fetch from even though they resolve to a loopback, private or otherwise non-public
# address (comma-separated names or IPs). Empty in production: feeds and the pages they link to must be public.
INGEST_ALLOWED_HOSTS = env.list("INGEST_ALLOWED_HOSTS", default=[])

# Maps (Leaflet, served from our own static files). Background tiles are optional: with no URL the map draws the
# loaded boundaries alone. Use a tile server you are allowed to use, e.g. your own or a commercial one, and give its
# attribution. The data attribution is shown on every map (COD-AB terms require it).
MAP_TILES_URL = env("MAP_TILES_URL", default="")
MAP_TILES_ATTRIBUTION = env("MAP_TILES_ATTRIBUTION", default="")
if MAP_TILES_URL:  # the Content-Security-Policy lets the map's tiles in from that origin (and no other)
    _tiles = urlsplit(MAP_TILES_URL.replace("{s}.", ""))  # https://{s}.tiles.example.org/… → *.tiles.example.org
    _subdomains = "*." if "{s}." in MAP_TILES_URL else ""
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(f"{_tiles.scheme}://{_subdomains}{_tiles.netloc}")
MAP_DATA_ATTRIBUTION = env(
    "MAP_DATA_ATTRIBUTION",
    default="Administrative boundaries and p-codes: UN OCHA, Common Operational Dataset (COD-AB), via HDX "
    "(data.humdata.org), CC BY-IGO. The boundaries and names shown and the designations used do not imply official "
    "endorsement or acceptance by the United Nations.",
)

# The most one figure may say: beyond it a field error, so that one mistyped figure cannot break totals.
FIGURE_MAX_VALUE = env.int("FIGURE_MAX_VALUE", default=100_000_000)

# History is read-only: "revert" would write an old snapshot over a figure behind the lifecycle's back (a verified
# figure changed with no second review). Corrections go through the forms, which go through the services.
SIMPLE_HISTORY_REVERT_DISABLED = True
