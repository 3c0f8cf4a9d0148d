import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createOrm } from '../../src/index'
import { localClient, localEndpoint, uniqueTableName } from '../support'
import { Reading } from './fixtures/reading-model'

/**
 * Issue 21's done-means resume test with a real crash: an import process is killed with SIGKILL halfway
 * (no handler runs, nothing is flushed), and a new process resumes it from the checkpoint file.
 */
const ROWS = 3000
const dir = mkdtempSync(join(tmpdir(), 'dbtooling-kill-'))
const file = join(dir, 'readings.ndjson')
const childFile = fileURLToPath(new URL('./fixtures/import-child.ts', import.meta.url))
const orm = createOrm({
  models: [Reading],
  client: localClient(),
  design: { tableName: uniqueTableName('kill-resume') },
  setDefault: false,
})
const children: ChildProcess[] = []

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await orm.dropTable()
  rmSync(dir, { recursive: true, force: true })
})

const row = (seq: number) => ({
  seq,
  sensor: `s${seq % 7}`,
  values: { celsius: seq / 10, ok: seq % 2 === 0 },
})

function startImport(rate: number): { child: ChildProcess; exited: Promise<void>; stdout: () => string } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', childFile, localEndpoint(), orm.tableName, file, String(rate)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  children.push(child)
  let out = ''
  let err = ''
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return { child, exited, stdout: () => (out || err).trim() }
}

async function waitForCheckpoint(path: string, minWritten: number): Promise<void> {
  for (;;) {
    if (existsSync(path)) {
      const { written } = JSON.parse(readFileSync(path, 'utf8')) as { written: number }
      if (written >= minWritten) return
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function tableItems(): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = []
  for await (const page of orm.doc.paginateScan({ TableName: orm.tableName }))
    items.push(...(page.Items ?? []))
  return items
}

describe('an import killed with SIGKILL resumes in a new process', { timeout: 180_000 }, () => {
  it('kill -9 once the checkpoint shows progress, resume: every row once, no duplicates, no gaps', async () => {
    await orm.createTable()
    writeFileSync(file, `${Array.from({ length: ROWS }, (_, i) => JSON.stringify(row(i))).join('\n')}\n`)
    const checkpointFile = `${file}.checkpoint.json`

    // Slowed to 1,000 rows/s so the kill lands mid-import, whatever the machine's load.
    const first = startImport(1000)
    await Promise.race([
      waitForCheckpoint(checkpointFile, 300),
      first.exited.then(() => {
        throw new Error(`the first import ended before it was killed: ${first.stdout()}`)
      }),
    ])
    first.child.kill('SIGKILL')
    await first.exited
    expect(first.child.signalCode).toBe('SIGKILL')

    const checkpoint = JSON.parse(readFileSync(checkpointFile, 'utf8')) as {
      line: number
      read: number
      written: number
      rejected: number
    }
    expect(checkpoint.written).toBeGreaterThanOrEqual(300)
    expect(checkpoint.line).toBeLessThan(ROWS)
    expect(checkpoint).toMatchObject({ read: checkpoint.line, written: checkpoint.line, rejected: 0 })
    // Writes in flight when it died may have landed past the checkpoint: the resume puts them again.
    const atKill = (await tableItems()).length
    expect(atKill).toBeGreaterThanOrEqual(checkpoint.written)
    expect(atKill).toBeLessThan(ROWS)

    const second = startImport(0)
    await second.exited
    expect(second.child.exitCode, second.stdout()).toBe(0)
    const result = JSON.parse(second.stdout().split('\n').pop() ?? '{}') as Record<string, unknown>
    expect(result).toMatchObject({
      read: ROWS,
      written: ROWS,
      rejected: 0,
      resumedAfterLine: checkpoint.line,
    })
    expect(existsSync(checkpointFile)).toBe(false)

    const items = await tableItems()
    expect(items).toHaveLength(ROWS)
    expect(new Set(items.map((item) => item.id)).size).toBe(ROWS)
    const bySeq = new Map(items.map((item) => [item.seq as number, item]))
    const missing = Array.from({ length: ROWS }, (_, i) => i).filter((seq) => !bySeq.has(seq))
    expect(missing).toEqual([])
    for (const [seq, item] of bySeq)
      expect({ seq, sensor: item.sensor, values: item.values }).toEqual(row(seq))
  })
})
