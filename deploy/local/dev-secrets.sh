# shellcheck shell=bash
# Secrets for the LOCAL stack only (./meridian run starts the packaged services in the prod profile, where no
# secret has a default: issue 9, item 5). Production passes its own through the environment or a secret store
# (docs/runbooks); none of these values may be used anywhere but on a developer's machine.
# A value already in the environment wins.
: "${CATALOG_DB_PASSWORD:=catalog}"
: "${CHECKOUT_DB_PASSWORD:=checkout}"
: "${PAYMENT_DB_PASSWORD:=payment}"
: "${FULFILLMENT_DB_PASSWORD:=fulfillment}"
: "${COMPLIANCE_DB_PASSWORD:=compliance}"
: "${WEBHOOK_DB_PASSWORD:=webhook}"
: "${SIMPOST_WEBHOOK_SECRET:=whsec_c2ltcG9zdC1kZXYtc2VjcmV0LWZvci13ZWJob29rcw==}"
: "${SIMEXPRESS_WEBHOOK_SECRET:=whsec_c2ltZXhwcmVzcy1kZXYtc2VjcmV0LWZvci13ZWJob29rcw==}"
: "${SIMLOCAL_WEBHOOK_SECRET:=whsec_c2ltbG9jYWwtZGV2LXNlY3JldC1mb3Itd2ViaG9va3M=}"
: "${MERIDIAN_SERVICES_SECRET:=meridian-services-dev-secret}"
export CATALOG_DB_PASSWORD CHECKOUT_DB_PASSWORD PAYMENT_DB_PASSWORD FULFILLMENT_DB_PASSWORD COMPLIANCE_DB_PASSWORD \
  WEBHOOK_DB_PASSWORD SIMPOST_WEBHOOK_SECRET SIMEXPRESS_WEBHOOK_SECRET SIMLOCAL_WEBHOOK_SECRET \
  MERIDIAN_SERVICES_SECRET

# The local stack is a demo: catalog's demo-data endpoint is on here and nowhere else (off in prod by default).
: "${CATALOG_DEMO_DATA:=true}"
export CATALOG_DEMO_DATA
