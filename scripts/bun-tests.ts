/**
 * The Bun half of the test command: the driver's tests (and the bun-query-builder example) need Bun's
 * runtime, so they run under `bun test` after vitest, against DYNAMODB_ENDPOINT or a DynamoDB Local
 * started here (and stopped after). Bun writes a JUnit report; the exit status goes beside it, so
 * scripts/test-summary.mjs can add Bun's counts to the totals and count a crashed run as a failure.
 */
import { spawn } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startDynamoDBLocal } from '../packages/local/src/index'

const root = fileURLToPath(new URL('..', import.meta.url))
const bun = `${root}packages/driver/node_modules/.bin/bun`
const report = `${root}.bun-results.xml`
const statusFile = `${root}.bun-status`
const testDirs = ['./packages/driver/test-bun', './examples/bun-query-builder/test-bun'].filter((dir) =>
  existsSync(`${root}${dir.slice(2)}`),
)

rmSync(report, { force: true })
rmSync(statusFile, { force: true })

const external = process.env.DYNAMODB_ENDPOINT
const local = external ? undefined : await startDynamoDBLocal({ inMemory: true })
let status = 1
try {
  status = await run(bun, [
    'test',
    '--timeout=30000',
    '--reporter=junit',
    `--reporter-outfile=${report}`,
    ...testDirs,
  ])
} finally {
  await local?.stop()
  writeFileSync(statusFile, `${status}\n`)
}
process.exit(status)

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DYNAMODB_ENDPOINT: external ?? local?.endpoint },
    })
    child.on('error', (error) => {
      console.error(`bun test could not start: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}
