import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { attributeExists, eq, unmarshall } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  batchPut,
  copyTable,
  defineFactory,
  deleteByKey,
  exportTable,
  importTable,
  insert,
  insertMany,
  SecurityError,
  upsert,
} from '../../src/index'
import { localClient } from '../support'
import { patientOrm, plaintextGuard } from './fixtures'

// Every secret of this file starts with the marker, so the guard catches any of them in any request body.
const MARK = 'SECRET-'
const guard = plaintextGuard([MARK])
const { orm, Patient, tableName } = patientOrm(undefined, undefined, [guard])
const copy = patientOrm(undefined, undefined, [guard])
const raw = localClient()
const dir = mkdtempSync(join(tmpdir(), 'dbtooling-sec-paths-'))

async function stored(id: string, table = tableName): Promise<Record<string, unknown>> {
  const key = { pk: { S: `PATIENT#${id}` }, sk: { S: `PATIENT#${id}` } }
  const out = await raw.send('GetItem', { TableName: table, Key: key, ConsistentRead: true })
  return out.Item as Record<string, unknown>
}

/** The stored item holds ciphertext for `diagnosis`, and the model reads the plaintext back. */
async function expectSealed(id: string, diagnosis: string): Promise<void> {
  const item = await stored(id)
  expect(Object.keys(item.diagnosis as object)).toEqual(['B'])
  expect(JSON.stringify(item)).not.toContain(MARK)
  expect((await Patient.find(id, { consistentRead: true }))?.diagnosis).toBe(diagnosis)
}

async function refused(run: () => Promise<unknown>, code: string): Promise<SecurityError> {
  const before = guard.checked
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(SecurityError)
  expect((error as SecurityError).code).toBe(code)
  expect((error as SecurityError).hint.length).toBeGreaterThan(10)
  expect(guard.checked).toBe(before) // refused before anything was sent
  return error as SecurityError
}

const idOf = (model: { getAttribute(name: string): unknown }) => String(model.getAttribute('id'))

beforeAll(async () => {
  await orm.createTable()
  await copy.orm.createTable()
})
afterAll(async () => {
  expect(guard.leaks).toEqual([])
  await orm.dropTable()
  await copy.orm.dropTable()
})

