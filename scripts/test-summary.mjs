// Reads vitest's JSON report and prints the totals as one plain line: `Tests: N passed, N failed`.
import { readFileSync } from 'node:fs'

const file = process.argv[2] ?? '.vitest-results.json'
let report
try {
  report = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.error(`No vitest report at ${file}: ${error.message}`)
  process.exit(1)
}
const passed = report.numPassedTests ?? 0
const failed =
  (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(report)
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)

// A suite that fails to load has no failed tests of its own: count it once, but don't double-count suites
// whose failure is just their failing tests.
function countSuitesWithFailedTests(r) {
  return (r.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length
}
