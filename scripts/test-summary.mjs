// Reads vitest's JSON report and prints the totals: `Tests: N passed, N failed` (or `N N` with --counts).
// A test file that fails to load has no failed tests of its own; it counts as one failure.
import { readFileSync } from 'node:fs'

const args = process.argv.slice(2)
const countsOnly = args.includes('--counts')
const file = args.find((arg) => !arg.startsWith('--')) ?? '.vitest-results.json'
let report
try {
  report = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.error(`No vitest report at ${file}: ${error.message}`)
  process.exit(1)
}
const brokenFiles = (report.testResults ?? []).filter(
  (suite) =>
    suite.status === 'failed' && !(suite.assertionResults ?? []).some((test) => test.status === 'failed'),
).length
const passed = report.numPassedTests ?? 0
const failed = (report.numFailedTests ?? 0) + brokenFiles
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
if (countsOnly) console.log(`${passed} ${failed}`)
else console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