describe('every ORM write path encrypts (or refuses) encrypted attributes', () => {
  it('create (PutItem), save and update (UpdateItem), insert, upsert', async () => {
    const created = await Patient.create({ name: 'P1', diagnosis: `${MARK}create` })
    await expectSealed(created.id, `${MARK}create`)
    created.diagnosis = `${MARK}save`
    await created.save()
    await expectSealed(created.id, `${MARK}save`)
    await created.update({ diagnosis: `${MARK}update` })
    await expectSealed(created.id, `${MARK}update`)
    const inserted = await insert(Patient, { name: 'P2', diagnosis: `${MARK}insert` })
    await expectSealed(inserted.id, `${MARK}insert`)
    const upserted = await upsert(Patient, { id: inserted.id, name: 'P2', diagnosis: `${MARK}upsert` })
    await expectSealed(idOf(upserted), `${MARK}upsert`)
    expect(guard.operations).toEqual(expect.arrayContaining(['PutItem', 'UpdateItem']))
  })

  it('insertMany through BatchWriteItem and through transactions (ifNotExists), batchWrite', async () => {
    const batched = await insertMany(Patient, [
      { name: 'B1', diagnosis: `${MARK}batch1` },
      { name: 'B2', diagnosis: `${MARK}batch2` },
    ])
    const transactional = await insertMany(Patient, [{ name: 'T1', diagnosis: `${MARK}trx` }], {
      ifNotExists: true,
    })
    const written = await orm.batchWrite([batchPut(Patient, { name: 'W1', diagnosis: `${MARK}bw` })])
    await expectSealed(batched[0]!.id, `${MARK}batch1`)
    await expectSealed(batched[1]!.id, `${MARK}batch2`)
    await expectSealed(transactional[0]!.id, `${MARK}trx`)
    await expectSealed(idOf(written.models[0]!), `${MARK}bw`)
    expect(guard.operations).toEqual(expect.arrayContaining(['BatchWriteItem', 'TransactWriteItems']))
  })

  it('orm.transaction (create and update) and a bulk update on a query (through the blind index)', async () => {
    const existing = await Patient.create({ name: 'X1', ssn: `${MARK}111` })
    const made = await orm.transaction(async (trx) => {
      const made = await trx.create(Patient, { name: 'X2', diagnosis: `${MARK}trx-create` })
      await trx.update(existing, { diagnosis: `${MARK}trx-update` })
      return made
    })
    await expectSealed(made.id, `${MARK}trx-create`)
    await expectSealed(existing.id, `${MARK}trx-update`)
    const count = await Patient.query()
      .where('ssn', `${MARK}111`)
      .update({ diagnosis: `${MARK}bulk` })
    expect(count).toBe(1)
    await expectSealed(existing.id, `${MARK}bulk`)
  })

  it("factories' create (BatchWriteItem)", async () => {
    defineFactory(Patient, ({ sequence }) => ({
      name: `F${sequence}`,
      diagnosis: `${MARK}factory${sequence}`,
    }))
    const made = await Patient.factory().count(3).seed(7).create()
    expect(made).toHaveLength(3)
    for (const patient of made) await expectSealed(patient.id, String(patient.diagnosis))
  })

  it('import through a model, and a table copy (whole items) between encrypting ORMs', async () => {
    const file = join(dir, 'patients.ndjson')
    writeFileSync(file, `${JSON.stringify({ id: 'imp-1', name: 'I1', diagnosis: `${MARK}import` })}\n`)
    const result = await importTable(orm, { file, model: 'Patient' })
    expect(result.written).toBe(1)
    await expectSealed('imp-1', `${MARK}import`)
    const copied = await copyTable(orm, copy.orm)
    expect(copied.written).toBeGreaterThan(5)
    const item = await stored('imp-1', copy.tableName)
    expect(Object.keys(item.diagnosis as object)).toEqual(['B'])
    expect((await copy.Patient.find('imp-1'))?.diagnosis).toBe(`${MARK}import`)
  })

  it("keeps a value that is already its slot's envelope (a plain-client copy written back, a ciphertext export imported)", async () => {
    const patient = await Patient.create({ name: 'Env', diagnosis: `${MARK}envelope` })
    const sealed = await stored(patient.id)
    await orm.rawPut({ Item: unmarshall(sealed as never) })
    expect(await stored(patient.id)).toEqual(sealed)
    expect((await Patient.find(patient.id, { consistentRead: true }))?.diagnosis).toBe(`${MARK}envelope`)
    const plain = { client: raw, tableName, design: orm.design }
    const file = join(dir, 'ciphertext.ndjson')
    await exportTable(plain, { file, entityTypes: ['Patient'] })
    await importTable(copy.orm, { file })
    // Another table, same keys: the envelope authenticates there too, so it is stored as it came.
    expect((await stored(patient.id, copy.tableName)).diagnosis).toEqual(sealed.diagnosis)
    expect((await copy.Patient.find(patient.id))?.diagnosis).toBe(`${MARK}envelope`)
  })

  it('raw writes: items and keys of a model are sealed; an untyped item with an encrypted attribute is refused', async () => {
    const id = 'raw-1'
    const key = { pk: `PATIENT#${id}`, sk: `PATIENT#${id}` }
    await orm.rawPut({ Item: { ...key, _et: 'Patient', name: 'R', diagnosis: `${MARK}raw-put` } })
    await expectSealed(id, `${MARK}raw-put`)
    await orm.rawUpdate({
      Key: key,
      UpdateExpression: 'SET #d = :d',
      ExpressionAttributeNames: { '#d': 'diagnosis' },
      ExpressionAttributeValues: { ':d': `${MARK}raw-update` },
    })
    await expectSealed(id, `${MARK}raw-update`)
    await orm.rawTransactWrite([
      { Put: { Item: { ...key, _et: 'Patient', name: 'R', diagnosis: `${MARK}raw-trx` } } },
    ])
    await expectSealed(id, `${MARK}raw-trx`)
    await orm.rawBatchWrite([
      { PutRequest: { Item: { ...key, _et: 'Patient', name: 'R', diagnosis: `${MARK}raw-bw` } } },
    ])
    await expectSealed(id, `${MARK}raw-bw`)
    const error = await refused(
      () => orm.rawPut({ Item: { ...key, name: 'R', diagnosis: `${MARK}untyped` } }),
      'UNRESOLVED_ENCRYPTED_WRITE',
    )
    expect(error.message).toContain('diagnosis')
    await refused(
      () =>
        orm.rawUpdate({
          Key: { pk: 'OTHER#1', sk: 'OTHER#1' },
          UpdateExpression: 'SET #d = :d',
          ExpressionAttributeNames: { '#d': 'diagnosis' },
          ExpressionAttributeValues: { ':d': `${MARK}unknown-key` },
        }),
      'UNRESOLVED_ENCRYPTED_WRITE',
    )
    await refused(
      () =>
        orm.rawUpdate({
          Key: key,
          UpdateExpression: 'SET #c.#v = :v',
          ExpressionAttributeNames: { '#c': 'chart', '#v': 'visits' },
          ExpressionAttributeValues: { ':v': 3 },
        }),
      'ENCRYPTED_NESTED_UPDATE',
    )
  })

  it('PartiQL: an INSERT or UPDATE naming an encrypted attribute is refused; SELECT results are decrypted', async () => {
    const table = `"${tableName}"`
    await refused(
      () =>
        orm.partiql(`INSERT INTO ${table} VALUE {'pk': ?, 'sk': ?, 'diagnosis': ?}`, ['A', 'A', `${MARK}pq`]),
      'ENCRYPTED_PARTIQL_WRITE',
    )
    await refused(
      () => orm.partiql(`UPDATE ${table} SET diagnosis = ? WHERE pk = ? AND sk = ?`, [`${MARK}pq`, 'A', 'A']),
      'ENCRYPTED_PARTIQL_WRITE',
    )
    await refused(
      () => orm.partiql(`INSERT INTO ${table} VALUE ?`, [{ pk: 'A', sk: 'A', diagnosis: `${MARK}pq` }]),
      'ENCRYPTED_PARTIQL_WRITE',
    )
    const patient = await Patient.create({ name: 'Q1', diagnosis: `${MARK}select` })
    await orm.partiql(`UPDATE ${table} SET phone = ? WHERE pk = ? AND sk = ?`, [
      '+44 0',
      `PATIENT#${patient.id}`,
      `PATIENT#${patient.id}`,
    ])
    const { items } = await orm.partiql(`SELECT * FROM ${table} WHERE pk = ?`, [`PATIENT#${patient.id}`])
    expect(items.map((item) => [item.diagnosis, item.phone])).toEqual([[`${MARK}select`, '+44 0']])
  })

  it('a write condition may test that an encrypted attribute exists, never compare its value', async () => {
    const patient = await Patient.create({ name: 'C1', diagnosis: `${MARK}cond` })
    patient.name = 'C1b'
    await refused(() => patient.save({ condition: { diagnosis: `${MARK}cond` } }), 'ENCRYPTED_CONDITION')
    await refused(
      () => deleteByKey(Patient, patient.id, { condition: eq('diagnosis', `${MARK}cond`) }),
      'ENCRYPTED_CONDITION',
    )
    await patient.save({ condition: attributeExists('diagnosis') })
    expect((await Patient.find(patient.id, { consistentRead: true }))?.name).toBe('C1b')
  })

  it('a raw Query or Scan filtering on an encrypted attribute is refused; one testing it exists is sent', async () => {
    const filter = {
      FilterExpression: '#d = :d',
      ExpressionAttributeNames: { '#d': 'diagnosis' },
      ExpressionAttributeValues: { ':d': `${MARK}filter` },
    }
    await refused(() => orm.rawScan(filter), 'ENCRYPTED_CONDITION')
    await refused(
      () =>
        orm.rawQuery({
          KeyConditionExpression: '#pk = :pk',
          ...filter,
          ExpressionAttributeNames: { ...filter.ExpressionAttributeNames, '#pk': 'pk' },
          ExpressionAttributeValues: { ...filter.ExpressionAttributeValues, ':pk': 'PATIENT#x' },
        }),
      'ENCRYPTED_CONDITION',
    )
    const page = await orm.rawScan({
      FilterExpression: 'attribute_exists(#d)',
      ExpressionAttributeNames: { '#d': 'diagnosis' },
    })
    expect(page.Items?.length).toBeGreaterThan(0)
  })

  it('every request of this file went through the plaintext guard, none carried a secret', () => {
    expect(guard.checked).toBeGreaterThan(40)
    const operations = ['PutItem', 'UpdateItem', 'BatchWriteItem', 'TransactWriteItems', 'ExecuteStatement']
    expect([...new Set(guard.operations)]).toEqual(expect.arrayContaining(operations))
    expect(guard.leaks).toEqual([])
  })
})
