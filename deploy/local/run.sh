#!/usr/bin/env bash
# Brings up the whole suite locally: infrastructure, every service built so far, demo data; then prints
# where everything is. `run.sh --stop` stops what it started.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HERE="$REPO_ROOT/deploy/local"
JAVA_HOME="$(meridian_java_home)" || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

if [[ "${1:-}" == --stop ]]; then
  "$HERE/services.sh" stop
  "$HERE/infra.sh" down
  exit 0
fi

start=$SECONDS
"$HERE/infra.sh" up

log "building the services (tests are run by ./meridian test)"
(cd "$REPO_ROOT" && mvn_cmd -B -ntp -q package -DskipTests)

"$HERE/services.sh" start
"$HERE/demo-data.sh"

urls=""
for entry in $("$HERE/services.sh" list); do
  name="${entry%%:*}" port="${entry##*:}"
  urls+="$(printf '  %-20s http://127.0.0.1:%s   Swagger UI http://127.0.0.1:%s/q/swagger-ui   OpenAPI /q/openapi\n' \
    "$name" "$port" "$port")"$'\n'
done

cat <<INFO

Meridian is running (ready in $((SECONDS - start))s).

Services
${urls}
Try it (public storefront reads need no token)
  curl -s 'http://127.0.0.1:8081/v1/markets/EU/products?locale=de&limit=3'
  curl -s 'http://127.0.0.1:8081/v1/markets/JP/products?locale=ja&q=scarf&limit=3'
  curl -s -X POST http://127.0.0.1:8084/v1/shipping-quotes -H 'Content-Type: application/json' \\
       -d '{"market":"DE","destinationCountry":"DE","weightGrams":800,"orderValue":{"currency":"EUR","amount":"42.00"}}'
  curl -s -X POST http://127.0.0.1:8085/v1/quotes -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
       -d @bench/compliance/quote-10-lines.json        (TOKEN of user admin, see below)

Identity (Keycloak)   http://127.0.0.1:8180/admin   (console: admin / admin)
  token URL           http://127.0.0.1:8180/realms/meridian/protocol/openid-connect/token
  demo logins (client "storefront", password grant; password = user name):
    editor (catalog-editor)   admin (merchant-admin + all staff roles)   orders (order-manager)
    compliance (compliance-officer)   customer, customer2 (customer)
  service account     erp-integration / erp-integration-dev-secret (role integration)
  e.g. TOKEN=\$(curl -s -d grant_type=password -d client_id=storefront -d username=editor -d password=editor \\
         http://127.0.0.1:8180/realms/meridian/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')

Infrastructure        PostgreSQL 127.0.0.1:5432 · Kafka 127.0.0.1:9092 · Keycloak 127.0.0.1:8180
Logs                  $STATE_DIR/services/*.log
Stop                  ./meridian stop
INFO
