#!/usr/bin/env bash
# Lints the OpenAPI document every built service exported at build time (target/openapi/openapi.yaml)
# with Spectral (spectral:oas ruleset, .spectral.yaml), and copies it to docs/openapi/<service>.yaml.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SPECTRAL_VERSION=6.16.3
TOOLS="$STATE_DIR/tools"
SPECTRAL="$TOOLS/node_modules/.bin/spectral"

command -v npm >/dev/null 2>&1 || die "npm is needed to lint the OpenAPI documents (Node.js 18+)"
if [[ ! -x "$SPECTRAL" ]]; then
  log "installing @stoplight/spectral-cli@$SPECTRAL_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "@stoplight/spectral-cli@$SPECTRAL_VERSION" >/dev/null
fi

mkdir -p "$REPO_ROOT/docs/openapi"
found=0
for doc in "$REPO_ROOT"/*-service/target/openapi/openapi.yaml; do
  [[ -f "$doc" ]] || continue
  found=$((found + 1))
  service="$(basename "$(dirname "$(dirname "$(dirname "$doc")")")")"
  log "linting $service"
  "$SPECTRAL" lint --ruleset "$REPO_ROOT/.spectral.yaml" --fail-severity warn "$doc"
  cp "$doc" "$REPO_ROOT/docs/openapi/$service.yaml"
done
((found > 0)) || die "no exported OpenAPI documents found; build the services first"
log "$found OpenAPI document(s) lint clean"
