#!/usr/bin/env bash
# Local PostgreSQL for Meridian, without Docker.
#   postgres.sh start   reuse 127.0.0.1:5432 if it answers, else start (or install) Debian's cluster;
#                       then create the roles and databases (safe to repeat)
#   postgres.sh stop    stop the cluster only if this script started it
#   postgres.sh status
#
# Roles (local development only; passwords are not secrets):
#   meridian/meridian   LOGIN CREATEDB, for tests that create throwaway databases
#   <svc>/<svc>         owner of database <svc>, for each service below
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_HOST=127.0.0.1
PG_PORT=5432
SERVICES=(catalog checkout payment fulfillment compliance webhook)
# Marker that we started the cluster: holds "<version> <cluster>" for pg_ctlcluster.
STARTED_MARKER="$RUN_DIR/postgres.started"

pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; }

# Newest installed Debian cluster version (ls /etc/postgresql -> "15"), empty if none.
debian_pg_version() {
  [[ -d /etc/postgresql ]] || return 0
  find /etc/postgresql -mindepth 2 -maxdepth 2 -type d -name main -printf '%h\n' 2>/dev/null |
    xargs -r -n1 basename | sort -V | tail -n 1
}

install_postgres() {
  ((EUID == 0)) || die "PostgreSQL is not installed; run as root or install the 'postgresql' package"
  log "installing PostgreSQL from Debian's packages"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
}

start() {
  if pg_ready; then
    log "PostgreSQL already answers on $PG_HOST:$PG_PORT; reusing it"
  else
    local version
    version="$(debian_pg_version)"
    if [[ -z "$version" ]]; then
      install_postgres
      version="$(debian_pg_version)"
      [[ -n "$version" ]] || die "postgresql installed but no cluster 'main' under /etc/postgresql"
    fi
    # The package may already have started it; pg_ready decides whether we own the start.
    if ! pg_ready; then
      log "starting Debian cluster $version/main"
      # --skip-systemctl-redirect: there is no systemd here; run pg_ctl directly.
      pg_ctlcluster --skip-systemctl-redirect "$version" main start
      mkdir -p "$RUN_DIR"
      printf '%s main\n' "$version" >"$STARTED_MARKER"
    fi
    wait_for "PostgreSQL on $PG_HOST:$PG_PORT" 60 pg_ready || die "PostgreSQL did not come up"
  fi
  provision
  log "PostgreSQL ready: postgresql://$PG_HOST:$PG_PORT (databases: ${SERVICES[*]})"
}

# Run SQL from stdin as the superuser: over TCP when trust auth allows it (no prompt, -w),
# else as the postgres OS user over the local socket (peer auth).
psql_admin() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -w -tAc 'select 1' >/dev/null 2>&1; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -w -q -v ON_ERROR_STOP=1
  elif ((EUID == 0)); then
    # cd /: postgres cannot read root's cwd; psql only warns, but keep the output clean.
    (cd / && runuser -u postgres -- psql -p "$PG_PORT" -d postgres -q -v ON_ERROR_STOP=1)
  else
    die "cannot connect as superuser 'postgres' (no trust auth on $PG_HOST and not root)"
  fi
}

# Idempotent: roles are created or have their attributes/passwords reset; databases created once.
provision() {
  local sql svc
  sql="$(
    cat <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'meridian') THEN
    CREATE ROLE meridian LOGIN CREATEDB PASSWORD 'meridian';
  ELSE
    ALTER ROLE meridian LOGIN CREATEDB PASSWORD 'meridian';
  END IF;
END $$;
SQL
  )"
  for svc in "${SERVICES[@]}"; do
    sql+=$'\n'"$(
      cat <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$svc') THEN
    CREATE ROLE $svc LOGIN PASSWORD '$svc';
  ELSE
    ALTER ROLE $svc LOGIN PASSWORD '$svc';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $svc OWNER $svc' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$svc')
\\gexec
SQL
    )"
  done
  psql_admin <<<"$sql"
  log "roles and databases in place: meridian, ${SERVICES[*]}"
}

stop() {
  if [[ ! -f "$STARTED_MARKER" ]]; then
    log "PostgreSQL was not started by these scripts; leaving it alone"
    return 0
  fi
  local version cluster
  read -r version cluster <"$STARTED_MARKER"
  log "stopping Debian cluster $version/$cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop || true
  rm -f "$STARTED_MARKER"
}

status() {
  if pg_ready; then
    if [[ -f "$STARTED_MARKER" ]]; then
      log "PostgreSQL: running on $PG_HOST:$PG_PORT (started by these scripts)"
    else
      log "PostgreSQL: running on $PG_HOST:$PG_PORT (not started by these scripts)"
    fi
  else
    log "PostgreSQL: not running on $PG_HOST:$PG_PORT"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac
