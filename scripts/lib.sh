# Shared by scripts/run.sh and scripts/test.sh: a virtualenv with the locked requirements,
# and PostgreSQL and Redis from Debian's packages started on loopback when they are not running.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  echo "installing Debian packages: $*" >&2
  if [ -z "${_APT_UPDATED:-}" ]; then as_root apt-get update -qq; _APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV" 2>/dev/null || { apt_install python3-venv && python3 -m venv "$VENV"; }
  fi
  # Every package, transitive ones included, pinned with hashes (requirements.lock is generated from
  # requirements.txt, see README): the pip that Python 3.11 ships installs it as it is, no upgrade needed.
  local stamp="$VENV/.requirements.sha256"
  local want; want="$(sha256sum "$ROOT/requirements.lock" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    "$VENV/bin/pip" install -q --require-hashes -r "$ROOT/requirements.lock"
    echo "$want" > "$stamp"
  fi
}

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_postgres() {
  export PGPORT="${TRACKER_PG_PORT:-54329}"
  local bindir; bindir="$(pg_bindir)"
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then apt_install postgresql; bindir="$(pg_bindir)"; fi
  if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then return; fi
  local data="${TRACKER_PG_DATA:-/tmp/tracker-postgres-$PGPORT}"
  local run=()
  if [ "$(id -u)" = 0 ]; then run=(runuser -u postgres --); fi
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    "${run[@]}" "$bindir/initdb" -D "$data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
  fi
  "${run[@]}" "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  echo "PostgreSQL started on 127.0.0.1:$PGPORT" >&2
}

ensure_database() {  # ensure_database NAME
  local bindir; bindir="$(pg_bindir)"
  if ! "$bindir/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc "select 1 from pg_database where datname='$1'" \
      | grep -q 1; then
    "$bindir/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "$1"
  fi
}

ensure_redis() {
  export REDIS_PORT="${TRACKER_REDIS_PORT:-63799}"
  command -v redis-server >/dev/null || apt_install redis-server
  if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then return; fi
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
    --logfile "/tmp/tracker-redis-$REDIS_PORT.log" >/dev/null
  for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "Redis started on 127.0.0.1:$REDIS_PORT" >&2
}

ensure_gettext() {  # GNU xgettext, for the test that runs makemessages (tests/test_translations.py); not at runtime
  command -v xgettext >/dev/null || apt_install gettext
}

ensure_chromium() {  # Debian's Chromium, for the browser tests (Playwright drives it; it downloads nothing)
  command -v chromium >/dev/null || apt_install chromium
}

ensure_wrk() {  # Debian's wrk, for bench/load.py (its smoke size runs in the suite)
  command -v wrk >/dev/null || apt_install wrk
}
