import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtFiles, LOAD_MARK, runWithLoadLog } from '../../../../tests/load-log'
import { createOrm } from '../../src/index'
import { localClient, localEndpoint, uniqueTableName } from '../support'

// The built package, as `import('@dbtooling/orm')` loads it: what is lazy depends on how the build splits it.
// Field encryption's request sealing and the attribute tenancy's request scoping load with the first
// request of a client that needs them (load-runtimes.ts), in the lazy-subsystems chunk.
const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'dbtooling-orm-runtimes-'))
const tables: string[] = []
afterAll(async () => {
  rmSync(work, { recursive: true, force: true })
  const client = localClient()
  await Promise.all(tables.map((TableName) => client.deleteTable({ TableName }).catch(() => undefined)))
})

// What every script starts with: the package, a client of DynamoDB Local, and `mark()`, which writes a line
// into the load log so a test can tell what loaded before a point of the script from what loaded after it.
const prelude = `
import { appendFileSync } from 'node:fs'
const orm = await import('@dbtooling/orm')
const { DynamoClient } = await import('@dbtooling/dynamo-client')
const client = new DynamoClient({ endpoint: process.env.ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
const mark = () => appendFileSync(process.env.LOAD_LOG, '${LOAD_MARK}\\n')
const tableName = process.env.TABLE
`

interface Run {
  /** Built files of the package loaded before `mark()`, and after it. */
  readonly before: string[]
  readonly after: string[]
  /** What the script printed (its last line, as JSON). */
  readonly result: unknown
}

/** Runs `script` (ESM, after the prelude) in a fresh node in the package folder against table `table`. */
function run(name: string, table: string, script: string): Run {
  const child = runWithLoadLog({
    packageDir,
    log: join(work, `${name}.txt`),
    script: prelude + script,
    env: { ...process.env, ENDPOINT: localEndpoint(), TABLE: table },
  })
  expect(child.stderr).toBe('')
  const at = child.lines.indexOf(LOAD_MARK)
  return {
    before: builtFiles(at === -1 ? child.lines : child.lines.slice(0, at), 'orm'),
    after: builtFiles(at === -1 ? [] : child.lines.slice(at + 1), 'orm'),
    result: JSON.parse(child.stdout.trim().split('\n').at(-1) ?? 'null'),
  }
}

const runtimesChunk = (files: string[]) => files.filter((file) => file.startsWith('lazy-subsystems'))

describe('a process without encryption or tenancy never loads their runtimes', () => {
  const note = { name: 'Note', attributes: { title: { type: 'string', fillable: true } } } as const
  const table = uniqueTableName('orm-runtimes-plain')
  let id = ''
  beforeAll(async () => {
    tables.push(table)
    const seeding = createOrm({
      models: [note],
      client: localClient(),
      design: { tableName: table },
      setDefault: false,
    })
    await seeding.createTable()
    id = (await seeding.model('Note').create({ title: 'kept' })).id as string
  })

  it('createOrm, find and query().get() run without the runtimes chunk', () => {
    const { before, result } = run(
      'plain',
      table,
      `const db = orm.createOrm({ models: [${JSON.stringify(note)}], client, design: { tableName }, setDefault: false })
      const Note = db.model('Note')
      const found = await Note.find(${JSON.stringify(id)})
      const all = await Note.query().get()
      console.log(JSON.stringify({ found: found?.title, count: all.length }))`,
    )
    expect(result).toEqual({ found: 'kept', count: 1 })
    expect(before).toContain('index.js')
    expect(runtimesChunk(before)).toEqual([])
  })
})

describe('field encryption loads its request sealing with the first request', () => {
  it('createOrm with encryption does not load it; the first write does, and stores ciphertext', () => {
    const table = uniqueTableName('orm-runtimes-enc')
    tables.push(table)
    const { before, after, result } = run(
      'encryption',
      table,
      `const patient = { name: 'Patient', traits: { useUuid: true }, attributes: { name: { type: 'string', fillable: true }, ssn: { type: 'string', fillable: true, encrypted: true } } }
      await client.createTable({ TableName: tableName, BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }] })
      const keys = new orm.LocalKeyring({ keys: { a: Buffer.alloc(32, 7) } })
      const db = orm.createOrm({ models: [patient], client, design: { tableName }, security: { encryption: { keys } }, setDefault: false })
      const Patient = db.model('Patient')
      mark()
      const created = await Patient.create({ name: 'Ada', ssn: '123-45-6789' })
      const found = await Patient.find(created.id)
      const stored = (await client.scan({ TableName: tableName })).Items.map((item) => JSON.stringify(item))
      console.log(JSON.stringify({ ssn: found?.ssn, plaintextStored: stored.some((item) => item.includes('123-45-6789')), items: stored.length }))`,
    )
    expect(result).toEqual({ ssn: '123-45-6789', plaintextStored: false, items: 1 })
    expect(runtimesChunk(before)).toEqual([])
    expect(runtimesChunk(after)).toHaveLength(1)
  })
})

