// Reads vitest's JSON report and, when present, Bun's JUnit report beside it (`.bun-results.xml`, written
// by scripts/bun-tests.ts with its exit status in `.bun-status`), and prints the totals:
// `Tests: N passed, N failed` (or `N N` with --counts).
// A test file that fails to load has no failed tests of its own; it counts as one failure. So does a Bun
// run that exited non-zero without a failed test in its report (a crash, an error between tests).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

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
const bun = bunCounts(dirname(file))
const passed = (report.numPassedTests ?? 0) + bun.passed
const failed = (report.numFailedTests ?? 0) + brokenFiles + bun.failed
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) + bun.skipped
if (countsOnly) console.log(`${passed} ${failed}`)
else {
  const bunPart = bun.ran ? ` (Bun: ${bun.passed} passed, ${bun.failed} failed)` : ''
  console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${bunPart}`)
}

function bunCounts(folder) {
  const none = { ran: false, passed: 0, failed: 0, skipped: 0 }
  const statusPath = join(folder, '.bun-status')
  if (!existsSync(statusPath)) return none
  const status = Number(readFileSync(statusPath, 'utf8').trim())
  const reportPath = join(folder, '.bun-results.xml')
  const xml = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : ''
  const root = /<testsuites\b([^>]*)>/.exec(xml)?.[1] ?? ''
  const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(root)?.[1] ?? 0)
  const tests = count('tests')
  const skipped = count('skipped')
  let failed = count('failures')
  if (status !== 0 && failed === 0) failed = 1
  return { ran: true, passed: Math.max(0, tests - failed - skipped), failed, skipped }
}
