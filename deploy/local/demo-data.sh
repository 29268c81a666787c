#!/usr/bin/env bash
# Loads demo data into the running services through their public admin APIs (never into their databases
# directly), with a token of the demo user "admin". Safe to run again: every call is idempotent.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KEYCLOAK="${MERIDIAN_KEYCLOAK_URL:-http://127.0.0.1:8180}"
CATALOG="${MERIDIAN_CATALOG_URL:-http://127.0.0.1:8081}"

token() {
  curl -fsS -d grant_type=password -d client_id=storefront -d username="$1" -d password="$2" \
    "$KEYCLOAK/realms/meridian/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

TOKEN="$(token admin admin)"

# Products: a fixed set, keyed by SKU, with deterministic idempotency keys so a re-run replays.
create_product() {
  local sku="$1" en="$2" de="$3" amount="$4" status
  status="$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$CATALOG/v1/admin/products" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: demo-$sku" \
    -d "{\"sku\":\"$sku\",\"title\":{\"en\":\"$en\",\"de\":\"$de\"},\"price\":{\"currency\":\"EUR\",\"amount\":\"$amount\"},\"status\":\"ACTIVE\"}")"
  case "$status" in
    201 | 409) ;;
    *) die "creating $sku answered HTTP $status" ;;
  esac
}

if port_open 127.0.0.1 8081; then
  create_product DEMO-SCARF-1 "Merino scarf" "Merinoschal" 59.90
  create_product DEMO-MUG-1 "Stoneware mug" "Steingutbecher" 18.00
  create_product DEMO-LAMP-1 "Desk lamp" "Schreibtischlampe" 89.00
  log "catalog demo data loaded"
fi
