# syntax=docker/dockerfile:1
# Build stage: a virtualenv with every package of the lock file, each checked against its hash.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /build
COPY requirements.lock .
RUN python -m venv /venv && /venv/bin/pip install --require-hashes -r requirements.lock

# Runtime stage: no compilers, a non-root user, static files collected at build time.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=config.settings.prod
RUN groupadd --system tracker && useradd --system --gid tracker --home-dir /app --shell /usr/sbin/nologin tracker
WORKDIR /app
COPY --from=build /venv /venv
ENV PATH=/venv/bin:$PATH
COPY --chown=tracker:tracker . .
RUN DJANGO_SECRET_KEY=collectstatic-only DJANGO_ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/x.db \
    REDIS_URL=redis://localhost:6379/0 python manage.py collectstatic --no-input -v 0 \
    && chown -R tracker:tracker /app/staticfiles
USER tracker
# the extractor's worldwide place index (~300,000 names) and its Arabic names, built once here instead of at each
# process start
ENV EXTRACTION_CACHE_DIR=/app/.cache/extraction
RUN python -c "from extraction.world import world_names; world_names()" \
    && python -c "from extraction.languages.names import arabic_places; arabic_places()"
EXPOSE 8000
# /healthz answers this probe (plain http, Host 127.0.0.1) under the production settings: see ops/health.py.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"
ENV LOG_FORMAT=json WEB_CONCURRENCY=3
CMD ["sh", "-c", "exec gunicorn config.wsgi:application --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY} --timeout 60"]
