#!/usr/bin/env bash
# The test command behind `pnpm test`: every project's tests in one vitest run (one shared DynamoDB Local),
# then one summary line with the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f .vitest-results.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results.json "$@"
status=$?
node scripts/test-summary.mjs .vitest-results.json || status=1
exit $status
