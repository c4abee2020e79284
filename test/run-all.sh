#!/usr/bin/env bash
# All of Katib's tests, in the order that fails fastest: types, unit/golden/corpus/CLI tests, builds.
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
step build-chrome npx wxt build
step build-firefox npx wxt build -b firefox
echo "All tests passed."
