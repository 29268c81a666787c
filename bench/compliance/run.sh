#!/usr/bin/env bash
# Quote benchmark: a 10-line cart at 16 and 64 connections, each next to /q/health/live (the ceiling of this
# JVM and machine) in the same run. Needs a running compliance-service (default http://127.0.0.1:8085) and
# Keycloak for the token. Prints the load average before and after, since the machine is shared.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BASE:-http://127.0.0.1:8085}"
KC="${MERIDIAN_KEYCLOAK_URL:-http://127.0.0.1:8180}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16 64}"
export TOKEN="${TOKEN:-$(curl -fsS -d grant_type=client_credentials -d client_id=erp-integration \
  -d client_secret=erp-integration-dev-secret "$KC/realms/meridian/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')}"

curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data @quote-10-lines.json "$BASE/v1/quotes" || { echo "quote request fails; is the service up?"; exit 1; }

summary() { grep -E "Requests/sec|Latency  | 50%| 99%|Non-2xx|Socket errors"; }
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== warm-up (10s, discarded)"
wrk -t"$THREADS" -c64 -d10s -s quote.lua "$BASE/v1/quotes" >/dev/null
for c in $CONNECTIONS; do
  echo "== ceiling: GET /q/health/live, $c connections"
  wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency "$BASE/q/health/live" | summary
  echo "== POST /v1/quotes (10 lines), $c connections"
  wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency -s quote.lua "$BASE/v1/quotes" | summary
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
