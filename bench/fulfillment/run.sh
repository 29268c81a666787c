#!/usr/bin/env bash
# Runs the fulfillment benchmark against a running service (default http://127.0.0.1:8084), at 16 and 64
# connections, each scenario next to /q/health/live (the ceiling of this JVM and machine) in the same run.
#   TOKEN=<bearer with role integration> bench/fulfillment/run.sh
# Needs: wrk, psql access to the service database (seed.sql), a token (see README).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
URL="${URL:-http://127.0.0.1:8084}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16 64}"
PGURL="${PGURL:-postgresql://fulfillment:fulfillment@127.0.0.1:5432/fulfillment}"

psql -q "$PGURL" -f "$HERE/seed.sql"
run() { local c=$1; shift; echo "== $1, $c connections"; shift
  wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency "$@" | grep -E "Requests/sec|Non-2xx|p50"; }
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in $CONNECTIONS; do
  run "$c" "ceiling: GET /q/health/live" -s "$HERE/ceiling.lua" "$URL/q/health/live"
  run "$c" "reservations, one hot SKU" -s "$HERE/reserve-hot.lua" "$URL"
  run "$c" "reservations, 1k SKUs" -s "$HERE/reserve-spread.lua" "$URL"
  run "$c" "shipping quotes" -s "$HERE/quote.lua" "$URL"
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
