import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { builtFiles, runWithLoadLog } from '../../../../tests/load-log'
import { localCredentials, localEndpoint, localRegion, uniqueTableName } from '../support'

// The built package, as `import('@dbtooling/orm')` loads it: what is lazy depends on how the build splits it.
const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'dbtooling-orm-lazy-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs `script` (ESM) in a fresh node in the package folder; returns the built files it loaded. */
function filesLoaded(name: string, script: string): string[] {
  return runLogged(name, script).files
}

/** `filesLoaded`, with what the script printed. */
function runLogged(name: string, script: string): { files: string[]; stdout: string } {
  const run = runWithLoadLog({ packageDir, log: join(work, `${name}.txt`), script })
  expect(run.stderr).toBe('')
  return { files: builtFiles(run.lines, 'orm'), stdout: run.stdout }
}

// The resolve hook logs every import() of a chunk; one chunk file is what must load.
const lazyChunks = (files: string[]) => [
  ...new Set(files.filter((file) => file.startsWith('lazy-subsystems'))),
]

describe('migrations, export/import and seeding load on first use', () => {
  it('importing the package does not load their chunk', () => {
    const loaded = filesLoaded('import', "await import('@dbtooling/orm')")
    expect(loaded).toContain('index.js')
    expect(loaded.filter((file) => file.startsWith('lazy-subsystems'))).toEqual([])
  })

  it('the first call of one of them loads it, and the call runs', () => {
    const script = [
      "const { exportTable } = await import('@dbtooling/orm')",
      "const error = await exportTable({ table: 'x' }, { file: 'out.unknown-format' }).catch((e) => e)",
      "if (!(error instanceof Error)) throw new Error('exportTable resolved')",
    ].join('\n')
    const loaded = filesLoaded('call', script)
    expect(loaded.filter((file) => file.startsWith('lazy-subsystems'))).toHaveLength(1)
  })
})

// A model and an ORM over a fresh table on the shared DynamoDB Local, in the script's own process.
function withTag(tableName: string): string {
  return [
    "const { DynamoClient } = await import('@dbtooling/dynamo-client')",
    "const { defineModel } = await import('@dbtooling/schema')",
    "const orm = await import('@dbtooling/orm')",
    "const tagDefinition = defineModel({ name: 'Tag', traits: { useUuid: true }, attributes: { name: { type: 'string', required: true, fillable: true } } })",
    'const Tag = orm.Model(tagDefinition)',
    'const sent = []',
    "const counter = { name: 'counter', onRequest: (event) => sent.push(event.operation) }",
    `const client = new DynamoClient({ endpoint: ${JSON.stringify(localEndpoint())}, region: ${JSON.stringify(localRegion)}, credentials: ${JSON.stringify(localCredentials)}, maxRetries: 1, middleware: [counter] })`,
    `const db = orm.createOrm({ models: [Tag], client, design: { tableName: ${JSON.stringify(tableName)} }, setDefault: true })`,
  ].join('\n')
}

describe('factories, backups and the applied design load on first use', { timeout: 60_000 }, () => {
  it('configuring a factory and reading the sync exports (FORMATS, MIGRATIONS_PARTITION, factoryFile) loads no lazy chunk', () => {
    const script = [
      withTag(uniqueTableName('lazy-sync')),
      "const factory = Tag.factory().count(3).state({ name: 'x' }).seed(7)",
      "const file = orm.factoryFile({ model: 'Tag', definition: () => ({ name: 'y' }) })",
      "let countError = ''",
      'try { Tag.factory().count(-1) } catch (error) { countError = error.code }',
      'console.log(JSON.stringify({ count: factory.description.count, formats: orm.FORMATS, partition: orm.MIGRATIONS_PARTITION, model: file.model, countError }))',
    ].join('\n')
    const { files, stdout } = runLogged('sync', script)
    expect(lazyChunks(files)).toEqual([])
    expect(JSON.parse(stdout)).toEqual({
      count: 3,
      formats: ['ndjson', 'ddb-json', 's3', 'json', 'csv'],
      partition: '_migrations',
      model: 'Tag',
      countError: 'FACTORY_INVALID_COUNT',
    })
  })

  it('make() loads the chunk and makes the same seeded rows as raw(), sending nothing', () => {
    const script = [
      withTag(uniqueTableName('lazy-make')),
      "const made = await Tag.factory().count(3).seed(7).state({ name: 'tag' }).make()",
      "const raw = await Tag.factory().count(3).seed(7).state({ name: 'tag' }).raw()",
      'console.log(JSON.stringify({ sent, made: made.map((t) => [t.id, t.name, t.exists]), raw: raw.map((r) => [r.id, r.name]) }))',
    ].join('\n')
    const { files, stdout } = runLogged('make', script)
    expect(lazyChunks(files)).toHaveLength(1)
    const { sent, made, raw } = JSON.parse(stdout) as {
      sent: string[]
      made: [string, string, boolean][]
      raw: [string, string][]
    }
    expect(sent).toEqual([])
    expect(made).toHaveLength(3)
    expect(made.map(([id, name]) => [id, name])).toEqual(raw)
    expect(made.every(([, name, exists]) => name === 'tag' && exists === false)).toBe(true)
  })

  it('create() loads the chunk and writes the rows to DynamoDB Local', () => {
    const script = [
      withTag(uniqueTableName('lazy-create')),
      'await db.createTable()',
      'try {',
      '  sent.length = 0',
      "  const created = await Tag.factory().count(4).create({ name: 'saved' })",
      '  const writes = [...sent]',
      '  const stored = await Tag.query().get()',
      '  console.log(JSON.stringify({ writes, created: created.map((t) => t.id).sort(), stored: stored.all().map((t) => t.id).sort(), exists: created.every((t) => t.exists) }))',
      '} finally {',
      '  await db.dropTable()',
      '}',
    ].join('\n')
    const { files, stdout } = runLogged('create', script)
    expect(lazyChunks(files)).toHaveLength(1)
    const { writes, created, stored, exists } = JSON.parse(stdout) as {
      writes: string[]
      created: string[]
      stored: string[]
      exists: boolean
    }
    expect(writes).toEqual(['BatchWriteItem'])
    expect(created).toHaveLength(4)
    expect(stored).toEqual(created)
    expect(exists).toBe(true)
  })

  it('readAppliedDesign and restoreToPointInTime load the chunk and answer as before on DynamoDB Local', () => {
    const script = [
      withTag(uniqueTableName('lazy-backup')),
      'await db.createTable()',
      'try {',
      '  const applied = await orm.readAppliedDesign({ doc: db.doc, tableName: db.tableName, partitionKey: db.design.partitionKey, sortKey: db.design.sortKey })',
      "  const error = await orm.restoreToPointInTime(db, { toTable: 'x-restored', at: new Date() }).catch((e) => e)",
      '  console.log(JSON.stringify({ applied, transferError: error instanceof orm.TransferError, code: error.code }))',
      '} finally {',
      '  await db.dropTable()',
      '}',
    ].join('\n')
    const { files, stdout } = runLogged('backup', script)
    expect(lazyChunks(files)).toHaveLength(1)
    expect(JSON.parse(stdout)).toEqual({ applied: null, transferError: true, code: 'NOT_AVAILABLE_LOCALLY' })
  })
})
