import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditTrail,
  batchDelete,
  batchPut,
  createOrm,
  defineFactory,
  importTable,
  insertMany,
  LocalKeyring,
  Model,
  TransactionTooLargeError,
  upsert,
} from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { blindIndexKey, keyA, patientDefinition, plaintextGuard } from './fixtures'

const recorder = requestRecorder()
const guard = plaintextGuard()
const orm = createOrm({
  models: [patientDefinition],
  client: localClient([recorder, guard]),
  design: { tableName: uniqueTableName('audit-batch') },
  security: {
    encryption: { keys: new LocalKeyring({ keys: { a: keyA } }), blindIndexKey },
    audit: { actor: () => 'importer', values: ['name', 'diagnosis'] },
  },
  setDefault: false,
})
const Patient = Model(patientDefinition, orm)
const trail = (id: string) => auditTrail(orm, 'Patient', { id })

/** The PutRequests of every BatchWriteItem sent since the recorder was cleared, as [entity type, pk]. */
function batchPuts(): [string, string][] {
  return recorder.requests
    .filter((request) => request.operation === 'BatchWriteItem')
    .flatMap((request) => Object.values((request.input as { RequestItems: object }).RequestItems).flat())
    .map((write: { PutRequest?: { Item: Record<string, { S?: string }> } }) => {
      const item = write.PutRequest?.Item ?? {}
      return [item._et?.S ?? '', item.pk?.S ?? ''] as [string, string]
    })
}

beforeAll(() => orm.createTable())
afterAll(async () => {
  expect(guard.leaks).toEqual([])
  await orm.dropTable()
})

describe('audit trail of batch writes', () => {
  it('insertMany (BatchWriteItem): each item is followed by its audit record in the same request', async () => {
    recorder.clear()
    const rows = await insertMany(Patient, [
      { name: 'A', diagnosis: 'hypertension' },
      { name: 'B' },
      { name: 'C', phone: '+44 3' },
    ])
    expect(recorder.ops()).toEqual(['BatchWriteItem'])
    const puts = batchPuts()
    expect(puts.map(([type]) => type)).toEqual([
      'Patient',
      '_Audit',
      'Patient',
      '_Audit',
      'Patient',
      '_Audit',
    ])
    for (let i = 0; i < 3; i++)
      expect(puts[i * 2 + 1]![1]).toBe(`AUDIT#${puts[i * 2]![1]}#${puts[i * 2]![1]}`)
    const [first] = await trail(rows[0]!.id)
    expect(first).toMatchObject({ entity: 'Patient', operation: 'put', actor: 'importer' })
    expect(first?.changed).toEqual(expect.arrayContaining(['name', 'diagnosis', 'createdAt']))
    expect(first?.values).toEqual({ name: 'A', diagnosis: '***' })
    expect((await trail(rows[2]!.id))[0]?.changed).toContain('phone')
  })

  it('chunks items and their records 25 to a request, and audits every one of 30 items', async () => {
    recorder.clear()
    const rows = await insertMany(
      Patient,
      Array.from({ length: 30 }, (_, i) => ({ name: `N${i}` })),
    )
    expect(recorder.ops()).toEqual(['BatchWriteItem', 'BatchWriteItem', 'BatchWriteItem'])
    expect(batchPuts()).toHaveLength(60)
    const trails = await Promise.all(rows.map((row) => trail(row.id)))
    expect(trails.map((records) => records.map((record) => record.operation))).toEqual(
      rows.map(() => ['put']),
    )
  })

  it('orm.batchWrite puts and deletes, a key written twice is audited once', async () => {
    const [kept] = await insertMany(Patient, [{ name: 'Del' }])
    // The same id twice: the type leaves generated ids out of the attributes, the batch takes them.
    const withId = (name: string) => ({ id: 'bw-1', name }) as { name: string }
    const out = await orm.batchWrite([
      batchPut(Patient, withId('first')),
      batchPut(Patient, withId('second')),
      batchDelete(Patient, kept!.id),
    ])
    expect(out.written).toBe(2)
    expect((await trail('bw-1')).map((record) => record.values)).toEqual([{ name: 'second' }])
    expect((await trail(kept!.id)).map((record) => [record.operation, record.changed])).toEqual([
      ['put', expect.arrayContaining(['name'])],
      ['delete', []],
    ])
  })

  it('importTable through a model records each imported row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dbtooling-audit-import-'))
    const file = join(dir, 'patients.ndjson')
    writeFileSync(file, `${JSON.stringify({ id: 'imp-a', name: 'Imp' })}\n`)
    expect((await importTable(orm, { file, model: 'Patient' })).written).toBe(1)
    expect((await trail('imp-a')).map((record) => [record.operation, record.actor])).toEqual([
      ['put', 'importer'],
    ])
  })

  it("factories' create (BatchWriteItem) records each seeded item", async () => {
    defineFactory(Patient, ({ sequence }) => ({ name: `F${sequence}` }))
    const made = await Patient.factory().count(2).seed(3).create()
    for (const patient of made)
      expect((await trail(patient.id)).map((record) => record.operation)).toEqual(['put'])
  })
})

describe('audit trail of transactional and atomic writes', () => {
  it('insertMany with ifNotExists: one TransactWriteItems holds the items and their records', async () => {
    recorder.clear()
    const rows = await insertMany(Patient, [{ name: 'T1' }, { name: 'T2' }], { ifNotExists: true })
    expect(recorder.ops()).toEqual(['TransactWriteItems'])
    const sent = recorder.requests[0]!.input as { TransactItems: unknown[] }
    expect(sent.TransactItems).toHaveLength(4)
    for (const row of rows)
      expect((await trail(row.id)).map((record) => record.operation)).toEqual(['create'])
  })

  it('orm.transaction audits every model write it carries', async () => {
    const existing = await Patient.create({ name: 'Tx' })
    recorder.clear()
    const made = await orm.transaction(async (trx) => {
      await trx.update(existing, { name: 'Tx2' })
      return trx.create(Patient, { name: 'Tx3' })
    })
    expect(recorder.ops()).toEqual(['TransactWriteItems'])
    expect((await trail(existing.id)).map((record) => record.operation)).toEqual(['create', 'update'])
    expect((await trail(made.id)).map((record) => record.operation)).toEqual(['create'])
  })

  it('refuses, before sending, a transaction whose writes and audit records pass 100 actions', async () => {
    recorder.clear()
    const error = await orm
      .transaction(async (trx) => {
        for (let i = 0; i < 51; i++) await trx.create(Patient, { name: `L${i}` })
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TransactionTooLargeError)
    expect((error as TransactionTooLargeError).count).toBe(102)
    expect(recorder.ops()).toEqual([])
  })

  it('upsert and atomic operations become audited transactions and still return the stored values', async () => {
    const patient = await Patient.create({ name: 'Up' })
    recorder.clear()
    const upserted = await upsert(Patient, { id: patient.id, name: 'Up2' })
    expect(upserted.name).toBe('Up2')
    expect(recorder.ops()).toEqual(['TransactWriteItems', 'GetItem'])
    expect((await trail(patient.id)).map((record) => [record.operation, record.values])).toEqual([
      ['create', { name: 'Up' }],
      ['update', { name: 'Up2' }],
    ])
  })

  it('a bulk update on a query writes one record per matched item', async () => {
    const a = await Patient.create({ name: 'Bulk', ssn: '555-55-5555' })
    const count = await Patient.query().where('ssn', '555-55-5555').update({ name: 'Bulked' })
    expect(count).toBe(1)
    expect((await trail(a.id)).map((record) => record.values)).toEqual([{ name: 'Bulk' }, { name: 'Bulked' }])
  })
})
