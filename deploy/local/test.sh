#!/usr/bin/env bash
# Runs every test of every module. Tests need PostgreSQL (a throwaway database per test JVM), the Kafka
# jars (each test JVM runs its own broker process) and Keycloak (real tokens); this starts what is
# missing and, unless MERIDIAN_KEEP_INFRA=1, stops afterwards only what it started.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HERE="$REPO_ROOT/deploy/local"
JAVA_HOME="$(meridian_java_home)" || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

keycloak_was_ours=false
owned_pid keycloak >/dev/null 2>&1 && keycloak_was_ours=true

cleanup() {
  if [[ "${MERIDIAN_KEEP_INFRA:-0}" != 1 && "$keycloak_was_ours" == false ]]; then
    "$HERE/keycloak.sh" stop || true
  fi
}
trap cleanup EXIT

start=$SECONDS
"$HERE/postgres.sh" start
"$HERE/kafka.sh" fetch
"$HERE/keycloak.sh" start
log "infrastructure ready in $((SECONDS - start))s; running the test suite"

cd "$REPO_ROOT"
[[ -f "$STATE_DIR/tools/node_modules/standardwebhooks/package.json" ]] || npm install --silent --no-audit --no-fund --prefix "$STATE_DIR/tools" standardwebhooks@1.1.1 >/dev/null  # the reference verifier webhook-service's acceptance test runs with node
mvn_cmd -B -ntp verify "$@"
"$HERE/lint-openapi.sh"
log "all tests passed in $((SECONDS - start))s"
