import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, KeyChangeError, Model } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { commentDefinition, projectDefinition, tagDefinition, taskDefinition } from './fixtures'

class Task extends Model(taskDefinition) {}
class Comment extends Model(commentDefinition) {}

const recorder = requestRecorder()
const orm = createOrm({
  models: [projectDefinition, Task, Comment, tagDefinition],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-key-move') },
  options: { coalescing: false },
})
const table = orm.tableName

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

async function rawItem(pk: string, sk: string) {
  return (await orm.doc.get({ TableName: table, Key: { pk, sk }, ConsistentRead: true })).Item
}

describe('moving a collection child to another parent', () => {
  it('comment.taskId = other; save() deletes the old item and puts the new one in one transaction', async () => {
    const [from, to] = [await Task.create({ title: 'from' }), await Task.create({ title: 'to' })]
    const comment = await Comment.create({ body: 'hi', taskId: from.id, ref: 'r-move', kind: 'note' })
    recorder.clear()
    comment.taskId = to.id
    comment.body = 'moved'
    await comment.save()
    expect(recorder.ops()).toEqual(['GetItem', 'TransactWriteItems'])
    const sent = recorder.requests[1]!.input as { TransactItems: Record<string, unknown>[] }
    expect(sent.TransactItems.map((entry) => Object.keys(entry)[0])).toEqual(['Delete', 'Put', 'Put'])
    expect(await rawItem(`TASK#${from.id}`, `COMMENT#${comment.id}`)).toBeUndefined()
    const moved = await rawItem(`TASK#${to.id}`, `COMMENT#${comment.id}`)
    expect(moved).toMatchObject({ body: 'moved', taskId: to.id, kind: 'note', ref: 'r-move', _et: 'Comment' })
    // Index keys are rendered for the new item: by id, by kind, the type list.
    expect(moved).toMatchObject({ gsi2pk: `COMMENT#${comment.id}`, gsi3pk: 'COMMENT#BY_KIND#note' })
    // The unchanged unique guard now names the new owner.
    const guard = await rawItem('UNIQUE#Comment#ref#r-move', 'UNIQUE#Comment#ref#r-move')
    expect(guard).toMatchObject({ owner: `TASK#${to.id}` })
    expect((await Comment.findOrFail(comment.id)).taskId).toBe(to.id)
    expect((await to.comments().get()).all().map((c) => c.get('id'))).toEqual([comment.id])
    expect((await from.comments().get()).length).toBe(0)
    // The instance keeps working under its new key.
    comment.body = 'again'
    await comment.save()
    expect((await rawItem(`TASK#${to.id}`, `COMMENT#${comment.id}`))?.body).toBe('again')
  })

  it('a move that also changes a unique value moves the guard: old one deleted, new one put', async () => {
    const [from, to] = [await Task.create({ title: 'a' }), await Task.create({ title: 'b' })]
    const comment = await Comment.create({ body: 'x', taskId: from.id, ref: 'r-old' })
    comment.fill({ taskId: to.id, ref: 'r-new' })
    await comment.save()
    expect(await rawItem('UNIQUE#Comment#ref#r-old', 'UNIQUE#Comment#ref#r-old')).toBeUndefined()
    expect(await rawItem('UNIQUE#Comment#ref#r-new', 'UNIQUE#Comment#ref#r-new')).toMatchObject({
      owner: `TASK#${to.id}`,
    })
  })

  it('a move onto a taken unique value fails with UNIQUE_CONSTRAINT and writes nothing', async () => {
    const [from, to] = [await Task.create({ title: 'a' }), await Task.create({ title: 'b' })]
    await Comment.create({ body: 'holder', taskId: to.id, ref: 'r-taken' })
    const comment = await Comment.create({ body: 'mover', taskId: from.id, ref: 'r-mine' })
    comment.fill({ taskId: to.id, ref: 'r-taken' })
    await expect(comment.save()).rejects.toMatchObject({ code: 'UNIQUE_CONSTRAINT' })
    expect(await rawItem(`TASK#${from.id}`, `COMMENT#${comment.id}`)).toMatchObject({ body: 'mover' })
    expect(await rawItem(`TASK#${to.id}`, `COMMENT#${comment.id}`)).toBeUndefined()
  })

  it('a move of an item deleted meanwhile fails with CONDITIONAL_CHECK_FAILED and creates nothing', async () => {
    const [from, to] = [await Task.create({ title: 'a' }), await Task.create({ title: 'b' })]
    const comment = await Comment.create({ body: 'gone', taskId: from.id })
    await orm.doc.delete({ TableName: table, Key: { pk: `TASK#${from.id}`, sk: `COMMENT#${comment.id}` } })
    comment.taskId = to.id
    await expect(comment.save()).rejects.toMatchObject({ code: 'CONDITIONAL_CHECK_FAILED' })
    expect(await rawItem(`TASK#${to.id}`, `COMMENT#${comment.id}`)).toBeUndefined()
  })

  it('an index-key attribute change is an UpdateItem that re-renders the index key in place', async () => {
    const task = await Task.create({ title: 'a' })
    const comment = await Comment.create({ body: 'k', taskId: task.id, kind: 'note' })
    recorder.clear()
    comment.kind = 'question'
    await comment.save()
    expect(recorder.ops()).toEqual(['UpdateItem'])
    const stored = await rawItem(`TASK#${task.id}`, `COMMENT#${comment.id}`)
    expect(stored).toMatchObject({ gsi3pk: 'COMMENT#BY_KIND#question', gsi3sk: `COMMENT#${comment.id}` })
    const found = await Comment.where('kind', 'question').get()
    expect(found.map((c) => c.id)).toContain(comment.id)
  })

  it('a move from a stale copy fails with VERSION_CONFLICT; the moved item carries the next version', async () => {
    const [from, to] = [await Task.create({ title: 'a' }), await Task.create({ title: 'b' })]
    const comment = await Comment.create({ body: 'v', taskId: from.id })
    const stale = await Comment.findOrFail(comment.id, { consistentRead: true })
    comment.body = 'v2'
    await comment.save()
    stale.taskId = to.id
    await expect(stale.save()).rejects.toMatchObject({ code: 'VERSION_CONFLICT', expectedVersion: 1 })
    comment.taskId = to.id
    await comment.save()
    expect(await rawItem(`TASK#${to.id}`, `COMMENT#${comment.id}`)).toMatchObject({ _v: 3, body: 'v2' })
  })

  it('query-level update() of the parent id moves each matching child (whole items are read)', async () => {
    const [from, to] = [await Task.create({ title: 'a' }), await Task.create({ title: 'b' })]
    const one = await Comment.create({ body: 'one', taskId: from.id, ref: 'r-q1' })
    const two = await Comment.create({ body: 'two', taskId: from.id })
    expect(await Comment.where('taskId', from.id).select('body').update({ taskId: to.id })).toBe(2)
    expect(await rawItem(`TASK#${from.id}`, `COMMENT#${one.id}`)).toBeUndefined()
    expect(await rawItem(`TASK#${to.id}`, `COMMENT#${one.id}`)).toMatchObject({
      body: 'one',
      ref: 'r-q1',
      _v: 2,
    })
    expect(await rawItem(`TASK#${to.id}`, `COMMENT#${two.id}`)).toMatchObject({ body: 'two' })
    expect(await rawItem('UNIQUE#Comment#ref#r-q1', 'UNIQUE#Comment#ref#r-q1')).toMatchObject({
      owner: `TASK#${to.id}`,
    })
  })

  it('a move inside orm.transaction() joins the transaction (delete old + put new + guard)', async () => {
    const [from, to] = [await Task.create({ title: 'a' }), await Task.create({ title: 'b' })]
    const comment = await Comment.create({ body: 'trx', taskId: from.id, ref: 'r-trx' })
    const task = await Task.create({ title: 'also written' })
    recorder.clear()
    await orm.transaction(async (trx) => {
      comment.taskId = to.id
      await trx.save(comment)
      task.title = 'renamed in trx'
      await trx.save(task)
    })
    expect(recorder.ops()).toEqual(['TransactWriteItems'])
    const sent = recorder.requests[0]!.input as { TransactItems: Record<string, unknown>[] }
    expect(sent.TransactItems.map((entry) => Object.keys(entry)[0])).toEqual([
      'Delete',
      'Put',
      'Put',
      'Update',
    ])
    expect(await rawItem(`TASK#${to.id}`, `COMMENT#${comment.id}`)).toMatchObject({ body: 'trx' })
    expect(await rawItem(`TASK#${from.id}`, `COMMENT#${comment.id}`)).toBeUndefined()
  })

  it('changing the primary key is refused with KeyChangeError before anything is sent', async () => {
    const task = await Task.create({ title: 'a' })
    const comment = await Comment.create({ body: 'k', taskId: task.id })
    recorder.clear()
    // A generated id is not assignable in the types; JavaScript callers can still try.
    comment.forceFill({ id: 'another-id' } as never)
    const error = await comment.save().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(KeyChangeError)
    expect(error).toMatchObject({ code: 'KEY_CHANGE_REFUSED', model: 'Comment', field: 'id' })
    expect(recorder.ops()).toEqual([])
  })
})

