#!/usr/bin/env bash
# The test command behind `pnpm test`: every project's tests in one vitest run (one shared DynamoDB Local),
# then the Bun tests (the bun-query-builder driver needs Bun's runtime), then one summary line with the
# totals of both.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f .vitest-results.json .bun-results.xml .bun-status
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results.json "$@"
status=$?
# Filtered runs (`run-tests.sh --project orm`) are about vitest projects; the Bun half runs on full runs only.
if [ "$#" -eq 0 ]; then
  npx tsx scripts/bun-tests.ts || status=1
fi
node scripts/test-summary.mjs .vitest-results.json || status=1
exit $status
