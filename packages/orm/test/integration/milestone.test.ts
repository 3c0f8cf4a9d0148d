import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, ItemNotFoundError, Model, UniqueConstraintError } from '../../src/index'
import { teamDefinition, userDefinition } from '../fixtures/models'
import { localClient, requestRecorder, uniqueTableName } from '../support'

class User extends Model(userDefinition) {
  get label(): string {
    return `${this.name ?? '?'} <${this.email}>`
  }
}

const recorder = requestRecorder()
const orm = createOrm({
  models: [User, teamDefinition],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-milestone') },
})

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

describe('create and find', () => {
  it('creates with a generated id and timestamps, then finds it as the subclass', async () => {
    const user = await User.create({ email: 'ada@example.com', name: 'Ada' })
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(typeof user.createdAt).toBe('string')
    expect(user.role).toBe('member')
    const found = await User.find(user.id)
    expect(found).toBeInstanceOf(User)
    expect(found?.label).toBe('Ada <ada@example.com>')
    expect(found?.toJSON()).not.toHaveProperty('password')
  })

  it('orm.model() returns a typed class for definitions', async () => {
    const Team = orm.model('Team')
    const team = await Team.create({ slug: 'core', title: 'Core' })
    expect((await Team.findOrFail('core')).title).toBe('Core')
    expect(team.exists).toBe(true)
    await expect(Team.findOrFail('nope')).rejects.toBeInstanceOf(ItemNotFoundError)
  })

  it('rejects a duplicate unique attribute with UniqueConstraintError', async () => {
    await User.create({ email: 'dup@example.com' })
    const error = await User.create({ email: 'dup@example.com' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UniqueConstraintError)
    expect(error).toMatchObject({ field: 'email', value: 'dup@example.com', model: 'User' })
  })

  it('updates only dirty attributes', async () => {
    const user = await User.create({ email: 'dirty@example.com', name: 'Before' })
    recorder.clear()
    user.name = 'After'
    expect(user.isDirty('name')).toBe(true)
    expect(user.isDirty('email')).toBe(false)
    await user.save()
    expect(recorder.ops()).toEqual(['UpdateItem'])
    const input = recorder.requests[0]!.input as {
      UpdateExpression: string
      ExpressionAttributeNames: Record<string, string>
    }
    const names = Object.values(input.ExpressionAttributeNames)
    expect(names).toContain('name')
    expect(names).toContain('updatedAt')
    expect(names).not.toContain('email')
    expect(user.wasChanged('name')).toBe(true)
    expect((await User.findOrFail(user.id)).name).toBe('After')
  })
})
