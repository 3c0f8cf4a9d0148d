import { DynamoClient } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, LocalKeyring, Model, SecurityError } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { blindIndexKey, keyA, keyB, patientDefinition, patientOrm } from './fixtures'

const tableName = uniqueTableName('sec')
const { orm, Patient, guard } = patientOrm(tableName)
const raw = localClient()

async function rawItem(id: string): Promise<Record<string, unknown>> {
  const out = await raw.send('GetItem', {
    TableName: tableName,
    Key: { pk: { S: `PATIENT#${id}` }, sk: { S: `PATIENT#${id}` } },
  })
  return out.Item as Record<string, unknown>
}

async function expectSecurityError(run: () => Promise<unknown>, code: string): Promise<SecurityError> {
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(SecurityError)
  expect((error as SecurityError).code).toBe(code)
  expect((error as SecurityError).hint.length).toBeGreaterThan(10)
  return error as SecurityError
}

beforeAll(async () => {
  await orm.createTable()
})
afterAll(async () => {
  expect(guard.leaks).toEqual([])
  await orm.dropTable()
})

describe('client-side field encryption on DynamoDB Local', () => {
  it('round-trips encrypted attributes of every shape and stores only ciphertext', async () => {
    const created = await Patient.create({
      name: 'Ada',
      ssn: '123-45-6789',
      diagnosis: 'hypertension',
      chart: { allergies: ['penicillin-allergy'], visits: 3 },
    })
    const found = await Patient.find(created.id)
    expect(found?.ssn).toBe('123-45-6789')
    expect(found?.diagnosis).toBe('hypertension')
    expect(found?.chart).toEqual({ allergies: ['penicillin-allergy'], visits: 3 })
    const stored = await rawItem(created.id)
    expect(Object.keys(stored.ssn as object)).toEqual(['B'])
    expect(Object.keys(stored.chart as object)).toEqual(['B'])
    expect(JSON.stringify(stored)).not.toContain('hypertension')
    expect(stored.name).toEqual({ S: 'Ada' })
  })

  it('encrypts updates (whole values, also of encrypted maps) and decrypts them back', async () => {
    const patient = await Patient.create({ name: 'Bob', ssn: '987-65-4321', chart: { visits: 1 } })
    patient.diagnosis = 'hypertension'
    patient.chart = { visits: 2, allergies: ['penicillin-allergy'] }
    await patient.save()
    const again = await Patient.find(patient.id)
    expect(again?.diagnosis).toBe('hypertension')
    expect(again?.chart).toEqual({ visits: 2, allergies: ['penicillin-allergy'] })
    const listed = await Patient.query().where('name', 'Bob').useIndex('GSI1').get()
    expect([...listed].map((row) => row.diagnosis)).toEqual(['hypertension'])
  })

  it('finds by a searchable encrypted attribute through its blind index (explain names the index)', async () => {
    const ada = await Patient.create({ name: 'Cy', ssn: '555-00-1111' })
    const query = Patient.query().where('ssn', '555-00-1111')
    const explained = query.explain()
    const blind = orm.design.entities.Patient!.indexKeys.find((keys) => keys.blindIndex === 'ssn')!
    expect(explained.index).toBe(blind.index)
    expect(explained.keyCondition).toContain('PATIENT#BLIND#ssn#')
    expect(explained.keyCondition).not.toContain('555-00-1111')
    const found = await query.get()
    expect([...found].map((row) => row.id)).toEqual([ada.id])
    expect(found.first()?.ssn).toBe('555-00-1111')
    expect((await Patient.query().where('ssn', '000-00-0000').get()).count()).toBe(0)
  })

  it('refuses conditions on encrypted attributes that would need the plaintext', async () => {
    await expectSecurityError(
      () => Patient.query().where('diagnosis', 'hypertension').get(),
      'ENCRYPTED_CONDITION',
    )
    await expectSecurityError(
      () => Patient.query().where('ssn', 'begins_with', '123').get(),
      'ENCRYPTED_CONDITION',
    )
    await expectSecurityError(
      () => Patient.query().where('name', 'Ada').orWhere('ssn', '123-45-6789').get(),
      'ENCRYPTED_CONDITION',
    )
  })

  it('detects a tampered ciphertext', async () => {
    const patient = await Patient.create({ name: 'Dee', diagnosis: 'hypertension' })
    const stored = await rawItem(patient.id)
    const bytes = Buffer.from((stored.diagnosis as { B: string }).B, 'base64')
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1
    await raw.send('PutItem', {
      TableName: tableName,
      Item: { ...stored, diagnosis: { B: bytes.toString('base64') } } as never,
    })
    const error = await expectSecurityError(() => Patient.find(patient.id), 'DECRYPT_FAILED')
    expect(error.message).toContain('Patient.diagnosis')
  })

  it('detects a ciphertext moved to another item or attribute', async () => {
    const from = await Patient.create({ name: 'Eve', diagnosis: 'hypertension' })
    const to = await Patient.create({ name: 'Fay', diagnosis: 'none' })
    const source = await rawItem(from.id)
    const target = await rawItem(to.id)
    await raw.send('PutItem', {
      TableName: tableName,
      Item: { ...target, diagnosis: source.diagnosis } as never,
    })
    await expectSecurityError(() => Patient.find(to.id), 'DECRYPT_FAILED')
    await raw.send('PutItem', { TableName: tableName, Item: { ...source, ssn: source.diagnosis } as never })
    await expectSecurityError(() => Patient.find(from.id), 'DECRYPT_FAILED')
  })

  it('reports a value written without encryption as BAD_ENVELOPE', async () => {
    const patient = await Patient.create({ name: 'Gil' })
    const stored = await rawItem(patient.id)
    await raw.send('PutItem', { TableName: tableName, Item: { ...stored, diagnosis: { S: 'flu' } } as never })
    await expectSecurityError(() => Patient.find(patient.id), 'BAD_ENVELOPE')
  })

  it('keeps reading values written under a rotated-out key, and needs the old key to do so', async () => {
    const before = await Patient.create({ name: 'Hal', diagnosis: 'hypertension' })
    const rotated = createOrm({
      models: [patientDefinition],
      client: localClient(),
      design: { tableName },
      security: {
        encryption: { keys: new LocalKeyring({ keys: { a: keyA, b: keyB }, current: 'b' }), blindIndexKey },
      },
      setDefault: false,
    })
    const RotatedPatient = Model(patientDefinition, rotated)
    const after = await RotatedPatient.create({ name: 'Ivy', diagnosis: 'asthma', ssn: '123-45-6789' })
    expect((await RotatedPatient.find(before.id))?.diagnosis).toBe('hypertension')
    expect((await RotatedPatient.find(after.id))?.diagnosis).toBe('asthma')
    const envelope = Buffer.from(((await rawItem(after.id)).diagnosis as { B: string }).B, 'base64')
    expect(envelope.subarray(2, 2 + (envelope[1] ?? 0)).toString()).toBe('b')
    const onlyNew = createOrm({
      models: [patientDefinition],
      client: localClient(),
      design: { tableName },
      security: { encryption: { keys: new LocalKeyring({ keys: { b: keyB } }), blindIndexKey } },
      setDefault: false,
    })
    await expectSecurityError(() => Model(patientDefinition, onlyNew).find(before.id), 'UNKNOWN_KEY')
  })

  it('asks the key provider for one data key for many items (data-key cache)', async () => {
    const cipher = orm.ctx.security!.cipher!
    const generated = cipher.cache.stats.generated
    for (let i = 0; i < 5; i++) await Patient.create({ name: `N${i}`, diagnosis: 'hypertension' })
    expect(cipher.cache.stats.generated).toBe(generated)
  })

  it('encrypts batch writes and batch reads (BatchWriteItem, BatchGetItem) end to end', async () => {
    const before = guard.operations.length
    const rows = await Patient.insertMany([
      { name: 'B1', diagnosis: 'hypertension', ssn: '987-65-4321' },
      { name: 'B2', diagnosis: 'penicillin-allergy' },
    ])
    expect(guard.operations.slice(before)).toContain('BatchWriteItem')
    const found = await Promise.all(rows.map((row) => Patient.find(row.id)))
    expect(found.map((row) => row?.diagnosis)).toEqual(['hypertension', 'penicillin-allergy'])
    expect((await Patient.query().where('ssn', '987-65-4321').get()).count()).toBeGreaterThanOrEqual(1)
  })

  it('refuses an ORM whose design encrypts attributes without keys, or searchable ones without a blind index key', () => {
    const build = (security?: Parameters<typeof createOrm>[0]['security']) => () =>
      createOrm({
        models: [patientDefinition],
        client: new DynamoClient({}),
        design: { tableName },
        ...(security ? { security } : {}),
        setDefault: false,
      })
    expect(build()).toThrowError(expect.objectContaining({ code: 'INVALID_SECURITY_OPTIONS' }))
    expect(build({ encryption: { keys: new LocalKeyring({ keys: { a: keyA } }) } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_SECURITY_OPTIONS' }),
    )
  })

  it('every request of this file went through the plaintext guard', () => {
    expect(guard.checked).toBeGreaterThan(20)
    expect(new Set(guard.operations)).toEqual(expect.objectContaining({}))
    expect(guard.operations).toEqual(expect.arrayContaining(['PutItem', 'UpdateItem', 'GetItem', 'Query']))
    expect(guard.leaks).toEqual([])
  })
})