describe('moving a parent whose children live in its collection', () => {
  const Org = {
    name: 'Org',
    attributes: { name: { type: 'string', fillable: true } },
    hasMany: [{ model: 'Board', collection: true }],
  } as const
  const Board = {
    name: 'Board',
    traits: { useVersioning: true },
    attributes: { title: { type: 'string', fillable: true }, orgId: { type: 'string', fillable: true } },
    belongsTo: ['Org'],
    hasMany: [{ model: 'Card', collection: true }],
  } as const
  const Card = {
    name: 'Card',
    attributes: { text: { type: 'string', fillable: true }, boardId: { type: 'string', fillable: true } },
    belongsTo: ['Board'],
  } as const
  const nested = createOrm({
    models: [Org, Board, Card],
    client: localClient(),
    design: { tableName: uniqueTableName('orm-key-move-nested') },
    setDefault: false,
  })
  beforeAll(() => nested.createTable())
  afterAll(() => nested.dropTable())

  it('is refused: its children keys hold the old parent key (KEY_CHANGE_REFUSED), nothing is sent', async () => {
    const Boards = nested.model('Board')
    const board = await Boards.create({ id: 'b1', title: 'x', orgId: 'o1' })
    board.orgId = 'o2'
    await expect(board.save()).rejects.toMatchObject({ code: 'KEY_CHANGE_REFUSED', field: 'orgId' })
    expect((await Boards.find({ id: 'b1', orgId: 'o1' }))?.title).toBe('x')
  })
})
