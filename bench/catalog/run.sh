#!/usr/bin/env bash
# Reproduce: catalog running on :8081 (java -jar catalog-service/target/quarkus-app/quarkus-run.jar), seeded with
#   curl -X POST -H "Authorization: Bearer $ADMIN_TOKEN" 'http://127.0.0.1:8081/v1/admin/demo-data?products=10000&variants=3'
# then: bench/catalog/run.sh
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8081}
HANDLE=$(curl -s "$BASE/v1/markets/EU/products?locale=de&limit=1" | sed -E 's/.*"handle":"([^"]+)".*/\1/')
export HANDLE
for c in 16 64; do
  echo "== $c connections"
  wrk -t2 -c$c -d20s --latency "$BASE/q/health/live" | grep -E "Requests/sec|50%|99%"
  wrk -t2 -c$c -d20s --latency -s "$(dirname "$0")/product.lua" "$BASE" | grep -E "Requests/sec|50%|99%"
  wrk -t2 -c$c -d20s --latency "$BASE/v1/markets/EU/products?locale=de&limit=24" | grep -E "Requests/sec|50%|99%"
  wrk -t2 -c$c -d20s --latency "$BASE/v1/markets/EU/products?locale=de&q=merino%20schal&limit=24" | grep -E "Requests/sec|50%|99%"
done
