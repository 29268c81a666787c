#!/usr/bin/env bash
# Start, stop or show Meridian's services as plain JVM processes (packaged Quarkus apps).
#   services.sh start|stop|status
# A service whose port already answers is reused and left alone.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=dev-secrets.sh
source "$(dirname "${BASH_SOURCE[0]}")/dev-secrets.sh"

# name:port, in the order the architecture lists them; modules that do not exist yet are skipped.
SERVICES=(catalog-service:8081 checkout-service:8082 payment-service:8083 fulfillment-service:8084
  compliance-service:8085 webhook-service:8086)

built_services() {
  local entry name
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    [[ -f "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" ]] && printf '%s\n' "$entry"
  done
  return 0
}

ready() { curl -fsS "http://127.0.0.1:$1/q/health/ready" >/dev/null; }

start() {
  local entry name port log
  for entry in $(built_services); do
    name="${entry%%:*}" port="${entry##*:}"
    if port_open 127.0.0.1 "$port"; then
      log "$name: port $port already in use; reusing what answers there"
      continue
    fi
    log="$STATE_DIR/services/$name.log"
    start_owned "$name" "$log" "$JAVA_HOME/bin/java" -Xmx384m -XX:+UseSerialGC \
      -Dquarkus.http.host=127.0.0.1 -jar "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar"
    wait_for --pid "$STARTED_PID" --log "$log" "$name on :$port" 120 ready "$port"
    log "$name: up in ${WAIT_ELAPSED}s, RSS $(group_rss_mib "$STARTED_PID") MiB, log $log"
  done
}

stop() {
  local entry
  for entry in "${SERVICES[@]}"; do
    stop_owned "${entry%%:*}" 20
  done
}

status() {
  local entry name port pid
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}" port="${entry##*:}"
    [[ -d "$REPO_ROOT/$name" ]] || continue
    if pid="$(owned_pid "$name")"; then
      log "$name: running (pid $pid, RSS $(group_rss_mib "$pid") MiB) on :$port"
    elif port_open 127.0.0.1 "$port"; then
      log "$name: something else answers on :$port"
    else
      log "$name: not running"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  list) built_services ;;
  *) die "usage: $0 start|stop|status|list" ;;
esac
