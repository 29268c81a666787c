#!/usr/bin/env bash
# Quote benchmark: a 10-line cart at 64 connections, with /q/health/live in the same run as the ceiling.
# Needs a running compliance-service (default http://127.0.0.1:8085) and Keycloak for the token.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BASE:-http://127.0.0.1:8085}"
KC="${MERIDIAN_KEYCLOAK_URL:-http://127.0.0.1:8180}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
export TOKEN="${TOKEN:-$(curl -fsS -d grant_type=client_credentials -d client_id=erp-integration \
  -d client_secret=erp-integration-dev-secret "$KC/realms/meridian/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')}"

curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data @quote-10-lines.json "$BASE/v1/quotes" || { echo "quote request fails; is the service up?"; exit 1; }

echo "== warm-up (10s, discarded)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s quote.lua "$BASE/v1/quotes" >/dev/null
echo "== ceiling: GET /q/health/live"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/q/health/live"
echo "== POST /v1/quotes (10 lines)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s quote.lua "$BASE/v1/quotes"
