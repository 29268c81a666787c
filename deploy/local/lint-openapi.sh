#!/usr/bin/env bash
# Lints the OpenAPI document every built service exported at build time (target/openapi/openapi.yaml)
# with Spectral (spectral:oas ruleset, .spectral.yaml; OWASP API Security ruleset, .spectral-owasp.yaml) and
# copies it to docs/openapi/<service>.yaml.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SPECTRAL_VERSION=6.16.3
OWASP_RULESET_VERSION=2.0.1
TOOLS="$STATE_DIR/tools"
SPECTRAL="$TOOLS/node_modules/.bin/spectral"

command -v npm >/dev/null 2>&1 || die "npm is needed to lint the OpenAPI documents (Node.js 18+)"
OWASP="$TOOLS/node_modules/@stoplight/spectral-owasp-ruleset/package.json"
if [[ ! -x "$SPECTRAL" || ! -f "$OWASP" ]]; then
  log "installing @stoplight/spectral-cli@$SPECTRAL_VERSION and the OWASP ruleset $OWASP_RULESET_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "@stoplight/spectral-cli@$SPECTRAL_VERSION" \
    "@stoplight/spectral-owasp-ruleset@$OWASP_RULESET_VERSION" >/dev/null
fi

mkdir -p "$REPO_ROOT/docs/openapi"
found=0
for doc in "$REPO_ROOT"/*-service/target/openapi/openapi.yaml; do
  [[ -f "$doc" ]] || continue
  found=$((found + 1))
  service="$(basename "$(dirname "$(dirname "$(dirname "$doc")")")")"
  log "linting $service"
  "$SPECTRAL" lint --ruleset "$REPO_ROOT/.spectral.yaml" --fail-severity warn "$doc"
  log "checking $service against the OWASP API Security ruleset (errors fail, warnings are reported)"
  (cd "$REPO_ROOT" && "$SPECTRAL" lint --ruleset .spectral-owasp.yaml --fail-severity error --display-only-failures "$doc" \
    | tail -n 3)
  cp "$doc" "$REPO_ROOT/docs/openapi/$service.yaml"
done
((found > 0)) || die "no exported OpenAPI documents found; build the services first"
log "$found OpenAPI document(s) lint clean"
