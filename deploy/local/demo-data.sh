#!/usr/bin/env bash
# Loads demo data into the running services through their public admin APIs (never into their databases
# directly), with a token of the demo user "admin". Safe to run again: catalog seeding is idempotent by SKU,
# SKU registration is a PUT, and the stock feed carries sequence numbers (an older feed never wins).
#   MERIDIAN_DEMO_PRODUCTS (default 24) products × MERIDIAN_DEMO_VARIANTS (default 3) colour variants,
#   published in the EU, UK, US, JP and AU markets; stock at the origin (PT) and in the German warehouse.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KEYCLOAK="${MERIDIAN_KEYCLOAK_URL:-http://127.0.0.1:8180}"
CATALOG="${MERIDIAN_CATALOG_URL:-http://127.0.0.1:8081}"
FULFILLMENT="${MERIDIAN_FULFILLMENT_URL:-http://127.0.0.1:8084}"
PRODUCTS="${MERIDIAN_DEMO_PRODUCTS:-24}"
VARIANTS="${MERIDIAN_DEMO_VARIANTS:-3}"
COLORS=(red blue green black white)

token() {
  curl -fsS -d grant_type=password -d client_id=storefront -d username="$1" -d password="$2" \
    "$KEYCLOAK/realms/meridian/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# call METHOD URL [curl args...]: fails loudly on a non-2xx answer.
call() {
  local method="$1" url="$2" status key=()
  shift 2
  # Every creating POST takes an Idempotency-Key (docs/api-guide.md); a fresh one per call.
  [[ "$method" == POST ]] && key=(-H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)")
  status="$(curl -sS -o "$STATE_DIR/demo-last-response.json" -w '%{http_code}' -X "$method" "$url" \
    -H "Authorization: Bearer $TOKEN" "${key[@]}" "$@")"
  [[ "$status" == 2* ]] || die "$method $url answered HTTP $status: $(head -c 400 "$STATE_DIR/demo-last-response.json")"
}

mkdir -p "$STATE_DIR"
TOKEN="$(token admin admin)"

if port_open 127.0.0.1 8081; then
  log "catalog: seeding $PRODUCTS products × $VARIANTS variants in EU, UK, US, JP, AU"
  call POST "$CATALOG/v1/admin/demo-data?products=$PRODUCTS&variants=$VARIANTS"
  log "catalog: $(cat "$STATE_DIR/demo-last-response.json")"
fi

if port_open 127.0.0.1 8084; then
  log "fulfillment: registering SKUs and loading a stock feed"
  feed="$STATE_DIR/demo-stock.ndjson"
  : >"$feed"
  sequence="$(date +%s)"
  for ((i = 0; i < PRODUCTS; i++)); do
    for ((v = 0; v < VARIANTS; v++)); do
      sku="DEMO-$i-${COLORS[$v]}"
      call PUT "$FULFILLMENT/v1/admin/skus/$sku" -H 'Content-Type: application/json' \
        -d "{\"weightGrams\":$((250 + 50 * v)),\"hsCode\":\"611710\",\"originCountry\":\"IT\",\"description\":\"Knitted accessory\"}"
      printf '{"sku":"%s","location":"ORIGIN-PT","onHand":%d,"sequence":%d}\n' "$sku" $((20 + i % 7)) "$sequence" >>"$feed"
      # Every other product is also stocked in the German warehouse, so EU orders route locally.
      if ((i % 2 == 0)); then
        printf '{"sku":"%s","location":"WH-DE","onHand":%d,"sequence":%d}\n' "$sku" $((i % 5)) "$sequence" >>"$feed"
      fi
    done
  done
  call POST "$FULFILLMENT/v1/admin/stock/feeds" -H 'Content-Type: application/x-ndjson' --data-binary "@$feed"
  log "fulfillment: stock feed accepted: $(head -c 300 "$STATE_DIR/demo-last-response.json")"
fi
log "demo data loaded"
