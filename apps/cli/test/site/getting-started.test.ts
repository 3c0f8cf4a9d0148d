import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { guideSteps } from './support/guide-steps'

/**
 * Follows docs/guide/getting-started.md verbatim in an empty folder. Two departures, both forced by
 * the test machine: `npm install` of the (unpublished) packages links the workspace builds instead, and
 * DBTOOLING_LOCAL_PORT / DBTOOLING_ENDPOINT move the guide's DynamoDB Local off port 8000, where the shared
 * one for the test run listens.
 */
const repo = fileURLToPath(new URL('../../../../', import.meta.url))
const guide = readFileSync(join(repo, 'docs/guide/getting-started.md'), 'utf8')
const root = mkdtempSync(join(tmpdir(), 'dbtooling-getting-started-'))
let cwd = root
let env: NodeJS.ProcessEnv = {}

afterAll(() => {
  // A failed step must not leave the detached DynamoDB Local running.
  spawnSync('sh', ['-c', 'npx dbtooling stop'], { cwd, env, encoding: 'utf8' })
})

describe('the getting-started guide', () => {
  it('runs verbatim in a fresh project against DynamoDB Local', { timeout: 420_000 }, async () => {
    const port = await freePort()
    const { DYNAMODB_ENDPOINT: _a, DBTOOLING_ENDPOINT: _b, AWS_ENDPOINT_URL: _c, ...base } = process.env
    env = { ...base, DBTOOLING_LOCAL_PORT: String(port), DBTOOLING_ENDPOINT: `http://localhost:${port}` }
    const steps = guideSteps(guide)
    expect(steps.filter((s) => s.kind === 'shell').length).toBeGreaterThan(4)
    for (const step of steps) {
      if (step.kind === 'file') {
        mkdirSync(dirname(join(cwd, step.path)), { recursive: true })
        writeFileSync(join(cwd, step.path), step.content)
        continue
      }
      const output = runShell(step.script)
      for (const line of step.expect) expect(output, `output of:\n${step.script}`).toContain(line)
    }
  })
})

/** Runs a shell block; `cd` carries over to the next block, as in the reader's terminal. */
function runShell(script: string): string {
  const lines = script.split('\n').map((line) => (/^npm install /.test(line) ? linkWorkspacePackages : line))
  const marker = join(root, '.cwd')
  const run = spawnSync('sh', ['-e', '-c', `${lines.join('\n')}\npwd > '${marker}'`], {
    cwd,
    env,
    encoding: 'utf8',
  })
  const output = `${run.stdout}${run.stderr}`
  if (run.status !== 0) throw new Error(`step failed (exit ${run.status}):\n${script}\n${output}`)
  cwd = readFileSync(marker, 'utf8').trim()
  return output
}

/** Stands in for `npm install dbtooling @dbtooling/...`: the workspace builds, linked as npm would install them. */
const linkWorkspacePackages = `node -e '${linkScript()}'`

function linkScript(): string {
  const packages = { dbtooling: 'apps/cli', ...packageDirs('orm', 'schema', 'dynamo-client', 'local') }
  return [
    'const fs = require("node:fs")',
    'fs.mkdirSync("node_modules/@dbtooling", { recursive: true })',
    'fs.mkdirSync("node_modules/.bin", { recursive: true })',
    ...Object.entries(packages).map(
      ([name, dir]) => `fs.symlinkSync(${JSON.stringify(join(repo, dir))}, "node_modules/${name}")`,
    ),
    'fs.symlinkSync("../dbtooling/dist/cli.js", "node_modules/.bin/dbtooling")',
  ].join('; ')
}

function packageDirs(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [`@dbtooling/${name}`, `packages/${name}`]))
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
