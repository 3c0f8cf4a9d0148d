import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  cleanupTestTable,
  createTestTable,
  recordRequests,
  type TestRecorder,
  type TestTable,
} from '@dbtooling/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint } from '../../../tests/support'
import { bundleContainer } from '../src/bundle'
import { type InvocationRun, runInvocations } from '../src/invoke'
import { lambdaModels } from '../src/note-model'

describe('examples/lambda (a handler reusing its client across invocations)', () => {
  let table: TestTable<typeof lambdaModels>
  let run: InvocationRun
  let recorder: TestRecorder | undefined
  let inits = 0
  const lines: string[] = []
  // The recorder's request count after each invocation, to cut its history per invocation.
  const marks: number[] = [0]

  beforeAll(async () => {
    table = await createTestTable({
      models: lambdaModels,
      endpoint: localEndpoint(),
      prefix: 'lambda',
      setDefault: false,
    })
    run = await runInvocations({
      endpoint: table.endpoint,
      tableName: table.tableName,
      invocations: 9,
      log: (line) => lines.push(line),
      onInit: (orm) => {
        inits += 1
        recorder = recordRequests(orm)
      },
      onInvoked: () => marks.push(recorder?.requests.length ?? 0),
    })
  })
  afterAll(() => cleanupTestTable(table))

  it('builds the client and ORM on the first invocation only, and answers every event', () => {
    expect(inits).toBe(1)
    expect(run.responses.map((r) => r.cold)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect(run.responses.map((r) => r.statusCode)).toEqual([201, 200, 200, 201, 200, 200, 201, 200, 200])
    expect(run.responses[1]?.body).toHaveLength(1)
    expect(run.responses[7]?.body).toHaveLength(3)
  })

  it("each invocation prints what the handler's request counter saw, and that is what the recorder saw", () => {
    run.responses.forEach((response, index) => {
      const requests = recorder?.requests.slice(marks[index], marks[index + 1]) ?? []
      expect(response.sent).toBe(requests.map((r) => `${r.operation} x1`).join(', '))
      expect(lines[index]).toContain(`sent: ${response.sent};`)
    })
    recorder?.assertQueried('Note', { index: 'byUser', costClass: 'Query (bounded partition)' })
    recorder?.assertNoScan()
    recorder?.assertNoWholeTypeRead()
  })

  it('prints the cold-start figures it measured: import, first invocation, later median', () => {
    const output = lines.join('\n')
    expect(output).toMatch(/import of the handler module \(dynamo-client, orm, models\): \d+\.\d ms/)
    expect(output).toContain(
      `first invocation (builds the client and ORM, opens the connection): ${run.durationsMs[0]?.toFixed(1)} ms`,
    )
    expect(output).toMatch(
      /later invocations \(same client, kept-alive connection\): median \d+\.\d ms, min \d+\.\d ms, max \d+\.\d ms/,
    )
    expect(run.durationsMs).toHaveLength(9)
    for (const duration of run.durationsMs) expect(duration).toBeGreaterThan(0)
  })

  it('the container, bundled as a deploy would (esbuild), runs in a fresh process and prints the same figures', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'lambda-bundle-'))
    try {
      const bundle = await bundleContainer(outdir)
      // The handler is a chunk of its own, imported inside the measurement; the libraries' lazy parts
      // (the write path, migrations and transfers) stay chunks that load on first use.
      expect(bundle.files).toContain('container.mjs')
      expect(bundle.files.some((file) => /^chunks\/handler-\w+\.mjs$/.test(file))).toBe(true)
      expect(bundle.files.some((file) => /^chunks\/lazy-writes-[\w-]+\.mjs$/.test(file))).toBe(true)
      const child = spawnSync(process.execPath, [bundle.entry], {
        env: {
          ...process.env,
          DYNAMODB_ENDPOINT: table.endpoint,
          TABLE_NAME: table.tableName,
          INVOCATIONS: '3',
        },
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(child.stderr).toBe('')
      expect(child.status).toBe(0)
      expect(child.stdout).toMatch(/invocation 1 \(cold\): create -> 201; sent: PutItem x1;/)
      expect(child.stdout).toMatch(/invocation 3 \(warm\): get -> 200; sent: GetItem x1;/)
      expect(child.stdout).toMatch(/import of the handler module \(dynamo-client, orm, models\): \d+\.\d ms/)
    } finally {
      rmSync(outdir, { recursive: true, force: true })
    }
  }, 90_000)
})
