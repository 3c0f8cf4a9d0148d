import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AttributeMap } from '@dbtooling/dynamo-client'
import { defineModel, stacksSchema } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, exportTable, importTable } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

const User = defineModel({
  name: 'User',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    email: {
      type: 'string',
      unique: true,
      fillable: true,
      required: true,
      validation: { rule: stacksSchema.string().email() },
    },
    name: { type: 'string', fillable: true, required: true },
  },
} as const)
const Product = defineModel({
  name: 'Product',
  attributes: {
    id: { type: 'string', fillable: true },
    title: { type: 'string', fillable: true, required: true },
    price: {
      type: 'number',
      fillable: true,
      required: true,
      validation: { rule: stacksSchema.number().min(0) },
    },
    tags: { type: 'json', fillable: true },
  },
} as const)

const dir = mkdtempSync(join(tmpdir(), 'dbtooling-transfer-'))
const makeOrm = (tableName: string) =>
  createOrm({ models: [User, Product], client: localClient(), design: { tableName }, setDefault: false })

/** Every item of a table in wire form, sorted by key: what two tables are compared by. */
async function allItems(orm: ReturnType<typeof makeOrm>): Promise<AttributeMap[]> {
  const items: AttributeMap[] = []
  for await (const page of orm.client.paginateScan({ TableName: orm.tableName }))
    items.push(...((page.Items ?? []) as AttributeMap[]))
  const key = (i: AttributeMap) => `${JSON.stringify(i.pk)}|${JSON.stringify(i.sk)}`
  return items.sort((a, b) => (key(a) < key(b) ? -1 : 1))
}

