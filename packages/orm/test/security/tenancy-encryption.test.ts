import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enableTenancy, SecurityError, withTenant } from '../../src/index'
import { localClient } from '../support'
import { patientOrm, plaintextGuard } from './fixtures'

const MARK = 'SECRET-'
const guard = plaintextGuard([MARK])
const prefixed = patientOrm(undefined, undefined, [guard])
enableTenancy(prefixed.orm, { strategy: 'prefix' })
const custom = patientOrm(undefined, undefined, [guard])
enableTenancy(custom.orm, { strategy: 'prefix', keyPrefix: 'ORG' })
const attribute = patientOrm(undefined, undefined, [guard])
enableTenancy(attribute.orm, { strategy: 'attribute' })
const { Patient, orm, tableName } = prefixed
const raw = localClient()

async function rawItem(table: string, pk: string, sk: string): Promise<Record<string, unknown>> {
  const key = { pk: { S: pk }, sk: { S: sk } }
  const out = await raw.send('GetItem', { TableName: table, Key: key, ConsistentRead: true })
  return out.Item as Record<string, unknown>
}

beforeAll(async () => {
  await Promise.all([orm.createTable(), custom.orm.createTable(), attribute.orm.createTable()])
})
afterAll(async () => {
  expect(guard.leaks).toEqual([])
  await Promise.all([orm.dropTable(), custom.orm.dropTable(), attribute.orm.dropTable()])
})

describe('field encryption under the prefix tenancy strategy', () => {
  it('round-trips creates and updates; the stored key carries the tenant and the values are ciphertext', async () => {
    const id = await withTenant('acme', async () => {
      const patient = await Patient.create({ name: 'Ada', ssn: `${MARK}100`, chart: { visits: 1 } })
      patient.diagnosis = `${MARK}saved`
      patient.chart = { visits: 2, notes: `${MARK}chart` }
      await patient.save()
      await patient.update({ ssn: `${MARK}101` })
      const found = await Patient.find(patient.id, { consistentRead: true })
      expect([found?.diagnosis, found?.ssn, found?.chart]).toEqual([
        `${MARK}saved`,
        `${MARK}101`,
        { visits: 2, notes: `${MARK}chart` },
      ])
      return patient.id
    })
    const item = await rawItem(tableName, `TENANT#acme#PATIENT#${id}`, `PATIENT#${id}`)
    for (const name of ['ssn', 'diagnosis', 'chart']) expect(Object.keys(item[name] as object)).toEqual(['B'])
    expect(JSON.stringify(item)).not.toContain(MARK)
  })

  it('a custom keyPrefix (ORG#<tenant>#) resolves updates to their model too', async () => {
    const id = await withTenant('initech', async () => {
      const patient = await custom.Patient.create({ name: 'Bo' })
      await patient.update({ diagnosis: `${MARK}org` })
      expect((await custom.Patient.find(patient.id, { consistentRead: true }))?.diagnosis).toBe(`${MARK}org`)
      return patient.id
    })
    const item = await rawItem(custom.tableName, `ORG#initech#PATIENT#${id}`, `PATIENT#${id}`)
    expect(Object.keys(item.diagnosis as object)).toEqual(['B'])
  })

  it('detects an item or a value moved to another tenant (the tenant prefix is bound as AAD)', async () => {
    const id = await withTenant(
      'acme',
      async () => (await Patient.create({ name: 'Cy', diagnosis: `${MARK}moved` })).id,
    )
    const item = await rawItem(tableName, `TENANT#acme#PATIENT#${id}`, `PATIENT#${id}`)
    await raw.send('PutItem', {
      TableName: tableName,
      Item: { ...item, pk: { S: `TENANT#globex#PATIENT#${id}` } } as never,
    })
    const error = await withTenant('globex', () => Patient.find(id)).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(SecurityError)
    expect((error as SecurityError).code).toBe('DECRYPT_FAILED')
    expect((error as SecurityError).message).toContain('TENANT#globex#')
    expect((await withTenant('acme', () => Patient.find(id)))?.diagnosis).toBe(`${MARK}moved`)
  })

  it('blind-index queries stay inside the tenant: the same value in two tenants finds only its own', async () => {
    const ssn = `${MARK}200`
    const acme = await withTenant('acme', async () => (await Patient.create({ name: 'Dee', ssn })).id)
    const globex = await withTenant('globex', async () => (await Patient.create({ name: 'Eve', ssn })).id)
    await withTenant('acme', async () => {
      const query = Patient.query().where('ssn', ssn)
      expect(query.explain().keyCondition).toContain('TENANT#acme#PATIENT#BLIND#ssn#')
      expect(query.explain().keyCondition).not.toContain(ssn)
      expect([...(await query.get())].map((row) => row.id)).toEqual([acme])
    })
    await withTenant('globex', async () => {
      expect([...(await Patient.query().where('ssn', ssn).get())].map((row) => row.id)).toEqual([globex])
      expect(
        await Patient.query()
          .where('ssn', ssn)
          .update({ diagnosis: `${MARK}bulk` }),
      ).toBe(1)
      expect((await Patient.find(globex, { consistentRead: true }))?.diagnosis).toBe(`${MARK}bulk`)
    })
    expect(
      (await withTenant('acme', () => Patient.find(acme, { consistentRead: true })))?.diagnosis,
    ).toBeUndefined()
  })
})

describe('field encryption under the attribute tenancy strategy', () => {
  it('round-trips an update and stores ciphertext beside the tenant attribute', async () => {
    const id = await withTenant('acme', async () => {
      const patient = await attribute.Patient.create({ name: 'Fay', diagnosis: `${MARK}attr` })
      await patient.update({ diagnosis: `${MARK}attr2` })
      expect((await attribute.Patient.find(patient.id, { consistentRead: true }))?.diagnosis).toBe(
        `${MARK}attr2`,
      )
      return patient.id
    })
    const item = await rawItem(attribute.tableName, `PATIENT#${id}`, `PATIENT#${id}`)
    expect(item.tenantId).toEqual({ S: 'acme' })
    expect(Object.keys(item.diagnosis as object)).toEqual(['B'])
  })
})
