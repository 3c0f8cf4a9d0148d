import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AttributeMap } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, exportTable, importTable } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { canonicalItem, mixedItems } from './fixtures/mixed-items'

/** Issue 21's done-means round trip: 10,000 mixed items out to a file and into a fresh table, item by item. */
const COUNT = 10_000
const Placeholder = defineModel({ name: 'User', attributes: { email: { type: 'string' } } } as const)
const dir = mkdtempSync(join(tmpdir(), 'dbtooling-round-trip-'))
const recorder = requestRecorder()
const makeOrm = (tableName: string) =>
  createOrm({
    models: [Placeholder],
    client: localClient([recorder]),
    design: { tableName },
    setDefault: false,
  })
const source = makeOrm(uniqueTableName('rt-src'))
const keyOf = (item: AttributeMap) => `${JSON.stringify(item.pk)}|${JSON.stringify(item.sk)}`

async function scanAll(orm: ReturnType<typeof makeOrm>): Promise<Map<string, AttributeMap>> {
  const items = new Map<string, AttributeMap>()
  for await (const page of orm.client.parallelScan({ TableName: orm.tableName }, { segments: 4 }))
    for (const item of (page.Items ?? []) as AttributeMap[]) items.set(keyOf(item), item)
  return items
}

/** Keys whose items differ (or are missing) between two tables, compared in canonical form. */
function differences(expected: Map<string, AttributeMap>, actual: Map<string, AttributeMap>): string[] {
  const out: string[] = []
  for (const [key, item] of expected) {
    const other = actual.get(key)
    if (!other) out.push(`${key}: missing`)
    else if (JSON.stringify(canonicalItem(item)) !== JSON.stringify(canonicalItem(other)))
      out.push(`${key}: ${JSON.stringify(canonicalItem(other))} != ${JSON.stringify(canonicalItem(item))}`)
  }
  for (const key of actual.keys()) if (!expected.has(key)) out.push(`${key}: unexpected`)
  return out
}

describe('a 10,000-item round trip through a file, DynamoDB Local', { timeout: 180_000 }, () => {
  let original: Map<string, AttributeMap>

  beforeAll(async () => {
    await source.createTable()
    const items = mixedItems(COUNT)
    await source.client.batchWriteAll(
      { RequestItems: { [source.tableName]: items.map((Item) => ({ PutRequest: { Item } })) } },
      { concurrency: 16 },
    )
    original = await scanAll(source)
  }, 300_000) // seeding 10,000 items takes minutes when the shared machine is loaded

  afterAll(async () => {
    await source.dropTable()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    ['ndjson (tagged JSON)', 'mixed.ndjson'],
    ['DynamoDB S3 export lines, gzipped', 'mixed.s3.jsonl.gz'],
  ])('exports 10,000 items of four types as %s and imports them item for item', async (_name, name) => {
    expect(original.size).toBe(COUNT)
    const file = join(dir, name)
    const format = name.includes('.s3.') ? ('s3' as const) : undefined
    const target = makeOrm(uniqueTableName('rt-dst'))
    await target.createTable()
    try {
      const started = Date.now()
      const exported = await exportTable(source, { file, segments: 4, ...(format ? { format } : {}) })
      const exportedAt = Date.now()
      recorder.clear()
      const imported = await importTable(target, { file, ...(format ? { format } : {}) })
      const importedAt = Date.now()
      console.log(
        `${name}: export ${exportedAt - started} ms, import ${importedAt - exportedAt} ms (${recorder.ops().length} requests)`,
      )
      expect(exported.items).toBe(COUNT)
      expect(imported).toMatchObject({ read: COUNT, written: COUNT, rejected: 0 })
      // 25 items per BatchWriteItem, plus any resend of unprocessed items.
      expect(recorder.ops().filter((op) => op === 'BatchWriteItem').length).toBeGreaterThanOrEqual(COUNT / 25)
      expect(differences(original, await scanAll(target)).slice(0, 5)).toEqual([])
    } finally {
      await target.dropTable()
    }
  })
})
