import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AttributeMap } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, exportTable, importTable, TransferError } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { canonicalItem } from './fixtures/mixed-items'

const Post = defineModel({
  name: 'Post',
  attributes: {
    id: { type: 'string', fillable: true },
    status: { type: 'string', fillable: true, required: true },
    publishedAt: { type: 'string', fillable: true, required: true },
    title: { type: 'string', fillable: true },
  },
  indexes: [{ name: 'byStatus', columns: ['status', 'publishedAt'] }],
} as const)
const Comment = defineModel({
  name: 'Comment',
  attributes: { id: { type: 'string', fillable: true }, status: { type: 'string', fillable: true } },
} as const)

const dir = mkdtempSync(join(tmpdir(), 'dbtooling-export-query-'))
const recorder = requestRecorder()
const makeOrm = (tableName: string) =>
  createOrm({
    models: [Post, Comment],
    client: localClient([recorder]),
    design: { tableName },
    setDefault: false,
  })
const source = makeOrm(uniqueTableName('xq-src'))
const published = () => source.model('Post').where('status', 'published')
const keyOf = (item: AttributeMap) => `${JSON.stringify(item.pk)}|${JSON.stringify(item.sk)}`

/** The published posts as stored, read with the raw client (wire form, nothing converted). */
async function publishedInTable(): Promise<Map<string, AttributeMap>> {
  const out = new Map<string, AttributeMap>()
  for await (const page of source.client.paginateScan({ TableName: source.tableName })) {
    for (const item of (page.Items ?? []) as AttributeMap[]) {
      const et = item._et
      const status = item.status
      if (et && 'S' in et && et.S === 'Post' && status && 'S' in status && status.S === 'published')
        out.set(keyOf(item), item)
    }
  }
  return out
}

