#!/usr/bin/env bash
# The end-to-end runs in real browsers, on the builds in .output/ (made by `npm test` before this, or by
# `npm run build && npm run build:firefox`). Screenshots and step timings go to shots/.
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tsx test/e2e/chromium.e2e.ts
npx tsx test/e2e/firefox.e2e.ts
