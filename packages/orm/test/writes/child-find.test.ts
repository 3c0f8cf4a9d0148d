import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, Model } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { commentDefinition, projectDefinition, tagDefinition, taskDefinition } from './fixtures'

class Task extends Model(taskDefinition) {}
class Comment extends Model(commentDefinition) {}

const recorder = requestRecorder()
const orm = createOrm({
  models: [projectDefinition, Task, Comment, tagDefinition],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-child-find') },
  options: { coalescing: false },
})

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

async function taskWithComments(count: number) {
  const task = await Task.create({ title: 'Write docs' })
  const comments = []
  for (let n = 0; n < count; n += 1) comments.push(await Comment.create({ body: `c${n}`, taskId: task.id }))
  return { task, comments }
}

describe('finding a collection child by id', () => {
  it('Comment.find(id) is one Query on the by-id index, not KEY_FIELD_MISSING', async () => {
    const { task, comments } = await taskWithComments(2)
    recorder.clear()
    const found = await Comment.find(comments[1]!.id)
    expect(found).toBeInstanceOf(Comment)
    expect(found?.body).toBe('c1')
    expect(found?.taskId).toBe(task.id)
    expect(recorder.ops()).toEqual(['Query'])
    const sent = recorder.requests[0]!.input as { IndexName?: string; KeyConditionExpression?: string }
    expect(sent.IndexName).toBe(orm.design.entities.Comment!.access.byId.index)
    expect(sent.KeyConditionExpression).toBeDefined()
  })

  it('find returns null for an unknown id and findOrFail throws ITEM_NOT_FOUND', async () => {
    expect(await Comment.find('missing-id')).toBeNull()
    await expect(Comment.findOrFail('missing-id')).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' })
  })

  it('find with the whole base key (id and parent id) stays one GetItem', async () => {
    const { task, comments } = await taskWithComments(1)
    recorder.clear()
    const found = await Comment.find({ id: comments[0]!.id, taskId: task.id })
    expect(found?.body).toBe('c0')
    expect(recorder.ops()).toEqual(['GetItem'])
  })

  it('a strongly consistent find reads the index for the key, then GetItem with ConsistentRead', async () => {
    const { comments } = await taskWithComments(1)
    recorder.clear()
    const found = await Comment.find(comments[0]!.id, { consistentRead: true })
    expect(found?.body).toBe('c0')
    expect(recorder.ops()).toEqual(['Query', 'GetItem'])
    expect((recorder.requests[1]!.input as { ConsistentRead?: boolean }).ConsistentRead).toBe(true)
  })

  it('findMany on children: one Query per id, in the order asked, missing ids skipped', async () => {
    const { comments } = await taskWithComments(3)
    recorder.clear()
    const found = await Comment.findMany([comments[2]!.id, 'nope', comments[0]!.id])
    expect(found.map((comment) => comment.body)).toEqual(['c2', 'c0'])
    expect(recorder.ops()).toEqual(['Query', 'Query', 'Query'])
  })

  it('query().find(id) and query().with(...).find(id) on a child', async () => {
    const { task, comments } = await taskWithComments(1)
    const plain = await Comment.query().find(comments[0]!.id)
    expect(plain?.body).toBe('c0')
    const withTask = await Comment.query().with('task').find(comments[0]!.id)
    expect(withTask?.body).toBe('c0')
    expect((withTask?.getRelation('task') as { id?: string } | undefined)?.id).toBe(task.id)
    const filtered = await Comment.query().where('body', 'c0').find(comments[0]!.id)
    expect(filtered?.id).toBe(comments[0]!.id)
  })

  it('a found child can be saved and deleted under its parent key', async () => {
    const { task, comments } = await taskWithComments(1)
    const found = await Comment.findOrFail(comments[0]!.id)
    found.body = 'edited'
    await found.save()
    expect((await Comment.find({ id: found.id, taskId: task.id }))?.body).toBe('edited')
    await found.delete()
    expect(await Comment.find(found.id)).toBeNull()
  })
})
