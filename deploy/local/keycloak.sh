#!/usr/bin/env bash
# Local Keycloak (dev mode, H2 storage) with the Meridian realm, without Docker.
#   keycloak.sh fetch    download the Keycloak distribution from Maven Central into .local/keycloak
#   keycloak.sh start    reuse http://127.0.0.1:8180 if the meridian realm answers there, else start
#                        Keycloak and import deploy/keycloak/meridian-realm.json
#   keycloak.sh stop     stop Keycloak only if this script started it
#   keycloak.sh status
#
# Local development only: the bootstrap admin is admin/admin and the realm's client secrets are
# dev values (see deploy/keycloak/meridian-realm.json).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION=26.5.6
HOST=127.0.0.1
PORT=8180
BASE_URL="http://$HOST:$PORT"
REALM=meridian
REALM_URL="$BASE_URL/realms/$REALM"
REALM_JSON="$REPO_ROOT/deploy/keycloak/meridian-realm.json"
KC_DIR="$STATE_DIR/keycloak"
KC_HOME="$KC_DIR/keycloak-$KC_VERSION"
LOG_FILE="$KC_DIR/keycloak.log"
# Checksum of the realm JSON that the H2 database was seeded from (see reset_if_realm_changed).
REALM_MARKER="$KC_DIR/realm.sha256"
# Keycloak's default heap is a share of RAM (70% of 24 GiB here); keep it modest, tests run beside it.
HEAP_OPTS="${MERIDIAN_KEYCLOAK_HEAP_OPTS:--Xms64m -Xmx512m}"

fetch() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    log "Keycloak $KC_VERSION already in $KC_HOME"
    return 0
  fi
  log "downloading keycloak-quarkus-dist $KC_VERSION (~160 MiB) from Maven Central"
  mkdir -p "$KC_DIR/dist"
  # Run from a folder without a pom.xml: dependency:copy needs no project, and the repo's root
  # POM (a multi-module build) must not be loaded for this.
  (cd "$KC_DIR" && mvn_cmd -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$KC_DIR/dist")
  log "unpacking into $KC_DIR"
  unzip -q -o "$KC_DIR/dist/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$KC_DIR"
  # The zip stays in ~/.m2; no need for a second copy here.
  rm -f "$KC_DIR/dist/keycloak-quarkus-dist-$KC_VERSION.zip"
  [[ -x "$KC_HOME/bin/kc.sh" ]] || die "unexpected archive layout: $KC_HOME/bin/kc.sh missing"
}

realm_up() { curl -fs -o /dev/null --max-time 3 "$REALM_URL/.well-known/openid-configuration"; }

# --import-realm never overwrites an existing realm. When the realm JSON changed since the
# dev database was seeded, drop the dev database (H2, local only) so the new JSON is imported.
reset_if_realm_changed() {
  local sum
  sum="$(sha256sum "$REALM_JSON" | cut -d ' ' -f 1)"
  if [[ -d "$KC_HOME/data/h2" && -f "$REALM_MARKER" && "$(cat "$REALM_MARKER")" != "$sum" ]]; then
    log "realm JSON changed since the last import; resetting the dev database"
    rm -rf "$KC_HOME/data/h2"
  fi
  printf '%s\n' "$sum" >"$REALM_MARKER"
}

start() {
  local pid
  if pid="$(owned_pid keycloak)"; then
    log "Keycloak already running (pid $pid, started by these scripts)"
    wait_for --pid "$pid" --log "$LOG_FILE" "realm $REALM at $REALM_URL" 300 realm_up ||
      die "Keycloak did not come up; see $LOG_FILE"
  elif realm_up; then
    log "Keycloak with realm $REALM already answers at $BASE_URL; reusing it"
  else
    port_open "$HOST" "$PORT" && die "port $PORT is taken by something that does not serve realm $REALM"
    fetch
    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_JSON" "$KC_HOME/data/import/"
    reset_if_realm_changed
    printf '=== %s start\n' "$(date -Is)" >>"$LOG_FILE"
    # --hostname pins the token issuer (else it follows the Host header of each request).
    # kc.sh may run java as a child process; start_owned gives it its own process group.
    JAVA_HOME="$(meridian_java_home)" \
      JAVA_OPTS_KC_HEAP="$HEAP_OPTS" \
      KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      start_owned keycloak "$LOG_FILE" "$KC_HOME/bin/kc.sh" start-dev \
      --http-port="$PORT" --http-host="$HOST" --hostname="$BASE_URL" --import-realm
    log "started Keycloak (pid $STARTED_PID, log $LOG_FILE); the first start after a fetch also builds it"
    wait_for --pid "$STARTED_PID" --log "$LOG_FILE" "realm $REALM at $REALM_URL" 300 realm_up ||
      die "Keycloak did not come up; see $LOG_FILE"
  fi
  log "Keycloak ready: issuer $REALM_URL (admin console $BASE_URL/admin, admin/admin)"
}

status() {
  local pid
  if pid="$(owned_pid keycloak)"; then
    log "Keycloak: running at $BASE_URL (pid $pid, RSS $(group_rss_mib "$pid") MiB, started by these scripts)"
  elif realm_up; then
    log "Keycloak: running at $BASE_URL (not started by these scripts)"
  else
    log "Keycloak: not running"
    return 1
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop_owned keycloak 30 ;;
  status) status ;;
  *) die "usage: $0 fetch|start|stop|status" ;;
esac
