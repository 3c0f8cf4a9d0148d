import { afterAll, describe, expect, it } from 'vitest'
import { createOrm, isMigrationError, migrate, planMigration } from '../../src/index'
import { guardSpec, guardTransaction, isStaleGuard } from '../../src/migrations/backfill/guard-spec'
import { localClient, uniqueTableName } from '../support'
import { design, Gizmo, GizmoUniqueName, TeamOfGizmos } from './fixtures'
import { liveOf } from './live-fixture'

/**
 * Unique guards whose template changed (a new uniquePrefix) or whose attribute became unique: the plan has
 * a guards step and the backfill rewrites the guard items of existing items in transactions.
 */
const ITEMS = 120
const tableName = uniqueTableName('orm-guards')
const client = localClient()
const v1 = createOrm({ models: [TeamOfGizmos, Gizmo], client, design: { tableName }, setDefault: false })
const v2 = createOrm({
  models: [TeamOfGizmos, Gizmo],
  client,
  design: { tableName, uniquePrefix: 'UQ' },
  setDefault: false,
})
const v3 = createOrm({
  models: [TeamOfGizmos, GizmoUniqueName],
  client,
  design: { tableName, uniquePrefix: 'UQ' },
  setDefault: false,
})

afterAll(() => v1.dropTable())

type Row = Record<string, unknown>

async function guards(): Promise<Row[]> {
  const items: Row[] = []
  for await (const item of v1.doc.scanAll({ TableName: tableName, ConsistentRead: true }))
    if (item._et === '_unique') items.push(item)
  return items
}

describe('planning guard rewrites (pure)', () => {
  const before = design([TeamOfGizmos, Gizmo])

  it('plans guards:<Entity> for a new guard template and for a newly unique attribute, before a re-key', () => {
    const prefixed = planMigration(
      before,
      design([TeamOfGizmos, Gizmo], { uniquePrefix: 'UQ' }),
      liveOf(before),
    )
    expect(prefixed.steps.map((step) => step.id)).toEqual(['guards:Gizmo'])
    expect(prefixed.steps[0]).toMatchObject({
      action: {
        kind: 'rewrite-guards',
        entity: 'Gizmo',
        attributes: ['sku'],
        previous: [{ attribute: 'sku', template: 'UNIQUE#Gizmo#sku#{sku}' }],
      },
      destructive: false,
      executable: true,
    })
    const named = planMigration(before, design([TeamOfGizmos, GizmoUniqueName]), liveOf(before))
    expect(named.steps[0]).toMatchObject({ action: { attributes: ['name'], previous: [] } })
    expect(named.notes.join(' ')).not.toContain('not rewritten')
    const both = planMigration(
      before,
      design([TeamOfGizmos, Gizmo], { uniquePrefix: 'UQ', prefixes: { Gizmo: 'GZ' } }),
      liveOf(before),
    )
    expect(both.steps.map((step) => step.id).slice(-2)).toEqual(['guards:Gizmo', 'rekey:Gizmo'])
  })

  it('builds one transaction: a check that the item is unchanged, the old guard deleted, the new put, each only if free or owned', () => {
    const next = design([TeamOfGizmos, Gizmo], { uniquePrefix: 'UQ' })
    const spec = guardSpec(next, 't1', [
      {
        entity: 'Gizmo',
        attributes: ['sku'],
        previous: [{ attribute: 'sku', template: 'UNIQUE#Gizmo#sku#{sku}' }],
      },
    ])
    const item = { pk: 'GIZMO#g1', sk: 'GIZMO#g1', _et: 'Gizmo', id: 'g1', sku: 'abc' }
    const transaction = guardTransaction(spec, item)!
    expect(transaction.TransactItems).toEqual([
      {
        ConditionCheck: {
          TableName: 't1',
          Key: { pk: 'GIZMO#g1', sk: 'GIZMO#g1' },
          ConditionExpression: 'attribute_exists(#pk) AND #a0 = :a0',
          ExpressionAttributeNames: { '#pk': 'pk', '#a0': 'sku' },
          ExpressionAttributeValues: { ':a0': 'abc' },
        },
      },
      {
        Delete: {
          TableName: 't1',
          Key: { pk: 'UNIQUE#Gizmo#sku#abc', sk: 'UNIQUE#Gizmo#sku#abc' },
          ConditionExpression: 'attribute_not_exists(#pk) OR #owner = :owner',
          ExpressionAttributeNames: { '#pk': 'pk', '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': 'GIZMO#g1' },
        },
      },
      {
        Put: {
          TableName: 't1',
          Item: {
            pk: 'UQ#Gizmo#sku#abc',
            sk: 'UQ#Gizmo#sku#abc',
            _et: '_unique',
            entity: 'Gizmo',
            field: 'sku',
            owner: 'GIZMO#g1',
            ownerSk: 'GIZMO#g1',
          },
          ConditionExpression: 'attribute_not_exists(#pk) OR #owner = :owner',
          ExpressionAttributeNames: { '#pk': 'pk', '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': 'GIZMO#g1' },
        },
      },
    ])
    // No value, no guard: nothing to write; the old-template guard item is stale, the new one is not.
    expect(guardTransaction(spec, { ...item, sku: undefined })).toBeNull()
    const guard = { _et: '_unique', entity: 'Gizmo', field: 'sku' }
    expect(isStaleGuard(spec, { ...guard, pk: 'UNIQUE#Gizmo#sku#abc' })).toBe(true)
    expect(isStaleGuard(spec, { ...guard, pk: 'UQ#Gizmo#sku#abc' })).toBe(false)
  })
})

