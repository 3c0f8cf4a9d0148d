import { attributeNotExists, eq } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConditionalCheckFailedError, createOrm, Model, VersionConflictError } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { commentDefinition, projectDefinition, tagDefinition, taskDefinition } from './fixtures'

class Task extends Model(taskDefinition) {}
class Project extends Model(projectDefinition) {}

const recorder = requestRecorder()
const orm = createOrm({
  models: [Project, Task, commentDefinition, tagDefinition],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-save-conditions') },
  options: { coalescing: false },
})

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

function sentCondition(): string | undefined {
  return (recorder.requests.at(-1)!.input as { ConditionExpression?: string }).ConditionExpression
}

describe('save({ condition }) and update(attrs, { condition })', () => {
  it('a true condition (dynamo-client builder) writes; the condition is in the UpdateItem', async () => {
    const task = await Task.create({ title: 't', status: 'todo' })
    recorder.clear()
    task.title = 'renamed'
    expect(await task.save({ condition: eq('status', 'todo') })).toBe(true)
    expect(recorder.ops()).toEqual(['UpdateItem'])
    const sent = recorder.requests[0]!.input as { ExpressionAttributeNames?: Record<string, string> }
    expect(sentCondition()).toContain('attribute_exists')
    expect(Object.values(sent.ExpressionAttributeNames ?? {})).toContain('status')
    expect((await Task.findOrFail(task.id)).title).toBe('renamed')
  })

  it('a false condition raises ConditionalCheckFailedError and writes nothing', async () => {
    const task = await Task.create({ title: 't', status: 'done' })
    const error = await task
      .update({ title: 'nope' }, { condition: eq('status', 'todo') })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConditionalCheckFailedError)
    expect((await Task.findOrFail(task.id)).title).toBe('t')
  })

  it('where-style conditions: an object of equalities, or a where callback with or/in', async () => {
    const task = await Task.create({ title: 'w', status: 'review' })
    expect(await task.update({ title: 'w2' }, { condition: { status: 'review' } })).toBe(true)
    await expect(task.update({ title: 'w3' }, { condition: { status: 'todo' } })).rejects.toMatchObject({
      code: 'CONDITIONAL_CHECK_FAILED',
    })
    const ok = await task.update(
      { title: 'w4' },
      { condition: (q) => q.where('status', 'in', ['todo', 'review']).orWhere('title', 'x') },
    )
    expect(ok).toBe(true)
    await expect(
      task.update({ title: 'w5' }, { condition: (q) => q.where('title', 'begins_with', 'zz') }),
    ).rejects.toMatchObject({ code: 'CONDITIONAL_CHECK_FAILED' })
    expect((await Task.findOrFail(task.id)).title).toBe('w4')
  })

  it('a condition on a create is ANDed with attribute_not_exists(pk)', async () => {
    recorder.clear()
    const fresh = new Task({ title: 'new', status: 'todo' })
    await fresh.save({ condition: attributeNotExists('status') })
    expect(fresh.exists).toBe(true)
    expect(recorder.ops()).toEqual(['PutItem'])
    expect(sentCondition()).toContain('attribute_not_exists')
    // A new item has no stored attributes yet, so an equality on one is false.
    const refused = new Task({ title: 'new', status: 'todo' })
    await expect(refused.save({ condition: { status: 'todo' } })).rejects.toMatchObject({
      code: 'CONDITIONAL_CHECK_FAILED',
    })
    expect(refused.exists).toBe(false)
  })
})

describe('the version attribute (useVersioning)', () => {
  it('model.version is the stored version: 1 after create, +1 per write; null when not versioned', async () => {
    const task = await Task.create({ title: 'v' })
    expect(task.version).toBe(1)
    task.title = 'v2'
    await task.save()
    expect(task.version).toBe(2)
    expect((await Task.findOrFail(task.id)).version).toBe(2)
    expect(new Task({ title: 'unsaved' }).version).toBe(0)
    expect((await Project.create({ name: 'p' })).version).toBeNull()
  })

  it('toJSON leaves the version out unless asked: toJSON({ version: true })', async () => {
    const task = await Task.create({ title: 'json' })
    expect(task.toJSON()).not.toHaveProperty('_v')
    expect(JSON.parse(JSON.stringify(task))).not.toHaveProperty('_v')
    expect(task.toJSON({ version: true })).toMatchObject({ title: 'json', _v: 1 })
  })

  it('expectVersion (an ETag from a client) on save, update and delete', async () => {
    const task = await Task.create({ title: 'etag' })
    const etag = task.version!
    const other = await Task.findOrFail(task.id)
    other.title = 'changed elsewhere'
    await other.save()
    // This copy was read after the other write, but the client's ETag is older.
    const current = await Task.findOrFail(task.id)
    const error = await current
      .update({ title: 'from stale client' }, { expectVersion: etag })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VersionConflictError)
    expect(error).toMatchObject({ expectedVersion: etag, actualVersion: 2 })
    expect(await current.update({ title: 'fresh client' }, { expectVersion: 2 })).toBe(true)
    expect(current.version).toBe(3)
    await expect(current.delete({ expectVersion: 2 })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' })
    expect(await current.delete({ expectVersion: 3 })).toBe(true)
    expect(await Task.find(task.id)).toBeNull()
  })

  it('delete({ condition }) deletes only when the condition holds', async () => {
    const task = await Task.create({ title: 'd', status: 'open' })
    await expect(task.delete({ condition: { status: 'closed' } })).rejects.toMatchObject({
      code: 'CONDITIONAL_CHECK_FAILED',
    })
    expect(await task.delete({ condition: (q) => q.where('status', 'open') })).toBe(true)
  })

  it('expectVersion on a model without versioning is refused, not ignored', async () => {
    const project = await Project.create({ name: 'plain' })
    recorder.clear()
    await expect(project.update({ name: 'x' }, { expectVersion: 1 })).rejects.toMatchObject({
      code: 'INVALID_WRITE_OPTION',
    })
    expect(recorder.ops()).toEqual([])
  })
})
