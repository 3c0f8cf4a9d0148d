import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, Model, ResultCollection } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { commentDefinition, projectDefinition, tagDefinition, taskDefinition } from './fixtures'

class Project extends Model(projectDefinition) {}
class Task extends Model(taskDefinition) {}
class Comment extends Model(commentDefinition) {}
class Tag extends Model(tagDefinition) {}

const recorder = requestRecorder()
const orm = createOrm({
  models: [Project, Task, Comment, Tag],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-relations-json') },
  options: { coalescing: false },
})

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

async function seed() {
  const project = await Project.create({ name: 'Apollo' })
  const task = await Task.create({ title: 'Launch', projectId: project.id })
  await Comment.create({ body: 'go', taskId: task.id, secret: 's1' })
  const tag = await Tag.create({ id: `tag-${task.id}`, label: 'urgent' })
  await task.tags().attach(tag.id)
  return { project, task, tag }
}

describe('belongsToMany getters', () => {
  it('tags().get() is a ResultCollection like comments().get(), with the reads in meta', async () => {
    const { task, tag } = await seed()
    const comments = await task.comments().get()
    recorder.clear()
    const tags = await task.tags().get()
    expect(tags).toBeInstanceOf(ResultCollection)
    expect(tags.constructor).toBe(comments.constructor)
    expect(tags.all().map((t) => t.get('id'))).toEqual([tag.id])
    expect(tags.meta).toMatchObject({ operation: 'Query', pages: 1, count: 1 })
    expect(tags.meta.pages).toBe(recorder.ops().filter((op) => op === 'Query').length)
    // Collection methods work on it as on any query result.
    expect(tags.pluck('label').all()).toEqual(['urgent'])
  })

  it('an empty belongsToMany is an empty collection', async () => {
    const lonely = await Task.create({ title: 'alone' })
    const tags = await lonely.tags().get()
    expect(tags).toBeInstanceOf(ResultCollection)
    expect(tags.length).toBe(0)
  })
})

describe('toJSON with loaded relations', () => {
  it('includes every loaded relation, recursively, without hidden attributes', async () => {
    const { project, task } = await seed()
    const loaded = await Project.query().with('tasks.comments', 'tasks.tags').find(project.id)
    const json = loaded!.toJSON() as Record<string, unknown>
    expect(json).toMatchObject({ id: project.id, name: 'Apollo' })
    const tasks = json.tasks as Record<string, unknown>[]
    expect(tasks.map((t) => t.id)).toEqual([task.id])
    const comments = tasks[0]!.comments as Record<string, unknown>[]
    expect(comments).toEqual([expect.objectContaining({ body: 'go', taskId: task.id })])
    expect(comments[0]).not.toHaveProperty('secret')
    expect(tasks[0]!.tags).toEqual([expect.objectContaining({ label: 'urgent' })])
    // A model read through belongsToMany carries its edge, as Eloquent's `pivot`.
    expect((tasks[0]!.tags as Record<string, unknown>[])[0]!.pivot).toMatchObject({ taskId: task.id })
    // JSON.stringify goes through the same path.
    expect(JSON.parse(JSON.stringify(loaded))).toEqual(json)
  })

  it('belongsTo loads serialize as an object (or null), counts as numbers', async () => {
    const { task } = await seed()
    const comment = (await Comment.query().with('task').where('taskId', task.id).first())!
    expect(comment.toJSON()).toMatchObject({ body: 'go', task: { id: task.id, title: 'Launch' } })
    const orphan = await Comment.create({ body: 'orphan', taskId: 'no-such-task' })
    await orphan.load('task')
    expect(orphan.toJSON()).toMatchObject({ body: 'orphan', task: null })
    const counted = (await Task.query().withCount('comments').find(task.id))!
    expect(counted.toJSON()).toMatchObject({ commentsCount: 1 })
  })

  it('visibility set on a related model is respected; relations not loaded are left out', async () => {
    const { task } = await seed()
    const loaded = (await Task.query().with('comments').find(task.id))!
    const [comment] = loaded.getRelation('comments') as Comment[]
    comment!.makeVisible('secret')
    expect((loaded.toJSON() as unknown as { comments: unknown[] }).comments[0]).toMatchObject({
      secret: 's1',
    })
    expect(loaded.toJSON()).not.toHaveProperty('tags')
    expect(loaded.toJSON({ relations: false })).not.toHaveProperty('comments')
  })

  it('makeHidden on a relation name leaves it out', async () => {
    const { task } = await seed()
    const loaded = (await Task.query().with('comments').find(task.id))!
    loaded.makeHidden('comments' as never)
    expect(loaded.toJSON()).not.toHaveProperty('comments')
  })
})
