#!/usr/bin/env bash
# Lints koop's OpenAPI document as the build wrote it, with Redocly CLI (its recommended rules, redocly.yaml)
# and Spectral (spectral:oas, .spectral.yaml), both as package-lock.json pins them; fails on any error.
# The warnings left are explained in the README (section "The OpenAPI document").
#   bash tools/openapi/lint.sh [document]   (default: the one the last Maven build wrote)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
document="$(realpath "${1:-$here/../../adapters/http/target/classes/META-INF/swagger/koop-1.0.yml}")"
[ -f "$document" ] || { echo "no OpenAPI document at $document: build first (./mvnw -pl adapters/http -am process-classes)" >&2; exit 1; }
cd "$here"
# no usage reports or update checks: the only network here is the package registries
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
# installs the pinned tools once; again only when the lock file changed
if ! cmp -s package-lock.json node_modules/.koop-installed-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
  cp package-lock.json node_modules/.koop-installed-lock
fi
echo "Redocly CLI $(npx --no-install redocly --version 2>/dev/null | tail -n1): $document"
npx --no-install redocly lint --config redocly.yaml --format=summary "$document"
echo "Spectral $(npx --no-install spectral --version): spectral:oas"
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity=error "$document"
