#!/usr/bin/env bash
# All of Katib's tests, in the order that fails fastest: types, unit/golden/corpus/CLI tests, builds and
# packages, the Firefox linter, then the end-to-end runs in real Chromium and Firefox.
# Used by `npm test` and by .ci/run. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 FORCE_COLOR=0

step() {
  local name=$1; shift
  local start=$(date +%s)
  echo "=== $name"
  "$@"
  echo "=== $name: ok ($(( $(date +%s) - start )) s)"
}

step typecheck npx tsc --noEmit
step vitest npx vitest run
step zip-chrome npx wxt zip
step zip-firefox npx wxt zip -b firefox
step lint-firefox npx web-ext lint --source-dir .output/firefox-mv3 --no-input
step e2e-chromium npx tsx test/e2e/chromium.e2e.ts
step e2e-firefox npx tsx test/e2e/firefox.e2e.ts
echo "All tests passed."
