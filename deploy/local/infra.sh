#!/usr/bin/env bash
# The whole local infrastructure for Meridian, without Docker: PostgreSQL, Kafka, Keycloak.
#   infra.sh up       start (or reuse) all three, in dependency order
#   infra.sh down     stop, in reverse order, only what these scripts started
#   infra.sh status
# State (downloads, data, logs, pid files) lives in ${MERIDIAN_STATE_DIR:-<repo>/.local}.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HERE="$REPO_ROOT/deploy/local"

# Run one component's script and report how long it took.
step() {
  local start=$SECONDS
  "$HERE/$1.sh" "$2"
  log "$1 $2 took $((SECONDS - start))s"
}

up() {
  step postgres start
  step kafka start
  step keycloak start
  local built=() module
  for module in "$REPO_ROOT"/*-service; do
    [[ -f "$module/pom.xml" ]] && built+=("$(basename "$module" -service)")
  done
  cat <<EOF

Local infrastructure is up:
  PostgreSQL  127.0.0.1:5432   databases of the services in this checkout: ${built[*]}
                               (user = password = database name; tests: meridian/meridian, CREATEDB)
  Kafka       127.0.0.1:9092   topics: $HERE/kafka.sh list-topics
  Keycloak    http://127.0.0.1:8180/realms/meridian   (admin console /admin, admin/admin)
Stop with: $HERE/infra.sh down
EOF
}

down() {
  "$HERE/keycloak.sh" stop
  "$HERE/kafka.sh" stop
  "$HERE/postgres.sh" stop
}

status() {
  local rc=0
  "$HERE/postgres.sh" status || rc=1
  "$HERE/kafka.sh" status || rc=1
  "$HERE/keycloak.sh" status || rc=1
  return "$rc"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) die "usage: $0 up|down|status" ;;
esac