describe('rewriting guards on DynamoDB Local', { timeout: 240_000 }, () => {
  it('moves every guard to the new template and leaves none at the old one', async () => {
    await migrate(v1)
    const Gizmos = v1.model('Gizmo')
    for (let i = 0; i < ITEMS; i++)
      await Gizmos.create({ id: `g${i}`, sku: `sku-${i}`, name: `gizmo ${i}`, teamId: `t${i % 4}` })
    expect((await guards()).every((guard) => String(guard.pk).startsWith('UNIQUE#'))).toBe(true)
    const result = await migrate(v2, { backfill: { segments: 4, pageSize: 25 } })
    expect(result.plan.steps.map((step) => step.id)).toEqual(['guards:Gizmo'])
    expect(result.verification['guards:Gizmo']).toMatchObject({ wrong: 0 })
    const after = await guards()
    expect(after).toHaveLength(ITEMS)
    for (const guard of after) {
      const id = String(guard.owner).slice('GIZMO#'.length)
      expect(guard).toMatchObject({
        pk: `UQ#Gizmo#sku#sku-${id.slice(1)}`,
        ownerSk: guard.owner,
        field: 'sku',
      })
    }
    // The new models find by the unique value through the new guard, and refuse a duplicate.
    const V2Gizmos = v2.model('Gizmo')
    expect((await V2Gizmos.where('sku', 'sku-17').first())?.id).toBe('g17')
    await expect(V2Gizmos.create({ id: 'dup', sku: 'sku-17', name: 'dup', teamId: 't0' })).rejects.toThrow()
  })

  it('writes guards for a newly unique attribute, and the verification reports a value two items share', async () => {
    // Two gizmos share a name: it cannot become unique until the data says so.
    await v2.doc.update({
      TableName: tableName,
      Key: { pk: 'GIZMO#g5', sk: 'GIZMO#g5' },
      UpdateExpression: 'SET #name = :name',
      ExpressionAttributeNames: { '#name': 'name' },
      ExpressionAttributeValues: { ':name': 'gizmo 6' },
    })
    const error = await migrate(v3, { backfill: { segments: 4, pageSize: 25 } }).catch(
      (caught: unknown) => caught,
    )
    expect(isMigrationError(error) && error.code).toBe('MIGRATION_VERIFY_FAILED')
    expect((error as { wrong: number }).wrong).toBe(1)
    // Fix the data, run again: every gizmo holds its name guard.
    await v2.doc.update({
      TableName: tableName,
      Key: { pk: 'GIZMO#g5', sk: 'GIZMO#g5' },
      UpdateExpression: 'SET #name = :name',
      ExpressionAttributeNames: { '#name': 'name' },
      ExpressionAttributeValues: { ':name': 'gizmo 5' },
    })
    // An orphan: a guard for "gizmo 7" owned by g8, which does not hold that name (written by code that did
    // not know the attribute was unique). The rewrite frees it for g7 instead of reporting a clash.
    const orphan = 'UQ#Gizmo#name#gizmo 7'
    await v2.doc.put({
      TableName: tableName,
      Item: {
        pk: orphan,
        sk: orphan,
        _et: '_unique',
        entity: 'Gizmo',
        field: 'name',
        owner: 'GIZMO#g8',
        ownerSk: 'GIZMO#g8',
      },
    })
    const result = await migrate(v3, { backfill: { segments: 4, pageSize: 25 } })
    expect(result.verification['guards:Gizmo']).toMatchObject({ wrong: 0 })
    const names = (await guards()).filter((guard) => guard.field === 'name')
    expect(names).toHaveLength(ITEMS)
    expect(names.find((guard) => guard.pk === 'UQ#Gizmo#name#gizmo 5')).toMatchObject({ owner: 'GIZMO#g5' })
    expect(names.find((guard) => guard.pk === orphan)).toMatchObject({
      owner: 'GIZMO#g7',
      ownerSk: 'GIZMO#g7',
    })
    // Every name guard names an item that holds that name.
    for (const guard of names) {
      const { Item } = await v3.doc.get({ TableName: tableName, Key: { pk: guard.owner, sk: guard.ownerSk } })
      expect(`UQ#Gizmo#name#${String(Item?.name)}`).toBe(guard.pk)
    }
  })
})
