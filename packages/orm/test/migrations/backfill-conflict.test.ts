import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate } from '../../src/index'
import { reconcileUpdate } from '../../src/migrations/backfill/reconcile-item'
import { reconcilePage } from '../../src/migrations/backfill/reconcile-page'
import { reconcileItem } from '../../src/migrations/backfill/reconcile-write'
import { WriteRate } from '../../src/migrations/backfill/write-rate'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { widgetReconcile } from './widget-reconcile'

const tableName = uniqueTableName('orm-backfill-conflict')
const recorder = requestRecorder()
const { v1, v2, spec, key, read } = widgetReconcile(localClient([recorder]), tableName)

beforeAll(async () => {
  await migrate(v1)
  await v1.model('Widget').create({ id: 'w1', name: 'one', color: 'red', teamId: 't1' })
})
afterAll(() => v1.dropTable())

describe('a backfill never overwrites a concurrent application write', { timeout: 90_000 }, () => {
  it('updates only the index attributes, conditioned on every source attribute it read', () => {
    const update = reconcileUpdate(spec, { ...key, _et: 'Widget', id: 'w1', color: 'red' })!
    expect(update.UpdateExpression).toBe('SET #a0 = :a0, #a1 = :a1')
    expect(update.ExpressionAttributeNames).toMatchObject({ '#a0': 'gsi3pk', '#a1': 'gsi3sk' })
    expect(update.ConditionExpression).toBe('attribute_exists(#pk) AND #s0 = :s0 AND #s1 = :s1 AND #s2 = :s2')
    expect(Object.values(update.ExpressionAttributeNames ?? {})).toEqual(
      expect.arrayContaining(['_et', 'color', 'id']),
    )
  })

  it('new-models write between scan and update: the update fails, re-reads, finds the keys right', async () => {
    const scanned = await read()
    const widget = await v2.model('Widget').findOrFail('w1')
    widget.color = 'blue'
    await widget.save()
    const result = await reconcileItem(v1.doc, spec, scanned, new WriteRate(null))
    expect(result).toEqual({ outcome: 'unchanged', conflicts: 1 })
    expect(await read()).toMatchObject({ color: 'blue', gsi3pk: 'WIDGET#BY_COLOR#blue' })
  })

  it('old-models write between scan and update: the update fails, re-reads, writes keys for the new value', async () => {
    await v1.doc.update({ TableName: tableName, Key: key, UpdateExpression: 'REMOVE gsi3pk, gsi3sk' })
    const scanned = await read()
    const widget = await v1.model('Widget').findOrFail('w1')
    widget.color = 'green'
    await widget.save()
    const result = await reconcileItem(v1.doc, spec, scanned, new WriteRate(null))
    expect(result).toEqual({ outcome: 'written', conflicts: 1 })
    expect(await read()).toMatchObject({ color: 'green', gsi3pk: 'WIDGET#BY_COLOR#green', name: 'one' })
  })

  it('an item deleted meanwhile is skipped, not recreated', async () => {
    await v1.doc.update({ TableName: tableName, Key: key, UpdateExpression: 'REMOVE gsi3pk, gsi3sk' })
    const scanned = await read()
    await v1.doc.delete({ TableName: tableName, Key: key })
    const result = await reconcileItem(v1.doc, spec, scanned, new WriteRate(null))
    expect(result).toEqual({ outcome: 'gone', conflicts: 1 })
    expect((await v1.doc.get({ TableName: tableName, Key: key })).Item).toBeUndefined()
  })
})

describe('transact write mode', { timeout: 90_000 }, () => {
  it('sends up to 25 conditional updates per TransactWriteItems; a conflict in a batch settles item by item', async () => {
    const Widgets = v1.model('Widget')
    for (let i = 0; i < 30; i++) await Widgets.create({ id: `t${i}`, name: 'n', color: 'red', teamId: 'x' })
    const scanned = []
    for (let i = 0; i < 30; i++) {
      const { Item } = await v1.doc.get({
        TableName: tableName,
        Key: { pk: `WIDGET#t${i}`, sk: `WIDGET#t${i}` },
      })
      scanned.push(Item!)
    }
    // The application changes one item of the second batch after the scan.
    const moved = await Widgets.findOrFail('t27')
    moved.color = 'black'
    await moved.save()
    recorder.clear()
    const results = await reconcilePage(v1.doc, spec, scanned, {
      writeMode: 'transact',
      concurrency: 2,
      rate: new WriteRate(null),
    })
    const transactions = recorder.requests.filter((request) => request.operation === 'TransactWriteItems')
    expect(
      transactions.map((request) => (request.input as { TransactItems: unknown[] }).TransactItems.length),
    ).toEqual(expect.arrayContaining([25, 5]))
    expect(results.filter((result) => result.outcome === 'written')).toHaveLength(30)
    expect(results[27]).toEqual({ outcome: 'written', conflicts: 1 })
    const { Item } = await v1.doc.get({ TableName: tableName, Key: { pk: 'WIDGET#t27', sk: 'WIDGET#t27' } })
    expect(Item).toMatchObject({ color: 'black', gsi3pk: 'WIDGET#BY_COLOR#black' })
  })
})
