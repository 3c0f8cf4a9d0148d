import { defineModel, stacksSchema } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createOrm,
  isValidationError,
  Model,
  OperationCancelledError,
  ValidationError,
} from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'

const events: string[] = []
const configEvents: string[] = []

const memberDefinition = defineModel({
  name: 'Member',
  attributes: {
    id: { type: 'string', fillable: true },
    email: {
      type: 'string',
      fillable: true,
      required: true,
      validation: {
        rule: stacksSchema.string().email(),
        message: { email: 'email must be an email address' },
      },
    },
    age: { type: 'number', fillable: true, validation: { rule: stacksSchema.number().min(18) } },
    handle: {
      type: 'string',
      fillable: true,
      // An async rule: pretend to ask a service whether the handle is reserved.
      validation: {
        rule: async (value: unknown) => {
          await new Promise((resolve) => setTimeout(resolve, 5))
          return value !== 'admin' || 'handle is reserved'
        },
      },
    },
    locked: { type: 'boolean', fillable: true },
  },
  hooks: {
    creating: (member: { handle?: string }) => {
      events.push(`definition:creating:${member.handle ?? ''}`)
    },
  },
} as const)

class Member extends Model(memberDefinition) {}

const recorder = requestRecorder()
const orm = createOrm({
  models: [Member],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-hooks') },
  config: {
    queryBuilder: {
      hooks: {
        beforeCreate: ({ model, operation }) => {
          configEvents.push(`${model}:${operation}`)
        },
      },
    },
  },
})

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

describe('hooks', () => {
  it('fires definition, model and global hooks in order around a create', async () => {
    events.length = 0
    const removers = ['saving', 'creating', 'created', 'saved'].map((event) =>
      Member.on(event as 'saving', () => {
        events.push(event)
      }),
    )
    await Member.create({ id: 'h1', email: 'h1@example.com', handle: 'one' })
    for (const remove of removers) remove()
    expect(events).toEqual(['saving', 'definition:creating:one', 'creating', 'created', 'saved'])
    expect(configEvents).toContain('Member:creating')
  })

  it('a before hook returning false cancels: save resolves false, create throws, nothing is sent', async () => {
    const remove = Member.on('creating', (member) => member.handle !== 'blocked')
    recorder.clear()
    const member = new Member({ id: 'h2', email: 'h2@example.com', handle: 'blocked' })
    expect(await member.save()).toBe(false)
    expect(member.exists).toBe(false)
    await expect(
      Member.create({ id: 'h3', email: 'h3@example.com', handle: 'blocked' }),
    ).rejects.toBeInstanceOf(OperationCancelledError)
    expect(recorder.requests).toHaveLength(0)
    remove()
  })

  it('cancels updates and deletes from updating/deleting hooks', async () => {
    const member = await Member.create({ id: 'h4', email: 'h4@example.com', handle: 'four' })
    const removeUpdating = Member.on('updating', (m) => !m.locked)
    const removeDeleting = Member.on('deleting', (m) => !m.locked)
    member.locked = true
    expect(await member.save()).toBe(false)
    expect(await member.delete()).toBe(false)
    expect(await Member.find('h4')).not.toBeNull()
    removeUpdating()
    removeDeleting()
  })
})

describe('validation', () => {
  it('lists every failing field with its message and writes nothing', async () => {
    recorder.clear()
    const error = await Member.create({ id: 'v1', email: 'not-an-email', age: 12, handle: 'admin' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect(isValidationError(error)).toBe(true)
    const fields = (error as ValidationError).fields
    expect(fields.email).toEqual(['email must be an email address'])
    expect(fields.handle).toEqual(['handle is reserved'])
    expect(Object.keys(fields).sort()).toEqual(['age', 'email', 'handle'])
    expect(recorder.requests).toHaveLength(0)
  })

  it('requires required attributes and validates updates', async () => {
    const missing = await Member.create({ id: 'v2' } as never).catch((e: unknown) => e)
    expect((missing as ValidationError).fields).toHaveProperty('email')
    const member = await Member.create({ id: 'v3', email: 'ok@example.com', age: 30 })
    await expect(member.update({ age: 3 })).rejects.toBeInstanceOf(ValidationError)
    expect((await Member.findOrFail('v3')).age).toBe(30)
  })

  it('can be skipped per save', async () => {
    const member = new Member({ id: 'v4', email: 'bad' })
    await expect(member.save({ validate: false })).resolves.toBe(true)
  })
})