describe("the attribute strategy's request scoping loads with the first request", () => {
  it('enableTenancy does not load it; the first tenant request does, and tenants stay apart', () => {
    const table = uniqueTableName('orm-runtimes-tenant')
    tables.push(table)
    const { before, after, result } = run(
      'tenancy',
      table,
      `const project = { name: 'Project', traits: { useUuid: true }, attributes: { name: { type: 'string', fillable: true } } }
      const db = orm.createOrm({ models: [project], client, design: { tableName }, setDefault: false })
      await db.createTable()
      orm.enableTenancy(db, { strategy: 'attribute' })
      const Project = db.model('Project')
      mark()
      const created = await orm.withTenant('acme', () => Project.create({ name: 'Launch' }))
      const mine = await orm.withTenant('acme', () => Project.find(created.id))
      const theirs = await orm.withTenant('globex', () => Project.find(created.id))
      const stored = (await client.scan({ TableName: tableName })).Items
      console.log(JSON.stringify({ mine: mine?.name, theirs: theirs ?? null, tenants: stored.map((item) => item.tenantId?.S) }))`,
    )
    expect(result).toEqual({ mine: 'Launch', theirs: null, tenants: ['acme'] })
    expect(runtimesChunk(before)).toEqual([])
    expect(runtimesChunk(after)).toHaveLength(1)
  })
})

describe('tenantItems, purgeTenant and FieldCipher load their code on first use', () => {
  it('purgeTenant and tenantItems reject the same typed error as before, from the call', () => {
    const { before, after, result } = run(
      'tenant-items',
      'unused',
      `const db = orm.createOrm({ models: [{ name: 'Note', attributes: {} }], client, design: { tableName }, setDefault: false })
      mark()
      const purge = await orm.purgeTenant(db).catch((error) => error)
      const items = orm.tenantItems(db)
      const first = await items.next().catch((error) => error)
      console.log(JSON.stringify([purge, first].map((error) => ({ tenant: orm.isTenantError(error), code: error.code }))))`,
    )
    expect(result).toEqual([
      { tenant: true, code: 'INVALID_OPTIONS' },
      { tenant: true, code: 'INVALID_OPTIONS' },
    ])
    expect(runtimesChunk(before)).toEqual([])
    expect(runtimesChunk(after)).toHaveLength(1)
  })

  it('a FieldCipher used on its own seals and opens a value, and refuses one moved to another slot', () => {
    const { before, after, result } = run(
      'field-cipher',
      'unused',
      `const { deriveDesign } = await import('@dbtooling/schema')
      const design = deriveDesign([{ name: 'Patient', attributes: { ssn: { type: 'string', encrypted: true } } }], { tableName: 'cipher-only' })
      const cipher = new orm.FieldCipher(design, new orm.LocalKeyring({ keys: { a: Buffer.alloc(32, 3) } }))
      const slot = { entity: 'Patient', partitionKey: 'PATIENT#1', sortKey: 'PATIENT#1', attribute: 'ssn' }
      mark()
      const sealed = await cipher.encryptValue(slot, { S: '123-45-6789' })
      const opened = await cipher.decryptValue(slot, sealed)
      const moved = await cipher.decryptValue({ ...slot, partitionKey: 'PATIENT#2' }, sealed).catch((error) => error.code)
      const plain = await cipher.decryptValue(slot, { S: 'x' }).catch((error) => error.code)
      console.log(JSON.stringify({ opened, moved, plain, sealedIsText: typeof sealed.B === 'string' && !sealed.B.includes('123-45') }))`,
    )
    expect(result).toEqual({
      opened: { S: '123-45-6789' },
      moved: 'DECRYPT_FAILED',
      plain: 'BAD_ENVELOPE',
      sealedIsText: true,
    })
    expect(runtimesChunk(before)).toEqual([])
    expect(runtimesChunk(after)).toHaveLength(1)
  })
})
