import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DynamoDBLocalInstance, startDynamoDBLocal } from '@dbtooling/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { codeSamples } from './support/code-samples'
import { linkSampleModules } from './support/compile-samples'
import { docsDir } from './support/generate-docs'

/**
 * Every docs sample marked `// @run` runs as a reader would run it (tsx, in an empty folder) against a
 * DynamoDB Local of its own (fresh, so the samples' table names cannot meet another test's), and prints
 * what it sent; the ```text block after it lists lines that output must hold.
 */
const cliDir = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(join(cliDir, '.docs-run-'))
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const runnable = codeSamples(docsDir).filter((sample) => sample.run)
let local: DynamoDBLocalInstance

beforeAll(async () => {
  linkSampleModules(dir)
  // Once more if the JVM dies while starting: on the shared test machine one was seen to exit, log clean,
  // before it answered (a second start then worked). A sample failing is still a failure.
  local = await startDynamoDBLocal({ inMemory: true }).catch(() => startDynamoDBLocal({ inMemory: true }))
}, 240_000)
afterAll(async () => {
  await local?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('the runnable docs samples', () => {
  it('include the seeding, migrations and import/export guides, each with the output it must print', () => {
    const pages = runnable.map((sample) => sample.page)
    expect(pages).toContain('seeding.md')
    expect(pages).toContain('migrations.md')
    expect(pages).toContain('data.md')
    expect(
      runnable.filter((sample) => sample.expected.length === 0).map((s) => `${s.page}:${s.line}`),
    ).toEqual([])
  })

  it.each(runnable.map((sample, at) => [`docs/${sample.page}:${sample.line}`, { ...sample, at }] as const))(
    '%s runs against DynamoDB Local and prints the requests it documents',
    { timeout: 240_000 },
    (_name, { code, expected, at }) => {
      const file = join(dir, `run-${at}.mts`)
      writeFileSync(file, `${code}\nexport {}\n`)
      const env = {
        ...process.env,
        AWS_ENDPOINT_URL_DYNAMODB: local.endpoint,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
      }
      const run = spawnSync(process.execPath, [tsx, file], {
        cwd: dir,
        env,
        encoding: 'utf8',
        timeout: 200_000,
      })
      const output = `${run.stdout}${run.stderr}`
      expect(run.status, output).toBe(0)
      for (const line of expected) expect(output).toContain(line)
    },
  )
})
