#!/usr/bin/env bash
# Catalog storefront benchmark: product-by-handle (over many handles), a list page of 24, a search — each at
# 16 and 64 connections for $DURATION — with the same service's /q/health/live in the same run as the ceiling.
#
# Reproduce: catalog running on :8081 from its packaged jar, seeded with 10k products × 3 variants in 5 markets:
#   TOKEN=<admin token>; curl -X POST -H "Authorization: Bearer $TOKEN" \
#     'http://127.0.0.1:8081/v1/admin/demo-data?products=10000&variants=3'
# then: bench/catalog/run.sh   (writes a markdown table to stdout)
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8081}
DURATION=${DURATION:-20s}
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Up to 2,000 handles from the EU list (cursor pagination), so reads spread over many rows.
cursor=""
: >"$WORK/handles.txt"
for _ in $(seq 1 20); do
  page="$(curl -fsS "$BASE/v1/markets/EU/products?locale=de&limit=100${cursor:+&cursor=$cursor}")"
  grep -o '"handle":"[^"]*"' <<<"$page" | sed 's/"handle":"\(.*\)"/\1/' >>"$WORK/handles.txt"
  cursor="$(sed -n 's/.*"next":"\([^"]*\)".*/\1/p' <<<"$page")"
  [[ -n "$cursor" ]] || break
done
export HANDLES_FILE="$WORK/handles.txt"
echo "handles: $(wc -l <"$WORK/handles.txt"), load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

# run NAME CONNECTIONS wrk-args... -> "rps p50 p99" (ms)
measure() {
  local out rps p50 p99
  out="$(wrk -t2 -c"$1" -d"$DURATION" --latency "${@:2}")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  if grep -q "Non-2xx" <<<"$out"; then echo "WARNING: $(grep Non-2xx <<<"$out")" >&2; fi
  echo "$rps $p50 $p99"
}

echo
echo "| connections | endpoint | req/s | p50 | p99 | share of ceiling |"
echo "|---|---|---|---|---|---|"
for c in 16 64; do
  read -r crps c50 c99 <<<"$(measure "$c" "$BASE/q/health/live")"
  echo "| $c | /q/health/live (ceiling) | $crps | $c50 | $c99 | 100% |"
  for target in "product by handle|-s $HERE/handles.lua $BASE" \
    "list of 24|$BASE/v1/markets/EU/products?locale=de&limit=24" \
    "search|$BASE/v1/markets/EU/products?locale=de&q=schal&limit=24"; do
    name="${target%%|*}"
    # shellcheck disable=SC2086
    read -r rps p50 p99 <<<"$(measure "$c" ${target#*|})"
    share="$(awk -v a="$rps" -v b="$crps" 'BEGIN {printf "%.0f%%", 100 * a / b}')"
    echo "| $c | $name | $rps | $p50 | $p99 | $share |"
  done
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
