import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, Model, UniqueConstraintError, ValidationError } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

const contact = defineModel({
  name: 'Contact',
  traits: { useUuid: true },
  attributes: {
    name: { type: 'string', fillable: true },
    phone: {
      type: 'string',
      fillable: true,
      masked: true,
      unique: true,
      validation: {
        rule: (value: unknown) => String(value).startsWith('+') || `${String(value)} must start with +`,
      },
    },
    notes: { type: 'string', fillable: true, masked: true },
  },
} as const)

const tableName = uniqueTableName('mask')
const orm = createOrm({ models: [contact], client: localClient(), design: { tableName }, setDefault: false })
const Contact = Model(contact, orm)

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

describe('masked attributes', () => {
  it('are *** in toJSON and JSON.stringify, while the model still holds the value', async () => {
    const saved = await Contact.create({ name: 'Ada', phone: '+44 20 7946 0000', notes: 'VIP' })
    expect(saved.toJSON()).toMatchObject({ name: 'Ada', phone: '***', notes: '***' })
    expect(JSON.stringify(await Contact.find(saved.id))).not.toContain('7946')
    expect(saved.phone).toBe('+44 20 7946 0000')
  })

  it('are *** in validation errors: the issue value and a message that quoted it', async () => {
    const error = await Contact.create({ name: 'Bob', phone: '555 0100' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    const issue = (error as ValidationError).issues[0]
    expect(issue).toEqual({ field: 'phone', message: '*** must start with +', value: '***' })
    expect((error as ValidationError).message).not.toContain('555 0100')
  })

  it('are *** in unique-constraint errors and in the write plan description', async () => {
    await Contact.create({ name: 'Cy', phone: '+1 555 0199' })
    const error = await Contact.create({ name: 'Dee', phone: '+1 555 0199' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(UniqueConstraintError)
    expect((error as UniqueConstraintError).message).not.toContain('0199')
    expect((error as UniqueConstraintError).value).toBe('***')
  })
})