describe('export and import against DynamoDB Local', { timeout: 180_000 }, () => {
  const source = makeOrm(uniqueTableName('export-src'))

  beforeAll(async () => {
    await source.createTable()
    for (let i = 0; i < 40; i++)
      await source.model('User').create({ email: `u${i}@example.com`, name: `User ${i}` })
    const products = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      title: `Product ${i}`,
      price: i * 1.5,
      tags: { n: i },
    }))
    await source.model('Product').insertMany(products)
    // Raw items with every DynamoDB type the document layer can lose: 38-digit numbers, binary, sets.
    const raw = Array.from({ length: 60 }, (_, i) => ({
      PutRequest: {
        Item: {
          pk: { S: `RAW#${i}` },
          sk: { S: 'RAW' },
          big: { N: '12345678901234567890123456789012345678' },
          bin: { B: Buffer.from([0, 1, 2, 255, i]).toString('base64') },
          ss: { SS: ['a', `s${i}`] },
          ns: { NS: ['100001', '2.5', `${i}`] },
          bs: { BS: [Buffer.from([i]).toString('base64'), 'AAE='] },
          nested: { M: { list: { L: [{ N: '1' }, { S: 'x' }, { NULL: true }, { BOOL: false }] } } },
        } as AttributeMap,
      },
    }))
    await source.client.batchWriteAll({ RequestItems: { [source.tableName]: raw } })
  })

  afterAll(async () => {
    await source.dropTable()
  })

  it.each([
    ['ndjson', 'all.ndjson'],
    ['ddb-json gzipped', 'all.ddb.json.gz'],
    ['s3 line format', 'all.s3.jsonl'],
    ['json array', 'all.json'],
  ])(
    'exports every item as %s (4 segments) and imports it into a fresh table item for item',
    async (_name, file) => {
      const path = join(dir, file)
      const format = file.includes('.s3.') ? 's3' : undefined
      const exported = await exportTable(source, { file: path, segments: 4, ...(format ? { format } : {}) })
      const expected = await allItems(source)
      expect(exported.items).toBe(expected.length)
      const target = makeOrm(uniqueTableName('import-dst'))
      await target.createTable()
      try {
        const imported = await importTable(target, { file: path, ...(format ? { format } : {}) })
        expect(imported).toMatchObject({ read: expected.length, written: expected.length, rejected: 0 })
        expect(await allItems(target)).toEqual(expected)
      } finally {
        await target.dropTable()
      }
    },
  )

  it('exports a selection (entity type, chunked files, CSV with the flattening rule)', async () => {
    const chunked = await exportTable(source, {
      file: join(dir, 'users.ndjson'),
      entityTypes: ['User'],
      chunkItems: 15,
    })
    expect(chunked.items).toBe(40)
    expect(chunked.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'users-00001.ndjson',
      'users-00002.ndjson',
      'users-00003.ndjson',
    ])
    const csv = await exportTable(source, { file: join(dir, 'products.csv'), entityTypes: ['Product'] })
    const [header, ...rows] = readFileSync(join(dir, 'products.csv'), 'utf8').trim().split('\n')
    expect(csv.items).toBe(300)
    expect(rows).toHaveLength(300)
    expect(header?.split(',')).toEqual(
      expect.arrayContaining(['pk', 'sk', '_et', 'id', 'title', 'price', 'tags.n', '_rest']),
    )
  })

  it('exports incrementally: the watermark file makes the next run export only later changes', async () => {
    const watermarkFile = join(dir, 'users.watermark.json')
    const first = await exportTable(source, {
      file: join(dir, 'inc-1.ndjson'),
      entityTypes: ['User'],
      watermarkFile,
    })
    expect(first.items).toBe(40)
    const none = await exportTable(source, {
      file: join(dir, 'inc-2.ndjson'),
      entityTypes: ['User'],
      watermarkFile,
    })
    expect(none.items).toBe(0)
    await new Promise((r) => setTimeout(r, 5))
    await source.model('User').create({ email: 'late@example.com', name: 'Late' })
    const later = await exportTable(source, {
      file: join(dir, 'inc-3.ndjson'),
      entityTypes: ['User'],
      watermarkFile,
    })
    expect(later.items).toBe(1)
    expect(readFileSync(join(dir, 'inc-3.ndjson'), 'utf8')).toContain('late@example.com')
  })

  it('imports a CSV through a model: 5 % bad rows are reported with line and reason, the rest written, re-runs do not duplicate', async () => {
    const lines = ['id,title,price']
    for (let i = 0; i < 200; i++)
      lines.push(i % 20 === 7 ? `c${i},Bad ${i},not-a-price` : `c${i},"Title, ${i}",${i}`)
    const file = join(dir, 'products-in.csv')
    writeFileSync(file, `${lines.join('\n')}\n`)
    const target = makeOrm(uniqueTableName('csv-dst'))
    await target.createTable()
    try {
      const dry = await importTable(target, { file, model: 'Product', dryRun: true })
      expect(dry).toMatchObject({ read: 200, written: 0, rejected: 10, dryRun: true })
      expect(await allItems(target)).toEqual([])

      const result = await importTable(target, { file, model: 'Product' })
      expect(result).toMatchObject({ read: 200, written: 190, rejected: 10 })
      expect(result.read).toBe(result.written + result.rejected)
      const report = readFileSync(result.reportFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { line: number; reason: string })
      expect(report.map((r) => r.line)).toEqual([9, 29, 49, 69, 89, 109, 129, 149, 169, 189])
      expect(report[0]?.reason).toContain('"not-a-price" is not a number')
      const again = await importTable(target, { file, model: 'Product' })
      expect(again.written).toBe(190)
      const products = await target.model('Product').query().count()
      expect(products).toBe(190)
      expect((await target.model('Product').find('c3'))?.title).toBe('Title, 3')
    } finally {
      await target.dropTable()
    }
  })

  it('imports through a model with a unique attribute: guards written, invalid emails rejected', async () => {
    const file = join(dir, 'users-in.ndjson')
    writeFileSync(
      file,
      [
        '{"email":"a@example.com","name":"A"}',
        '{"email":"not-an-email","name":"B"}',
        '{"email":"c@example.com","name":"C"}',
        '{oops',
      ].join('\n'),
    )
    const target = makeOrm(uniqueTableName('users-dst'))
    await target.createTable()
    try {
      const result = await importTable(target, { file, model: 'User' })
      expect(result).toMatchObject({ read: 4, written: 2, rejected: 2 })
      const again = await importTable(target, { file, model: 'User' })
      expect(again.written).toBe(2) // same ids from file and line: no duplicates, guards already ours
      const users = await target.model('User').query().get()
      expect(
        users
          .all()
          .map((u) => u.email)
          .sort(),
      ).toEqual(['a@example.com', 'c@example.com'])
      const guards = (await allItems(target)).filter(
        (i) => i.pk && 'S' in i.pk && i.pk.S.startsWith('UNIQUE#'),
      )
      expect(guards).toHaveLength(2)
    } finally {
      await target.dropTable()
    }
  })

  it('resumes an interrupted import from its checkpoint: no duplicates, no gaps', async () => {
    const file = join(dir, 'resume.ndjson')
    await exportTable(source, { file, entityTypes: ['Product'] })
    const target = makeOrm(uniqueTableName('resume-dst'))
    await target.createTable()
    try {
      let batches = 0
      const interrupted = importTable(target, {
        file,
        batchSize: 25,
        onProgress: () => {
          batches += 1
          if (batches === 5) throw new Error('killed')
        },
      })
      await expect(interrupted).rejects.toThrow('killed')
      const checkpoint = JSON.parse(readFileSync(`${file}.checkpoint.json`, 'utf8')) as {
        line: number
        written: number
      }
      expect(checkpoint.written).toBe(125)
      const resumed = await importTable(target, { file, batchSize: 25 })
      expect(resumed.resumedAfterLine).toBe(checkpoint.line)
      expect(resumed).toMatchObject({ read: 300, written: 300, rejected: 0 })
      expect(existsSync(`${file}.checkpoint.json`)).toBe(false)
      const items = await allItems(target)
      expect(items).toHaveLength(300)
      expect(new Set(items.map((i) => JSON.stringify(i.pk))).size).toBe(300)
    } finally {
      await target.dropTable()
    }
  })
})
