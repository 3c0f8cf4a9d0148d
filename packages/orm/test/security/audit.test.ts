import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditTrail, createOrm, LocalKeyring, Model } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { blindIndexKey, keyA, patientDefinition, plaintextGuard } from './fixtures'

let actor: string | null = 'nurse-1'
const recorder = requestRecorder()
const guard = plaintextGuard()
const tableName = uniqueTableName('audit')
const orm = createOrm({
  models: [patientDefinition],
  client: localClient([recorder, guard]),
  design: { tableName },
  security: {
    encryption: { keys: new LocalKeyring({ keys: { a: keyA } }), blindIndexKey },
    audit: { actor: () => actor, values: true },
  },
  setDefault: false,
})
const Patient = Model(patientDefinition, orm)

beforeAll(() => orm.createTable())
afterAll(async () => {
  expect(guard.leaks).toEqual([])
  await orm.dropTable()
})

describe('audit trail', () => {
  it('writes one audit record per model write in the same TransactWriteItems, queryable per item', async () => {
    recorder.clear()
    const patient = await Patient.create({ name: 'Ada', diagnosis: 'hypertension', phone: '+44 1' })
    expect(recorder.ops()).toEqual(['TransactWriteItems'])
    actor = 'doctor-7'
    patient.name = 'Ada L.'
    await patient.save()
    actor = null
    await patient.delete()
    const trail = await auditTrail(orm, 'Patient', { id: patient.id })
    expect(trail.map((record) => [record.operation, record.actor])).toEqual([
      ['create', 'nurse-1'],
      ['update', 'doctor-7'],
      ['delete', null],
    ])
    expect(trail[0]?.changed).toEqual(expect.arrayContaining(['name', 'diagnosis', 'phone', 'createdAt']))
    expect(trail[0]?.changed).not.toContain('pk')
    expect(trail[1]?.changed).toEqual(['name', 'updatedAt'])
    expect(trail[1]?.values).toMatchObject({ name: 'Ada L.' })
    expect(trail[2]?.changed).toEqual([])
  })

  it('never records encrypted or masked values (***), and sends no plaintext of them', async () => {
    const patient = await Patient.create({ name: 'Bob', diagnosis: 'hypertension', phone: '+44 2' })
    const [created] = await auditTrail(orm, 'Patient', { id: patient.id })
    expect(created?.values).toMatchObject({ name: 'Bob', diagnosis: '***', phone: '***' })
    expect(JSON.stringify(created)).not.toContain('hypertension')
  })

  it('rolls the audit record back with a write that fails', async () => {
    const patient = await Patient.create({ name: 'Cy' })
    await orm.ctx.doc.delete({
      TableName: tableName,
      Key: { pk: `PATIENT#${patient.id}`, sk: `PATIENT#${patient.id}` },
    })
    patient.name = 'Cy 2'
    await expect(patient.save()).rejects.toThrow()
    const trail = await auditTrail(orm, 'Patient', { id: patient.id })
    expect(trail.map((record) => record.operation)).toEqual(['create'])
  })
})