describe('exportTable({ query }): an ORM query streamed to a file with its own requests', {
  timeout: 120_000,
}, () => {
  beforeAll(async () => {
    await source.createTable()
    const statuses = ['published', 'draft', 'archived']
    await source.model('Post').insertMany(
      Array.from({ length: 120 }, (_, i) => ({
        id: `p${String(i).padStart(3, '0')}`,
        status: statuses[i % 3]!,
        publishedAt: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
        title: `Post ${i}`,
      })),
    )
    await source
      .model('Comment')
      .insertMany(Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, status: 'published' })))
    // Attributes no model declares, of the types a document layer can lose: they must come out exactly.
    for (const id of ['p000', 'p003', 'p006']) {
      await source.client.updateItem({
        TableName: source.tableName,
        Key: { pk: { S: `POST#${id}` }, sk: { S: `POST#${id}` } },
        UpdateExpression: 'SET #big = :big, #bin = :bin, #ss = :ss, #ns = :ns, #bs = :bs, #m = :m',
        ExpressionAttributeNames: {
          '#big': 'big',
          '#bin': 'bin',
          '#ss': 'ss',
          '#ns': 'ns',
          '#bs': 'bs',
          '#m': 'm',
        },
        ExpressionAttributeValues: {
          ':big': { N: '-12345678901234567890123456789012345678' },
          ':bin': { B: Buffer.from([0, 1, 255]).toString('base64') },
          ':ss': { SS: ['x', 'y'] },
          ':ns': { NS: ['0.000000000000000000000000000000000001', '99999999999999999999999999999999999999'] },
          ':bs': { BS: ['AAE=', '/w=='] },
          ':m': { M: { deep: { L: [{ N: '12345678901234567.5' }, { NULL: true }] } } },
        },
      })
    }
  })

  afterAll(async () => {
    await source.dropTable()
    rmSync(dir, { recursive: true, force: true })
  })

  it('sends the query’s Query requests page by page (no Scan) and exports exactly its matches', async () => {
    const query = published().pageSize(10)
    // A Query on the status index's partition, not a whole-type read filtered afterwards.
    expect(query.explain()).toMatchObject({ operation: 'Query', filter: null })
    expect(query.explain().keyCondition).toContain('published')
    const file = join(dir, 'published.ndjson')
    const progress: number[] = []
    recorder.clear()
    const result = await exportTable(source, { file, query, onProgress: (p) => progress.push(p.items) })
    expect(result.items).toBe(40)
    const ops = recorder.ops()
    expect(ops).not.toContain('Scan')
    expect(new Set(ops)).toEqual(new Set(['Query']))
    // 40 matches, 10 per page: at least 4 Query requests, and the file grew a page at a time.
    expect(ops.length).toBeGreaterThanOrEqual(4)
    expect(progress.slice(0, 4)).toEqual([10, 20, 30, 40])
    const sent = recorder.requests[0]?.input as { IndexName?: string; KeyConditionExpression?: string }
    expect(sent.IndexName).toBe(query.toQuery().IndexName)
    expect(sent.KeyConditionExpression).toBe(query.toQuery().KeyConditionExpression)

    // Exact: re-imported items equal the stored ones, the undeclared 38-digit, binary and set values included.
    const target = makeOrm(uniqueTableName('xq-dst'))
    await target.createTable()
    try {
      expect(await importTable(target, { file })).toMatchObject({ read: 40, written: 40, rejected: 0 })
      const expected = await publishedInTable()
      const actual = new Map<string, AttributeMap>()
      for await (const page of target.client.paginateScan({ TableName: target.tableName }))
        for (const item of (page.Items ?? []) as AttributeMap[]) actual.set(keyOf(item), item)
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
      for (const [key, item] of expected) expect(canonicalItem(actual.get(key)!)).toEqual(canonicalItem(item))
      expect(readFileSync(file, 'utf8')).toContain('{"$N":"-12345678901234567890123456789012345678"}')
    } finally {
      await target.dropTable()
    }
  })

  it.each([
    ['ddb-json', 'q.ddb.json', undefined],
    ['s3', 'q.s3.jsonl.gz', 's3' as const],
    ['json', 'q.json', undefined],
    ['csv', 'q.csv', undefined],
  ])('exports the query as %s', async (format, name, explicit) => {
    const file = join(dir, name)
    recorder.clear()
    const result = await exportTable(source, {
      file,
      query: published(),
      ...(explicit ? { format: explicit } : {}),
    })
    expect(result).toMatchObject({ items: 40, format })
    expect(recorder.ops()).not.toContain('Scan')
    if (format === 'csv') expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(41)
    if (format === 'json') expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(40)
  })

  it('a whole-type query exports that type only; scan-only options are refused before anything is sent', async () => {
    recorder.clear()
    const comments = await exportTable(source, {
      file: join(dir, 'comments.ndjson'),
      query: source.model('Comment').query(),
    })
    expect(comments.items).toBe(50)
    expect(recorder.ops()).not.toContain('Scan')

    recorder.clear()
    const refused = exportTable(source, { file: join(dir, 'x.ndjson'), query: published(), segments: 4 })
    await expect(refused).rejects.toBeInstanceOf(TransferError)
    await expect(refused).rejects.toMatchObject({ code: 'INVALID_TRANSFER_OPTIONS' })
    const paged = exportTable(source, { file: join(dir, 'x.ndjson'), query: published(), pageSize: 10 })
    await expect(paged).rejects.toMatchObject({ code: 'INVALID_TRANSFER_OPTIONS' })
    expect(recorder.ops()).toEqual([])
  })

  it('a table export asks for pages of pageSize items (default 1,000), each segment page by page', async () => {
    recorder.clear()
    const paged = await exportTable(source, { file: join(dir, 'paged.ndjson'), pageSize: 40, segments: 2 })
    expect(paged.items).toBe(170)
    const scans = recorder.requests.filter((r) => r.operation === 'Scan')
    expect(scans.map((r) => (r.input as { Limit?: number }).Limit)).toEqual(scans.map(() => 40))
    // 170 items in pages of at most 40: at least 5 pages, however the two segments split them.
    expect(scans.length).toBeGreaterThanOrEqual(5)
    expect(readFileSync(join(dir, 'paged.ndjson'), 'utf8').trim().split('\n')).toHaveLength(170)

    recorder.clear()
    await exportTable(source, { file: join(dir, 'default.ndjson') })
    expect(recorder.requests.map((r) => (r.input as { Limit?: number }).Limit)).toEqual([1000])
  })
})
