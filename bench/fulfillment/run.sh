#!/usr/bin/env bash
# Runs the fulfillment benchmark against a running service (default http://127.0.0.1:8084).
#   TOKEN=<bearer with role integration> bench/fulfillment/run.sh
# Needs: wrk, psql access to the service database (seed.sql), a token (see README).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
URL="${URL:-http://127.0.0.1:8084}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PGURL="${PGURL:-postgresql://fulfillment:fulfillment@127.0.0.1:5432/fulfillment}"

psql -q "$PGURL" -f "$HERE/seed.sql"
run() { echo "== $1"; shift; wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | grep -E "Requests/sec|Non-2xx|p50|Latency  "; }
run "ceiling: GET /q/health/live" -s "$HERE/ceiling.lua" "$URL/q/health/live"
run "reservations, one hot SKU" -s "$HERE/reserve-hot.lua" "$URL"
run "reservations, 1k SKUs" -s "$HERE/reserve-spread.lua" "$URL"
run "shipping quotes" -s "$HERE/quote.lua" "$URL"
run "ceiling again: GET /q/health/live" -s "$HERE/ceiling.lua" "$URL/q/health/live"
