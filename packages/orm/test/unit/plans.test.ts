import { attributeNotExists } from '@dbtooling/dynamo-client'
import { describe, expect, it } from 'vitest'
import { GUARD_ENTITY_TYPE, planCreate, planDelete, planUpdate } from '../../src/index'
import { WriteExpressionBuilder } from '../../src/write/expression'
import { offlineOrm } from '../fixtures/unit-orm'

const { ctx } = offlineOrm()
const stored = {
  id: 'p1',
  title: 'Hi',
  slug: 'hi',
  authorId: 'a1',
  createdAt: 'c',
  meta: { a: 1, b: { c: 2 } },
}

type Update = {
  Update: {
    UpdateExpression: string
    ConditionExpression: string
    ExpressionAttributeNames: Record<string, string>
    ExpressionAttributeValues: Record<string, unknown>
  }
}

/** The update expression with placeholders replaced by names and JSON values, for readable assertions. */
function readable(item: Update['Update']): { update: string; condition: string } {
  const swap = (text: string) =>
    text
      .replace(/#[an]\d+/g, (name) => item.ExpressionAttributeNames[name]!)
      .replace(/:[av]\d+/g, (value) => JSON.stringify(item.ExpressionAttributeValues[value]))
  return { update: swap(item.UpdateExpression), condition: swap(item.ConditionExpression) }
}

describe('planCreate', () => {
  it('puts the item if absent plus one guard per unique value, version 1', () => {
    const plan = planCreate(ctx, 'Post', { id: 'p1', title: 'Hi', slug: 'hi', createdAt: 'c' })
    expect(plan.items).toHaveLength(2)
    const put = plan.items[0] as { Put: { Item: Record<string, unknown>; ConditionExpression: string } }
    expect(put.Put.Item).toMatchObject({ pk: 'POST#p1', _v: 1, _et: 'Post' })
    expect(put.Put.ConditionExpression).toBe('attribute_not_exists(#a0)')
    const guard = plan.items[1] as { Put: { Item: Record<string, unknown> } }
    expect(guard.Put.Item).toMatchObject({
      pk: 'UNIQUE#Post#slug#hi',
      _et: GUARD_ENTITY_TYPE,
      owner: 'POST#p1',
    })
    expect(plan.roles.map((role) => role.kind)).toEqual(['entity', 'guard'])
    expect(plan.describe[1]).toContain('slug=hi')
  })

  it('has no guard when the unique attribute is empty', () => {
    expect(planCreate(ctx, 'Post', { id: 'p1', title: 'Hi', createdAt: 'c' }).items).toHaveLength(1)
  })

  it('writes the plain create condition as the expression builder would, and builds the others', () => {
    const fields = (plan: ReturnType<typeof planCreate>) => {
      const {
        Item: _item,
        TableName: _table,
        ...rest
      } = (plan.items[0] as { Put: Record<string, unknown> }).Put
      return rest
    }
    const builder = new WriteExpressionBuilder()
    builder.notExists('pk')
    expect(fields(planCreate(ctx, 'Post', { id: 'p1', title: 'Hi', createdAt: 'c' }))).toEqual(
      builder.build(),
    )
    expect(fields(planCreate(ctx, 'Post', { id: 'p1', title: 'Hi' }, { overwrite: true }))).toEqual({})
    const withCondition = fields(
      planCreate(ctx, 'Post', { id: 'p1', title: 'Hi' }, { condition: attributeNotExists('title') }),
    )
    expect(withCondition.ConditionExpression).toBe(
      'attribute_not_exists(#a0) AND (attribute_not_exists(#n0))',
    )
    expect(withCondition.ExpressionAttributeNames).toEqual({ '#a0': 'pk', '#n0': 'title' })
  })
})

describe('planUpdate', () => {
  it('sets only the changed attributes, requires the item and checks the version', () => {
    const plan = planUpdate(ctx, 'Post', stored, { title: 'New' }, { expectedVersion: 4 })
    expect(plan.items).toHaveLength(1)
    const { update, condition } = readable((plan.items[0] as Update).Update)
    expect(update).toBe('SET title = "New", _v = 5')
    expect(condition).toBe('attribute_exists(pk) AND _v = 4')
  })

  it('updates nested map fields by path instead of replacing the map', () => {
    const plan = planUpdate(ctx, 'Post', stored, { meta: { a: 1, b: { c: 3 }, d: true } })
    const { update } = readable((plan.items[0] as Update).Update)
    expect(update).toBe('SET meta.b.c = 3, meta.d = true')
  })

  it('replaces maps whole when asked', () => {
    const plan = planUpdate(ctx, 'Post', stored, { meta: { a: 2 } }, { replaceMaps: true })
    expect(readable((plan.items[0] as Update).Update).update).toBe('SET meta = {"a":2}')
  })

  it('removes attributes set to undefined and re-renders or removes the index keys they feed', () => {
    const plan = planUpdate(ctx, 'Post', stored, { authorId: undefined })
    const { update } = readable((plan.items[0] as Update).Update)
    expect(update).toMatch(/^REMOVE authorId, gsi\dpk, gsi\dsk$/)
    const moved = planUpdate(ctx, 'Post', stored, { authorId: 'a2' })
    expect(readable((moved.items[0] as Update).Update).update).toMatch(
      /SET authorId = "a2", gsi\dpk = "AUTHOR#a2"/,
    )
  })

  it('moves the unique guard when a unique attribute changes', () => {
    const plan = planUpdate(ctx, 'Post', stored, { slug: 'new-slug' })
    expect(plan.describe).toEqual([
      expect.stringContaining('update Post POST#p1'),
      'delete unique guard Post.slug=hi',
      'put unique guard Post.slug=new-slug',
    ])
  })

  it('refuses to change the primary key', () => {
    expect(() => planUpdate(ctx, 'Post', stored, { id: 'other' })).toThrow(/primary key/)
  })
})

describe('planDelete', () => {
  it('deletes the item and its guards, with a version check', () => {
    const plan = planDelete(ctx, 'Post', stored, { expectedVersion: 2 })
    expect(plan.describe).toEqual(['delete Post POST#p1', 'delete unique guard Post.slug=hi'])
    const del = plan.items[0] as { Delete: { ConditionExpression: string } }
    expect(del.Delete.ConditionExpression).toBe('attribute_exists(#a0) AND #a1 = :a0')
  })
})
